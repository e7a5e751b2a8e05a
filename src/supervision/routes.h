// HTTP handlers of the supervision disclosures. So far the 双随机 draws:
// the console (lists, plans, exclusions, announcing, seeding, running,
// inspection results), the public pages at /draws with their downloads, the
// verification page, the feed and the JSON API.
#pragma once

#include "supervision/draw_service.h"
#include "web/site.h"

namespace gk::supervision {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  DrawService* draws = nullptr;
};

inline DrawService& Draws(web::Context& ctx) { return *ctx.Get<RouteDeps>().draws; }

void RegisterDrawConsoleRoutes(web::Site& site);
void RegisterDrawPublicRoutes(web::Site& site);

}  // namespace gk::supervision
