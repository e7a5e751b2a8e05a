// 工作日历 in the console: an administrator adds a year whose State Council
// notice came out after the release, or corrects one. Such years live in the
// calendar_years table and override the shipped data/calendar/ files, both
// at once (the running calendar) and at every later start.
#pragma once

#include <string>
#include <vector>

#include "common/calendar.h"
#include "common/status.h"
#include "web/site.h"

namespace gk::app {

// Applies every year stored in the database to s.calendar, over what
// LoadDirectory loaded. A stored year that no longer validates is logged and
// skipped, so a bad row never keeps the server from starting; only a
// database failure is returned.
Status LoadCalendarOverrides(web::Services& s);
// The same for any calendar (the command line's `calc`).
Status ApplyCalendarOverrides(storage::Database& db, WorkCalendar& calendar);

// GET /console/calendar, GET /console/calendar/{year}, POST /console/calendar
// (permission 管理工作日历).
void RegisterCalendarRoutes(web::Site& site);

// Dates as typed in the form: separated by new lines, commas (， 、 too),
// semicolons or spaces, each "YYYY-MM-DD" or a range "YYYY-MM-DD..YYYY-MM-DD"
// (both ends included). Sorted, without duplicates. Invalid (in Chinese)
// naming the first entry that is not a date or a range.
Result<std::vector<Date>> ParseDateList(const std::string& text);

// The reverse, for the form: one line per run of consecutive days, a run of
// two or more written as a range.
std::string FormatDateList(const std::vector<Date>& dates);

}  // namespace gk::app
