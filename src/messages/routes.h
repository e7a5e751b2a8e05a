// HTTP handlers of 留言咨询: the console's messages of the user's agencies
// (queues by state, the overdue ones, a message with its handling forms),
// and the public pages at /messages: the published questions and answers,
// the form, the asker's look-up, readers' satisfaction, the feed and
// /api/v1/messages.
#pragma once

#include "messages/service.h"
#include "web/site.h"

namespace gk::messages {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  MessageService* messages = nullptr;
  int submissions_per_hour = 5;  // per address ([messages] submissions_per_hour)
};

inline MessageService& Messages(web::Context& ctx) { return *ctx.Get<RouteDeps>().messages; }

void RegisterConsoleRoutes(web::Site& site);
void RegisterPublicRoutes(web::Site& site);
// The console dashboard's 留言咨询 card: overdue, and the inspection's red line.
void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);

}  // namespace gk::messages
