// Dates and the State Council working-day calendar (RULES.md §5), shared by
// the catalogue (Art. 26: publish within 20 working days) and applications
// (Art. 30, 33 deadlines).
//
// Holidays and make-up working days (调休) are data, one file a year under
// data/calendar/, never computed. A year without data falls back to
// Monday–Friday, and every computation that touches such a year says so, so
// the interface can flag 「日历未发布」.
#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace gk {

// A calendar date (proleptic Gregorian, years 1–9999), without a time zone.
// A value type: cheap to copy, ordered by time. The date in China at a Unix
// time: ChinaDate (common/china_time.h).
class Date {
 public:
  Date() = default;  // 1970-01-01
  // Invalid (message in Chinese) unless y-m-d is a real date in years 1–9999.
  static Result<Date> FromYmd(int year, int month, int day);
  // Exactly "YYYY-MM-DD" with zero padding; nothing before or after.
  static Result<Date> Parse(std::string_view text);
  // 0 is 1970-01-01. REQUIRES: the result lies in years 1–9999.
  static Date FromDays(int64_t days_since_epoch);

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }
  int64_t DaysSinceEpoch() const;
  // ISO weekday: 1 = Monday ... 7 = Sunday.
  int Weekday() const;
  bool IsWeekend() const { return Weekday() >= 6; }
  // REQUIRES: the result lies in years 1–9999.
  Date AddDays(int64_t n) const { return FromDays(DaysSinceEpoch() + n); }
  // "YYYY-MM-DD".
  std::string ToString() const;

  auto operator<=>(const Date&) const = default;

 private:
  Date(int y, int m, int d) : year_(y), month_(m), day_(d) {}
  int year_ = 1970;
  int month_ = 1;
  int day_ = 1;
};

// A date that may be missing as stored and shown: "YYYY-MM-DD", or "" for none.
std::string DateText(const std::optional<Date>& d);
// The date of such text; none for "" or anything that is not a date.
std::optional<Date> DateOf(std::string_view text);
// The same day of the month `months` later, or earlier when negative; the
// last day of the month when that one is shorter (31 Jan + 1 month = 28 or
// 29 Feb). The periods counted in months: publication periods, the message
// and proposal deadlines.
Date AddMonths(Date d, int months);

// What a day is on the calendar, for explaining a count day by day.
enum class DayKind {
  kWorkday,        // Monday–Friday, not a holiday
  kWeekend,        // Saturday or Sunday, not a make-up working day
  kHoliday,        // a day off in a State Council notice (weekends inside it included)
  kMakeUpWorkday,  // 调休上班: a weekend day worked in exchange for a holiday
};

// The working-day calendar. Thread-safe: any number of readers may run
// concurrently with each other and with AddYear/LoadDirectory. Readers work
// on an immutable snapshot, so a computation never sees half a change and a
// writer never waits for long computations.
class WorkCalendar {
 public:
  WorkCalendar() = default;
  WorkCalendar(const WorkCalendar&) = delete;
  WorkCalendar& operator=(const WorkCalendar&) = delete;

  // Loads every YYYY.toml in `dir` (see data/calendar/*.toml for the format),
  // replacing those years. All or nothing: on a missing or unreadable
  // directory, a directory without year files, or any malformed file, returns
  // Invalid naming the directory or the file (and line) and the problem, and
  // the calendar is unchanged.
  Status LoadDirectory(const std::string& dir);

  // Sets one year's data, replacing what was there. Every date must lie in
  // `year`, no date may be both a holiday and a workday, and every make-up
  // workday must be a Saturday or Sunday; otherwise Invalid (in Chinese) and
  // the calendar is unchanged.
  Status AddYear(int year, std::vector<Date> holidays, std::vector<Date> workdays);

  bool HasYear(int year) const;
  std::vector<int> Years() const;  // ascending

  // A year without data counts Monday–Friday as working days.
  DayKind Classify(Date d) const;
  bool IsWorkingDay(Date d) const;

  // The n-th working day after `start` (deadlines count from the day after
  // the start date); n = 0 returns `start`, as does a negative n. If
  // `used_fallback` is not null it is set to whether any day counted, i.e. in
  // (start, result], lies in a year without data.
  // REQUIRES: the result lies in years 1–9999.
  Date AddWorkingDays(Date start, int n, bool* used_fallback) const;

  // The number of working days in (a, b]; 0 when b <= a. `used_fallback` as
  // for AddWorkingDays, over the days in (a, b]. Inverse of AddWorkingDays:
  // WorkingDaysBetween(s, AddWorkingDays(s, n)) == n.
  int WorkingDaysBetween(Date a, Date b, bool* used_fallback) const;

  // The years without data among the days in (a, b], ascending: the years to
  // name in a 「日历未发布」 notice.
  std::vector<int> MissingYears(Date a, Date b) const;

 private:
  // Per year with data, the kind of each day, indexed by day of the year.
  using Tables = std::map<int, std::vector<DayKind>>;
  std::shared_ptr<const Tables> Snapshot() const;
  void Replace(Tables changes);

  mutable std::mutex mu_;
  // Never null; replaced as a whole, never modified in place.
  std::shared_ptr<const Tables> years_ = std::make_shared<const Tables>();  // GUARDED_BY(mu_)
};

}  // namespace gk
