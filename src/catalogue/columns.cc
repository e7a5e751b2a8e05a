#include "catalogue/columns.h"

#include <soci/soci.h>

#include <algorithm>

#include "auth/store.h"
#include "catalogue/store.h"
#include "common/strings.h"

namespace gk::catalogue {
namespace {

bool ValidCode(const std::string& code) {
  if (code.empty() || code.size() > 40) return false;
  for (char c : code)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return code.front() != '-' && !(code.front() >= '0' && code.front() <= '9');
}

void ValidateColumn(soci::session& sql, const Column& c, FieldErrors* errors) {
  if (c.name.empty() || Utf8Length(c.name) > 40) errors->Add("name", "请填写栏目名称（不超过 40 个字）");
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

Result<int64_t> CreateColumn(storage::Database& db, const Clock& clock, const access::Actor& actor, Column c,
                             FieldErrors* errors, const ChangeAnnouncer* changes) {
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
  gk::Announce(changes, {ChangeKind::kColumn, c.agency_id, id});
  return id;
}

Status UpdateColumn(storage::Database& db, const Clock& clock, const access::Actor& actor, const Column& c,
                    FieldErrors* errors, const ChangeAnnouncer* changes) {
  const int64_t now = clock.Now();
  Status done = db.Transact([&](soci::session& sql) {
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
  if (done.ok()) gk::Announce(changes, {ChangeKind::kColumn, c.agency_id, c.id});
  return done;
}

Status DeleteColumn(storage::Database& db, const Clock& clock, const access::Actor& actor, const Column& c,
                    const ChangeAnnouncer* changes) {
  const auto statutory = [&c] {
    if (c.code == "xxgk") return true;
    for (const char* code : kXxgkPartCodes)
      if (c.code == code) return true;
    return false;
  };
  if (statutory()) return Status::Conflict("“" + c.name + "”是政府信息公开的法定栏目，不能删除；可以修改名称和排序。");
  for (const char* code : kNavigationCodes)
    if (c.code == code) return Status::Conflict("“" + c.name + "”是网站主导航和首页使用的栏目，不能删除。");
  const int64_t now = clock.Now();
  Status done = db.Transact([&](soci::session& sql) {
    long long id = c.id, children = 0, items = 0;
    sql << "SELECT COUNT(*) FROM columns WHERE parent_id = :id", soci::use(id), soci::into(children);
    if (children > 0) return Status::Conflict("栏目“" + c.name + "”下还有下级栏目，请先删除或移走它们。");
    sql << "SELECT COUNT(*) FROM item_columns WHERE column_id = :id", soci::use(id), soci::into(items);
    if (items > 0)
      return Status::Conflict("栏目“" + c.name + "”中还有 " + std::to_string(items) +
                              " 条信息，请先把它们移到其他栏目。");
    sql << "DELETE FROM columns WHERE id = :id", soci::use(id);
    auth::WriteAudit(sql, actor, now, Entry(c, "column.delete", "删除栏目：" + c.name));
    return Status::Ok();
  });
  if (done.ok()) gk::Announce(changes, {ChangeKind::kColumn, c.agency_id, c.id});
  return done;
}

Result<std::vector<std::string>> AgencyCategories(storage::Database& db, int64_t agency_id) {
  std::vector<std::string> out;
  Status s = db.Read([&](soci::session& sql) {
    std::string name;
    long long a = agency_id;
    soci::statement st =
        (sql.prepare << "SELECT name FROM agency_categories WHERE agency_id = :a ORDER BY position, name",
         soci::into(name), soci::use(a));
    st.execute();
    while (st.fetch()) out.push_back(name);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (out.empty()) out = DefaultCategories();
  return out;
}

Status SetAgencyCategories(storage::Database& db, const Clock& clock, const access::Actor& actor, int64_t agency_id,
                           const std::vector<std::string>& names_in, FieldErrors* errors,
                           const ChangeAnnouncer* changes) {
  std::vector<std::string> names;
  for (const auto& n : names_in) {
    std::string name = Trim(n);
    if (name.empty()) continue;
    if (Utf8Length(name) > 30) errors->Add("categories", "组配分类“" + name + "”超过 30 个字。");
    else if (std::find(names.begin(), names.end(), name) != names.end())
      errors->Add("categories", "组配分类“" + name + "”重复。");
    else names.push_back(name);
  }
  if (names.size() > 60) errors->Add("categories", "组配分类最多 60 个。");
  if (!errors->empty()) return errors->ToStatus();
  Status done = db.Transact([&](soci::session& sql) {
    long long a = agency_id;
    if (!auth::store::FindAgency(sql, agency_id)) return Status::NotFound("机构不存在。");
    sql << "DELETE FROM agency_categories WHERE agency_id = :a", soci::use(a);
    long long position = 0;
    for (const auto& name : names) {
      ++position;
      sql << "INSERT INTO agency_categories (agency_id, name, position) VALUES (:a, :n, :p)", soci::use(a),
          soci::use(name), soci::use(position);
    }
    auth::AuditEntry e;
    e.agency_id = agency_id;
    e.action = "category.save";
    e.object_type = "agency";
    e.object_id = std::to_string(agency_id);
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : "、") + n;
    e.summary = names.empty() ? std::string("组配分类恢复为默认列表") : "组配分类设为：" + list;
    auth::WriteAudit(sql, actor, clock.Now(), e);
    return Status::Ok();
  });
  if (done.ok()) gk::Announce(changes, {ChangeKind::kColumn, agency_id, 0});
  return done;
}

}  // namespace gk::catalogue
