#include "consultations/workflow.h"

#include "access/transitions.h"
#include "consultations/rules.h"

namespace gk::consultations {
namespace {

const access::TransitionTable<Action, State>& Table() {
  using P = access::Permission;
  using S = State;
  using A = Action;
  static const access::TransitionTable<Action, State> k({
      {A::kEdit, {S::kDraft}, S::kDraft, P::kManageConsultations},
      {A::kPublish, {S::kDraft}, S::kPublished, P::kPublishConsultations},
      {A::kWithdraw, {S::kPublished}, S::kWithdrawn, P::kPublishConsultations},
      {A::kModerate, {S::kPublished}, S::kPublished, P::kManageConsultations},
      {A::kDecide, {S::kPublished}, S::kPublished, P::kManageConsultations},
      {A::kPublishReport, {S::kPublished}, S::kPublished, P::kPublishConsultations},
  });
  return k;
}

}  // namespace

const std::vector<Action>& AllActions() {
  static const std::vector<Action> k = {Action::kEdit,     Action::kPublish, Action::kWithdraw,
                                        Action::kModerate, Action::kDecide,  Action::kPublishReport};
  return k;
}

const char* ActionCode(Action a) {
  switch (a) {
    case Action::kEdit:
      return "edit";
    case Action::kPublish:
      return "publish";
    case Action::kWithdraw:
      return "withdraw";
    case Action::kModerate:
      return "moderate";
    case Action::kDecide:
      return "decide";
    case Action::kPublishReport:
      return "report";
  }
  return "";
}

const char* ActionLabel(Action a) {
  switch (a) {
    case Action::kEdit:
      return "修改";
    case Action::kPublish:
      return "发布";
    case Action::kWithdraw:
      return "撤回";
    case Action::kModerate:
      return "审核意见";
    case Action::kDecide:
      return "处理意见";
    case Action::kPublishReport:
      return "发布采纳情况";
  }
  return "";
}

bool StateAllows(Action a, State s) { return Table().Allows(a, s); }
State NextState(Action a, State s) { return Table().Next(a, s); }
access::Permission ActionPermission(Action a) { return Table().PermissionFor(a); }

std::vector<std::string> Refusals(Action a, const Consultation& c, const access::User& user,
                                  const std::vector<int64_t>& ancestors, Date today, int64_t undecided) {
  std::vector<std::string> out;
  if (!StateAllows(a, c.state))
    out.push_back(std::string("该征集当前为“") + StateLabel(c.state) + "”，不能" + ActionLabel(a));
  const access::Permission p = ActionPermission(a);
  if (!access::AllowsFor(user, p, c.agency_id, ancestors))
    out.push_back(std::string("您没有本机构“") + access::PermissionLabel(p) + "”的权限");
  if ((a == Action::kDecide || a == Action::kPublishReport) && c.state == State::kPublished &&
      PhaseOf(c, today) != Phase::kClosed)
    out.push_back("征集期结束（" + c.closes_on.ToString() + "）后才能" + ActionLabel(a));
  if (a == Action::kPublishReport && undecided > 0)
    out.push_back("还有 " + std::to_string(undecided) + " 条意见未处理，请先逐条作出处理");
  return out;
}

}  // namespace gk::consultations
