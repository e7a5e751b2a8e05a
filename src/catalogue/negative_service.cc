// 负面清单: the entries (negative.h) and their citation by 不予公开 items.
#include <nlohmann/json.hpp>

#include "access/scope.h"
#include "auth/audit.h"
#include "catalogue/service.h"
#include "catalogue/store.h"
#include "common/strings.h"

namespace gk::catalogue {
namespace {

auth::AuditEntry NegativeAudit(const NegativeEntry& e, const std::string& action, const std::string& summary) {
  auto a = auth::ObjectEntry("negative_list", e.agency_id, e.id, action, summary);
  a.after_json = nlohmann::json({{"name", e.name}, {"basis", e.basis}, {"retired", e.retired}}).dump();
  return a;
}

}  // namespace

Result<std::vector<NegativeEntry>> CatalogueService::NegativeList(int64_t agency_id, bool with_retired) {
  std::vector<NegativeEntry> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::ListNegative(sql, agency_id, with_retired);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<NegativeEntry> CatalogueService::GetNegative(int64_t id) {
  std::optional<NegativeEntry> e;
  Status s = db_->Read([&](soci::session& sql) {
    e = store::FindNegative(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!e) return Status::NotFound("负面清单中没有这一事项");
  return *e;
}

Result<int64_t> CatalogueService::SaveNegative(const access::Actor& actor, const access::User& user, NegativeEntry e,
                                               FieldErrors* errors) {
  e.name = Trim(e.name);
  e.basis = Trim(e.basis);
  e.description = Trim(e.description);
  ValidateNegativeEntry(e, errors);
  if (!errors->empty()) return errors->ToStatus();
  const int64_t now = clock_.Now();
  int64_t id = e.id;
  Status s = db_->Transact([&](soci::session& sql) {
    if (e.id != 0) {
      auto before = store::FindNegative(sql, e.id);
      if (!before) return Status::NotFound("负面清单中没有这一事项");
      e.agency_id = before->agency_id;
      e.retired = before->retired;
      e.created_at = before->created_at;
    }
    if (Status may = access::RequireIn(sql, user, access::Permission::kManageNegativeList, e.agency_id); !may.ok())
      return may;
    e.updated_at = now;
    if (e.id == 0) {
      e.created_at = now;
      id = e.id = store::InsertNegative(sql, e);
      auth::WriteAudit(sql, actor, now, NegativeAudit(e, "negative_list.create", "负面清单新增：" + e.name));
    } else {
      store::UpdateNegative(sql, e);
      auth::WriteAudit(sql, actor, now, NegativeAudit(e, "negative_list.update", "负面清单修改：" + e.name));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return id;
}

Status CatalogueService::RetireNegative(const access::Actor& actor, const access::User& user, int64_t id,
                                        bool retired) {
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    auto e = store::FindNegative(sql, id);
    if (!e) return Status::NotFound("负面清单中没有这一事项");
    if (Status may = access::RequireIn(sql, user, access::Permission::kManageNegativeList, e->agency_id); !may.ok())
      return may;
    e->retired = retired;
    e->updated_at = now;
    store::UpdateNegative(sql, *e);
    auth::WriteAudit(sql, actor, now,
                     NegativeAudit(*e, retired ? "negative_list.retire" : "negative_list.restore",
                                   std::string(retired ? "负面清单停用：" : "负面清单恢复：") + e->name));
    return Status::Ok();
  });
}

}  // namespace gk::catalogue
