// The rules of 留言咨询, each once, with its source:
// - the answer is due within a configurable number of working days of the
//   day the message arrived (default 5), on the installation's calendar;
// - 国办秘函〔2019〕19号 (the national website inspection, RULES.md §8): a
//   valid message left unanswered more than 3 months fails the site; the
//   console warns from 2 months, before it is breached.
#pragma once

#include <string>
#include <string_view>

#include "common/calendar.h"
#include "messages/model.h"

namespace gk::messages {

inline constexpr int kWarnMonths = 2;    // the dashboard's red line
inline constexpr int kBreachMonths = 3;  // the inspection's rule
inline constexpr size_t kMaxBody = 2000;
inline constexpr size_t kMaxTitle = 100;

// The day the answer to a message received on `received` is due.
Date DueOn(Date received, const WorkCalendar& calendar, int answer_days);
// Unanswered past its due day.
bool Overdue(const Message& m, Date today);
// Unanswered since kWarnMonths months ago or earlier: the inspection's line is near.
bool InspectionWarning(const Message& m, Date today);
// Unanswered since before kBreachMonths months ago: the site fails the inspection.
bool InspectionBreach(const Message& m, Date today);

}  // namespace gk::messages
