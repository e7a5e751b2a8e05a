#include "auth/routes.h"

#include <algorithm>

#include "http/forms.h"
#include "web/display.h"
#include "web/forms.h"

namespace gk::auth {

std::string SafeNext(const std::string& next) {
  constexpr const char* kDefault = "/console";
  if (next.size() < 2) return kDefault;
  return web::SafeLocalPath(next, kDefault);
}

namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

Response LoginForm(Context& ctx, const std::string& username, const std::string& next, const std::string& error,
                   int status) {
  Page page("工作人员登录", "public/login.tpl");
  auto& d = page.content();
  d.SetValue("USERNAME", username);
  d.SetValue("NEXT", next);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  if (!error.empty()) d.AddSectionDictionary("ERROR")->SetValue("MESSAGE", error);
  auto r = ctx.PublicPage(page, "", status);
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

Response GetLogin(Request& req, Context& ctx) {
  if (ctx.principal()) return Response::Redirect(SafeNext(req.Query("next")));
  return LoginForm(ctx, "", req.Query("next"), "", 200);
}

Response PostLogin(Request& req, Context& ctx) {
  const std::string username = req.Form("username");
  const std::string next = req.Form("next");
  if (username.empty() || req.Form("password").empty())
    return LoginForm(ctx, username, next, "请输入用户名和密码", 400);
  auto r = Svc(ctx)->Login(username, req.Form("password"), req.remote_addr);
  if (!r.ok()) {
    const Status& s = r.status();
    if (s.code() == Code::kTooMany) return LoginForm(ctx, username, next, s.message(), 429);
    if (s.code() == Code::kUnauthenticated) return LoginForm(ctx, username, next, s.message(), 401);
    return ctx.FromStatus(s);
  }
  auto resp = Response::Redirect(r->principal.user.must_change_password ? "/console/password" : SafeNext(next));
  resp.AddCookie(http::BuildSetCookie(ctx.site().SessionCookie(), r->token, ctx.site().Cookie()));
  return resp;
}

Response PostLogout(Request&, Context& ctx) {
  if (Status s = Svc(ctx)->Logout(*ctx.principal(), ctx.actor().ip); !s.ok()) return ctx.FromStatus(s);
  auto r = ctx.RedirectWithFlash("/login", "您已安全退出。");
  http::CookieOptions o = ctx.site().Cookie();
  o.max_age = 0;
  r.AddCookie(http::BuildSetCookie(ctx.site().SessionCookie(), "", o));
  return r;
}

Response PasswordForm(Context& ctx, const FieldErrors& errors, int status) {
  Page page("修改密码", "console/password.tpl");
  auto& d = page.content();
  if (ctx.user()->must_change_password) d.ShowSection("MUST_CHANGE");
  d.SetIntValue("MIN_LENGTH", Svc(ctx)->options().password_min_length);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/password", status);
}

Response GetPassword(Request&, Context& ctx) { return PasswordForm(ctx, {}, 200); }

Response PostPassword(Request& req, Context& ctx) {
  FieldErrors errors;
  if (req.Form("password") != req.Form("password2")) errors.Add("password2", "两次输入的新密码不一致");
  if (errors.empty()) {
    Status s =
        Svc(ctx)->ChangePassword(*ctx.principal(), req.Form("current"), req.Form("password"), ctx.actor().ip, &errors);
    if (s.ok()) return ctx.RedirectWithFlash("/console", "密码已修改。其他设备上的登录已全部退出。");
    if (errors.empty()) return ctx.FromStatus(s);
  }
  return PasswordForm(ctx, errors, 400);
}

Response GetDashboard(Request&, Context& ctx) {
  Page page("工作台", "console/dashboard.tpl");
  auto& d = page.content();
  const User& u = *ctx.user();
  d.SetValue("DISPLAY_NAME", u.display_name);
  auto agencies = Svc(ctx)->ListAgencies();
  std::map<int64_t, std::string> names;
  if (agencies.ok())
    for (const auto& a : agencies.value()) names[a.id] = a.name;
  auto departments = Svc(ctx)->ListDepartments(0);
  std::map<int64_t, std::string> dept_names;
  if (departments.ok())
    for (const auto& dep : departments.value()) dept_names[dep.id] = dep.name;
  for (const auto& g : u.roles) {
    auto* r = d.AddSectionDictionary("ROLES");
    r->SetValue("ROLE", RoleLabel(g.role));
    r->SetValue("AGENCY", g.agency_id == 0 ? "全部机构" : names[g.agency_id]);
    r->SetValue("DEPARTMENT", g.department_id == 0 ? "—" : dept_names[g.department_id]);
  }
  // The domains' parts (依申请公开 at a glance, ...), added by app/.
  for (const auto& fill : ctx.Get<RouteDeps>().dashboard) fill(ctx, d);
  if (Allows(u, Permission::kManageUsers)) {
    d.ShowSection("ADMIN");
    d.SetIntValue("AGENCY_COUNT", agencies.ok() ? static_cast<long>(agencies->size()) : 0);
    auto users = Svc(ctx)->ListUsers(&u);
    d.SetIntValue("USER_COUNT", users.ok() ? static_cast<long>(users->size()) : 0);
  }
  return ctx.ConsolePage(page, "/console");
}

}  // namespace

void RegisterSessionRoutes(web::Site& site) {
  site.Add("GET", "/login", web::Public(), GetLogin);
  site.Add("POST", "/login", web::Public(), PostLogin);
  site.Add("POST", "/logout", web::SignedIn(), PostLogout);
  site.Add("GET", "/console/password", web::SignedIn(), GetPassword);
  site.Add("POST", "/console/password", web::SignedIn(), PostPassword);
  site.Add("GET", "/console", web::Staff(), GetDashboard);
}

int AgencyOptions(web::Context& ctx, ctemplate::TemplateDictionary& d, const char* section, access::Permission p,
                  int64_t selected) {
  auto agencies = Svc(ctx)->ListAgencies();
  if (!agencies.ok()) return -1;
  const auto mine = ctx.scope().Agencies(p);
  int n = 0;
  for (const auto& a : agencies.value()) {
    if (std::find(mine.begin(), mine.end(), a.id) == mine.end()) continue;
    auto* o = d.AddSectionDictionary(section);
    o->SetIntValue("VALUE", static_cast<long>(a.id));
    o->SetValue("LABEL", a.name);
    if (a.id == selected) o->ShowSection("SELECTED");
    ++n;
  }
  return n;
}

}  // namespace gk::auth
