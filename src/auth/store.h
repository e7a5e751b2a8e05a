// SQL for agencies, departments, users, roles and sessions. Each function runs
// on the caller's session (inside the caller's transaction when there is one)
// and throws what SOCI throws; storage::Database converts it to a Status.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "access/model.h"

namespace soci {
class session;
}

namespace gk::auth::store {

using access::Agency;
using access::Department;
using access::DepartmentKind;
using access::Role;
using access::RoleGrant;
using access::User;

int64_t InsertAgency(soci::session& sql, const Agency& a);
void UpdateAgency(soci::session& sql, const Agency& a);
std::optional<Agency> FindAgency(soci::session& sql, int64_t id);
std::optional<Agency> FindAgencyByUscc(soci::session& sql, const std::string& uscc);
std::vector<Agency> ListAgencies(soci::session& sql);

int64_t InsertDepartment(soci::session& sql, const Department& d, int64_t now);
void UpdateDepartment(soci::session& sql, const Department& d, int64_t now);
std::optional<Department> FindDepartment(soci::session& sql, int64_t id);
std::vector<Department> ListDepartments(soci::session& sql, int64_t agency_id);  // 0: all

int64_t InsertUser(soci::session& sql, const User& u, const std::string& password_hash);
void UpdateUserProfile(soci::session& sql, int64_t id, const std::string& display_name, bool disabled, int64_t now);
void SetPassword(soci::session& sql, int64_t id, const std::string& hash, bool must_change, int64_t now);
std::optional<User> FindUser(soci::session& sql, int64_t id);
// Also returns the password hash.
std::optional<User> FindUserByName(soci::session& sql, const std::string& username, std::string* hash);
std::vector<User> ListUsers(soci::session& sql);
void ReplaceRoles(soci::session& sql, int64_t user_id, const std::vector<RoleGrant>& roles);

struct SessionRow {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string csrf_token;
  int64_t created_at = 0;
  int64_t last_seen_at = 0;
};
int64_t InsertSession(soci::session& sql, const std::string& token_hash, int64_t user_id, const std::string& csrf,
                      int64_t now, const std::string& ip);
std::optional<SessionRow> FindSession(soci::session& sql, const std::string& token_hash);
void TouchSession(soci::session& sql, int64_t id, int64_t now);
void DeleteSession(soci::session& sql, int64_t id);
// All sessions of a user except `keep` (0: all).
void DeleteUserSessions(soci::session& sql, int64_t user_id, int64_t keep);
void DeleteExpiredSessions(soci::session& sql, int64_t idle_before, int64_t created_before);

// Failed logins are rows of (subject, at); a subject is a key such as
// "u:NAME" (see AuthService::Login).
void RecordLoginFailure(soci::session& sql, const std::string& subject, int64_t now);
struct FailureCount {
  int64_t count = 0;
  int64_t oldest = 0;  // times of the oldest and latest failure counted (0 if none)
  int64_t latest = 0;
};
// The failures of `subject` at or after `since`.
FailureCount CountLoginFailures(soci::session& sql, const std::string& subject, int64_t since);
void ClearLoginFailures(soci::session& sql, const std::string& subject);
// Every subject that starts with `prefix` ("ua:NAME|": one account from
// every address).
void ClearLoginFailuresByPrefix(soci::session& sql, const std::string& prefix);
// Forgets failures older than `before`: they count for nothing any more.
void PurgeLoginFailures(soci::session& sql, int64_t before);

}  // namespace gk::auth::store
