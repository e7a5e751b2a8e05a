// The statutory rules of enforcement publicity (RULES.md §6), each encoded
// once, as pure functions of the decision, the calendar and the settings:
//
// - The clock (国办发〔2018〕118号 三、(二)): licences and penalties are
//   published within 7 working days of the decision, other decisions within
//   20. Market-supervision penalty information within 20 (总局令第45号
//   Art. 10); the installation says which applies (penalty_days).
// - What is published (总局令第45号 Art. 6): penalties by ordinary
//   procedure; a penalty that is only a warning (警告) is not.
// - How long (总局令第45号 Art. 14): 3 months from the publication date for
//   a penalty that is only 通报批评 or a low fine (较低数额罚款; threshold set
//   per installation), 3 years for every other decision.
// - Withdrawal (总局令第45号 Art. 15): a decision revoked or changed is taken
//   down within 3 working days.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"
#include "supervision/enforcement_model.h"

namespace gk::supervision {

// The installation's settings (config section [enforcement]).
struct EnforcementSettings {
  int licence_days = 7;           // 国办发〔2018〕118号
  int penalty_days = 20;          // 总局令第45号 (a market-supervision bureau); 7 under 118号 alone
  int other_days = 20;            // coercive measures and other decisions
  int withdraw_days = 3;          // 总局令第45号 Art. 15
  int64_t low_fine_yuan = 10000;  // at or below: 较低数额罚款, published for 3 months
  int short_period_months = 3;
  int long_period_years = 3;
};

// The working days within which a decision of `kind` is published.
int PublishWithinDays(DecisionKind kind, const EnforcementSettings& s);
// The last day a decision made on `decided_on` may be published on time.
Date PublishDue(const WorkCalendar& cal, DecisionKind kind, Date decided_on, const EnforcementSettings& s);
// The last day a decision revoked or changed on `revoked_on` may stay up.
Date WithdrawDue(const WorkCalendar& cal, Date revoked_on, const EnforcementSettings& s);

// 处罚类别 as written ("罚款;没收违法所得、没收非法财物", "警告，罚款") split
// into its parts, trimmed, empty parts dropped.
std::vector<std::string> SplitCategories(std::string_view text);

// Whether the decision may be published at all: not a penalty that is only
// a warning. `why` gets the reason when not.
bool IsPublishable(const Decision& d, std::string* why);
// Whether the short period applies: a penalty whose every category is
// 通报批评, 警告 or 罚款 and whose fine is at most low_fine_yuan, with
// nothing confiscated.
bool HasShortPeriod(const Decision& d, const EnforcementSettings& s);
// The first day a decision published on `published_on` is no longer public.
Date PublicUntil(const Decision& d, Date published_on, const EnforcementSettings& s);

}  // namespace gk::supervision
