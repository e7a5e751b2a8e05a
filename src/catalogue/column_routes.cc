// Console pages for the column tree (栏目管理).
#include <functional>
#include <map>

#include "auth/routes.h"
#include "catalogue/columns.h"
#include "catalogue/routes.h"
#include "catalogue/service.h"
#include "web/forms.h"

namespace gk::catalogue {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

Response ColumnsPage(Context& ctx, int64_t agency_id, const Column& input, const FieldErrors& errors, int status) {
  auto agencies = auth::Svc(ctx)->ManagedAgencies(*ctx.user());
  if (!agencies.ok()) return ctx.FromStatus(agencies.status());
  if (agencies->empty()) return ctx.ErrorPage(403, "您没有可管理栏目的机构");
  if (agency_id == 0) agency_id = agencies->front().id;
  Page page("栏目管理", "console/columns.tpl");
  auto& d = page.content();
  bool found = false;
  for (const auto& a : agencies.value()) {
    auto* o = d.AddSectionDictionary("AGENCY_OPTIONS");
    o->SetIntValue("ID", static_cast<long>(a.id));
    o->SetValue("NAME", a.name);
    if (a.id == agency_id) {
      o->ShowSection("SELECTED");
      d.SetValue("AGENCY_NAME", a.name);
      found = true;
    }
  }
  if (!found) return ctx.ErrorPage(403, "您没有管理该机构栏目的权限");
  d.SetIntValue("AGENCY_ID", static_cast<long>(agency_id));
  if (auto categories = AgencyCategories(*ctx.services().db, agency_id); categories.ok()) {
    std::string text;
    for (const auto& c : categories.value()) text += c + "\n";
    d.SetValue("CATEGORIES", text);
  }
  auto columns = Deps(ctx).catalogue->Columns(agency_id);
  if (!columns.ok()) return ctx.FromStatus(columns.status());
  std::map<int64_t, std::string> names;
  for (const auto& c : columns.value()) names[c.id] = c.name;
  // Depth-first: parents before their children, children indented.
  std::function<void(int64_t, int)> walk = [&](int64_t parent, int depth) {
    for (const auto& c : columns.value()) {
      if (c.parent_id != parent) continue;
      auto* row = d.AddSectionDictionary("COLUMNS");
      row->SetIntValue("ID", static_cast<long>(c.id));
      row->SetValue("NAME", c.name);
      row->SetValue("CODE", c.code);
      row->SetValue("KIND", c.kind == ColumnKind::kPage ? "单页" : "列表");
      row->SetIntValue("POSITION", c.position);
      row->SetValue("INDENT", std::string(static_cast<size_t>(depth) * 2, ' ') + (depth ? "└ " : ""));
      row->SetValue("PARENT", c.parent_id ? names[c.parent_id] : "—");
      for (const auto& p : columns.value()) {
        if (p.id == c.id) continue;
        auto* o = row->AddSectionDictionary("PARENT_OPTIONS");
        o->SetIntValue("ID", static_cast<long>(p.id));
        o->SetValue("NAME", p.name);
        if (p.id == c.parent_id) o->ShowSection("SELECTED");
      }
      row->SetValue("CSRF_TOKEN", ctx.CsrfToken());
      walk(c.id, depth + 1);
    }
  };
  walk(0, 0);
  for (const auto& p : columns.value()) {
    auto* o = d.AddSectionDictionary("NEW_PARENT_OPTIONS");
    o->SetIntValue("ID", static_cast<long>(p.id));
    o->SetValue("NAME", p.name);
    if (p.id == input.parent_id) o->ShowSection("SELECTED");
  }
  d.SetValue("NEW_NAME", input.id == 0 ? input.name : "");
  d.SetValue("NEW_CODE", input.code);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/columns", status);
}

Response GetColumns(Request& req, Context& ctx) {
  return ColumnsPage(ctx, web::ParseId(req.Query("agency")), Column{}, {}, 200);
}

Column ColumnFromForm(const Request& req) {
  Column c;
  c.agency_id = web::ParseId(req.Form("agency_id"));
  c.parent_id = web::ParseId(req.Form("parent_id"));
  c.name = req.Form("name");
  c.code = req.Form("code");
  c.kind = req.Form("kind") == "page" ? ColumnKind::kPage : ColumnKind::kList;
  c.position = static_cast<int>(web::ParseId(req.Form("position")));
  return c;
}

Response PostColumns(Request& req, Context& ctx) {
  Column c = ColumnFromForm(req);
  if (Status s = auth::Svc(ctx)->CheckScope(ctx.user(), c.agency_id, access::Permission::kManageColumns); !s.ok())
    return ctx.FromStatus(s);
  FieldErrors errors;
  auto id = CreateColumn(*ctx.services().db, *ctx.services().clock, ctx.actor(), c, &errors, &ctx.services().changes);
  if (id.ok()) {
    return ctx.RedirectWithFlash("/console/columns?agency=" + std::to_string(c.agency_id), "已新增栏目：" + c.name);
  }
  if (errors.empty()) return ctx.FromStatus(id.status());
  return ColumnsPage(ctx, c.agency_id, c, errors, 400);
}

// The column of the request's {id}, when the user manages its agency's columns.
Result<Column> ManagedColumn(Request& req, Context& ctx) {
  auto current = Deps(ctx).catalogue->GetColumn(web::ParseId(req.Param("id")));
  if (!current.ok()) return current.status();
  if (Status s = auth::Svc(ctx)->CheckScope(ctx.user(), current->agency_id, access::Permission::kManageColumns);
      !s.ok())
    return s;
  return current;
}

Response PostColumn(Request& req, Context& ctx) {
  auto current = ManagedColumn(req, ctx);
  if (!current.ok()) return ctx.FromStatus(current.status());
  Column c = current.value();
  c.name = req.Form("name");
  c.parent_id = web::ParseId(req.Form("parent_id"));
  c.position = static_cast<int>(web::ParseId(req.Form("position")));
  FieldErrors errors;
  Status s = UpdateColumn(*ctx.services().db, *ctx.services().clock, ctx.actor(), c, &errors, &ctx.services().changes);
  const std::string back = "/console/columns?agency=" + std::to_string(c.agency_id);
  if (s.ok()) {
    return ctx.RedirectWithFlash(back, "已保存栏目：" + c.name);
  }
  if (errors.empty()) return ctx.FromStatus(s);
  return ctx.RedirectWithFlash(back, errors.all().begin()->second, false);
}

Response PostDeleteColumn(Request& req, Context& ctx) {
  auto current = ManagedColumn(req, ctx);
  if (!current.ok()) return ctx.FromStatus(current.status());
  const std::string back = "/console/columns?agency=" + std::to_string(current->agency_id);
  Status s =
      DeleteColumn(*ctx.services().db, *ctx.services().clock, ctx.actor(), current.value(), &ctx.services().changes);
  if (s.code() == Code::kConflict) return ctx.RedirectWithFlash(back, s.message(), false);
  if (!s.ok()) return ctx.FromStatus(s);
  return ctx.RedirectWithFlash(back, "已删除栏目：" + current->name);
}

// 组配分类 of an agency: one per line, in order.
Response PostCategories(Request& req, Context& ctx) {
  const int64_t agency = web::ParseId(req.Form("agency_id"));
  if (Status s = auth::Svc(ctx)->CheckScope(ctx.user(), agency, access::Permission::kManageColumns); !s.ok())
    return ctx.FromStatus(s);
  std::vector<std::string> names;
  const std::string text = req.Form("categories");
  for (size_t pos = 0; pos <= text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    names.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  FieldErrors errors;
  Status s = SetAgencyCategories(*ctx.services().db, *ctx.services().clock, ctx.actor(), agency, names, &errors,
                                 &ctx.services().changes);
  const std::string back = "/console/columns?agency=" + std::to_string(agency);
  if (!s.ok()) {
    if (!errors.empty() || s.code() == Code::kNotFound) return ctx.RedirectWithFlash(back, s.message(), false);
    return ctx.FromStatus(s);
  }
  return ctx.RedirectWithFlash(back, "已保存组配分类。");
}

}  // namespace

void RegisterColumnRoutes(web::Site& site) {
  site.Add("GET", "/console/columns", web::Staff(access::Permission::kManageColumns), GetColumns);
  site.Add("POST", "/console/columns", web::Staff(access::Permission::kManageColumns), PostColumns);
  site.Add("POST", "/console/columns/{id:int}", web::Staff(access::Permission::kManageColumns), PostColumn);
  site.Add("POST", "/console/columns/{id:int}/delete", web::Staff(access::Permission::kManageColumns),
           PostDeleteColumn);
  site.Add("POST", "/console/columns/categories", web::Staff(access::Permission::kManageColumns), PostCategories);
}

}  // namespace gk::catalogue
