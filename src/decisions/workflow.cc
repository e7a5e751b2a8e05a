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
  return Table().BasicRefusals(a, d.state, "事项", StateLabel(d.state), ActionLabel(a), user, d.agency_id, ancestors);
}

}  // namespace gk::decisions
