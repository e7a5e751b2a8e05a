#include "applications/workflow.h"

#include <algorithm>
#include <array>
#include <optional>

#include "access/scope.h"
#include "applications/actions.h"

namespace gk::applications {
namespace {

using access::Permission;
using CK = ClockEventKind;
using LK = LetterKind;
constexpr std::nullopt_t kSame = std::nullopt;  // the action does not move the state
constexpr std::nullopt_t kNone = std::nullopt;  // no clock event, no letter
constexpr LetterType Notice(LetterKind k) { return {k, {}}; }
// The reply of the outcome decided with the action (kDraftDecision).
constexpr LetterType kReplyToDecision{LK::kReply, {}};

struct Row {
  Action action;
  const char* code;         // stored as the event kind, and in URLs
  const char* label;        // the action, for buttons and refusals
  const char* event_label;  // the event, in the case history
  std::vector<State> from;
  std::optional<State> to;  // kSame: unchanged
  Permission permission;
  std::optional<ClockEventKind> clock;  // what the clock sees of the event
  std::optional<LetterType> letter;     // notices are issued at once, replies drafted for sign-off
  ActionHandler handler;                // validates the input and applies the change (actions.cc)
};

// The order of the rows is the order the case page offers the actions.
const std::vector<Row>& Table() {
  static const std::vector<Row> rows = {
      {Action::kReceive,
       "receive",
       "接收确认",
       "接收确认（收到申请）",
       {State::kSubmitted},
       State::kProcessing,
       Permission::kHandleApplications,
       CK::kReceived,
       Notice(LK::kAcknowledgement),
       actions::Receive},
      {Action::kRequestCorrection,
       "request_correction",
       "补正告知",
       "发出补正告知",
       {State::kProcessing},
       State::kCorrection,
       Permission::kHandleApplications,
       CK::kCorrectionRequested,
       Notice(LK::kCorrection),
       actions::RequestCorrection},
      {Action::kReceiveCorrection,
       "receive_correction",
       "收到补正",
       "收到补正后的申请",
       {State::kCorrection},
       State::kProcessing,
       Permission::kHandleApplications,
       CK::kCorrectionReceived,
       kNone,
       actions::ReceiveCorrection},
      {Action::kLapseCorrection,
       "lapse_correction",
       "逾期未补正，终止处理",
       "逾期未补正，终止处理",
       {State::kCorrection},
       State::kSignOff,
       Permission::kHandleApplications,
       kNone,
       ReplyLetter(kOutcomeLapsedCorrection),
       actions::LapseCorrection},
      {Action::kSendConsultation,
       "send_consultation",
       "征求意见",
       "征求第三方/有关机关意见",
       {State::kProcessing},
       State::kConsulting,
       Permission::kHandleApplications,
       CK::kConsultationSent,
       Notice(LK::kConsultation),
       actions::SendConsultation},
      {Action::kAnswerConsultation,
       "answer_consultation",
       "收到意见",
       "收到意见（或期满未答复）",
       {State::kConsulting},
       State::kProcessing,
       Permission::kHandleApplications,
       CK::kConsultationAnswered,
       kNone,
       actions::AnswerConsultation},
      {Action::kExtend,
       "extend",
       "延期答复",
       "延长答复期限",
       {State::kProcessing, State::kConsulting},
       kSame,
       Permission::kHandleApplications,
       CK::kExtended,
       Notice(LK::kExtension),
       actions::Extend},
      {Action::kNotifyFee,
       "notify_fee",
       "收费通知",
       "发出收费通知",
       {State::kProcessing},
       State::kFeePending,
       Permission::kHandleApplications,
       CK::kFeeNotified,
       Notice(LK::kFee),
       actions::NotifyFee},
      {Action::kPayFee,
       "pay_fee",
       "登记缴费",
       "缴纳费用",
       {State::kFeePending},
       State::kProcessing,
       Permission::kHandleApplications,
       CK::kFeeSettled,
       kNone,
       actions::PayFee},
      {Action::kWaiveFee,
       "waive_fee",
       "减免费用",
       "减免费用",
       {State::kFeePending},
       State::kProcessing,
       Permission::kHandleApplications,
       CK::kFeeSettled,
       kNone,
       actions::WaiveFee},
      {Action::kLapseFee,
       "lapse_fee",
       "逾期未缴费，终止处理",
       "逾期未缴费，终止处理",
       {State::kFeePending},
       State::kSignOff,
       Permission::kHandleApplications,
       kNone,
       ReplyLetter(kOutcomeLapsedFee),
       actions::LapseFee},
      {Action::kAssign,
       "assign",
       "交办协查",
       "交办协查",
       {State::kProcessing, State::kConsulting, State::kFeePending},
       kSame,
       Permission::kHandleApplications,
       kNone,
       kNone,
       actions::Assign},
      {Action::kDeptAnswer,
       "dept_answer",
       "协查答复",
       "协查部门答复",
       {State::kProcessing, State::kConsulting, State::kFeePending},
       kSame,
       Permission::kAnswerApplications,
       kNone,
       kNone,
       actions::DeptAnswer},
      {Action::kJointReview,
       "joint_review",
       "会商",
       "提交会商",
       {State::kProcessing, State::kConsulting, State::kFeePending, State::kSignOff},
       kSame,
       Permission::kHandleApplications,
       kNone,
       kNone,
       actions::JointReview},
      {Action::kDraftDecision,
       "draft_decision",
       "拟定答复，提交审签",
       "拟定答复，提交审签",
       {State::kProcessing},
       State::kSignOff,
       Permission::kHandleApplications,
       kNone,
       kReplyToDecision,
       actions::DraftDecision},
      {Action::kSendBack,
       "send_back",
       "审签退回",
       "审签退回",
       {State::kSignOff},
       State::kProcessing,
       Permission::kHandleApplications,
       kNone,
       kNone,
       actions::SendBack},
      {Action::kSignOff,
       "sign_off",
       "审签并出具答复",
       "审签并出具答复",
       {State::kSignOff},
       State::kClosed,
       Permission::kHandleApplications,
       CK::kClosed,
       kNone,
       actions::SignOff},
      {Action::kWithdraw,
       "withdraw",
       "申请人撤回",
       "申请人撤回申请",
       {State::kSubmitted, State::kProcessing, State::kCorrection, State::kConsulting, State::kFeePending,
        State::kSignOff},
       State::kClosed,
       Permission::kHandleApplications,
       CK::kClosed,
       kNone,
       actions::Withdraw},
      {Action::kArchive,
       "archive",
       "归档",
       "归档",
       {State::kClosed},
       State::kArchived,
       Permission::kHandleApplications,
       kNone,
       kNone,
       actions::Archive},
      {Action::kAppeal,
       "appeal",
       "登记复议/诉讼",
       "登记复议/诉讼",
       {State::kClosed, State::kArchived},
       kSame,
       Permission::kHandleApplications,
       kNone,
       kNone,
       actions::Appeal},
      {Action::kSetTopic,
       "set_topic",
       "设置主题分类",
       "设置主题分类",
       {State::kSubmitted, State::kProcessing, State::kCorrection, State::kConsulting, State::kFeePending,
        State::kSignOff, State::kClosed},
       kSame,
       Permission::kHandleApplications,
       kNone,
       kNone,
       actions::SetTopic},
  };
  return rows;
}

const Row& RowOf(Action a) {
  for (const auto& r : Table())
    if (r.action == a) return r;
  return Table().front();  // unreachable: every action has a row (workflow_test)
}

}  // namespace

const std::vector<Action>& AllActions() {
  static const std::vector<Action> all = [] {
    std::vector<Action> v;
    for (const auto& r : Table()) v.push_back(r.action);
    return v;
  }();
  return all;
}

const char* ActionCode(Action a) { return RowOf(a).code; }
const char* ActionLabel(Action a) { return RowOf(a).label; }
bool ParseAction(std::string_view code, Action* out) {
  for (const auto& r : Table())
    if (code == r.code) {
      *out = r.action;
      return true;
    }
  return false;
}

const char* EventLabel(const EventKind& kind) {
  if (const Action* a = kind.action()) return RowOf(*a).event_label;
  return *kind.filing() == Filing::kRegister ? "登记申请" : "网上提交申请";
}

std::optional<ClockEventKind> ClockKind(Action a) { return RowOf(a).clock; }

std::optional<LetterType> ActionLetter(Action a, std::optional<Outcome> decided) {
  const auto& letter = RowOf(a).letter;
  if (letter != kReplyToDecision) return letter;
  if (!decided || !ValidOutcome(*decided)) return std::nullopt;
  return ReplyLetter(*decided);
}

bool DraftsReply(Action a) {
  const auto& letter = RowOf(a).letter;
  return letter && letter->kind == LK::kReply;
}

ActionHandler HandlerOf(Action a) { return RowOf(a).handler; }

bool StateAllows(Action a, State s) {
  const auto& from = RowOf(a).from;
  return std::find(from.begin(), from.end(), s) != from.end();
}

State NextState(Action a, State s) {
  const Row& r = RowOf(a);
  return r.to.value_or(s);
}

access::Permission ActionPermission(Action a) { return RowOf(a).permission; }

bool Permitted(Action a, const Application& app, const access::User& user, const CaseFacts& f) {
  bool allowed = access::AllowsFor(user, ActionPermission(a), app.agency_id, f.agency_ancestors);
  if (a == Action::kDeptAnswer) {
    // The assigned department answers its own 协查; the 公开办 may record it.
    bool officer = access::AllowsFor(user, Permission::kHandleApplications, app.agency_id, f.agency_ancestors);
    allowed =
        officer || (allowed && access::DepartmentAllows(user, Permission::kAnswerApplications, app.department_id));
  }
  return allowed;
}

std::vector<std::string> Refusals(Action a, const Application& app, const access::User& user, const CaseFacts& f) {
  std::vector<std::string> why;
  if (!StateAllows(a, app.state))
    why.push_back(std::string("申请当前状态为“") + StateLabel(app.state) + "”，不能" + ActionLabel(a) + "。");
  const bool allowed = Permitted(a, app, user, f);
  if (a == Action::kDeptAnswer && app.department_id == 0) why.push_back("尚未交办协查部门。");
  if (!allowed) why.push_back(std::string("您没有") + ActionLabel(a) + "的权限。");
  if (!why.empty()) return why;

  switch (a) {
    case Action::kRequestCorrection:
      // Art. 30: the agency tells the applicant once (一次性告知).
      if (f.correction_requested) why.push_back("补正告知只能发出一次（条例第三十条：一次性告知）。");
      break;
    case Action::kLapseCorrection:
      if (!f.clock.waiting_until || f.today <= *f.clock.waiting_until)
        why.push_back("补正期限尚未届满，不能终止处理。");
      break;
    case Action::kLapseFee:
      if (!f.clock.waiting_until || f.today <= *f.clock.waiting_until)
        why.push_back("缴费期限（收到通知次日起 20 个工作日）尚未届满，不能终止处理。");
      break;
    case Action::kExtend:
      // Art. 33: approved by the head of the disclosure office (the
      // configured signer), once, within the original deadline.
      if (!f.is_signer)
        why.push_back("延长答复期限须经政府信息公开工作机构负责人（本机关指定的审签人）同意（条例第三十三条）。");
      if (f.extended) why.push_back("答复期限只能延长一次（条例第三十三条）。");
      if (f.clock.due && f.today > *f.clock.due) why.push_back("答复期限已过，不能再延长。");
      break;
    case Action::kSignOff:
    case Action::kSendBack:
      if (!f.is_signer) why.push_back("只有本机关指定的审签人（公开办负责人或分管领导）可以审签。");
      if (a == Action::kSignOff && f.drafted_by == user.id) why.push_back("拟稿人不能审签自己拟定的答复。");
      break;
    default:
      break;
  }
  return why;
}

}  // namespace gk::applications
