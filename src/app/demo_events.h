// The demonstration events of `gongkai init --demo`.
#pragma once

#include "app/app.h"
#include "common/status.h"

namespace gk::app {

// Three events of the demo bureau, their times relative to today: a hearing
// in 10 days with its materials, three participants and its participant list
// published (1); an open day in 14 days whose three places are taken, with
// one person on its waiting list of two (2); an online interview held 20 days ago
// with its summary (3). And a draft hearing (4).
Status CreateDemoEvents(App& app);

}  // namespace gk::app
