// HTTP handlers of 好差评: the public rating form, the rater's follow-up
// page (by number and code), the monthly statistics and the handling
// results of bad ratings at /ratings and /api/v1/ratings/stats; the
// console's follow-up of bad ratings, appeals and the list of rated services.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "access/model.h"
#include "common/generated_item.h"
#include "ratings/service.h"
#include "web/site.h"

namespace gk::ratings {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  RatingService* ratings = nullptr;
  int submissions_per_hour = 10;
  // The catalogue, for the month's report as an item in the column
  // `report_column` ([ratings] column): CatalogueService::PutGenerated and
  // GeneratedStatus, wired by the composition root (ratings/ includes no
  // other domain).
  std::function<Result<int64_t>(const access::Actor&, const access::User&, const GeneratedItem&, FieldErrors*)>
      put_item;
  std::function<Result<std::optional<GeneratedItemStatus>>(const std::string& source)> item_status;
  std::string report_column = "fdnr-hcp";
};

inline RatingService& Ratings(web::Context& ctx) { return *ctx.Get<RouteDeps>().ratings; }

void RegisterConsoleRoutes(web::Site& site);
// The month's report as a catalogue item (report_routes.cc).
void RegisterReportRoutes(web::Site& site);
// REPORT_DUE (MONTH_LABEL AGENCIES) in the dashboard's 好差评 card when last
// month's report of an agency with rated services is not published.
void FillReportReminder(web::Context& ctx, ctemplate::TemplateDictionary& d);
void RegisterPublicRoutes(web::Site& site);
// The console dashboard's 好差评 card: follow-ups overdue, and last month's
// report when it is not yet published.
void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);

}  // namespace gk::ratings
