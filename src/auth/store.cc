#include "auth/store.h"

#include <soci/soci.h>

namespace gk::auth::store {
namespace {

soci::indicator NullIfZero(int64_t v) { return v == 0 ? soci::i_null : soci::i_ok; }

std::vector<RoleGrant> LoadRoles(soci::session& sql, int64_t user_id) {
  std::vector<RoleGrant> out;
  long long uid = user_id, agency = 0, dept = 0;
  std::string role;
  soci::statement st = (sql.prepare << "SELECT role, COALESCE(agency_id, 0), COALESCE(department_id, 0) "
                                       "FROM user_roles WHERE user_id = :u ORDER BY id",
                        soci::into(role), soci::into(agency), soci::into(dept), soci::use(uid));
  st.execute();
  while (st.fetch()) {
    RoleGrant g;
    if (!ParseRole(role, &g.role)) continue;
    g.agency_id = agency;
    g.department_id = dept;
    out.push_back(g);
  }
  return out;
}

const char* kAgencyCols =
    "SELECT id, name, short_name, uscc, COALESCE(parent_id, 0), created_at, updated_at FROM agencies";

std::vector<Agency> QueryAgencies(soci::session& sql, const std::string& where, long long key,
                                  const std::string& skey) {
  std::vector<Agency> out;
  Agency a;
  long long id = 0, parent = 0, created = 0, updated = 0;
  soci::statement st(sql);
  if (where.empty()) {
    st = (sql.prepare << std::string(kAgencyCols) + " ORDER BY COALESCE(parent_id, 0), id", soci::into(id),
          soci::into(a.name), soci::into(a.short_name), soci::into(a.uscc), soci::into(parent), soci::into(created),
          soci::into(updated));
  } else if (where == "id") {
    st = (sql.prepare << std::string(kAgencyCols) + " WHERE id = :k", soci::into(id), soci::into(a.name),
          soci::into(a.short_name), soci::into(a.uscc), soci::into(parent), soci::into(created), soci::into(updated),
          soci::use(key));
  } else {
    st = (sql.prepare << std::string(kAgencyCols) + " WHERE uscc = :k", soci::into(id), soci::into(a.name),
          soci::into(a.short_name), soci::into(a.uscc), soci::into(parent), soci::into(created), soci::into(updated),
          soci::use(skey));
  }
  st.execute();
  while (st.fetch()) {
    a.id = id;
    a.parent_id = parent;
    a.created_at = created;
    a.updated_at = updated;
    out.push_back(a);
  }
  return out;
}

std::vector<User> QueryUsers(soci::session& sql, const std::string& where, long long id_key,
                             const std::string& name_key, std::string* hash_out) {
  std::vector<User> out;
  User u;
  long long id = 0, must = 0, disabled = 0, created = 0;
  std::string hash;
  std::string q =
      "SELECT id, username, display_name, password_hash, must_change_password, disabled, created_at FROM users";
  soci::statement st(sql);
  if (where == "id") {
    st = (sql.prepare << q + " WHERE id = :k", soci::into(id), soci::into(u.username), soci::into(u.display_name),
          soci::into(hash), soci::into(must), soci::into(disabled), soci::into(created), soci::use(id_key));
  } else if (where == "name") {
    st = (sql.prepare << q + " WHERE username = :k", soci::into(id), soci::into(u.username), soci::into(u.display_name),
          soci::into(hash), soci::into(must), soci::into(disabled), soci::into(created), soci::use(name_key));
  } else {
    st = (sql.prepare << q + " ORDER BY username", soci::into(id), soci::into(u.username), soci::into(u.display_name),
          soci::into(hash), soci::into(must), soci::into(disabled), soci::into(created));
  }
  st.execute();
  while (st.fetch()) {
    u.id = id;
    u.must_change_password = must != 0;
    u.disabled = disabled != 0;
    u.created_at = created;
    out.push_back(u);
    if (hash_out) *hash_out = hash;
  }
  for (auto& user : out) user.roles = LoadRoles(sql, user.id);
  return out;
}

}  // namespace

int64_t InsertAgency(soci::session& sql, const Agency& a) {
  long long id = 0, parent = a.parent_id, now = a.created_at;
  soci::indicator pind = NullIfZero(a.parent_id);
  sql << "INSERT INTO agencies (name, short_name, uscc, parent_id, created_at, updated_at) "
         "VALUES (:name, :short, :uscc, :parent, :c, :u) RETURNING id",
      soci::use(a.name), soci::use(a.short_name), soci::use(a.uscc), soci::use(parent, pind), soci::use(now),
      soci::use(now), soci::into(id);
  return id;
}

void UpdateAgency(soci::session& sql, const Agency& a) {
  long long id = a.id, parent = a.parent_id, now = a.updated_at;
  soci::indicator pind = NullIfZero(a.parent_id);
  sql << "UPDATE agencies SET name = :name, short_name = :short, uscc = :uscc, parent_id = :parent, "
         "updated_at = :u WHERE id = :id",
      soci::use(a.name), soci::use(a.short_name), soci::use(a.uscc), soci::use(parent, pind), soci::use(now),
      soci::use(id);
}

std::optional<Agency> FindAgency(soci::session& sql, int64_t id) {
  auto v = QueryAgencies(sql, "id", id, "");
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<Agency> FindAgencyByUscc(soci::session& sql, const std::string& uscc) {
  auto v = QueryAgencies(sql, "uscc", 0, uscc);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<Agency> ListAgencies(soci::session& sql) { return QueryAgencies(sql, "", 0, ""); }

int64_t InsertDepartment(soci::session& sql, const Department& d, int64_t now) {
  long long id = 0, agency = d.agency_id, t = now;
  std::string kind = DepartmentKindCode(d.kind);
  sql << "INSERT INTO departments (agency_id, name, kind, created_at, updated_at) "
         "VALUES (:a, :n, :k, :c, :u) RETURNING id",
      soci::use(agency), soci::use(d.name), soci::use(kind), soci::use(t), soci::use(t), soci::into(id);
  return id;
}

void UpdateDepartment(soci::session& sql, const Department& d, int64_t now) {
  long long id = d.id, t = now;
  std::string kind = DepartmentKindCode(d.kind);
  sql << "UPDATE departments SET name = :n, kind = :k, updated_at = :u WHERE id = :id", soci::use(d.name),
      soci::use(kind), soci::use(t), soci::use(id);
}

namespace {
std::vector<Department> QueryDepartments(soci::session& sql, const char* where, long long key) {
  std::vector<Department> out;
  Department d;
  long long id = 0, agency = 0;
  std::string kind;
  soci::statement st = (sql.prepare << std::string("SELECT id, agency_id, name, kind FROM departments ") + where +
                                           " ORDER BY agency_id, kind DESC, id",
                        soci::into(id), soci::into(agency), soci::into(d.name), soci::into(kind), soci::use(key, "k"));
  st.execute();
  while (st.fetch()) {
    d.id = id;
    d.agency_id = agency;
    ParseDepartmentKind(kind, &d.kind);
    out.push_back(d);
  }
  return out;
}
}  // namespace

std::optional<Department> FindDepartment(soci::session& sql, int64_t id) {
  auto v = QueryDepartments(sql, "WHERE id = :k", id);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<Department> ListDepartments(soci::session& sql, int64_t agency_id) {
  return QueryDepartments(sql, agency_id == 0 ? "WHERE :k = 0" : "WHERE agency_id = :k", agency_id);
}

int64_t InsertUser(soci::session& sql, const User& u, const std::string& password_hash) {
  long long id = 0, must = u.must_change_password, disabled = u.disabled, now = u.created_at;
  sql << "INSERT INTO users (username, display_name, password_hash, must_change_password, disabled, created_at, "
         "updated_at) VALUES (:u, :d, :h, :m, :x, :c, :t) RETURNING id",
      soci::use(u.username), soci::use(u.display_name), soci::use(password_hash), soci::use(must), soci::use(disabled),
      soci::use(now), soci::use(now), soci::into(id);
  return id;
}

void UpdateUserProfile(soci::session& sql, int64_t id, const std::string& display_name, bool disabled, int64_t now) {
  long long i = id, d = disabled, t = now;
  sql << "UPDATE users SET display_name = :d, disabled = :x, updated_at = :t WHERE id = :id", soci::use(display_name),
      soci::use(d), soci::use(t), soci::use(i);
}

void SetPassword(soci::session& sql, int64_t id, const std::string& hash, bool must_change, int64_t now) {
  long long i = id, m = must_change, t = now;
  sql << "UPDATE users SET password_hash = :h, must_change_password = :m, updated_at = :t WHERE id = :id",
      soci::use(hash), soci::use(m), soci::use(t), soci::use(i);
}

std::optional<User> FindUser(soci::session& sql, int64_t id) {
  auto v = QueryUsers(sql, "id", id, "", nullptr);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<User> FindUserByName(soci::session& sql, const std::string& username, std::string* hash) {
  auto v = QueryUsers(sql, "name", 0, username, hash);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<User> ListUsers(soci::session& sql) { return QueryUsers(sql, "", 0, "", nullptr); }

void ReplaceRoles(soci::session& sql, int64_t user_id, const std::vector<RoleGrant>& roles) {
  long long uid = user_id;
  sql << "DELETE FROM user_roles WHERE user_id = :u", soci::use(uid);
  for (const auto& g : roles) {
    std::string role = RoleCode(g.role);
    long long agency = g.agency_id, dept = g.department_id;
    soci::indicator ai = NullIfZero(g.agency_id), di = NullIfZero(g.department_id);
    sql << "INSERT INTO user_roles (user_id, role, agency_id, department_id) VALUES (:u, :r, :a, :d)", soci::use(uid),
        soci::use(role), soci::use(agency, ai), soci::use(dept, di);
  }
}

int64_t InsertSession(soci::session& sql, const std::string& token_hash, int64_t user_id, const std::string& csrf,
                      int64_t now, const std::string& ip) {
  long long id = 0, uid = user_id, t = now;
  sql << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, ip) "
         "VALUES (:h, :u, :c, :t, :t2, :ip) RETURNING id",
      soci::use(token_hash), soci::use(uid), soci::use(csrf), soci::use(t), soci::use(t), soci::use(ip), soci::into(id);
  return id;
}

std::optional<SessionRow> FindSession(soci::session& sql, const std::string& token_hash) {
  SessionRow r;
  long long id = 0, uid = 0, created = 0, seen = 0;
  sql << "SELECT id, user_id, csrf_token, created_at, last_seen_at FROM sessions WHERE token_hash = :h", soci::into(id),
      soci::into(uid), soci::into(r.csrf_token), soci::into(created), soci::into(seen), soci::use(token_hash);
  if (!sql.got_data()) return std::nullopt;
  r.id = id;
  r.user_id = uid;
  r.created_at = created;
  r.last_seen_at = seen;
  return r;
}

void TouchSession(soci::session& sql, int64_t id, int64_t now) {
  long long i = id, t = now;
  sql << "UPDATE sessions SET last_seen_at = :t WHERE id = :id", soci::use(t), soci::use(i);
}

void DeleteSession(soci::session& sql, int64_t id) {
  long long i = id;
  sql << "DELETE FROM sessions WHERE id = :id", soci::use(i);
}

void DeleteUserSessions(soci::session& sql, int64_t user_id, int64_t keep) {
  long long u = user_id, k = keep;
  sql << "DELETE FROM sessions WHERE user_id = :u AND id <> :k", soci::use(u), soci::use(k);
}

void DeleteExpiredSessions(soci::session& sql, int64_t idle_before, int64_t created_before) {
  long long a = idle_before, b = created_before;
  sql << "DELETE FROM sessions WHERE last_seen_at < :a OR created_at < :b", soci::use(a), soci::use(b);
}

void RecordLoginFailure(soci::session& sql, const std::string& subject, int64_t now) {
  long long t = now;
  sql << "INSERT INTO login_failures (subject, at) VALUES (:s, :t)", soci::use(subject), soci::use(t);
}

FailureCount CountLoginFailures(soci::session& sql, const std::string& subject, int64_t since) {
  long long n = 0, oldest = 0, latest = 0, s = since;
  soci::indicator oldest_ind, latest_ind;
  sql << "SELECT COUNT(*), MIN(at), MAX(at) FROM login_failures WHERE subject = :s AND at >= :t", soci::use(subject),
      soci::use(s), soci::into(n), soci::into(oldest, oldest_ind), soci::into(latest, latest_ind);
  FailureCount c;
  c.count = n;
  if (oldest_ind == soci::i_ok) c.oldest = oldest;
  if (latest_ind == soci::i_ok) c.latest = latest;
  return c;
}

void ClearLoginFailures(soci::session& sql, const std::string& subject) {
  sql << "DELETE FROM login_failures WHERE subject = :s", soci::use(subject);
}

void ClearLoginFailuresByPrefix(soci::session& sql, const std::string& prefix) {
  // substr, not LIKE: '_' in a user name is a LIKE wildcard.
  int n = static_cast<int>(prefix.size());
  sql << "DELETE FROM login_failures WHERE substr(subject, 1, :n) = :p", soci::use(n), soci::use(prefix);
}

void PurgeLoginFailures(soci::session& sql, int64_t before) {
  long long t = before;
  sql << "DELETE FROM login_failures WHERE at < :t", soci::use(t);
}

}  // namespace gk::auth::store
