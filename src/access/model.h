// Who is asking and what they may do (访问控制), below the web layer and the
// domains: agencies, departments, staff and their roles as plain structs.
// auth/ keeps them (accounts, sessions, administration, the audit log);
// web/ and every domain read them from here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gk::access {

// 机构 agency: one installation hosts many (集约化).
struct Agency {
  int64_t id = 0;
  std::string name;
  std::string short_name;
  std::string uscc;       // 统一社会信用代码, GB 32100-2015
  int64_t parent_id = 0;  // 0: none
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// The site's own agency, whose name, columns and news the public site shows:
// the first top-level agency of `agencies` (as ListAgencies orders them);
// null when there is none yet.
const Agency* SiteAgency(const std::vector<Agency>& agencies);

// 处室 (division) or 直属单位 (affiliate) of an agency.
enum class DepartmentKind { kDivision, kAffiliate };

struct Department {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string name;
  DepartmentKind kind = DepartmentKind::kDivision;
};

// Staff roles (GLOSSARY.md).
enum class Role {
  kEditor,    // 信息员: drafts items, answers messages
  kReviewer,  // 审核员: review stages before publication
  kOfficer,   // 公开办: disclosure office, applications, annual report
  kAdmin,     // 管理员: agencies, departments, users, configuration
};

struct RoleGrant {
  Role role = Role::kEditor;
  int64_t agency_id = 0;      // 0: every agency of the installation
  int64_t department_id = 0;  // 0: the whole agency
};

struct User {
  int64_t id = 0;
  std::string username;
  std::string display_name;
  bool must_change_password = false;
  bool disabled = false;
  int64_t created_at = 0;
  std::vector<RoleGrant> roles;
};

// Who acts: a signed-in user, or the command line / system (user_id 0). The
// audit log (auth/audit.h) records it with every change.
struct Actor {
  int64_t user_id = 0;
  std::string name;  // username, or "命令行" / "系统"
  std::string ip;
};

// The signed-in user as seen by a request.
struct Principal {
  User user;
  int64_t session_id = 0;
  std::string csrf_token;
};

const char* RoleCode(Role r);   // "editor"
const char* RoleLabel(Role r);  // "信息员"
bool ParseRole(std::string_view code, Role* out);
const char* DepartmentKindCode(DepartmentKind k);   // "division"
const char* DepartmentKindLabel(DepartmentKind k);  // "处室"
bool ParseDepartmentKind(std::string_view code, DepartmentKind* out);

}  // namespace gk::access
