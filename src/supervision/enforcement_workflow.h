// An enforcement decision's life as a table: which action may start from
// which state, where it leads and which permission it needs in the
// decision's agency. Each refusal comes back as a sentence for people.
//
//   draft ──publish──▶ published ──withdraw──▶ withdrawn
//   (edit)
//
// The end of the publication period is not an action: it follows from the
// date (enforcement_model.h, IsExpiredOn).
#pragma once

#include <string>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "supervision/enforcement_model.h"

namespace gk::supervision {

enum class DecisionAction { kEdit, kPublish, kWithdraw };
const char* DecisionActionCode(DecisionAction a);   // "publish" (the audit log's enforcement.publish)
const char* DecisionActionLabel(DecisionAction a);  // "公示"

bool StateAllows(DecisionAction a, DecisionState s);
DecisionState NextState(DecisionAction a, DecisionState s);
access::Permission ActionPermission(DecisionAction a);

// Every reason `user` may not do `a` on `d` now; empty: allowed.
// `ancestors`: the decision's agency's ancestors, nearest first.
std::vector<std::string> Refusals(DecisionAction a, const Decision& d, const access::User& user,
                                  const std::vector<int64_t>& ancestors);

}  // namespace gk::supervision
