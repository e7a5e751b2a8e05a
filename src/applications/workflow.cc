#include "applications/workflow.h"

#include <algorithm>
#include <array>
#include <optional>

#include "auth/scope.h"

namespace gk::applications {
namespace {

using auth::Permission;
constexpr std::nullopt_t kSame = std::nullopt;  // the action does not move the state

struct Row {
  Action action;
  const char* code;
  const char* label;
  std::vector<State> from;
  std::optional<State> to;  // kSame: unchanged
  Permission permission;
};

const std::vector<Row>& Table() {
  static const std::vector<Row> rows = {
      {Action::kReceive, "receive", "接收确认", {State::kSubmitted}, State::kProcessing,
       Permission::kHandleApplications},
      {Action::kRequestCorrection, "request_correction", "补正告知", {State::kProcessing}, State::kCorrection,
       Permission::kHandleApplications},
      {Action::kReceiveCorrection, "receive_correction", "收到补正", {State::kCorrection}, State::kProcessing,
       Permission::kHandleApplications},
      {Action::kLapseCorrection, "lapse_correction", "逾期未补正，终止处理", {State::kCorrection}, State::kSignOff,
       Permission::kHandleApplications},
      {Action::kSendConsultation, "send_consultation", "征求意见", {State::kProcessing}, State::kConsulting,
       Permission::kHandleApplications},
      {Action::kAnswerConsultation, "answer_consultation", "收到意见", {State::kConsulting}, State::kProcessing,
       Permission::kHandleApplications},
      {Action::kExtend, "extend", "延期答复", {State::kProcessing, State::kConsulting}, kSame,
       Permission::kHandleApplications},
      {Action::kNotifyFee, "notify_fee", "收费通知", {State::kProcessing}, State::kFeePending,
       Permission::kHandleApplications},
      {Action::kPayFee, "pay_fee", "登记缴费", {State::kFeePending}, State::kProcessing,
       Permission::kHandleApplications},
      {Action::kWaiveFee, "waive_fee", "减免费用", {State::kFeePending}, State::kProcessing,
       Permission::kHandleApplications},
      {Action::kLapseFee, "lapse_fee", "逾期未缴费，终止处理", {State::kFeePending}, State::kSignOff,
       Permission::kHandleApplications},
      {Action::kAssign, "assign", "交办协查", {State::kProcessing, State::kConsulting, State::kFeePending}, kSame,
       Permission::kHandleApplications},
      {Action::kDeptAnswer, "dept_answer", "协查答复", {State::kProcessing, State::kConsulting, State::kFeePending},
       kSame, Permission::kAnswerApplications},
      {Action::kJointReview, "joint_review", "会商",
       {State::kProcessing, State::kConsulting, State::kFeePending, State::kSignOff}, kSame,
       Permission::kHandleApplications},
      {Action::kDraftDecision, "draft_decision", "拟定答复，提交审签", {State::kProcessing}, State::kSignOff,
       Permission::kHandleApplications},
      {Action::kSendBack, "send_back", "审签退回", {State::kSignOff}, State::kProcessing,
       Permission::kHandleApplications},
      {Action::kSignOff, "sign_off", "审签并出具答复", {State::kSignOff}, State::kClosed,
       Permission::kHandleApplications},
      {Action::kWithdraw, "withdraw", "申请人撤回", {State::kSubmitted, State::kProcessing, State::kCorrection,
                                                        State::kConsulting, State::kFeePending, State::kSignOff},
       State::kClosed, Permission::kHandleApplications},
      {Action::kArchive, "archive", "归档", {State::kClosed}, State::kArchived, Permission::kHandleApplications},
      {Action::kAppeal, "appeal", "登记复议/诉讼", {State::kClosed, State::kArchived}, kSame,
       Permission::kHandleApplications},
      {Action::kSetTopic, "set_topic", "设置主题分类",
       {State::kSubmitted, State::kProcessing, State::kCorrection, State::kConsulting, State::kFeePending,
        State::kSignOff, State::kClosed},
       kSame, Permission::kHandleApplications},
  };
  return rows;
}

const Row& RowOf(Action a) {
  for (const auto& r : Table())
    if (r.action == a) return r;
  return Table().front();  // unreachable: every action has a row
}

}  // namespace

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

bool StateAllows(Action a, State s) {
  const auto& from = RowOf(a).from;
  return std::find(from.begin(), from.end(), s) != from.end();
}

State NextState(Action a, State s) {
  const Row& r = RowOf(a);
  return r.to.value_or(s);
}

auth::Permission ActionPermission(Action a) { return RowOf(a).permission; }

bool Permitted(Action a, const Application& app, const auth::User& user, const CaseFacts& f) {
  bool allowed = auth::AllowsFor(user, ActionPermission(a), app.agency_id, f.agency_ancestors);
  if (a == Action::kDeptAnswer) {
    // The assigned department answers its own 协查; the 公开办 may record it.
    bool officer = auth::AllowsFor(user, Permission::kHandleApplications, app.agency_id, f.agency_ancestors);
    allowed = officer || (allowed && auth::DepartmentAllows(user, Permission::kAnswerApplications, app.department_id));
  }
  return allowed;
}

std::vector<std::string> Refusals(Action a, const Application& app, const auth::User& user, const CaseFacts& f) {
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
      if (!f.is_signer) why.push_back("延长答复期限须经政府信息公开工作机构负责人（本机关指定的审签人）同意（条例第三十三条）。");
      if (f.extended) why.push_back("答复期限只能延长一次（条例第三十三条）。");
      if (f.clock.due && f.today > *f.clock.due) why.push_back("答复期限已过，不能再延长。");
      break;
    case Action::kSignOff:
    case Action::kSendBack:
      if (!f.is_signer) why.push_back("只有本机关指定的审签人（公开办负责人或分管领导）可以审签。");
      if (a == Action::kSignOff && f.drafted_by == user.id)
        why.push_back("拟稿人不能审签自己拟定的答复。");
      break;
    default:
      break;
  }
  return why;
}

}  // namespace gk::applications
