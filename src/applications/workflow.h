// The handling of an application as a table: which action may start from
// which state, where it leads and which permission it needs. Every refusal
// comes back as a sentence for people.
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

#include "applications/clock.h"
#include "applications/model.h"
#include "auth/model.h"
#include "auth/permissions.h"

namespace gk::applications {

enum class Action {
  kReceive,             // 接收确认 (Art. 31, online applications)
  kRequestCorrection,   // 补正告知 (Art. 30), once
  kReceiveCorrection,
  kLapseCorrection,     // correction period missed → 其他处理·1, to sign-off
  kSendConsultation,    // Art. 32, 34
  kAnswerConsultation,
  kExtend,              // Art. 33, once, at most 20 working days
  kNotifyFee,           // 国办函〔2020〕109号
  kPayFee,
  kWaiveFee,
  kLapseFee,            // unpaid → 其他处理·2, to sign-off
  kAssign,              // 协查: to a department with an internal answer date
  kDeptAnswer,          // the department records what it holds
  kJointReview,         // 会商 notes
  kDraftDecision,       // outcome + reply letter → sign-off
  kSendBack,            // sign-off returns it with comments
  kSignOff,             // 审签: the reply letter is issued, the case closes
  kWithdraw,            // the applicant withdraws → 其他处理·3
  kArchive,             // 归档: frozen
  kAppeal,              // 行政复议 / 行政诉讼 record
  kSetTopic,            // 主题分类 for statistics
};

const char* ActionCode(Action a);   // "request_correction" (also the event kind)
const char* ActionLabel(Action a);  // "补正告知"
bool ParseAction(std::string_view code, Action* out);

// Whether the state admits the action at all (the transition table).
bool StateAllows(Action a, State s);
// Where the action leads; the same state for actions that do not move it.
State NextState(Action a, State s);
// The permission the action needs for the case's agency.
auth::Permission ActionPermission(Action a);

// What the rules need to know besides the case and the user.
struct CaseFacts {
  std::vector<int64_t> agency_ancestors;
  Clock clock;                      // as of today
  Date today;
  bool correction_requested = false;  // Art. 30: once only
  bool extended = false;              // Art. 33: once only
  bool is_signer = false;             // configured to sign off for the agency
  int64_t drafted_by = 0;             // who drafted the decision awaiting sign-off
};

// Whether the user's roles allow `a` on this case at all (agency scope; for
// kDeptAnswer also the assigned department).
bool Permitted(Action a, const Application& app, const auth::User& user, const CaseFacts& f);

// Every reason `user` may not do `a` on `app` now; empty: allowed.
std::vector<std::string> Refusals(Action a, const Application& app, const auth::User& user, const CaseFacts& f);

}  // namespace gk::applications
