#include "auth/service.h"

#include <soci/soci.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "access/scope.h"
#include "auth/content_rules.h"
#include "auth/password.h"
#include "auth/store.h"
#include "common/secrets.h"
#include "common/strings.h"
#include "common/uscc.h"

namespace gk::auth {
namespace {

nlohmann::json RolesJson(const std::vector<RoleGrant>& roles) {
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& g : roles)
    arr.push_back({{"role", RoleCode(g.role)}, {"agency_id", g.agency_id}, {"department_id", g.department_id}});
  return arr;
}

AuditEntry Entry(int64_t agency_id, std::string action, std::string type, int64_t id, std::string summary,
                 std::string before = {}, std::string after = {}) {
  AuditEntry e;
  e.agency_id = agency_id;
  e.action = std::move(action);
  e.object_type = std::move(type);
  e.object_id = id ? std::to_string(id) : "";
  e.summary = std::move(summary);
  e.before_json = std::move(before);
  e.after_json = std::move(after);
  return e;
}

// The agency a user's events are filed under: that of their first role.
int64_t HomeAgency(const User& u) { return u.roles.empty() ? 0 : u.roles.front().agency_id; }

// One record read by `find`, or NotFound with `missing`.
template <typename T, typename Find>
Result<T> ReadOne(storage::Database& db, Find find, const std::string& missing) {
  std::optional<T> v;
  Status s = db.Read([&](soci::session& sql) {
    v = find(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!v) return Status::NotFound(missing);
  return *v;
}

// A list read by `list`.
template <typename T, typename List>
Result<std::vector<T>> ReadAll(storage::Database& db, List list) {
  std::vector<T> v;
  Status s = db.Read([&](soci::session& sql) {
    v = list(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return v;
}

}  // namespace

std::string ToAuditJson(const User& u) {
  return nlohmann::json({{"username", u.username},
                         {"display_name", u.display_name},
                         {"disabled", u.disabled},
                         {"must_change_password", u.must_change_password},
                         {"roles", RolesJson(u.roles)}})
      .dump();
}

std::string ToAuditJson(const Agency& a) {
  return nlohmann::json({{"name", a.name}, {"short_name", a.short_name}, {"uscc", a.uscc}, {"parent_id", a.parent_id}})
      .dump();
}

std::string ToAuditJson(const Department& d) {
  return nlohmann::json({{"agency_id", d.agency_id}, {"name", d.name}, {"kind", DepartmentKindCode(d.kind)}}).dump();
}

Status ValidateUsername(const std::string& n) {
  if (n.size() < 3 || n.size() > 32) return Status::Invalid("用户名应为 3 到 32 个字符", "username");
  if (!(n[0] >= 'a' && n[0] <= 'z')) return Status::Invalid("用户名须以小写字母开头", "username");
  for (char c : n) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return Status::Invalid("用户名只能包含小写字母、数字和 . _ -", "username");
  }
  return Status::Ok();
}

AuthService::AuthService(std::shared_ptr<storage::Database> db, const Clock& clock, AuthOptions options)
    : db_(std::move(db)), clock_(clock), options_(options) {
  auto h = HashPassword(RandomToken());
  if (h.ok()) dummy_hash_ = h.value();
}

// --- Sessions -------------------------------------------------------------

Result<LoginResult> AuthService::Login(const std::string& username_in, const std::string& password,
                                       const std::string& ip) {
  const std::string username = Trim(username_in);
  // Verify even for unknown users, so response time does not reveal names.
  if (username.size() > kMaxLoginNameBytes) {
    (void)VerifyPassword(dummy_hash_, password);
    return Status::Error(Code::kUnauthenticated, "用户名或密码错误");
  }
  const int64_t now = clock_.Now();
  const LoginKeys keys(username, ip);
  std::optional<User> user;
  std::string hash;
  Status s = db_->Read([&](soci::session& sql) {
    const int64_t since = now - options_.lockout_seconds;
    LoginCounts counts{store::CountLoginFailures(sql, keys.pair, since),
                       store::CountLoginFailures(sql, keys.address, since),
                       store::CountLoginFailures(sql, keys.account, since)};
    if (Status t = ThrottleLogin(counts, options_, now); !t.ok()) return t;
    user = store::FindUserByName(sql, username, &hash);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  bool good = VerifyPassword(user ? hash : dummy_hash_, password) && user && !user->disabled;
  if (!good) return LoginFailed(username, user, keys, ip, now);
  return StartSession(*user, keys, ip, now);
}

Status AuthService::LoginFailed(const std::string& username, const std::optional<User>& user, const LoginKeys& keys,
                                const std::string& ip, int64_t now) {
  Actor a{0, username.empty() ? "(空)" : username, ip};
  Status s = db_->Transact([&](soci::session& sql) {
    store::PurgeLoginFailures(sql, now - options_.lockout_seconds);
    for (const std::string* key : {&keys.pair, &keys.address, &keys.account}) store::RecordLoginFailure(sql, *key, now);
    WriteAudit(sql, a, now,
               Entry(user ? HomeAgency(*user) : 0, "login.failed", "user", user ? user->id : 0,
                     user && user->disabled ? "已停用的账户尝试登录" : "登录失败：用户名或密码错误"));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return Status::Error(Code::kUnauthenticated, "用户名或密码错误");
}

Result<LoginResult> AuthService::StartSession(const User& user, const LoginKeys& keys, const std::string& ip,
                                              int64_t now) {
  LoginResult r;
  r.token = RandomToken();
  r.principal.user = user;
  r.principal.csrf_token = RandomToken();
  Status s = db_->Transact([&](soci::session& sql) {
    // This address's failures on the account are forgiven; the account's
    // count over all addresses runs out with its window.
    store::ClearLoginFailures(sql, keys.pair);
    store::DeleteExpiredSessions(sql, now - options_.session_idle_seconds, now - options_.session_absolute_seconds);
    r.principal.session_id = store::InsertSession(sql, HashToken(r.token), user.id, r.principal.csrf_token, now, ip);
    WriteAudit(sql, Actor{user.id, user.username, ip}, now,
               Entry(HomeAgency(user), "login", "user", user.id, "登录成功"));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return r;
}

Result<Principal> AuthService::Authenticate(const std::string& token) {
  if (token.empty() || token.size() > 128) return Status::Error(Code::kUnauthenticated, "未登录");
  const int64_t now = clock_.Now();
  std::optional<store::SessionRow> row;
  std::optional<User> user;
  Status s = db_->Read([&](soci::session& sql) {
    row = store::FindSession(sql, HashToken(token));
    if (row) user = store::FindUser(sql, row->user_id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!row || !user) return Status::Error(Code::kUnauthenticated, "未登录");
  bool expired = now - row->last_seen_at > options_.session_idle_seconds ||
                 now - row->created_at > options_.session_absolute_seconds || user->disabled;
  if (expired) {
    s = db_->Transact([&](soci::session& sql) {
      store::DeleteSession(sql, row->id);
      return Status::Ok();
    });
    return Status::Error(Code::kUnauthenticated, "登录已过期，请重新登录");
  }
  // Write at most once a minute per session: reads stay reads.
  if (now - row->last_seen_at >= 60) {
    s = db_->Transact([&](soci::session& sql) {
      store::TouchSession(sql, row->id, now);
      return Status::Ok();
    });
    if (!s.ok()) return s;
  }
  Principal p;
  p.user = *user;
  p.session_id = row->id;
  p.csrf_token = row->csrf_token;
  return p;
}

Status AuthService::Logout(const Principal& p, const std::string& ip) {
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    store::DeleteSession(sql, p.session_id);
    WriteAudit(sql, Actor{p.user.id, p.user.username, ip}, now,
               Entry(HomeAgency(p.user), "logout", "user", p.user.id, "退出登录"));
    return Status::Ok();
  });
}

Status AuthService::ChangePassword(const Principal& p, const std::string& current, const std::string& next,
                                   const std::string& ip, FieldErrors* errors) {
  std::string hash;
  Status s = db_->Read([&](soci::session& sql) {
    store::FindUserByName(sql, p.user.username, &hash);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!VerifyPassword(hash, current)) errors->Add("current", "当前密码不正确");
  if (Status pol = CheckPasswordPolicy(next, p.user.username, options_.password_min_length); !pol.ok())
    errors->Add("password", pol.message());
  else if (next == current) errors->Add("password", "新密码不能与当前密码相同");
  if (!errors->empty()) return errors->ToStatus();
  auto h = HashPassword(next);
  if (!h.ok()) return h.status();
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    store::SetPassword(sql, p.user.id, h.value(), false, now);
    store::DeleteUserSessions(sql, p.user.id, p.session_id);
    WriteAudit(sql, Actor{p.user.id, p.user.username, ip}, now,
               Entry(HomeAgency(p.user), "user.password_change", "user", p.user.id, "修改了自己的密码"));
    return Status::Ok();
  });
}

// --- Scope ----------------------------------------------------------------

Status AuthService::ScopeIn(soci::session& sql, const User* u, int64_t agency_id, Permission p) {
  if (u == nullptr) return Status::Ok();
  if (AllowsFor(*u, p, agency_id, access::AgencyAncestors(sql, agency_id))) return Status::Ok();
  return Status::Denied("您没有管理该机构的权限");
}

Status AuthService::CheckScope(const User* u, int64_t agency_id, Permission p) {
  return db_->Read([&](soci::session& sql) { return ScopeIn(sql, u, agency_id, p); });
}

// --- Agencies -------------------------------------------------------------

Status AuthService::ValidateAgency(soci::session& sql, const Agency& a, FieldErrors* errors) {
  if (a.name.empty() || Utf8Length(a.name) > 100) errors->Add("name", "请填写机构名称（不超过 100 个字）");
  if (Utf8Length(a.short_name) > 30) errors->Add("short_name", "简称不超过 30 个字");
  if (Status u = ValidateUscc(a.uscc); !u.ok()) {
    errors->Add("uscc", u.message());
  } else if (auto other = store::FindAgencyByUscc(sql, a.uscc); other && other->id != a.id) {
    errors->Add("uscc", "该统一社会信用代码已被机构“" + other->name + "”使用");
  }
  if (a.parent_id != 0) {
    if (!store::FindAgency(sql, a.parent_id)) {
      errors->Add("parent_id", "上级机构不存在");
    } else if (a.id != 0) {
      auto up = access::AgencyAncestors(sql, a.parent_id);
      if (a.parent_id == a.id || std::find(up.begin(), up.end(), a.id) != up.end())
        errors->Add("parent_id", "上级机构不能是本机构或其下级机构");
    }
  }
  return errors->ToStatus();
}

Result<int64_t> AuthService::CreateAgency(const Actor& actor, const User* actor_user, Agency a, FieldErrors* errors) {
  a.name = Trim(a.name);
  a.short_name = Trim(a.short_name);
  a.uscc = NormalizeUscc(a.uscc);
  a.id = 0;
  a.created_at = a.updated_at = clock_.Now();
  int64_t id = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    // A new top-level agency needs an installation-wide administrator; a
    // subordinate one, an administrator of its parent.
    if (actor_user) {
      bool global = AllowsFor(*actor_user, Permission::kManageAgencies, -1, {});
      if (a.parent_id == 0 && !global) return Status::Denied("只有系统管理员可以新增顶级机构");
      if (a.parent_id != 0) {
        if (Status sc = ScopeIn(sql, actor_user, a.parent_id, Permission::kManageAgencies); !sc.ok()) return sc;
      }
    }
    if (Status v = ValidateAgency(sql, a, errors); !v.ok()) return v;
    id = store::InsertAgency(sql, a);
    WriteAudit(sql, actor, a.created_at,
               Entry(id, "agency.create", "agency", id, "新增机构：" + a.name, "", ToAuditJson(a)));
    return Status::Ok();
  });
  if (s.code() == Code::kConflict) errors->Add("uscc", "该统一社会信用代码已被使用");
  if (!s.ok()) return s;
  gk::Announce(changes_, {ChangeKind::kAgency, id, id});
  return id;
}

Status AuthService::UpdateAgency(const Actor& actor, const User* actor_user, Agency a, FieldErrors* errors) {
  a.name = Trim(a.name);
  a.short_name = Trim(a.short_name);
  a.uscc = NormalizeUscc(a.uscc);
  a.updated_at = clock_.Now();
  Status done = db_->Transact([&](soci::session& sql) {
    auto before = store::FindAgency(sql, a.id);
    if (!before) return Status::NotFound("机构不存在");
    if (Status sc = ScopeIn(sql, actor_user, a.id, Permission::kManageAgencies); !sc.ok()) return sc;
    if (a.parent_id != before->parent_id && actor_user && !AllowsFor(*actor_user, Permission::kManageAgencies, -1, {}))
      return Status::Denied("只有系统管理员可以调整机构的上下级关系");
    if (Status v = ValidateAgency(sql, a, errors); !v.ok()) return v;
    store::UpdateAgency(sql, a);
    WriteAudit(
        sql, actor, a.updated_at,
        Entry(a.id, "agency.update", "agency", a.id, "修改机构：" + a.name, ToAuditJson(*before), ToAuditJson(a)));
    return Status::Ok();
  });
  if (done.ok()) gk::Announce(changes_, {ChangeKind::kAgency, a.id, a.id});
  return done;
}

Result<std::string> AuthService::WordingText() {
  std::string text;
  Status s = db_->Read([&](soci::session& sql) {
    text = LoadWordingText(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return text;
}

Result<std::vector<text::WordingRule>> AuthService::WordingRules() {
  std::vector<text::WordingRule> rules;
  Status s = db_->Read([&](soci::session& sql) {
    rules = LoadWordingRules(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return rules;
}

Status AuthService::SaveWording(const Actor& actor, const User& actor_user, const std::string& text,
                                FieldErrors* errors) {
  if (text.size() > 512 * 1024) errors->Add("wording", "词表过长（不超过 512 KB）");
  else if (auto parsed = text::ParseWordingRules(text); !parsed.ok()) errors->Add("wording", parsed.status().message());
  if (!errors->empty()) return errors->ToStatus();
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    if (!AllowsFor(actor_user, Permission::kManageContentRules, -1, {}))
      return Status::Denied("只有系统管理员可以修改敏感词表");
    const std::string before = LoadWordingText(sql);
    SaveWordingText(sql, text, actor_user.id, now);
    auto e = Entry(0, "content_rules.update", "content_rules", 1, "修改内容检查敏感词表",
                   nlohmann::json({{"wording", before}}).dump(), nlohmann::json({{"wording", text}}).dump());
    WriteAudit(sql, actor, now, e);
    return Status::Ok();
  });
}

Result<std::vector<Agency>> AuthService::ListAgencies() {
  return ReadAll<Agency>(*db_, [](soci::session& sql) { return store::ListAgencies(sql); });
}

Result<Agency> AuthService::GetAgency(int64_t id) {
  return ReadOne<Agency>(
      *db_, [&](soci::session& sql) { return store::FindAgency(sql, id); }, "机构不存在");
}

Result<Agency> AuthService::GetAgencyByUscc(const std::string& uscc) {
  return ReadOne<Agency>(
      *db_, [&](soci::session& sql) { return store::FindAgencyByUscc(sql, NormalizeUscc(uscc)); },
      "没有统一社会信用代码为 " + uscc + " 的机构");
}

Result<std::vector<Agency>> AuthService::ManagedAgencies(const User& u) {
  std::vector<Agency> out;
  Status s = db_->Read([&](soci::session& sql) {
    for (auto& a : store::ListAgencies(sql))
      if (ScopeIn(sql, &u, a.id, Permission::kManageDepartments).ok()) out.push_back(std::move(a));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

// --- Departments ----------------------------------------------------------

Result<int64_t> AuthService::CreateDepartment(const Actor& actor, const User* actor_user, Department d,
                                              FieldErrors* errors) {
  d.name = Trim(d.name);
  const int64_t now = clock_.Now();
  int64_t id = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    if (!store::FindAgency(sql, d.agency_id)) return Status::NotFound("机构不存在");
    if (Status sc = ScopeIn(sql, actor_user, d.agency_id, Permission::kManageDepartments); !sc.ok()) return sc;
    if (d.name.empty() || Utf8Length(d.name) > 60) errors->Add("name", "请填写名称（不超过 60 个字）");
    for (const auto& other : store::ListDepartments(sql, d.agency_id))
      if (other.name == d.name) errors->Add("name", "本机构已有同名的处室或单位");
    if (!errors->empty()) return errors->ToStatus();
    id = store::InsertDepartment(sql, d, now);
    d.id = id;
    WriteAudit(sql, actor, now,
               Entry(d.agency_id, "department.create", "department", id,
                     std::string("新增") + DepartmentKindLabel(d.kind) + "：" + d.name, "", ToAuditJson(d)));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  gk::Announce(changes_, {ChangeKind::kAgency, d.agency_id, id});
  return id;
}

Status AuthService::UpdateDepartment(const Actor& actor, const User* actor_user, Department d, FieldErrors* errors) {
  d.name = Trim(d.name);
  const int64_t now = clock_.Now();
  Status done = db_->Transact([&](soci::session& sql) {
    auto before = store::FindDepartment(sql, d.id);
    if (!before) return Status::NotFound("处室或单位不存在");
    d.agency_id = before->agency_id;
    if (Status sc = ScopeIn(sql, actor_user, d.agency_id, Permission::kManageDepartments); !sc.ok()) return sc;
    if (d.name.empty() || Utf8Length(d.name) > 60) errors->Add("name", "请填写名称（不超过 60 个字）");
    for (const auto& other : store::ListDepartments(sql, d.agency_id))
      if (other.name == d.name && other.id != d.id) errors->Add("name", "本机构已有同名的处室或单位");
    if (!errors->empty()) return errors->ToStatus();
    store::UpdateDepartment(sql, d, now);
    WriteAudit(sql, actor, now,
               Entry(d.agency_id, "department.update", "department", d.id, "修改处室或单位：" + d.name,
                     ToAuditJson(*before), ToAuditJson(d)));
    return Status::Ok();
  });
  if (done.ok()) gk::Announce(changes_, {ChangeKind::kAgency, d.agency_id, d.id});
  return done;
}

Result<std::vector<Department>> AuthService::ListDepartments(int64_t agency_id) {
  return ReadAll<Department>(*db_, [&](soci::session& sql) { return store::ListDepartments(sql, agency_id); });
}

Result<Department> AuthService::GetDepartment(int64_t id) {
  return ReadOne<Department>(
      *db_, [&](soci::session& sql) { return store::FindDepartment(sql, id); }, "处室或单位不存在");
}

// --- Users ----------------------------------------------------------------

Status AuthService::ValidateRoles(soci::session& sql, const User* actor_user, const std::vector<RoleGrant>& roles,
                                  FieldErrors* errors) {
  for (const auto& g : roles) {
    if (g.agency_id == 0) {
      // Installation-wide roles are granted only by installation-wide admins.
      if (actor_user && !AllowsFor(*actor_user, Permission::kManageUsers, -1, {}))
        return Status::Denied("只有系统管理员可以授予全部机构范围的角色");
      continue;
    }
    if (!store::FindAgency(sql, g.agency_id)) {
      errors->Add("agency_id", "所选机构不存在");
      continue;
    }
    if (Status sc = ScopeIn(sql, actor_user, g.agency_id, Permission::kManageUsers); !sc.ok()) return sc;
    if (g.department_id != 0) {
      auto d = store::FindDepartment(sql, g.department_id);
      if (!d || d->agency_id != g.agency_id) errors->Add("department_id", "所选处室不属于所选机构");
    }
  }
  return errors->ToStatus();
}

Result<std::string> AuthService::CreateUser(const Actor& actor, const User* actor_user, NewUser nu,
                                            FieldErrors* errors) {
  User u;
  u.username = Trim(nu.username);
  u.display_name = Trim(nu.display_name);
  u.roles = nu.roles;
  u.created_at = clock_.Now();
  if (Status v = ValidateUsername(u.username); !v.ok()) errors->Add("username", v.message());
  if (u.display_name.empty() || Utf8Length(u.display_name) > 50)
    errors->Add("display_name", "请填写姓名（不超过 50 个字）");
  if (u.roles.empty()) errors->Add("role", "请至少选择一个角色");
  std::string password = nu.password;
  if (password.empty()) {
    password = GeneratePassword();
    u.must_change_password = true;
  } else if (Status pol = CheckPasswordPolicy(password, u.username, options_.password_min_length); !pol.ok()) {
    errors->Add("password", pol.message());
  }
  auto hash = HashPassword(password);
  if (!hash.ok()) return hash.status();
  Status s = db_->Transact([&](soci::session& sql) {
    if (Status r = ValidateRoles(sql, actor_user, u.roles, errors); !r.ok() && r.code() != Code::kInvalid) return r;
    if (store::FindUserByName(sql, u.username, nullptr)) errors->Add("username", "该用户名已被使用");
    if (!errors->empty()) return errors->ToStatus();
    u.id = store::InsertUser(sql, u, hash.value());
    store::ReplaceRoles(sql, u.id, u.roles);
    WriteAudit(sql, actor, u.created_at,
               Entry(HomeAgency(u), "user.create", "user", u.id,
                     "新增用户：" + u.username + "（" + u.display_name + "）", "", ToAuditJson(u)));
    return Status::Ok();
  });
  if (s.code() == Code::kConflict) errors->Add("username", "该用户名已被使用");
  if (!s.ok()) return s;
  return password;
}

Status AuthService::UpdateUser(const Actor& actor, const User* actor_user, int64_t id, const std::string& name_in,
                               bool disabled, const std::vector<RoleGrant>& roles, FieldErrors* errors) {
  const std::string name = Trim(name_in);
  const int64_t now = clock_.Now();
  if (name.empty() || Utf8Length(name) > 50) errors->Add("display_name", "请填写姓名（不超过 50 个字）");
  if (roles.empty()) errors->Add("role", "请至少选择一个角色");
  if (actor_user && actor_user->id == id && disabled) errors->Add("disabled", "不能停用自己的账户");
  if (actor_user && actor_user->id == id) {
    // An administrator cannot take away their own right to manage users:
    // the installation could be left with nobody able to.
    User after = *actor_user;
    after.roles = roles;
    if (Allows(*actor_user, Permission::kManageUsers) && !Allows(after, Permission::kManageUsers))
      errors->Add("role", "不能移除自己的管理员角色，请由其他管理员操作");
  }
  return db_->Transact([&](soci::session& sql) {
    auto before = store::FindUser(sql, id);
    if (!before) return Status::NotFound("用户不存在");
    // The actor must be able to manage every agency the user held a role in.
    for (const auto& g : before->roles)
      if (Status sc = ScopeIn(sql, actor_user, g.agency_id == 0 ? -1 : g.agency_id, Permission::kManageUsers); !sc.ok())
        return sc;
    if (Status r = ValidateRoles(sql, actor_user, roles, errors); !r.ok() && r.code() != Code::kInvalid) return r;
    if (!errors->empty()) return errors->ToStatus();
    store::UpdateUserProfile(sql, id, name, disabled, now);
    store::ReplaceRoles(sql, id, roles);
    if (disabled) store::DeleteUserSessions(sql, id, 0);
    User after = *before;
    after.display_name = name;
    after.disabled = disabled;
    after.roles = roles;
    WriteAudit(sql, actor, now,
               Entry(HomeAgency(after), "user.update", "user", id, "修改用户：" + before->username,
                     ToAuditJson(*before), ToAuditJson(after)));
    return Status::Ok();
  });
}

Result<std::string> AuthService::ResetPassword(const Actor& actor, const User* actor_user, int64_t id) {
  std::string password = GeneratePassword();
  auto hash = HashPassword(password);
  if (!hash.ok()) return hash.status();
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    auto user = store::FindUser(sql, id);
    if (!user) return Status::NotFound("用户不存在");
    for (const auto& g : user->roles)
      if (Status sc = ScopeIn(sql, actor_user, g.agency_id == 0 ? -1 : g.agency_id, Permission::kManageUsers); !sc.ok())
        return sc;
    store::SetPassword(sql, id, hash.value(), true, now);
    store::DeleteUserSessions(sql, id, 0);
    // Lifts every lock and slowdown on the account, from any address.
    store::ClearLoginFailures(sql, LoginKeys(user->username, "").account);
    store::ClearLoginFailuresByPrefix(sql, "ua:" + user->username + "|");
    WriteAudit(sql, actor, now,
               Entry(HomeAgency(*user), "user.reset_password", "user", id, "重置用户密码：" + user->username));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return password;
}

Result<std::vector<User>> AuthService::ListUsers(const User* visible_to) {
  std::vector<User> out;
  Status s = db_->Read([&](soci::session& sql) {
    for (auto& u : store::ListUsers(sql)) {
      bool visible = visible_to == nullptr;
      for (const auto& g : u.roles) {
        if (visible) break;
        visible = ScopeIn(sql, visible_to, g.agency_id == 0 ? -1 : g.agency_id, Permission::kManageUsers).ok();
      }
      if (visible || (visible_to && u.roles.empty() && AllowsFor(*visible_to, Permission::kManageUsers, -1, {})))
        out.push_back(std::move(u));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<User> AuthService::GetUser(int64_t id) {
  return ReadOne<User>(
      *db_, [&](soci::session& sql) { return store::FindUser(sql, id); }, "用户不存在");
}

Result<User> AuthService::GetUserByName(const std::string& username) {
  return ReadOne<User>(
      *db_, [&](soci::session& sql) { return store::FindUserByName(sql, username, nullptr); },
      "用户 " + username + " 不存在");
}

}  // namespace gk::auth
