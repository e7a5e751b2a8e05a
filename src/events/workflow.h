// An event's life as a table (access/transitions.h); see model.h for the
// picture. Writing and correcting drafts and the summary are the
// 信息员's and 公开办's (kManageEvents); publishing, cancelling and
// publishing the participant list are the 公开办's (kPublishEvents).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "events/model.h"

namespace gk::events {

enum class Action { kEdit, kPublish, kCancel, kParticipants, kSummarise };
const std::vector<Action>& AllActions();
const char* ActionCode(Action a);   // "publish" (the URL and the audit log's event.publish)
const char* ActionLabel(Action a);  // "发布"
bool ParseAction(std::string_view code, Action* out);
bool StateAllows(Action a, State s);
State NextState(Action a, State s);
access::Permission ActionPermission(Action a);
// Every reason `user` may not do `a` on `e` at `now`; empty: allowed.
std::vector<std::string> Refusals(Action a, const Event& e, const access::User& user,
                                  const std::vector<int64_t>& ancestors, int64_t now);

}  // namespace gk::events
