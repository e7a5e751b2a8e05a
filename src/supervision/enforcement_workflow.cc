#include "supervision/enforcement_workflow.h"

#include "access/transitions.h"
#include "supervision/enforcement_rules.h"

namespace gk::supervision {
namespace {

const access::TransitionTable<DecisionAction, DecisionState>& Table() {
  using P = access::Permission;
  using S = DecisionState;
  static const access::TransitionTable<DecisionAction, DecisionState> k({
      {DecisionAction::kEdit, {S::kDraft}, S::kDraft, P::kManageEnforcement},
      {DecisionAction::kPublish, {S::kDraft}, S::kPublished, P::kPublishEnforcement},
      {DecisionAction::kWithdraw, {S::kPublished}, S::kWithdrawn, P::kPublishEnforcement},
  });
  return k;
}

const char* StateLabel(DecisionState s) {
  switch (s) {
    case DecisionState::kDraft:
      return "待公示";
    case DecisionState::kPublished:
      return "已公示";
    case DecisionState::kWithdrawn:
      return "已撤下";
  }
  return "";
}

}  // namespace

const char* DecisionActionCode(DecisionAction a) {
  switch (a) {
    case DecisionAction::kEdit:
      return "edit";
    case DecisionAction::kPublish:
      return "publish";
    case DecisionAction::kWithdraw:
      return "withdraw";
  }
  return "";
}

const char* DecisionActionLabel(DecisionAction a) {
  switch (a) {
    case DecisionAction::kEdit:
      return "修改";
    case DecisionAction::kPublish:
      return "公示";
    case DecisionAction::kWithdraw:
      return "撤下";
  }
  return "";
}

bool StateAllows(DecisionAction a, DecisionState s) { return Table().Allows(a, s); }
DecisionState NextState(DecisionAction a, DecisionState s) { return Table().Next(a, s); }
access::Permission ActionPermission(DecisionAction a) { return Table().PermissionFor(a); }

std::vector<std::string> Refusals(DecisionAction a, const Decision& d, const access::User& user,
                                  const std::vector<int64_t>& ancestors) {
  std::vector<std::string> out;
  if (!StateAllows(a, d.state))
    out.push_back(std::string("该决定当前为“") + StateLabel(d.state) + "”，不能" + DecisionActionLabel(a));
  const access::Permission p = ActionPermission(a);
  if (!access::AllowsFor(user, p, d.agency_id, ancestors))
    out.push_back(std::string("您没有本机构“") + access::PermissionLabel(p) + "”的权限");
  std::string why;
  if (a == DecisionAction::kPublish && !IsPublishable(d, &why)) out.push_back(why);
  return out;
}

}  // namespace gk::supervision
