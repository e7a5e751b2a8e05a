// HTTP handlers of 建议提案: the console's register of the user's agencies by
// year (办理中, 逾期, 已答复, 已公开, 不公开) with the year's figures, the form to
// register or correct one, and one with its reply form and the 公开办's
// publish and withhold; the public pages at /proposals — a year's overview
// and published handling results, each with its reply letter where public —
// the feed and /api/v1/proposals.
#pragma once

#include "proposals/service.h"
#include "web/site.h"

namespace gk::proposals {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  ProposalService* proposals = nullptr;
};

inline ProposalService& Proposals(web::Context& ctx) { return *ctx.Get<RouteDeps>().proposals; }

void RegisterConsoleRoutes(web::Site& site);
void RegisterPublicRoutes(web::Site& site);
// The console dashboard's 建议提案 card: those past their due day.
void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);

}  // namespace gk::proposals
