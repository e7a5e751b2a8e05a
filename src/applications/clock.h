// The statutory clock of a disclosure application (依申请公开), computed from
// what happened (events), never stored as an editable date:
//   Art. 33  reply within 20 working days of receipt; one extension of at
//            most 20 working days; consultation time does not count.
//   Art. 30  correction notice within 7 working days of receipt; the clock
//            restarts from receipt of the corrected application.
//   Art. 32, 34  a third party / other agency has 15 working days to answer.
//   国办函〔2020〕109号  the days from the fee notice to payment do not count
//            (configurable); unpaid 20 working days after receiving it.
// Working days come from the State Council calendar (RULES.md §5) and count
// from the day after the start date.
//
// A pause covers the working days in (from, to]: the day a request is sent
// still counts, counting resumes the day after the answer arrives. Days that
// lie in two pauses are left out once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/calendar.h"

namespace gk::applications {

struct ClockOptions {
  int reply_days = 20;             // Art. 33 第二款
  int max_extension_days = 20;     // Art. 33 第二款
  int correction_notice_days = 7;  // Art. 30
  int consultation_days = 15;      // Art. 32, 34
  int fee_payment_days = 20;       // 国办函〔2020〕109号
  bool fee_pauses_clock = true;    // 国办函〔2020〕109号 (configurable)
};

enum class ClockEventKind {
  kReceived,              // on: date of receipt (Art. 31); starts the clock
  kCorrectionRequested,   // on: notice date; until: the applicant's correction deadline
  kCorrectionReceived,    // on: receipt of the corrected application; restarts the clock
  kConsultationSent,      // on: request sent to a third party or agency
  kConsultationAnswered,  // on: answer received (closes the oldest open consultation)
  kExtended,              // days: working days added (Art. 33)
  kFeeNotified,           // on: the day the applicant received the fee notice
  kFeeSettled,            // on: paid or waived
  kClosed,                // on: replied, withdrawn or lapsed; the clock stops
};

struct ClockEvent {
  ClockEventKind kind = ClockEventKind::kReceived;
  Date on;
  Date until;    // kCorrectionRequested only
  int days = 0;  // kExtended only
};

enum class PauseKind { kConsultation, kFee };

struct Pause {
  PauseKind kind = PauseKind::kConsultation;
  Date from;             // request sent / notice received
  Date to;               // answer / payment; for an open pause, its limit
  bool open = false;     // still waiting (to = answer or payment deadline)
  int working_days = 0;  // working days in (from, to] (not counting overlap twice)
};

// What the case is waiting for, if not for the agency.
enum class Waiting {
  kNone,
  kApplicantCorrection,  // 待补正
  kApplicantFee,         // 待缴费
  kThirdParty,           // 征求意见中
};

struct Clock {
  bool started = false;       // received (a kReceived event exists)
  Date received;              // first receipt (Art. 31)
  Date start;                 // receipt, or receipt of the corrected application
  bool restarted = false;     // start is a corrected application's receipt
  Date correction_notice_by;  // received + 7 working days (Art. 30)
  int extension_days = 0;
  int allowed_days = 0;       // reply_days + extension_days
  std::vector<Pause> pauses;  // since `start`, in order
  // The reply deadline. Unset while the clock waits on the applicant (its
  // length is unknown) or before receipt. While a consultation is open it
  // assumes the answer comes on the last allowed day (the latest the
  // deadline can be).
  std::optional<Date> due;
  Waiting waiting = Waiting::kNone;
  std::optional<Date> waiting_until;  // correction deadline, fee payment deadline, answer deadline
  int used_days = 0;                  // working days counted in (start, today], or to closing
  bool closed = false;
  Date closed_on;
  // Some counted day lies in a year without calendar data (「日历未发布」).
  std::vector<int> missing_years;
  // How it was computed, one sentence per step, in Chinese.
  std::vector<std::string> steps;
};

// Events in the order they happened. `today` is the date in China now.
Clock ComputeClock(const std::vector<ClockEvent>& events, const WorkCalendar& calendar, Date today,
                   const ClockOptions& options = {});

}  // namespace gk::applications
