// The demonstration 重点工作 of `gongkai init --demo` (init.cc calls it).
#pragma once

#include "app/app.h"
#include "common/status.h"

namespace gk::app {

// This year's tasks of the demo bureau, dated relative to today: key tasks
// completed, in progress (one with a milestone overdue), not started,
// postponed and past their deadline; two public commitments, two public
// projects, two audit and inspection rectifications (one rectified), one
// withdrawn task and one draft; and two completed tasks of last year.
// Task 1 is the key task in progress with an overdue milestone.
// REQUIRES: the demo bureau exists (CreateDemo).
Status CreateDemoTasks(App& app);

}  // namespace gk::app
