// The statutory clock of a disclosure application, by example (RULES.md §1
// Art. 30–34, §2 fee pause, §5 calendar). Every expected date below is counted
// by hand from data/calendar/YYYY.toml; the comment on each case lists the
// counted working days (n = the n-th working day; "off" = holiday; "Sat mk" /
// "Sun mk" = make-up working day on a weekend). Counting starts the day after
// the start date; a pause leaves out the working days in (from, to].
#include "applications/clock.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "testutil/source_tree.h"

namespace gk::applications {
namespace {

using K = ClockEventKind;

Date D(const char* text) {
  auto d = Date::Parse(text);
  EXPECT_TRUE(d.ok()) << text << ": " << d.status().message();
  return d.ok() ? *d : Date();
}

// The shipped calendar, data/calendar/2020.toml to 2026.toml: 2027 has no
// data in it even after a release ships that year's notice.
const WorkCalendar& Shipped() { return testing::ShippedCalendarThrough2026(); }

ClockEvent Ev(ClockEventKind kind, const char* on) {
  ClockEvent e;
  e.kind = kind;
  e.on = D(on);
  return e;
}

ClockEvent CorrectionRequested(const char* on, const char* until) {
  ClockEvent e = Ev(K::kCorrectionRequested, on);
  e.until = D(until);
  return e;
}

ClockEvent Extended(const char* on, int days) {
  ClockEvent e = Ev(K::kExtended, on);
  e.days = days;
  return e;
}

// Optional dates as text, so that failures print readably.
std::string Str(const std::optional<Date>& d) { return d ? d->ToString() : "unset"; }

int SumPauseDays(const Clock& c) {
  int sum = 0;
  for (const Pause& p : c.pauses) sum += p.working_days;
  return sum;
}

struct Case {
  const char* name;
  std::vector<ClockEvent> events;
  const char* today;
  const char* due;  // "unset" when the deadline is unknown
  Waiting waiting = Waiting::kNone;
  const char* waiting_until = "unset";
  int used_days = -1;  // -1: not checked
  std::vector<int> missing_years = {};
  ClockOptions options = {};
};

void Check(const Case& c) {
  SCOPED_TRACE(c.name);
  Clock clock = ComputeClock(c.events, Shipped(), D(c.today), c.options);
  EXPECT_TRUE(clock.started);
  EXPECT_EQ(Str(clock.due), c.due);
  EXPECT_EQ(clock.waiting, c.waiting);
  EXPECT_EQ(Str(clock.waiting_until), c.waiting_until);
  if (c.used_days >= 0) {
    EXPECT_EQ(clock.used_days, c.used_days);
  }
  EXPECT_EQ(clock.missing_years, c.missing_years);
  EXPECT_FALSE(clock.steps.empty());
}

// ---------------------------------------------------------------------------
// Art. 33: 20 working days from receipt, around the holidays.

TEST(ClockTest, PlainTwentyWorkingDaysAroundHolidays) {
  const Case cases[] = {
      // 9/27 Sat no | 9/28 Sun mk 1 | 9/29 2, 9/30 3 | 10/1–10/8 off | 10/9 4, 10/10 5,
      // 10/11 Sat mk 6 | 10/13–17 7–11 | 10/20–24 12–16 | 10/27 17, 28 18, 29 19, 30 20.
      {"国庆2025, received Fri 9/26", {Ev(K::kReceived, "2025-09-26")}, "2025-09-26", "2025-10-30"},
      // 9/30 1 | 10/1–10/8 off | 10/9 2, 10/10 3, 10/11 Sat mk 4 | 10/13–17 5–9 |
      // 10/20–24 10–14 | 10/27–31 15–19 | 11/3 Mon 20.
      {"国庆2025, received Mon 9/29", {Ev(K::kReceived, "2025-09-29")}, "2025-09-29", "2025-11-03"},
      // 9/19 Sat no | 9/20 Sun mk 1 | 9/21–24 2–5 | 9/25–27 off | 9/28 6, 29 7, 30 8 |
      // 10/1–10/7 off | 10/8 9, 10/9 10, 10/10 Sat mk 11 | 10/11 Sun no | 10/12–16 12–16 |
      // 10/19 17, 20 18, 21 19, 22 20.
      {"国庆2026, received Fri 9/18", {Ev(K::kReceived, "2026-09-18")}, "2026-09-18", "2026-10-22"},
      // 9/30 1 | 10/1–10/7 off | 10/8 2, 10/9 3, 10/10 Sat mk 4 | 10/12–16 5–9 |
      // 10/19–23 10–14 | 10/26–30 15–19 | 11/2 Mon 20.
      {"国庆2026, received Tue 9/29", {Ev(K::kReceived, "2026-09-29")}, "2026-09-29", "2026-11-02"},
      // 1/25 Sat no | 1/26 Sun mk 1 | 1/27 2 | 1/28–2/4 off | 2/5 3, 2/6 4, 2/7 5,
      // 2/8 Sat mk 6 | 2/9 Sun no | 2/10–14 7–11 | 2/17–21 12–16 | 2/24 17, 25 18, 26 19, 27 20.
      {"春节2025, received Fri 1/24", {Ev(K::kReceived, "2025-01-24")}, "2025-01-24", "2025-02-27"},
      // 2/13 1, 2/14 Sat mk 2 | 2/15–2/23 off | 2/24 3, 25 4, 26 5, 27 6, 2/28 Sat mk 7 |
      // 3/1 Sun no | 3/2–6 8–12 | 3/9–13 13–17 | 3/16 18, 17 19, 18 20.
      {"春节2026, received Thu 2/12", {Ev(K::kReceived, "2026-02-12")}, "2026-02-12", "2026-03-18"},
      // 2/9 Fri (除夕, a working day) 1 | 2/10–2/17 off | 2/18 Sun mk 2 | 2/19–23 3–7 |
      // 2/26–3/1 8–12 | 3/4–8 13–17 | 3/11 18, 12 19, 13 20.
      {"春节2024, received Thu 2/8", {Ev(K::kReceived, "2024-02-08")}, "2024-02-08", "2024-03-13"},
      // 4/26 Sat no | 4/27 Sun mk 1 | 4/28 2, 29 3, 30 4 | 5/1–5/5 off | 5/6 5, 7 6, 8 7, 9 8 |
      // 5/10–11 weekend | 5/12–16 9–13 | 5/19–23 14–18 | 5/26 19, 27 20.
      {"劳动节2025, received Fri 4/25", {Ev(K::kReceived, "2025-04-25")}, "2025-04-25", "2025-05-27"},
      // 5/1–5/5 off | 5/6 1, 7 2, 8 3, 5/9 Sat mk 4 | 5/10 Sun no | 5/11–15 5–9 |
      // 5/18–22 10–14 | 5/25–29 15–19 | 6/1 Mon 20.
      {"劳动节2026, received Thu 4/30", {Ev(K::kReceived, "2026-04-30")}, "2026-04-30", "2026-06-01"},
      // 9/28 Sat no | 9/29 Sun mk 1 | 9/30 2 | 10/1–10/7 off | 10/8–11 3–6, 10/12 Sat mk 7 |
      // 10/14–18 8–12 | 10/21–25 13–17 | 10/28 18, 29 19, 30 20.
      {"国庆2024, received Fri 9/27", {Ev(K::kReceived, "2024-09-27")}, "2024-09-27", "2024-10-30"},
      // No holiday: 3/3–6 1–4 | 3/9–13 5–9 | 3/16–20 10–14 | 3/23–27 15–19 | 3/30 Mon 20.
      {"ordinary month, received Mon 2026-03-02", {Ev(K::kReceived, "2026-03-02")}, "2026-03-02", "2026-03-30"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(ClockTest, ReceivedOnADayOff) {
  const Case cases[] = {
      // Received Sat 3/7; 3/8 Sun no | 3/9–13 1–5 | 3/16–20 6–10 | 3/23–27 11–15 |
      // 3/30 16, 31 17, 4/1 18, 4/2 19, 4/3 Fri 20 (清明 4/4–4/6 comes after).
      {"weekend, Sat 2026-03-07", {Ev(K::kReceived, "2026-03-07")}, "2026-03-07", "2026-04-03"},
      // Received 10/3 (holiday) | 10/4–10/7 off | 10/8 1, 9 2, 10/10 Sat mk 3 | 10/12–16 4–8 |
      // 10/19–23 9–13 | 10/26–30 14–18 | 11/2 19, 11/3 20.
      {"holiday, 2026-10-03", {Ev(K::kReceived, "2026-10-03")}, "2026-10-03", "2026-11-03"},
      // Received 2/2 (Sun, holiday) | 2/3–2/4 off | 2/5 1, 6 2, 7 3, 2/8 Sat mk 4 |
      // 2/10–14 5–9 | 2/17–21 10–14 | 2/24–28 15–19 | 3/1–2 weekend | 3/3 Mon 20.
      {"holiday on a Sunday, 2025-02-02", {Ev(K::kReceived, "2025-02-02")}, "2025-02-02", "2025-03-03"},
      // Received on the make-up Saturday 10/10 | 10/11 Sun no | 10/12–16 1–5 | 10/19–23 6–10 |
      // 10/26–30 11–15 | 11/2–6 16–20.
      {"make-up Saturday, 2026-10-10", {Ev(K::kReceived, "2026-10-10")}, "2026-10-10", "2026-11-06"},
      // Received on the make-up Saturday 10/11 | 10/12 Sun no | 10/13–17 1–5 | 10/20–24 6–10 |
      // 10/27–31 11–15 | 11/3–7 16–20.
      {"make-up Saturday, 2025-10-11", {Ev(K::kReceived, "2025-10-11")}, "2025-10-11", "2025-11-07"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(ClockTest, ReceiptFieldsAndCorrectionNoticeDeadline) {
  // Art. 30: 7 working days from receipt.
  // 9/27 Sat no | 9/28 Sun mk 1 | 9/29 2, 9/30 3 | 10/1–10/8 off | 10/9 4, 10/10 5,
  // 10/11 Sat mk 6 | 10/12 Sun no | 10/13 7.
  Clock c = ComputeClock({Ev(K::kReceived, "2025-09-26")}, Shipped(), D("2025-09-26"));
  EXPECT_TRUE(c.started);
  EXPECT_EQ(c.received.ToString(), "2025-09-26");
  EXPECT_EQ(c.start.ToString(), "2025-09-26");
  EXPECT_FALSE(c.restarted);
  EXPECT_EQ(c.correction_notice_by.ToString(), "2025-10-13");
  EXPECT_EQ(c.allowed_days, 20);
  EXPECT_EQ(c.extension_days, 0);
  EXPECT_TRUE(c.pauses.empty());
  EXPECT_FALSE(c.closed);
  EXPECT_EQ(c.used_days, 0);

  // 2/13 1, 2/14 Sat mk 2 | 2/15–2/23 off | 2/24 3, 25 4, 26 5, 27 6, 2/28 Sat mk 7.
  Clock s = ComputeClock({Ev(K::kReceived, "2026-02-12")}, Shipped(), D("2026-02-12"));
  EXPECT_EQ(s.correction_notice_by.ToString(), "2026-02-28");
}

// ---------------------------------------------------------------------------
// Art. 30: correction.

TEST(ClockTest, WaitingForCorrection) {
  // Notice by received + 7: 3/3 1, 4 2, 5 3, 6 4, 9 5, 10 6, 11 7.
  Clock c = ComputeClock({Ev(K::kReceived, "2026-03-02"), CorrectionRequested("2026-03-05", "2026-03-20")}, Shipped(),
                         D("2026-03-10"));
  EXPECT_TRUE(c.started);
  EXPECT_FALSE(c.due.has_value()) << Str(c.due);
  EXPECT_EQ(c.waiting, Waiting::kApplicantCorrection);
  EXPECT_EQ(Str(c.waiting_until), "2026-03-20");
  EXPECT_EQ(c.correction_notice_by.ToString(), "2026-03-11");
  EXPECT_FALSE(c.restarted);
  EXPECT_EQ(c.received.ToString(), "2026-03-02");
  EXPECT_FALSE(c.steps.empty());
}

TEST(ClockTest, CorrectedApplicationRestartsTheClock) {
  // From the corrected receipt 3/16: 3/17–20 1–4 | 3/23–27 5–9 | 3/30 10, 31 11,
  // 4/1 12, 2 13, 3 14 | 4/4–4/6 off | 4/7 15, 8 16, 9 17, 10 18 | 4/13 19, 4/14 20.
  Clock c = ComputeClock({Ev(K::kReceived, "2026-03-02"), CorrectionRequested("2026-03-05", "2026-03-20"),
                          Ev(K::kCorrectionReceived, "2026-03-16")},
                         Shipped(), D("2026-03-16"));
  EXPECT_TRUE(c.started);
  EXPECT_TRUE(c.restarted);
  EXPECT_EQ(c.received.ToString(), "2026-03-02");
  EXPECT_EQ(c.start.ToString(), "2026-03-16");
  EXPECT_EQ(Str(c.due), "2026-04-14");
  EXPECT_EQ(c.waiting, Waiting::kNone);
  EXPECT_EQ(Str(c.waiting_until), "unset");
  // Still counted from the first receipt: 3/3 1 ... 3/11 7.
  EXPECT_EQ(c.correction_notice_by.ToString(), "2026-03-11");
  EXPECT_EQ(c.used_days, 0);
}

TEST(ClockTest, CorrectionAcrossNationalDay2025) {
  // Received Fri 9/26; notice by 10/13 (see ReceiptFieldsAndCorrectionNoticeDeadline).
  // Corrected receipt Wed 10/15: 10/16 1, 17 2 | 10/20–24 3–7 | 10/27–31 8–12 |
  // 11/3–7 13–17 | 11/10 18, 11 19, 12 20.
  // Used on 10/22, counted in (10/15, 10/22]: 10/16, 17, 20, 21, 22 = 5.
  Clock c = ComputeClock({Ev(K::kReceived, "2025-09-26"), CorrectionRequested("2025-09-30", "2025-10-20"),
                          Ev(K::kCorrectionReceived, "2025-10-15")},
                         Shipped(), D("2025-10-22"));
  EXPECT_TRUE(c.restarted);
  EXPECT_EQ(c.start.ToString(), "2025-10-15");
  EXPECT_EQ(c.correction_notice_by.ToString(), "2025-10-13");
  EXPECT_EQ(Str(c.due), "2025-11-12");
  EXPECT_EQ(c.used_days, 5);
  EXPECT_EQ(c.waiting, Waiting::kNone);
}

// ---------------------------------------------------------------------------
// Art. 32–34: consultations; §2: the fee pause; Art. 33: extension.

TEST(ClockTest, PausesAndExtensions) {
  const Case cases[] = {
      // Pause (3/9, 3/13] = 3/10, 11, 12, 13 = 4. Counted: 3/3–6 1–4, 3/9 5 | pause |
      // 3/16–20 6–10 | 3/23–27 11–15 | 3/30 16, 31 17, 4/1 18, 4/2 19, 4/3 20.
      // Used on 3/20: 3/3–6, 3/9, 3/16–20 = 10.
      {"consultation answered early",
       {Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-09"),
        Ev(K::kConsultationAnswered, "2026-03-13")},
       "2026-03-20",
       "2026-04-03",
       Waiting::kNone,
       "unset",
       10},
      // Open: limit 3/9 + 15 = 3/10–13 1–4 | 3/16–20 5–9 | 3/23–27 10–14 | 3/30 15.
      // Counted: 3/3–6, 3/9 = 5 | pause (3/9, 3/30] | 3/31 6, 4/1 7, 4/2 8, 4/3 9 |
      // 4/4–4/6 off | 4/7–10 10–13 | 4/13–17 14–18 | 4/20 19, 4/21 20.
      // Used on 3/16 (inside the pause): 5.
      {"consultation open",
       {Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-09")},
       "2026-03-16",
       "2026-04-21",
       Waiting::kThirdParty,
       "2026-03-30",
       5},
      // A (3/4, 3/11] = 3/5, 6, 9, 10, 11; B (3/6, 3/13] = 3/9–13; union = 3/5, 6, 9–13 = 7.
      // Counted: 3/3 1, 3/4 2 | pause | 3/16–20 3–7 | 3/23–27 8–12 | 3/30 13, 31 14,
      // 4/1 15, 2 16, 3 17 | 4/4–4/6 off | 4/7 18, 8 19, 4/9 20.
      {"two overlapping consultations",
       {Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-04"), Ev(K::kConsultationSent, "2026-03-06"),
        Ev(K::kConsultationAnswered, "2026-03-11"), Ev(K::kConsultationAnswered, "2026-03-13")},
       "2026-03-13",
       "2026-04-09",
       Waiting::kNone,
       "unset",
       2},
      // Received Fri 9/18. Pause (9/24, 10/9]: 9/25–27 off, 9/28, 29, 30, 10/1–10/7 off,
      // 10/8, 10/9 = 5. Counted: 9/20 Sun mk 1, 9/21–24 2–5 | pause | 10/10 Sat mk 6 |
      // 10/11 Sun no | 10/12–16 7–11 | 10/19–23 12–16 | 10/26 17, 27 18, 28 19, 29 20.
      {"consultation across 国庆2026, resumes on the make-up Saturday",
       {Ev(K::kReceived, "2026-09-18"), Ev(K::kConsultationSent, "2026-09-24"),
        Ev(K::kConsultationAnswered, "2026-10-09")},
       "2026-10-09",
       "2026-10-29",
       Waiting::kNone,
       "unset",
       5},
      // 40 days: 3/30 is day 20 (ordinary month above) | 3/31 21, 4/1 22, 2 23, 3 24 |
      // 4/4–4/6 off | 4/7–10 25–28 | 4/13–17 29–33 | 4/20–24 34–38 | 4/27 39, 4/28 40.
      {"extension of 20", {Ev(K::kReceived, "2026-03-02"), Extended("2026-03-25", 20)}, "2026-03-25", "2026-04-28"},
      // 30 days from Fri 2025-09-26: 10/30 is day 20 (国庆2025 above) | 10/31 21 |
      // 11/3–7 22–26 | 11/10 27, 11 28, 12 29, 13 30.
      {"extension of 10 across 国庆2025",
       {Ev(K::kReceived, "2025-09-26"), Extended("2025-10-20", 10)},
       "2025-10-20",
       "2025-11-13"},
      // 40 + pause (3/9, 3/13] of 4 = 44: 4/28 is day 40 | 4/29 41, 4/30 42 |
      // 5/1–5/5 off | 5/6 43, 5/7 44.
      {"extension with an answered consultation",
       {Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-09"),
        Ev(K::kConsultationAnswered, "2026-03-13"), Extended("2026-03-25", 20)},
       "2026-03-25",
       "2026-05-07"},
      // 40 + open pause (3/9, 3/30] of 15 = 55: 4/28 is day 40 | 4/29 41, 4/30 42 |
      // 5/1–5/5 off | 5/6 43, 7 44, 8 45, 5/9 Sat mk 46 | 5/10 Sun no | 5/11–15 47–51 |
      // 5/18 52, 19 53, 20 54, 21 55.
      {"extension with an open consultation",
       {Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-09"), Extended("2026-03-12", 20)},
       "2026-03-12",
       "2026-05-21",
       Waiting::kThirdParty,
       "2026-03-30"},
      // Pause (3/5, 3/12] = 3/6, 9, 10, 11, 12 = 5. 25 days: 3/30 is day 20 | 3/31 21,
      // 4/1 22, 2 23, 3 24 | 4/4–4/6 off | 4/7 25.
      // Used on 3/13: 3/3, 4, 5, 13 = 4.
      {"fee notified then paid",
       {Ev(K::kReceived, "2026-03-02"), Ev(K::kFeeNotified, "2026-03-05"), Ev(K::kFeeSettled, "2026-03-12")},
       "2026-03-13",
       "2026-04-07",
       Waiting::kNone,
       "unset",
       4},
      // Pause (2/11, 2/25]: 2/12, 13, 2/14 Sat mk, 2/15–23 off, 2/24, 25 = 5.
      // Counted: 2/3–6 1–4, 2/9 5, 10 6, 11 7 | pause | 2/26 8, 27 9, 2/28 Sat mk 10 |
      // 3/2–6 11–15 | 3/9 16, 10 17, 11 18, 12 19, 13 20.
      {"fee pause across 春节2026",
       {Ev(K::kReceived, "2026-02-02"), Ev(K::kFeeNotified, "2026-02-11"), Ev(K::kFeeSettled, "2026-02-25")},
       "2026-02-25",
       "2026-03-13"},
      // Payment deadline 3/5 + 20: 3/6 1 | 3/9–13 2–6 | 3/16–20 7–11 | 3/23–27 12–16 |
      // 3/30 17, 31 18, 4/1 19, 4/2 20. Used on 3/10: 3/3, 4, 5 = 3 (the rest is paused).
      {"fee open",
       {Ev(K::kReceived, "2026-03-02"), Ev(K::kFeeNotified, "2026-03-05")},
       "2026-03-10",
       "unset",
       Waiting::kApplicantFee,
       "2026-04-02",
       3},
      // Payment deadline 2/11 + 20: 2/12 1, 13 2, 2/14 Sat mk 3 | 2/15–23 off | 2/24 4,
      // 25 5, 26 6, 27 7, 2/28 Sat mk 8 | 3/2–6 9–13 | 3/9–13 14–18 | 3/16 19, 3/17 20.
      {"fee open across 春节2026",
       {Ev(K::kReceived, "2026-02-02"), Ev(K::kFeeNotified, "2026-02-11")},
       "2026-02-12",
       "unset",
       Waiting::kApplicantFee,
       "2026-03-17"},
      // Consultation (3/9, 3/13] = 3/10–13 and fee (3/11, 3/18] = 3/12, 13, 16, 17, 18
      // overlap on 3/12, 3/13; union = 3/10–13, 3/16–18 = 7. Counted: 3/3–6 1–4, 3/9 5 |
      // pause | 3/19 6, 20 7 | 3/23–27 8–12 | 3/30 13, 31 14, 4/1 15, 2 16, 3 17 |
      // 4/4–4/6 off | 4/7 18, 8 19, 4/9 20.
      {"consultation and fee overlapping",
       {Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-09"), Ev(K::kFeeNotified, "2026-03-11"),
        Ev(K::kConsultationAnswered, "2026-03-13"), Ev(K::kFeeSettled, "2026-03-18")},
       "2026-03-18",
       "2026-04-09"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(ClockTest, FeeDoesNotPauseWhenConfiguredSo) {
  ClockOptions options;
  options.fee_pauses_clock = false;
  // No pause: 3/30 is day 20 (ordinary month).
  Clock paid = ComputeClock(
      {Ev(K::kReceived, "2026-03-02"), Ev(K::kFeeNotified, "2026-03-05"), Ev(K::kFeeSettled, "2026-03-12")}, Shipped(),
      D("2026-03-13"), options);
  EXPECT_EQ(Str(paid.due), "2026-03-30");
  EXPECT_TRUE(paid.pauses.empty());
  // Used on 3/13, nothing paused: 3/3–6, 3/9–13 = 9.
  EXPECT_EQ(paid.used_days, 9);

  // Unpaid: the length is known, since payment time counts anyway.
  Clock open = ComputeClock({Ev(K::kReceived, "2026-03-02"), Ev(K::kFeeNotified, "2026-03-05")}, Shipped(),
                            D("2026-03-10"), options);
  EXPECT_EQ(Str(open.due), "2026-03-30");
  EXPECT_TRUE(open.pauses.empty());
}

TEST(ClockTest, PauseRecords) {
  {
    SCOPED_TRACE("answered consultation");
    Clock c = ComputeClock({Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-09"),
                            Ev(K::kConsultationAnswered, "2026-03-13")},
                           Shipped(), D("2026-03-20"));
    ASSERT_EQ(c.pauses.size(), 1u);
    EXPECT_EQ(c.pauses[0].kind, PauseKind::kConsultation);
    EXPECT_EQ(c.pauses[0].from.ToString(), "2026-03-09");
    EXPECT_EQ(c.pauses[0].to.ToString(), "2026-03-13");
    EXPECT_FALSE(c.pauses[0].open);
    EXPECT_EQ(c.pauses[0].working_days, 4);  // 3/10, 11, 12, 13
  }
  {
    SCOPED_TRACE("open consultation");
    Clock c = ComputeClock({Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-09")}, Shipped(),
                           D("2026-03-16"));
    ASSERT_EQ(c.pauses.size(), 1u);
    EXPECT_EQ(c.pauses[0].kind, PauseKind::kConsultation);
    EXPECT_TRUE(c.pauses[0].open);
    EXPECT_EQ(c.pauses[0].to.ToString(), "2026-03-30");  // sent + 15
    EXPECT_EQ(c.pauses[0].working_days, 15);
  }
  {
    SCOPED_TRACE("two overlapping consultations");
    Clock c = ComputeClock(
        {Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-04"), Ev(K::kConsultationSent, "2026-03-06"),
         Ev(K::kConsultationAnswered, "2026-03-11"), Ev(K::kConsultationAnswered, "2026-03-13")},
        Shipped(), D("2026-03-13"));
    ASSERT_EQ(c.pauses.size(), 2u);
    // The oldest open consultation is answered first.
    EXPECT_EQ(c.pauses[0].from.ToString(), "2026-03-04");
    EXPECT_EQ(c.pauses[0].to.ToString(), "2026-03-11");
    EXPECT_EQ(c.pauses[1].from.ToString(), "2026-03-06");
    EXPECT_EQ(c.pauses[1].to.ToString(), "2026-03-13");
    // 5 + 5 overlapping on 3/9, 10, 11: 7 days left out, not 10.
    EXPECT_EQ(SumPauseDays(c), 7);
  }
  {
    SCOPED_TRACE("fee");
    Clock c = ComputeClock(
        {Ev(K::kReceived, "2026-02-02"), Ev(K::kFeeNotified, "2026-02-11"), Ev(K::kFeeSettled, "2026-02-25")},
        Shipped(), D("2026-02-25"));
    ASSERT_EQ(c.pauses.size(), 1u);
    EXPECT_EQ(c.pauses[0].kind, PauseKind::kFee);
    EXPECT_FALSE(c.pauses[0].open);
    EXPECT_EQ(c.pauses[0].working_days, 5);  // 2/12, 13, 14 Sat mk, 24, 25
  }
  {
    SCOPED_TRACE("open fee");
    Clock c =
        ComputeClock({Ev(K::kReceived, "2026-03-02"), Ev(K::kFeeNotified, "2026-03-05")}, Shipped(), D("2026-03-10"));
    ASSERT_EQ(c.pauses.size(), 1u);
    EXPECT_EQ(c.pauses[0].kind, PauseKind::kFee);
    EXPECT_TRUE(c.pauses[0].open);
    EXPECT_EQ(c.pauses[0].to.ToString(), "2026-04-02");  // notified + 20
  }
  {
    SCOPED_TRACE("consultation and fee overlapping");
    Clock c = ComputeClock(
        {Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-09"), Ev(K::kFeeNotified, "2026-03-11"),
         Ev(K::kConsultationAnswered, "2026-03-13"), Ev(K::kFeeSettled, "2026-03-18")},
        Shipped(), D("2026-03-18"));
    ASSERT_EQ(c.pauses.size(), 2u);
    EXPECT_EQ(SumPauseDays(c), 7);  // 4 + 5 with 3/12, 3/13 in both
  }
}

TEST(ClockTest, ExtensionFields) {
  Clock c = ComputeClock({Ev(K::kReceived, "2026-03-02"), Extended("2026-03-25", 20)}, Shipped(), D("2026-03-25"));
  EXPECT_EQ(c.extension_days, 20);
  EXPECT_EQ(c.allowed_days, 40);
  Clock ten = ComputeClock({Ev(K::kReceived, "2025-09-26"), Extended("2025-10-20", 10)}, Shipped(), D("2025-10-20"));
  EXPECT_EQ(ten.extension_days, 10);
  EXPECT_EQ(ten.allowed_days, 30);
}

// ---------------------------------------------------------------------------
// used_days and closing.

TEST(ClockTest, UsedDays) {
  const Case cases[] = {
      {"on the day of receipt",
       {Ev(K::kReceived, "2026-03-02")},
       "2026-03-02",
       "2026-03-30",
       Waiting::kNone,
       "unset",
       0},
      // 3/3, 4, 5, 6, 9.
      {"five working days in",
       {Ev(K::kReceived, "2026-03-02")},
       "2026-03-09",
       "2026-03-30",
       Waiting::kNone,
       "unset",
       5},
      // 3/7–8 weekend: still 3/3, 4, 5, 6.
      {"on a weekend", {Ev(K::kReceived, "2026-03-02")}, "2026-03-08", "2026-03-30", Waiting::kNone, "unset", 4},
      // 9/28 Sun mk, 9/29, 9/30 | 10/1–10/8 off | 10/9, 10/10.
      {"across 国庆2025", {Ev(K::kReceived, "2025-09-26")}, "2025-10-10", "2025-10-30", Waiting::kNone, "unset", 5},
      // Overdue: 3/30 is 20 | 3/31 21, 4/1 22, 2 23, 3 24 | 4/4–4/6 off | 4/7 25, 8 26,
      // 9 27, 4/10 28.
      {"past the deadline", {Ev(K::kReceived, "2026-03-02")}, "2026-04-10", "2026-03-30", Waiting::kNone, "unset", 28},
  };
  for (const Case& c : cases) Check(c);
}

TEST(ClockTest, ClosingStopsTheCount) {
  {
    SCOPED_TRACE("closed without pauses");
    // Counted to 3/20: 3/3–6 1–4 | 3/9–13 5–9 | 3/16–20 10–14; today is later.
    Clock c = ComputeClock({Ev(K::kReceived, "2026-03-02"), Ev(K::kClosed, "2026-03-20")}, Shipped(), D("2026-05-06"));
    EXPECT_TRUE(c.closed);
    EXPECT_EQ(c.closed_on.ToString(), "2026-03-20");
    EXPECT_EQ(c.used_days, 14);
    EXPECT_EQ(Str(c.due), "2026-03-30");
  }
  {
    SCOPED_TRACE("closed after a consultation");
    // 14 working days in (3/2, 3/20], less the pause 3/10–13 = 10.
    Clock c = ComputeClock({Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-09"),
                            Ev(K::kConsultationAnswered, "2026-03-13"), Ev(K::kClosed, "2026-03-20")},
                           Shipped(), D("2026-04-15"));
    EXPECT_TRUE(c.closed);
    EXPECT_EQ(c.closed_on.ToString(), "2026-03-20");
    EXPECT_EQ(c.used_days, 10);
    EXPECT_EQ(Str(c.due), "2026-04-03");
  }
  {
    SCOPED_TRACE("closed on the last day, across 国庆2026");
    // Received Fri 9/18, due 10/22 (day 20), closed that day, looked at in November.
    Clock c = ComputeClock({Ev(K::kReceived, "2026-09-18"), Ev(K::kClosed, "2026-10-22")}, Shipped(), D("2026-11-20"));
    EXPECT_TRUE(c.closed);
    EXPECT_EQ(c.used_days, 20);
    EXPECT_EQ(Str(c.due), "2026-10-22");
  }
  {
    SCOPED_TRACE("open case is not closed");
    Clock c = ComputeClock({Ev(K::kReceived, "2026-03-02")}, Shipped(), D("2026-03-09"));
    EXPECT_FALSE(c.closed);
  }
}

// ---------------------------------------------------------------------------
// 2027 has no calendar file: Monday–Friday, flagged 「日历未发布」.

TEST(ClockTest, IntoAYearWithoutCalendar) {
  const Case cases[] = {
      // Received Sun 12/20: 12/21–25 1–5 | 12/28–31 6–9 | 2027 Mon–Fri: 1/1 Fri 10 (no
      // holiday data) | 1/4–8 11–15 | 1/11–15 16–20.
      {"received 2026-12-20",
       {Ev(K::kReceived, "2026-12-20")},
       "2026-12-21",
       "2027-01-15",
       Waiting::kNone,
       "unset",
       1,
       {2027}},
      // Received Wed 12/30: 12/31 1 | 1/1 Fri 2 | 1/4–8 3–7 | 1/11–15 8–12 | 1/18–22 13–17 |
      // 1/25 18, 26 19, 27 20.
      {"received 2026-12-30",
       {Ev(K::kReceived, "2026-12-30")},
       "2026-12-30",
       "2027-01-27",
       Waiting::kNone,
       "unset",
       0,
       {2027}},
  };
  for (const Case& c : cases) Check(c);

  // The correction notice deadline stays in 2026: 12/21–25 1–5, 12/28 6, 12/29 7.
  Clock c = ComputeClock({Ev(K::kReceived, "2026-12-20")}, Shipped(), D("2026-12-21"));
  EXPECT_EQ(c.correction_notice_by.ToString(), "2026-12-29");
}

TEST(ClockTest, NoMissingYearsInsidePublishedYears) {
  Clock c = ComputeClock({Ev(K::kReceived, "2026-11-02")}, Shipped(), D("2026-11-02"));
  // 11/3–6 1–4 | 11/9–13 5–9 | 11/16–20 10–14 | 11/23–27 15–19 | 11/30 20.
  EXPECT_EQ(Str(c.due), "2026-11-30");
  EXPECT_TRUE(c.missing_years.empty());
}

// ---------------------------------------------------------------------------
// Before receipt, and the explanation.

TEST(ClockTest, NotStartedWithoutReceipt) {
  Clock none = ComputeClock({}, Shipped(), D("2026-03-02"));
  EXPECT_FALSE(none.started);
  EXPECT_FALSE(none.due.has_value()) << Str(none.due);
  EXPECT_EQ(none.used_days, 0);

  Clock consult_only = ComputeClock({Ev(K::kConsultationSent, "2026-03-02")}, Shipped(), D("2026-03-09"));
  EXPECT_FALSE(consult_only.started);
  EXPECT_FALSE(consult_only.due.has_value()) << Str(consult_only.due);
}

TEST(ClockTest, StepsMentionTheDueDate) {
  struct History {
    std::vector<ClockEvent> events;
    const char* today;
  };
  const History histories[] = {
      {{Ev(K::kReceived, "2025-09-26")}, "2025-10-09"},
      {{Ev(K::kReceived, "2026-03-02"), Ev(K::kConsultationSent, "2026-03-09"),
        Ev(K::kConsultationAnswered, "2026-03-13"), Extended("2026-03-25", 20)},
       "2026-03-25"},
      {{Ev(K::kReceived, "2026-12-20")}, "2026-12-21"},
  };
  for (const History& h : histories) {
    Clock c = ComputeClock(h.events, Shipped(), D(h.today));
    ASSERT_TRUE(c.due.has_value());
    ASSERT_FALSE(c.steps.empty());
    const std::string due = c.due->ToString();
    bool mentioned = false;
    for (const std::string& step : c.steps) {
      EXPECT_FALSE(step.empty());
      if (step.find(due) != std::string::npos) mentioned = true;
    }
    EXPECT_TRUE(mentioned) << "no step mentions " << due;
  }
}

}  // namespace
}  // namespace gk::applications
