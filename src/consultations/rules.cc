#include "consultations/rules.h"

#include <algorithm>
#include <cctype>

namespace gk::consultations {

int PeriodDays(Date opens, Date closes) {
  return static_cast<int>(closes.DaysSinceEpoch() - opens.DaysSinceEpoch()) + 1;
}

void CheckPeriod(Date opens, Date closes, const std::string& short_reason, FieldErrors* errors) {
  if (closes < opens) {
    errors->Add("closes_on", "截止日期不能早于开始日期");
    return;
  }
  if (PeriodDays(opens, closes) < kMinPeriodDays && short_reason.empty())
    errors->Add("short_reason", "征集期为 " + std::to_string(PeriodDays(opens, closes)) +
                                    " 日，不足 30 日，须说明理由（《重大行政决策程序暂行条例》第十五条）");
}

Phase PhaseOf(const Consultation& c, Date today) {
  if (today < c.opens_on) return Phase::kUpcoming;
  if (today > c.closes_on) return Phase::kClosed;
  return Phase::kOpen;
}

std::string WhyNoComments(const Consultation& c, Date today) {
  if (c.state == State::kDraft) return "该意见征集尚未发布";
  if (c.state == State::kWithdrawn) return "该意见征集已撤回，不再接收意见";
  switch (PhaseOf(c, today)) {
    case Phase::kUpcoming:
      return "征集尚未开始（" + c.opens_on.ToString() + " 开始），暂不接收意见";
    case Phase::kClosed:
      return "征集已于 " + c.closes_on.ToString() + " 结束，不再接收意见";
    case Phase::kOpen:
      break;
  }
  return "";
}

bool ReportOverdue(const Consultation& c, Date today, int days) {
  return c.state == State::kPublished && !c.report_published_on &&
         today.DaysSinceEpoch() - c.closes_on.DaysSinceEpoch() > days;
}

std::string ScreenHit(std::string_view text, const std::vector<std::string>& words) {
  auto lower = [](std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
  };
  const std::string hay = lower(text);
  for (const auto& w : words)
    if (!w.empty() && hay.find(lower(w)) != std::string::npos) return w;
  return "";
}

}  // namespace gk::consultations
