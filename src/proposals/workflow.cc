#include "proposals/workflow.h"

#include "access/transitions.h"
#include "common/named.h"

namespace gk::proposals {
namespace {

const access::TransitionTable<Action, State>& Table() {
  using P = access::Permission;
  using S = State;
  using A = Action;
  static const access::TransitionTable<Action, State> k({
      {A::kEdit, {S::kHandling, S::kReplied}, S::kHandling, P::kManageProposals},  // stays (NextState)
      {A::kReply, {S::kHandling, S::kReplied}, S::kReplied, P::kManageProposals},
      {A::kPublish, {S::kReplied, S::kWithheld}, S::kPublished, P::kPublishProposals},
      {A::kWithhold, {S::kReplied, S::kPublished}, S::kWithheld, P::kPublishProposals},
  });
  return k;
}

constexpr Named<Action> kActions[] = {{Action::kEdit, "edit", "修改"},
                                      {Action::kReply, "reply", "答复"},
                                      {Action::kPublish, "publish", "公开"},
                                      {Action::kWithhold, "withhold", "不公开"}};

}  // namespace

const std::vector<Action>& AllActions() {
  static const std::vector<Action> k = {Action::kEdit, Action::kReply, Action::kPublish, Action::kWithhold};
  return k;
}
const char* ActionCode(Action a) { return NamedCode(kActions, a); }
const char* ActionLabel(Action a) { return NamedLabel(kActions, a); }
bool ParseAction(std::string_view code, Action* out) { return ParseNamed(kActions, code, out); }
bool StateAllows(Action a, State s) { return Table().Allows(a, s); }
State NextState(Action a, State s) { return a == Action::kEdit ? s : Table().Next(a, s); }
access::Permission ActionPermission(Action a) { return Table().PermissionFor(a); }

std::vector<std::string> Refusals(Action a, const Proposal& p, const access::User& user,
                                  const std::vector<int64_t>& ancestors) {
  auto out =
      Table().BasicRefusals(a, p.state, "建议提案", StateLabel(p.state), ActionLabel(a), user, p.agency_id, ancestors);
  if (a == Action::kPublish && p.public_summary.empty() && !p.reply_public)
    out.push_back("请先填写公开的办理结果，或选择公开复文全文");
  return out;
}

}  // namespace gk::proposals
