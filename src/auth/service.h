// The rules for staff accounts: login with throttling, sessions with idle and
// absolute expiry, password changes, and the administration of agencies,
// departments and users. Every change is audited in its own transaction.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "access/identity.h"
#include "access/model.h"
#include "access/permissions.h"
#include "auth/audit.h"
#include "auth/throttle.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "config/config.h"
#include "storage/database.h"
#include "text/content_check.h"

namespace gk::auth {

// The identity types auth/ stores and administers (access/model.h).
using access::Agency;
using access::Department;
using access::DepartmentKind;
using access::Permission;
using access::Principal;
using access::Role;
using access::RoleGrant;
using access::User;

// Password, session and throttling settings: the [auth] section of the
// configuration (password_min_length, session_idle_seconds, ...).
using AuthOptions = config::Config::Auth;

struct LoginResult {
  std::string token;  // for the cookie; only its hash is stored
  Principal principal;
};

struct NewUser {
  std::string username;
  std::string display_name;
  std::vector<RoleGrant> roles;
  std::string password;  // empty: generate a one-time password
};

class AuthService : public access::Identity {
 public:
  AuthService(std::shared_ptr<storage::Database> db, const Clock& clock, AuthOptions options);

  const AuthOptions& options() const { return options_; }
  // Where agency and department changes are announced (the page cache follows).
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }

  // Wrong credentials and lockouts return kUnauthenticated / kTooMany with a
  // message for the login page (throttling: auth/throttle.h; `ip` is the
  // client's address). Unknown users cost the same time as known ones.
  Result<LoginResult> Login(const std::string& username, const std::string& password, const std::string& ip);
  // Resolves a session cookie; expired or unknown -> kUnauthenticated.
  Result<Principal> Authenticate(const std::string& token) override;
  Status Logout(const Principal& p, const std::string& ip);
  Status ChangePassword(const Principal& p, const std::string& current, const std::string& next, const std::string& ip,
                        FieldErrors* errors);

  // Administration. `actor_user` is null for the command line (full rights).
  Result<int64_t> CreateAgency(const Actor& actor, const User* actor_user, Agency a, FieldErrors* errors);
  Status UpdateAgency(const Actor& actor, const User* actor_user, Agency a, FieldErrors* errors);
  Result<std::vector<Agency>> ListAgencies() override;
  Result<Agency> GetAgency(int64_t id);
  Result<Agency> GetAgencyByUscc(const std::string& uscc);
  // Agencies the user administers (all for an installation-wide admin).
  Result<std::vector<Agency>> ManagedAgencies(const User& u);

  Result<int64_t> CreateDepartment(const Actor& actor, const User* actor_user, Department d, FieldErrors* errors);
  Status UpdateDepartment(const Actor& actor, const User* actor_user, Department d, FieldErrors* errors);
  Result<std::vector<Department>> ListDepartments(int64_t agency_id);  // 0: all
  Result<Department> GetDepartment(int64_t id);

  // Returns the one-time password (or the given one).
  Result<std::string> CreateUser(const Actor& actor, const User* actor_user, NewUser u, FieldErrors* errors);
  Status UpdateUser(const Actor& actor, const User* actor_user, int64_t id, const std::string& display_name,
                    bool disabled, const std::vector<RoleGrant>& roles, FieldErrors* errors);
  // New one-time password; ends the user's sessions.
  Result<std::string> ResetPassword(const Actor& actor, const User* actor_user, int64_t id);
  Result<std::vector<User>> ListUsers(const User* visible_to);
  Result<User> GetUser(int64_t id);
  Result<User> GetUserByName(const std::string& username);

  // The content check's sensitive-wording list (content_rules.h): as text,
  // and saved by an administrator for the installation (every line checked,
  // every problem reported, nothing saved while there is one).
  Result<std::string> WordingText();
  Result<std::vector<text::WordingRule>> WordingRules();
  Status SaveWording(const Actor& actor, const User& actor_user, const std::string& text, FieldErrors* errors);

  // May `u` manage agency `agency_id` with permission `p` (scope by the agency tree)?
  Status CheckScope(const User* u, int64_t agency_id, Permission p);

 private:
  Status LoginFailed(const std::string& username, const std::optional<User>& user, const LoginKeys& keys,
                     const std::string& ip, int64_t now);
  Result<LoginResult> StartSession(const User& user, const LoginKeys& keys, const std::string& ip, int64_t now);
  Status ValidateAgency(soci::session& sql, const Agency& a, FieldErrors* errors);
  Status ValidateRoles(soci::session& sql, const User* actor_user, const std::vector<RoleGrant>& roles,
                       FieldErrors* errors);
  Status ScopeIn(soci::session& sql, const User* u, int64_t agency_id, Permission p);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  AuthOptions options_;
  const ChangeAnnouncer* changes_ = nullptr;
  std::string dummy_hash_;  // verified against for unknown users (timing)
};

// JSON object text of a user / agency / department for audit before/after.
std::string ToAuditJson(const User& u);
std::string ToAuditJson(const Agency& a);
std::string ToAuditJson(const Department& d);

// Validates a username: 3-32 of a-z 0-9 . _ -, starting with a letter.
Status ValidateUsername(const std::string& username);

}  // namespace gk::auth
