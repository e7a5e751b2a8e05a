// HTTP handlers of the supervision disclosures: the 双随机 draws (the
// console, the public pages at /draws with their downloads, verification,
// feed and JSON API) and 行政执法公示 (the console, /enforcement, its feed
// and /api/v1/enforcement).
#pragma once

#include "supervision/draw_service.h"
#include "supervision/enforcement_service.h"
#include "supervision/sampling_service.h"
#include "web/site.h"

namespace gk::supervision {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  DrawService* draws = nullptr;
  EnforcementService* enforcement = nullptr;
  SamplingService* sampling = nullptr;
};

inline DrawService& Draws(web::Context& ctx) { return *ctx.Get<RouteDeps>().draws; }
inline EnforcementService& Enforcement(web::Context& ctx) { return *ctx.Get<RouteDeps>().enforcement; }
inline SamplingService& Sampling(web::Context& ctx) { return *ctx.Get<RouteDeps>().sampling; }

void RegisterDrawConsoleRoutes(web::Site& site);
void RegisterDrawPublicRoutes(web::Site& site);
void RegisterEnforcementConsoleRoutes(web::Site& site);
void RegisterEnforcementPublicRoutes(web::Site& site);
void RegisterSamplingConsoleRoutes(web::Site& site);
void RegisterSamplingPublicRoutes(web::Site& site);
// The console dashboard's 行政执法公示 card: decisions due and overdue.
void FillEnforcementDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);

}  // namespace gk::supervision
