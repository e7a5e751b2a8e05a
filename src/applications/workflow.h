// The handling of an application as a table, one row per action: which
// state it may start from, where it leads, which permission it needs, what
// the clock sees of it, which letter it writes and its handler. Every
// refusal comes back as a sentence for people.
//
//   submitted ─receive─▶ processing ─draft_decision─▶ sign_off ─sign_off─▶ closed ─archive─▶ archived
//        (registered cases start here) │  ▲                │
//      request_correction / send_consultation / notify_fee └──send_back──┘
//                 ▼                   ▼                ▼
//            correction          consulting       fee_pending
//   (receive_correction, answer_consultation, pay_fee / waive_fee lead back;
//    lapse_correction / lapse_fee ▶ sign_off with outcome 其他处理·1 / ·2; withdraw ▶ closed)
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "applications/clock.h"
#include "applications/model.h"
#include "common/status.h"

namespace gk::applications {

// The Action enum is in model.h (events record it); this is its table.

// Every action once, in the table's order: the order the case page offers them.
const std::vector<Action>& AllActions();
const char* ActionCode(Action a);   // "request_correction" (also the stored event kind)
const char* ActionLabel(Action a);  // "补正告知"
bool ParseAction(std::string_view code, Action* out);
// The case history's label of an event ("发出补正告知", "网上提交申请").
const char* EventLabel(const EventKind& kind);

// What the statutory clock sees of the action's event; none: nothing.
std::optional<ClockEventKind> ClockKind(Action a);
// The letter the action writes, if any: a notice, issued at once, or a
// reply, drafted for sign-off. The reply of kDraftDecision is the one of
// the `decided` outcome (none without it).
std::optional<LetterType> ActionLetter(Action a, std::optional<Outcome> decided = std::nullopt);
// Whether the action drafts a reply for sign-off (its drafter may not sign it).
bool DraftsReply(Action a);

// The handler that validates an action's input and applies it (actions.h).
struct Step;
using ActionHandler = Status (*)(Step&);
ActionHandler HandlerOf(Action a);

// Whether the state admits the action at all (the transition table).
bool StateAllows(Action a, State s);
// Where the action leads; the same state for actions that do not move it.
State NextState(Action a, State s);
// The permission the action needs for the case's agency.
access::Permission ActionPermission(Action a);

// What the rules need to know besides the case and the user.
struct CaseFacts {
  std::vector<int64_t> agency_ancestors;
  Clock clock;  // as of today
  Date today;
  bool correction_requested = false;  // Art. 30: once only
  bool extended = false;              // Art. 33: once only
  bool is_signer = false;             // configured to sign off for the agency
  int64_t drafted_by = 0;             // who drafted the decision awaiting sign-off
};

// Whether the user's roles allow `a` on this case at all (agency scope; for
// kDeptAnswer also the assigned department).
bool Permitted(Action a, const Application& app, const access::User& user, const CaseFacts& f);

// Every reason `user` may not do `a` on `app` now; empty: allowed.
std::vector<std::string> Refusals(Action a, const Application& app, const access::User& user, const CaseFacts& f);

}  // namespace gk::applications
