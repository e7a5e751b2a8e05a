// The rules of 好差评, each once, from 国务院办公厅关于建立政务服务“好差评”
// 制度提高政务服务水平的意见（国办发〔2019〕51号）: a 差评 (不满意, 非常不满意)
// is visited and checked (回访核实) within 1 working day and rectified and
// answered within 15 (both configurable, [ratings]); a rating found
// mistaken or malicious on appeal is not counted; the statistics count the
// others.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/calendar.h"
#include "ratings/model.h"

namespace gk::ratings {

struct RatingSettings {
  int visit_days = 1;
  int rectify_days = 15;
};

// Sets visit_due and rectify_due of a bad rating from its date (working
// days after it, by `calendar`); a good one has none.
void ScheduleFollowUp(Rating* r, const WorkCalendar& calendar, const RatingSettings& s);
// Whether a follow-up step is late on `today`: the visit while open, the
// rectification while open or visited.
bool VisitOverdue(const Rating& r, Date today);
bool RectifyOverdue(const Rating& r, Date today);
inline bool FollowUpOverdue(const Rating& r, Date today) { return VisitOverdue(r, today) || RectifyOverdue(r, today); }

// One line of the monthly statistics: a service (or subject) and its
// department, with how many ratings of each level.
struct StatLine {
  std::string subject;
  std::string department;
  int counts[kMaxLevel + 1] = {};  // by level, [0] unused
  int rectified = 0;               // bad ratings rectified or closed
  int Total() const;
  int Bad() const { return counts[1] + counts[2]; }
  // 好评率: 非常满意, 满意 and 基本满意 over all, in per mille; -1 with no rating.
  int GoodPerMille() const;
};
// The statistics of a month's ratings: one line per subject and
// department (sorted by department, then subject) and the total. Excluded
// ratings are not counted.
struct MonthStats {
  std::vector<StatLine> lines;
  StatLine total;
};
MonthStats Tally(const std::vector<Rating>& ratings);
// "98.5%" from per mille; "—" for none.
std::string PercentText(int per_mille);

// The last `n` months ("2026-12", "2026-11", …), `today`'s first.
std::vector<std::string> RecentMonths(Date today, int n);
// Whether `text` is a month "YYYY-MM".
bool IsMonth(const std::string& text);

}  // namespace gk::ratings
