// The agency-scope rule, once for every module: may this user do this in that
// agency? A role grant (RoleGrant) carries its role's permissions in its
// agency and every agency below it; a grant for agency 0 covers every agency.
// A grant bound to a department (协查 staff, for example) still counts for
// its agency; modules that limit such staff to their department's work ask
// Departments() for the departments concerned.
//
// Evaluated per grant, never "any grant anywhere": holding a permission in
// agency A says nothing about agency B. Build one Scope per request
// (web::Context::scope() does) and ask it as often as needed.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "common/status.h"

namespace soci {
class session;
}

namespace gk::access {

// The agencies of the installation as parent links.
class AgencyTree {
 public:
  AgencyTree() = default;
  explicit AgencyTree(const std::vector<Agency>& agencies);
  // Reads every agency (one query).
  static AgencyTree Load(soci::session& sql);

  // The agencies above `agency_id`, nearest first. The walk is bounded, so a
  // cycle in the data cannot loop.
  std::vector<int64_t> Ancestors(int64_t agency_id) const;
  bool Contains(int64_t agency_id) const { return parent_.count(agency_id) > 0; }
  // Every agency id, ascending.
  std::vector<int64_t> Ids() const;

  static constexpr int kMaxDepth = 32;

 private:
  std::map<int64_t, int64_t> parent_;  // id -> parent id (0: top level)
};

// The agencies above `agency_id`, nearest first, read from the database one
// step at a time (bounded like AgencyTree::Ancestors). For a single check
// inside a transaction; a request asking many questions uses a Scope.
std::vector<int64_t> AgencyAncestors(soci::session& sql, int64_t agency_id);

// Ok when `user` holds `p` in `agency_id` (its ancestors read inside the
// caller's transaction), else Denied with the sentence every workflow uses:
// 您没有本机构“<the permission's label>”的权限. The ancestors, nearest first,
// go to `ancestors` when given (the workflows' Refusals take them).
Status RequireIn(soci::session& sql, const User& user, Permission p, int64_t agency_id,
                 std::vector<int64_t>* ancestors = nullptr);

// True when a grant bound to `department_id` itself carries `p`: staff of
// that department, in the role that does the work (协查 for applications).
bool DepartmentAllows(const User& u, Permission p, int64_t department_id);

class Scope {
 public:
  Scope() = default;
  Scope(User user, AgencyTree tree) : user_(std::move(user)), tree_(std::move(tree)) {}

  const User& user() const { return user_; }
  const AgencyTree& tree() const { return tree_; }

  // True when one of the user's grants carries `p` for `agency_id`.
  bool Allows(Permission p, int64_t agency_id) const;
  // True when a grant for every agency (agency 0) carries `p`.
  bool AllowsEverywhere(Permission p) const;
  // True when some grant carries `p` somewhere: for showing a menu entry,
  // never for deciding about a record, which has an agency.
  bool AllowsSomewhere(Permission p) const;
  // The agencies in which `p` holds, ascending (every agency of the tree for
  // a grant for every agency).
  std::vector<int64_t> Agencies(Permission p) const;
  // The departments of department-bound grants carrying `p`.
  std::vector<int64_t> Departments(Permission p) const;

 private:
  User user_;
  AgencyTree tree_;
};

}  // namespace gk::access
