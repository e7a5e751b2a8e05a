// The demonstration 意见征集 of `gongkai init --demo` (init.cc calls it).
#pragma once

#include "app/app.h"
#include "common/status.h"

namespace gk::app {

// Two consultations of the demo bureau, dated relative to today: one open
// (consultation 1, 12 articles) with published comments and one held for
// moderation, and one closed 45 days ago (consultation 2) with every
// comment decided and its adoption report published.
// REQUIRES: the demo bureau exists (CreateDemo).
Status CreateDemoConsultations(App& app);

}  // namespace gk::app
