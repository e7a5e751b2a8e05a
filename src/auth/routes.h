// HTTP handlers for signing in and out, passwords, the console home page and
// the administration of agencies, departments, users and the audit log.
#pragma once

#include "web/site.h"

namespace gk::auth {

// The `next` parameter of the login page as a redirect target: a path on
// this site, or "/console". Never an open redirect nor a header split.
std::string SafeNext(const std::string& next);

void RegisterSessionRoutes(web::Site& site);
void RegisterAdminRoutes(web::Site& site);

}  // namespace gk::auth
