// HTTP handlers of the catalogue: the staff console (write, review, publish,
// withdraw) and the public pages (政府信息公开, columns, items).
#pragma once

#include "web/site.h"

namespace gk::catalogue {

void RegisterConsoleRoutes(web::Site& site);
void RegisterPublicRoutes(web::Site& site);
// The public search page.
void RegisterSearchRoutes(web::Site& site);
// Feeds, sitemap.xml and the read-only JSON API.
void RegisterFeedRoutes(web::Site& site);

}  // namespace gk::catalogue
