// The rules of 意见征集, each once, with its source:
// - 重大行政决策程序暂行条例 (Decree 713) Art. 15: the draft, its explanation,
//   how to comment and the period are published; the period is generally not
//   less than 30 days, and a shorter one must state why. A period counts both
//   its first and last day (opens 1 June, closes 30 June: 30 days).
// - Art. 32: how the comments were adopted is explained: every comment gets a
//   decision, and the adoption report counts them.
// - The report is due some days after closing (configurable, default 30):
//   the owner is reminded on the dashboard past that.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"
#include "common/status.h"
#include "consultations/model.h"

namespace gk::consultations {

inline constexpr int kMinPeriodDays = 30;
inline constexpr size_t kMaxCommentChars = 2000;

// Days from `opens` to `closes`, both included.
int PeriodDays(Date opens, Date closes);
// The period's problems, under "opens_on"/"closes_on"/"short_reason":
// closing before opening, or fewer than 30 days without a reason.
void CheckPeriod(Date opens, Date closes, const std::string& short_reason, FieldErrors* errors);
// Where a published consultation is on `today` (China date).
Phase PhaseOf(const Consultation& c, Date today);
// Whether comments are taken on `today`: published and open.
inline bool TakesComments(const Consultation& c, Date today) {
  return c.state == State::kPublished && PhaseOf(c, today) == Phase::kOpen;
}
// Why `c` takes no comments on `today`, in Chinese; "" while it does.
std::string WhyNoComments(const Consultation& c, Date today);
// Whether the adoption report is late on `today`: published, closed more
// than `days` days ago, report not published.
bool ReportOverdue(const Consultation& c, Date today, int days);
// The first of `words` found in `text` (ASCII letters compared without case);
// "" when none: the keyword screen.
std::string ScreenHit(std::string_view text, const std::vector<std::string>& words);

}  // namespace gk::consultations
