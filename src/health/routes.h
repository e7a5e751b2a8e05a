// HTTP handlers of 网站健康检查 (console only): /console/health with every
// finding linked to the place to fix it, /console/health/columns with the
// columns' last updates and their update requirements, and the dashboard's
// card of single-veto items, red before they are breached.
#pragma once

#include <functional>

#include "health/service.h"
#include "web/site.h"

namespace gk::health {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  HealthService* health = nullptr;
  // The site's own agency (the first top-level one): whose permission shows
  // the findings about the site as a whole.
  std::function<int64_t()> site_agency;
};

inline HealthService& Health(web::Context& ctx) { return *ctx.Get<RouteDeps>().health; }

void RegisterConsoleRoutes(web::Site& site);
void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);

}  // namespace gk::health
