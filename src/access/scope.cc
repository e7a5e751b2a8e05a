#include "access/scope.h"

#include <algorithm>

#include <soci/soci.h>

namespace gk::access {

AgencyTree::AgencyTree(const std::vector<Agency>& agencies) {
  for (const auto& a : agencies) parent_[a.id] = a.parent_id;
}

AgencyTree AgencyTree::Load(soci::session& sql) {
  AgencyTree tree;
  long long id = 0, parent = 0;
  soci::statement st =
      (sql.prepare << "SELECT id, COALESCE(parent_id, 0) FROM agencies", soci::into(id), soci::into(parent));
  st.execute();
  while (st.fetch()) tree.parent_[id] = parent;
  return tree;
}

std::vector<int64_t> AgencyTree::Ancestors(int64_t agency_id) const {
  std::vector<int64_t> out;
  int64_t cur = agency_id;
  for (int depth = 0; depth < kMaxDepth; ++depth) {
    auto it = parent_.find(cur);
    if (it == parent_.end() || it->second == 0) break;
    out.push_back(it->second);
    cur = it->second;
  }
  return out;
}

std::vector<int64_t> AgencyTree::Ids() const {
  std::vector<int64_t> out;
  out.reserve(parent_.size());
  for (const auto& [id, parent] : parent_) out.push_back(id);
  return out;
}

std::vector<int64_t> AgencyAncestors(soci::session& sql, int64_t agency_id) {
  std::vector<int64_t> out;
  int64_t cur = agency_id;
  for (int depth = 0; depth < AgencyTree::kMaxDepth && cur != 0; ++depth) {
    long long parent = 0;
    soci::indicator ind = soci::i_ok;
    long long id = cur;
    sql << "SELECT parent_id FROM agencies WHERE id = :id", soci::use(id), soci::into(parent, ind);
    if (!sql.got_data() || ind != soci::i_ok || parent == 0) break;
    out.push_back(parent);
    cur = parent;
  }
  return out;
}

bool DepartmentAllows(const User& u, Permission p, int64_t department_id) {
  if (u.disabled || department_id == 0) return false;
  return std::any_of(u.roles.begin(), u.roles.end(),
                     [&](const RoleGrant& g) { return g.department_id == department_id && GrantCarries(g, p); });
}

bool Scope::Allows(Permission p, int64_t agency_id) const {
  return AllowsFor(user_, p, agency_id, tree_.Ancestors(agency_id));
}

bool Scope::AllowsEverywhere(Permission p) const { return AllowsFor(user_, p, -1, {}); }

bool Scope::AllowsSomewhere(Permission p) const { return access::Allows(user_, p); }

std::vector<int64_t> Scope::Agencies(Permission p) const {
  std::vector<int64_t> out;
  if (!AllowsSomewhere(p)) return out;
  for (int64_t id : tree_.Ids())
    if (Allows(p, id)) out.push_back(id);
  return out;
}

std::vector<int64_t> Scope::Departments(Permission p) const {
  std::vector<int64_t> out;
  if (user_.disabled) return out;
  for (const auto& g : user_.roles)
    if (g.department_id != 0 && GrantCarries(g, p) && std::find(out.begin(), out.end(), g.department_id) == out.end())
      out.push_back(g.department_id);
  return out;
}

Status RequireIn(soci::session& sql, const User& user, Permission p, int64_t agency_id,
                 std::vector<int64_t>* ancestors) {
  std::vector<int64_t> above = AgencyAncestors(sql, agency_id);
  const bool allowed = AllowsFor(user, p, agency_id, above);
  if (ancestors) *ancestors = std::move(above);
  if (!allowed) return Status::Denied(std::string("您没有本机构“") + PermissionLabel(p) + "”的权限");
  return Status::Ok();
}

}  // namespace gk::access
