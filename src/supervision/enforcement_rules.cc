#include "supervision/enforcement_rules.h"

#include <algorithm>

#include "common/strings.h"

namespace gk::supervision {

int PublishWithinDays(DecisionKind kind, const EnforcementSettings& s) {
  switch (kind) {
    case DecisionKind::kLicence:
      return s.licence_days;
    case DecisionKind::kPenalty:
      return s.penalty_days;
    case DecisionKind::kCoercive:
      return s.other_days;
  }
  return s.other_days;
}

Date PublishDue(const WorkCalendar& cal, DecisionKind kind, Date decided_on, const EnforcementSettings& s) {
  return cal.AddWorkingDays(decided_on, PublishWithinDays(kind, s), nullptr);
}

Date WithdrawDue(const WorkCalendar& cal, Date revoked_on, const EnforcementSettings& s) {
  return cal.AddWorkingDays(revoked_on, s.withdraw_days, nullptr);
}

std::vector<std::string> SplitCategories(std::string_view text) {
  std::vector<std::string> out;
  std::string t(text);
  // The separators seen in 双公示 files: ; ； , ， 、 and line breaks.
  for (const char* sep : {"；", "，", "、"}) {
    for (size_t at = t.find(sep); at != std::string::npos; at = t.find(sep))
      t.replace(at, std::string(sep).size(), ";");
  }
  std::replace(t.begin(), t.end(), ',', ';');
  std::replace(t.begin(), t.end(), '\n', ';');
  size_t start = 0;
  while (start <= t.size()) {
    size_t end = t.find(';', start);
    if (end == std::string::npos) end = t.size();
    std::string p = Trim(std::string_view(t).substr(start, end - start));
    if (!p.empty()) out.push_back(std::move(p));
    start = end + 1;
  }
  return out;
}

bool IsPublishable(const Decision& d, std::string* why) {
  if (d.kind != DecisionKind::kPenalty) return true;
  const auto parts = SplitCategories(d.categories);
  const bool warning_only =
      !parts.empty() && std::all_of(parts.begin(), parts.end(), [](const std::string& p) { return p == "警告"; });
  if (warning_only && d.fine_fen == 0 && d.confiscated_fen == 0) {
    if (why) *why = "仅给予警告的行政处罚不予公示（市场监督管理总局令第45号第六条）";
    return false;
  }
  return true;
}

bool HasShortPeriod(const Decision& d, const EnforcementSettings& s) {
  if (d.kind != DecisionKind::kPenalty || d.confiscated_fen > 0) return false;
  const auto parts = SplitCategories(d.categories);
  if (parts.empty()) return false;
  for (const auto& p : parts)
    if (p != "通报批评" && p != "警告" && p != "罚款") return false;
  return d.fine_fen <= s.low_fine_yuan * 100;
}

Date PublicUntil(const Decision& d, Date published_on, const EnforcementSettings& s) {
  return HasShortPeriod(d, s) ? AddMonths(published_on, s.short_period_months)
                              : AddMonths(published_on, 12 * s.long_period_years);
}

}  // namespace gk::supervision
