// AuthService on a real (temporary) SQLite database with a fake clock.
#include "auth/service.h"

#include <gtest/gtest.h>
#include <soci/soci.h>
#include <stdlib.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "auth/audit.h"
#include "auth/password.h"
#include "auth/throttle.h"
#include "common/clock.h"
#include "common/uscc.h"
#include "storage/database.h"

namespace gk::auth {
namespace {

namespace fs = std::filesystem;

constexpr int64_t kStart = 1764136800;  // 2025-11-26 14:00 in Beijing
const char kGoodPassword[] = "Jinan-2026-scjg";
const char kIp[] = "192.0.2.10";

// A valid USCC from its first 17 characters.
std::string Uscc(const std::string& first17) {
  static const char* kChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  int v = UsccCheckDigitValue(first17);
  EXPECT_GE(v, 0) << first17;
  return first17 + kChars[v < 0 ? 0 : v];
}

class AuthServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = fs::temp_directory_path() / "gk_auth_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    storage::DbOptions o;
    o.data_dir = dir_;
    auto db = storage::Database::Open(o);
    ASSERT_TRUE(db.ok()) << db.status().message();
    db_ = db.value();
    ASSERT_TRUE(db_->Migrate(nullptr).ok());
    options_.login_max_failures = 3;
    options_.login_ip_max_failures = 5;
    options_.lockout_seconds = 900;
    options_.login_slowdown_after = 6;
    options_.login_slowdown_max_seconds = 8;
    options_.session_idle_seconds = 1800;
    options_.session_absolute_seconds = 43200;
    auth_ = std::make_unique<AuthService>(db_, clock_, options_);
  }
  void TearDown() override {
    auth_.reset();
    db_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // Creates a user through the command line (full rights); returns its id.
  int64_t MakeUser(const std::string& username, std::vector<RoleGrant> roles,
                   const std::string& password = kGoodPassword) {
    NewUser nu;
    nu.username = username;
    nu.display_name = "测试" + username;
    nu.roles = std::move(roles);
    nu.password = password;
    FieldErrors errors;
    auto r = auth_->CreateUser(cli_, nullptr, nu, &errors);
    EXPECT_TRUE(r.ok()) << username << ": " << r.status().message();
    auto u = auth_->GetUserByName(username);
    EXPECT_TRUE(u.ok());
    return u.ok() ? u->id : 0;
  }
  User GetUser(int64_t id) {
    auto u = auth_->GetUser(id);
    EXPECT_TRUE(u.ok()) << u.status().message();
    return u.ok() ? u.value() : User{};
  }
  int64_t MakeAgency(const std::string& name, const std::string& first17, int64_t parent = 0) {
    Agency a;
    a.name = name;
    a.uscc = Uscc(first17);
    a.parent_id = parent;
    FieldErrors errors;
    auto r = auth_->CreateAgency(cli_, nullptr, a, &errors);
    EXPECT_TRUE(r.ok()) << name << ": " << r.status().message();
    return r.ok() ? r.value() : 0;
  }
  LoginResult MustLogin(const std::string& username, const std::string& password = kGoodPassword,
                        const std::string& ip = kIp) {
    auto r = auth_->Login(username, password, ip);
    EXPECT_TRUE(r.ok()) << username << ": " << r.status().message();
    return r.ok() ? r.value() : LoginResult{};
  }
  // Audit entries with exactly this action, newest first.
  std::vector<AuditEntry> Audit(const std::string& action) {
    AuditFilter f;
    f.action = action;
    f.per_page = 500;
    std::vector<AuditEntry> all, out;
    int64_t total = 0;
    Status s = ListAudit(*db_, f, &all, &total);
    EXPECT_TRUE(s.ok()) << s.message();
    for (auto& e : all)
      if (e.action == action) out.push_back(std::move(e));
    return out;
  }
  // Rows of login_failures, all or those older than `before`.
  int64_t FailureRows(int64_t before = INT64_MAX) {
    long long n = -1, b = before;
    Status s = db_->Read([&](soci::session& sql) {
      sql << "SELECT COUNT(*) FROM login_failures WHERE at < :b", soci::use(b), soci::into(n);
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.message();
    return n;
  }
  int64_t LastSeen(int64_t session_id) {
    long long v = -1;
    Status s = db_->Read([&](soci::session& sql) {
      long long id = session_id;
      sql << "SELECT last_seen_at FROM sessions WHERE id = :id", soci::use(id), soci::into(v);
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.message();
    return v;
  }

  std::string dir_;
  FakeClock clock_{kStart};
  AuthOptions options_;
  std::shared_ptr<storage::Database> db_;
  std::unique_ptr<AuthService> auth_;
  const Actor cli_{0, "命令行", ""};
};

// ---------------------------------------------------------------------------
// Login

TEST_F(AuthServiceTest, LoginSuccess) {
  int64_t id = MakeUser("zhang", {{Role::kEditor, 0, 0}});
  auto r = auth_->Login("zhang", kGoodPassword, kIp);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->token.size(), 43u);
  EXPECT_EQ(r->principal.user.id, id);
  EXPECT_EQ(r->principal.user.username, "zhang");
  EXPECT_GT(r->principal.session_id, 0);
  EXPECT_EQ(r->principal.csrf_token.size(), 43u);
  EXPECT_NE(r->principal.csrf_token, r->token);
  // Surrounding spaces in the user name are forgiven.
  EXPECT_TRUE(auth_->Login("  zhang ", kGoodPassword, kIp).ok());
  // The token is not stored, only its hash.
  long long plain = -1;
  ASSERT_TRUE(db_->Read([&](soci::session& sql) {
                   sql << "SELECT COUNT(*) FROM sessions WHERE token_hash = :t", soci::use(r->token), soci::into(plain);
                   return Status::Ok();
                 })
                  .ok());
  EXPECT_EQ(plain, 0);
  auto logins = Audit("login");
  ASSERT_EQ(logins.size(), 2u);
  EXPECT_EQ(logins[0].actor_id, id);
  EXPECT_EQ(logins[0].ip, kIp);
  EXPECT_EQ(logins[0].at, kStart);
}

TEST_F(AuthServiceTest, LoginFailures) {
  MakeUser("zhang", {{Role::kEditor, 0, 0}});
  int64_t disabled = MakeUser("lisi", {{Role::kEditor, 0, 0}});
  FieldErrors errors;
  ASSERT_TRUE(auth_->UpdateUser(cli_, nullptr, disabled, "李", true, {{Role::kEditor, 0, 0}}, &errors).ok());
  struct Case {
    std::string username, password;
  };
  const Case cases[] = {
      {"zhang", "wrong-password-1"}, {"zhang", ""},
      {"ZHANG", kGoodPassword},                                // user names are case-sensitive
      {"nobody", kGoodPassword},                               // unknown user: same answer
      {"", kGoodPassword},           {"lisi", kGoodPassword},  // disabled: same answer, no hint
  };
  for (const auto& c : cases) {
    auto r = auth_->Login(c.username, c.password, "198.51.100." + std::to_string(&c - cases));
    ASSERT_FALSE(r.ok()) << c.username;
    EXPECT_EQ(r.status().code(), Code::kUnauthenticated) << c.username;
    EXPECT_EQ(r.status().message(), "用户名或密码错误") << c.username;
  }
  EXPECT_EQ(Audit("login.failed").size(), std::size(cases));
  EXPECT_TRUE(Audit("login").empty());
}

TEST_F(AuthServiceTest, LockoutPerAccountThenUnlockAfterWindow) {
  MakeUser("zhang", {{Role::kEditor, 0, 0}});
  for (int i = 0; i < options_.login_max_failures; ++i) {
    auto r = auth_->Login("zhang", "wrong-password", kIp);
    EXPECT_EQ(r.status().code(), Code::kUnauthenticated) << "attempt " << i + 1;
  }
  // Now even the right password is refused, with a clear message in minutes.
  auto locked = auth_->Login("zhang", kGoodPassword, kIp);
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.status().code(), Code::kTooMany);
  EXPECT_NE(locked.status().message().find("15 分钟"), std::string::npos) << locked.status().message();
  // Another account from the same address is not affected.
  MakeUser("wang", {{Role::kEditor, 0, 0}});
  EXPECT_TRUE(auth_->Login("wang", kGoodPassword, kIp).ok());
  // Nor is the same account from another address: only the address that
  // failed is locked out, so failures typed by an outsider lock out only them.
  EXPECT_TRUE(auth_->Login("zhang", kGoodPassword, "198.51.100.20").ok());
  // Five minutes later: ten minutes left.
  clock_.Advance(300);
  locked = auth_->Login("zhang", kGoodPassword, kIp);
  EXPECT_EQ(locked.status().code(), Code::kTooMany);
  EXPECT_NE(locked.status().message().find("10 分钟"), std::string::npos) << locked.status().message();
  // Past the window: unlocked.
  clock_.Advance(601);
  auto r = auth_->Login("zhang", kGoodPassword, kIp);
  EXPECT_TRUE(r.ok()) << r.status().message();
}

TEST_F(AuthServiceTest, FailuresOutsideTheWindowDoNotCount) {
  MakeUser("zhang", {{Role::kEditor, 0, 0}});
  for (int i = 0; i < options_.login_max_failures; ++i) {
    EXPECT_FALSE(auth_->Login("zhang", "wrong-password", kIp).ok());
    clock_.Advance(options_.lockout_seconds / options_.login_max_failures + 1);
  }
  // The first failure has left the window, so the account is not locked.
  EXPECT_TRUE(auth_->Login("zhang", kGoodPassword, kIp).ok());
}

TEST_F(AuthServiceTest, SuccessfulLoginClearsAccountFailures) {
  MakeUser("zhang", {{Role::kEditor, 0, 0}});
  for (int i = 0; i + 1 < options_.login_max_failures; ++i) EXPECT_FALSE(auth_->Login("zhang", "wrong", kIp).ok());
  EXPECT_TRUE(auth_->Login("zhang", kGoodPassword, kIp).ok());
  for (int i = 0; i + 1 < options_.login_max_failures; ++i) EXPECT_FALSE(auth_->Login("zhang", "wrong", kIp).ok());
  EXPECT_TRUE(auth_->Login("zhang", kGoodPassword, kIp).ok());
}

TEST_F(AuthServiceTest, LockoutPerAddress) {
  MakeUser("zhang", {{Role::kEditor, 0, 0}});
  const std::string attacker = "203.0.113.7";
  // Many accounts guessed from one address, each below the account limit.
  for (int i = 0; i < options_.login_ip_max_failures; ++i)
    EXPECT_FALSE(auth_->Login("guess" + std::to_string(i), "password-x", attacker).ok());
  auto r = auth_->Login("zhang", kGoodPassword, attacker);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kTooMany);
  EXPECT_NE(r.status().message().find("分钟"), std::string::npos);
  // The same account from another address is fine.
  EXPECT_TRUE(auth_->Login("zhang", kGoodPassword, "2001:db8::1").ok());
  clock_.Advance(options_.lockout_seconds + 1);
  EXPECT_TRUE(auth_->Login("zhang", kGoodPassword, attacker).ok());
}

// The account-wide slowdown: 1, 2, 4, ... seconds, capped.
TEST(LoginThrottleTest, SlowdownDoublesUpToTheCap) {
  AuthOptions o;
  o.login_slowdown_after = 10;
  o.login_slowdown_max_seconds = 60;
  const std::pair<int64_t, int64_t> cases[] = {{0, 0},   {9, 0},   {10, 1},  {11, 2},   {12, 4},
                                               {15, 32}, {16, 60}, {40, 60}, {100, 60}, {1000000, 60}};
  for (const auto& [failures, seconds] : cases) EXPECT_EQ(SlowdownSeconds(failures, o), seconds) << failures;
}

// The rule on counts alone, with a fixed "now".
TEST(LoginThrottleTest, WhichCountRefusesAndHow) {
  AuthOptions o;  // 5 per account and address, 30 per address, 900 s, slowdown after 10
  const int64_t now = 1000000;
  struct Case {
    store::FailureCount pair, address, account;
    const char* message;  // part of it; "" when the attempt may go ahead
  };
  const Case cases[] = {
      {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}, ""},
      {{4, now - 60, now}, {4, now - 60, now}, {4, now - 60, now}, ""},
      {{5, now - 60, now}, {5, now - 60, now}, {5, now - 60, now}, "请在 14 分钟后再试"},
      {{5, now - 899, now}, {5, now - 899, now}, {5, now - 899, now}, "请在 1 分钟后再试"},
      {{0, 0, 0}, {30, now - 300, now}, {0, 0, 0}, "请在 10 分钟后再试"},
      // Ten failures from other addresses: this one waits a second after the last.
      {{0, 0, 0}, {0, 0, 0}, {10, now - 300, now}, "请在 1 秒后再试"},
      {{0, 0, 0}, {0, 0, 0}, {10, now - 300, now - 1}, ""},
      {{0, 0, 0}, {0, 0, 0}, {13, now - 300, now - 3}, "请在 5 秒后再试"},
      {{0, 0, 0}, {0, 0, 0}, {50, now - 300, now - 59}, "请在 1 秒后再试"},
      {{0, 0, 0}, {0, 0, 0}, {50, now - 300, now - 60}, ""},
  };
  for (const Case& c : cases) {
    Status s = ThrottleLogin({c.pair, c.address, c.account}, o, now);
    if (std::string(c.message).empty()) {
      EXPECT_TRUE(s.ok()) << s.message();
    } else {
      EXPECT_EQ(s.code(), Code::kTooMany);
      EXPECT_NE(s.message().find(c.message), std::string::npos) << s.message();
    }
  }
}

// Guessing one account from many addresses: each failure past the sixth
// makes the next attempt wait twice as long, up to 8 s here; the owner gets
// in once the wait is over.
TEST_F(AuthServiceTest, AccountSlowsDownAcrossAddresses) {
  MakeUser("zhang", {{Role::kEditor, 0, 0}});
  int next = 1;
  auto from_new_address = [&] { return "203.0.113." + std::to_string(next++); };
  for (int i = 0; i < options_.login_slowdown_after; ++i)
    EXPECT_EQ(auth_->Login("zhang", "wrong", from_new_address()).status().code(), Code::kUnauthenticated);
  const std::pair<int64_t, int64_t> waits[] = {{1, 1}, {2, 2}, {4, 4}, {8, 8}, {8, 8}};
  for (const auto& [wait, advance] : waits) {
    auto refused = auth_->Login("zhang", kGoodPassword, from_new_address());
    ASSERT_EQ(refused.status().code(), Code::kTooMany) << wait;
    EXPECT_NE(refused.status().message().find(std::to_string(wait) + " 秒后再试"), std::string::npos)
        << refused.status().message();
    clock_.Advance(advance);
    EXPECT_EQ(auth_->Login("zhang", "wrong", from_new_address()).status().code(), Code::kUnauthenticated);
  }
  clock_.Advance(7);
  EXPECT_EQ(auth_->Login("zhang", kGoodPassword, kIp).status().code(), Code::kTooMany);
  clock_.Advance(1);
  EXPECT_TRUE(auth_->Login("zhang", kGoodPassword, kIp).ok());
  // Refused attempts were not checked, so they were not counted either.
  EXPECT_EQ(Audit("login.failed").size(), static_cast<size_t>(options_.login_slowdown_after + 5));
}

// An IPv6 client is one client across its /64.
TEST_F(AuthServiceTest, IPv6AddressesOfOneSlash64CountTogether) {
  MakeUser("zhang", {{Role::kEditor, 0, 0}});
  for (int i = 0; i < options_.login_max_failures; ++i)
    EXPECT_FALSE(auth_->Login("zhang", "wrong", "2001:db8:1:2::" + std::to_string(i + 1)).ok());
  EXPECT_EQ(auth_->Login("zhang", kGoodPassword, "2001:db8:1:2:ffff::9").status().code(), Code::kTooMany);
  EXPECT_TRUE(auth_->Login("zhang", kGoodPassword, "2001:db8:1:3::1").ok());
}

TEST_F(AuthServiceTest, OverlongUserNamesFailAlikeAndStoreNothing) {
  const std::string longest(kMaxLoginNameBytes, 'a');
  for (const std::string& name : {longest + "a", std::string(4096, 'x'), "  " + longest + "b  "}) {
    auto r = auth_->Login(name, kGoodPassword, kIp);
    EXPECT_EQ(r.status().code(), Code::kUnauthenticated);
    EXPECT_EQ(r.status().message(), "用户名或密码错误");
  }
  EXPECT_EQ(FailureRows(), 0);
  EXPECT_TRUE(Audit("login.failed").empty());
  // At the limit, a failure is counted as any other.
  EXPECT_EQ(auth_->Login(longest, kGoodPassword, kIp).status().code(), Code::kUnauthenticated);
  EXPECT_EQ(FailureRows(), 3);
  EXPECT_EQ(Audit("login.failed").size(), 1u);
}

TEST_F(AuthServiceTest, OldFailuresArePurgedOnTheNextFailure) {
  for (int i = 0; i < 2; ++i) EXPECT_FALSE(auth_->Login("nobody", "wrong", kIp).ok());
  EXPECT_EQ(FailureRows(), 6);  // account, address, both
  clock_.Advance(options_.lockout_seconds + 1);
  EXPECT_FALSE(auth_->Login("someone", "wrong", kIp).ok());
  EXPECT_EQ(FailureRows(clock_.Now() - options_.lockout_seconds), 0);
  EXPECT_EQ(FailureRows(), 3);
}

// ---------------------------------------------------------------------------
// Sessions

TEST_F(AuthServiceTest, AuthenticateAndIdleExpiry) {
  int64_t id = MakeUser("zhang", {{Role::kEditor, 0, 0}});
  LoginResult login = MustLogin("zhang");
  auto p = auth_->Authenticate(login.token);
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(p->user.id, id);
  EXPECT_EQ(p->session_id, login.principal.session_id);
  EXPECT_EQ(p->csrf_token, login.principal.csrf_token);

  const std::vector<std::string> bad_tokens = {"", "x", std::string(43, 'A'), login.token + "x", std::string(200, 'a')};
  for (const std::string& bad : bad_tokens) {
    auto r = auth_->Authenticate(bad);
    EXPECT_EQ(r.status().code(), Code::kUnauthenticated) << bad;
  }

  clock_.Advance(options_.session_idle_seconds - 1);
  ASSERT_TRUE(auth_->Authenticate(login.token).ok()) << "still inside the idle window";
  // Use refreshed the session: another almost-full idle period is fine.
  clock_.Advance(options_.session_idle_seconds - 1);
  ASSERT_TRUE(auth_->Authenticate(login.token).ok());
  clock_.Advance(options_.session_idle_seconds + 1);
  auto expired = auth_->Authenticate(login.token);
  ASSERT_FALSE(expired.ok());
  EXPECT_EQ(expired.status().code(), Code::kUnauthenticated);
  // Gone for good, even if the clock went back.
  clock_.Set(kStart);
  EXPECT_FALSE(auth_->Authenticate(login.token).ok());
}

TEST_F(AuthServiceTest, AbsoluteExpiry) {
  MakeUser("zhang", {{Role::kEditor, 0, 0}});
  LoginResult login = MustLogin("zhang");
  // Busy all day: used every 20 minutes, never idle.
  int64_t elapsed = 0;
  while (elapsed + 1200 <= options_.session_absolute_seconds) {
    clock_.Advance(1200);
    elapsed += 1200;
    ASSERT_TRUE(auth_->Authenticate(login.token).ok()) << "after " << elapsed << " s";
  }
  clock_.Set(kStart + options_.session_absolute_seconds + 1);
  auto r = auth_->Authenticate(login.token);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kUnauthenticated);
}

TEST_F(AuthServiceTest, TouchAtMostOnceAMinute) {
  MakeUser("zhang", {{Role::kEditor, 0, 0}});
  LoginResult login = MustLogin("zhang");
  const int64_t sid = login.principal.session_id;
  EXPECT_EQ(LastSeen(sid), kStart);
  clock_.Advance(30);
  ASSERT_TRUE(auth_->Authenticate(login.token).ok());
  EXPECT_EQ(LastSeen(sid), kStart) << "no write within the first minute";
  clock_.Advance(29);
  ASSERT_TRUE(auth_->Authenticate(login.token).ok());
  EXPECT_EQ(LastSeen(sid), kStart);
  clock_.Advance(1);  // 60 s
  ASSERT_TRUE(auth_->Authenticate(login.token).ok());
  EXPECT_EQ(LastSeen(sid), kStart + 60);
  clock_.Advance(59);
  ASSERT_TRUE(auth_->Authenticate(login.token).ok());
  EXPECT_EQ(LastSeen(sid), kStart + 60);
  clock_.Advance(1);
  ASSERT_TRUE(auth_->Authenticate(login.token).ok());
  EXPECT_EQ(LastSeen(sid), kStart + 120);
}

TEST_F(AuthServiceTest, DisabledUserLosesSessions) {
  int64_t id = MakeUser("zhang", {{Role::kEditor, 0, 0}});
  LoginResult login = MustLogin("zhang");
  FieldErrors errors;
  ASSERT_TRUE(auth_->UpdateUser(cli_, nullptr, id, "张", true, {{Role::kEditor, 0, 0}}, &errors).ok());
  EXPECT_EQ(auth_->Authenticate(login.token).status().code(), Code::kUnauthenticated);
  EXPECT_EQ(Audit("user.update").size(), 1u);
}

TEST_F(AuthServiceTest, LogoutEndsTheSession) {
  int64_t id = MakeUser("zhang", {{Role::kEditor, 0, 0}});
  LoginResult a = MustLogin("zhang");
  LoginResult b = MustLogin("zhang");
  ASSERT_TRUE(auth_->Logout(a.principal, kIp).ok());
  EXPECT_EQ(auth_->Authenticate(a.token).status().code(), Code::kUnauthenticated);
  EXPECT_TRUE(auth_->Authenticate(b.token).ok()) << "only this session ends";
  auto logouts = Audit("logout");
  ASSERT_EQ(logouts.size(), 1u);
  EXPECT_EQ(logouts[0].actor_id, id);
  EXPECT_EQ(logouts[0].actor_name, "zhang");
}

// ---------------------------------------------------------------------------
// Passwords

TEST_F(AuthServiceTest, ChangePassword) {
  MakeUser("zhang", {{Role::kEditor, 0, 0}});
  LoginResult here = MustLogin("zhang");
  LoginResult elsewhere = MustLogin("zhang", kGoodPassword, "2001:db8::2");

  struct Case {
    std::string current, next, field;
  };
  const Case bad[] = {
      {"wrong-current-pw", "New-Password-2026", "current"}, {kGoodPassword, "short1", "password"},
      {kGoodPassword, "password123", "password"},           {kGoodPassword, "zhang-2026-pass", "password"},
      {kGoodPassword, kGoodPassword, "password"},  // unchanged
  };
  for (const auto& c : bad) {
    FieldErrors errors;
    Status s = auth_->ChangePassword(here.principal, c.current, c.next, kIp, &errors);
    EXPECT_FALSE(s.ok()) << c.current << " -> " << c.next;
    EXPECT_FALSE(errors.Get(c.field).empty()) << c.current << " -> " << c.next;
  }
  // Both at once: all errors reported.
  FieldErrors both;
  EXPECT_FALSE(auth_->ChangePassword(here.principal, "wrong-current-pw", "short", kIp, &both).ok());
  EXPECT_FALSE(both.Get("current").empty());
  EXPECT_FALSE(both.Get("password").empty());
  EXPECT_TRUE(Audit("user.password_change").empty());

  FieldErrors errors;
  ASSERT_TRUE(auth_->ChangePassword(here.principal, kGoodPassword, "New-Password-2026", kIp, &errors).ok());
  EXPECT_TRUE(errors.empty());
  EXPECT_TRUE(auth_->Authenticate(here.token).ok()) << "the session that changed it stays";
  EXPECT_FALSE(auth_->Authenticate(elsewhere.token).ok()) << "other sessions end";
  EXPECT_FALSE(auth_->Login("zhang", kGoodPassword, kIp).ok());
  EXPECT_TRUE(auth_->Login("zhang", "New-Password-2026", kIp).ok());
  EXPECT_EQ(Audit("user.password_change").size(), 1u);
}

TEST_F(AuthServiceTest, OneTimePasswordMustBeChanged) {
  NewUser nu;
  nu.username = "newbie";
  nu.display_name = "新人";
  nu.roles = {{Role::kEditor, 0, 0}};
  FieldErrors errors;
  auto otp = auth_->CreateUser(cli_, nullptr, nu, &errors);
  ASSERT_TRUE(otp.ok()) << otp.status().message();
  EXPECT_EQ(otp.value().size(), 16u);
  auto login = auth_->Login("newbie", otp.value(), kIp);
  ASSERT_TRUE(login.ok());
  EXPECT_TRUE(login->principal.user.must_change_password);
  ASSERT_TRUE(auth_->ChangePassword(login->principal, otp.value(), "Fresh-Password-9", kIp, &errors).ok());
  auto u = auth_->GetUserByName("newbie");
  ASSERT_TRUE(u.ok());
  EXPECT_FALSE(u->must_change_password);
  // A password given by the administrator is not a one-time password.
  int64_t id = MakeUser("given", {{Role::kEditor, 0, 0}});
  EXPECT_FALSE(GetUser(id).must_change_password);
}

TEST_F(AuthServiceTest, ResetPassword) {
  int64_t id = MakeUser("zhang", {{Role::kEditor, 0, 0}});
  LoginResult a = MustLogin("zhang");
  LoginResult b = MustLogin("zhang");
  // A locked account is unlocked by the reset.
  for (int i = 0; i < options_.login_max_failures; ++i) EXPECT_FALSE(auth_->Login("zhang", "wrong", kIp).ok());
  auto pw = auth_->ResetPassword(cli_, nullptr, id);
  ASSERT_TRUE(pw.ok()) << pw.status().message();
  EXPECT_EQ(pw.value().size(), 16u);
  EXPECT_FALSE(auth_->Authenticate(a.token).ok());
  EXPECT_FALSE(auth_->Authenticate(b.token).ok());
  EXPECT_TRUE(GetUser(id).must_change_password);
  EXPECT_FALSE(auth_->Login("zhang", kGoodPassword, kIp).ok());
  auto login = auth_->Login("zhang", pw.value(), kIp);
  ASSERT_TRUE(login.ok()) << login.status().message();
  EXPECT_TRUE(login->principal.user.must_change_password);
  EXPECT_EQ(Audit("user.reset_password").size(), 1u);
  EXPECT_EQ(auth_->ResetPassword(cli_, nullptr, 9999).status().code(), Code::kNotFound);
}

// ---------------------------------------------------------------------------
// Users

TEST_F(AuthServiceTest, CreateUserReportsAllErrorsAtOnce) {
  NewUser nu;
  nu.username = "9bad name";
  nu.display_name = "  ";
  nu.password = "short";
  FieldErrors errors;
  auto r = auth_->CreateUser(cli_, nullptr, nu, &errors);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kInvalid);
  EXPECT_FALSE(errors.Get("username").empty());
  EXPECT_FALSE(errors.Get("display_name").empty());
  EXPECT_FALSE(errors.Get("role").empty());
  EXPECT_FALSE(errors.Get("password").empty());
  EXPECT_TRUE(Audit("user.create").empty());
  EXPECT_EQ(auth_->GetUserByName("9bad name").status().code(), Code::kNotFound);
}

TEST_F(AuthServiceTest, CreateUserValidatesRoleTargets) {
  int64_t a = MakeAgency("甲局", "11370100MB2869623");
  int64_t b = MakeAgency("乙局", "11370100MB2869624");
  FieldErrors made;
  auto dept_b = auth_->CreateDepartment(cli_, nullptr, {0, b, "办公室", DepartmentKind::kDivision}, &made);
  ASSERT_TRUE(dept_b.ok());
  NewUser nu;
  nu.username = "zhao";
  nu.display_name = "赵";
  nu.password = kGoodPassword;
  nu.roles = {{Role::kEditor, 999, 0}, {Role::kEditor, a, dept_b.value()}};
  FieldErrors errors;
  EXPECT_FALSE(auth_->CreateUser(cli_, nullptr, nu, &errors).ok());
  EXPECT_FALSE(errors.Get("agency_id").empty());
  EXPECT_FALSE(errors.Get("department_id").empty());
}

TEST_F(AuthServiceTest, DuplicateUsername) {
  MakeUser("zhang", {{Role::kEditor, 0, 0}});
  NewUser nu;
  nu.username = "zhang";
  nu.display_name = "另一个张";
  nu.roles = {{Role::kEditor, 0, 0}};
  nu.password = kGoodPassword;
  FieldErrors errors;
  auto r = auth_->CreateUser(cli_, nullptr, nu, &errors);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(errors.Get("username").find("已被使用"), std::string::npos) << errors.Get("username");
  EXPECT_EQ(Audit("user.create").size(), 1u);
}

TEST_F(AuthServiceTest, CreateUserAudited) {
  int64_t id = MakeUser("zhang", {{Role::kReviewer, 0, 0}});
  auto entries = Audit("user.create");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].object_type, "user");
  EXPECT_EQ(entries[0].object_id, std::to_string(id));
  EXPECT_EQ(entries[0].actor_name, "命令行");
  EXPECT_NE(entries[0].after_json.find("\"zhang\""), std::string::npos);
  EXPECT_EQ(entries[0].after_json.find(kGoodPassword), std::string::npos) << "no password in the audit log";
  EXPECT_EQ(entries[0].after_json.find("argon2"), std::string::npos) << "no hash in the audit log";
}

// ---------------------------------------------------------------------------
// Agencies

TEST_F(AuthServiceTest, CreateAgencyChecksUscc) {
  // 11370100MB28696235 is valid; its check digit is 5.
  Agency a;
  a.name = "济南市市场监督管理局";
  a.uscc = "11370100MB28696234";
  FieldErrors errors;
  auto r = auth_->CreateAgency(cli_, nullptr, a, &errors);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(errors.Get("uscc").find("校验位"), std::string::npos) << errors.Get("uscc");
  EXPECT_NE(errors.Get("uscc").find("应为5"), std::string::npos) << errors.Get("uscc");
  EXPECT_TRUE(Audit("agency.create").empty());

  // What a person types is normalised: lower case and full-width characters.
  a.uscc = "１１370100mb28696235";
  errors = FieldErrors();
  auto ok = auth_->CreateAgency(cli_, nullptr, a, &errors);
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_EQ(auth_->GetAgency(ok.value())->uscc, "11370100MB28696235");
  auto entries = Audit("agency.create");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].object_id, std::to_string(ok.value()));

  // The same code again.
  Agency dup;
  dup.name = "另一个机构";
  dup.uscc = "11370100MB28696235";
  errors = FieldErrors();
  EXPECT_FALSE(auth_->CreateAgency(cli_, nullptr, dup, &errors).ok());
  EXPECT_NE(errors.Get("uscc").find("已被"), std::string::npos) << errors.Get("uscc");
  EXPECT_EQ(Audit("agency.create").size(), 1u);
}

TEST_F(AuthServiceTest, CreateAgencyValidatesFields) {
  Agency a;
  a.name = "";
  a.short_name = std::string(31 * 3, 'x');
  a.uscc = "123";
  a.parent_id = 999;
  FieldErrors errors;
  EXPECT_FALSE(auth_->CreateAgency(cli_, nullptr, a, &errors).ok());
  EXPECT_FALSE(errors.Get("name").empty());
  EXPECT_FALSE(errors.Get("short_name").empty());
  EXPECT_FALSE(errors.Get("uscc").empty());
  EXPECT_FALSE(errors.Get("parent_id").empty());
}

TEST_F(AuthServiceTest, UpdateAgencyRefusesParentCycles) {
  int64_t top = MakeAgency("市局", "11370100MB2869623");
  int64_t mid = MakeAgency("区局", "11370102MB2870153", top);
  int64_t low = MakeAgency("所", "11370102MB2870154", mid);
  struct Case {
    int64_t id;
    int64_t new_parent;
  };
  const Case cycles[] = {{top, low}, {top, mid}, {top, top}, {mid, low}, {mid, mid}};
  for (const auto& c : cycles) {
    Agency a = auth_->GetAgency(c.id).value();
    a.parent_id = c.new_parent;
    FieldErrors errors;
    Status s = auth_->UpdateAgency(cli_, nullptr, a, &errors);
    EXPECT_FALSE(s.ok()) << c.id << " under " << c.new_parent;
    EXPECT_FALSE(errors.Get("parent_id").empty()) << c.id << " under " << c.new_parent;
  }
  EXPECT_TRUE(Audit("agency.update").empty());
  // Moving the lowest one up is fine, and audited with before and after.
  Agency a = auth_->GetAgency(low).value();
  a.parent_id = top;
  FieldErrors errors;
  ASSERT_TRUE(auth_->UpdateAgency(cli_, nullptr, a, &errors).ok());
  EXPECT_EQ(auth_->GetAgency(low)->parent_id, top);
  auto entries = Audit("agency.update");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_NE(entries[0].before_json.find("\"parent_id\":" + std::to_string(mid)), std::string::npos)
      << entries[0].before_json;
  EXPECT_NE(entries[0].after_json.find("\"parent_id\":" + std::to_string(top)), std::string::npos)
      << entries[0].after_json;
}

// ---------------------------------------------------------------------------
// Scope: an administrator of one agency

class ScopeTest : public AuthServiceTest {
 protected:
  void SetUp() override {
    AuthServiceTest::SetUp();
    a_ = MakeAgency("甲市局", "11370100MB2869623");
    a_child_ = MakeAgency("甲区局", "11370102MB2870153", a_);
    sibling_ = MakeAgency("乙市局", "11370200MB2869620");
    FieldErrors errors;
    auto d1 = auth_->CreateDepartment(cli_, nullptr, {0, a_child_, "办公室", DepartmentKind::kDivision}, &errors);
    auto d2 = auth_->CreateDepartment(cli_, nullptr, {0, sibling_, "办公室", DepartmentKind::kDivision}, &errors);
    ASSERT_TRUE(d1.ok() && d2.ok());
    child_dept_ = d1.value();
    sibling_dept_ = d2.value();
    admin_id_ = MakeUser("admina", {{Role::kAdmin, a_, 0}});
    admin_ = GetUser(admin_id_);
    actor_ = Actor{admin_id_, "admina", kIp};
  }

  int64_t a_ = 0, a_child_ = 0, sibling_ = 0, child_dept_ = 0, sibling_dept_ = 0, admin_id_ = 0;
  User admin_;
  Actor actor_;
};

TEST_F(ScopeTest, ManagesDepartmentsOfItsAgencyAndChildren) {
  FieldErrors errors;
  auto own = auth_->CreateDepartment(actor_, &admin_, {0, a_, "政策法规处", DepartmentKind::kDivision}, &errors);
  EXPECT_TRUE(own.ok()) << own.status().message();
  auto child = auth_->CreateDepartment(actor_, &admin_, {0, a_child_, "执法大队", DepartmentKind::kAffiliate}, &errors);
  EXPECT_TRUE(child.ok()) << child.status().message();
  ASSERT_TRUE(
      auth_->UpdateDepartment(actor_, &admin_, {child_dept_, 0, "综合办公室", DepartmentKind::kDivision}, &errors)
          .ok());
  EXPECT_EQ(auth_->GetDepartment(child_dept_)->name, "综合办公室");
  EXPECT_TRUE(errors.empty());

  auto created = Audit("department.create");
  ASSERT_EQ(created.size(), 4u);  // two by the fixture, two here
  EXPECT_EQ(created[0].actor_id, admin_id_);
  EXPECT_EQ(created[0].ip, kIp);
  auto updated = Audit("department.update");
  ASSERT_EQ(updated.size(), 1u);
  EXPECT_EQ(updated[0].actor_name, "admina");
}

TEST_F(ScopeTest, CannotTouchASiblingAgency) {
  FieldErrors errors;
  auto r = auth_->CreateDepartment(actor_, &admin_, {0, sibling_, "政策法规处", DepartmentKind::kDivision}, &errors);
  EXPECT_EQ(r.status().code(), Code::kDenied);
  Status s = auth_->UpdateDepartment(actor_, &admin_, {sibling_dept_, 0, "改名", DepartmentKind::kDivision}, &errors);
  EXPECT_EQ(s.code(), Code::kDenied);
  EXPECT_EQ(auth_->GetDepartment(sibling_dept_)->name, "办公室");
  Agency sib = auth_->GetAgency(sibling_).value();
  sib.name = "改名的乙市局";
  EXPECT_EQ(auth_->UpdateAgency(actor_, &admin_, sib, &errors).code(), Code::kDenied);
  Agency under_sibling;
  under_sibling.name = "乙区局";
  under_sibling.uscc = Uscc("11370202MB2870150");
  under_sibling.parent_id = sibling_;
  EXPECT_EQ(auth_->CreateAgency(actor_, &admin_, under_sibling, &errors).status().code(), Code::kDenied);
  EXPECT_TRUE(auth_->CheckScope(&admin_, a_child_, Permission::kManageDepartments).ok());
  EXPECT_EQ(auth_->CheckScope(&admin_, sibling_, Permission::kManageDepartments).code(), Code::kDenied);
  // Nothing refused was audited.
  EXPECT_EQ(Audit("department.create").size(), 2u);
  EXPECT_TRUE(Audit("department.update").empty());
  EXPECT_TRUE(Audit("agency.update").empty());
}

TEST_F(ScopeTest, CanCreateSubordinateAgencyButNotTopLevel) {
  FieldErrors errors;
  Agency sub;
  sub.name = "甲区局二";
  sub.uscc = Uscc("11370103MB2870150");
  sub.parent_id = a_;
  auto r = auth_->CreateAgency(actor_, &admin_, sub, &errors);
  EXPECT_TRUE(r.ok()) << r.status().message();
  Agency top;
  top.name = "丙市局";
  top.uscc = Uscc("11370300MB2869620");
  EXPECT_EQ(auth_->CreateAgency(actor_, &admin_, top, &errors).status().code(), Code::kDenied);
  // Cannot move its own agency elsewhere either.
  Agency own = auth_->GetAgency(a_child_).value();
  own.parent_id = 0;
  EXPECT_EQ(auth_->UpdateAgency(actor_, &admin_, own, &errors).code(), Code::kDenied);
}

TEST_F(ScopeTest, GrantsOnlyInsideItsScope) {
  NewUser nu;
  nu.display_name = "新用户";
  nu.password = kGoodPassword;
  FieldErrors errors;

  nu.username = "inside";
  nu.roles = {{Role::kEditor, a_child_, child_dept_}};
  EXPECT_TRUE(auth_->CreateUser(actor_, &admin_, nu, &errors).ok()) << errors.ToStatus().message();

  errors = FieldErrors();
  nu.username = "everywhere";
  nu.roles = {{Role::kEditor, 0, 0}};
  auto global = auth_->CreateUser(actor_, &admin_, nu, &errors);
  EXPECT_EQ(global.status().code(), Code::kDenied) << "installation-wide roles need an installation-wide admin";

  errors = FieldErrors();
  nu.username = "superadmin";
  nu.roles = {{Role::kAdmin, 0, 0}};
  EXPECT_EQ(auth_->CreateUser(actor_, &admin_, nu, &errors).status().code(), Code::kDenied);

  errors = FieldErrors();
  nu.username = "outside";
  nu.roles = {{Role::kEditor, sibling_, 0}};
  EXPECT_EQ(auth_->CreateUser(actor_, &admin_, nu, &errors).status().code(), Code::kDenied);

  EXPECT_EQ(auth_->GetUserByName("everywhere").status().code(), Code::kNotFound);
  EXPECT_EQ(auth_->GetUserByName("superadmin").status().code(), Code::kNotFound);
  EXPECT_EQ(auth_->GetUserByName("outside").status().code(), Code::kNotFound);
  auto created = Audit("user.create");
  ASSERT_EQ(created.size(), 2u);  // the fixture's admin and "inside"
  EXPECT_EQ(created[0].actor_id, admin_id_);

  // Cannot raise an existing user of its agency to an installation-wide role either.
  int64_t inside = auth_->GetUserByName("inside")->id;
  errors = FieldErrors();
  EXPECT_EQ(auth_->UpdateUser(actor_, &admin_, inside, "新用户", false, {{Role::kAdmin, 0, 0}}, &errors).code(),
            Code::kDenied);
  EXPECT_EQ(GetUser(inside).roles.size(), 1u);
  EXPECT_EQ(GetUser(inside).roles[0].role, Role::kEditor);
}

TEST_F(ScopeTest, ManagesUsersOnlyInsideItsScope) {
  int64_t inside = MakeUser("inside", {{Role::kEditor, a_child_, 0}});
  int64_t outside = MakeUser("outside", {{Role::kEditor, sibling_, 0}});
  int64_t global = MakeUser("global", {{Role::kAdmin, 0, 0}});
  FieldErrors errors;
  EXPECT_TRUE(auth_->ResetPassword(actor_, &admin_, inside).ok());
  EXPECT_EQ(auth_->ResetPassword(actor_, &admin_, outside).status().code(), Code::kDenied);
  EXPECT_EQ(auth_->ResetPassword(actor_, &admin_, global).status().code(), Code::kDenied);
  EXPECT_EQ(auth_->UpdateUser(actor_, &admin_, outside, "外", true, {{Role::kEditor, sibling_, 0}}, &errors).code(),
            Code::kDenied);
  EXPECT_FALSE(GetUser(outside).disabled);
  ASSERT_TRUE(auth_->UpdateUser(actor_, &admin_, inside, "内", false, {{Role::kReviewer, a_, 0}}, &errors).ok());
  EXPECT_EQ(GetUser(inside).display_name, "内");
  EXPECT_EQ(Audit("user.reset_password").size(), 1u);
  EXPECT_EQ(Audit("user.update").size(), 1u);

  auto visible = auth_->ListUsers(&admin_);
  ASSERT_TRUE(visible.ok());
  std::vector<std::string> names;
  for (const auto& u : visible.value()) names.push_back(u.username);
  EXPECT_NE(std::find(names.begin(), names.end(), "inside"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "admina"), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), "outside"), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), "global"), names.end());
}

TEST_F(ScopeTest, ManagedAgencies) {
  auto managed = auth_->ManagedAgencies(admin_);
  ASSERT_TRUE(managed.ok());
  std::vector<int64_t> ids;
  for (const auto& a : managed.value()) ids.push_back(a.id);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<int64_t>{a_, a_child_}));
}

TEST(ValidateUsernameTest, Table) {
  struct Case {
    std::string name;
    bool ok;
  };
  const Case cases[] = {
      {"abc", true},
      {"zhang.san", true},
      {"li_si-2", true},
      {std::string(32, 'a'), true},
      {"ab", false},
      {"", false},
      {std::string(33, 'a'), false},
      {"1abc", false},
      {"Zhang", false},
      {"zhang san", false},
      {"张三", false},
      {".abc", false},
      {"abc@x", false},
  };
  for (const auto& c : cases) EXPECT_EQ(ValidateUsername(c.name).ok(), c.ok) << c.name;
}

}  // namespace
}  // namespace gk::auth
