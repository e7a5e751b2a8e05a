#include "access/model.h"

namespace gk::access {

const char* RoleCode(Role r) {
  switch (r) {
    case Role::kEditor:
      return "editor";
    case Role::kReviewer:
      return "reviewer";
    case Role::kOfficer:
      return "officer";
    case Role::kAdmin:
      return "admin";
  }
  return "";
}

const char* RoleLabel(Role r) {
  switch (r) {
    case Role::kEditor:
      return "信息员";
    case Role::kReviewer:
      return "审核员";
    case Role::kOfficer:
      return "公开办";
    case Role::kAdmin:
      return "管理员";
  }
  return "";
}

bool ParseRole(std::string_view code, Role* out) {
  for (Role r : {Role::kEditor, Role::kReviewer, Role::kOfficer, Role::kAdmin}) {
    if (code == RoleCode(r)) {
      *out = r;
      return true;
    }
  }
  return false;
}

const char* DepartmentKindCode(DepartmentKind k) { return k == DepartmentKind::kDivision ? "division" : "affiliate"; }

const char* DepartmentKindLabel(DepartmentKind k) { return k == DepartmentKind::kDivision ? "处室" : "直属单位"; }

bool ParseDepartmentKind(std::string_view code, DepartmentKind* out) {
  if (code == "division") *out = DepartmentKind::kDivision;
  else if (code == "affiliate") *out = DepartmentKind::kAffiliate;
  else return false;
  return true;
}

const Agency* SiteAgency(const std::vector<Agency>& agencies) {
  for (const Agency& a : agencies)
    if (a.parent_id == 0) return &a;
  return nullptr;
}

}  // namespace gk::access
