// 规章和行政规范性文件清理 (cleanup.h): drafts, the decision that takes
// effect on the documents, and the documents' 有效性 history.
#include <nlohmann/json.hpp>

#include "access/scope.h"
#include "auth/audit.h"
#include "auth/store.h"
#include "catalogue/cleanup_store.h"
#include "catalogue/service.h"
#include "catalogue/service_internal.h"
#include "common/china_time.h"
#include "common/strings.h"

namespace gk::catalogue {
namespace {

constexpr auto kCleanup = access::Permission::kCleanupNormative;
// Where the result list is drafted: 法定主动公开内容 › 法规文件.
constexpr const char* kResultColumn = "fdnr-fgwj";

auth::AuditEntry CleanupAudit(const Cleanup& c, const std::string& action, const std::string& summary) {
  auto a = auth::ObjectEntry("normative_cleanup", c.agency_id, c.id, action, summary);
  nlohmann::json decisions = nlohmann::json::array();
  for (const auto& e : c.entries)
    if (e.decision != CleanupDecision::kNone)
      decisions.push_back({{"item_id", e.item_id},
                           {"decision", CleanupDecisionCode(e.decision)},
                           {"reason", e.reason},
                           {"expires_on", DateText(e.expires_on)}});
  a.after_json =
      nlohmann::json(
          {{"title", c.title}, {"decided_on", DateText(c.decided_on)}, {"basis", c.basis}, {"decisions", decisions}})
          .dump();
  return a;
}

Cleanup Trimmed(Cleanup c) {
  c.title = Trim(c.title);
  c.basis = Trim(c.basis);
  for (auto& e : c.entries) e.reason = Trim(e.reason);
  return c;
}

// A document a cleanup may decide on: a published 规章 or 行政规范性文件 of
// the cleanup's agency that has not ceased (废止, 失效, 修订).
bool Decidable(const Item& doc, int64_t agency_id) {
  if (doc.state != State::kPublished || doc.agency_id != agency_id || doc.normative.Empty()) return false;
  return doc.validity == Validity::kNone || doc.validity == Validity::kValid;
}

// Checks the decisions' documents and fills what the list shows of them;
// returns the documents decided on, in the entries' order.
std::vector<Item> CheckDocuments(soci::session& sql, Cleanup& c, FieldErrors* errors) {
  std::vector<Item> docs;
  for (auto& e : c.entries) {
    if (e.decision == CleanupDecision::kNone) continue;
    auto doc = store::FindItem(sql, e.item_id);
    if (!doc || !Decidable(*doc, c.agency_id)) {
      errors->Add("decision_" + std::to_string(e.item_id), (doc ? "《" + doc->title + "》" : std::string("所选文件")) +
                                                               "不是本机构现行有效的规章或行政规范性文件");
      continue;
    }
    e.title = doc->title;
    e.doc_no = doc->doc_no;
    e.index_no = doc->index_no;
    e.kind = doc->normative.kind;
    e.written_on = doc->written_on;
    e.doc_expires_on = doc->normative.expires_on;
    docs.push_back(std::move(*doc));
  }
  return docs;
}

}  // namespace

Result<std::vector<Cleanup>> CatalogueService::Cleanups(const std::vector<int64_t>* agencies) {
  std::vector<Cleanup> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::ListCleanups(sql, agencies);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Cleanup> CatalogueService::GetCleanup(int64_t id) {
  std::optional<Cleanup> c;
  Status s = db_->Read([&](soci::session& sql) {
    c = store::FindCleanup(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!c) return Status::NotFound("没有这次清理");
  return *c;
}

Result<int64_t> CatalogueService::CreateCleanup(const access::Actor& actor, const access::User& user, Cleanup c,
                                                FieldErrors* errors) {
  c = Trimmed(std::move(c));
  c.entries.clear();
  ValidateCleanupHeader(c, errors);
  if (!errors->empty()) return errors->ToStatus();
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    if (Status may = access::RequireIn(sql, user, kCleanup, c.agency_id); !may.ok()) return may;
    c.created_by = user.id;
    c.created_at = now;
    c.id = store::InsertCleanup(sql, c);
    auth::WriteAudit(sql, actor, now, CleanupAudit(c, "normative_cleanup.create", "新建文件清理：" + c.title));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return c.id;
}

Status CatalogueService::SaveCleanup(const access::Actor& actor, const access::User& user, Cleanup c,
                                     FieldErrors* errors) {
  c = Trimmed(std::move(c));
  ValidateCleanupHeader(c, errors);
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    auto before = store::FindCleanup(sql, c.id);
    if (!before) return Status::NotFound("没有这次清理");
    if (Status may = access::RequireIn(sql, user, kCleanup, before->agency_id); !may.ok()) return may;
    if (before->decided) return Status::Conflict("这次清理已经作出决定，不能再修改");
    c.agency_id = before->agency_id;
    CheckDocuments(sql, c, errors);
    if (!errors->empty()) return errors->ToStatus();
    store::UpdateCleanupHeader(sql, c);
    store::SaveCleanupDecisions(sql, c.id, c.entries);
    auth::WriteAudit(sql, actor, now, CleanupAudit(c, "normative_cleanup.update", "保存文件清理：" + c.title));
    return Status::Ok();
  });
}

Result<int64_t> CatalogueService::DecideCleanup(const access::Actor& actor, const access::User& user, int64_t id,
                                                FieldErrors* errors) {
  const int64_t now = clock_.Now();
  int64_t list_id = 0;
  std::vector<int64_t> changed;
  Status s = db_->Transact([&](soci::session& sql) {
    auto c = store::FindCleanup(sql, id);
    if (!c) return Status::NotFound("没有这次清理");
    if (Status may = access::RequireIn(sql, user, kCleanup, c->agency_id); !may.ok()) return may;
    if (c->decided) return Status::Conflict("这次清理已经作出决定");
    ValidateCleanupHeader(*c, errors);
    ValidateCleanupDecisions(*c, ChinaDate(now), errors);
    std::vector<Item> docs = CheckDocuments(sql, *c, errors);
    if (!errors->empty()) return errors->ToStatus();
    const Date on = *c->decided_on;
    auto doc_of = docs.begin();
    for (const auto& e : c->entries) {
      if (e.decision == CleanupDecision::kNone) continue;
      Item& doc = *doc_of++;
      const std::string before = internal::ToAuditJson(doc);
      const ValidityOutcome out = ApplyDecision(doc, e, on);
      doc.validity = out.validity;
      doc.validity_changed_on = out.changed_on;
      doc.normative.expires_on = out.expires_on;
      doc.updated_at = now;
      store::UpdateItem(sql, doc);
      store::SaveFacets(sql, doc.id, doc);
      // "废止（上位法已修改）": shown after the source, 清理决定.
      const std::string note =
          std::string(CleanupDecisionLabel(e.decision)) + (e.reason.empty() ? "" : "（" + e.reason + "）");
      store::InsertVersion(sql, doc.id,
                           Version{0, store::NextVersionNumber(sql, doc.id), doc.title, doc.body_md,
                                   c->title + "，清理决定：" + note, false, now},
                           internal::ToAuditJson(doc), user.id);
      store::InsertValidityChange(sql, ValidityChange{doc.id, on, doc.validity, doc.normative.expires_on,
                                                      ValidityChange::Source::kCleanup, c->id, note, now});
      auth::WriteAudit(sql, actor, now,
                       internal::Entry(doc, "item.cleanup", "《" + doc.title + "》清理决定：" + note, before,
                                       internal::ToAuditJson(doc)));
      changed.push_back(doc.id);
    }
    store::MarkCleanupDecided(sql, c->id, user.id, now);
    auto agency = auth::store::FindAgency(sql, c->agency_id);
    GeneratedItem g;
    g.source = "cleanup/" + std::to_string(c->id);
    g.agency_id = c->agency_id;
    g.column_code = kResultColumn;
    g.title = c->title;
    g.summary = c->title + "：继续有效、修改、废止和宣布失效的文件目录。";
    g.body_md = CleanupMarkdown(*c, agency ? agency->name : "");
    g.topic = "综合政务";
    g.genre = "公告";
    g.keywords = "规范性文件清理";
    g.written_on = on;
    auto list = PutGeneratedIn(sql, actor, user, g, errors);
    if (!list.ok()) return list.status();
    list_id = list.value();
    auth::WriteAudit(sql, actor, now, CleanupAudit(*c, "normative_cleanup.decide", "文件清理决定：" + c->title));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (int64_t d : changed) Notify(d);
  return list_id;
}

Result<std::vector<ValidityChange>> CatalogueService::ValidityHistory(int64_t item_id) {
  std::vector<ValidityChange> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::ValidityHistory(sql, item_id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace gk::catalogue
