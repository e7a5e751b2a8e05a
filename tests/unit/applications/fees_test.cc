#include "applications/fees.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gk::applications {
namespace {

TEST(FeesTest, PerPageIsProgressive) {
  struct Case {
    int pages;
    int64_t yuan;
  };
  // RULES.md §2: 1–30 free, 31–100 at 10, 101–200 at 20, 201+ at 40 元.
  const Case cases[] = {
      {-5, 0}, {0, 0}, {1, 0}, {30, 0}, {31, 10}, {100, 700}, {101, 720}, {150, 1700}, {200, 2700}, {201, 2740},
  };
  for (const Case& c : cases) {
    const Fee fee = PerPageFee(c.pages);
    EXPECT_EQ(fee.yuan, c.yuan) << c.pages << " 页";
    ASSERT_FALSE(fee.working.empty()) << c.pages;
    EXPECT_EQ(fee.working.back(), "合计 " + std::to_string(c.yuan) + " 元") << c.pages;
  }
}

TEST(FeesTest, PerPageWorkingOfTheRulesExample) {
  const std::vector<std::string> expected = {
      "第 1–30 页免费",
      "第 31–100 页：70 页 × 10 元 = 700 元",
      "第 101–150 页：50 页 × 20 元 = 1000 元",
      "合计 1700 元",
  };
  EXPECT_EQ(PerPageFee(150).working, expected);
}

TEST(FeesTest, PerPageWorkingAtTheEdges) {
  EXPECT_EQ(PerPageFee(0).working, (std::vector<std::string>{"共 0 页，不收费", "合计 0 元"}));
  EXPECT_EQ(PerPageFee(1).working, (std::vector<std::string>{"第 1 页免费", "合计 0 元"}));
  EXPECT_EQ(PerPageFee(12).working, (std::vector<std::string>{"第 1–12 页免费", "合计 0 元"}));
  EXPECT_EQ(PerPageFee(31).working,
            (std::vector<std::string>{"第 1–30 页免费", "第 31 页：1 页 × 10 元 = 10 元", "合计 10 元"}));
  EXPECT_EQ(PerPageFee(201).working, (std::vector<std::string>{"第 1–30 页免费", "第 31–100 页：70 页 × 10 元 = 700 元",
                                                               "第 101–200 页：100 页 × 20 元 = 2000 元",
                                                               "第 201 页：1 页 × 40 元 = 40 元", "合计 2740 元"}));
}

TEST(FeesTest, PerPageDoesNotOverflow) {
  // 700 + 2000 + (2147483647 − 200) × 40 元.
  EXPECT_EQ(PerPageFee(2147483647).yuan, int64_t{2700} + int64_t{2147483447} * 40);
}

TEST(FeesTest, PerApplicationByTheNthThisMonth) {
  struct Case {
    int nth;
    int64_t yuan;
  };
  const Case cases[] = {
      {-1, 0},   {0, 0},    {1, 0},    {10, 0},   {11, 100}, {30, 100},
      {31, 200}, {40, 200}, {41, 300}, {50, 300}, {51, 400}, {101, 900},
  };
  for (const Case& c : cases) {
    const Fee fee = PerApplicationFee(c.nth);
    EXPECT_EQ(fee.yuan, c.yuan) << "第 " << c.nth << " 件";
    ASSERT_FALSE(fee.working.empty()) << c.nth;
    EXPECT_EQ(fee.working.back(), "合计 " + std::to_string(c.yuan) + " 元") << c.nth;
  }
}

TEST(FeesTest, PerApplicationWorking) {
  EXPECT_EQ(PerApplicationFee(0).working, (std::vector<std::string>{"本月尚无申请，不收费", "合计 0 元"}));
  EXPECT_EQ(PerApplicationFee(7).working, (std::vector<std::string>{"本月第 7 件：第 1–10 件免费", "合计 0 元"}));
  EXPECT_EQ(PerApplicationFee(11).working,
            (std::vector<std::string>{"本月第 11 件：第 11–30 件按 100 元/件计收", "合计 100 元"}));
  EXPECT_EQ(PerApplicationFee(31).working,
            (std::vector<std::string>{"本月第 31 件：第 31–40 件按 200 元/件计收", "合计 200 元"}));
  EXPECT_EQ(PerApplicationFee(50).working,
            (std::vector<std::string>{"本月第 50 件：第 41–50 件按 300 元/件计收", "合计 300 元"}));
}

TEST(FeesTest, PerApplicationDoesNotOverflow) {
  // (2147483647 − 31) / 10 = 214748361 bands above the first: 31 + 2147483610 = 2147483641.
  const Fee fee = PerApplicationFee(2147483647);
  EXPECT_EQ(fee.yuan, 200 + int64_t{214748361} * 100);
  EXPECT_EQ(fee.working.front(), "本月第 2147483647 件：第 2147483641–2147483650 件按 21474836300 元/件计收");
}

TEST(FeesTest, MethodCodesAndLabelsRoundTrip) {
  struct Case {
    FeeMethod method;
    const char* code;
    const char* label;
  };
  const Case cases[] = {
      {FeeMethod::kNone, "none", "不收费"},
      {FeeMethod::kPerApplication, "per-application", "按件计收"},
      {FeeMethod::kPerPage, "per-page", "按量计收"},
  };
  for (const Case& c : cases) {
    EXPECT_STREQ(FeeMethodCode(c.method), c.code);
    EXPECT_STREQ(FeeMethodLabel(c.method), c.label);
    FeeMethod parsed = FeeMethod::kNone;
    ASSERT_TRUE(ParseFeeMethod(c.code, &parsed)) << c.code;
    EXPECT_EQ(parsed, c.method);
  }
  FeeMethod untouched = FeeMethod::kPerPage;
  for (const char* bad : {"", "Per-Page", "per_page", "按量计收", "both"}) {
    EXPECT_FALSE(ParseFeeMethod(bad, &untouched)) << bad;
  }
  EXPECT_EQ(untouched, FeeMethod::kPerPage);
}

}  // namespace
}  // namespace gk::applications
