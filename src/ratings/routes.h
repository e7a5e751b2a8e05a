// HTTP handlers of 好差评: the public rating form, the rater's follow-up
// page (by number and code), the monthly statistics and the handling
// results of bad ratings at /ratings and /api/v1/ratings/stats; the
// console's follow-up of bad ratings, appeals and the list of rated services.
#pragma once

#include "ratings/service.h"
#include "web/site.h"

namespace gk::ratings {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  RatingService* ratings = nullptr;
  int submissions_per_hour = 10;
};

inline RatingService& Ratings(web::Context& ctx) { return *ctx.Get<RouteDeps>().ratings; }

void RegisterConsoleRoutes(web::Site& site);
void RegisterPublicRoutes(web::Site& site);
// The console dashboard's 好差评 card: follow-ups overdue.
void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);

}  // namespace gk::ratings
