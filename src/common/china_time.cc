#include "common/china_time.h"

#include <ctime>

namespace gk {
namespace {

constexpr int64_t kSecondsPerDay = 86400;

// Floor division: the day of a time before 1970 is the day before, not the
// day after.
int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int TwoDigits(std::string_view s, size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

}  // namespace

Date ChinaDate(int64_t unix_seconds) {
  return Date::FromDays(FloorDiv(unix_seconds + kChinaUtcOffsetSeconds, kSecondsPerDay));
}

Date ChinaToday(const Clock& clock) { return ChinaDate(clock.Now()); }

ChinaDateTime ToChinaDateTime(int64_t unix_seconds) {
  const int64_t local = unix_seconds + kChinaUtcOffsetSeconds;
  const int64_t day = FloorDiv(local, kSecondsPerDay);
  const int64_t second_of_day = local - day * kSecondsPerDay;
  ChinaDateTime t;
  t.date = Date::FromDays(day);
  t.hour = static_cast<int>(second_of_day / 3600);
  t.minute = static_cast<int>(second_of_day / 60 % 60);
  t.second = static_cast<int>(second_of_day % 60);
  return t;
}

int64_t UnixTimeOf(const ChinaDateTime& t) {
  return t.date.DaysSinceEpoch() * kSecondsPerDay + t.hour * 3600 + t.minute * 60 + t.second - kChinaUtcOffsetSeconds;
}

int64_t ChinaDayStart(Date d) { return UnixTimeOf({d, 0, 0, 0}); }

int64_t ChinaDayEnd(Date d) { return ChinaDayStart(d) + kSecondsPerDay; }

std::optional<int64_t> ParseChinaDateTime(std::string_view text) {
  if (text.size() != 16 && text.size() != 19) return std::nullopt;
  if (text[10] != 'T' || text[13] != ':' || (text.size() == 19 && text[16] != ':')) return std::nullopt;
  for (size_t i = 11; i < text.size(); ++i) {
    if (i != 13 && i != 16 && !IsDigit(text[i])) return std::nullopt;
  }
  auto date = Date::Parse(text.substr(0, 10));
  if (!date.ok()) return std::nullopt;
  ChinaDateTime t{*date, TwoDigits(text, 11), TwoDigits(text, 14), text.size() == 19 ? TwoDigits(text, 17) : 0};
  if (t.hour > 23 || t.minute > 59 || t.second > 59) return std::nullopt;
  return UnixTimeOf(t);
}

std::string FormatChinaTime(int64_t unix_seconds, const char* format) {
  const ChinaDateTime t = ToChinaDateTime(unix_seconds);
  std::tm tm{};
  tm.tm_year = t.date.year() - 1900;
  tm.tm_mon = t.date.month() - 1;
  tm.tm_mday = t.date.day();
  tm.tm_hour = t.hour;
  tm.tm_min = t.minute;
  tm.tm_sec = t.second;
  tm.tm_wday = t.date.Weekday() % 7;  // strftime counts from Sunday = 0
  tm.tm_yday = static_cast<int>(t.date.DaysSinceEpoch() - Date::FromYmd(t.date.year(), 1, 1)->DaysSinceEpoch());
  char buf[128];
  const size_t n = std::strftime(buf, sizeof buf, format, &tm);
  return std::string(buf, n);
}

std::string FormatLocalTime(int64_t unix_seconds) { return FormatChinaTime(unix_seconds, "%Y-%m-%d %H:%M"); }

}  // namespace gk
