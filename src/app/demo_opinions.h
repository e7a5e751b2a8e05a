// The demonstration 舆情 register of `gongkai init --demo`.
#pragma once

#include "app/app.h"
#include "common/status.h"

namespace gk::app {

// Two entries of the demo bureau: a 重大 one found three days ago, answered
// within 5 hours and at a press conference, closed; a 一般 one found this
// morning, awaiting its answer.
Status CreateDemoOpinions(App& app);

}  // namespace gk::app
