#include "messages/rules.h"

namespace gk::messages {

Date DueOn(Date received, const WorkCalendar& calendar, int answer_days) {
  return calendar.AddWorkingDays(received, answer_days, nullptr);
}

Date AddMonths(Date d, int months) {
  const int total = d.year() * 12 + (d.month() - 1) + months;
  const int y = total / 12, m = total % 12 + 1;
  for (int day = d.day(); day >= 28; --day)
    if (auto r = Date::FromYmd(y, m, day); r.ok()) return r.value();
  return Date::FromYmd(y, m, d.day()).value();
}

bool Overdue(const Message& m, Date today) { return Unanswered(m.state) && today > m.due_on; }

bool InspectionWarning(const Message& m, Date today) {
  return Unanswered(m.state) && m.received_on <= AddMonths(today, -kWarnMonths);
}

bool InspectionBreach(const Message& m, Date today) {
  return Unanswered(m.state) && m.received_on < AddMonths(today, -kBreachMonths);
}

}  // namespace gk::messages
