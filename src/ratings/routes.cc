// The console's 好差评 pages: the ratings of the user's agencies (bad ones,
// overdue follow-ups, appeals), a rating with its follow-up steps, and the
// list of rated services. The rules are the service's (service.h);
// handlers parse and render.
#include "ratings/routes.h"

#include <algorithm>

#include "auth/routes.h"
#include "common/strings.h"
#include "http/forms.h"
#include "ratings/views.h"
#include "web/forms.h"

namespace gk::ratings {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kHandleRatings); }

int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }

Response ListPage(Request& req, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  const Date today = Ratings(ctx).Today();
  store::RatingFilter f;
  f.agency_ids = &mine;
  const std::string view = req.Query("view");
  if (view == "bad") f.bad_only = true;
  if (view == "overdue") f.overdue_on = today.ToString();
  if (view == "appealed") f.state = RatingState::kAppealed;
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Ratings(ctx).List(f);
  auto overdue = Ratings(ctx).Overdue(&mine);
  if (!list.ok() || !overdue.ok()) return ctx.FromStatus(!list.ok() ? list.status() : overdue.status());
  Page page("好差评", "console/ratings.tpl");
  auto& d = page.content();
  for (const auto& r : list->ratings) FillRating(*d.AddSectionDictionary("RATINGS"), r, true, today);
  if (list->ratings.empty()) d.ShowSection("NO_RATINGS");
  d.SetIntValue("OVERDUE", static_cast<long>(overdue.value()));
  if (overdue.value() > 0) d.ShowSection("HAS_OVERDUE");
  for (const char* v : {"", "bad", "overdue", "appealed"})
    if (view == v) d.ShowSection(std::string("VIEW_") + (*v ? web::Upper(v) : "ALL"));
  if (ctx.scope().AllowsSomewhere(access::Permission::kManageRatings)) d.ShowSection("CAN_MANAGE");
  d.SetIntValue("VISIT_DAYS", Ratings(ctx).settings().visit_days);
  d.SetIntValue("RECTIFY_DAYS", Ratings(ctx).settings().rectify_days);
  web::SetPagination(d, "/console/ratings?view=" + http::PercentEncode(view) + "&", page_no, f.limit, list->total);
  return ctx.ConsolePage(page, "/console/ratings");
}

Response RatingPage(Context& ctx, int64_t id, const FieldErrors& errors, int status) {
  auto r = Ratings(ctx).Get(id);
  if (!r.ok()) return ctx.FromStatus(r.status());
  if (!ctx.scope().Allows(access::Permission::kHandleRatings, r->agency_id))
    return ctx.ErrorPage(403, "该评价不属于您可以办理的机构。");
  Page page("评价 " + std::to_string(id), "console/rating.tpl");
  auto& d = page.content();
  FillRating(d, r.value(), true, Ratings(ctx).Today());
  for (RatingAction a : RatingService::Allowed(r.value(), ctx.scope()))
    d.ShowSection(std::string("CAN_") + web::Upper(RatingActionCode(a)));
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/ratings", status);
}

Response GetRating(Request& req, Context& ctx) { return RatingPage(ctx, Id(req), {}, 200); }

Response PostAction(Request& req, Context& ctx) {
  RatingAction action;
  if (!ParseRatingAction(req.Param("action"), &action)) return ctx.ErrorPage(404, "没有这个操作。");
  FieldErrors errors;
  Status s = Ratings(ctx).Act(ctx.actor(), *ctx.user(), Id(req), action, req.Form("note"), req.Form("response"),
                              &errors);
  return web::AfterAction(ctx, s, errors, "/console/ratings/" + std::to_string(Id(req)),
                          std::string("已") + RatingActionLabel(action) + "。",
                          [&](const FieldErrors& e, int status) { return RatingPage(ctx, Id(req), e, status); });
}

Response ServicesPage(Context& ctx, const Request& req, const FieldErrors& errors, int status) {
  const auto mine = ctx.scope().Agencies(access::Permission::kManageRatings);
  auto services = Ratings(ctx).Services(&mine, false);
  auto agencies = auth::Svc(ctx)->ListAgencies();
  if (!services.ok()) return ctx.FromStatus(services.status());
  if (!ctx.Got(agencies)) return ctx.ErrorPage(503, "");
  Page page("评价事项", "console/rating_services.tpl");
  auto& d = page.content();
  for (const auto& s : services.value()) {
    auto* row = d.AddSectionDictionary("SERVICES");
    row->SetIntValue("ID", static_cast<long>(s.id));
    row->SetValue("NAME", s.name);
    row->SetValue("DEPARTMENT", s.department);
    if (s.active) row->ShowSection("ACTIVE");
    else row->ShowSection("INACTIVE");
    row->SetValue("CSRF_TOKEN", ctx.CsrfToken());
  }
  if (services->empty()) d.ShowSection("NO_SERVICES");
  for (const auto& a : agencies.value()) {
    if (std::find(mine.begin(), mine.end(), a.id) == mine.end()) continue;
    auto* o = d.AddSectionDictionary("AGENCIES");
    o->SetIntValue("VALUE", static_cast<long>(a.id));
    o->SetValue("LABEL", a.name);
    if (std::to_string(a.id) == req.Form("agency_id")) o->ShowSection("SELECTED");
  }
  web::KeepInput(d, req, {"name", "department"});
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/ratings", status);
}

Response GetServices(Request& req, Context& ctx) { return ServicesPage(ctx, req, {}, 200); }

Response PostService(Request& req, Context& ctx) {
  RatedService s{0, web::ParseId(req.Form("agency_id")), req.Form("name"), req.Form("department"), true};
  FieldErrors errors;
  auto id = Ratings(ctx).AddService(ctx.actor(), *ctx.user(), s, &errors);
  if (!errors.empty()) return ServicesPage(ctx, req, errors, 400);
  if (!id.ok()) return ctx.FromStatus(id.status());
  return ctx.RedirectWithFlash("/console/ratings/services", "已新增评价事项“" + Trim(s.name) + "”。");
}

Response PostServiceEdit(Request& req, Context& ctx) {
  RatedService s{Id(req), 0, req.Form("name"), req.Form("department"), req.Form("active") == "1"};
  FieldErrors errors;
  Status st = Ratings(ctx).UpdateService(ctx.actor(), *ctx.user(), s, &errors);
  if (!errors.empty()) return ServicesPage(ctx, req, errors, 400);
  if (!st.ok()) return ctx.FromStatus(st);
  return ctx.RedirectWithFlash("/console/ratings/services", "已保存。");
}

}  // namespace

void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  if (!ctx.scope().AllowsSomewhere(access::Permission::kHandleRatings)) return;
  auto mine = MyAgencies(ctx);
  if (mine.empty()) mine = {-1};  // agencies unreadable: count nothing rather than everything
  auto overdue = Ratings(ctx).Overdue(&mine);
  if (!overdue.ok()) return;
  auto* r = d.AddSectionDictionary("RATINGS");
  r->SetIntValue("OVERDUE", static_cast<long>(overdue.value()));
  if (overdue.value() > 0) r->ShowSection("HAS_OVERDUE");
  FillReportReminder(ctx, *r);
}

void RegisterConsoleRoutes(web::Site& site) {
  const web::Guard handle = web::Staff(access::Permission::kHandleRatings);
  const web::Guard manage = web::Staff(access::Permission::kManageRatings);
  site.Add("GET", "/console/ratings", handle, ListPage);
  site.Add("GET", "/console/ratings/services", manage, GetServices);
  site.Add("POST", "/console/ratings/services", manage, PostService);
  site.Add("POST", "/console/ratings/services/{id:int}", manage, PostServiceEdit);
  site.Add("GET", "/console/ratings/{id:int}", handle, GetRating);
  // The service checks each action's permission (appeals: kManageRatings).
  site.Add("POST", "/console/ratings/{id:int}/{action}", handle, PostAction);
  RegisterReportRoutes(site);
}

}  // namespace gk::ratings
