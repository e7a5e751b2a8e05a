// HTTP handlers of the 舆情 register (staff only): the register of the
// user's agencies (待回应 by due time, 超时未回应, 已回应, 已办结), the form to
// record or correct one, one with its answers and the forms to add an
// answer or close it; and the dashboard's reminder.
#pragma once

#include "opinions/service.h"
#include "web/site.h"

namespace gk::opinions {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  OpinionService* opinions = nullptr;
};

inline OpinionService& Opinions(web::Context& ctx) { return *ctx.Get<RouteDeps>().opinions; }

void RegisterConsoleRoutes(web::Site& site);
// The console dashboard's 舆情 card: those unanswered past their due time.
void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);

}  // namespace gk::opinions
