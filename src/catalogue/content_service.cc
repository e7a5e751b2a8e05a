// 发布前内容检查 of an item as it stands (content.h), with the
// installation's wording list, and the one-click fix of a finding.
#include "auth/content_rules.h"
#include "catalogue/service.h"
#include "common/china_time.h"

namespace gk::catalogue {

Result<std::vector<ItemFinding>> CatalogueService::CheckContent(const Item& item) {
  std::vector<ItemFinding> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = CheckItem(item, auth::LoadWordingRules(sql), ChinaDate(clock_.Now()));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status CatalogueService::FixContent(const access::Actor& actor, const access::User& user, int64_t id,
                                    const std::string& field, size_t start, size_t end, const std::string& text,
                                    FieldErrors* errors) {
  auto item = Get(id);
  if (!item.ok()) return item.status();
  auto findings = CheckContent(*item);
  if (!findings.ok()) return findings.status();
  for (const auto& f : findings.value()) {
    if (f.field != field || f.finding.start != start || f.finding.end != end || f.finding.text != text) continue;
    if (f.finding.suggestion.empty()) break;
    // Everything else as it is: the form-only inputs filled from the stored links.
    Item edited = item.value();
    if (edited.replaced_by_id != 0)
      if (auto r = Get(edited.replaced_by_id); r.ok()) edited.replaced_by_index_no = r->index_no;
    if (auto related = Related(id, false); related.ok())
      for (const auto& r : related.value()) edited.related_index_nos.push_back(r.index_no);
    std::string* value = ContentField(edited, field);
    *value = text::ApplySuggestion(*value, f.finding);
    return UpdateDraft(actor, user, std::move(edited), errors);
  }
  return Status::Conflict("内容已变化，该处问题已不存在或无法自动替换，请刷新后查看");
}

}  // namespace gk::catalogue
