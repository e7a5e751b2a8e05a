#include "common/china_time.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace gk {
namespace {

Date D(const char* text) {
  auto d = Date::Parse(text);
  EXPECT_TRUE(d.ok()) << text << ": " << d.status().message();
  return d.ok() ? *d : Date();
}

constexpr int64_t kNewYear2026Utc = 1767225600;  // 2026-01-01T00:00:00Z

// Unix times around the China day boundary (16:00 UTC) and their China date
// and time. Worked out by hand from kNewYear2026Utc and 1970-01-01T00:00:00Z.
struct InstantCase {
  int64_t unix_seconds;
  const char* utc;  // for the failure message only
  const char* date;
  int hour, minute, second;
};

constexpr InstantCase kInstants[] = {
    {0, "1970-01-01T00:00:00Z", "1970-01-01", 8, 0, 0},
    {-8 * 3600, "1969-12-31T16:00:00Z", "1970-01-01", 0, 0, 0},
    {-8 * 3600 - 1, "1969-12-31T15:59:59Z", "1969-12-31", 23, 59, 59},
    {kNewYear2026Utc, "2026-01-01T00:00:00Z", "2026-01-01", 8, 0, 0},
    {kNewYear2026Utc - 8 * 3600, "2025-12-31T16:00:00Z", "2026-01-01", 0, 0, 0},
    {kNewYear2026Utc - 8 * 3600 - 1, "2025-12-31T15:59:59Z", "2025-12-31", 23, 59, 59},
    {kNewYear2026Utc + 16 * 3600 - 1, "2026-01-01T15:59:59Z", "2026-01-01", 23, 59, 59},
    {kNewYear2026Utc + 16 * 3600, "2026-01-01T16:00:00Z", "2026-01-02", 0, 0, 0},
    {kNewYear2026Utc + 6 * 3600 + 5 * 60 + 7, "2026-01-01T06:05:07Z", "2026-01-01", 14, 5, 7},
    // 2024-02-28T16:00:00Z: the leap day begins in China.
    {1709136000, "2024-02-28T16:00:00Z", "2024-02-29", 0, 0, 0},
    {1709136000 - 1, "2024-02-28T15:59:59Z", "2024-02-28", 23, 59, 59},
};

TEST(ChinaTimeTest, DateAndTimeOfAnInstant) {
  for (const auto& c : kInstants) {
    EXPECT_EQ(ChinaDate(c.unix_seconds).ToString(), c.date) << c.utc;
    const ChinaDateTime t = ToChinaDateTime(c.unix_seconds);
    EXPECT_EQ(t.date.ToString(), c.date) << c.utc;
    EXPECT_EQ(t.hour, c.hour) << c.utc;
    EXPECT_EQ(t.minute, c.minute) << c.utc;
    EXPECT_EQ(t.second, c.second) << c.utc;
    EXPECT_EQ(UnixTimeOf(t), c.unix_seconds) << c.utc;
  }
}

TEST(ChinaTimeTest, TodayFollowsTheClockAcross16Utc) {
  FakeClock clock(kNewYear2026Utc + 16 * 3600 - 1);  // 2026-01-01 23:59:59 in China
  EXPECT_EQ(ChinaToday(clock).ToString(), "2026-01-01");
  clock.Advance(1);
  EXPECT_EQ(ChinaToday(clock).ToString(), "2026-01-02");
}

struct DayCase {
  const char* date;
  int64_t start;  // 00:00 China time = 16:00 UTC the day before
};

constexpr DayCase kDays[] = {
    {"1970-01-01", -8 * 3600},                    // the epoch is 08:00 in China
    {"2026-01-01", kNewYear2026Utc - 8 * 3600},   // 2025-12-31T16:00:00Z
    {"2026-01-02", kNewYear2026Utc + 16 * 3600},  // 2026-01-01T16:00:00Z
    {"2024-02-29", 1709136000},                   // 2024-02-28T16:00:00Z
    {"2024-03-01", 1709136000 + 86400},           // 2024-02-29T16:00:00Z
};

TEST(ChinaTimeTest, DayStartAndEnd) {
  for (const auto& c : kDays) {
    const Date d = D(c.date);
    EXPECT_EQ(ChinaDayStart(d), c.start) << c.date;
    EXPECT_EQ(ChinaDayEnd(d), c.start + 86400) << c.date;
    EXPECT_EQ(ChinaDate(ChinaDayStart(d)), d) << c.date;
    EXPECT_EQ(ChinaDate(ChinaDayEnd(d) - 1), d) << c.date;
    EXPECT_EQ(ChinaDate(ChinaDayEnd(d)), d.AddDays(1)) << c.date;
    EXPECT_EQ(ChinaDate(ChinaDayStart(d) - 1), d.AddDays(-1)) << c.date;
  }
}

struct ParseCase {
  const char* text;
  std::optional<int64_t> want;
};

TEST(ChinaTimeTest, ParseDateTimeLocal) {
  const ParseCase cases[] = {
      {"2026-01-01T08:00", kNewYear2026Utc},
      {"2026-01-01T00:00", kNewYear2026Utc - 8 * 3600},
      {"2025-12-31T23:59:59", kNewYear2026Utc - 8 * 3600 - 1},
      {"2026-01-01T14:05:07", kNewYear2026Utc + 6 * 3600 + 5 * 60 + 7},
      {"", std::nullopt},
      {"2026-01-01", std::nullopt},
      {"2026-01-01 08:00", std::nullopt},
      {"2026-01-01T8:00", std::nullopt},
      {"2026-01-01T24:00", std::nullopt},
      {"2026-01-01T23:60", std::nullopt},
      {"2026-01-01T23:59:60", std::nullopt},
      {"2026-02-30T08:00", std::nullopt},
      {"2026-01-01T08:00Z", std::nullopt},
      {"2026-01-01T08:00+08:00", std::nullopt},
      {" 2026-01-01T08:00", std::nullopt},
      {"2026-01-01T08:0a", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(ParseChinaDateTime(c.text), c.want) << "\"" << c.text << "\"";
}

struct FormatCase {
  int64_t unix_seconds;
  const char* format;
  const char* want;
};

TEST(ChinaTimeTest, Format) {
  const FormatCase cases[] = {
      {kNewYear2026Utc, "%Y-%m-%d %H:%M:%S", "2026-01-01 08:00:00"},
      {kNewYear2026Utc - 8 * 3600 - 1, "%Y-%m-%d %H:%M:%S", "2025-12-31 23:59:59"},
      {kNewYear2026Utc - 8 * 3600, "%Y-%m-%dT%H:%M", "2026-01-01T00:00"},
      // 2026-01-01 is a Thursday, day 1 of the year; 2025-12-31 day 365.
      {kNewYear2026Utc, "%a %A %j", "Thu Thursday 001"},
      {kNewYear2026Utc - 8 * 3600 - 1, "%a %j", "Wed 365"},
      {kNewYear2026Utc + 4 * 86400, "%a %u %w", "Mon 1 1"},
      {kNewYear2026Utc + 3 * 86400, "%a %u %w", "Sun 7 0"},
      {kNewYear2026Utc, "%Y年%m月%d日", "2026年01月01日"},
      {kNewYear2026Utc, "", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(FormatChinaTime(c.unix_seconds, c.format), c.want) << c.format;
  EXPECT_EQ(FormatLocalTime(kNewYear2026Utc + 6 * 3600 + 5 * 60 + 7), "2026-01-01 14:05");
}

}  // namespace
}  // namespace gk
