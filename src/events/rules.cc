#include "events/rules.h"

#include "common/china_time.h"

namespace gk::events {

int DaysBefore(const Event& e, int64_t now) {
  return static_cast<int>(ChinaDate(e.starts_at).DaysSinceEpoch() - ChinaDate(now).DaysSinceEpoch());
}

std::vector<std::string> PublishProblems(const Event& e, int64_t now) {
  std::vector<std::string> out;
  if (e.starts_at <= now) out.push_back("活动时间已过，不能发布");
  if (e.capacity > 0 && e.registration_closes_at > e.starts_at) out.push_back("报名截止时间不能晚于活动开始时间");
  if (e.kind == Kind::kHearing) {
    if (e.materials.empty()) out.push_back("听证会须公布听证材料（《重大行政决策程序暂行条例》第十六条）");
    if (e.starts_at > now && DaysBefore(e, now) < kHearingNoticeDays)
      out.push_back("听证材料须在听证会召开 7 日前公布：距召开仅 " + std::to_string(DaysBefore(e, now)) +
                    " 日，请推迟听证会（《重大行政决策程序暂行条例》第十六条）");
  }
  return out;
}

bool RegistrationOpen(const Event& e, int64_t now) {
  return e.state == State::kPublished && e.capacity > 0 && now < e.registration_closes_at && now < e.starts_at;
}

std::optional<RegState> PlaceFor(const Event& e) {
  if (e.confirmed < e.capacity) return RegState::kConfirmed;
  if (e.waiting < e.waitlist) return RegState::kWaiting;
  return std::nullopt;
}

bool ParticipantsOverdue(const Event& e, int64_t now) {
  return e.kind == Kind::kHearing && e.state == State::kPublished && !e.participants_public &&
         DaysBefore(e, now) < kHearingNoticeDays;
}

}  // namespace gk::events
