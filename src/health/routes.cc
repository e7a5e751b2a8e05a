#include "health/routes.h"

#include "web/forms.h"

namespace gk::health {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr auto kPermission = access::Permission::kCheckSiteHealth;

// A finding the user may see: the site's as a whole with the permission for
// the site's agency (`site`, looked up once a page), an agency's with the
// permission for that agency.
bool Visible(Context& ctx, const Finding& f, int64_t site) {
  return ctx.scope().Allows(kPermission, f.agency_id != 0 ? f.agency_id : site);
}

void FillFindings(Context& ctx, ctemplate::TemplateDictionary& d, const Report& r) {
  int vetoes = 0, near = 0, warnings = 0;
  const int64_t site = ctx.Get<RouteDeps>().site_agency();
  for (const auto& f : r.findings) {
    if (!Visible(ctx, f, site)) continue;
    auto* row = d.AddSectionDictionary("FINDINGS");
    row->SetValue("SEVERITY", SeverityLabel(f.severity));
    row->SetValue("SEVERITY_CODE", SeverityCode(f.severity));
    row->SetValue("BADGE", f.severity == Severity::kVeto   ? "badge-error"
                           : f.severity == Severity::kNear ? "badge-warn"
                                                           : "badge-muted");
    row->SetValue("MESSAGE", f.message);
    if (!f.url.empty()) row->SetValueAndShowSection("URL", f.url, "LINK");
    (f.severity == Severity::kVeto ? vetoes : f.severity == Severity::kNear ? near : warnings)++;
  }
  d.SetIntValue("VETOES", vetoes);
  d.SetIntValue("NEAR", near);
  d.SetIntValue("WARNINGS", warnings);
  if (vetoes + near + warnings == 0) d.ShowSection("CLEAN");
  if (vetoes > 0) d.ShowSection("HAS_VETOES");
}

// 外部链接：已检查 N 个，无法访问 M 个，最近检查时间 …
void FillExternal(ctemplate::TemplateDictionary& d, const ExternalSummary& e) {
  if (!e.enabled) d.ShowSection("EXTERNAL_OFF");
  d.SetIntValue("EXTERNAL_LINKED", static_cast<long>(e.linked));
  d.SetIntValue("EXTERNAL_CHECKED", static_cast<long>(e.checked));
  d.SetIntValue("EXTERNAL_BROKEN", static_cast<long>(e.broken));
  if (e.last_checked.empty()) d.ShowSection("EXTERNAL_NEVER");
  else d.SetValueAndShowSection("EXTERNAL_LAST", e.last_checked, "EXTERNAL_LATEST");
}

Response GetHealth(Request&, Context& ctx) {
  auto r = Health(ctx).Check(true);
  if (!r.ok()) return ctx.FromStatus(r.status());
  Page page("网站健康检查", "console/health.tpl");
  auto& d = page.content();
  d.SetValue("TODAY", r->today.ToString());
  d.SetIntValue("ITEMS_CHECKED", static_cast<long>(r->items_checked));
  d.SetIntValue("LINKS_CHECKED", static_cast<long>(r->links_checked));
  FillExternal(d, r->external);
  FillFindings(ctx, d, r.value());
  return ctx.ConsolePage(page, "/console/health");
}

Response ColumnsPage(Context& ctx, int status) {
  auto columns = Health(ctx).Columns();
  if (!columns.ok()) return ctx.FromStatus(columns.status());
  Page page("栏目更新要求", "console/health_columns.tpl");
  auto& d = page.content();
  const Date today = Health(ctx).Today();
  for (const auto& c : columns.value()) {
    if (!ctx.scope().Allows(kPermission, c.agency_id)) continue;
    auto* row = d.AddSectionDictionary("COLUMNS");
    row->SetIntValue("ID", static_cast<long>(c.id));
    row->SetValue("AGENCY", c.agency);
    row->SetValue("NAME", c.name);
    row->SetValue("CODE", c.code);
    row->SetIntValue("ITEMS", static_cast<long>(c.items));
    row->SetValue("LAST", c.last ? c.last->ToString() : "从未发布");
    const auto until = c.last ? FreshUntil(c.rule, *c.last) : std::nullopt;
    if (c.rule != UpdateRule::kNone && (!until || *until < today)) row->ShowSection("STALE");
    for (auto rule : {UpdateRule::kNone, UpdateRule::kTwoWeeks, UpdateRule::kSixMonths})
      web::AddOption(*row, "RULES", UpdateRuleCode(rule), UpdateRuleLabel(rule), UpdateRuleCode(c.rule));
    row->SetValue("CSRF_TOKEN", ctx.CsrfToken());
  }
  return ctx.ConsolePage(page, "/console/health", status);
}

Response GetColumns(Request&, Context& ctx) { return ColumnsPage(ctx, 200); }

Response PostColumn(Request& req, Context& ctx) {
  UpdateRule rule;
  if (!ParseUpdateRule(req.Form("rule"), &rule)) return ctx.ErrorPage(400, "请选择栏目的更新要求。");
  const int64_t id = web::ParseId(req.Param("id"));
  Status s = Health(ctx).SetRule(ctx.actor(), *ctx.user(), id, rule);
  if (!s.ok()) return ctx.FromStatus(s);
  return ctx.RedirectWithFlash("/console/health/columns#col-" + std::to_string(id), "已保存栏目的更新要求。");
}

}  // namespace

void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  if (!ctx.scope().AllowsSomewhere(kPermission)) return;
  auto r = Health(ctx).Check(false);
  if (!r.ok()) return;
  ctemplate::TemplateDictionary* card = nullptr;
  const int64_t site = ctx.Get<RouteDeps>().site_agency();
  for (const auto& f : r->findings) {
    if (f.severity == Severity::kWarning || !Visible(ctx, f, site)) continue;
    if (!card) card = d.AddSectionDictionary("SITE_HEALTH");
    auto* row = card->AddSectionDictionary("ALERTS");
    row->SetValue("SEVERITY", SeverityLabel(f.severity));
    row->SetValue("MESSAGE", f.message);
    if (!f.url.empty()) row->SetValueAndShowSection("URL", f.url, "LINK");
  }
}

void RegisterConsoleRoutes(web::Site& site) {
  const web::Guard check = web::Staff(kPermission);
  site.Add("GET", "/console/health", check, GetHealth);
  site.Add("GET", "/console/health/columns", check, GetColumns);
  site.Add("POST", "/console/health/columns/{id:int}", check, PostColumn);
}

}  // namespace gk::health
