// 负面清单 on the pages (negative.h): the 公开办's list in the console
// (add, correct, retire and restore entries), the public list at
// /negative-list and /api/v1/negative-list, and what an exempt item cites.
#include <nlohmann/json.hpp>

#include "auth/routes.h"
#include "catalogue/routes.h"
#include "catalogue/service.h"
#include "web/forms.h"

namespace gk::catalogue {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr auto kManage = access::Permission::kManageNegativeList;

CatalogueService& Svc(Context& ctx) { return *Deps(ctx).catalogue; }

NegativeEntry EntryOf(const Request& req) {
  NegativeEntry e;
  e.agency_id = web::ParseId(req.Form("agency_id"));
  e.name = req.Form("name");
  e.basis = req.Form("basis");
  e.description = req.Form("description");
  e.position = static_cast<int>(web::ParseId(req.Form("position")));
  return e;
}

Response ConsolePage(Context& ctx, const NegativeEntry& typed, const FieldErrors& errors, int status) {
  auto agencies = auth::Svc(ctx)->ListAgencies();
  if (!ctx.Got(agencies)) return ctx.ErrorPage(503, "");
  Page page("不予公开事项清单", "console/negative_list.tpl");
  auto& d = page.content();
  for (const auto& a : agencies.value()) {
    if (!ctx.scope().Allows(kManage, a.id)) continue;
    web::AddOption(d, "AGENCIES", std::to_string(a.id), a.name, std::to_string(typed.agency_id));
    auto entries = Svc(ctx).NegativeList(a.id, true);
    if (!entries.ok()) return ctx.FromStatus(entries.status());
    for (const auto& e : entries.value()) {
      auto* row = d.AddSectionDictionary("ENTRIES");
      row->SetIntValue("ID", static_cast<long>(e.id));
      row->SetValue("AGENCY", a.short_name.empty() ? a.name : a.short_name);
      row->SetValue("NAME", e.name);
      row->SetValue("BASIS", e.basis);
      row->SetValue("DESCRIPTION", e.description);
      row->SetIntValue("POSITION", e.position);
      if (e.retired) row->ShowSection("RETIRED");
      else row->ShowSection("ACTIVE");
      row->SetValue("CSRF_TOKEN", ctx.CsrfToken());
    }
  }
  d.SetValue("NAME", typed.id == 0 ? typed.name : "");
  d.SetValue("BASIS", typed.id == 0 ? typed.basis : "");
  d.SetValue("DESCRIPTION", typed.id == 0 ? typed.description : "");
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/negative-list", status);
}

Response GetConsole(Request&, Context& ctx) { return ConsolePage(ctx, {}, {}, 200); }

Response PostNew(Request& req, Context& ctx) {
  NegativeEntry e = EntryOf(req);
  if (!ctx.scope().Allows(kManage, e.agency_id)) return ctx.ErrorPage(403, "您不能维护该机构的不予公开事项清单。");
  FieldErrors errors;
  auto id = Svc(ctx).SaveNegative(ctx.actor(), *ctx.user(), e, &errors);
  auto again = [&](const FieldErrors& errs, int status) { return ConsolePage(ctx, e, errs, status); };
  return web::AfterAction(ctx, id.status(), errors, "/console/negative-list", "已新增：" + e.name, again);
}

Response PostEdit(Request& req, Context& ctx) {
  NegativeEntry e = EntryOf(req);
  e.id = web::ParseId(req.Param("id"));
  FieldErrors errors;
  auto id = Svc(ctx).SaveNegative(ctx.actor(), *ctx.user(), e, &errors);
  auto again = [&](const FieldErrors& errs, int status) { return ConsolePage(ctx, {}, errs, status); };
  return web::AfterAction(ctx, id.status(), errors, "/console/negative-list", "已保存：" + e.name, again);
}

Response PostRetire(Request& req, Context& ctx) {
  const bool retire = req.Form("retired") == "1";
  Status s = Svc(ctx).RetireNegative(ctx.actor(), *ctx.user(), web::ParseId(req.Param("id")), retire);
  if (!s.ok()) return ctx.FromStatus(s);
  return ctx.RedirectWithFlash("/console/negative-list", retire ? "已停用，已引用的信息不受影响。" : "已恢复使用。");
}

Response PublicPage(Request&, Context& ctx) {
  auto agencies = auth::Svc(ctx)->ListAgencies();
  auto entries = Svc(ctx).NegativeList(0, false);
  if (!ctx.Got(agencies) || !ctx.Got(entries)) return ctx.ErrorPage(503, "");
  Page page("不予公开事项清单", "public/negative_list.tpl");
  auto& d = page.content();
  for (const auto& a : agencies.value()) {
    ctemplate::TemplateDictionary* group = nullptr;
    int n = 0;
    for (const auto& e : entries.value()) {
      if (e.agency_id != a.id) continue;
      if (!group) {
        group = d.AddSectionDictionary("AGENCIES");
        group->SetValue("NAME", a.name);
        group->SetIntValue("ID", static_cast<long>(a.id));
      }
      auto* row = group->AddSectionDictionary("ENTRIES");
      row->SetIntValue("N", ++n);
      row->SetValue("NAME", e.name);
      row->SetValue("BASIS", e.basis);
      row->SetValue("DESCRIPTION", e.description);
    }
  }
  if (entries->empty()) d.ShowSection("EMPTY");
  // Not cached: the list changes without a catalogue change to announce it.
  return ctx.PublicPage(page, "/negative-list");
}

Response Api(Request&, Context& ctx) {
  auto agencies = auth::Svc(ctx)->ListAgencies();
  auto entries = Svc(ctx).NegativeList(0, false);
  if (!agencies.ok() || !entries.ok()) return web::JsonError(503, "服务暂时不可用");
  std::map<int64_t, std::string> names;
  for (const auto& a : agencies.value()) names[a.id] = a.name;
  nlohmann::json list = nlohmann::json::array();
  for (const auto& e : entries.value())
    list.push_back({{"id", e.id},
                    {"agency", names[e.agency_id]},
                    {"name", e.name},
                    {"basis", e.basis},
                    {"description", e.description}});
  auto r = http::Response::Text(nlohmann::json({{"total", list.size()}, {"entries", list}}).dump(), 200);
  r.SetHeader("Content-Type", "application/json; charset=utf-8");
  return r;
}

}  // namespace

void FillExemption(Context& ctx, ctemplate::TemplateDictionary& d, const Item& item) {
  if (item.exempt_entry_id == 0) return;
  auto e = Svc(ctx).GetNegative(item.exempt_entry_id);
  if (!e.ok()) return;
  d.SetValue("ENTRY", e->name);
  d.SetValue("ENTRY_BASIS", e->basis);
  d.ShowSection("HAS_ENTRY");
}

void RegisterNegativeRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(kManage);
  site.Add("GET", "/console/negative-list", manage, GetConsole);
  site.Add("POST", "/console/negative-list", manage, PostNew);
  site.Add("POST", "/console/negative-list/{id:int}", manage, PostEdit);
  site.Add("POST", "/console/negative-list/{id:int}/retire", manage, PostRetire);
  site.Add("GET", "/negative-list", web::Public(), PublicPage);
  site.Add("GET", "/api/v1/negative-list", web::Public(), Api);
}

}  // namespace gk::catalogue
