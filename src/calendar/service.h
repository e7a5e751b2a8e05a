// 工作日历 administration: an administrator adds a year whose State Council
// notice came out after the release, or corrects one. Such years live in the
// calendar_years table and override the shipped data/calendar/ files, both
// at once (the running calendar) and at every later start. The calendar's
// rules (working days, Classify, AddYear) are common/calendar.h; this module
// keeps the stored years, checks the form and writes the audit log.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "auth/audit.h"
#include "common/calendar.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "storage/database.h"

namespace gk::calendar {

// Applies every year stored in the database to `calendar`, over what
// LoadDirectory loaded. A stored year that no longer validates is logged and
// skipped, so a bad row never keeps the server from starting; only a
// database failure is returned. At start, and for the command line's `calc`.
Status ApplyCalendarOverrides(storage::Database& db, WorkCalendar& calendar);

// Dates as typed in the form: separated by new lines, commas (， 、 too),
// semicolons or spaces, each "YYYY-MM-DD" or a range "YYYY-MM-DD..YYYY-MM-DD"
// (both ends included). Sorted, without duplicates. Invalid (in Chinese)
// naming the first entry that is not a date or a range.
Result<std::vector<Date>> ParseDateList(const std::string& text);

// The reverse, for the form: one line per run of consecutive days, a run of
// two or more written as a range.
std::string FormatDateList(const std::vector<Date>& dates);

// One row of calendar_years, with the name of who saved it.
struct StoredYear {
  int64_t year = 0;
  std::string holidays;  // "YYYY-MM-DD,YYYY-MM-DD,..."
  std::string workdays;
  std::string source;
  int64_t updated_at = 0;
  std::string updated_by;  // display name, "" for the command line
};

// The form of one year, as typed (or as filled from the calendar).
struct YearForm {
  std::string year;
  std::string holidays;
  std::string workdays;
  std::string source;
};

// A year as the list page shows it.
struct YearSummary {
  int year = 0;
  size_t holidays = 0;
  size_t workdays = 0;
  std::string source;                  // notice number, "" when unknown
  const StoredYear* stored = nullptr;  // set when saved in the console
};

// Called after a year was saved and applied, outside the transaction; returns
// a sentence for the administrator ("" for none), e.g. how many open
// applications' deadlines followed.
using YearSavedListener = std::function<std::string(int year)>;

class CalendarService {
 public:
  // `calendar` is the running one (shared with every deadline computation);
  // `shipped_dir` is paths.calendar_dir, read for the notice numbers.
  CalendarService(std::shared_ptr<storage::Database> db, WorkCalendar& calendar, const Clock& clock,
                  std::string shipped_dir)
      : db_(std::move(db)), calendar_(calendar), clock_(clock), shipped_dir_(std::move(shipped_dir)) {}

  WorkCalendar& calendar() { return calendar_; }
  // ApplyCalendarOverrides on the running calendar.
  Status LoadOverrides() { return ApplyCalendarOverrides(*db_, calendar_); }
  void AddYearSavedListener(YearSavedListener l) { listeners_.push_back(std::move(l)); }
  // Where saved years are announced (pages showing deadlines follow).
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }

  Result<std::map<int64_t, StoredYear>> StoredYears();
  // Every year the calendar has, oldest first; `stored` points into `*years`.
  Result<std::vector<YearSummary>> Summaries(std::map<int64_t, StoredYear>* years);
  // Of the years around now (last, this and next), those the calendar lacks.
  std::vector<int> MissingYears() const;
  // The form filled with `year` as the calendar has it (empty lists for a
  // year it lacks).
  Result<YearForm> FormFor(int year);

  // Checks the form (every problem at once in `errors`), stores the year,
  // writes the audit entry in the same transaction and applies it to the
  // running calendar, then announces the change. Returns the listeners'
  // sentences, joined.
  Result<std::string> Save(const access::Actor& actor, const YearForm& form, FieldErrors* errors);

 private:
  std::shared_ptr<storage::Database> db_;
  WorkCalendar& calendar_;
  const Clock& clock_;
  std::string shipped_dir_;
  std::vector<YearSavedListener> listeners_;
  const ChangeAnnouncer* changes_ = nullptr;
};

}  // namespace gk::calendar
