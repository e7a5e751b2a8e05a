// China Standard Time (北京时间): UTC+8 all year, one zone for the whole
// country, no daylight saving time. Every statutory date (成文日期, receipt of
// an application, a deadline) is a date in China, while the clock and the
// database hold Unix time; this module is the only place that converts
// between the two, so nothing else adds or subtracts the offset.
//
// A China day d runs from ChinaDayStart(d) = 16:00 UTC on the day before d,
// up to but not including ChinaDayEnd(d) = 16:00 UTC on d.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/calendar.h"
#include "common/clock.h"

namespace gk {

inline constexpr int64_t kChinaUtcOffsetSeconds = 8 * 3600;

// A wall-clock time in China.
struct ChinaDateTime {
  Date date;
  int hour = 0;    // 0-23
  int minute = 0;  // 0-59
  int second = 0;  // 0-59

  bool operator==(const ChinaDateTime&) const = default;
};

// The date in China at a Unix time. REQUIRES: it lies in years 1–9999.
Date ChinaDate(int64_t unix_seconds);
// Today's date in China by `clock`.
Date ChinaToday(const Clock& clock);
// The date and time of day in China at a Unix time. REQUIRES as ChinaDate.
ChinaDateTime ToChinaDateTime(int64_t unix_seconds);

// The Unix time of a wall-clock time in China. REQUIRES: the fields lie in
// the ranges ChinaDateTime states.
int64_t UnixTimeOf(const ChinaDateTime& t);
// The first second of day `d` in China (00:00 China time), as Unix time.
int64_t ChinaDayStart(Date d);
// The first second after day `d` in China: ChinaDayStart(d + 1 day), so a
// day is the half-open range [ChinaDayStart(d), ChinaDayEnd(d)).
int64_t ChinaDayEnd(Date d);

// A China time as a datetime-local form field sends it: "YYYY-MM-DDTHH:MM"
// or "YYYY-MM-DDTHH:MM:SS", nothing before or after. None when malformed or
// not a real date and time.
std::optional<int64_t> ParseChinaDateTime(std::string_view text);

// strftime(format) of the time in China. The zone fields (%z, %Z) are not
// meaningful; write "+08:00" or 北京时间 into the format instead.
std::string FormatChinaTime(int64_t unix_seconds, const char* format);
// "2026-11-26 14:05" in China time, for display.
std::string FormatLocalTime(int64_t unix_seconds);

}  // namespace gk
