#include "events/model.h"

#include "common/named.h"

namespace gk::events {
namespace {

constexpr Named<State> kStates[] = {{State::kDraft, "draft", "草稿"},
                                    {State::kPublished, "published", "已发布"},
                                    {State::kHeld, "held", "已举行"},
                                    {State::kCancelled, "cancelled", "已取消"}};
constexpr Named<Kind> kKinds[] = {{Kind::kHearing, "hearing", "听证会"},
                                  {Kind::kOpenDay, "open_day", "政府开放日"},
                                  {Kind::kInterview, "interview", "在线访谈"}};
constexpr Named<RegState> kRegStates[] = {{RegState::kConfirmed, "confirmed", "已确认"},
                                          {RegState::kWaiting, "waiting", "候补"},
                                          {RegState::kCancelled, "cancelled", "已取消"}};

}  // namespace

const char* StateCode(State s) { return NamedCode(kStates, s); }
const char* StateLabel(State s) { return NamedLabel(kStates, s); }
bool ParseState(std::string_view code, State* out) { return ParseNamed(kStates, code, out); }
const std::vector<Kind>& AllKinds() {
  static const std::vector<Kind> k = {Kind::kHearing, Kind::kOpenDay, Kind::kInterview};
  return k;
}
const char* KindCode(Kind k) { return NamedCode(kKinds, k); }
const char* KindLabel(Kind k) { return NamedLabel(kKinds, k); }
bool ParseKind(std::string_view code, Kind* out) { return ParseNamed(kKinds, code, out); }
const char* RegStateCode(RegState s) { return NamedCode(kRegStates, s); }
const char* RegStateLabel(RegState s) { return NamedLabel(kRegStates, s); }
bool ParseRegState(std::string_view code, RegState* out) { return ParseNamed(kRegStates, code, out); }

}  // namespace gk::events
