#include "messages/rules.h"

namespace gk::messages {

Date DueOn(Date received, const WorkCalendar& calendar, int answer_days) {
  return calendar.AddWorkingDays(received, answer_days, nullptr);
}

bool Overdue(const Message& m, Date today) { return Unanswered(m.state) && today > m.due_on; }

bool InspectionWarning(const Message& m, Date today) {
  return Unanswered(m.state) && m.received_on <= AddMonths(today, -kWarnMonths);
}

bool InspectionBreach(const Message& m, Date today) {
  return Unanswered(m.state) && m.received_on < AddMonths(today, -kBreachMonths);
}

}  // namespace gk::messages
