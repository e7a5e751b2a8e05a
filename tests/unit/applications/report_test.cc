// Tables 三 and 四 of the annual report (国办公开办函〔2021〕30号, RULES.md §3)
// from application records: a generated year checked cell by cell against
// counts computed here from the definitions, the balance check and its
// failures, the row and column titles and the exports.
#include "applications/report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "common/calendar.h"

namespace gk::applications {
namespace {

// Every outcome code in the report's order, by hand from RULES.md §3.
const std::vector<std::string>& ExpectedCodes() {
  static const std::vector<std::string> k = {"1",   "2",   "3.1", "3.2", "3.3", "3.4", "3.5",
                                             "3.6", "3.7", "3.8", "4.1", "4.2", "4.3", "5.1",
                                             "5.2", "5.3", "5.4", "5.5", "6.1", "6.2", "6.3"};
  return k;
}

int CodeIndex(const std::optional<Outcome>& o) {
  if (!o) return -1;
  for (size_t i = 0; i < ExpectedCodes().size(); ++i)
    if (ExpectedCodes()[i] == OutcomeCode(*o)) return static_cast<int>(i);
  return -1;
}

// The outcome of a code; none for "" (and for what is no code).
std::optional<Outcome> Decided(const std::string& code) {
  Outcome o;
  if (!ParseOutcome(code, &o)) return std::nullopt;
  return o;
}

std::string Ymd(int64_t days_since_epoch) { return Date::FromDays(days_since_epoch).ToString(); }

int64_t Days(const char* ymd) {
  auto d = Date::Parse(ymd);
  EXPECT_TRUE(d.ok()) << ymd;
  return d.ok() ? d->DaysSinceEpoch() : 0;
}

// ---------------------------------------------------------------------------
// A generated installation: cases received 2024–2026, closed or not.

std::vector<ReportCase> GenerateCases(std::mt19937& rng, int n) {
  const int64_t first = Days("2024-01-01");
  const int64_t last = Days("2026-12-31");
  std::uniform_int_distribution<int64_t> received(first, last);
  std::uniform_int_distribution<int> type(0, kApplicantTypes - 1);
  std::uniform_int_distribution<int> outcome(0, static_cast<int>(ExpectedCodes().size()) - 1);
  std::uniform_int_distribution<int> open(0, 4);        // 1 in 5 still open
  std::uniform_int_distribution<int64_t> took(0, 120);  // days to close
  std::uniform_int_distribution<int> slow(0, 9);        // 1 in 10 takes up to a year more
  std::uniform_int_distribution<int64_t> extra(0, 365);
  std::vector<ReportCase> cases;
  for (int i = 0; i < n; ++i) {
    ReportCase c;
    c.id = i + 1;
    const int64_t r = received(rng);
    c.number = Ymd(r).substr(0, 4) + "-" + std::to_string(10000 + i);
    c.type = static_cast<ApplicantType>(type(rng));
    c.received_on = Date::FromDays(r);
    if (open(rng) != 0) {
      int64_t closed = r + took(rng);
      if (slow(rng) == 0) closed += extra(rng);
      c.closed_on = Date::FromDays(closed);
      c.outcome = Decided(ExpectedCodes()[static_cast<size_t>(outcome(rng))]);
    } else if (open(rng) == 0) {
      c.outcome = Decided(ExpectedCodes()[static_cast<size_t>(outcome(rng))]);  // drafted, not yet issued
    }
    cases.push_back(c);
  }
  return cases;
}

std::vector<ReportAppeal> GenerateAppeals(std::mt19937& rng, const std::vector<ReportCase>& cases, int n) {
  const char* results[] = {"pending", "upheld", "corrected", "other"};
  std::uniform_int_distribution<size_t> which(0, cases.size() - 1);
  std::uniform_int_distribution<int> coin(0, 1);
  std::uniform_int_distribution<int> result(0, 3);
  std::uniform_int_distribution<int64_t> filed(Days("2024-01-01"), Days("2026-12-31"));
  std::uniform_int_distribution<int64_t> took(0, 300);
  std::vector<ReportAppeal> appeals;
  for (int i = 0; i < n; ++i) {
    ReportAppeal a;
    a.application_id = cases[which(rng)].id;
    a.kind = coin(rng) ? "reconsideration" : "litigation";
    a.after_reconsideration = coin(rng) == 1;  // ignored for reconsideration
    const int64_t f = filed(rng);
    a.filed_on = Date::FromDays(f);
    a.result = results[result(rng)];
    if (a.result != "pending") a.decided_on = Date::FromDays(f + took(rng));
    appeals.push_back(a);
  }
  return appeals;
}

// ---------------------------------------------------------------------------
// The expected counts, straight from the definitions in report.h.

struct Expected {
  std::array<int64_t, 7> received{}, carried_in{}, closed_total{}, carried_out{};
  std::vector<std::array<int64_t, 7>> by_outcome = std::vector<std::array<int64_t, 7>>(21);
  std::array<int64_t, 15> t4{};
};

void Count(std::array<int64_t, 7>& row, ApplicantType t) {
  row[static_cast<size_t>(t)] += 1;
  row[6] += 1;
}

Expected ExpectedFor(int year, const std::vector<ReportCase>& cases, const std::vector<ReportAppeal>& appeals) {
  const std::string jan1 = std::to_string(year) + "-01-01";
  const std::string dec31 = std::to_string(year) + "-12-31";
  Expected e;
  // Worked on the dates' text ("YYYY-MM-DD" sorts as the dates do).
  for (const auto& c : cases) {
    const std::string received_on = DateText(c.received_on), closed_on = DateText(c.closed_on);
    if (received_on.empty()) continue;
    const bool open = closed_on.empty();
    // 一 received in the year.
    if (received_on >= jan1 && received_on <= dec31) Count(e.received, c.type);
    // 二 received before the year, not closed before it.
    if (received_on < jan1 && (open || closed_on >= jan1)) Count(e.carried_in, c.type);
    // 三 closed in the year, by outcome.
    if (!open && closed_on >= jan1 && closed_on <= dec31) {
      const int i = CodeIndex(c.outcome);
      if (i >= 0) {
        Count(e.by_outcome[static_cast<size_t>(i)], c.type);
        Count(e.closed_total, c.type);
      }
    }
    // 四 received by the end of the year, not closed by then.
    if (received_on <= dec31 && (open || closed_on > dec31)) Count(e.carried_out, c.type);
  }
  for (const auto& a : appeals) {
    const std::string filed_on = DateText(a.filed_on), decided_on = DateText(a.decided_on);
    if (filed_on.substr(0, 4) != std::to_string(year)) continue;
    size_t block = 0;  // 行政复议
    if (a.kind == "litigation") block = a.after_reconsideration ? 2 : 1;
    size_t col = 3;  // 尚未审结 at the end of the year
    if (a.result != "pending" && !decided_on.empty() && decided_on <= dec31) {
      if (a.result == "upheld") col = 0;
      else if (a.result == "corrected") col = 1;
      else col = 2;
    }
    e.t4[block * 5 + col] += 1;
    e.t4[block * 5 + 4] += 1;
  }
  return e;
}

std::string Cell(int year, const std::string& row, size_t col) {
  return std::to_string(year) + " " + row + " column " + std::to_string(col);
}

void ExpectTablesMatch(int year, const AnnualTables& t, const Expected& e) {
  ASSERT_EQ(t.t3.outcomes.size(), ExpectedCodes().size());
  for (size_t col = 0; col < 7; ++col) {
    EXPECT_EQ(t.t3.received[col], e.received[col]) << Cell(year, "一", col);
    EXPECT_EQ(t.t3.carried_in[col], e.carried_in[col]) << Cell(year, "二", col);
    EXPECT_EQ(t.t3.closed_total[col], e.closed_total[col]) << Cell(year, "三（七）", col);
    EXPECT_EQ(t.t3.carried_out[col], e.carried_out[col]) << Cell(year, "四", col);
    for (size_t i = 0; i < ExpectedCodes().size(); ++i) {
      EXPECT_EQ(OutcomeCode(t.t3.outcomes[i].first), ExpectedCodes()[i]);
      EXPECT_EQ(t.t3.outcomes[i].second[col], e.by_outcome[i][col]) << Cell(year, "三 " + ExpectedCodes()[i], col);
    }
  }
  for (size_t i = 0; i < 15; ++i) EXPECT_EQ(t.t4[i], e.t4[i]) << year << " table 四 column " << i;
}

TEST(ApplicationReportTest, GeneratedYearsMatchIndependentCounts) {
  std::mt19937 rng(20250131);
  const auto cases = GenerateCases(rng, 600);
  const auto appeals = GenerateAppeals(rng, cases, 120);
  for (int year : {2024, 2025, 2026}) {
    const AnnualTables t = ComputeTables(year, cases, appeals);
    EXPECT_EQ(t.year, year);
    const Expected e = ExpectedFor(year, cases, appeals);
    ExpectTablesMatch(year, t, e);
    EXPECT_TRUE(t.balanced) << year;
    EXPECT_TRUE(t.imbalances.empty()) << year << ": " << t.imbalances.front().number;
    // The generator is not degenerate: every block has something in it.
    EXPECT_GT(e.received[6], 100) << year;
    EXPECT_GT(e.closed_total[6], 100) << year;
    EXPECT_GT(e.carried_out[6], 0) << year;
    EXPECT_GT(e.t4[4] + e.t4[9] + e.t4[14], 10) << year;
    if (year > 2024) {
      EXPECT_GT(e.carried_in[6], 0) << year;
    }
  }
}

TEST(ApplicationReportTest, SeveralSeedsMatchIndependentCounts) {
  for (unsigned seed : {1u, 7u, 42u, 2026u}) {
    std::mt19937 rng(seed);
    const auto cases = GenerateCases(rng, 300);
    const auto appeals = GenerateAppeals(rng, cases, 60);
    const AnnualTables t = ComputeTables(2025, cases, appeals);
    ExpectTablesMatch(2025, t, ExpectedFor(2025, cases, appeals));
  }
}

TEST(ApplicationReportTest, BalancesInEveryColumnAndCarriesOver) {
  std::mt19937 rng(99);
  const auto cases = GenerateCases(rng, 500);
  std::vector<AnnualTables> years;
  for (int year = 2023; year <= 2027; ++year) years.push_back(ComputeTables(year, cases, {}));
  for (const auto& t : years) {
    for (size_t col = 0; col < 7; ++col) {
      // 一 + 二 = 三（七） + 四
      EXPECT_EQ(t.t3.received[col] + t.t3.carried_in[col], t.t3.closed_total[col] + t.t3.carried_out[col])
          << Cell(t.year, "balance", col);
      // 三（七） is the sum of 三（一）–（六）.
      int64_t sum = 0;
      for (const auto& [o, row] : t.t3.outcomes) sum += row[col];
      EXPECT_EQ(sum, t.t3.closed_total[col]) << Cell(t.year, "三（七）", col);
    }
    // 总计 is the sum of the six applicant columns.
    for (const Row* row : {&t.t3.received, &t.t3.carried_in, &t.t3.closed_total, &t.t3.carried_out}) {
      int64_t sum = 0;
      for (size_t col = 0; col < 6; ++col) sum += (*row)[col];
      EXPECT_EQ(sum, (*row)[6]) << t.year;
    }
    EXPECT_TRUE(t.balanced) << t.year;
  }
  for (size_t i = 0; i + 1 < years.size(); ++i)
    for (size_t col = 0; col < 7; ++col)
      EXPECT_EQ(years[i].t3.carried_out[col], years[i + 1].t3.carried_in[col])
          << years[i].year << " → " << years[i + 1].year << " column " << col;
  // Before the first receipt nothing is carried in; after the last, nothing is received.
  EXPECT_EQ(years.front().t3.carried_in[6], 0);
  EXPECT_EQ(years.back().t3.received[6], 0);
}

// ---------------------------------------------------------------------------
// Boundaries of the year, one case at a time.

ReportCase One(const char* received, const char* closed, const char* outcome,
               ApplicantType type = ApplicantType::kResearch) {
  ReportCase c;
  c.id = 1;
  c.number = "2025-00001";
  c.type = type;
  c.received_on = DateOf(received);
  c.closed_on = DateOf(closed);
  c.outcome = Decided(outcome);
  return c;
}

TEST(ApplicationReportTest, YearBoundaries) {
  struct Case {
    const char* received;
    const char* closed;
    int received_n, carried_in, closed_n, carried_out;  // in 2025, column 科研机构
  };
  const Case cases[] = {
      {"2025-01-01", "2025-12-31", 1, 0, 1, 0}, {"2024-12-31", "2025-01-01", 0, 1, 1, 0},
      {"2024-12-31", "2024-12-31", 0, 0, 0, 0}, {"2024-12-31", "", 0, 1, 0, 1},
      {"2025-12-31", "2026-01-01", 1, 0, 0, 1}, {"2025-06-01", "", 1, 0, 0, 1},
      {"2026-01-01", "2026-01-02", 0, 0, 0, 0}, {"2023-03-01", "2026-03-01", 0, 1, 0, 1},
  };
  for (const Case& c : cases) {
    const auto t = ComputeTables(2025, {One(c.received, c.closed, "4.1")}, {});
    const std::string where = std::string(c.received) + " → " + c.closed;
    const size_t col = static_cast<size_t>(ApplicantType::kResearch);
    EXPECT_EQ(t.t3.received[col], c.received_n) << where;
    EXPECT_EQ(t.t3.carried_in[col], c.carried_in) << where;
    EXPECT_EQ(t.t3.closed_total[col], c.closed_n) << where;
    EXPECT_EQ(t.t3.carried_out[col], c.carried_out) << where;
    EXPECT_EQ(t.t3.outcomes[10].second[col], c.closed_n) << where;  // 三（四）1
    EXPECT_EQ(t.t3.received[6], c.received_n) << where;
    EXPECT_TRUE(t.balanced) << where;
  }
}

TEST(ApplicationReportTest, AppealsByResultAtTheEndOfTheYear) {
  struct Case {
    const char* kind;
    bool after;
    const char* filed;
    const char* result;
    const char* decided;
    int column;  // in 2025's table 四, or -1: not counted
  };
  const Case cases[] = {
      {"reconsideration", false, "2025-03-01", "upheld", "2025-05-01", 0},
      {"reconsideration", true, "2025-03-01", "corrected", "2025-05-01", 1},  // "after" ignored
      {"reconsideration", false, "2025-03-01", "other", "2025-12-31", 2},
      {"reconsideration", false, "2025-03-01", "pending", "", 3},
      {"reconsideration", false, "2025-11-01", "upheld", "2026-01-10", 3},  // decided next year
      {"litigation", false, "2025-01-01", "upheld", "2025-09-01", 5},
      {"litigation", false, "2025-12-31", "corrected", "2026-02-01", 8},
      {"litigation", true, "2025-07-01", "corrected", "2025-09-01", 11},
      {"litigation", true, "2025-07-01", "other", "2025-09-01", 12},
      {"litigation", true, "2025-07-01", "pending", "", 13},
      {"reconsideration", false, "2024-12-31", "upheld", "2025-02-01", -1},  // filed the year before
      {"litigation", true, "2026-01-01", "pending", "", -1},
  };
  for (const Case& c : cases) {
    ReportAppeal a;
    a.application_id = 1;
    a.kind = c.kind;
    a.after_reconsideration = c.after;
    a.filed_on = DateOf(c.filed);
    a.result = c.result;
    a.decided_on = DateOf(c.decided);
    const auto t = ComputeTables(2025, {}, {a});
    Table4 expected{};
    if (c.column >= 0) {
      expected[static_cast<size_t>(c.column)] = 1;
      expected[static_cast<size_t>(c.column / 5 * 5 + 4)] = 1;  // the block's 总计
    }
    EXPECT_EQ(t.t4, expected) << c.kind << " filed " << c.filed << " " << c.result << " " << c.decided;
  }
}

// ---------------------------------------------------------------------------
// Imbalances are named.

bool Names(const AnnualTables& t, const std::string& number) {
  for (const auto& b : t.imbalances)
    if (b.number == number && !b.problem.empty()) return true;
  return false;
}

TEST(ApplicationReportTest, ClosedWithoutOutcomeIsNamed) {
  std::vector<ReportCase> cases = {One("2025-02-01", "2025-03-01", "1"), One("2025-02-01", "2025-04-01", "")};
  cases[1].id = 2;
  cases[1].number = "2025-00002";
  const auto t = ComputeTables(2025, cases, {});
  EXPECT_FALSE(t.balanced);
  ASSERT_EQ(t.imbalances.size(), 1u);
  EXPECT_TRUE(Names(t, "2025-00002"));
  EXPECT_EQ(t.imbalances[0].id, 2);
  EXPECT_FALSE(Names(t, "2025-00001"));
  // A value that is no outcome counts as none.
  cases[1].outcome = Outcome{3, 9};
  EXPECT_TRUE(Names(ComputeTables(2025, cases, {}), "2025-00002"));
  // Carried in and closed without an outcome: named as well.
  cases[1] = One("2024-11-01", "2025-01-15", "");
  cases[1].number = "2024-00099";
  const auto carried = ComputeTables(2025, cases, {});
  EXPECT_FALSE(carried.balanced);
  EXPECT_TRUE(Names(carried, "2024-00099"));
}

TEST(ApplicationReportTest, ClosedBeforeReceivedIsNamed) {
  struct Case {
    const char* received;
    const char* closed;
  };
  const Case cases[] = {
      {"2025-05-01", "2025-04-30"},  // both in the year
      {"2025-05-01", "2024-12-01"},  // closed the year before
  };
  for (const Case& c : cases) {
    std::vector<ReportCase> v = {One("2025-02-01", "2025-03-01", "2"), One(c.received, c.closed, "1")};
    v[1].id = 7;
    v[1].number = "2025-00007";
    const auto t = ComputeTables(2025, v, {});
    EXPECT_FALSE(t.balanced) << c.received << " " << c.closed;
    EXPECT_TRUE(Names(t, "2025-00007")) << c.received << " " << c.closed;
    EXPECT_FALSE(Names(t, "2025-00001")) << c.received << " " << c.closed;
  }
}

TEST(ApplicationReportTest, NeverReceivedIsNotCounted) {
  std::mt19937 rng(5);
  auto cases = GenerateCases(rng, 200);
  const auto before = ComputeTables(2025, cases, {});
  // Withdrawn before 接收确认: closed, with an outcome, but never received.
  for (const char* closed : {"", "2025-06-01", "2024-06-01"}) {
    ReportCase ghost = One("", closed, "6.3");
    ghost.id = 999;
    ghost.number = "2025-09999";
    auto with = cases;
    with.push_back(ghost);
    const auto after = ComputeTables(2025, with, {});
    EXPECT_EQ(after.t3.received, before.t3.received) << closed;
    EXPECT_EQ(after.t3.carried_in, before.t3.carried_in) << closed;
    EXPECT_EQ(after.t3.closed_total, before.t3.closed_total) << closed;
    EXPECT_EQ(after.t3.carried_out, before.t3.carried_out) << closed;
    for (size_t i = 0; i < after.t3.outcomes.size(); ++i)
      EXPECT_EQ(after.t3.outcomes[i].second, before.t3.outcomes[i].second) << closed << " " << i;
    EXPECT_EQ(after.balanced, before.balanced) << closed;
    EXPECT_FALSE(Names(after, "2025-09999")) << closed;
  }
}

// ---------------------------------------------------------------------------
// Titles and exports

const std::vector<std::string>& ExpectedColumns() {
  static const std::vector<std::string> k = {"自然人",       "商业企业", "科研机构", "社会公益组织",
                                             "法律服务机构", "其他",     "总计"};
  return k;
}

// Table 三's rows, by hand from RULES.md §3; `false`: a heading without values.
const std::vector<std::pair<std::string, bool>>& ExpectedRows() {
  static const std::vector<std::pair<std::string, bool>> k = {
      {"一、本年新收政府信息公开申请数量", true},
      {"二、上年结转政府信息公开申请数量", true},
      {"三、本年度办理结果", false},
      {"（一）予以公开", true},
      {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", true},
      {"（三）不予公开", false},
      {"1.属于国家秘密", true},
      {"2.其他法律行政法规禁止公开", true},
      {"3.危及“三安全一稳定”", true},
      {"4.保护第三方合法权益", true},
      {"5.属于三类内部事务信息", true},
      {"6.属于四类过程性信息", true},
      {"7.属于行政执法案卷", true},
      {"8.属于行政查询事项", true},
      {"（四）无法提供", false},
      {"1.本机关不掌握相关政府信息", true},
      {"2.没有现成信息需要另行制作", true},
      {"3.补正后申请内容仍不明确", true},
      {"（五）不予处理", false},
      {"1.信访举报投诉类申请", true},
      {"2.重复申请", true},
      {"3.要求提供公开出版物", true},
      {"4.无正当理由大量反复申请", true},
      {"5.要求行政机关确认或重新出具已获取信息", true},
      {"（六）其他处理", false},
      {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", true},
      {"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", true},
      {"3.其他", true},
      {"（七）总计", true},
      {"四、结转下年度继续办理", true},
  };
  return k;
}

AnnualTables SampleTables() {
  std::mt19937 rng(31);
  const auto cases = GenerateCases(rng, 300);
  return ComputeTables(2025, cases, GenerateAppeals(rng, cases, 40));
}

TEST(ApplicationReportTest, Table3RowsAndColumns) {
  EXPECT_EQ(Table3Columns(), ExpectedColumns());
  const auto t = SampleTables();
  const auto rows = Table3Rows(t);
  ASSERT_EQ(rows.size(), ExpectedRows().size());
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].label, ExpectedRows()[i].first) << "row " << i;
    EXPECT_EQ(rows[i].has_values, ExpectedRows()[i].second) << rows[i].label;
  }
  EXPECT_TRUE(rows[2].heading);
  EXPECT_EQ(rows[0].values, t.t3.received);
  EXPECT_EQ(rows[1].values, t.t3.carried_in);
  EXPECT_EQ(rows[28].values, t.t3.closed_total);
  EXPECT_EQ(rows[29].values, t.t3.carried_out);
  // The outcome rows carry their own counts, in AllOutcomes() order.
  size_t next = 0;
  for (const auto& r : rows) {
    if (!r.has_values || r.label.starts_with("一") || r.label.starts_with("二") || r.label.starts_with("四") ||
        r.label == "（七）总计")
      continue;
    ASSERT_LT(next, t.t3.outcomes.size());
    EXPECT_EQ(r.values, t.t3.outcomes[next].second) << r.label;
    ++next;
  }
  EXPECT_EQ(next, 21u);
}

TEST(ApplicationReportTest, Table4Columns) {
  const auto cols = Table4Columns();
  ASSERT_EQ(cols.size(), 15u);
  const char* blocks[] = {"行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉"};
  const char* results[] = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
  for (size_t b = 0; b < 3; ++b)
    for (size_t r = 0; r < 5; ++r) {
      EXPECT_NE(cols[b * 5 + r].find(blocks[b]), std::string::npos) << cols[b * 5 + r];
      EXPECT_NE(cols[b * 5 + r].find(results[r]), std::string::npos) << cols[b * 5 + r];
    }
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // RFC 4180 ends records with CRLF
    out.push_back(line);
  }
  return out;
}

TEST(ApplicationReportTest, CsvHasTheTitlesAndEveryCell) {
  const auto t = SampleTables();
  const std::string csv = TablesCsv(t);
  for (const auto& c : ExpectedColumns()) EXPECT_NE(csv.find(c), std::string::npos) << c;
  for (const auto& c : Table4Columns()) EXPECT_NE(csv.find(c), std::string::npos) << c;
  EXPECT_NE(csv.find("2025"), std::string::npos);
  // Each row of table 三: its label, then 7 cells (empty for headings).
  const auto lines = Lines(csv);
  for (const auto& [label, has_values] : ExpectedRows()) {
    auto it =
        std::find_if(lines.begin(), lines.end(), [&](const std::string& l) { return l.starts_with(label + ","); });
    ASSERT_NE(it, lines.end()) << label;
    EXPECT_EQ(std::count(it->begin(), it->end(), ','), 7) << *it;
    if (!has_values) {
      EXPECT_EQ(*it, label + ",,,,,,,") << *it;
    }
  }
  std::string first = "一、本年新收政府信息公开申请数量";
  for (auto v : t.t3.received) first += "," + std::to_string(v);
  EXPECT_NE(std::find(lines.begin(), lines.end(), first), lines.end()) << csv;
  std::string t4;
  for (size_t i = 0; i < t.t4.size(); ++i) t4 += (i ? "," : "") + std::to_string(t.t4[i]);
  EXPECT_NE(std::find(lines.begin(), lines.end(), t4), lines.end()) << csv;
}

TEST(ApplicationReportTest, JsonParsesWithEveryRow) {
  auto t = SampleTables();
  t.imbalances.push_back({42, "2025-00042", "已办结但没有记录办理结果"});
  t.balanced = false;
  const auto j = nlohmann::json::parse(TablesJson(t));
  EXPECT_EQ(j.at("year").get<int>(), 2025);
  EXPECT_FALSE(j.at("balanced").get<bool>());
  EXPECT_EQ(j.at("table3").at("columns").get<std::vector<std::string>>(), ExpectedColumns());
  const auto& rows = j.at("table3").at("rows");
  ASSERT_EQ(rows.size(), ExpectedRows().size());
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].at("label").get<std::string>(), ExpectedRows()[i].first);
    EXPECT_EQ(rows[i].contains("values"), ExpectedRows()[i].second) << i;
    if (rows[i].contains("values")) {
      EXPECT_EQ(rows[i]["values"].size(), 7u) << i;
    }
  }
  EXPECT_EQ(rows[0].at("values").get<std::vector<int64_t>>(),
            std::vector<int64_t>(t.t3.received.begin(), t.t3.received.end()));
  const auto& t4 = j.at("table4");
  ASSERT_EQ(t4.at("values").size(), 15u);
  EXPECT_EQ(t4.at("columns").size(), 15u);
  EXPECT_EQ(t4.at("values").get<std::vector<int64_t>>(), std::vector<int64_t>(t.t4.begin(), t.t4.end()));
  ASSERT_EQ(j.at("imbalances").size(), 1u);
  EXPECT_EQ(j["imbalances"][0].at("number").get<std::string>(), "2025-00042");
}

// ---------------------------------------------------------------------------
// Outcome codes

TEST(ApplicationReportTest, OutcomeCodesRoundTrip) {
  const auto all = AllOutcomes();
  ASSERT_EQ(all.size(), 21u);
  std::vector<std::string> codes;
  for (Outcome o : all) {
    EXPECT_TRUE(ValidOutcome(o));
    const std::string code = OutcomeCode(o);
    codes.push_back(code);
    Outcome back{9, 9};
    ASSERT_TRUE(ParseOutcome(code, &back)) << code;
    EXPECT_EQ(back, o) << code;
    EXPECT_FALSE(OutcomeLabel(o).empty()) << code;
    EXPECT_STRNE(OutcomeRowTitle(o.row), "") << code;
    if (o.sub) {
      EXPECT_STRNE(OutcomeSubTitle(o.row, o.sub), "") << code;
    }
  }
  EXPECT_EQ(codes, ExpectedCodes());
  EXPECT_EQ(OutcomeLabel({3, 4}), "不予公开·保护第三方合法权益");
  EXPECT_EQ(OutcomeLabel({1, 0}), "予以公开");
}

TEST(ApplicationReportTest, InvalidOutcomeCodesRejected) {
  for (const char* bad : {"0", "1.1", "2.1", "3.9",  "3.0", "4.4",  "5.6", "6.4", "7",    "3.",
                          "x", "",    ".1",  "3.1x", "-1",  "3.-1", " 1",  "1 ",  "3..1", "3.1.1"}) {
    Outcome out{9, 9};
    EXPECT_FALSE(ParseOutcome(bad, &out)) << "\"" << bad << "\"";
    EXPECT_EQ(out, (Outcome{9, 9})) << "unchanged on failure: " << bad;
  }
  for (Outcome o : {Outcome{0, 0}, Outcome{1, 1}, Outcome{3, 0}, Outcome{3, 9}, Outcome{7, 0}}) {
    EXPECT_FALSE(ValidOutcome(o)) << o.row << "." << o.sub;
    EXPECT_EQ(OutcomeCode(o), "") << o.row << "." << o.sub;
  }
}

TEST(ApplicationReportTest, ParseOutcomeAcceptsOnlyCanonicalCodes) {
  for (const char* bad : {"03.1", "3.01", "01", "006.2"}) {
    Outcome out;
    EXPECT_FALSE(ParseOutcome(bad, &out)) << bad;
  }
}

}  // namespace
}  // namespace gk::applications
