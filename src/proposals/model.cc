#include "proposals/model.h"

#include "common/named.h"

namespace gk::proposals {
namespace {

constexpr Named<State> kStates[] = {{State::kHandling, "handling", "办理中"},
                                    {State::kReplied, "replied", "已答复"},
                                    {State::kPublished, "published", "已公开"},
                                    {State::kWithheld, "withheld", "不公开"}};
constexpr Named<Kind> kKinds[] = {{Kind::kSuggestion, "suggestion", "人大代表建议"},
                                  {Kind::kProposal, "proposal", "政协委员提案"}};
constexpr Named<Role> kRoles[] = {{Role::kLead, "lead", "主办"}, {Role::kAssist, "assist", "协办"}};
constexpr Named<Outcome> kOutcomes[] = {{Outcome::kSolved, "A", "已解决或基本解决"},
                                        {Outcome::kPlanned, "B", "正在解决或列入计划逐步解决"},
                                        {Outcome::kReference, "C", "因条件限制暂时难以解决，留作参考"}};

}  // namespace

const char* StateCode(State s) { return NamedCode(kStates, s); }
const char* StateLabel(State s) { return NamedLabel(kStates, s); }
bool ParseState(std::string_view code, State* out) { return ParseNamed(kStates, code, out); }
const std::vector<Kind>& AllKinds() {
  static const std::vector<Kind> k = {Kind::kSuggestion, Kind::kProposal};
  return k;
}
const char* KindCode(Kind k) { return NamedCode(kKinds, k); }
const char* KindLabel(Kind k) { return NamedLabel(kKinds, k); }
bool ParseKind(std::string_view code, Kind* out) { return ParseNamed(kKinds, code, out); }
const char* RoleCode(Role r) { return NamedCode(kRoles, r); }
const char* RoleLabel(Role r) { return NamedLabel(kRoles, r); }
bool ParseRole(std::string_view code, Role* out) { return ParseNamed(kRoles, code, out); }
const std::vector<Outcome>& AllOutcomes() {
  static const std::vector<Outcome> k = {Outcome::kSolved, Outcome::kPlanned, Outcome::kReference};
  return k;
}
const char* OutcomeCode(Outcome r) { return NamedCode(kOutcomes, r); }
const char* OutcomeLabel(Outcome r) { return NamedLabel(kOutcomes, r); }
bool ParseOutcome(std::string_view code, Outcome* out) { return ParseNamed(kOutcomes, code, out); }

}  // namespace gk::proposals
