// HTTP handlers of the major-decision catalogue: the console's entries of
// the user's agencies by year, an entry's form and page with its actions,
// and the public catalogue at /decisions (per year) with each entry's page,
// the feed and /api/v1/decisions.
#pragma once

#include "decisions/service.h"
#include "web/site.h"

namespace gk::decisions {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  DecisionService* decisions = nullptr;
};

inline DecisionService& Decisions(web::Context& ctx) { return *ctx.Get<RouteDeps>().decisions; }

void RegisterConsoleRoutes(web::Site& site);
void RegisterPublicRoutes(web::Site& site);

}  // namespace gk::decisions
