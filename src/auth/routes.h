// HTTP handlers for signing in and out, passwords, the console home page and
// the administration of agencies, departments, users and the audit log.
#pragma once

#include <functional>
#include <vector>

#include "auth/service.h"
#include "web/site.h"

namespace gk::auth {

// What the session and administration pages are given by the composition
// root (app/): the accounts service, and what the domains above add (auth
// knows no domain).
struct RouteDeps {
  AuthService* auth = nullptr;
  // After an agency is created (the catalogue seeds its column tree); an
  // error is shown to the administrator.
  std::vector<std::function<Status(int64_t agency_id)>> agency_created;
  // Each fills its part of the console dashboard (console/dashboard.tpl).
  std::vector<std::function<void(web::Context&, ctemplate::TemplateDictionary&)>> dashboard;
};

// The `next` parameter of the login page as a redirect target: a path on
// this site, or "/console". Never an open redirect nor a header split.
std::string SafeNext(const std::string& next);

// The accounts service of a request (RouteDeps, provided by app/).
inline AuthService* Svc(web::Context& ctx) { return ctx.Get<RouteDeps>().auth; }

// The agencies in which the user holds `p`, in the list's order, as the
// options of a <select>: `section` dictionaries with VALUE, LABEL and
// SELECTED for `selected`. How many there are; -1 when the agencies could
// not be read. The domains' console forms (机构) share it.
int AgencyOptions(web::Context& ctx, ctemplate::TemplateDictionary& d, const char* section, access::Permission p,
                  int64_t selected);

void RegisterSessionRoutes(web::Site& site);
void RegisterAdminRoutes(web::Site& site);

}  // namespace gk::auth
