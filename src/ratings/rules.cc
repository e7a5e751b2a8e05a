#include "ratings/rules.h"

#include <algorithm>
#include <cstdio>

namespace gk::ratings {

void ScheduleFollowUp(Rating* r, const WorkCalendar& calendar, const RatingSettings& s) {
  if (!IsBad(r->level)) {
    r->visit_due = r->rectify_due = std::nullopt;
    return;
  }
  r->visit_due = calendar.AddWorkingDays(r->rated_on, s.visit_days, nullptr);
  r->rectify_due = calendar.AddWorkingDays(r->rated_on, s.rectify_days, nullptr);
}

bool VisitOverdue(const Rating& r, Date today) {
  return r.state == RatingState::kOpen && r.visit_due && *r.visit_due < today;
}

bool RectifyOverdue(const Rating& r, Date today) {
  return (r.state == RatingState::kOpen || r.state == RatingState::kVisited) && r.rectify_due && *r.rectify_due < today;
}

int StatLine::Total() const {
  int n = 0;
  for (int l = kMinLevel; l <= kMaxLevel; ++l) n += counts[l];
  return n;
}

int StatLine::GoodPerMille() const {
  const int total = Total();
  if (total == 0) return -1;
  return static_cast<int>((static_cast<int64_t>(total - Bad()) * 1000 + total / 2) / total);
}

MonthStats Tally(const std::vector<Rating>& ratings) {
  MonthStats out;
  std::map<std::pair<std::string, std::string>, StatLine> lines;
  for (const auto& r : ratings) {
    if (r.state == RatingState::kExcluded || r.level < kMinLevel || r.level > kMaxLevel) continue;
    const bool done = IsBad(r.level) && (r.state == RatingState::kRectified || r.state == RatingState::kClosed);
    StatLine& line = lines[{r.department, r.subject_label}];
    line.department = r.department;
    line.subject = r.subject_label;
    for (StatLine* l : {&line, &out.total}) {
      ++l->counts[r.level];
      if (done) ++l->rectified;
    }
  }
  for (auto& [key, line] : lines) out.lines.push_back(line);
  return out;
}

std::string PercentText(int per_mille) {
  if (per_mille < 0) return "—";
  std::string s = std::to_string(per_mille / 10);
  if (per_mille % 10) s += "." + std::to_string(per_mille % 10);
  return s + "%";
}

std::vector<std::string> RecentMonths(Date today, int n) {
  std::vector<std::string> out;
  int y = today.year(), m = today.month();
  for (int i = 0; i < n; ++i) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    out.push_back(buf);
    if (--m == 0) m = 12, --y;
  }
  return out;
}

bool IsMonth(const std::string& t) {
  if (t.size() != 7 || t[4] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (t[i] < '0' || t[i] > '9') return false;
  const int m = (t[5] - '0') * 10 + (t[6] - '0');
  return m >= 1 && m <= 12;
}

}  // namespace gk::ratings
