#include "events/workflow.h"

#include "access/transitions.h"
#include "common/named.h"
#include "events/rules.h"

namespace gk::events {
namespace {

const access::TransitionTable<Action, State>& Table() {
  using P = access::Permission;
  using S = State;
  using A = Action;
  static const access::TransitionTable<Action, State> k({
      {A::kEdit, {S::kDraft, S::kPublished}, S::kDraft, P::kManageEvents},  // stays (Next is not used)
      {A::kPublish, {S::kDraft}, S::kPublished, P::kPublishEvents},
      {A::kCancel, {S::kDraft, S::kPublished}, S::kCancelled, P::kPublishEvents},
      {A::kParticipants, {S::kPublished}, S::kPublished, P::kPublishEvents},
      {A::kSummarise, {S::kPublished, S::kHeld}, S::kHeld, P::kManageEvents},
  });
  return k;
}

constexpr Named<Action> kActions[] = {{Action::kEdit, "edit", "修改"},
                                      {Action::kPublish, "publish", "发布"},
                                      {Action::kCancel, "cancel", "取消活动"},
                                      {Action::kParticipants, "participants", "公布参加人名单"},
                                      {Action::kSummarise, "summary", "发布活动综述"}};

}  // namespace

const std::vector<Action>& AllActions() {
  static const std::vector<Action> k = {Action::kEdit, Action::kPublish, Action::kCancel, Action::kParticipants,
                                        Action::kSummarise};
  return k;
}
const char* ActionCode(Action a) { return NamedCode(kActions, a); }
const char* ActionLabel(Action a) { return NamedLabel(kActions, a); }
bool ParseAction(std::string_view code, Action* out) { return ParseNamed(kActions, code, out); }
bool StateAllows(Action a, State s) { return Table().Allows(a, s); }
State NextState(Action a, State s) { return a == Action::kEdit ? s : Table().Next(a, s); }
access::Permission ActionPermission(Action a) { return Table().PermissionFor(a); }

std::vector<std::string> Refusals(Action a, const Event& e, const access::User& user,
                                  const std::vector<int64_t>& ancestors, int64_t now) {
  auto out =
      Table().BasicRefusals(a, e.state, "活动", StateLabel(e.state), ActionLabel(a), user, e.agency_id, ancestors);
  if (a == Action::kPublish && StateAllows(a, e.state))
    for (auto& why : PublishProblems(e, now)) out.push_back(std::move(why));
  if (a == Action::kSummarise && e.starts_at > now) out.push_back("活动尚未举行，举行后再发布综述");
  if (a == Action::kParticipants && e.capacity == 0) out.push_back("该活动不接受报名，没有参加人名单");
  if (a == Action::kParticipants && e.participants_public) out.push_back("参加人名单已公布");
  if (a == Action::kParticipants && e.starts_at <= now) out.push_back("活动已开始，参加人名单须在举行前公布");
  return out;
}

}  // namespace gk::events
