// The demonstration 惠企政策 and policy-with-interpretation of `gongkai init --demo`.
#pragma once

#include "app/app.h"
#include "common/status.h"

namespace gk::app {

// Four published enterprise policies of the demo bureau, their periods
// relative to today (one open, one open without an end, one not yet open,
// one closed), and a policy drafted by the editor that needs its
// interpretation: submitted for review, with its interpretation drafted in
// the seven sections — the release gate to walk through in the console.
// REQUIRES: CreateDemoItems ran.
Status CreateDemoPolicies(App& app);

}  // namespace gk::app
