// HTTP handlers of 公开清单: the console's lists (write, import, publish,
// correct, withdraw) and the public hub /lists, each list's table and
// entry pages, the feed and /api/v1/lists.
#pragma once

#include "lists/service.h"
#include "web/site.h"

namespace gk::lists {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  ListService* lists = nullptr;
};

inline ListService& Lists(web::Context& ctx) { return *ctx.Get<RouteDeps>().lists; }

void RegisterConsoleRoutes(web::Site& site);
void RegisterPublicRoutes(web::Site& site);

}  // namespace gk::lists
