// Where the annual report's figures come from (reports::Sources): the
// catalogue's normative documents and publications, the applications'
// tables 三 and 四, the enforcement decisions. The composition root is the
// one place that knows all of them.
#pragma once

#include "app/services.h"
#include "reports/service.h"

namespace gk::app {

reports::Sources ReportSources(Services& s);

}  // namespace gk::app
