// The site-health rules (health/model.h, RULES.md §8) on fixed dates.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "health/model.h"

namespace gk::health {
namespace {

Date D(const char* s) { return Date::Parse(s).value(); }
const Date kToday = D("2026-03-31");

ColumnFacts Col(int64_t id, UpdateRule rule, std::optional<Date> last, int64_t items = 3) {
  ColumnFacts c;
  c.id = id;
  c.agency_id = 1;
  c.agency = "市局";
  c.name = "栏目" + std::to_string(id);
  c.rule = rule;
  c.last = last;
  c.items = items;
  return c;
}

Facts Base() {
  Facts f;
  f.today = kToday;
  f.homepage_last = kToday;
  return f;
}

std::vector<std::string> Rules(const Report& r, Severity s) {
  std::vector<std::string> out;
  for (const auto& f : r.findings)
    if (f.severity == s) out.push_back(f.rule);
  return out;
}

TEST(FreshUntilTest, TwoWeeksAndSixMonthsByTheCalendar) {
  EXPECT_EQ(FreshUntil(UpdateRule::kTwoWeeks, D("2026-03-17")), D("2026-03-31"));
  EXPECT_EQ(FreshUntil(UpdateRule::kSixMonths, D("2025-08-31")), D("2026-02-28"));
  EXPECT_EQ(FreshUntil(UpdateRule::kSixMonths, D("2023-08-31")), D("2024-02-29"));
  EXPECT_FALSE(FreshUntil(UpdateRule::kNone, D("2026-01-01")));
  EXPECT_EQ(DefaultUpdateRule("gzdt"), UpdateRule::kTwoWeeks);
  EXPECT_EQ(DefaultUpdateRule("tzgg"), UpdateRule::kSixMonths);
  EXPECT_EQ(DefaultUpdateRule("zcwj"), UpdateRule::kSixMonths);
  EXPECT_EQ(DefaultUpdateRule("xxgk-zn"), UpdateRule::kNone);
  UpdateRule r;
  EXPECT_TRUE(ParseUpdateRule("6m", &r));
  EXPECT_EQ(r, UpdateRule::kSixMonths);
  EXPECT_FALSE(ParseUpdateRule("3m", &r));
}

TEST(EvaluateTest, TheHomePageVetoesAfterTwoWeeksAndIsNearFromTenDays) {
  struct Case {
    std::optional<Date> last;
    std::vector<std::string> veto, near;
  };
  const Case cases[] = {
      {kToday.AddDays(-9), {}, {}},
      {kToday.AddDays(-10), {}, {"homepage"}},
      {kToday.AddDays(-14), {}, {"homepage"}},
      {kToday.AddDays(-15), {"homepage"}, {}},
      {std::nullopt, {"homepage"}, {}},
  };
  for (const auto& c : cases) {
    Facts f = Base();
    f.homepage_last = c.last;
    const Report r = Evaluate(f);
    EXPECT_EQ(Rules(r, Severity::kVeto), c.veto) << DateText(c.last);
    EXPECT_EQ(Rules(r, Severity::kNear), c.near) << DateText(c.last);
  }
}

TEST(EvaluateTest, FiveStaleColumnsOfEitherClassVeto) {
  Facts f = Base();
  // Stale: three 2-week columns, one 6-month column, one 2-week column never updated (and empty).
  f.columns = {Col(1, UpdateRule::kTwoWeeks, kToday.AddDays(-15)), Col(2, UpdateRule::kTwoWeeks, kToday.AddDays(-40)),
               Col(3, UpdateRule::kTwoWeeks, kToday.AddDays(-100)), Col(4, UpdateRule::kSixMonths, D("2025-09-30")),
               Col(5, UpdateRule::kTwoWeeks, std::nullopt, 0),
               // Fresh, near, and without a requirement.
               Col(6, UpdateRule::kTwoWeeks, kToday), Col(7, UpdateRule::kTwoWeeks, kToday.AddDays(-12)),
               Col(8, UpdateRule::kSixMonths, D("2025-10-15")), Col(9, UpdateRule::kNone, D("2019-01-01"))};
  Report r = Evaluate(f);
  EXPECT_EQ(r.stale_columns, 5);
  EXPECT_EQ(r.empty_columns, 1);
  EXPECT_EQ(Rules(r, Severity::kVeto), std::vector<std::string>{"columns"});
  // 7 is 2 days from its limit, 8 is 15 days from 2026-04-15; the one empty column is near the empty rule.
  EXPECT_EQ(Rules(r, Severity::kNear), (std::vector<std::string>{"column_stale", "column_stale", "empty_columns"}));
  f.columns.erase(f.columns.begin());  // four stale: near, not veto
  r = Evaluate(f);
  EXPECT_EQ(r.stale_columns, 4);
  EXPECT_TRUE(Rules(r, Severity::kVeto).empty());
  // Six calendar months: updated on 1 October, fresh until 1 April; on 30 September, until 30 March.
  f.columns = {Col(1, UpdateRule::kSixMonths, D("2025-10-01"))};
  EXPECT_EQ(Evaluate(f).stale_columns, 0);
  f.columns = {Col(1, UpdateRule::kSixMonths, D("2025-09-30"))};
  EXPECT_EQ(Evaluate(f).stale_columns, 1);
}

TEST(EvaluateTest, FiveEmptyColumnsVeto) {
  Facts f = Base();
  for (int i = 1; i <= 5; ++i) f.columns.push_back(Col(i, UpdateRule::kNone, std::nullopt, 0));
  f.columns.push_back(Col(6, UpdateRule::kNone, std::nullopt, 0));
  f.columns.back().leaf_list = false;  // a parent: never "empty"
  const Report r = Evaluate(f);
  EXPECT_EQ(r.empty_columns, 5);
  EXPECT_EQ(Rules(r, Severity::kVeto), std::vector<std::string>{"empty_columns"});
}

TEST(EvaluateTest, EachAgencysColumnsAreCountedOnTheirOwn) {
  Facts f = Base();
  for (int i = 1; i <= 6; ++i) {
    f.columns.push_back(Col(i, UpdateRule::kNone, std::nullopt, 0));
    f.columns.back().agency_id = i <= 3 ? 1 : 2;
  }
  Report r = Evaluate(f);
  EXPECT_EQ(r.empty_columns, 6);
  EXPECT_TRUE(Rules(r, Severity::kVeto).empty()) << "three empty columns in each of two portals";
  f.columns.push_back(Col(7, UpdateRule::kNone, std::nullopt, 0));
  f.columns.back().agency_id = 2;
  f.columns.push_back(Col(8, UpdateRule::kNone, std::nullopt, 0));
  f.columns.back().agency_id = 2;
  r = Evaluate(f);
  ASSERT_EQ(Rules(r, Severity::kVeto), std::vector<std::string>{"empty_columns"});
  EXPECT_EQ(r.findings[0].agency_id, 2);
}

TEST(EvaluateTest, MessagesPastThreeMonthsVetoAndPastTwoAreNear) {
  Facts f = Base();
  f.messages = {{7, 1, "关于某事的咨询", D("2025-12-20"), true}, {8, 1, "另一咨询", D("2026-01-20"), false}};
  const Report r = Evaluate(f);
  EXPECT_EQ(r.vetoes, 1);
  EXPECT_EQ(r.near, 1);
  EXPECT_EQ(r.findings[0].url, "/console/messages/7");
  EXPECT_EQ(r.findings[0].agency_id, 1);
}

TEST(EvaluateTest, ContentProblemsWarnAndComeLast) {
  Facts f = Base();
  f.homepage_last = std::nullopt;
  f.links = {{1, "某通知", "/console/items/3", "/items/X/2026-00001", false}, {1, "某通知", "/console/items/3", "表.pdf", true}};
  f.metadata = {{1, "某公告", "/console/items/4", {"成文日期", "主题分类"}}};
  f.metadata_total = 3;
  f.interpretations_missing = {{1, "某政策", "/console/items/5"}};
  const Report r = Evaluate(f);
  ASSERT_EQ(r.findings.size(), 6u);
  EXPECT_EQ(r.findings[0].rule, "homepage");
  EXPECT_EQ(Rules(r, Severity::kWarning),
            (std::vector<std::string>{"link", "attachment", "metadata", "metadata", "interpretation"}));
  EXPECT_NE(r.findings[3].message.find("缺少成文日期、主题分类"), std::string::npos) << r.findings[3].message;
  EXPECT_NE(r.findings[4].message.find("另有 2 条"), std::string::npos) << r.findings[4].message;
  const auto j = nlohmann::json::parse(ReportJson(r));
  EXPECT_EQ(j["vetoes"], 1);
  EXPECT_EQ(j["findings"].size(), 6u);
  EXPECT_EQ(j["findings"][0]["severity"], "veto");
}

TEST(InternalLinksTest, SitePathsOfLinksImagesAndAutolinks) {
  EXPECT_EQ(InternalLinks("见[通知](/items/11370100MB28696235/2026-00001)和![图](/files/3/图.png \"标题\")。"),
            (std::vector<std::string>{"/items/11370100MB28696235/2026-00001", "/files/3/图.png"}));
  EXPECT_EQ(InternalLinks("<https://www.gov.cn/> [外链](https://example.com) [相对](a/b) <//cdn.example.com/x> </columns/tzgg>"),
            std::vector<std::string>{"/columns/tzgg"});
  EXPECT_TRUE(InternalLinks("没有链接 [未闭合](/items/x").empty());
  EXPECT_TRUE(InternalLinks("").empty());
}

}  // namespace
}  // namespace gk::health
