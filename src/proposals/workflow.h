// A proposal's life as a table (access/transitions.h); see model.h for the
// picture. Registering, correcting and answering are the handlers'
// (kManageProposals: 信息员, 公开办); publishing and withholding are the
// 公开办's (kPublishProposals).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "proposals/model.h"

namespace gk::proposals {

enum class Action { kEdit, kReply, kPublish, kWithhold };
const std::vector<Action>& AllActions();
const char* ActionCode(Action a);   // "reply" (the URL and the audit log's proposal.reply)
const char* ActionLabel(Action a);  // "答复"
bool ParseAction(std::string_view code, Action* out);
bool StateAllows(Action a, State s);
State NextState(Action a, State s);
access::Permission ActionPermission(Action a);
std::vector<std::string> Refusals(Action a, const Proposal& p, const access::User& user,
                                  const std::vector<int64_t>& ancestors);

}  // namespace gk::proposals
