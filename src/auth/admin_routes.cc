// Administration pages: agencies and their departments, users, audit log,
// the content check's sensitive-wording list.
#include <algorithm>

#include "auth/routes.h"
#include "common/china_time.h"
#include "common/clock.h"
#include "http/forms.h"
#include "web/forms.h"

namespace gk::auth {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

bool IsGlobalAdmin(const User& u, Permission p) { return AllowsFor(u, p, -1, {}); }

std::map<int64_t, std::string> AgencyNames(Context& ctx) {
  std::map<int64_t, std::string> m;
  if (auto a = Svc(ctx)->ListAgencies(); a.ok())
    for (const auto& x : a.value()) m[x.id] = x.name;
  return m;
}

// <option>s of agencies the user may manage; `selected` marked.
void AgencyOptions(ctemplate::TemplateDictionary& d, const char* section, const std::vector<Agency>& agencies,
                   int64_t selected) {
  for (const auto& a : agencies) {
    auto* o = d.AddSectionDictionary(section);
    o->SetIntValue("ID", static_cast<long>(a.id));
    o->SetValue("NAME", a.name);
    if (a.id == selected) o->ShowSection("SELECTED");
  }
}

// --- The content check's sensitive-wording list ----------------------------

Response WordingPage(Context& ctx, const std::string& text, const FieldErrors& errors, int status) {
  Page page("内容检查敏感词表", "console/content_rules.tpl");
  auto& d = page.content();
  d.SetValue("WORDING", text);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/content-rules", status);
}

Response GetWording(Request&, Context& ctx) {
  auto text = Svc(ctx)->WordingText();
  if (!text.ok()) return ctx.FromStatus(text.status());
  return WordingPage(ctx, text.value(), {}, 200);
}

Response PostWording(Request& req, Context& ctx) {
  FieldErrors errors;
  const std::string text = req.Form("wording");
  Status s = Svc(ctx)->SaveWording(ctx.actor(), *ctx.user(), text, &errors);
  auto again = [&](const FieldErrors& e, int status) { return WordingPage(ctx, text, e, status); };
  return web::AfterAction(ctx, s, errors, "/console/content-rules", "敏感词表已保存，此后的内容检查按新词表进行。",
                          again);
}

// --- Agencies ---------------------------------------------------------------

Response AgencyList(Context& ctx, const Agency& input, const FieldErrors& errors, int status) {
  Page page("机构与处室", "console/agencies.tpl");
  auto& d = page.content();
  const User& u = *ctx.user();
  auto managed = Svc(ctx)->ManagedAgencies(u);
  if (!managed.ok()) return ctx.FromStatus(managed.status());
  auto names = AgencyNames(ctx);
  auto depts = Svc(ctx)->ListDepartments(0);
  std::map<int64_t, int> dept_count;
  if (depts.ok())
    for (const auto& dep : depts.value()) ++dept_count[dep.agency_id];
  for (const auto& a : managed.value()) {
    auto* row = d.AddSectionDictionary("AGENCIES");
    row->SetIntValue("ID", static_cast<long>(a.id));
    row->SetValue("NAME", a.name);
    row->SetValue("SHORT_NAME", a.short_name);
    row->SetValue("USCC", a.uscc);
    row->SetValue("PARENT", a.parent_id ? names[a.parent_id] : "—");
    row->SetIntValue("DEPARTMENTS", dept_count[a.id]);
  }
  if (managed->empty()) d.ShowSection("NO_AGENCIES");
  if (Allows(u, Permission::kManageAgencies)) {
    d.ShowSection("CAN_CREATE");
    if (IsGlobalAdmin(u, Permission::kManageAgencies)) d.ShowSection("CAN_CREATE_TOP");
    AgencyOptions(d, "PARENT_OPTIONS", managed.value(), input.parent_id);
  }
  d.SetValue("NAME", input.name);
  d.SetValue("SHORT_NAME", input.short_name);
  d.SetValue("USCC", input.uscc);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/agencies", status);
}

Agency AgencyFromForm(const Request& req) {
  Agency a;
  a.name = req.Form("name");
  a.short_name = req.Form("short_name");
  a.uscc = req.Form("uscc");
  a.parent_id = web::ParseId(req.Form("parent_id"));
  return a;
}

Response GetAgencies(Request&, Context& ctx) { return AgencyList(ctx, {}, {}, 200); }

Response PostAgencies(Request& req, Context& ctx) {
  FieldErrors errors;
  Agency a = AgencyFromForm(req);
  auto r = Svc(ctx)->CreateAgency(ctx.actor(), ctx.user(), a, &errors);
  if (r.ok()) {
    for (const auto& created : ctx.Get<RouteDeps>().agency_created)
      if (Status c = created(r.value()); !c.ok()) return ctx.FromStatus(c);
    return ctx.RedirectWithFlash("/console/agencies/" + std::to_string(r.value()), "已新增机构：" + a.name);
  }
  if (errors.empty()) return ctx.FromStatus(r.status());
  return AgencyList(ctx, a, errors, 400);
}

Response AgencyPage(Context& ctx, const Agency& a, const FieldErrors& errors, const std::string& dept_name,
                    const FieldErrors& dept_errors, int status) {
  Page page(a.name, "console/agency_edit.tpl");
  auto& d = page.content();
  d.SetIntValue("ID", static_cast<long>(a.id));
  d.SetValue("NAME", a.name);
  d.SetValue("SHORT_NAME", a.short_name);
  d.SetValue("USCC", a.uscc);
  auto managed = Svc(ctx)->ManagedAgencies(*ctx.user());
  if (managed.ok()) {
    std::vector<Agency> parents;
    for (const auto& m : managed.value())
      if (m.id != a.id) parents.push_back(m);
    AgencyOptions(d, "PARENT_OPTIONS", parents, a.parent_id);
  }
  if (IsGlobalAdmin(*ctx.user(), Permission::kManageAgencies)) d.ShowSection("CAN_MOVE");
  web::SetFieldErrors(d, errors);
  auto depts = Svc(ctx)->ListDepartments(a.id);
  if (depts.ok()) {
    for (const auto& dep : depts.value()) {
      auto* row = d.AddSectionDictionary("DEPARTMENTS");
      row->SetIntValue("DEPT_ID", static_cast<long>(dep.id));
      row->SetValue("DEPT_NAME", dep.name);
      row->SetValue("DEPT_KIND", DepartmentKindLabel(dep.kind));
    }
    if (depts->empty()) d.ShowSection("NO_DEPARTMENTS");
  }
  d.SetValue("DEPT_NAME_INPUT", dept_name);
  for (const auto& [field, msg] : dept_errors.all()) d.AddSectionDictionary("ERR_DEPT_NAME")->SetValue("MSG", msg);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  return ctx.ConsolePage(page, "/console/agencies", status);
}

Result<Agency> ScopedAgency(Context& ctx, const Request& req) {
  int64_t id = web::ParseId(req.Param("id"));
  auto a = Svc(ctx)->GetAgency(id);
  if (!a.ok()) return a;
  if (Status s = Svc(ctx)->CheckScope(ctx.user(), id, Permission::kManageDepartments); !s.ok()) return s;
  return a;
}

Response GetAgency(Request& req, Context& ctx) {
  auto a = ScopedAgency(ctx, req);
  if (!a.ok()) return ctx.FromStatus(a.status());
  return AgencyPage(ctx, a.value(), {}, "", {}, 200);
}

Response PostAgency(Request& req, Context& ctx) {
  auto current = ScopedAgency(ctx, req);
  if (!current.ok()) return ctx.FromStatus(current.status());
  Agency a = AgencyFromForm(req);
  a.id = current->id;
  if (!IsGlobalAdmin(*ctx.user(), Permission::kManageAgencies)) a.parent_id = current->parent_id;
  FieldErrors errors;
  Status s = Svc(ctx)->UpdateAgency(ctx.actor(), ctx.user(), a, &errors);
  if (s.ok()) {
    return ctx.RedirectWithFlash("/console/agencies/" + std::to_string(a.id), "机构信息已保存。");
  }
  if (errors.empty()) return ctx.FromStatus(s);
  return AgencyPage(ctx, a, errors, "", {}, 400);
}

Response PostDepartment(Request& req, Context& ctx) {
  auto a = ScopedAgency(ctx, req);
  if (!a.ok()) return ctx.FromStatus(a.status());
  Department d;
  d.agency_id = a->id;
  d.name = req.Form("name");
  if (!ParseDepartmentKind(req.Form("kind"), &d.kind)) d.kind = DepartmentKind::kDivision;
  FieldErrors errors;
  auto r = Svc(ctx)->CreateDepartment(ctx.actor(), ctx.user(), d, &errors);
  if (r.ok()) {
    return ctx.RedirectWithFlash("/console/agencies/" + std::to_string(a->id),
                                 std::string("已新增") + DepartmentKindLabel(d.kind) + "：" + d.name);
  }
  if (errors.empty()) return ctx.FromStatus(r.status());
  return AgencyPage(ctx, a.value(), {}, d.name, errors, 400);
}

Response DepartmentForm(Context& ctx, const Department& dep, const FieldErrors& errors, int status) {
  Page page("编辑处室或单位", "console/department_edit.tpl");
  auto& d = page.content();
  d.SetIntValue("ID", static_cast<long>(dep.id));
  d.SetIntValue("AGENCY_ID", static_cast<long>(dep.agency_id));
  d.SetValue("AGENCY_NAME", AgencyNames(ctx)[dep.agency_id]);
  d.SetValue("NAME", dep.name);
  d.ShowSection(dep.kind == DepartmentKind::kDivision ? "KIND_DIVISION" : "KIND_AFFILIATE");
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/agencies", status);
}

Response GetDepartment(Request& req, Context& ctx) {
  auto dep = Svc(ctx)->GetDepartment(web::ParseId(req.Param("id")));
  if (!dep.ok()) return ctx.FromStatus(dep.status());
  if (Status s = Svc(ctx)->CheckScope(ctx.user(), dep->agency_id, Permission::kManageDepartments); !s.ok())
    return ctx.FromStatus(s);
  return DepartmentForm(ctx, dep.value(), {}, 200);
}

Response PostDepartmentEdit(Request& req, Context& ctx) {
  auto dep = Svc(ctx)->GetDepartment(web::ParseId(req.Param("id")));
  if (!dep.ok()) return ctx.FromStatus(dep.status());
  Department d = dep.value();
  d.name = req.Form("name");
  if (!ParseDepartmentKind(req.Form("kind"), &d.kind)) d.kind = dep->kind;
  FieldErrors errors;
  Status s = Svc(ctx)->UpdateDepartment(ctx.actor(), ctx.user(), d, &errors);
  if (s.ok()) {
    return ctx.RedirectWithFlash("/console/agencies/" + std::to_string(d.agency_id), "已保存：" + d.name);
  }
  if (errors.empty()) return ctx.FromStatus(s);
  return DepartmentForm(ctx, d, errors, 400);
}

// --- Users -----------------------------------------------------------------

std::vector<RoleGrant> GrantsFromForm(const Request& req) {
  auto values = [&](const char* name) {
    std::vector<std::string> v;
    auto [b, e] = req.form.equal_range(name);
    for (auto it = b; it != e; ++it) v.push_back(it->second);
    return v;
  };
  auto roles = values("role"), agencies = values("agency_id"), depts = values("department_id");
  std::vector<RoleGrant> out;
  for (size_t i = 0; i < roles.size(); ++i) {
    RoleGrant g;
    if (!ParseRole(roles[i], &g.role)) continue;
    g.agency_id = i < agencies.size() ? web::ParseId(agencies[i]) : 0;
    g.department_id = i < depts.size() ? web::ParseId(depts[i]) : 0;
    out.push_back(g);
  }
  return out;
}

// One editable row of role, agency and department selects per grant, plus
// an empty row for adding one more.
void GrantRows(Context& ctx, ctemplate::TemplateDictionary& d, std::vector<RoleGrant> grants) {
  auto managed = Svc(ctx)->ManagedAgencies(*ctx.user());
  auto depts = Svc(ctx)->ListDepartments(0);
  const bool global = IsGlobalAdmin(*ctx.user(), Permission::kManageUsers);
  auto names = AgencyNames(ctx);
  grants.push_back(RoleGrant{Role::kEditor, -1, 0});  // the empty row
  auto* rows = d.AddIncludeDictionary("GRANT_ROWS");
  rows->SetFilename("console/_grants.tpl");
  int index = 0;
  for (const auto& g : grants) {
    auto* row = rows->AddSectionDictionary("GRANTS");
    row->SetIntValue("INDEX", ++index);
    const bool empty_row = g.agency_id == -1;
    if (empty_row) row->ShowSection("EMPTY_ROW");
    for (Role r : {Role::kEditor, Role::kReviewer, Role::kOfficer, Role::kAdmin}) {
      auto* o = row->AddSectionDictionary("ROLE_OPTIONS");
      o->SetValue("CODE", RoleCode(r));
      o->SetValue("LABEL", RoleLabel(r));
      if (!empty_row && g.role == r) o->ShowSection("SELECTED");
    }
    if (managed.ok()) AgencyOptions(*row, "AGENCY_OPTIONS", managed.value(), empty_row ? -2 : g.agency_id);
    if (global) {
      auto* o = row->AddSectionDictionary("AGENCY_OPTIONS");
      o->SetIntValue("ID", 0);
      o->SetValue("NAME", "全部机构（系统范围）");
      if (!empty_row && g.agency_id == 0) o->ShowSection("SELECTED");
    }
    if (depts.ok()) {
      for (const auto& dep : depts.value()) {
        if (!managed.ok()) break;
        bool in_scope =
            std::any_of(managed->begin(), managed->end(), [&](const Agency& a) { return a.id == dep.agency_id; });
        if (!in_scope) continue;
        auto* o = row->AddSectionDictionary("DEPT_OPTIONS");
        o->SetIntValue("ID", static_cast<long>(dep.id));
        o->SetValue("NAME", dep.name + "（" + names[dep.agency_id] + "）");
        if (!empty_row && dep.id == g.department_id) o->ShowSection("SELECTED");
      }
    }
  }
}

std::string RolesSummary(const User& u, std::map<int64_t, std::string>& names) {
  std::string s;
  for (const auto& g : u.roles) {
    if (!s.empty()) s += "；";
    s += std::string(RoleLabel(g.role)) + "（" + (g.agency_id ? names[g.agency_id] : "全部机构") + "）";
  }
  return s.empty() ? "无角色" : s;
}

Response GetUsers(Request& req, Context& ctx) {
  Page page("用户管理", "console/users.tpl");
  auto& d = page.content();
  auto users = Svc(ctx)->ListUsers(ctx.user());
  if (!users.ok()) return ctx.FromStatus(users.status());
  auto names = AgencyNames(ctx);
  const std::string q = req.Query("q");
  d.SetValue("Q", q);
  int shown = 0;
  for (const auto& u : users.value()) {
    if (!q.empty() && u.username.find(q) == std::string::npos && u.display_name.find(q) == std::string::npos) continue;
    auto* row = d.AddSectionDictionary("USERS");
    row->SetIntValue("ID", static_cast<long>(u.id));
    row->SetValue("USERNAME", u.username);
    row->SetValue("DISPLAY_NAME", u.display_name);
    row->SetValue("ROLES", RolesSummary(u, names));
    row->SetValue("CREATED", FormatLocalTime(u.created_at));
    if (u.disabled) row->ShowSection("DISABLED");
    else if (u.must_change_password) row->ShowSection("MUST_CHANGE");
    else row->ShowSection("ACTIVE");
    ++shown;
  }
  if (shown == 0) d.ShowSection("NO_USERS");
  return ctx.ConsolePage(page, "/console/users");
}

Response NewUserForm(Context& ctx, const Request* req, const FieldErrors& errors, int status) {
  Page page("新增用户", "console/user_new.tpl");
  auto& d = page.content();
  if (req) web::KeepInput(d, *req, {"username", "display_name"});
  GrantRows(ctx, d, req ? GrantsFromForm(*req) : std::vector<RoleGrant>{});
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/users", status);
}

Response GetNewUser(Request&, Context& ctx) { return NewUserForm(ctx, nullptr, {}, 200); }

Response OneTimePasswordPage(Context& ctx, const std::string& title, const std::string& username,
                             const std::string& display_name, const std::string& password, int64_t id) {
  Page page(title, "console/user_password.tpl");
  auto& d = page.content();
  d.SetValue("HEADING", title);
  d.SetValue("USERNAME", username);
  d.SetValue("DISPLAY_NAME", display_name);
  d.SetValue("PASSWORD", password);
  d.SetIntValue("ID", static_cast<long>(id));
  return ctx.ConsolePage(page, "/console/users");
}

Response PostUsers(Request& req, Context& ctx) {
  NewUser nu;
  nu.username = req.Form("username");
  nu.display_name = req.Form("display_name");
  nu.roles = GrantsFromForm(req);
  FieldErrors errors;
  auto r = Svc(ctx)->CreateUser(ctx.actor(), ctx.user(), nu, &errors);
  if (!r.ok()) {
    if (errors.empty()) return ctx.FromStatus(r.status());
    return NewUserForm(ctx, &req, errors, 400);
  }
  auto created = Svc(ctx)->GetUserByName(nu.username);
  return OneTimePasswordPage(ctx, "用户已创建", nu.username, nu.display_name, r.value(),
                             created.ok() ? created->id : 0);
}

Response EditUserForm(Context& ctx, const User& u, const FieldErrors& errors, int status) {
  Page page("编辑用户：" + u.username, "console/user_edit.tpl");
  auto& d = page.content();
  d.SetIntValue("ID", static_cast<long>(u.id));
  d.SetValue("USERNAME", u.username);
  d.SetValue("DISPLAY_NAME", u.display_name);
  if (u.disabled) d.ShowSection("DISABLED");
  GrantRows(ctx, d, u.roles);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/users", status);
}

// The user, if the signed-in administrator may manage them.
Result<User> ScopedUser(Context& ctx, const Request& req) {
  auto u = Svc(ctx)->GetUser(web::ParseId(req.Param("id")));
  if (!u.ok()) return u;
  auto visible = Svc(ctx)->ListUsers(ctx.user());
  if (!visible.ok()) return visible.status();
  for (const auto& v : visible.value())
    if (v.id == u->id) return u;
  return Status::Denied("您没有管理该用户的权限");
}

Response GetUser(Request& req, Context& ctx) {
  auto u = ScopedUser(ctx, req);
  if (!u.ok()) return ctx.FromStatus(u.status());
  return EditUserForm(ctx, u.value(), {}, 200);
}

Response PostUser(Request& req, Context& ctx) {
  auto u = ScopedUser(ctx, req);
  if (!u.ok()) return ctx.FromStatus(u.status());
  FieldErrors errors;
  User edited = u.value();
  edited.display_name = req.Form("display_name");
  edited.disabled = req.Form("disabled") == "1";
  edited.roles = GrantsFromForm(req);
  Status s = Svc(ctx)->UpdateUser(ctx.actor(), ctx.user(), edited.id, edited.display_name, edited.disabled,
                                  edited.roles, &errors);
  if (s.ok()) return ctx.RedirectWithFlash("/console/users", "已保存用户：" + edited.username);
  if (errors.empty()) return ctx.FromStatus(s);
  return EditUserForm(ctx, edited, errors, 400);
}

Response PostResetPassword(Request& req, Context& ctx) {
  auto u = ScopedUser(ctx, req);
  if (!u.ok()) return ctx.FromStatus(u.status());
  auto pw = Svc(ctx)->ResetPassword(ctx.actor(), ctx.user(), u->id);
  if (!pw.ok()) return ctx.FromStatus(pw.status());
  return OneTimePasswordPage(ctx, "密码已重置", u->username, u->display_name, pw.value(), u->id);
}

// --- Audit log ---------------------------------------------------------------

// The bounds of the China day a "YYYY-MM-DD" filter names; 0 (no bound) when
// it is empty or not a date.
int64_t DayStart(const std::string& s) {
  auto d = Date::Parse(s);
  return d.ok() ? ChinaDayStart(*d) : 0;
}
int64_t DayEnd(const std::string& s) {
  auto d = Date::Parse(s);
  return d.ok() ? ChinaDayEnd(*d) : 0;
}

Response GetAudit(Request& req, Context& ctx) {
  Page page("审计日志", "console/audit.tpl");
  auto& d = page.content();
  AuditFilter f;
  f.actor = req.Query("actor");
  f.action = req.Query("action");
  f.object_type = req.Query("object_type");
  f.from = DayStart(req.Query("from"));
  f.to = DayEnd(req.Query("to"));  // the whole "to" day
  f.page = std::max<int64_t>(1, web::ParseId(req.Query("page")));
  // An agency administrator sees the entries of the agencies they manage.
  f.all_agencies = IsGlobalAdmin(*ctx.user(), Permission::kViewAudit);
  if (!f.all_agencies) {
    auto managed = Svc(ctx)->ManagedAgencies(*ctx.user());
    if (!managed.ok()) return ctx.FromStatus(managed.status());
    for (const auto& a : managed.value()) f.agencies.push_back(a.id);
  }
  f.per_page = 50;
  std::vector<AuditEntry> entries;
  int64_t total = 0;
  if (Status s = ListAudit(*ctx.services().db, f, &entries, &total); !s.ok()) return ctx.FromStatus(s);
  for (const auto& e : entries) {
    auto* row = d.AddSectionDictionary("ENTRIES");
    row->SetValue("AT", FormatLocalTime(e.at));
    row->SetValue("ACTOR", e.actor_name);
    row->SetValue("IP", e.ip);
    row->SetValue("ACTION", e.action);
    row->SetValue("OBJECT", e.object_type + (e.object_id.empty() ? "" : " #" + e.object_id));
    row->SetValue("SUMMARY", e.summary);
    if (!e.before_json.empty() || !e.after_json.empty()) {
      auto* c = row->AddSectionDictionary("CHANGE");
      c->SetValue("BEFORE", e.before_json.empty() ? "—" : e.before_json);
      c->SetValue("AFTER", e.after_json.empty() ? "—" : e.after_json);
    }
  }
  if (entries.empty()) d.ShowSection("NO_ENTRIES");
  std::vector<std::string> actions;
  if (ListAuditActions(*ctx.services().db, &actions).ok()) {
    for (const auto& a : actions) {
      auto* o = d.AddSectionDictionary("ACTION_OPTIONS");
      o->SetValue("VALUE", a);
      if (a == f.action) o->ShowSection("SELECTED");
    }
  }
  d.SetValue("ACTOR", f.actor);
  d.SetValue("FROM", req.Query("from"));
  d.SetValue("TO", req.Query("to"));
  d.SetValue("OBJECT_TYPE", f.object_type);
  std::string base = "/console/audit?actor=" + http::PercentEncode(f.actor) +
                     "&action=" + http::PercentEncode(f.action) + "&object_type=" + http::PercentEncode(f.object_type) +
                     "&from=" + http::PercentEncode(req.Query("from")) + "&to=" + http::PercentEncode(req.Query("to")) +
                     "&";
  web::SetPagination(d, base, static_cast<int>(f.page), f.per_page, total);
  return ctx.ConsolePage(page, "/console/audit");
}

}  // namespace

void RegisterAdminRoutes(web::Site& site) {
  using P = Permission;
  site.Add("GET", "/console/agencies", web::Staff(P::kManageDepartments), GetAgencies);
  site.Add("POST", "/console/agencies", web::Staff(P::kManageAgencies), PostAgencies);
  site.Add("GET", "/console/agencies/{id:int}", web::Staff(P::kManageDepartments), GetAgency);
  site.Add("POST", "/console/agencies/{id:int}", web::Staff(P::kManageAgencies), PostAgency);
  site.Add("POST", "/console/agencies/{id:int}/departments", web::Staff(P::kManageDepartments), PostDepartment);
  site.Add("GET", "/console/departments/{id:int}", web::Staff(P::kManageDepartments), GetDepartment);
  site.Add("POST", "/console/departments/{id:int}", web::Staff(P::kManageDepartments), PostDepartmentEdit);
  site.Add("GET", "/console/users", web::Staff(P::kManageUsers), GetUsers);
  site.Add("GET", "/console/users/new", web::Staff(P::kManageUsers), GetNewUser);
  site.Add("POST", "/console/users", web::Staff(P::kManageUsers), PostUsers);
  site.Add("GET", "/console/users/{id:int}", web::Staff(P::kManageUsers), GetUser);
  site.Add("POST", "/console/users/{id:int}", web::Staff(P::kManageUsers), PostUser);
  site.Add("POST", "/console/users/{id:int}/reset-password", web::Staff(P::kManageUsers), PostResetPassword);
  site.Add("GET", "/console/audit", web::Staff(P::kViewAudit), GetAudit);
  site.Add("GET", "/console/content-rules", web::Staff(P::kManageContentRules), GetWording);
  site.Add("POST", "/console/content-rules", web::Staff(P::kManageContentRules), PostWording);
}

}  // namespace gk::auth
