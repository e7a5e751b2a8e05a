// A major decision's entry as a table (access/transitions.h):
//
//   draft ──publish──▶ published ──withdraw──▶ withdrawn
//
// The entry is edited as the decision moves through its stages, in draft
// and once public (every change audited).
#pragma once

#include <string>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "decisions/model.h"

namespace gk::decisions {

enum class Action { kEdit, kPublish, kWithdraw };
const char* ActionCode(Action a);   // "publish"
const char* ActionLabel(Action a);  // "公开"
bool StateAllows(Action a, State s);
State NextState(Action a, State s);
access::Permission ActionPermission(Action a);
std::vector<std::string> Refusals(Action a, const MajorDecision& d, const access::User& user,
                                  const std::vector<int64_t>& ancestors);

}  // namespace gk::decisions
