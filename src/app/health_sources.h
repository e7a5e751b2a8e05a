// Where the site-health check's facts come from (health::Sources): the
// catalogue's columns, publications, bodies and attachments, and the
// messages unanswered for two months or more; and the external links the
// background job checks.
#pragma once

#include "app/services.h"
#include "health/service.h"

namespace gk::app {

health::Sources HealthSources(Services& s);
// The distinct links to other sites in published bodies, for the
// background check of external links (health::ExternalLinkJob).
Result<std::vector<std::string>> ExternalLinkUrls(Services& s);
// The job itself, by the [external_links] settings (not started).
std::unique_ptr<health::ExternalLinkJob> MakeExternalLinkJob(Services& s);
// The site's own agency: the first top-level one (0 when there is none).
int64_t SiteAgency(Services& s);

}  // namespace gk::app
