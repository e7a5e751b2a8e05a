// 一图读懂 and 文字解读 from a report's JSON (reports/charts.h).
#include <gtest/gtest.h>

#include "reports/charts.h"
#include "reports/prior.h"
#include "reports/model.h"

namespace gk::reports {
namespace {

std::string Json() {
  AnnualReport r;
  r.agency_id = 3;
  r.agency_name = "测试局";
  r.year = 2025;
  r.t2.rules = {1, 0, 4};
  r.t2.normative = {6, 2, 31};
  r.t2.enforcement = {120, 56, 7, true};
  r.t2.fees = "0";
  auto row = [](const char* label, int64_t total) {
    std::vector<int64_t> v(7, 0);
    v[0] = total;
    v[6] = total;
    return LabelledRow{label, false, v};
  };
  r.applications.t3 = {row("一、本年新收政府信息公开申请数量", 40),
                       row("二、上年结转政府信息公开申请数量", 5),
                       {"三、本年度办理结果", true, {}},
                       row("（一）予以公开", 20),
                       row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 6),
                       {"（三）不予公开", true, {}},
                       row("1.属于国家秘密", 1),
                       row("2.其他法律行政法规禁止公开", 2),
                       {"（四）无法提供", true, {}},
                       row("1.本机关不掌握相关政府信息", 10),
                       row("（七）总计", 39),
                       row("四、结转下年度继续办理", 6)};
  r.applications.t4 = {1, 0, 0, 1, 2, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0};
  return ReportJson(r);
}

TEST(ReportChartsTest, TheMainFiguresOfTheReport) {
  auto charts = ReportCharts(Json());
  ASSERT_TRUE(charts.ok()) << charts.status().message();
  ASSERT_EQ(charts->size(), 5u);
  EXPECT_EQ((*charts)[0].bars[4].label, "规范性文件·现行有效");
  EXPECT_EQ((*charts)[0].bars[4].value, 31);
  EXPECT_EQ((*charts)[1].bars[1].value, 56);
  const auto& received = (*charts)[2].bars;
  EXPECT_EQ(received[0].value, 40);
  EXPECT_EQ(received[1].value, 5);
  EXPECT_EQ(received[2].value, 39);
  EXPECT_EQ(received[3].value, 6);
  const auto& outcomes = (*charts)[3].bars;
  EXPECT_EQ(outcomes[0].value, 20);
  EXPECT_EQ(outcomes[1].value, 6);
  EXPECT_EQ(outcomes[2].value, 3) << "the sum of its numbered rows";
  EXPECT_EQ(outcomes[3].value, 10);
  EXPECT_EQ(outcomes[4].value, 0);
  EXPECT_EQ((*charts)[4].bars[0].value, 2);
  EXPECT_EQ((*charts)[4].bars[1].value, 1);
  EXPECT_FALSE(ReportCharts("{}").ok());
  EXPECT_FALSE(ReportCharts("not json").ok());
}

TEST(ReportChartsTest, TheSvgIsAnAccessibleImageWithEveryValue) {
  Chart c{"申请收办<情况>", "件", {{"本年新收", 40}, {"结转下年", 0}}};
  const std::string svg = BarChartSvg(c, "c1");
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("aria-labelledby=\"c1-t c1-d\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"c1-t\">申请收办&lt;情况&gt;</title>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("<desc id=\"c1-d\">本年新收 40 件；结转下年 0 件</desc>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("width=\"330\""), std::string::npos) << "the largest bar is full width";
  EXPECT_NE(svg.find("width=\"0\""), std::string::npos) << "a zero is no bar";
  // All zero: no division by zero.
  EXPECT_NE(BarChartSvg({"空", "件", {{"a", 0}}}, "c2").find("</svg>"), std::string::npos);
}

TEST(InterpretationTest, DraftedFromTheFigures) {
  auto md = InterpretationMarkdown(Json(), ChartUrl(3, 2025));
  ASSERT_TRUE(md.ok());
  for (const char* s : {"近日，测试局发布了《测试局2025年政府信息公开工作年度报告》", "制发规章 1 件、行政规范性文件 6 件",
                        "行政处罚决定 56 件", "全年新收政府信息公开申请 40 件，上年结转 5 件；办结 39 件",
                        "予以公开 20 件、部分公开 6 件，合计占 66.6%", "被申请行政复议 2 件，被提起行政诉讼 1 件",
                        "(/reports/3/2025/chart)"})
    EXPECT_NE(md->find(s), std::string::npos) << s << "\n" << *md;
}

TEST(InterpretationTest, ComparesWithLastYearsReportWhenKnown) {
  PriorReport last;  // entered for a year before the platform (prior.h)
  last.t3[0][6] = 31;
  const std::string last_json = PriorJson(last, 3, "测试局", 2024);
  auto md = InterpretationMarkdown(Json(), ChartUrl(3, 2025), last_json);
  ASSERT_TRUE(md.ok());
  EXPECT_NE(md->find("全年新收政府信息公开申请 40 件，比上年增加 9 件，上年结转 5 件"), std::string::npos) << *md;
  last.t3[0][6] = 40;
  md = InterpretationMarkdown(Json(), ChartUrl(3, 2025), PriorJson(last, 3, "测试局", 2024));
  EXPECT_NE(md->find("40 件，与上年持平"), std::string::npos) << *md;
  last.t3[0][6] = 52;
  md = InterpretationMarkdown(Json(), ChartUrl(3, 2025), PriorJson(last, 3, "测试局", 2024));
  EXPECT_NE(md->find("比上年减少 12 件"), std::string::npos) << *md;
}

}  // namespace
}  // namespace gk::reports
