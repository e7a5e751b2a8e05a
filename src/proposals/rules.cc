#include "proposals/rules.h"

namespace gk::proposals {

Date DueOn(Date assigned) { return AddMonths(assigned, kAnswerMonths); }

bool Overdue(const Proposal& p, Date today) { return p.state == State::kHandling && today > p.due_on; }

bool OnTime(const Proposal& p) { return p.replied_on && *p.replied_on <= p.due_on; }

}  // namespace gk::proposals
