#include "catalogue/columns.h"

#include <soci/soci.h>

#include "auth/password.h"
#include "catalogue/store.h"

namespace gk::catalogue {
namespace {

bool ValidCode(const std::string& code) {
  if (code.empty() || code.size() > 40) return false;
  for (char c : code)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return code.front() != '-' && !(code.front() >= '0' && code.front() <= '9');
}

void ValidateColumn(soci::session& sql, const Column& c, FieldErrors* errors) {
  if (c.name.empty() || auth::Utf8Length(c.name) > 40) errors->Add("name", "请填写栏目名称（不超过 40 个字）");
  if (c.parent_id != 0) {
    auto parent = store::FindColumn(sql, c.parent_id);
    if (!parent || parent->agency_id != c.agency_id) errors->Add("parent_id", "上级栏目不属于本机构");
    // No cycles: walk up from the new parent.
    for (auto p = parent; p && c.id != 0; p = p->parent_id ? store::FindColumn(sql, p->parent_id) : std::nullopt)
      if (p->id == c.id) {
        errors->Add("parent_id", "上级栏目不能是本栏目或其下级栏目");
        break;
      }
  }
}

auth::AuditEntry Entry(const Column& c, const char* action, std::string summary) {
  auth::AuditEntry e;
  e.agency_id = c.agency_id;
  e.action = action;
  e.object_type = "column";
  e.object_id = std::to_string(c.id);
  e.summary = std::move(summary);
  return e;
}

}  // namespace

Result<int64_t> CreateColumn(storage::Database& db, const Clock& clock, const auth::Actor& actor, Column c,
                             FieldErrors* errors) {
  if (!ValidCode(c.code)) errors->Add("code", "栏目代码用小写字母、数字和 - 组成，以字母开头，例如 zt-spaq");
  const int64_t now = clock.Now();
  int64_t id = 0;
  Status s = db.Transact([&](soci::session& sql) {
    ValidateColumn(sql, c, errors);
    if (ValidCode(c.code) && store::FindColumnByCode(sql, c.agency_id, c.code))
      errors->Add("code", "本机构已有代码为 " + c.code + " 的栏目");
    if (!errors->empty()) return errors->ToStatus();
    id = store::InsertColumn(sql, c, now);
    c.id = id;
    auth::WriteAudit(sql, actor, now, Entry(c, "column.create", "新增栏目：" + c.name));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return id;
}

Status UpdateColumn(storage::Database& db, const Clock& clock, const auth::Actor& actor, const Column& c,
                    FieldErrors* errors) {
  const int64_t now = clock.Now();
  return db.Transact([&](soci::session& sql) {
    auto before = store::FindColumn(sql, c.id);
    if (!before || before->agency_id != c.agency_id) return Status::NotFound("栏目不存在");
    ValidateColumn(sql, c, errors);
    if (!errors->empty()) return errors->ToStatus();
    long long id = c.id, parent = c.parent_id, pos = c.position, t = now;
    soci::indicator pind = c.parent_id == 0 ? soci::i_null : soci::i_ok;
    sql << "UPDATE columns SET name = :n, parent_id = :p, position = :pos, updated_at = :t WHERE id = :id",
        soci::use(c.name), soci::use(parent, pind), soci::use(pos), soci::use(t), soci::use(id);
    auth::WriteAudit(sql, actor, now, Entry(c, "column.update", "修改栏目：" + before->name + " → " + c.name));
    return Status::Ok();
  });
}

}  // namespace gk::catalogue
