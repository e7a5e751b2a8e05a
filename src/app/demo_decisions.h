// The demonstration major-decision catalogue of `gongkai init --demo`.
#pragma once

#include "app/app.h"
#include "common/status.h"

namespace gk::app {

// This year's catalogue of the demo bureau, public: the sign rules (linked
// to the demo's closed consultation, 2, decided and awaiting publication),
// the workshop rules (linked to the open consultation, 1) and one not yet
// started. REQUIRES: CreateDemoConsultations ran.
Status CreateDemoDecisions(App& app);

}  // namespace gk::app
