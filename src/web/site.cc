#include "web/site.h"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "common/china_time.h"
#include "common/secrets.h"
#include "http/forms.h"
#include "web/display.h"

namespace gk::web {
namespace {

struct NavItem {
  const char* url;
  const char* label;
};

constexpr NavItem kPublicNav[] = {{"/", "首页"},
                                  {"/xxgk", "政府信息公开"},
                                  {"/columns/zcwj", "政策文件"},
                                  {"/columns/zcjd", "政策解读"},
                                  {"/columns/tzgg", "通知公告"},
                                  {"/columns/gzdt", "工作动态"},
                                  {"/apply", "依申请公开"},
                                  {"/enforcement", "执法公示"},
                                  {"/sampling", "监督抽查"},
                                  {"/draws", "双随机抽查"},
                                  {"/tasks", "重点工作"},
                                  {"/agencies", "机构设置"}};

struct ConsoleNavItem {
  const char* url;
  const char* label;
  access::Permission permission;
};

constexpr ConsoleNavItem kConsoleNav[] = {
    {"/console", "工作台", access::Permission::kConsole},
    {"/console/items", "信息发布", access::Permission::kConsole},
    {"/console/applications", "依申请公开", access::Permission::kAnswerApplications},
    {"/console/applications/report", "年度报告统计", access::Permission::kHandleApplications},
    {"/console/draws", "双随机抽查", access::Permission::kManageDraws},
    {"/console/enforcement", "行政执法公示", access::Permission::kManageEnforcement},
    {"/console/sampling", "监督抽查", access::Permission::kManageSampling},
    {"/console/ratings", "好差评", access::Permission::kHandleRatings},
    {"/console/lists", "公开清单", access::Permission::kManageLists},
    {"/console/tasks", "重点工作", access::Permission::kManageTasks},
    {"/console/consultations", "意见征集", access::Permission::kManageConsultations},
    {"/console/messages", "留言咨询", access::Permission::kAnswerMessages},
    {"/console/decisions", "重大行政决策", access::Permission::kManageDecisions},
    {"/console/events", "听证与开放日", access::Permission::kManageEvents},
    {"/console/proposals", "建议提案", access::Permission::kManageProposals},
    {"/console/opinions", "舆情回应", access::Permission::kManageOpinions},
    {"/console/reports", "年度报告", access::Permission::kCompileReports},
    {"/console/negative-list", "负面清单", access::Permission::kManageNegativeList},
    {"/console/normative/cleanups", "文件清理", access::Permission::kCleanupNormative},
    {"/console/health", "网站健康检查", access::Permission::kCheckSiteHealth},
    {"/console/search-analytics", "搜索分析", access::Permission::kCheckSiteHealth},
    {"/console/content-rules", "敏感词表", access::Permission::kManageContentRules},
    {"/console/agencies", "机构与处室", access::Permission::kManageDepartments},
    {"/console/columns", "栏目管理", access::Permission::kManageColumns},
    {"/console/applications/signers", "答复审签人", access::Permission::kManageAgencies},
    {"/console/calendar", "工作日历", access::Permission::kManageCalendar},
    {"/console/users", "用户管理", access::Permission::kManageUsers},
    {"/console/audit", "审计日志", access::Permission::kViewAudit},
    {"/console/password", "修改密码", access::Permission::kConsole},
};

const char* DefaultMessage(int status) {
  switch (status) {
    case 400:
      return "请求的格式不正确，请检查网址或重新提交。";
    case 403:
      return "您没有访问该页面的权限。如有疑问，请联系系统管理员。";
    case 404:
      return "您访问的页面不存在或已被移除，请检查网址是否正确。";
    case 405:
      return "该页面不支持此类请求。";
    case 409:
      return "该记录已被修改或已存在，请刷新后重试。";
    case 410:
      return "该信息已不再公开。";
    case 408:
      return "请求等待时间过长，请重试。";
    case 413:
      return "提交的内容超过了允许的大小，请减小后重试。";
    case 429:
      return "操作过于频繁，请稍后再试。";
    case 431:
      return "请求头过大，请清除本站 Cookie 后重试。";
    case 503:
      return "系统正在维护或数据库暂时无法访问，请稍后再试。";
    default:
      return "服务器处理请求时出现问题，我们已记录该问题，请稍后再试。";
  }
}

int CurrentYear(int64_t now) { return ChinaDate(now).year(); }

void SetOptional(ctemplate::TemplateDictionary& d, const char* name, const char* section, const std::string& v) {
  d.SetValue(name, v);
  if (!v.empty()) d.ShowSection(section);
}

bool IsSafeMethod(const std::string& m) { return m == "GET" || m == "HEAD" || m == "OPTIONS"; }

}  // namespace

const char* ErrorTitle(int status) {
  switch (status) {
    case 400:
      return "请求有误";
    case 401:
      return "需要登录";
    case 403:
      return "没有访问权限";
    case 404:
      return "页面不存在";
    case 405:
      return "不支持的请求方法";
    case 409:
      return "数据冲突";
    case 410:
      return "该信息已不再公开";
    case 408:
      return "请求超时";
    case 413:
      return "提交的内容过大";
    case 429:
      return "操作过于频繁";
    case 431:
      return "请求头过大";
    case 503:
      return "服务暂时不可用";
    default:
      return "服务器内部错误";
  }
}

bool IsApiPath(const std::string& path) { return path.starts_with("/api/"); }

http::Response JsonError(int status, const std::string& message) {
  nlohmann::json j = {{"error", {{"status", status}, {"message", message}}}};
  return http::Response::Json(j.dump(), status);
}

Page::Page(std::string title, const std::string& content_tpl)
    : title_(std::move(title)), top_(std::make_unique<ctemplate::TemplateDictionary>("layout")) {
  content_ = top_->AddIncludeDictionary("CONTENT");
  content_->SetFilename(content_tpl);
}

std::string Core::SiteName(bool* read) {
  std::lock_guard lock(site_name_mu_);
  uint64_t generation = cache.generation();
  if (generation == site_name_generation_) return site_name_;
  std::string name = config.site.name;
  if (name.empty()) {
    if (auto agencies = identity->ListAgencies(); agencies.ok()) {
      if (const access::Agency* site = access::SiteAgency(agencies.value())) name = site->name;
    } else {
      if (read) *read = false;
      return site_name_.empty() ? "政务公开平台" : site_name_;  // try again next time
    }
  }
  site_name_ = name.empty() ? "政务公开平台" : name;
  site_name_generation_ = generation;
  return site_name_;
}

Core& Context::services() const { return site_.services(); }

Status Context::LoadPrincipal() {
  if (principal_loaded_) return Status::Ok();
  principal_loaded_ = true;
  std::string token = req_.Cookie(site_.SessionCookie());
  if (token.empty()) return Status::Ok();
  auto p = services().identity->Authenticate(token);
  if (p.ok()) {
    principal_ = std::move(p).value();
  } else if (p.status().code() == Code::kUnavailable) {
    return p.status();
  } else {
    http::CookieOptions o = site_.Cookie();
    o.max_age = 0;
    AddCookie(http::BuildSetCookie(site_.SessionCookie(), "", o));
  }
  return Status::Ok();
}

const access::Principal* Context::principal() {
  LoadPrincipal().ok();  // unavailable: treated as signed out
  return principal_ ? &*principal_ : nullptr;
}

const access::User* Context::user() {
  const access::Principal* p = principal();
  return p ? &p->user : nullptr;
}

const access::Scope& Context::scope() {
  if (scope_) return *scope_;
  const access::User* u = user();
  access::AgencyTree tree;
  if (u) {
    Status s = services().db->Read([&](soci::session& sql) {
      tree = access::AgencyTree::Load(sql);
      return Status::Ok();
    });
    if (!s.ok()) tree = {};  // no agency known: nothing allowed
  }
  scope_.emplace(u ? *u : access::User{}, std::move(tree));
  return *scope_;
}

access::Actor Context::actor() const {
  if (principal_) return {principal_->user.id, principal_->user.username, req_.remote_addr};
  return {0, "匿名访客", req_.remote_addr};
}

std::string Context::CsrfToken() {
  if (principal()) return principal_->csrf_token;
  if (!anon_csrf_.empty()) return anon_csrf_;
  anon_csrf_ = req_.Cookie(site_.CsrfCookie());
  if (anon_csrf_.size() < 32) {
    anon_csrf_ = RandomToken();
    http::CookieOptions o = site_.Cookie();
    o.same_site = "Strict";
    AddCookie(http::BuildSetCookie(site_.CsrfCookie(), anon_csrf_, o));
  }
  return anon_csrf_;
}

void Context::FillLayout(Page& page) {
  auto& d = page.layout();
  const auto& site = services().config.site;
  const auto& assets = services().assets;
  bool name_read = true;
  const std::string name = services().SiteName(&name_read);
  if (!name_read) incomplete_ = true;
  d.SetValue("PAGE_TITLE", page.title());
  d.SetValue("SITE_NAME", name);
  d.SetValue("SITE_TAGLINE", "政务公开");
  d.SetValue("CSS_URL", assets.Url("css/gongkai.css"));
  d.SetValue("JS_URL", assets.Url("js/gongkai.js"));
  d.SetValue("LOGO_URL", assets.Url("img/logo.svg"));
  d.SetValue("FAVICON_URL", assets.Url("img/favicon.svg"));
  d.SetValue("HOST_AGENCY", site.host_agency.empty() ? name : site.host_agency);
  SetOptional(d, "SITE_CODE", "HAS_SITE_CODE", site.site_code);
  SetOptional(d, "ICP", "HAS_ICP", site.icp);
  SetOptional(d, "POLICE_RECORD", "HAS_POLICE_RECORD", site.police_record);
  SetOptional(d, "CONTACT_ADDRESS", "HAS_CONTACT_ADDRESS", site.contact_address);
  SetOptional(d, "CONTACT_PHONE", "HAS_CONTACT_PHONE", site.contact_phone);
  SetOptional(d, "CONTACT_EMAIL", "HAS_CONTACT_EMAIL", site.contact_email);
  SetOptional(d, "OFFICE_HOURS", "HAS_OFFICE_HOURS", site.office_hours);
  d.SetIntValue("YEAR", CurrentYear(services().clock->Now()));
}

void Context::TakeFlash(Page& page) {
  std::string raw = req_.Cookie(Site::kFlashCookie);
  if (raw.size() < 2) return;
  std::string msg;
  if (!http::PercentDecode(raw.substr(2), false, &msg)) return;
  auto* f = page.layout().AddSectionDictionary("FLASH");
  f->SetValue("MESSAGE", msg);
  f->SetValue("KIND", raw[0] == 's' ? "success" : "error");
  f->ShowSection(raw[0] == 's' ? "IS_SUCCESS" : "IS_ERROR");
  http::CookieOptions o = site_.Cookie();
  o.max_age = 0;
  AddCookie(http::BuildSetCookie(Site::kFlashCookie, "", o));
}

http::Response Context::Render(const std::string& layout, Page& page, int status) {
  std::string out;
  if (!ctemplate::ExpandTemplate(layout, ctemplate::STRIP_BLANK_LINES, &page.layout(), &out)) {
    spdlog::error("template expansion failed: {} / {}", layout, page.title());
    return http::Response::Text("页面模板错误", 500);
  }
  auto r = http::Response::Html(std::move(out), status);
  return r;
}

// The reading aids in the header: each link sets one part of the display
// mode (web/display.h) and comes back to this page.
void Context::FillDisplayTools(Page& page) {
  auto& d = page.layout();
  const Display now = DisplayOf(req_);
  if (std::string cls = now.HtmlClass(); !cls.empty()) {
    d.SetValue("HTML_CLASS", cls);
    d.ShowSection("HAS_HTML_CLASS");
  }
  const std::string back = "&next=" + http::PercentEncode(req_.target.empty() ? req_.path : req_.target);
  d.SetValue("CARE_URL", std::string("/display?mode=") + (now.care ? "standard" : "care") + back);
  d.SetValue("CARE_LABEL", now.care ? "标准版" : "关怀版");
  struct SizeLink {
    const char* value;
    const char* label;
    const char* name;
    FontSize size;
  };
  constexpr SizeLink kSizes[] = {{"l", "大", "字号：大", FontSize::kLarge},
                                 {"m", "中", "字号：中", FontSize::kMedium},
                                 {"s", "小", "字号：小", FontSize::kSmall}};
  for (const auto& s : kSizes) {
    auto* link = d.AddSectionDictionary("FONT_SIZES");
    link->SetValue("URL", std::string("/display?size=") + s.value + back);
    link->SetValue("LABEL", s.label);
    link->SetValue("NAME", s.name);
    if (now.size == s.size) link->ShowSection("CURRENT");
  }
  d.SetValue("CONTRAST_URL", std::string("/display?contrast=") + (now.contrast ? "normal" : "high") + back);
  d.SetValue("CONTRAST_LABEL", now.contrast ? "常规配色" : "高对比度");
}

http::Response Context::PublicPage(Page& page, const std::string& nav, int status) {
  FillLayout(page);
  FillDisplayTools(page);
  for (const auto& item : kPublicNav) {
    auto* n = page.layout().AddSectionDictionary("NAV");
    n->SetValue("URL", item.url);
    n->SetValue("LABEL", item.label);
    if (nav == item.url) n->ShowSection("CURRENT");
  }
  TakeFlash(page);
  return Render("layouts/public.tpl", page, status);
}

http::Response Context::ConsolePage(Page& page, const std::string& nav, int status) {
  FillLayout(page);
  auto& d = page.layout();
  if (principal()) {
    d.SetValue("USER_DISPLAY_NAME", principal_->user.display_name);
    d.SetValue("USERNAME", principal_->user.username);
    for (const auto& item : kConsoleNav) {
      if (!access::Allows(principal_->user, item.permission)) continue;
      auto* n = d.AddSectionDictionary("SIDENAV");
      n->SetValue("URL", item.url);
      n->SetValue("LABEL", item.label);
      if (nav == item.url) n->ShowSection("CURRENT");
    }
  }
  d.SetValue("CSRF_TOKEN", CsrfToken());
  TakeFlash(page);
  auto r = Render("layouts/console.tpl", page, status);
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

http::Response Context::ErrorPage(int status, const std::string& message) {
  if (IsApiPath(req_.path)) return JsonError(status, message.empty() ? DefaultMessage(status) : message);
  Page page(ErrorTitle(status), "errors/error.tpl");
  auto& d = page.content();
  d.SetIntValue("STATUS", status);
  d.SetValue("TITLE", ErrorTitle(status));
  d.SetValue("MESSAGE", message.empty() ? DefaultMessage(status) : message);
  auto r = PublicPage(page, "", status);
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

bool Context::Got(const Status& s) {
  if (!s.ok() && s.code() != Code::kNotFound) incomplete_ = true;
  return s.ok();
}

http::Response Context::Cacheable(http::Response r) {
  if (incomplete_) {
    r.public_cacheable = false;
    r.SetHeader("Cache-Control", "no-store");
    return r;
  }
  r.public_cacheable = r.status == 200;
  r.last_modified = services().cache.changed_at();
  auto type = r.headers.find("Content-Type");
  if (type != r.headers.end() && type->second.starts_with("text/html")) {
    // A page differs by the reader's display mode (web/display.h): the
    // browser asks again each time (a 304 when nothing changed), so a
    // page kept from before a switch is never shown after it.
    r.SetHeader("Cache-Control", "public, no-cache");
    r.SetHeader("Vary", "Cookie");
  } else {
    r.SetHeader("Cache-Control", "public, max-age=60");
  }
  return r;
}

http::Response Context::RedirectWithFlash(const std::string& location, const std::string& message, bool success) {
  auto r = http::Response::Redirect(location);
  http::CookieOptions o = site_.Cookie();
  o.max_age = 120;
  // BuildSetCookie percent-encodes what a cookie cannot carry; TakeFlash
  // decodes it once.
  r.AddCookie(http::BuildSetCookie(Site::kFlashCookie, (success ? "s:" : "e:") + message, o));
  return r;
}

http::Response Context::FromStatus(const Status& s) {
  switch (s.code()) {
    case Code::kOk:
      return http::Response::Text("", 204);
    case Code::kInvalid:
      return ErrorPage(400, s.message());
    case Code::kNotFound:
      return ErrorPage(404, s.message());
    case Code::kConflict:
      return ErrorPage(409, s.message());
    case Code::kDenied:
      return ErrorPage(403, s.message());
    case Code::kUnauthenticated:
      return ErrorPage(401, s.message());
    case Code::kTooMany:
      return ErrorPage(429, s.message());
    case Code::kUnavailable:
      return ErrorPage(503);
    case Code::kInternal:
      break;
  }
  spdlog::error("internal error: {}", s.message());
  return ErrorPage(500);
}

void Site::Add(const std::string& method, const std::string& pattern, Guard guard, PageHandler handler,
               http::RouteOptions options) {
  // An upload to a staff route without a session cookie is refused before
  // its body is read (http::RouteOptions::require_cookie).
  if (options.upload && guard.access != Access::kPublic) options.require_cookie = SessionCookie();
  Status s = router_.Add(
      method, pattern,
      [this, guard, handler = std::move(handler)](http::Request& req) { return Dispatch(guard, handler, req); },
      options);
  if (!s.ok()) {
    spdlog::critical("route registration failed: {}", s.message());
    std::abort();
  }
  routes_.push_back({method, pattern, guard});
}

bool Site::https() const {
  const auto& server = services_.config.server;
  return server.tls || server.public_url.starts_with("https://");
}

std::string Site::SessionCookie() const { return https() ? std::string("__Host-") + kSessionCookie : kSessionCookie; }

std::string Site::CsrfCookie() const { return https() ? std::string("__Host-") + kCsrfCookie : kCsrfCookie; }

http::CookieOptions Site::Cookie() const {
  http::CookieOptions o;
  o.path = "/";
  o.secure = https();
  return o;
}

http::Response Site::ErrorPage(int status, const http::Request& req) {
  Context ctx(*this, req);
  return ctx.ErrorPage(status);
}

http::Response Site::Dispatch(const Guard& guard, const PageHandler& handler, http::Request& req) {
  Context ctx(*this, req);
  http::Response r = GuardAndHandle(guard, handler, req, ctx);
  for (const auto& c : ctx.cookies()) r.AddCookie(c);
  // Nothing for one visitor is kept by a cache: a non-public route's answer
  // (refusals and redirects to the login page too), one that sets a cookie,
  // and an incomplete page (Context::Got), whoever marked it.
  if (!ctx.cookies().empty() || guard.access != Access::kPublic || ctx.incomplete()) {
    r.public_cacheable = false;
    if (ctx.incomplete() || r.headers.find("Cache-Control") == r.headers.end())
      r.SetHeader("Cache-Control", "no-store");
  }
  return r;
}

http::Response Site::GuardAndHandle(const Guard& guard, const PageHandler& handler, http::Request& req, Context& ctx) {
  const bool api = IsApiPath(req.path);
  // 1. Who is asking: looked up now where the guard or CSRF needs it, else
  // on first use, so public pages cost no database read for it.
  const bool unsafe = !IsSafeMethod(req.method);
  if (unsafe || guard.access != Access::kPublic) {
    if (Status s = ctx.LoadPrincipal(); !s.ok()) return ctx.ErrorPage(503);
  }
  // 2. The body, then the CSRF token for every state-changing request.
  if (unsafe) {
    if (Status s = http::ParseBody(req); !s.ok()) return ctx.ErrorPage(400, s.message());
    std::string sent = req.Form("_csrf");
    if (sent.empty()) sent = req.Header("X-CSRF-Token");
    std::string expected = ctx.principal_ ? ctx.principal_->csrf_token : req.Cookie(CsrfCookie());
    if (expected.empty() || !SecretEquals(sent, expected)) {
      return ctx.ErrorPage(403, "页面已过期或请求来源无法确认（CSRF 校验未通过）。请返回上一页，刷新后重新提交。");
    }
  }
  // 3. May they.
  if (guard.access != Access::kPublic) {
    if (!ctx.principal_) {
      if (api) return JsonError(401, "需要登录");
      std::string next = req.method == "GET" ? req.target : std::string("/console");
      return http::Response::Redirect("/login?next=" + http::PercentEncode(next));
    }
    if (guard.access == Access::kStaff) {
      if (ctx.principal_->user.must_change_password) {
        if (api) return JsonError(403, "请先修改一次性密码");
        return http::Response::Redirect("/console/password");
      }
      if (!access::Allows(ctx.principal_->user, guard.permission))
        return ctx.ErrorPage(403, std::string("您没有“") + access::PermissionLabel(guard.permission) + "”的权限。");
    }
  }
  return handler(req, ctx);
}

}  // namespace gk::web
