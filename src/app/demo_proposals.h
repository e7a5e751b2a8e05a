// The demonstration 建议提案 of `gongkai init --demo`.
#pragma once

#include "app/app.h"
#include "common/status.h"

namespace gk::app {

// This year's 建议 and 提案 assigned to the demo bureau, their dates relative
// to today: three published (A, B and C; the first with its reply letter in
// full), one answered awaiting publication, one being handled, one past its
// due day and unanswered.
Status CreateDemoProposals(App& app);

}  // namespace gk::app
