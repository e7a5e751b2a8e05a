// HTTP handlers of 听证会, 政府开放日 and 在线访谈: the console's events of the
// user's agencies with their registrations and the forms the workflow
// allows; the public pages at /events — upcoming and past events, one with
// its materials, participant list, registration form and summary, the
// registrant's look-up and cancellation — the feed and /api/v1/events.
#pragma once

#include "events/service.h"
#include "web/site.h"

namespace gk::events {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  EventService* events = nullptr;
  int registrations_per_hour = 10;  // per address
};

inline EventService& Events(web::Context& ctx) { return *ctx.Get<RouteDeps>().events; }

void RegisterConsoleRoutes(web::Site& site);
void RegisterPublicRoutes(web::Site& site);

}  // namespace gk::events
