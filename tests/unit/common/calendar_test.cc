#include "common/calendar.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "testutil/source_tree.h"

namespace gk {
namespace {

Date D(const char* text) {
  auto d = Date::Parse(text);
  EXPECT_TRUE(d.ok()) << text << ": " << d.status().message();
  return d.ok() ? *d : Date();
}

// The shipped calendar, data/calendar/2020.toml to 2026.toml: 2027 has no
// data in it even after a release ships that year's notice.
const WorkCalendar& Shipped() { return testing::ShippedCalendarThrough2026(); }

// ---------------------------------------------------------------------------
// Date

TEST(DateTest, ParseAcceptsExactlyYyyyMmDd) {
  const char* good[] = {"2026-02-10", "2024-02-29", "0001-01-01", "9999-12-31", "2000-02-29"};
  for (const char* text : good) {
    auto d = Date::Parse(text);
    ASSERT_TRUE(d.ok()) << text << ": " << d.status().message();
    EXPECT_EQ(d->ToString(), text);
  }
  struct Bad {
    const char* text;
    const char* message;  // part of the Chinese message
  };
  const Bad bad[] = {
      {"2026-2-10", "格式错误"},   {"2026/02/10", "格式错误"},  {"20260210", "格式错误"},
      {" 2026-02-10", "格式错误"}, {"2026-02-10 ", "格式错误"}, {"", "格式错误"},
      {"2026-02-1a", "格式错误"},  {"+026-02-10", "格式错误"},  {"２０２６-02-10", "格式错误"},
      {"2026-02-30", "不存在"},    {"2025-02-29", "不存在"},    {"1900-02-29", "不存在"},
      {"2026-13-01", "不存在"},    {"2026-00-10", "不存在"},    {"2026-01-00", "不存在"},
      {"0000-01-01", "不存在"},
  };
  for (const Bad& b : bad) {
    auto d = Date::Parse(b.text);
    ASSERT_FALSE(d.ok()) << b.text;
    EXPECT_EQ(d.status().code(), Code::kInvalid);
    EXPECT_NE(d.status().message().find(b.message), std::string::npos) << d.status().message();
  }
}

TEST(DateTest, FromYmdChecksTheCalendar) {
  EXPECT_TRUE(Date::FromYmd(2024, 2, 29).ok());
  EXPECT_FALSE(Date::FromYmd(2023, 2, 29).ok());
  EXPECT_FALSE(Date::FromYmd(2026, 4, 31).ok());
  EXPECT_FALSE(Date::FromYmd(2026, -1, 1).ok());
  EXPECT_FALSE(Date::FromYmd(2026, 1, 300).ok());
  EXPECT_FALSE(Date::FromYmd(10000, 1, 1).ok());
  EXPECT_EQ(Date::FromYmd(2026, 2, 10)->ToString(), "2026-02-10");
}

TEST(DateTest, ArithmeticAndWeekdays) {
  EXPECT_EQ(Date().ToString(), "1970-01-01");
  EXPECT_EQ(Date().DaysSinceEpoch(), 0);
  EXPECT_EQ(Date().Weekday(), 4);  // a Thursday
  struct Case {
    const char* date;
    int weekday;  // ISO: 1 Monday ... 7 Sunday
  };
  const Case cases[] = {{"2026-01-01", 4}, {"2026-02-10", 2}, {"2026-02-14", 6}, {"2026-02-15", 7},
                        {"2024-02-09", 5}, {"2020-02-01", 6}, {"2022-12-31", 6}, {"2000-01-01", 6}};
  for (const Case& c : cases) EXPECT_EQ(D(c.date).Weekday(), c.weekday) << c.date;
  EXPECT_TRUE(D("2026-02-14").IsWeekend());
  EXPECT_FALSE(D("2026-02-13").IsWeekend());
  EXPECT_EQ(D("2024-02-28").AddDays(1).ToString(), "2024-02-29");
  EXPECT_EQ(D("2024-02-28").AddDays(2).ToString(), "2024-03-01");
  EXPECT_EQ(D("2025-12-31").AddDays(1).ToString(), "2026-01-01");
  EXPECT_EQ(D("2026-01-01").AddDays(-1).ToString(), "2025-12-31");
  EXPECT_EQ(D("2026-01-01").AddDays(365).ToString(), "2027-01-01");
  EXPECT_EQ(Date::FromDays(D("2026-02-10").DaysSinceEpoch()), D("2026-02-10"));
  EXPECT_LT(D("2025-12-31"), D("2026-01-01"));
  EXPECT_LT(D("2026-01-31"), D("2026-02-01"));
  EXPECT_EQ(D("2026-02-10"), *Date::FromYmd(2026, 2, 10));
}

// ---------------------------------------------------------------------------
// The shipped calendar against RULES.md §5

struct Span {
  const char* first;
  const char* last;  // inclusive
};

struct YearRules {
  int year;
  std::vector<Span> holidays;
  std::vector<const char*> workdays;
  int working_days;  // in the whole year, worked out by hand below
};

// RULES.md §5, written out independently of data/calendar/.
// 2025: 261 weekdays − 18 weekday holidays + 5 make-up days = 248.
// 2026: 261 weekdays − 19 weekday holidays (1/1–2, 2/16–20, 2/23, 4/6, 5/1,
// 5/4–5, 6/19, 9/25, 10/1–2, 10/5–7) + 6 make-up days = 248.
const YearRules kRules[] = {
    {2025,
     {{"2025-01-01", "2025-01-01"},
      {"2025-01-28", "2025-02-04"},
      {"2025-04-04", "2025-04-06"},
      {"2025-05-01", "2025-05-05"},
      {"2025-05-31", "2025-06-02"},
      {"2025-10-01", "2025-10-08"}},
     {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"},
     248},
    {2026,
     {{"2026-01-01", "2026-01-03"},
      {"2026-02-15", "2026-02-23"},
      {"2026-04-04", "2026-04-06"},
      {"2026-05-01", "2026-05-05"},
      {"2026-06-19", "2026-06-21"},
      {"2026-09-25", "2026-09-27"},
      {"2026-10-01", "2026-10-07"}},
     {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"},
     248},
};

TEST(WorkCalendarTest, EveryDayOf2025And2026MatchesRules) {
  const WorkCalendar& cal = Shipped();
  for (const YearRules& r : kRules) {
    ASSERT_TRUE(cal.HasYear(r.year));
    std::set<Date> holidays, workdays;
    for (const Span& s : r.holidays) {
      for (Date d = D(s.first); d <= D(s.last); d = d.AddDays(1)) holidays.insert(d);
    }
    for (const char* w : r.workdays) workdays.insert(D(w));
    int working = 0;
    for (Date d = *Date::FromYmd(r.year, 1, 1); d.year() == r.year; d = d.AddDays(1)) {
      DayKind want = holidays.count(d)   ? DayKind::kHoliday
                     : workdays.count(d) ? DayKind::kMakeUpWorkday
                     : d.IsWeekend()     ? DayKind::kWeekend
                                         : DayKind::kWorkday;
      EXPECT_EQ(cal.Classify(d), want) << d.ToString();
      const bool is_working = want == DayKind::kWorkday || want == DayKind::kMakeUpWorkday;
      EXPECT_EQ(cal.IsWorkingDay(d), is_working) << d.ToString();
      working += is_working;
    }
    EXPECT_EQ(working, r.working_days) << r.year;
    bool fallback = true;
    EXPECT_EQ(cal.WorkingDaysBetween(*Date::FromYmd(r.year - 1, 12, 31), *Date::FromYmd(r.year, 12, 31), &fallback),
              r.working_days);
    EXPECT_FALSE(fallback);
  }
}

TEST(WorkCalendarTest, WorkedDaysOf2020To2024) {
  struct Case {
    const char* date;
    bool working;
    const char* why;
  };
  const Case cases[] = {
      {"2020-01-19", true, "make-up day (Sunday)"},
      {"2020-01-23", true, "the day before the Spring Festival holiday"},
      {"2020-01-24", false, "Spring Festival"},
      {"2020-01-31", false, "extension (国办发明电〔2020〕1号)"},
      {"2020-02-01", false, "make-up day cancelled by the extension"},
      {"2020-02-02", false, "extension"},
      {"2020-02-03", true, "back to work"},
      {"2020-06-28", true, "make-up day (Sunday)"},
      {"2020-10-08", false, "National Day and Mid-Autumn"},
      {"2020-10-10", true, "make-up day (Saturday)"},
      {"2021-02-07", true, "make-up day"},
      {"2021-02-17", false, "Spring Festival"},
      {"2021-09-18", true, "make-up day"},
      {"2022-01-29", true, "make-up day"},
      {"2022-01-30", true, "make-up day"},
      {"2022-05-04", false, "Labour Day"},
      {"2022-12-31", false, "2023 New Year holiday, from the 2023 notice"},
      {"2023-01-02", false, "New Year"},
      {"2023-01-28", true, "make-up day"},
      {"2023-04-05", false, "Qingming"},
      {"2023-10-06", false, "National Day"},
      {"2023-10-08", true, "make-up day"},
      {"2024-02-04", true, "make-up day (Sunday)"},
      {"2024-02-09", true, "除夕 is a working day in 2024"},
      {"2024-02-10", false, "Spring Festival"},
      {"2024-02-18", true, "make-up day (Sunday)"},
      {"2024-06-10", false, "Dragon Boat"},
      {"2024-10-12", true, "make-up day"},
  };
  for (const Case& c : cases) EXPECT_EQ(Shipped().IsWorkingDay(D(c.date)), c.working) << c.date << ": " << c.why;
  for (int y = 2020; y <= 2026; ++y) EXPECT_TRUE(Shipped().HasYear(y)) << y;
  EXPECT_EQ(Shipped().Years(), (std::vector<int>{2020, 2021, 2022, 2023, 2024, 2025, 2026}));
}

TEST(WorkCalendarTest, Deadlines) {
  struct Case {
    const char* start;
    int n;
    const char* due;
    const char* why;
  };
  const Case cases[] = {
      // Received Friday 2026-02-06, 20 working days (Art. 33): 2/9–2/13 (5),
      // Sat 2/14 make-up (6), 2/15–2/23 off, 2/24–2/27 (10), Sat 2/28 make-up
      // (11), 3/2–3/6 (16), 3/9–3/12 (20).
      {"2026-02-06", 20, "2026-03-12", "across Spring Festival 2026"},
      // 2/11, 2/12, 2/13, Sat 2/14 make-up, then 2/24 after the holiday.
      {"2026-02-10", 5, "2026-02-24", "into Spring Festival 2026"},
      {"2026-02-14", 1, "2026-02-24", "from a make-up Saturday"},
      {"2026-02-15", 0, "2026-02-15", "n = 0 is the start itself"},
      // 9/28–9/30 (3), 10/1–10/7 off, 10/8, 10/9 (5), Sat 10/10 make-up (6), 10/12 (7).
      {"2026-09-25", 7, "2026-10-12", "across National Day 2026"},
      // Make-up Sunday 9/28, 9/29, 9/30 (3), 10/1–10/8 off, 10/9, 10/10 (5), Sat 10/11 make-up (6).
      {"2025-09-26", 6, "2025-10-11", "across National Day 2025"},
      // 12/31 (1), 1/1–1/3 off, Sun 1/4 make-up (2), Mon 1/5 (3).
      {"2025-12-30", 3, "2026-01-05", "over the 2025/2026 boundary"},
      // Sat 12/31 and 1/1–1/2 are the 2023 New Year holiday.
      {"2022-12-30", 1, "2023-01-03", "over the 2022/2023 boundary"},
      {"2023-12-29", 1, "2024-01-02", "over the 2023/2024 boundary"},
      {"2020-01-23", 1, "2020-02-03", "over the extended Spring Festival 2020"},
      // The whole shipped calendar: 249+250+249+249+251+248+248 = 1744.
      {"2019-12-31", 1744, "2026-12-31", "2020 to 2026"},
  };
  for (const Case& c : cases) {
    bool fallback = true;
    EXPECT_EQ(Shipped().AddWorkingDays(D(c.start), c.n, &fallback).ToString(), c.due) << c.why;
    EXPECT_FALSE(fallback) << c.why;
    EXPECT_EQ(Shipped().WorkingDaysBetween(D(c.start), D(c.due), &fallback), c.n) << c.why;
    EXPECT_FALSE(fallback) << c.why;
  }
  EXPECT_EQ(Shipped().AddWorkingDays(D("2026-02-10"), 5, nullptr), D("2026-02-24"));
  EXPECT_EQ(Shipped().WorkingDaysBetween(D("2026-02-24"), D("2026-02-10"), nullptr), 0);
  EXPECT_EQ(Shipped().WorkingDaysBetween(D("2026-02-24"), D("2026-02-24"), nullptr), 0);
}

TEST(WorkCalendarTest, YearWithoutDataFallsBackToMondayToFridayWithTheFlag) {
  const WorkCalendar& cal = Shipped();
  EXPECT_FALSE(cal.HasYear(2027));
  EXPECT_TRUE(cal.IsWorkingDay(D("2027-01-01")));  // a Friday; no notice yet
  EXPECT_FALSE(cal.IsWorkingDay(D("2027-01-02")));
  EXPECT_EQ(cal.Classify(D("2027-01-03")), DayKind::kWeekend);
  bool fallback = false;
  // 12/29, 12/30, 12/31 (3), then Friday 2027-01-01 (4) and Monday 01-04 (5).
  EXPECT_EQ(cal.AddWorkingDays(D("2026-12-28"), 5, &fallback), D("2027-01-04"));
  EXPECT_TRUE(fallback);
  EXPECT_EQ(cal.AddWorkingDays(D("2026-12-28"), 3, &fallback), D("2026-12-31"));
  EXPECT_FALSE(fallback);
  EXPECT_EQ(cal.WorkingDaysBetween(D("2026-12-31"), D("2027-01-01"), &fallback), 1);
  EXPECT_TRUE(fallback);
  EXPECT_EQ(cal.WorkingDaysBetween(D("2026-12-30"), D("2026-12-31"), &fallback), 1);
  EXPECT_FALSE(fallback);
  // Days before 2020 fall back too; the start day itself is not counted.
  EXPECT_EQ(cal.WorkingDaysBetween(D("2019-12-30"), D("2019-12-31"), &fallback), 1);
  EXPECT_TRUE(fallback);
  EXPECT_EQ(cal.AddWorkingDays(D("2019-12-31"), 1, &fallback), D("2020-01-02"));
  EXPECT_FALSE(fallback);
  EXPECT_EQ(cal.AddWorkingDays(D("2030-06-01"), 0, &fallback), D("2030-06-01"));
  EXPECT_FALSE(fallback);  // nothing counted

  EXPECT_EQ(cal.MissingYears(D("2026-12-28"), D("2027-01-04")), std::vector<int>{2027});
  EXPECT_EQ(cal.MissingYears(D("2026-12-31"), D("2029-01-01")), (std::vector<int>{2027, 2028, 2029}));
  EXPECT_TRUE(cal.MissingYears(D("2019-12-31"), D("2026-12-31")).empty());
  EXPECT_TRUE(cal.MissingYears(D("2027-01-04"), D("2026-12-28")).empty());
}

TEST(WorkCalendarTest, AddYearFillsAGap) {
  WorkCalendar cal;
  bool fallback = false;
  EXPECT_EQ(cal.AddWorkingDays(D("2026-12-31"), 1, &fallback), D("2027-01-01"));
  EXPECT_TRUE(fallback);
  // An administrator enters a (hypothetical) notice for 2027.
  ASSERT_TRUE(cal.AddYear(2027, {D("2027-01-01"), D("2027-01-02"), D("2027-01-03")}, {D("2027-01-09")}).ok());
  EXPECT_TRUE(cal.HasYear(2027));
  EXPECT_EQ(cal.AddWorkingDays(D("2026-12-31"), 1, &fallback), D("2027-01-04"));
  EXPECT_FALSE(fallback);
  EXPECT_EQ(cal.Classify(D("2027-01-09")), DayKind::kMakeUpWorkday);
  // Replacing the year replaces all of it.
  ASSERT_TRUE(cal.AddYear(2027, {}, {}).ok());
  EXPECT_TRUE(cal.IsWorkingDay(D("2027-01-01")));
  EXPECT_FALSE(cal.IsWorkingDay(D("2027-01-09")));
}

TEST(WorkCalendarTest, AddYearRejectsInconsistentData) {
  WorkCalendar cal;
  struct Case {
    int year;
    std::vector<Date> holidays, workdays;
    const char* message;
  };
  const Case cases[] = {
      {2027, {D("2026-12-31")}, {}, "不在 2027 年内"},
      {2027, {}, {D("2028-01-01")}, "不在 2027 年内"},
      {2027, {D("2027-01-09")}, {D("2027-01-09")}, "同时列为放假日和调休上班日"},
      {2027, {}, {D("2027-01-08")}, "不是周六或周日"},  // a Friday
      {0, {}, {}, "超出范围"},
      {10000, {}, {}, "超出范围"},
  };
  for (const Case& c : cases) {
    Status s = cal.AddYear(c.year, c.holidays, c.workdays);
    EXPECT_EQ(s.code(), Code::kInvalid) << c.message;
    EXPECT_NE(s.message().find(c.message), std::string::npos) << s.message();
  }
  EXPECT_TRUE(cal.Years().empty());
}

TEST(WorkCalendarTest, WorkingDaysBetweenInvertsAddWorkingDays) {
  const WorkCalendar& cal = Shipped();
  std::mt19937 rng(20260210);
  std::uniform_int_distribution<int64_t> day(D("2019-07-01").DaysSinceEpoch(), D("2027-06-30").DaysSinceEpoch());
  std::uniform_int_distribution<int> count(0, 400);
  for (int i = 0; i < 3000; ++i) {
    const Date start = Date::FromDays(day(rng));
    const int n = count(rng);
    bool add_fallback = false, between_fallback = false;
    const Date due = cal.AddWorkingDays(start, n, &add_fallback);
    ASSERT_EQ(cal.WorkingDaysBetween(start, due, &between_fallback), n) << start.ToString() << " + " << n;
    EXPECT_EQ(add_fallback, between_fallback) << start.ToString() << " + " << n;
    EXPECT_EQ(add_fallback, !cal.MissingYears(start, due).empty()) << start.ToString() << " + " << n;
    if (n > 0) {
      EXPECT_TRUE(cal.IsWorkingDay(due)) << due.ToString();
      EXPECT_EQ(cal.WorkingDaysBetween(start, due.AddDays(-1), nullptr), n - 1);
    }
    // And the other way round: from any pair (a, b], the count leads back to
    // the last working day on or before b.
    const Date a = Date::FromDays(day(rng)), b = Date::FromDays(day(rng));
    const int k = cal.WorkingDaysBetween(a, b, nullptr);
    const Date last = cal.AddWorkingDays(a, k, nullptr);
    if (b <= a) {
      EXPECT_EQ(k, 0);
      continue;
    }
    EXPECT_LE(last, b);
    EXPECT_GT(cal.AddWorkingDays(a, k + 1, nullptr), b) << a.ToString() << " " << b.ToString();
  }
}

TEST(WorkCalendarTest, ConcurrentReadsWhileAYearIsReplaced) {
  WorkCalendar cal;
  ASSERT_TRUE(cal.LoadDirectory(testing::SourceDir() + "/data/calendar").ok());
  std::atomic<bool> stop{false};
  std::atomic<int> wrong{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      while (!stop) {
        if (cal.AddWorkingDays(D("2026-02-06"), 20, nullptr) != D("2026-03-12")) ++wrong;
        // 2027 flips between fallback and data; either answer is whole.
        const Date due = cal.AddWorkingDays(D("2026-12-31"), 1, nullptr);
        if (due != D("2027-01-01") && due != D("2027-01-04")) ++wrong;
      }
    });
  }
  for (int i = 0; i < 200; ++i) {
    ASSERT_TRUE(cal.AddYear(2027, i % 2 ? std::vector<Date>{} : std::vector<Date>{D("2027-01-01")}, {}).ok());
  }
  stop = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(wrong, 0);
}

// ---------------------------------------------------------------------------
// Loading files

class CalendarDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static int counter = 0;
    dir_ = (std::filesystem::temp_directory_path() /
            ("gk_calendar_test_" + std::to_string(::getpid()) + "_" + std::to_string(++counter)))
               .string();
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_ + "/" + name) << text; }
  std::string dir_;
};

constexpr char kGood2027[] =
    "# 2027 — a test notice\n"
    "year = 2027\n"
    "source = \"测试\"\n"
    "holidays = [\"2027-01-01\", \"2027-01-02\", \"2027-01-03\"]\n"
    "workdays = [\"2027-01-09\"]\n";

TEST_F(CalendarDirTest, LoadsYearFilesAndIgnoresOthers) {
  Write("2027.toml", kGood2027);
  Write("README.md", "not a calendar");
  Write("2028.toml.bak", "not toml at all [");
  WorkCalendar cal;
  Status s = cal.LoadDirectory(dir_);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(cal.Years(), std::vector<int>{2027});
  EXPECT_FALSE(cal.IsWorkingDay(D("2027-01-01")));
  EXPECT_TRUE(cal.IsWorkingDay(D("2027-01-09")));
}

TEST_F(CalendarDirTest, MalformedFilesAreRejectedNamingFileAndProblem) {
  struct Case {
    const char* name;
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"2027.toml", "year = 2027\nholidays = [\n", "语法错误"},
      {"2027.toml", "year = 2026\nholidays = []\nworkdays = []\n", "year 应为 2027"},
      {"2027.toml", "year = \"2027\"\nholidays = []\nworkdays = []\n", "year 应为 2027"},
      {"2027.toml", "holidays = []\nworkdays = []\n", "缺少 year"},
      {"2027.toml", "year = 2027\nworkdays = []\n", "缺少 holidays"},
      {"2027.toml", "year = 2027\nholidays = []\n", "缺少 workdays"},
      {"2027.toml", "year = 2027\nholidays = \"2027-01-01\"\nworkdays = []\n", "holidays 应为日期字符串的列表"},
      {"2027.toml", "year = 2027\nholidays = [2027-01-01]\nworkdays = []\n", "应为 \"YYYY-MM-DD\" 形式的字符串"},
      {"2027.toml", "year = 2027\nworkdays = []\nholidays = [\n  \"2027-02-30\",\n]\n",
       "第 4 行：日期“2027-02-30”不存在"},
      {"2027.toml", "year = 2027\nholidays = [\"2027-1-1\"]\nworkdays = []\n", "格式错误"},
      {"2027.toml", "year = 2027\nholidays = [\"2026-12-31\"]\nworkdays = []\n", "不在 2027 年内"},
      {"2027.toml", "year = 2027\nholidays = [\"2027-01-09\"]\nworkdays = [\"2027-01-09\"]\n", "同时列为"},
      {"2027.toml", "year = 2027\nholidays = []\nworkdays = [\"2027-01-08\"]\n", "不是周六或周日"},
      {"2027.toml", "year = 2027\nholiday = []\nholidays = []\nworkdays = []\n", "未知的键 holiday"},
      {"2027.toml", "year = 2027\nsource = 16\nholidays = []\nworkdays = []\n", "source 应为字符串"},
      {"27.toml", kGood2027, "应命名为 年份.toml"},
      {"2027a.toml", kGood2027, "应命名为 年份.toml"},
  };
  for (const Case& c : cases) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    Write(c.name, c.text);
    WorkCalendar cal;
    Status s = cal.LoadDirectory(dir_);
    ASSERT_FALSE(s.ok()) << c.name << ": " << c.text;
    EXPECT_EQ(s.code(), Code::kInvalid);
    EXPECT_NE(s.message().find(c.message), std::string::npos) << s.message();
    EXPECT_NE(s.message().find(c.name), std::string::npos) << s.message();
    EXPECT_TRUE(cal.Years().empty());
  }
}

TEST_F(CalendarDirTest, MissingOrEmptyDirectoryIsAnError) {
  WorkCalendar cal;
  Status s = cal.LoadDirectory(dir_);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("没有年度文件"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find(dir_), std::string::npos) << s.message();
  s = cal.LoadDirectory(dir_ + "/nonexistent");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("找不到工作日日历目录 " + dir_ + "/nonexistent"), std::string::npos) << s.message();
}

TEST_F(CalendarDirTest, AFailedLoadChangesNothing) {
  WorkCalendar cal;
  ASSERT_TRUE(cal.AddYear(2026, {D("2026-01-01")}, {}).ok());
  Write("2027.toml", kGood2027);
  Write("2028.toml", "year = 2028\nholidays = [\"2028-02-30\"]\nworkdays = []\n");
  EXPECT_FALSE(cal.LoadDirectory(dir_).ok());
  EXPECT_EQ(cal.Years(), std::vector<int>{2026});
  EXPECT_FALSE(cal.HasYear(2027));
}

}  // namespace
}  // namespace gk
