// The statutory clock of an application; see clock.h for the rules and the
// articles they come from.
#include "applications/clock.h"

#include <algorithm>

#include "common/strings.h"

namespace gk::applications {
namespace {

// Far enough for any real deadline (20 + 20 working days plus pauses), short
// enough that a malformed history cannot loop for long.
constexpr int kMaxWalkDays = 3660;

std::string S(Date d) { return d.ToString(); }

bool InPause(const std::vector<Pause>& pauses, Date day, Date open_end) {
  for (const auto& p : pauses) {
    Date to = p.open && p.kind == PauseKind::kFee ? std::max(open_end, p.to) : p.to;
    if (day > p.from && day <= to) return true;
  }
  return false;
}

// The working days in (from, to] of each pause that no earlier pause covers.
void CountPauseDays(std::vector<Pause>& pauses, const WorkCalendar& cal) {
  for (size_t i = 0; i < pauses.size(); ++i) {
    int n = 0;
    for (Date d = pauses[i].from.AddDays(1); d <= pauses[i].to; d = d.AddDays(1)) {
      if (!cal.IsWorkingDay(d)) continue;
      bool earlier = false;
      for (size_t j = 0; j < i && !earlier; ++j) earlier = d > pauses[j].from && d <= pauses[j].to;
      if (!earlier) ++n;
    }
    pauses[i].working_days = n;
  }
}

}  // namespace

Clock ComputeClock(const std::vector<ClockEvent>& events, const WorkCalendar& cal, Date today, const ClockOptions& o) {
  Clock c;
  bool correction_pending = false;
  bool fee_pending = false;
  Date fee_until;
  Date correction_until;
  Date correction_on;                // the clock stands still from the notice
  std::vector<std::string> history;  // steps in the order things happened

  for (const auto& ev : events) {
    if (c.closed) break;
    switch (ev.kind) {
      case ClockEventKind::kReceived:
        if (c.started) break;
        c.started = true;
        c.received = c.start = ev.on;
        c.correction_notice_by = cal.AddWorkingDays(ev.on, o.correction_notice_days, nullptr);
        history.push_back(S(ev.on) + " 收到申请（条例第三十一条），自次日起计算工作日。");
        break;
      case ClockEventKind::kCorrectionRequested:
        correction_pending = true;
        correction_until = ev.until;
        correction_on = ev.on;
        history.push_back(S(ev.on) + " 发出补正告知（条例第三十条），补正期限至 " + S(ev.until) +
                          "；答复期限自收到补正后的申请之日重新计算。");
        break;
      case ClockEventKind::kCorrectionReceived:
        correction_pending = false;
        c.start = ev.on;
        c.restarted = true;
        c.pauses.clear();
        history.push_back(S(ev.on) + " 收到补正后的申请，答复期限自次日起重新计算（条例第三十条）。");
        break;
      case ClockEventKind::kConsultationSent: {
        Pause p;
        p.kind = PauseKind::kConsultation;
        p.from = ev.on;
        p.to = cal.AddWorkingDays(ev.on, o.consultation_days, nullptr);
        p.open = true;
        c.pauses.push_back(p);
        break;
      }
      case ClockEventKind::kConsultationAnswered:
        for (auto& p : c.pauses) {
          if (p.kind != PauseKind::kConsultation || !p.open) continue;
          // The pause ends with the answer, or with the answer deadline
          // (Art. 32: silence lets the agency decide).
          p.to = std::max(p.from, std::min(p.to, ev.on));
          p.open = false;
          break;
        }
        break;
      case ClockEventKind::kExtended:
        c.extension_days += std::max(0, ev.days);
        break;
      case ClockEventKind::kFeeNotified:
        fee_pending = true;
        fee_until = cal.AddWorkingDays(ev.on, o.fee_payment_days, nullptr);
        if (o.fee_pauses_clock) {
          Pause p;
          p.kind = PauseKind::kFee;
          p.from = ev.on;
          p.to = fee_until;
          p.open = true;
          c.pauses.push_back(p);
        }
        history.push_back(S(ev.on) + " 申请人收到收费通知，应于 " + S(fee_until) + " 前缴费（国办函〔2020〕109号）。");
        break;
      case ClockEventKind::kFeeSettled:
        fee_pending = false;
        for (auto& p : c.pauses) {
          if (p.kind != PauseKind::kFee || !p.open) continue;
          p.to = std::max(p.from, ev.on);
          p.open = false;
        }
        history.push_back(S(ev.on) + " 费用已缴纳或减免。");
        break;
      case ClockEventKind::kClosed:
        c.closed = true;
        c.closed_on = ev.on;
        break;
    }
  }
  if (!c.started) {
    c.steps.push_back("尚未收到（接收确认）申请，答复期限尚未起算。");
    return c;
  }
  // An unanswered consultation whose time ran out is over: silence.
  for (auto& p : c.pauses)
    if (p.kind == PauseKind::kConsultation && p.open && today > p.to) p.open = false;

  CountPauseDays(c.pauses, cal);
  c.allowed_days = o.reply_days + c.extension_days;

  // Waiting, most binding first.
  if (!c.closed) {
    if (correction_pending) {
      c.waiting = Waiting::kApplicantCorrection;
      c.waiting_until = correction_until;
    } else if (fee_pending) {
      c.waiting = Waiting::kApplicantFee;
      c.waiting_until = fee_until;
    } else {
      for (const auto& p : c.pauses)
        if (p.kind == PauseKind::kConsultation && p.open) {
          c.waiting = Waiting::kThirdParty;
          c.waiting_until = p.to;
        }
    }
  }

  // The deadline: walk the working days after the start, skipping paused
  // ones. Unknown while the applicant holds the clock.
  const bool stopped = correction_pending || (fee_pending && o.fee_pauses_clock);
  if (!stopped) {
    Date day = c.start;
    int counted = 0;
    for (int i = 0; counted < c.allowed_days && i < kMaxWalkDays; ++i) {
      day = day.AddDays(1);
      if (cal.IsWorkingDay(day) && !InPause(c.pauses, day, day)) ++counted;
    }
    c.due = day;
  }

  // Days used so far (to today, or to the closing day).
  Date end = c.closed ? c.closed_on : today;
  if (correction_pending && !c.closed) end = std::min(end, correction_on);
  for (Date d = c.start.AddDays(1); d <= end && c.used_days < kMaxWalkDays; d = d.AddDays(1))
    if (cal.IsWorkingDay(d) && !InPause(c.pauses, d, end)) ++c.used_days;

  Date horizon = std::max(end, c.due.value_or(end));
  for (const auto& p : c.pauses) horizon = std::max(horizon, p.to);
  c.missing_years = cal.MissingYears(c.received, horizon);

  // The explanation.
  c.steps = history;
  c.steps.push_back("法定答复期限 " + std::to_string(o.reply_days) + " 个工作日（条例第三十三条第二款）。");
  for (const auto& p : c.pauses) {
    if (p.kind == PauseKind::kConsultation) {
      if (p.open)
        c.steps.push_back(S(p.from) + " 起征求第三方或有关机关意见，对方应于 " + S(p.to) +
                          " 前答复；征求意见期间不计入答复期限，逾期未答复的自期满次日起恢复计算（条例第三十二条、第三"
                          "十四条、第三十三条第三款）。");
      else
        c.steps.push_back(S(p.from) + " 至 " + S(p.to) + " 征求第三方或有关机关意见，其间 " +
                          std::to_string(p.working_days) +
                          " 个工作日不计入答复期限（条例第三十二条、第三十三条第三款）。");
    } else if (!p.open) {
      c.steps.push_back(S(p.from) + " 至 " + S(p.to) + " 等待缴费，其间 " + std::to_string(p.working_days) +
                        " 个工作日不计入答复期限（国办函〔2020〕109号）。");
    }
  }
  if (c.extension_days > 0)
    c.steps.push_back("经公开办负责人批准延长答复期限 " + std::to_string(c.extension_days) + " 个工作日，共 " +
                      std::to_string(c.allowed_days) + " 个工作日（条例第三十三条第二款）。");
  if (c.due) {
    c.steps.push_back("答复期限：" + S(*c.due) + "（自 " + S(c.start) + " 次日起第 " + std::to_string(c.allowed_days) +
                      " 个计算日）。");
  } else if (c.waiting == Waiting::kApplicantCorrection) {
    c.steps.push_back("计时中止：等待申请人补正，收到补正后的申请后重新计算。");
  } else {
    c.steps.push_back("计时暂停：等待申请人缴费，缴费后继续计算。");
  }
  if (c.closed) c.steps.push_back(S(c.closed_on) + " 办结，用时 " + std::to_string(c.used_days) + " 个工作日。");
  if (!c.missing_years.empty()) {
    std::string years;
    for (int y : c.missing_years) years += (years.empty() ? "" : "、") + std::to_string(y);
    c.steps.push_back("注意：" + years + " 年节假日安排尚未发布（日历未发布），暂按周一至周五计算，期限可能变化。");
  }
  return c;
}

}  // namespace gk::applications
