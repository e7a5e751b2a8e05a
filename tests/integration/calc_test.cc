// `gongkai calc workdays|between` on the shipped working-day calendar,
// start-up refusing a calendar directory it cannot read, and `gongkai calc fee`.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "testutil/http_client.h"
#include "testutil/source_tree.h"

namespace gk::testing {
namespace {

class CalcTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = ServerProcess::MakeTempDir(); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  int Run(std::vector<std::string> args, std::string* out, std::string* err) {
    args.push_back("--data");
    args.push_back(dir_);
    return ServerProcess::Run(args, out, err);
  }
  std::string dir_;
};

TEST_F(CalcTest, WorkdaysCountsFromTheDayAfterTheStart) {
  std::string out, err;
  // 2/11, 2/12, 2/13, Saturday 2/14 (make-up day), then 2/15–2/23 off: 2/24.
  ASSERT_EQ(Run({"calc", "workdays", "2026-02-10", "5"}, &out, &err), 0) << err;
  EXPECT_EQ(out, "2026-02-24\n");
  // Received before Spring Festival 2026: 20 working days, worked out in
  // tests/unit/common/calendar_test.cc.
  ASSERT_EQ(Run({"calc", "workdays", "2026-02-06", "20"}, &out, &err), 0) << err;
  EXPECT_EQ(out, "2026-03-12\n");
  ASSERT_EQ(Run({"calc", "workdays", "2026-02-10", "0"}, &out, &err), 0) << err;
  EXPECT_EQ(out, "2026-02-10\n");
  // Needs no database.
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/gongkai.db"));
}

TEST_F(CalcTest, BetweenCountsWorkingDaysInTheHalfOpenInterval) {
  std::string out, err;
  // (9/30, 10/12]: 10/1–10/7 off, 10/8, 10/9, Saturday 10/10 (make-up), 10/12.
  ASSERT_EQ(Run({"calc", "between", "2026-09-30", "2026-10-12"}, &out, &err), 0) << err;
  EXPECT_EQ(out, "4\n");
  ASSERT_EQ(Run({"calc", "between", "2026-10-12", "2026-09-30"}, &out, &err), 0) << err;
  EXPECT_EQ(out, "0\n");
  ASSERT_EQ(Run({"calc", "between", "2024-12-31", "2025-12-31"}, &out, &err), 0) << err;
  EXPECT_EQ(out, "248\n");
}

TEST_F(CalcTest, AYearWithoutDataIsFlagged) {
  std::string out, err;
  // The calendar as released up to 2026, whatever later years ship.
  const std::string cal = CalendarDirThrough(2026);
  auto Run = [&](std::vector<std::string> args, std::string* o, std::string* e) {
    args.insert(args.end(), {"--set", "paths.calendar_dir=" + cal});
    return this->Run(args, o, e);
  };
  // 12/29–12/31, then Friday 2027-01-01 counts as Monday–Friday, then 01-04.
  ASSERT_EQ(Run({"calc", "workdays", "2026-12-28", "5"}, &out, &err), 0) << err;
  EXPECT_EQ(out, "2027-01-04\n（日历未发布：2027 年按周一至周五计算）\n");
  ASSERT_EQ(Run({"calc", "workdays", "2026-12-28", "3"}, &out, &err), 0) << err;
  EXPECT_EQ(out, "2026-12-31\n");
  // 2027: 261 weekdays (365 days from a Friday); 2028-01-03 is a Monday.
  ASSERT_EQ(Run({"calc", "between", "2026-12-31", "2028-01-03"}, &out, &err), 0) << err;
  EXPECT_EQ(out, "262\n（日历未发布：2027、2028 年按周一至周五计算）\n");
  std::filesystem::remove_all(cal);
}

TEST_F(CalcTest, BadInputIsRefusedInChinese) {
  struct Case {
    std::vector<std::string> args;
    const char* message;
  };
  const Case cases[] = {
      {{"calc", "workdays", "2026-02-30", "5"}, "日期“2026-02-30”不存在"},
      {{"calc", "workdays", "2026-2-10", "5"}, "格式错误"},
      {{"calc", "between", "2026-02-10", "2026/03/01"}, "格式错误"},
      {{"calc", "workdays", "2026-02-10", "五"}, "工作日数"},
      {{"calc", "workdays", "2026-02-10", "-1"}, "工作日数"},
      {{"calc", "workdays", "2026-02-10"}, "用法"},
      {{"calc", "fortnight", "2026-02-10", "2"}, "用法"},
  };
  for (const Case& c : cases) {
    std::string out, err;
    EXPECT_EQ(Run(c.args, &out, &err), 1) << c.message;
    EXPECT_EQ(out, "");
    EXPECT_NE(err.find(c.message), std::string::npos) << err;
  }
}

TEST_F(CalcTest, AnUnreadableCalendarDirectoryIsNamed) {
  const std::string missing = dir_ + "/no-calendar";
  std::string out, err;
  EXPECT_EQ(Run({"calc", "workdays", "2026-02-10", "5", "--set", "paths.calendar_dir=" + missing}, &out, &err), 1);
  EXPECT_NE(err.find(missing), std::string::npos) << err;
  // The server refuses to start on it too.
  EXPECT_EQ(Run({"init", "--set", "paths.calendar_dir=" + missing}, &out, &err), 1);
  EXPECT_NE(err.find(missing), std::string::npos) << err;
  EXPECT_NE(err.find("paths.calendar_dir"), std::string::npos) << err;
}

TEST_F(CalcTest, FeePerPageShowsTheWorkingThenTheAmount) {
  std::string out, err;
  // RULES.md §2 example: 150 pages = 70 × 10 + 50 × 20 = 1700 元.
  ASSERT_EQ(Run({"calc", "fee", "per-page", "150"}, &out, &err), 0) << err;
  EXPECT_EQ(out,
            "第 1–30 页免费\n"
            "第 31–100 页：70 页 × 10 元 = 700 元\n"
            "第 101–150 页：50 页 × 20 元 = 1000 元\n"
            "合计 1700 元\n"
            "1700 元\n");
  ASSERT_EQ(Run({"calc", "fee", "per-page", "0"}, &out, &err), 0) << err;
  EXPECT_TRUE(out.ends_with("\n0 元\n")) << out;
  // Needs no database.
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/gongkai.db"));
}

TEST_F(CalcTest, FeePerApplicationByTheNthThisMonth) {
  std::string out, err;
  ASSERT_EQ(Run({"calc", "fee", "per-application", "--nth", "31"}, &out, &err), 0) << err;
  EXPECT_TRUE(out.ends_with("\n200 元\n")) << out;
  EXPECT_NE(out.find("200 元/件"), std::string::npos) << out;
  ASSERT_EQ(Run({"calc", "fee", "per-application", "--nth=10"}, &out, &err), 0) << err;
  EXPECT_TRUE(out.ends_with("\n0 元\n")) << out;
}

TEST_F(CalcTest, FeeBadInputIsRefusedInChinese) {
  struct Case {
    std::vector<std::string> args;
    const char* message;
  };
  const Case cases[] = {
      {{"calc", "fee", "per-page", "abc"}, "页数“abc”无效"},
      {{"calc", "fee", "per-page", "-1"}, "页数“-1”无效"},
      {{"calc", "fee", "per-page"}, "用法"},
      {{"calc", "fee", "per-application"}, "用法"},
      {{"calc", "fee", "per-application", "--nth", "0"}, "--nth “0”无效"},
      {{"calc", "fee", "per-application", "--nth", "三十"}, "无效"},
      {{"calc", "fee", "both", "3"}, "用法"},
  };
  for (const Case& c : cases) {
    std::string out, err;
    EXPECT_EQ(Run(c.args, &out, &err), 1) << c.message;
    EXPECT_EQ(out, "");
    EXPECT_NE(err.find(c.message), std::string::npos) << err;
  }
}

}  // namespace
}  // namespace gk::testing
