// A message's life as a table (access/transitions.h); see model.h for the
// picture. Assigning, publishing and withholding are the 公开办's
// (kManageMessages); answering is the departments' (kAnswerMessages), and
// an answer may be corrected until it is published.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "messages/model.h"

namespace gk::messages {

enum class Action { kAssign, kAnswer, kPublish, kWithhold };
const std::vector<Action>& AllActions();
const char* ActionCode(Action a);   // "answer" (the URL and the audit log's message.answer)
const char* ActionLabel(Action a);  // "答复"
bool ParseAction(std::string_view code, Action* out);
bool StateAllows(Action a, State s);
State NextState(Action a, State s);
access::Permission ActionPermission(Action a);
// Every reason `user` may not do `a` on `m` now; empty: allowed. Besides the
// state and the permission, a message the asker wants private is never
// published.
std::vector<std::string> Refusals(Action a, const Message& m, const access::User& user,
                                  const std::vector<int64_t>& ancestors);

}  // namespace gk::messages
