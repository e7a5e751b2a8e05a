// Black-box tests of signing in, sessions, CSRF, roles and the console.
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <thread>

#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kNewPassword = "Qingxi-Mima-2026#";

class AuthTest : public ::testing::Test {
 protected:
  void SetUp() override { server_ = ServerProcess::Start(); }
  Browser NewBrowser() { return Browser(server_->host(), server_->port()); }
  Browser Admin() {
    Browser b = NewBrowser();
    auto r = b.Login("admin", ServerProcess::kAdminPassword);
    EXPECT_EQ(r.status, 303);
    EXPECT_EQ(r.Header("Location"), "/console");
    return b;
  }
  // Signs in a demo account with its one-time password and sets a real one.
  Browser Demo(const std::string& username) {
    Browser b = NewBrowser();
    auto r = b.Login(username, server_->DemoPassword(username));
    EXPECT_EQ(r.status, 303);
    EXPECT_EQ(r.Header("Location"), "/console/password");
    b.Get("/console/password");
    r = b.Post("/console/password",
               {{"current", server_->DemoPassword(username)}, {"password", kNewPassword}, {"password2", kNewPassword}});
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 2000);
    return b;
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(AuthTest, LoginAndLogout) {
  Browser b = Admin();
  auto console = b.Get("/console");
  EXPECT_EQ(console.status, 200);
  EXPECT_NE(console.body.find("系统管理员"), std::string::npos);
  EXPECT_EQ(console.Header("Cache-Control"), "no-store");
  std::string cookie_line;
  EXPECT_FALSE(b.Cookie("gk_session").empty());
  auto out = b.Post("/logout", {});
  EXPECT_EQ(out.status, 303);
  EXPECT_TRUE(b.Cookie("gk_session").empty());
  auto again = b.Get("/console");
  EXPECT_EQ(again.status, 303);
  EXPECT_EQ(again.Header("Location").rfind("/login", 0), 0u);
}

TEST_F(AuthTest, SessionCookieIsHttpOnlyAndSameSite) {
  Browser b = NewBrowser();
  b.Get("/login");
  auto r = b.Post("/login", {{"username", "admin"}, {"password", ServerProcess::kAdminPassword}});
  std::string set_cookie;
  auto [first, last] = r.headers.equal_range("Set-Cookie");
  for (auto it = first; it != last; ++it)
    if (it->second.rfind("gk_session=", 0) == 0) set_cookie = it->second;
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(set_cookie.find("SameSite=Lax"), std::string::npos);
  // 256 bits in base64url.
  EXPECT_EQ(b.Cookie("gk_session").size(), 43u);
}

TEST_F(AuthTest, WrongPasswordIsRefusedWithAMessage) {
  Browser b = NewBrowser();
  auto r = b.Login("admin", "not-the-password-1");
  EXPECT_EQ(r.status, 401);
  EXPECT_NE(r.body.find("用户名或密码错误"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"admin\""), std::string::npos) << "the username typed is kept";
  auto unknown = b.Login("nobody", "whatever-123");
  EXPECT_EQ(unknown.status, 401);
  EXPECT_NE(unknown.body.find("用户名或密码错误"), std::string::npos);
}

TEST_F(AuthTest, RepeatedFailuresLockTheAccount) {
  Browser b = NewBrowser();
  for (int i = 0; i < 5; ++i) EXPECT_EQ(b.Login("admin", "wrong-password-" + std::to_string(i)).status, 401);
  auto locked = b.Login("admin", ServerProcess::kAdminPassword);
  EXPECT_EQ(locked.status, 429);
  EXPECT_NE(locked.body.find("锁定"), std::string::npos);
  EXPECT_NE(locked.body.find("分钟后再试"), std::string::npos);
  // Another account from the same address is not locked by this one.
  Browser other = NewBrowser();
  EXPECT_EQ(other.Login("editor", server_->DemoPassword("editor")).status, 303);
}

// Failures from one address lock out that address only: behind a trusted
// proxy, an outsider typing wrong passwords for admin does not keep the real
// admin, at another address, out.
TEST(AuthLockoutTest, FailuresFromOneAddressDoNotLockOutAnother) {
  auto server = ServerProcess::Start({"--set", "server.trusted_proxies=127.0.0.1,::1"});
  Browser outsider(server->host(), server->port());
  outsider.SetHeader("X-Forwarded-For", "203.0.113.7");
  for (int i = 0; i < 5; ++i) EXPECT_EQ(outsider.Login("admin", "wrong-password-" + std::to_string(i)).status, 401);
  auto locked = outsider.Login("admin", ServerProcess::kAdminPassword);
  EXPECT_EQ(locked.status, 429);
  EXPECT_NE(locked.body.find("分钟后再试"), std::string::npos);
  Browser owner(server->host(), server->port());
  owner.SetHeader("X-Forwarded-For", "198.51.100.1");
  EXPECT_EQ(owner.Login("admin", ServerProcess::kAdminPassword).status, 303);
  // Another IPv6 client of the outsider's /64 is the outsider.
  Browser neighbour(server->host(), server->port());
  neighbour.SetHeader("X-Forwarded-For", "2001:db8:7:7::1");
  for (int i = 0; i < 5; ++i) EXPECT_EQ(neighbour.Login("editor", "wrong-password-" + std::to_string(i)).status, 401);
  neighbour.SetHeader("X-Forwarded-For", "2001:db8:7:7::2");
  EXPECT_EQ(neighbour.Login("editor", server->DemoPassword("editor")).status, 429);
}

TEST_F(AuthTest, OverlongUserNameGetsTheGenericFailure) {
  Browser b = NewBrowser();
  auto r = b.Login(std::string(65, 'a'), "whatever-123");
  EXPECT_EQ(r.status, 401);
  EXPECT_NE(r.body.find("用户名或密码错误"), std::string::npos);
  auto huge = b.Login(std::string(100000, 'a'), "whatever-123");
  EXPECT_TRUE(huge.status == 401 || huge.status == 413) << huge.status;
  // Nothing was stored for it: no audit entry names it.
  Browser admin = Admin();
  EXPECT_EQ(admin.Get("/console/audit?action=login.failed").body.find(std::string(65, 'a')), std::string::npos);
}

TEST_F(AuthTest, PostsWithoutTheCsrfTokenAreRefused) {
  Browser b = Admin();
  b.Get("/console/users/new");
  auto none = b.Post("/console/users", {{"username", "zhangsan"}, {"display_name", "张三"}, {"role", "editor"}},
                     /*add_csrf=*/false);
  EXPECT_EQ(none.status, 403);
  EXPECT_NE(none.body.find("CSRF"), std::string::npos);
  auto wrong = b.Post("/console/users", {{"username", "zhangsan"}, {"_csrf", "forged"}}, false);
  EXPECT_EQ(wrong.status, 403);
  // The login form is protected too (with the anonymous token cookie).
  Browser anon = NewBrowser();
  EXPECT_EQ(anon.Post("/login", {{"username", "admin"}, {"password", "x"}}, false).status, 403);
}

TEST_F(AuthTest, NewAccountMustChangeItsOneTimePassword) {
  Browser b = NewBrowser();
  auto r = b.Login("editor", server_->DemoPassword("editor"));
  EXPECT_EQ(r.Header("Location"), "/console/password");
  EXPECT_EQ(b.Get("/console").Header("Location"), "/console/password");
  auto page = b.Get("/console/password");
  EXPECT_NE(page.body.find("一次性密码"), std::string::npos);
  // Policy errors appear beside the field.
  auto weak = b.Post("/console/password",
                     {{"current", server_->DemoPassword("editor")}, {"password", "123456"}, {"password2", "123456"}});
  EXPECT_EQ(weak.status, 400);
  EXPECT_NE(weak.body.find("field-error"), std::string::npos);
  auto ok =
      b.Post("/console/password",
             {{"current", server_->DemoPassword("editor")}, {"password", kNewPassword}, {"password2", kNewPassword}});
  EXPECT_EQ(ok.status, 303);
  EXPECT_EQ(b.Get("/console").status, 200);
}

TEST_F(AuthTest, RolesAreCheckedOnEveryConsoleRoute) {
  Browser editor = Demo("editor");
  EXPECT_EQ(editor.Get("/console").status, 200);
  EXPECT_EQ(editor.Get("/console/users").status, 403);
  EXPECT_EQ(editor.Get("/console/audit").status, 403);
  EXPECT_EQ(editor.Get("/console/agencies").status, 403);
  editor.Get("/console");
  auto post = editor.Post("/console/users", {{"username", "sneaky"}, {"display_name", "x"}, {"role", "admin"}});
  EXPECT_EQ(post.status, 403);
  Browser admin = Admin();
  auto list = admin.Get("/console/users");
  EXPECT_EQ(list.body.find("sneaky"), std::string::npos);
}

TEST_F(AuthTest, AdministratorCreatesAUserWhoCanSignIn) {
  Browser admin = Admin();
  admin.Get("/console/users/new");
  auto created = admin.Post("/console/users", {{"username", "liuyang"},
                                               {"display_name", "刘洋"},
                                               {"role", "reviewer"},
                                               {"agency_id", "1"},
                                               {"department_id", "0"}});
  ASSERT_EQ(created.status, 200) << created.body.substr(0, 3000);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(created.body, m, std::regex(R"re(id="one-time-password">([^<]+)<)re")));
  std::string otp = m[1];
  EXPECT_NE(admin.Get("/console/users").body.find("liuyang"), std::string::npos);
  Browser user = NewBrowser();
  EXPECT_EQ(user.Login("liuyang", otp).Header("Location"), "/console/password");
  // The audit log shows who created the account.
  auto audit = admin.Get("/console/audit?action=user.create");
  EXPECT_NE(audit.body.find("liuyang"), std::string::npos);
}

TEST_F(AuthTest, InvalidFormIsShownAgainWithErrorsAndInput) {
  Browser admin = Admin();
  admin.Get("/console/users/new");
  auto r = admin.Post("/console/users", {{"username", "Bad Name"}, {"display_name", "王五"}, {"role", ""}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("用户名"), std::string::npos);
  EXPECT_NE(r.body.find("请至少选择一个角色"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"王五\""), std::string::npos);
  admin.Get("/console/agencies");
  auto bad = admin.Post("/console/agencies", {{"name", "测试局"}, {"uscc", "11370100MB28696230"}, {"parent_id", "0"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("校验位错误"), std::string::npos) << bad.body.substr(0, 3000);
  EXPECT_NE(bad.body.find("value=\"测试局\""), std::string::npos);
}

TEST_F(AuthTest, AgenciesAndDepartmentsAreManagedAndShownPublicly) {
  Browser admin = Admin();
  admin.Get("/console/agencies/1");
  auto dept = admin.Post("/console/agencies/1/departments", {{"name", "新闻宣传处"}, {"kind", "division"}});
  EXPECT_EQ(dept.status, 303);
  auto page = admin.Get("/console/agencies/1");
  EXPECT_NE(page.body.find("新闻宣传处"), std::string::npos);
  // The confirmation appears once, in Chinese.
  EXPECT_NE(page.body.find("已新增处室：新闻宣传处"), std::string::npos);
  EXPECT_EQ(admin.Get("/console/agencies/1").body.find("已新增处室"), std::string::npos);
  // Publishing invalidates the public page cache.
  auto pub = Fetch(server_->host(), server_->port(), "GET", "/agencies");
  EXPECT_NE(pub.body.find("新闻宣传处"), std::string::npos);
  auto audit = admin.Get("/console/audit");
  EXPECT_NE(audit.body.find("department.create"), std::string::npos);
}

TEST(AuthCache, PublicPagesShowChangesMadeFromTheCommandLine) {
  auto s = ServerProcess::Start({"--set", "server.page_cache_seconds=1"});
  auto before = Fetch(s->host(), s->port(), "GET", "/agencies");
  EXPECT_EQ(before.body.find("测试新区市场监督管理局"), std::string::npos);
  EXPECT_FALSE(before.Header("Last-Modified").empty());
  std::string out, err;
  ASSERT_EQ(ServerProcess::Run({"agency", "add", "--name", "测试新区市场监督管理局", "--uscc", "91350100M000100Y43",
                                "--data", s->data_dir()},
                               &out, &err),
            0)
      << err;
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  auto after = Fetch(s->host(), s->port(), "GET", "/agencies");
  EXPECT_NE(after.body.find("测试新区市场监督管理局"), std::string::npos);
}

TEST_F(AuthTest, AgencyAdministratorsSeeOnlyTheirAgenciesAuditEntries) {
  Browser admin = Admin();
  admin.Get("/console/users/new");
  auto created = admin.Post("/console/users", {{"username", "lixiaqu"},
                                               {"display_name", "历下区管理员"},
                                               {"role", "admin"},
                                               {"agency_id", "2"},
                                               {"department_id", "0"}});
  std::smatch m;
  ASSERT_TRUE(std::regex_search(created.body, m, std::regex(R"re(id="one-time-password">([^<]+)<)re")));
  std::string otp = m[1];
  Browser district = NewBrowser();
  district.Login("lixiaqu", otp);
  district.Get("/console/password");
  ASSERT_EQ(
      district.Post("/console/password", {{"current", otp}, {"password", kNewPassword}, {"password2", kNewPassword}})
          .status,
      303);
  auto own = district.Get("/console/audit?action=agency.create");
  ASSERT_EQ(own.status, 200);
  EXPECT_NE(own.body.find("新增机构：济南市历下区市场监督管理局"), std::string::npos);
  EXPECT_EQ(own.body.find("新增机构：济南市市场监督管理局"), std::string::npos);
  auto all = admin.Get("/console/audit?action=agency.create");
  EXPECT_NE(all.body.find("新增机构：济南市市场监督管理局"), std::string::npos);
}

TEST_F(AuthTest, ApiPathsAnswerJsonErrors) {
  auto r = Fetch(server_->host(), server_->port(), "GET", "/api/v1/nothing");
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.Header("Content-Type").find("application/json"), std::string::npos);
  EXPECT_NE(r.body.find("\"error\""), std::string::npos);
}

TEST(AuthSessionExpiry, IdleSessionsExpire) {
  auto s = ServerProcess::Start({}, {{"GONGKAI_AUTH_SESSION_IDLE_SECONDS", "1"}});
  Browser b(s->host(), s->port());
  ASSERT_EQ(b.Login("admin", ServerProcess::kAdminPassword).status, 303);
  EXPECT_EQ(b.Get("/console").status, 200);
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  auto r = b.Get("/console");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.Header("Location").rfind("/login", 0), 0u);
}

}  // namespace
}  // namespace gk::testing
