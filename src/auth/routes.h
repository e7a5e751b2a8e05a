// HTTP handlers for signing in and out, passwords, the console home page and
// the administration of agencies, departments, users and the audit log.
#pragma once

#include <functional>
#include <vector>

#include "web/site.h"

namespace gk::auth {

// What the domains above add to the session and administration pages, given
// by the composition root (app/): auth knows no domain.
struct RouteHooks {
  // After an agency is created (the catalogue seeds its column tree); an
  // error is shown to the administrator.
  std::vector<std::function<Status(int64_t agency_id)>> agency_created;
  // Each fills its part of the console dashboard (console/dashboard.tpl).
  std::vector<std::function<void(web::Context&, ctemplate::TemplateDictionary&)>> dashboard;
};

// The `next` parameter of the login page as a redirect target: a path on
// this site, or "/console". Never an open redirect nor a header split.
std::string SafeNext(const std::string& next);

void RegisterSessionRoutes(web::Site& site);
void RegisterAdminRoutes(web::Site& site);

}  // namespace gk::auth
