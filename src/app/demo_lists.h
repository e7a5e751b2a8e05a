// The demonstration 公开清单 of `gongkai init --demo` (init.cc calls it).
#pragma once

#include "app/app.h"
#include "common/status.h"

namespace gk::app {

// The demo bureau's public lists, imported and published: its enforcement
// bodies, part of its 权责清单, three enforcement procedures, three service
// guides and a 证明事项清单 (kept, cancelled and 告知承诺 items); one power
// withdrawn with its reason and one guide left as a draft.
// REQUIRES: the demo bureau exists (CreateDemo).
Status CreateDemoLists(App& app);

}  // namespace gk::app
