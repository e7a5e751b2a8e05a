#include "decisions/workflow.h"

#include "access/transitions.h"
#include "common/named.h"

namespace gk::decisions {
namespace {

const access::TransitionTable<Action, State>& Table() {
  using P = access::Permission;
  using S = State;
  using A = Action;
  static const access::TransitionTable<Action, State> k({
      {A::kEdit, {S::kDraft, S::kPublished}, S::kDraft, P::kManageDecisions},
      {A::kPublish, {S::kDraft}, S::kPublished, P::kPublishDecisions},
      {A::kWithdraw, {S::kPublished}, S::kWithdrawn, P::kPublishDecisions},
  });
  return k;
}

constexpr Named<Action> kActions[] = {
    {Action::kEdit, "edit", "修改"}, {Action::kPublish, "publish", "公开"}, {Action::kWithdraw, "withdraw", "撤回"}};

}  // namespace

const char* ActionCode(Action a) { return NamedCode(kActions, a); }
const char* ActionLabel(Action a) { return NamedLabel(kActions, a); }
bool StateAllows(Action a, State s) { return Table().Allows(a, s); }
State NextState(Action a, State s) { return a == Action::kEdit ? s : Table().Next(a, s); }
access::Permission ActionPermission(Action a) { return Table().PermissionFor(a); }

std::vector<std::string> Refusals(Action a, const MajorDecision& d, const access::User& user,
                                  const std::vector<int64_t>& ancestors) {
  std::vector<std::string> out;
  if (!StateAllows(a, d.state))
    out.push_back(std::string("该事项当前为“") + StateLabel(d.state) + "”，不能" + ActionLabel(a));
  const access::Permission p = ActionPermission(a);
  if (!access::AllowsFor(user, p, d.agency_id, ancestors))
    out.push_back(std::string("您没有本机构“") + access::PermissionLabel(p) + "”的权限");
  return out;
}

}  // namespace gk::decisions
