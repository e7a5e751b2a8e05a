// The annual report's figures and checks (reports/model.h, RULES.md §3).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "common/table_file.h"
#include "reports/model.h"
#include "text/markdown.h"

namespace gk::reports {
namespace {

Date D(const char* s) { return Date::Parse(s).value(); }

NormativeRecord Rec(bool rule, const char* issued, const char* ceased = nullptr) {
  NormativeRecord r;
  r.rule = rule;
  r.issued_on = D(issued);
  if (ceased) r.ceased_on = D(ceased);
  return r;
}

TEST(CountNormativeTest, CountsIssuedRepealedAndInForceByKind) {
  const std::vector<NormativeRecord> records = {
      Rec(false, "2024-03-01"),                // in force throughout
      Rec(false, "2025-02-01"),                // issued in 2025
      Rec(false, "2023-05-01", "2025-06-30"),  // repealed in 2025
      Rec(false, "2025-01-10", "2025-12-31"),  // issued and repealed in 2025
      Rec(false, "2022-01-01", "2024-12-31"),  // gone before 2025
      Rec(false, "2026-01-01"),                // after the year
      Rec(true, "2025-07-01"),                 // a 规章
  };
  struct Case {
    int year;
    bool rule;
    NormativeCounts want;
  };
  const Case cases[] = {
      {2025, false, {2, 2, 2}},
      {2024, false, {1, 1, 2}},
      {2026, false, {1, 0, 3}},
      {2025, true, {1, 0, 1}},
      {2020, false, {0, 0, 0}},
  };
  for (const auto& c : cases) EXPECT_EQ(CountNormative(c.year, records, c.rule), c.want) << c.year << c.rule;
}

// For any history, 现行有效(Y) = 现行有效(Y−1) + 制发(Y) − 废止(Y): the
// identity the report's consistency check relies on.
TEST(CountNormativeTest, InForceCarriesOverForGeneratedHistories) {
  std::mt19937 rng(20261207);
  std::uniform_int_distribution<int> day(0, 365 * 12), life(0, 365 * 6), coin(0, 2);
  const Date base = D("2015-01-01");
  for (int round = 0; round < 50; ++round) {
    std::vector<NormativeRecord> records;
    for (int i = 0; i < 200; ++i) {
      NormativeRecord r;
      r.rule = coin(rng) == 0;
      r.issued_on = base.AddDays(day(rng));
      if (coin(rng) != 0) r.ceased_on = r.issued_on.AddDays(life(rng));
      records.push_back(r);
    }
    for (bool rule : {false, true}) {
      for (int y = 2016; y <= 2030; ++y) {
        const auto now = CountNormative(y, records, rule), before = CountNormative(y - 1, records, rule);
        ASSERT_EQ(now.in_force, before.in_force + now.issued - now.repealed) << "round " << round << " year " << y;
      }
    }
  }
}

// Table 三 rows as the applications give them, every column `v` except
// where `tweak` changes one.
ApplicationFigures Figures(int64_t received, int64_t carried_in, int64_t closed, int64_t carried_out) {
  ApplicationFigures a;
  auto row = [](const char* label, int64_t v) { return LabelledRow{label, false, std::vector<int64_t>(7, v)}; };
  a.t3.push_back(row("一、本年新收政府信息公开申请数量", received));
  a.t3.push_back(row("二、上年结转政府信息公开申请数量", carried_in));
  a.t3.push_back({"三、本年度办理结果", true, {}});
  a.t3.push_back(row("（一）予以公开", closed));
  a.t3.push_back(row("（七）总计", closed));
  a.t3.push_back(row("四、结转下年度继续办理", carried_out));
  return a;
}

AnnualReport Report(ApplicationFigures a) {
  AnnualReport r;
  r.agency_id = 1;
  r.agency_name = "测试局";
  r.year = 2025;
  r.applications = std::move(a);
  r.entries.overview = "总体情况。";
  r.entries.problems = "存在问题。";
  r.t2.fees = "0";
  r.t2.enforcement.any_records = true;
  return r;
}

int Blocking(const AnnualReport& r) {
  int n = 0;
  for (const auto& f : r.findings) n += f.blocking;
  return n;
}

TEST(CheckTest, BalancedTablesArePublishable) {
  auto r = Report(Figures(10, 2, 9, 3));
  Check(r, {});
  EXPECT_TRUE(r.Publishable());
  EXPECT_TRUE(r.findings.empty()) << r.findings.front().message;
}

TEST(CheckTest, EachUnbalancedColumnBlocksAndIsNamed) {
  auto a = Figures(10, 2, 9, 3);
  a.t3[0].values[1] = 11;  // 商业企业: 11 + 2 ≠ 9 + 3
  a.t3[5].values[6] = 4;   // 总计: 10 + 2 ≠ 9 + 4
  a.imbalances = {"2025-0007：已办结但没有记录办理结果"};
  auto r = Report(a);
  Check(r, {});
  EXPECT_FALSE(r.Publishable());
  EXPECT_EQ(Blocking(r), 3);
  std::string all;
  for (const auto& f : r.findings) all += f.message + "\n";
  EXPECT_NE(all.find("“商业企业”列"), std::string::npos) << all;
  EXPECT_NE(all.find("“总计”列"), std::string::npos) << all;
  EXPECT_NE(all.find("2025-0007"), std::string::npos) << all;
  EXPECT_EQ(all.find("“自然人”列"), std::string::npos) << all;
}

TEST(CheckTest, MissingRowsBlock) {
  auto r = Report({});
  Check(r, {});
  EXPECT_FALSE(r.Publishable());
}

TEST(CheckTest, InForceIsComparedWithLastYearsReport) {
  auto r = Report(Figures(0, 0, 0, 0));
  r.t2.normative = {3, 1, 12};
  PriorFigures prior;
  prior.known = true;
  prior.normative = {0, 0, 10};
  Check(r, prior);
  EXPECT_TRUE(r.Publishable());  // a warning only
  ASSERT_EQ(r.findings.size(), 0u) << "10 + 3 − 1 = 12 holds";
  prior.normative.in_force = 9;
  Check(r, prior);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_FALSE(r.findings[0].blocking);
  EXPECT_NE(r.findings[0].message.find("应为 11 件"), std::string::npos) << r.findings[0].message;
  // Without last year's report nothing is compared.
  Check(r, {});
  EXPECT_TRUE(r.findings.empty());
}

TEST(CheckTest, WarnsAboutEmptyTextsUnexplainedFiguresAndMissingRecords) {
  auto r = Report(Figures(1, 0, 1, 0));
  r.entries.overview.clear();
  r.entries.problems = "  ";
  r.t2.enforcement_from_records = false;
  Check(r, {});
  EXPECT_TRUE(r.Publishable());
  EXPECT_EQ(r.findings.size(), 3u);
  r.t2.enforcement_from_records = true;
  r.t2.enforcement.any_records = false;
  Check(r, {});
  EXPECT_EQ(r.findings.size(), 3u);
}

TEST(ValidateEntriesTest, FeesInTenThousandYuanAndEnteredFiguresNeedANote) {
  struct Case {
    const char* fees;
    bool ok;
  };
  for (const Case& c : {Case{"", true}, Case{"0", true}, Case{"12.5", true}, Case{"0.0035", true},
                        Case{"1.23456", false}, Case{"abc", false}, Case{"-1", false}, Case{"1.", false},
                        Case{".5", false}, Case{"1,000", false}}) {
    Entries e;
    e.fees = c.fees;
    FieldErrors errors;
    ValidateEntries(e, &errors);
    EXPECT_EQ(errors.empty(), c.ok) << c.fees;
  }
  Entries e;
  e.enforcement_entered = true;
  e.enforcement.penalty = -1;
  FieldErrors errors;
  ValidateEntries(e, &errors);
  std::set<std::string> fields;
  for (const auto& [field, msg] : errors.all()) fields.insert(field);
  EXPECT_EQ(fields, (std::set<std::string>{"penalty", "enforcement_note"}));
}

AnnualReport Full() {
  auto r = Report(Figures(10, 2, 9, 3));
  r.t2.rules = {1, 0, 4};
  r.t2.normative = {6, 2, 31};
  r.t2.enforcement = {120, 56, 7, true};
  r.t2.fees = "12.5";
  r.applications.t4 = {1, 2, 0, 1, 4, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1};
  Check(r, {});
  return r;
}

TEST(ReportJsonTest, HasEverySectionAndEveryTablesRowsWithLabels) {
  const auto j = nlohmann::json::parse(ReportJson(Full()));
  ASSERT_EQ(j["sections"].size(), 6u);
  for (size_t i = 0; i < 6; ++i) EXPECT_EQ(j["sections"][i]["title"], SectionTitles()[i]);
  EXPECT_EQ(j["title"], "测试局2025年政府信息公开工作年度报告");
  const auto& t2 = j["table2"]["rows"];
  ASSERT_EQ(t2.size(), 6u);
  EXPECT_EQ(t2[1]["label"], "行政规范性文件");
  EXPECT_EQ(t2[1]["values"]["现行有效件数"], "31");
  EXPECT_EQ(t2[3]["label"], "行政处罚");
  EXPECT_EQ(t2[3]["values"]["本年处理决定数量"], "56");
  EXPECT_EQ(t2[5]["values"]["本年收费金额（单位：万元）"], "12.5");
  EXPECT_EQ(j["table3"]["columns"].size(), 7u);
  EXPECT_EQ(j["table3"]["rows"][0]["values"][6], 10);
  EXPECT_EQ(j["table4"]["values"].size(), 15u);
  EXPECT_TRUE(j["publishable"]);
}

TEST(ReportJsonTest, NextYearReadsThePriorFiguresBack) {
  const PriorFigures p = PriorOf(ReportJson(Full()));
  EXPECT_TRUE(p.known);
  EXPECT_EQ(p.rules, (NormativeCounts{1, 0, 4}));
  EXPECT_EQ(p.normative, (NormativeCounts{6, 2, 31}));
  ASSERT_TRUE(p.carried_out.has_value());
  EXPECT_EQ((*p.carried_out)[6], 3);
  EXPECT_FALSE(PriorOf("not json").known);
  EXPECT_FALSE(PriorOf("{}").known);
  EXPECT_FALSE(PriorOf("{\"table3\": 1, \"table2\": []}").carried_out.has_value());
}

TEST(CheckTest, CarryOverIsComparedWithLastYearsReport) {
  auto r = Report(Figures(10, 2, 9, 3));
  PriorFigures prior;
  prior.carried_out = std::array<int64_t, 7>{2, 2, 2, 2, 2, 2, 2};
  Check(r, prior);
  EXPECT_TRUE(r.findings.empty()) << r.findings.front().message;
  (*prior.carried_out)[0] = 5;
  Check(r, prior);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_FALSE(r.findings[0].blocking);
  EXPECT_NE(r.findings[0].message.find("表三“自然人”列：上年结转 2 件，上年报告“结转下年度继续办理” 5 件"),
            std::string::npos)
      << r.findings[0].message;
}

// A report of a year before the platform (reports/prior.h).
PriorReport Entered(ReportFormat f) {
  PriorReport p;
  p.format = f;
  p.t3 = {{{4, 1, 0, 0, 0, 0, 5}, {1, 0, 0, 0, 0, 0, 1}, {3, 1, 0, 0, 0, 0, 4}, {2, 0, 0, 0, 0, 0, 2}}};
  p.t4[4] = 2;
  return p;
}

TEST(PriorReportTest, EachTemplatesTable2) {
  const auto& y2021 = Table2Layout(ReportFormat::k2021);
  ASSERT_EQ(y2021.size(), 4u);
  EXPECT_EQ(y2021[0].headings, (std::vector<std::string>{"本年制发件数", "本年废止件数", "现行有效件数"}));
  const auto& y2019 = Table2Layout(ReportFormat::k2019);
  ASSERT_EQ(y2019.size(), 5u);
  EXPECT_EQ(y2019[0].headings, (std::vector<std::string>{"本年新制作数量", "本年新公开数量", "对外公开总数量"}));
  EXPECT_EQ(y2019[1].rows, (std::vector<std::string>{"行政许可", "其他对外管理服务事项"}));
  EXPECT_EQ(y2019[4].rows, (std::vector<std::string>{"政府集中采购"}));
  EXPECT_EQ(FormatOfYear(2019), ReportFormat::k2019);
  EXPECT_EQ(FormatOfYear(2020), ReportFormat::k2019);
  EXPECT_EQ(FormatOfYear(2021), ReportFormat::k2021);
}

TEST(PriorReportTest, EveryCellIsCheckedAtOnce) {
  PriorReport p = Entered(ReportFormat::k2019);
  p.t2[Table2Key("第二十条第（一）项", "规范性文件", "对外公开总数量")] = "3.5";
  p.t2[Table2Key("第二十条第（五）项", "行政许可", "本年增/减")] = "-4";            // fine: a decrease
  p.t2[Table2Key("第二十条第（六）项", "行政处罚", "上一年项目数量")] = "-1";
  p.t2[Table2Key("第二十条第（九）项", "政府集中采购", "采购总金额")] = "12.12345";
  p.t3[1][2] = -1;
  p.t4[14] = 100000001;
  FieldErrors errors;
  ValidatePrior(p, &errors);
  EXPECT_EQ(errors.Get(Table2Field(0, 1, 2)), "表二“规范性文件·对外公开总数量”应为不小于 0 的整数");
  EXPECT_TRUE(errors.Get(Table2Field(1, 0, 1)).empty());
  EXPECT_FALSE(errors.Get(Table2Field(2, 0, 0)).empty());
  EXPECT_EQ(errors.Get(Table2Field(4, 0, 1)), "表二“政府集中采购·采购总金额”应为以万元为单位的数字，最多 4 位小数");
  EXPECT_FALSE(errors.Get("t3_1_2").empty());
  EXPECT_FALSE(errors.Get("t4_14").empty());
  EXPECT_EQ(errors.all().size(), 5u);
}

TEST(PriorReportTest, StoredAndReadBackForNextYearsChecks) {
  PriorReport p = Entered(ReportFormat::k2021);
  p.t2[Table2Key("第二十条第（一）项", "行政规范性文件", "现行有效件数")] = "40";
  p.t2[Table2Key("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）")] = "0.35";
  const std::string json = PriorJson(p, 1, "测试局", 2020);
  const PriorReport back = PriorReportOf(json);
  EXPECT_EQ(back.format, ReportFormat::k2021);
  EXPECT_EQ(back.t3, p.t3);
  EXPECT_EQ(back.t4, p.t4);
  EXPECT_EQ(back.t2.at(Table2Key("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）")), "0.35");
  EXPECT_EQ(back.t2.at(Table2Key("第二十条第（一）项", "规章", "本年制发件数")), "0") << "blank is 0";
  const PriorFigures figures = PriorOf(json);
  EXPECT_TRUE(figures.known);
  EXPECT_EQ(figures.normative.in_force, 40);
  ASSERT_TRUE(figures.carried_out.has_value());
  EXPECT_EQ((*figures.carried_out)[6], 2);
  EXPECT_TRUE(PriorWarnings(p).empty()) << "4 + 1 = 3 + 2 … in every column";
  p.t3[0][6] = 6;
  EXPECT_EQ(PriorWarnings(p).size(), 1u);

  // The 2019 template has no 现行有效 to compare; the carry-over still is.
  PriorReport old = Entered(ReportFormat::k2019);
  old.t2[Table2Key("第二十条第（一）项", "规范性文件", "对外公开总数量")] = "120";
  const PriorFigures from2019 = PriorOf(PriorJson(old, 1, "测试局", 2019));
  EXPECT_FALSE(from2019.known);
  EXPECT_EQ(from2019.format, ReportFormat::k2019);
  EXPECT_TRUE(from2019.carried_out.has_value());
  EXPECT_EQ(PriorReportOf(PriorJson(old, 1, "测试局", 2019)).t2.at(Table2Key("第二十条第（一）项", "规范性文件", "对外公开总数量")),
            "120");
}

TEST(ReportMarkdownTest, SectionsInOrderAndTablesAsTables) {
  const std::string md = ReportMarkdown(Full());
  size_t at = 0;
  for (const auto& t : SectionTitles()) {
    const size_t next = md.find("## " + t, at);
    ASSERT_NE(next, std::string::npos) << t;
    at = next;
  }
  const std::string html = text::RenderMarkdown(md);
  size_t tables = 0;
  for (size_t p = html.find("<table"); p != std::string::npos; p = html.find("<table", p + 1)) ++tables;
  EXPECT_EQ(tables, 6u);  // table 二's four blocks, 三, 四
  EXPECT_NE(html.find("法人或其他组织·商业企业"), std::string::npos);
  EXPECT_NE(html.find("行政诉讼（复议后起诉）"), std::string::npos);
}

TEST(ReportHtmlTest, TheTemplatesHeadersAreMarkedUpForScreenReaders) {
  const std::string html = ReportHtml(Full());
  EXPECT_NE(html.find("<html lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(html.find("@page { size: A4"), std::string::npos);
  EXPECT_NE(html.find("<th colspan=\"5\" scope=\"colgroup\" id=\"t3-org\""), std::string::npos);
  EXPECT_NE(html.find("headers=\"t3-applicant t3-org\">商业企业</th>"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"row\" colspan=\"3\" class=\"\">一、本年新收政府信息公开申请数量</th>"),
            std::string::npos);
  // Text typed by staff is escaped.
  auto r = Full();
  r.entries.problems = "<script>alert(1)</script>";
  EXPECT_EQ(ReportHtml(r).find("<script>"), std::string::npos);
}

TEST(ReportXlsxTest, TheTemplatesLayoutCellByCell) {
  auto x = ReportXlsx(Full(), ::testing::TempDir());
  ASSERT_TRUE(x.ok()) << x.status().message();
  auto sheets = ReadXlsxSheets(x.value());
  ASSERT_TRUE(sheets.ok()) << sheets.status().message();
  ASSERT_EQ(sheets->size(), 3u);
  const auto& t2 = (*sheets)[0];
  EXPECT_EQ(t2.name, "二、主动公开");
  EXPECT_EQ(t2.cells.at("A2"), "第二十条第（一）项");
  EXPECT_EQ(t2.cells.at("B3"), "本年制发件数");
  EXPECT_EQ(t2.cells.at("A5"), "行政规范性文件");
  EXPECT_EQ(t2.cells.at("D5"), "31");
  EXPECT_EQ(t2.cells.at("A15"), "行政事业性收费");
  EXPECT_EQ(t2.cells.at("B15"), "12.5");
  const auto& t3 = (*sheets)[1];
  EXPECT_EQ(t3.cells.at("D2"), "申请人情况");
  EXPECT_EQ(t3.cells.at("E3"), "法人或其他组织");
  EXPECT_EQ(t3.cells.at("E4"), "商业企业");
  EXPECT_EQ(t3.cells.at("A5"), "一、本年新收政府信息公开申请数量");
  EXPECT_EQ(t3.cells.at("J5"), "10");
  for (const char* merge : {"D2:J2", "E3:I3", "D3:D4", "J3:J4", "A2:C4"})
    EXPECT_NE(std::find(t3.merges.begin(), t3.merges.end(), merge), t3.merges.end()) << merge;
  const auto& t4 = (*sheets)[2];
  EXPECT_EQ(t4.cells.at("A2"), "行政复议");
  EXPECT_EQ(t4.cells.at("F3"), "未经复议直接起诉");
  EXPECT_EQ(t4.cells.at("O4"), "总计");
  EXPECT_EQ(t4.cells.at("E5"), "4");
  EXPECT_EQ(t4.cells.at("O5"), "1");
}

}  // namespace
}  // namespace gk::reports
