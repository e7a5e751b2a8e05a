// The statutory rules of enforcement publicity (RULES.md §6), table-driven:
// the publication clock on the working-day calendar (国办发〔2018〕118号,
// 总局令第45号), what is not published (warning only), the 3-month and
// 3-year periods and their end, withdrawal within 3 working days, the
// amounts in 万元, the dates the 双公示 files write, and the workflow table.
#include "supervision/enforcement_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/table_file.h"
#include "supervision/enforcement_service.h"
#include "supervision/enforcement_workflow.h"

namespace gk::supervision {
namespace {

Date D(const std::string& s) { return Date::Parse(s).value(); }

// 2025's National Day: 10-01 to 10-08 off, Sunday 09-28 and Saturday 10-11
// worked (国办发明电〔2024〕12号).
void Add2025(WorkCalendar& cal) {
  std::vector<Date> holidays;
  for (int d = 1; d <= 8; ++d) holidays.push_back(D("2025-10-0" + std::to_string(d)));
  ASSERT_TRUE(cal.AddYear(2025, holidays, {D("2025-09-28"), D("2025-10-11")}).ok());
}

TEST(EnforcementClockTest, DecisionsAreDueWithinTheirWorkingDays) {
  WorkCalendar cal;
  Add2025(cal);
  EnforcementSettings s;
  struct Case {
    DecisionKind kind;
    const char* decided;
    const char* due;
  };
  const Case cases[] = {
      // Friday before the holiday: 09-28 (make-up), 29, 30, 10-09, 10, 11 (make-up), 13.
      {DecisionKind::kLicence, "2025-09-26", "2025-10-13"},
      // A market-supervision penalty: 20 working days (总局令第45号).
      {DecisionKind::kPenalty, "2025-09-26", "2025-10-30"},
      {DecisionKind::kCoercive, "2025-09-26", "2025-10-30"},
      // An ordinary week: Monday + 7 = the next Wednesday.
      {DecisionKind::kLicence, "2025-11-03", "2025-11-12"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(PublishDue(cal, c.kind, D(c.decided), s).ToString(), c.due)
        << DecisionKindCode(c.kind) << " " << c.decided;
  // Under 国办发〔2018〕118号 alone penalties take 7 working days.
  s.penalty_days = 7;
  EXPECT_EQ(PublishDue(cal, DecisionKind::kPenalty, D("2025-09-26"), s).ToString(), "2025-10-13");
}

TEST(EnforcementClockTest, WithdrawalIsDueWithinThreeWorkingDays) {
  WorkCalendar cal;
  Add2025(cal);
  EnforcementSettings s;
  EXPECT_EQ(WithdrawDue(cal, D("2025-09-30"), s).ToString(), "2025-10-11");
  EXPECT_EQ(WithdrawDue(cal, D("2025-11-05"), s).ToString(), "2025-11-10");
}

TEST(EnforcementPeriodTest, MonthsAreAddedWithTheDayClampedToTheMonthsEnd) {
  struct Case {
    const char* from;
    int months;
    const char* to;
  };
  const Case cases[] = {{"2026-03-05", 3, "2026-06-05"},  {"2026-11-30", 3, "2027-02-28"},
                        {"2027-11-30", 3, "2028-02-29"},  {"2026-01-31", 1, "2026-02-28"},
                        {"2026-03-05", 36, "2029-03-05"}, {"2024-02-29", 12, "2025-02-28"},
                        {"2026-10-31", 2, "2026-12-31"}};
  for (const auto& c : cases) EXPECT_EQ(AddMonths(D(c.from), c.months).ToString(), c.to) << c.from << " + " << c.months;
}

TEST(EnforcementPeriodTest, OnlyCriticismAndLowFinesGetThreeMonths) {
  EnforcementSettings s;  // low fine: up to 10000 yuan
  struct Case {
    DecisionKind kind;
    const char* categories;
    int64_t fine_fen;
    int64_t confiscated_fen;
    bool short_period;
  };
  const Case cases[] = {
      {DecisionKind::kPenalty, "通报批评", 0, 0, true},
      {DecisionKind::kPenalty, "罚款", 500000, 0, true},
      {DecisionKind::kPenalty, "警告；罚款", 1000000, 0, true},  // exactly the threshold
      {DecisionKind::kPenalty, "罚款", 1000001, 0, false},
      {DecisionKind::kPenalty, "罚款;没收违法所得", 500000, 0, false},
      {DecisionKind::kPenalty, "罚款", 500000, 100, false},  // something confiscated
      {DecisionKind::kPenalty, "吊销许可证件", 0, 0, false},
      {DecisionKind::kPenalty, "", 0, 0, false},
      {DecisionKind::kLicence, "普通", 0, 0, false},
      {DecisionKind::kCoercive, "查封", 0, 0, false},
  };
  for (const auto& c : cases) {
    Decision d;
    d.kind = c.kind;
    d.categories = c.categories;
    d.fine_fen = c.fine_fen;
    d.confiscated_fen = c.confiscated_fen;
    EXPECT_EQ(HasShortPeriod(d, s), c.short_period) << c.categories << " " << c.fine_fen;
    EXPECT_EQ(PublicUntil(d, D("2026-01-15"), s).ToString(), c.short_period ? "2026-04-15" : "2029-01-15");
  }
  s.low_fine_yuan = 3000;
  Decision d;
  d.categories = "罚款";
  d.fine_fen = 500000;
  EXPECT_FALSE(HasShortPeriod(d, s));
}

TEST(EnforcementPeriodTest, ADecisionLeavesThePublicOnTheDayItsPeriodEnds) {
  Decision d;
  d.state = DecisionState::kPublished;
  d.published_on = D("2026-01-15");
  d.public_until = D("2026-04-15");
  EXPECT_TRUE(IsPublicOn(d, D("2026-04-14")));
  EXPECT_FALSE(IsExpiredOn(d, D("2026-04-14")));
  EXPECT_FALSE(IsPublicOn(d, D("2026-04-15")));
  EXPECT_TRUE(IsExpiredOn(d, D("2026-04-15")));
  EXPECT_EQ(StatusCode(d, D("2026-04-15")), "expired");
  d.state = DecisionState::kWithdrawn;
  EXPECT_FALSE(IsPublicOn(d, D("2026-02-01")));
  EXPECT_EQ(StatusLabel(d, D("2026-02-01")), "已撤下");
  Decision draft;
  draft.due_on = D("2026-02-01");
  EXPECT_EQ(StatusCode(draft, D("2026-02-01")), "draft");
  EXPECT_EQ(StatusCode(draft, D("2026-02-02")), "overdue");
  draft.publishable = false;
  EXPECT_EQ(StatusCode(draft, D("2026-02-02")), "not_public");
}

TEST(EnforcementPeriodTest, WarningOnlyPenaltiesAreNotPublished) {
  struct Case {
    DecisionKind kind;
    const char* categories;
    bool publishable;
  };
  const Case cases[] = {{DecisionKind::kPenalty, "警告", false},
                        {DecisionKind::kPenalty, " 警告 ", false},
                        {DecisionKind::kPenalty, "警告;罚款", true},
                        {DecisionKind::kPenalty, "通报批评", true},
                        {DecisionKind::kLicence, "警告", true}};
  for (const auto& c : cases) {
    Decision d;
    d.kind = c.kind;
    d.categories = c.categories;
    std::string why;
    EXPECT_EQ(IsPublishable(d, &why), c.publishable) << c.categories;
    if (!c.publishable) {
      EXPECT_NE(why.find("第45号"), std::string::npos);
    }
  }
  EXPECT_EQ(SplitCategories("罚款;没收违法所得、没收非法财物，警告"),
            (std::vector<std::string>{"罚款", "没收违法所得", "没收非法财物", "警告"}));
}

TEST(EnforcementAmountTest, WanYuanAreReadToTheFen) {
  struct Case {
    const char* text;
    bool ok;
    int64_t fen;
  };
  const Case cases[] = {{"0.5", true, 500000},      {"12", true, 12000000},  {"0.000001", true, 1},
                        {"1.5万元", true, 1500000}, {"300元", true, 30000},  {"", true, 0},
                        {" 2 ", true, 2000000},     {"0.0000001", false, 0}, {"abc", false, 0},
                        {"-1", false, 0},           {"1,000", false, 0},     {"1.2.3", false, 0},
                        {".5", false, 0},           {"3.005元", false, 0},   {"9999999999", false, 0}};
  for (const auto& c : cases) {
    int64_t fen = -1;
    EXPECT_EQ(ParseWanYuan(c.text, &fen), c.ok) << c.text;
    if (c.ok) {
      EXPECT_EQ(fen, c.fen) << c.text;
    }
  }
  EXPECT_EQ(FormatWanYuan(500000), "0.5");
  EXPECT_EQ(FormatWanYuan(12000000), "12");
  EXPECT_EQ(FormatWanYuan(1), "0.000001");
  EXPECT_EQ(FormatWanYuan(0), "0");
}

TEST(EnforcementDatesTest, TheFilesDatesAreReadInTheirUsualForms) {
  struct Case {
    const char* text;
    const char* date;  // "" for none
  };
  const Case cases[] = {{"2026-03-05", "2026-03-05"},
                        {"2026/3/5", "2026-03-05"},
                        {"2026.03.05", "2026-03-05"},
                        {"2026年3月5日", "2026-03-05"},
                        {"20260305", "2026-03-05"},
                        {"2026-3-5", "2026-03-05"},
                        {"2026-03-05 00:00:00", "2026-03-05"},
                        {"45658", "2025-01-01"},
                        {"2026-02-30", ""},
                        {"2026年3月", ""},
                        {"明天", ""},
                        {"", ""},
                        {"2026-03-05-01", ""},
                        {"26-3-5", ""}};
  for (const auto& c : cases) {
    auto d = ParseDayText(c.text);
    EXPECT_EQ(d ? d->ToString() : "", c.date) << c.text;
  }
}

TEST(EnforcementWorkflowTest, TheTableAllowsEachActionFromItsStateOnly) {
  using A = DecisionAction;
  using S = DecisionState;
  EXPECT_TRUE(StateAllows(A::kEdit, S::kDraft));
  EXPECT_FALSE(StateAllows(A::kEdit, S::kPublished));
  EXPECT_TRUE(StateAllows(A::kPublish, S::kDraft));
  EXPECT_FALSE(StateAllows(A::kPublish, S::kWithdrawn));
  EXPECT_TRUE(StateAllows(A::kWithdraw, S::kPublished));
  EXPECT_FALSE(StateAllows(A::kWithdraw, S::kDraft));
  EXPECT_EQ(NextState(A::kPublish, S::kDraft), S::kPublished);
  EXPECT_EQ(NextState(A::kWithdraw, S::kPublished), S::kWithdrawn);
  EXPECT_EQ(ActionPermission(A::kEdit), access::Permission::kManageEnforcement);
  EXPECT_EQ(ActionPermission(A::kPublish), access::Permission::kPublishEnforcement);

  Decision d;
  d.agency_id = 1;
  d.categories = "警告";
  access::User editor;
  editor.roles = {{access::Role::kEditor, 1, 0}};
  auto refusals = Refusals(A::kPublish, d, editor, {});
  ASSERT_EQ(refusals.size(), 2u);  // not an officer; warning only
  EXPECT_NE(refusals[0].find("公示行政执法决定"), std::string::npos) << refusals[0];
  EXPECT_NE(refusals[1].find("不予公示"), std::string::npos) << refusals[1];
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 1, 0}};
  d.categories = "罚款";
  EXPECT_TRUE(Refusals(A::kPublish, d, officer, {}).empty());
  access::User other;
  other.roles = {{access::Role::kOfficer, 2, 0}};
  EXPECT_EQ(Refusals(A::kPublish, d, other, {}).size(), 1u);
  EXPECT_TRUE(Refusals(A::kPublish, d, other, {2}).empty());  // agency 2 is the parent
}

}  // namespace
}  // namespace gk::supervision
