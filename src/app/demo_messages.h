// The demonstration 留言咨询 of `gongkai init --demo` (init.cc calls it).
#pragma once

#include "app/app.h"
#include "common/status.h"

namespace gk::app {

// Messages to the demo bureau dated back from today: two answered and
// published (message 1 with readers' views), one answered that the asker
// wants private, one assigned and past its due day, one just received,
// and one unanswered for more than two months (the inspection's red line).
// REQUIRES: the demo bureau and its departments exist (CreateDemo).
Status CreateDemoMessages(App& app);

}  // namespace gk::app
