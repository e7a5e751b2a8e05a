// The authorisation walk: every registered route, called in-process with
// every role, must answer as the route's guard and the permission table say.
// New routes are covered automatically because the walk reads
// app->site().routes(). The walk runs on SQLite and, with GK_TEST_PG_URL, on
// PostgreSQL (a fresh database; a missing server fails under GK_REQUIRE_PG).
#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "access/permissions.h"
#include "app/app.h"
#include "app/init.h"
#include "auth/password.h"
#include "common/clock.h"
#include "config/config.h"
#include "http/forms.h"
#include "testutil/test_db.h"
#include "web/site.h"

namespace gk::app {
namespace {

namespace fs = std::filesystem;

const char kPassword[] = "Walk-Test-2026-pw";
const char kDemoUscc[] = "11370100MB28696235";  // the demo bureau created by init --demo
// What an anonymous browser holds in its gk_csrf cookie and sends in forms.
const char kAnonCsrf[] = "anonymous-csrf-token-0123456789abcdef0123456";

// One caller of the walk: anonymous (no username) or a signed-in user.
struct Caller {
  std::string label;     // for failure messages
  std::string username;  // "" = anonymous
  std::optional<access::User> user;
  std::string token;
  std::string csrf;
};

class RouteWalkTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  // One installation per backend, built by the first test of that backend
  // and kept for the following ones (the walk is slow to set up).
  // gtest runs the parameters interleaved, so the other backend's
  // installation waits in `parked_` while one is walked.
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    if (app_ != nullptr && backend_ == GetParam()) return;
    if (app_ != nullptr) Park();
    if (!Unpark(GetParam())) Build(GetParam());
    ASSERT_NE(app_, nullptr) << "the installation to walk could not be built";
  }

  // The statics below describe the installation being walked.
  struct Installation {
    App* app = nullptr;
    FakeClock* clock = nullptr;
    std::string* dir = nullptr;
    std::vector<Caller>* callers = nullptr;
    std::map<std::string, int64_t>* ids = nullptr;
    int64_t bureau_id = 0;
    testing::TestDatabase* pg = nullptr;
  };
  static void Park() {
    (*parked_)[backend_] = {app_, clock_, dir_, callers_, ids_, bureau_id_, pg_};
    app_ = nullptr;
    clock_ = nullptr;
    dir_ = nullptr;
    callers_ = nullptr;
    ids_ = nullptr;
    pg_ = nullptr;
  }
  static bool Unpark(storage::Backend backend) {
    auto it = parked_->find(backend);
    if (it == parked_->end()) return false;
    const Installation& i = it->second;
    app_ = i.app;
    clock_ = i.clock;
    dir_ = i.dir;
    callers_ = i.callers;
    ids_ = i.ids;
    bureau_id_ = i.bureau_id;
    pg_ = i.pg;
    backend_ = backend;
    parked_->erase(it);
    return true;
  }

  static void Build(storage::Backend backend) {
    backend_ = backend;
    std::string tmpl = fs::temp_directory_path() / "gk_walk_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = new std::string(tmpl);
    std::vector<std::string> overrides = {"data_dir=" + *dir_};
    if (backend == storage::Backend::kPostgres) {
      // An empty database of its own; App::Create migrates it.
      pg_ = new testing::TestDatabase(storage::Backend::kPostgres, /*migrate=*/false);
      ASSERT_NE(pg_->db(), nullptr) << pg_->error();
      ASSERT_FALSE(pg_->url().empty());
      overrides.push_back("database.url=" + pg_->url());
    }
    if (const char* src = std::getenv("GK_SOURCE_DIR"); src && *src) {
      overrides.push_back(std::string("paths.templates_dir=") + src + "/templates");
      overrides.push_back(std::string("paths.static_dir=") + src + "/static");
    }
    config::Config c;
    Status loaded = config::Load("", {}, overrides, &c);
    ASSERT_TRUE(loaded.ok()) << loaded.message();
    clock_ = new FakeClock(1764136800);
    auto app = App::Create(c, *clock_, /*migrate=*/true);
    ASSERT_TRUE(app.ok()) << app.status().message();
    app_ = std::move(app).value().release();
    ASSERT_EQ(app_->services().db->backend(), backend);

    InitOptions init;
    init.demo = true;
    init.admin_password = kPassword;
    auto r = InitInstallation(*app_, init);
    ASSERT_TRUE(r.ok()) << r.status().message();
    ASSERT_EQ(r->admin_username, "admin");
    ASSERT_FALSE(r->must_change);

    auto& auth = *app_->services().auth;
    auto bureau = auth.GetAgencyByUscc(kDemoUscc);
    ASSERT_TRUE(bureau.ok()) << bureau.status().message();
    bureau_id_ = bureau->id;

    callers_ = new std::vector<Caller>();
    callers_->push_back({"anonymous", "", std::nullopt, "", ""});
    const std::pair<const char*, access::Role> roles[] = {
        {"walk.editor", access::Role::kEditor},
        {"walk.reviewer", access::Role::kReviewer},
        {"walk.officer", access::Role::kOfficer},
        {"walk.admin", access::Role::kAdmin},  // administrator of the demo agency only
    };
    const access::Actor cli{0, "命令行", ""};
    for (const auto& [name, role] : roles) {
      auth::NewUser nu;
      nu.username = name;
      nu.display_name = std::string("巡检") + access::RoleLabel(role);
      nu.roles = {{role, bureau_id_, 0}};
      nu.password = kPassword;
      FieldErrors errors;
      auto created = auth.CreateUser(cli, nullptr, nu, &errors);
      ASSERT_TRUE(created.ok()) << name << ": " << created.status().message();
      callers_->push_back(
          {std::string(access::RoleCode(role)) + " of the demo agency (" + name + ")", name, std::nullopt, "", ""});
    }
    callers_->push_back({"installation admin (admin)", "admin", std::nullopt, "", ""});
    for (auto& caller : *callers_) {
      if (caller.username.empty()) continue;
      SignIn(caller);
      ASSERT_TRUE(caller.user.has_value()) << caller.username;
      ASSERT_FALSE(caller.user->must_change_password) << caller.username;
    }

    // Ids substituted for {id:int}: objects that exist and lie inside the
    // demo agency administrator's scope, so a 403 can only come from a
    // missing permission. The district bureau is a child of the demo agency,
    // which also exercises scope through the agency tree.
    auto editor = auth.GetUserByName("editor");  // a demo user of the bureau
    ASSERT_TRUE(editor.ok());
    ids_ = new std::map<std::string, int64_t>();
    (*ids_)["/console/users/"] = editor->id;
    auto agencies = auth.ListAgencies();
    ASSERT_TRUE(agencies.ok());
    int64_t district = 0;
    for (const auto& a : agencies.value())
      if (a.parent_id == bureau_id_) district = a.id;
    ASSERT_NE(district, 0) << "demo data has no subordinate agency";
    (*ids_)["/console/agencies/"] = district;
    (*ids_)["/agencies/"] = district;
    auto depts = auth.ListDepartments(bureau_id_);
    ASSERT_TRUE(depts.ok());
    ASSERT_FALSE(depts->empty());
    (*ids_)["/console/departments/"] = depts->front().id;
  }

  static void TearDownTestSuite() {
    Destroy();
    while (!parked_->empty()) {
      Unpark(parked_->begin()->first);
      Destroy();
    }
  }

  static void Destroy() {
    delete app_;
    app_ = nullptr;
    delete callers_;
    callers_ = nullptr;
    delete ids_;
    ids_ = nullptr;
    delete clock_;
    clock_ = nullptr;
    delete pg_;  // after the app: drops the database
    pg_ = nullptr;
    if (dir_) {
      std::error_code ec;
      fs::remove_all(*dir_, ec);
      delete dir_;
      dir_ = nullptr;
    }
  }

  // Logs the caller in (again); a walked POST /logout ends its session.
  static void SignIn(Caller& caller) {
    auto& auth = *app_->services().auth;
    auto login = auth.Login(caller.username, kPassword, "192.0.2.1");
    ASSERT_TRUE(login.ok()) << caller.username << ": " << login.status().message();
    caller.token = login->token;
    auto p = auth.Authenticate(caller.token);
    ASSERT_TRUE(p.ok()) << caller.username;
    caller.csrf = p->csrf_token;
    caller.user = p->user;
  }

  static void EnsureSignedIn(Caller& caller) {
    if (caller.username.empty()) return;
    if (!app_->services().auth->Authenticate(caller.token).ok()) SignIn(caller);
  }

  // The concrete path for a pattern: {id:int} by the table above (1 when no
  // prefix matches), any other parameter by "walk".
  static std::string Concrete(const std::string& pattern) {
    std::string out;
    size_t i = 0;
    while (i < pattern.size()) {
      size_t open = pattern.find('{', i);
      if (open == std::string::npos) {
        out += pattern.substr(i);
        break;
      }
      out += pattern.substr(i, open - i);
      size_t close = pattern.find('}', open);
      std::string param = pattern.substr(open + 1, close - open - 1);
      if (param.ends_with(":int")) {
        int64_t id = 1;
        for (const auto& [prefix, v] : *ids_)
          if (out.ends_with(prefix)) id = v;
        out += std::to_string(id);
      } else {
        out += "walk";
      }
      i = close + 1;
    }
    return out;
  }

  // `csrf`: the value sent as _csrf (POST only); nullopt = the caller's own.
  static http::Response Call(const web::RouteInfo& info, const Caller& caller,
                             const std::optional<std::string>& csrf = std::nullopt, std::string* problem = nullptr) {
    http::Request req;
    req.method = info.method;
    req.path = Concrete(info.pattern);
    req.target = req.path;
    req.remote_addr = "192.0.2.1";
    req.request_id = "route-walk";
    std::string cookie;
    std::string own_csrf = caller.csrf;
    if (!caller.token.empty()) {
      cookie = std::string(web::Site::kSessionCookie) + "=" + caller.token;
    } else {
      // Anonymous forms carry the token of the gk_csrf cookie.
      own_csrf = kAnonCsrf;
      cookie = std::string(web::Site::kCsrfCookie) + "=" + own_csrf;
    }
    req.headers.emplace("Cookie", cookie);
    if (req.method == "POST") {
      req.headers.emplace("Content-Type", "application/x-www-form-urlencoded");
      // Otherwise empty forms: nothing valid gets created. The agency fields
      // point into the demo agency so that scope checks on the submitted
      // data pass for its administrator.
      req.body = "_csrf=" + http::PercentEncode(csrf.value_or(own_csrf)) + "&parent_id=" + std::to_string(bureau_id_) +
                 "&agency_id=" + std::to_string(bureau_id_);
    }
    auto match = app_->site().router().Find(req.method, req.path);
    if (match.route == nullptr || match.route->pattern != info.pattern || match.route->method != info.method) {
      if (problem) *problem = "the router does not resolve " + req.path + " to this route";
      return http::Response::Text("", 599);
    }
    req.path_params = match.params;
    return match.route->handler(req);
  }

  static std::string Location(const http::Response& r) {
    auto it = r.headers.find("Location");
    return it == r.headers.end() ? std::string() : it->second;
  }

  static bool ToLogin(const http::Response& r) {
    return r.status >= 300 && r.status < 400 && Location(r).starts_with("/login");
  }

  static App* app_;
  static FakeClock* clock_;
  static std::string* dir_;
  static std::vector<Caller>* callers_;
  static std::map<std::string, int64_t>* ids_;
  static int64_t bureau_id_;
  static storage::Backend backend_;
  static testing::TestDatabase* pg_;
  static std::map<storage::Backend, Installation>* parked_;
};

App* RouteWalkTest::app_ = nullptr;
FakeClock* RouteWalkTest::clock_ = nullptr;
std::string* RouteWalkTest::dir_ = nullptr;
std::vector<Caller>* RouteWalkTest::callers_ = nullptr;
std::map<std::string, int64_t>* RouteWalkTest::ids_ = nullptr;
int64_t RouteWalkTest::bureau_id_ = 0;
storage::Backend RouteWalkTest::backend_ = storage::Backend::kSqlite;
testing::TestDatabase* RouteWalkTest::pg_ = nullptr;
std::map<storage::Backend, RouteWalkTest::Installation>* RouteWalkTest::parked_ =
    new std::map<storage::Backend, RouteWalkTest::Installation>();

const char* AccessName(web::Access a) {
  switch (a) {
    case web::Access::kPublic:
      return "Public";
    case web::Access::kSignedIn:
      return "SignedIn";
    case web::Access::kStaff:
      return "Staff";
  }
  return "?";
}

TEST_P(RouteWalkTest, EveryRouteWithEveryRole) {
  ASSERT_NE(app_, nullptr);
  const auto& routes = app_->site().routes();
  ASSERT_GE(routes.size(), 10u) << "the walk found suspiciously few routes";
  ASSERT_EQ(routes.size(), app_->site().router().routes().size()) << "every router entry must come from Site::Add";
  int calls = 0;
  std::vector<std::string> failures;
  for (const auto& info : routes) {
    for (auto& caller : *callers_) {
      EnsureSignedIn(caller);
      std::string problem;
      http::Response r = Call(info, caller, std::nullopt, &problem);
      ++calls;
      const bool signed_in = caller.user.has_value();
      bool may_use = true;
      std::string expected = "any answer but 401/403 or a redirect to /login";
      if (info.guard.access == web::Access::kSignedIn) {
        may_use = signed_in;
      } else if (info.guard.access == web::Access::kStaff) {
        may_use = signed_in && access::Allows(*caller.user, info.guard.permission);
      }
      if (problem.empty()) {
        // A redirect to the login page is a refusal unless the request
        // itself ended the session (POST /logout does exactly that).
        const bool session_alive = !signed_in || app_->services().auth->Authenticate(caller.token).ok();
        if (info.guard.access == web::Access::kPublic || may_use) {
          if (r.status == 401 || r.status == 403 || (ToLogin(r) && session_alive))
            problem = "refused a caller who may use it";
        } else if (!signed_in) {
          expected = web::IsApiPath(Concrete(info.pattern)) ? "401" : "303 to /login";
          bool ok = web::IsApiPath(Concrete(info.pattern)) ? r.status == 401 : (r.status == 303 && ToLogin(r));
          if (!ok) problem = "anonymous caller not sent to the login page";
        } else {
          expected = "403";
          if (r.status != 403) problem = "role without the guard's permission not refused";
        }
        if (problem.empty() && r.status >= 500) problem = "server error";
      }
      if (!problem.empty()) {
        std::ostringstream msg;
        msg << info.method << " " << info.pattern << " (" << Concrete(info.pattern) << ", "
            << AccessName(info.guard.access);
        if (info.guard.access == web::Access::kStaff) msg << " " << access::PermissionLabel(info.guard.permission);
        msg << ") as " << caller.label << ": status " << r.status;
        if (!Location(r).empty()) msg << " Location " << Location(r);
        msg << " — " << problem << "; expected " << expected;
        failures.push_back(msg.str());
      }
    }
  }
  EXPECT_EQ(calls, static_cast<int>(routes.size() * callers_->size()));
  std::ostringstream all;
  for (const auto& f : failures) all << "\n  " << f;
  EXPECT_TRUE(failures.empty()) << failures.size() << " of " << calls << " calls answered wrongly:" << all.str();
}

// No staff page is ever public, and no answer to a route that is not public
// may be kept by a cache: not the server's page cache (public_cacheable),
// not a proxy or a shared browser (Cache-Control: no-store or private).
TEST_P(RouteWalkTest, ConsoleRoutesAreNeverPublicAndPrivateAnswersNeverCacheable) {
  ASSERT_NE(app_, nullptr);
  std::vector<std::string> failures;
  for (const auto& info : app_->site().routes()) {
    const std::string what = info.method + " " + info.pattern;
    if (info.pattern.starts_with("/console") && info.guard.access == web::Access::kPublic)
      failures.push_back(what + " is a console route open to the public");
    if (info.guard.access == web::Access::kPublic) continue;
    for (auto& caller : *callers_) {
      EnsureSignedIn(caller);
      std::string problem;
      http::Response r = Call(info, caller, std::nullopt, &problem);
      auto cc = r.headers.find("Cache-Control");
      const std::string control = cc == r.headers.end() ? "" : cc->second;
      if (r.public_cacheable) failures.push_back(what + " as " + caller.label + ": marked public_cacheable");
      if (control.find("no-store") == std::string::npos && control.find("private") == std::string::npos)
        failures.push_back(what + " as " + caller.label + ": Cache-Control \"" + control + "\"");
    }
  }
  std::ostringstream all;
  for (const auto& f : failures) all << "\n  " << f;
  EXPECT_TRUE(failures.empty()) << failures.size() << " answers could be cached or reached by anyone:" << all.str();
}

TEST_P(RouteWalkTest, WrongCsrfIsRefusedOnEveryPost) {
  ASSERT_NE(app_, nullptr);
  int posts = 0;
  std::vector<std::string> failures;
  for (const auto& info : app_->site().routes()) {
    if (info.method != "POST") continue;
    ++posts;
    for (auto& caller : *callers_) {
      EnsureSignedIn(caller);
      const std::string own = caller.token.empty() ? std::string(kAnonCsrf) : caller.csrf;
      for (const std::string& bad : {std::string("wrong-token"), std::string(""), own + "x", own.substr(1)}) {
        std::string problem;
        http::Response r = Call(info, caller, bad, &problem);
        if (problem.empty() && r.status != 403) problem = "not refused";
        if (!problem.empty()) {
          std::ostringstream msg;
          msg << "POST " << info.pattern << " as " << caller.label << " with _csrf=\"" << bad << "\": status "
              << r.status;
          if (!Location(r).empty()) msg << " Location " << Location(r);
          msg << " — " << problem << "; expected 403";
          failures.push_back(msg.str());
        }
      }
      // The session survived: a refused request changed nothing.
      if (!caller.username.empty()) {
        EXPECT_TRUE(app_->services().auth->Authenticate(caller.token).ok())
            << "POST " << info.pattern << " with a wrong token ended " << caller.label << "'s session";
      }
    }
  }
  EXPECT_GT(posts, 0);
  std::ostringstream all;
  for (const auto& f : failures) all << "\n  " << f;
  EXPECT_TRUE(failures.empty()) << failures.size() << " POSTs accepted a wrong CSRF token:" << all.str();
}

// The CSRF token must belong to the session: another user's token is wrong.
TEST_P(RouteWalkTest, AnotherSessionsCsrfIsRefused) {
  ASSERT_NE(app_, nullptr);
  Caller& admin = callers_->back();
  Caller& editor = (*callers_)[1];
  EnsureSignedIn(admin);
  EnsureSignedIn(editor);
  for (const auto& info : app_->site().routes()) {
    if (info.method != "POST") continue;
    http::Response r = Call(info, admin, editor.csrf);
    EXPECT_EQ(r.status, 403) << "POST " << info.pattern << " as " << admin.label << " with " << editor.label
                             << "'s token";
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, RouteWalkTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const ::testing::TestParamInfo<storage::Backend>& info) {
                           return info.param == storage::Backend::kSqlite ? std::string("Sqlite")
                                                                          : std::string("Postgres");
                         });

}  // namespace
}  // namespace gk::app
