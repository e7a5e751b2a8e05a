// Internal to applications/: what the console's route files share.
#pragma once

#include <string>

#include "applications/service.h"
#include "applications/store.h"
#include "web/site.h"

namespace gk::applications::console {

ApplicationService& Svc(web::Context& ctx);
// The cases the user may list: every case of the agencies where they handle
// applications (公开办), or assigned to one of their departments (协查).
store::Filter ScopeFilter(web::Context& ctx);
// The agencies where the user handles applications (公开办): the only ones
// whose applicants' data, statistics, tables and exports they see. {-1}
// (matching nothing) when there is none.
std::vector<int64_t> HandledAgencies(web::Context& ctx);
// One CASES row of a list; `personal` shows the applicant's name.
ctemplate::TemplateDictionary* FillRow(ctemplate::TemplateDictionary& d, const Application& a, Date today,
                                       bool personal);
// 50 a page; returns the page number asked for (from 1).
int SetPage(store::Filter& f, const http::Request& req);
// A whole decimal int, or -1.
int ParseInt(const std::string& s);

// The annual tables, case library, statistics, export and signers
// (report_routes.cc).
void RegisterReportRoutes(web::Site& site);
// 依申请转主动: candidates and decisions (proactive_routes.cc).
void RegisterProactiveRoutes(web::Site& site);

}  // namespace gk::applications::console
