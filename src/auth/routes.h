// HTTP handlers for signing in and out, passwords, the console home page and
// the administration of agencies, departments, users and the audit log.
#pragma once

#include "web/site.h"

namespace gk::auth {

void RegisterSessionRoutes(web::Site& site);
void RegisterAdminRoutes(web::Site& site);

}  // namespace gk::auth
