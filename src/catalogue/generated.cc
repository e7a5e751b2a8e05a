// Content other domains draft from their records for the catalogue (the
// month's 好差评 report, a consultation's 采纳情况): one item per source key,
// written as a draft, refreshed, or revised once published (service.h:
// PutGenerated, GeneratedStatus).
#include <soci/soci.h>

#include "catalogue/service.h"
#include "catalogue/service_internal.h"
#include "common/strings.h"

namespace gk::catalogue {

using internal::Entry;
using internal::Normalized;
using internal::Refused;
using internal::ToAuditJson;

Result<int64_t> CatalogueService::PutGenerated(const access::Actor& actor, const access::User& user,
                                               const GeneratedItem& g, FieldErrors* errors) {
  int64_t target = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    auto put = PutGeneratedIn(sql, actor, user, g, errors);
    if (!put.ok()) return put.status();
    target = put.value();
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return target;
}

Result<int64_t> CatalogueService::PutGeneratedIn(soci::session& sql, const access::Actor& actor,
                                                 const access::User& user, const GeneratedItem& g,
                                                 FieldErrors* errors) {
  std::optional<Item> item;
  if (auto id = store::SourceItem(sql, g.source)) item = store::FindItem(sql, *id);
  if (!item || item->state == State::kWithdrawn) {
    auto column = store::FindColumnByCode(sql, g.agency_id, g.column_code);
    if (!column) {
      errors->Add("columns", "本机构没有代码为“" + g.column_code + "”的栏目，请先在栏目管理中建立");
      return errors->ToStatus();
    }
    Item draft;
    draft.agency_id = g.agency_id;
    draft.title = g.title;
    draft.summary = g.summary;
    draft.body_md = g.body_md;
    draft.topic = g.topic;
    draft.genre = g.genre;
    draft.category = g.category;
    draft.keywords = g.keywords;
    draft.written_on = g.written_on;
    draft.column_ids = {column->id};
    draft = Normalized(std::move(draft));
    Validate(draft, errors);
    auto made = InsertDraft(sql, actor, user, std::move(draft), errors);
    if (!made.ok()) return made.status();
    store::SetSourceItem(sql, g.source, made.value());
    return made.value();
  }
  int64_t target = item->id;
  if (item->state == State::kPublished) {
    auto revision = OpenRevision(sql, actor, user, item->id);
    if (!revision.ok()) return revision.status();
    target = revision.value();
  }
  if (Status s = RefreshGenerated(sql, actor, user, target, g); !s.ok()) return s;
  return target;
}

Status CatalogueService::RefreshGenerated(soci::session& sql, const access::Actor& actor, const access::User& user,
                                          int64_t id, const GeneratedItem& g) {
  auto before = store::FindItem(sql, id);
  if (!before) return Status::NotFound("信息不存在");
  if (before->state != State::kDraft)
    return Status::Conflict("“" + before->title + "”正在审核（" + StateLabel(before->state) +
                            "），审核结束后才能重新生成");
  auto refusals = catalogue::Refusals(Action::kEdit, *before, user, Facts(sql, *before));
  if (!refusals.empty()) return Refused(Action::kEdit, *before, refusals);
  Item item = *before;
  item.title = Trim(g.title);
  item.summary = Trim(g.summary);
  item.body_md = g.body_md;
  item.written_on = g.written_on;
  if (item.revision_of != 0 && item.change_note.empty()) item.change_note = "按最新记录重新生成";
  item.updated_at = clock_.Now();
  FieldErrors errors;
  Validate(item, &errors);
  if (!errors.empty()) return errors.ToStatus();
  store::UpdateItem(sql, item);
  store::RecordEdit(sql, id, user.id, item.updated_at);
  auth::WriteAudit(sql, actor, item.updated_at,
                   Entry(item, "item.update", "按记录重新生成：" + item.title, ToAuditJson(*before),
                         ToAuditJson(item)));
  return Status::Ok();
}

Result<std::optional<GeneratedItemStatus>> CatalogueService::GeneratedStatus(const std::string& source) {
  std::optional<Item> item;
  Status s = db_->Read([&](soci::session& sql) {
    if (auto id = store::SourceItem(sql, source)) item = store::FindItem(sql, *id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!item) return std::optional<GeneratedItemStatus>();
  using Stage = GeneratedItemStatus::Stage;
  GeneratedItemStatus g;
  g.id = item->id;
  g.stage = item->state == State::kDraft       ? Stage::kDraft
            : item->state == State::kPublished ? Stage::kPublished
            : item->state == State::kWithdrawn ? Stage::kWithdrawn
                                               : Stage::kInReview;
  g.state_code = StateCode(item->state);
  g.state_label = StateLabel(item->state);
  if (item->state == State::kPublished) g.index_no = item->index_no;
  return std::optional<GeneratedItemStatus>(std::move(g));
}

}  // namespace gk::catalogue
