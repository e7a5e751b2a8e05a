// A consultation's life as a table (access/transitions.h):
//
//   draft ──publish──▶ published ──withdraw──▶ withdrawn
//
// While published, its phase follows the dates (rules.h): comments are
// moderated at any time; decisions on them and the adoption report come
// once it has closed. Actions that record without moving stay in their
// state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "common/calendar.h"
#include "consultations/model.h"

namespace gk::consultations {

enum class Action {
  kEdit,           // the draft's fields
  kPublish,        // 发布 (opens on its opens_on)
  kWithdraw,       // 撤回, with a reason
  kModerate,       // publish or hide a comment
  kDecide,         // record decisions on comments (closed only)
  kPublishReport,  // publish the adoption report (closed, every comment decided)
};
const std::vector<Action>& AllActions();
const char* ActionCode(Action a);   // "publish" (the audit log's consultation.publish)
const char* ActionLabel(Action a);  // "发布"
bool StateAllows(Action a, State s);
State NextState(Action a, State s);
access::Permission ActionPermission(Action a);
// Every reason `user` may not do `a` on `c` on `today`; empty: allowed.
// Besides the state and the permission: decisions and the report wait for
// the consultation to close, and the report for every comment's decision
// (`undecided` comments left).
std::vector<std::string> Refusals(Action a, const Consultation& c, const access::User& user,
                                  const std::vector<int64_t>& ancestors, Date today, int64_t undecided);

}  // namespace gk::consultations
