#include "opinions/rules.h"

namespace gk::opinions {

int64_t DueAt(Level level, int64_t found_at) {
  return found_at + (level == Level::kMajor ? kMajorHours : kGeneralHours) * 3600;
}

bool Late(const Opinion& o, int64_t now) {
  return o.first_response_at == 0 && o.state == State::kOpen && now > o.due_at;
}

bool AnsweredInTime(const Opinion& o) { return o.first_response_at != 0 && o.first_response_at <= o.due_at; }

bool PressConferenceMissing(const Opinion& o, int64_t now) {
  if (o.level != Level::kMajor) return false;
  const int64_t by = o.found_at + kPressConferenceHours * 3600;
  for (const auto& r : o.responses)
    if (r.channel == Channel::kPressConference && r.at <= by) return false;
  return now > by;
}

}  // namespace gk::opinions
