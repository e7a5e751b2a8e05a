#include "messages/workflow.h"

#include "access/transitions.h"
#include "common/named.h"

namespace gk::messages {
namespace {

const access::TransitionTable<Action, State>& Table() {
  using P = access::Permission;
  using S = State;
  using A = Action;
  static const access::TransitionTable<Action, State> k({
      {A::kAssign, {S::kReceived, S::kAssigned}, S::kAssigned, P::kManageMessages},
      {A::kAnswer, {S::kReceived, S::kAssigned, S::kAnswered}, S::kAnswered, P::kAnswerMessages},
      {A::kPublish, {S::kAnswered}, S::kPublished, P::kManageMessages},
      {A::kWithhold, {S::kAnswered, S::kPublished}, S::kWithheld, P::kManageMessages},
  });
  return k;
}

constexpr Named<Action> kActions[] = {{Action::kAssign, "assign", "分办"},
                                      {Action::kAnswer, "answer", "答复"},
                                      {Action::kPublish, "publish", "公开"},
                                      {Action::kWithhold, "withhold", "不予公开"}};

}  // namespace

const std::vector<Action>& AllActions() {
  static const std::vector<Action> k = {Action::kAssign, Action::kAnswer, Action::kPublish, Action::kWithhold};
  return k;
}
const char* ActionCode(Action a) { return NamedCode(kActions, a); }
const char* ActionLabel(Action a) { return NamedLabel(kActions, a); }
bool ParseAction(std::string_view code, Action* out) { return ParseNamed(kActions, code, out); }
bool StateAllows(Action a, State s) { return Table().Allows(a, s); }
State NextState(Action a, State s) { return Table().Next(a, s); }
access::Permission ActionPermission(Action a) { return Table().PermissionFor(a); }

std::vector<std::string> Refusals(Action a, const Message& m, const access::User& user,
                                  const std::vector<int64_t>& ancestors) {
  auto out =
      Table().BasicRefusals(a, m.state, "留言", StateLabel(m.state), ActionLabel(a), user, m.agency_id, ancestors);
  if (a == Action::kPublish && m.wants_private) out.push_back("留言人要求不公开，该留言不能公开");
  return out;
}

}  // namespace gk::messages
