// Where the site-health check's facts come from (health::Sources): the
// catalogue's columns, publications, bodies and attachments, and the
// messages unanswered for two months or more.
#pragma once

#include "app/services.h"
#include "health/service.h"

namespace gk::app {

health::Sources HealthSources(Services& s);
// The site's own agency: the first top-level one (0 when there is none).
int64_t SiteAgency(Services& s);

}  // namespace gk::app
