// The console page that makes each month's 好差评 report public as a
// catalogue item (report.h): for every agency the user manages ratings for,
// the last twelve complete months with their figures and the item's state;
// one button drafts the item, refreshes the draft, or revises the published
// item with the figures as they stand, and leads to the item for review.
#include <set>

#include "auth/routes.h"
#include "ratings/routes.h"
#include "ratings/views.h"
#include "web/forms.h"

namespace gk::ratings {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

// The agencies whose ratings the user manages that have rated services:
// those with something to report.
std::set<int64_t> RatedAgencies(Context& ctx) {
  const auto managed = ctx.scope().Agencies(access::Permission::kManageRatings);
  std::set<int64_t> out;
  auto services = Ratings(ctx).Services(&managed, false);
  if (services.ok())
    for (const auto& s : services.value()) out.insert(s.agency_id);
  return out;
}

// The twelve months before the current one, the latest first.
std::vector<std::string> CompleteMonths(Date today) {
  auto months = RecentMonths(today, 13);
  months.erase(months.begin());
  return months;
}

Response ReportsPage(Context& ctx, const FieldErrors& errors, int status) {
  const auto rated = RatedAgencies(ctx);
  auto agencies = auth::Svc(ctx)->ListAgencies();
  if (!ctx.Got(agencies)) return ctx.ErrorPage(503, "");
  Page page("好差评月度公开", "console/rating_reports.tpl");
  auto& d = page.content();
  const auto months = CompleteMonths(Ratings(ctx).Today());
  for (const auto& a : agencies.value()) {
    if (!rated.contains(a.id)) continue;
    auto* ad = d.AddSectionDictionary("AGENCIES");
    ad->SetIntValue("ID", static_cast<long>(a.id));
    ad->SetValue("NAME", a.name);
    const std::vector<int64_t> one = {a.id};
    for (const auto& m : months) {
      auto stats = Ratings(ctx).Stats(m, &one);
      auto item = ctx.Get<RouteDeps>().item_status(ReportSource(a.id, m));
      if (!stats.ok() || !item.ok()) return ctx.FromStatus(!stats.ok() ? stats.status() : item.status());
      auto* row = ad->AddSectionDictionary("MONTHS");
      FillReportMonth(*row, m, stats.value(), item.value());
      row->SetIntValue("AGENCY_ID", static_cast<long>(a.id));
      row->SetValue("CSRF_TOKEN", ctx.CsrfToken());
    }
  }
  if (rated.empty()) d.ShowSection("NO_AGENCIES");
  d.SetValue("COLUMN", ctx.Get<RouteDeps>().report_column);
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/ratings", status);
}

Response GetReports(Request&, Context& ctx) { return ReportsPage(ctx, {}, 200); }

Response PostReport(Request& req, Context& ctx) {
  const int64_t agency = web::ParseId(req.Form("agency_id"));
  if (!ctx.scope().Allows(access::Permission::kManageRatings, agency))
    return ctx.ErrorPage(403, "您不能管理该机构的好差评。");
  auto again = [&](const FieldErrors& e, int status) { return ReportsPage(ctx, e, status); };
  FieldErrors errors;
  auto report = Ratings(ctx).Report(agency, req.Form("month"));
  if (!report.ok()) {
    if (report.status().code() != Code::kInvalid) return ctx.FromStatus(report.status());
    errors.Add("month", report.status().message());
    return again(errors, 400);
  }
  const auto& deps = ctx.Get<RouteDeps>();
  auto id = deps.put_item(ctx.actor(), *ctx.user(), ReportItem(report.value(), deps.report_column), &errors);
  const std::string url = "/console/items/" + std::to_string(id.ok() ? id.value() : 0);
  return web::AfterAction(ctx, id.status(), errors, url,
                          "已按最新记录生成“" + ReportTitle(report->month) + "”，请核对后提交审核。", again);
}

}  // namespace

void FillReportReminder(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  const std::string last = RecentMonths(Ratings(ctx).Today(), 2).back();
  int unpublished = 0;
  for (int64_t agency : RatedAgencies(ctx)) {
    auto item = ctx.Get<RouteDeps>().item_status(ReportSource(agency, last));
    if (item.ok() && !(item.value() && item.value()->stage == GeneratedItemStatus::Stage::kPublished)) ++unpublished;
  }
  if (unpublished == 0) return;
  auto* u = d.AddSectionDictionary("REPORT_DUE");
  u->SetValue("MONTH_LABEL", MonthLabel(last));
  u->SetIntValue("AGENCIES", unpublished);
}

void RegisterReportRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageRatings);
  site.Add("GET", "/console/ratings/reports", manage, GetReports);
  // The catalogue checks that the user may write items for the agency.
  site.Add("POST", "/console/ratings/reports", manage, PostReport);
}

}  // namespace gk::ratings
