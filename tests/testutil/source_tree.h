// Test helpers that read the source tree: its path, and the working-day
// calendar as shipped up to a given year.
#pragma once

#include <string>

#include "common/calendar.h"

namespace gk::testing {

// The source tree: $GK_SOURCE_DIR (set by ctest), else the path compiled in.
std::string SourceDir();

// A fresh temporary directory holding copies of the shipped calendar files
// (data/calendar/YYYY.toml) for the years up to `last_year`. Tests that need a
// year without data use it, so they stay true when a later year's notice is
// added to the release. Servers take it as `--set paths.calendar_dir=DIR`.
std::string CalendarDirThrough(int last_year);

// The shipped calendar of 2020 to 2026, the years the worked examples use;
// 2027 and later have no data in it whatever the release ships.
const WorkCalendar& ShippedCalendarThrough2026();

}  // namespace gk::testing
