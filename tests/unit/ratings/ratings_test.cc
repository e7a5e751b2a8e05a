// 好差评: the follow-up deadlines (国办发〔2019〕51号: 回访 in 1 working day,
// 整改 in 15) on fixed calendar data, the monthly tally, the workflow
// table, and a bad rating's life through the service on both backends.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/clock.h"
#include "ratings/service.h"
#include "text/markdown.h"
#include "testutil/test_db.h"

namespace gk::ratings {
namespace {

Date D(const char* s) { return DateOf(s).value(); }

TEST(RatingRulesTest, BadRatingsAreDueInWorkingDays) {
  WorkCalendar calendar;  // no published year: Monday to Friday
  struct Case {
    const char* rated;
    int level;
    const char* visit;
    const char* rectify;
  } cases[] = {
      {"2026-09-21", 2, "2026-09-22", "2026-10-12"},  // Monday
      {"2026-09-25", 1, "2026-09-28", "2026-10-16"},  // Friday: the visit is Monday
      {"2026-09-26", 1, "2026-09-28", "2026-10-16"},  // Saturday
      {"2026-09-21", 3, "", ""},                      // 基本满意 is not a 差评
      {"2026-09-21", 5, "", ""},
  };
  for (const auto& c : cases) {
    Rating r;
    r.level = c.level;
    r.rated_on = D(c.rated);
    ScheduleFollowUp(&r, calendar, {});
    EXPECT_EQ(DateText(r.visit_due), c.visit) << c.rated << " " << c.level;
    EXPECT_EQ(DateText(r.rectify_due), c.rectify) << c.rated << " " << c.level;
  }
  Rating r;
  r.level = 1;
  r.rated_on = D("2026-09-21");
  ScheduleFollowUp(&r, calendar, {2, 10});
  EXPECT_EQ(DateText(r.visit_due), "2026-09-23");
  EXPECT_EQ(DateText(r.rectify_due), "2026-10-05");
}

TEST(RatingRulesTest, OverdueByStateAndDate) {
  Rating r;
  r.level = 1;
  r.visit_due = D("2026-09-22");
  r.rectify_due = D("2026-10-12");
  struct Case {
    RatingState state;
    const char* today;
    bool visit, rectify;
  } cases[] = {
      {RatingState::kOpen, "2026-09-22", false, false},      {RatingState::kOpen, "2026-09-23", true, false},
      {RatingState::kOpen, "2026-10-13", true, true},        {RatingState::kVisited, "2026-10-12", false, false},
      {RatingState::kVisited, "2026-10-13", false, true},    {RatingState::kRectified, "2026-12-01", false, false},
      {RatingState::kAppealed, "2026-12-01", false, false},  {RatingState::kExcluded, "2026-12-01", false, false},
  };
  for (const auto& c : cases) {
    r.state = c.state;
    EXPECT_EQ(VisitOverdue(r, D(c.today)), c.visit) << RatingStateCode(c.state) << " " << c.today;
    EXPECT_EQ(RectifyOverdue(r, D(c.today)), c.rectify) << RatingStateCode(c.state) << " " << c.today;
  }
}

TEST(RatingRulesTest, TallyCountsByServiceWithoutExcluded) {
  auto make = [](const char* subject, const char* dept, int level, RatingState s) {
    Rating r;
    r.subject_label = subject;
    r.department = dept;
    r.level = level;
    r.state = s;
    return r;
  };
  std::vector<Rating> all = {make("食品经营许可", "审批处", 5, RatingState::kClosed),
                             make("食品经营许可", "审批处", 4, RatingState::kClosed),
                             make("食品经营许可", "审批处", 2, RatingState::kRectified),
                             make("食品经营许可", "审批处", 1, RatingState::kOpen),
                             make("食品经营许可", "审批处", 1, RatingState::kExcluded),
                             make("企业设立登记", "登记处", 3, RatingState::kClosed)};
  MonthStats s = Tally(all);
  ASSERT_EQ(s.lines.size(), 2u);
  const StatLine& food = s.lines[1].subject == "食品经营许可" ? s.lines[1] : s.lines[0];
  EXPECT_EQ(food.Total(), 4);
  EXPECT_EQ(food.Bad(), 2);
  EXPECT_EQ(food.rectified, 1);
  EXPECT_EQ(food.GoodPerMille(), 500);
  EXPECT_EQ(s.total.Total(), 5);
  EXPECT_EQ(s.total.GoodPerMille(), 600);
  EXPECT_EQ(PercentText(600), "60%");
  EXPECT_EQ(PercentText(985), "98.5%");
  EXPECT_EQ(PercentText(-1), "—");
  EXPECT_EQ(Tally({}).total.GoodPerMille(), -1);
}

TEST(RatingWorkflowTest, TheTableAllowsEachStepFromItsStateOnly) {
  using A = RatingAction;
  using S = RatingState;
  EXPECT_TRUE(StateAllows(A::kVisit, S::kOpen));
  EXPECT_FALSE(StateAllows(A::kVisit, S::kClosed));
  EXPECT_FALSE(StateAllows(A::kRectify, S::kOpen));  // visit first
  EXPECT_EQ(NextState(A::kRectify, S::kVisited), S::kRectified);
  EXPECT_EQ(NextState(A::kRespond, S::kRectified), S::kClosed);
  EXPECT_FALSE(StateAllows(A::kAppeal, S::kOpen));  // checked by a visit first
  EXPECT_EQ(NextState(A::kAppeal, S::kVisited), S::kAppealed);
  EXPECT_EQ(NextState(A::kAcceptAppeal, S::kAppealed), S::kExcluded);
  EXPECT_EQ(NextState(A::kRejectAppeal, S::kAppealed), S::kVisited);
  EXPECT_EQ(ActionPermission(A::kVisit), access::Permission::kHandleRatings);
  EXPECT_EQ(ActionPermission(A::kAcceptAppeal), access::Permission::kManageRatings);
  for (A a : AllRatingActions()) {
    A back;
    EXPECT_TRUE(ParseRatingAction(RatingActionCode(a), &back));
    EXPECT_EQ(back, a);
  }
}

// The month's report as Markdown: the figures in a table with the total
// row, each bad rating with its handling, the raters' words kept as text
// (a '|' or a line break stays inside its cell).
TEST(RatingReportTest, TablesOfFiguresAndHandling) {
  MonthReport r;
  r.agency_id = 7;
  r.agency_name = "济南市市场监督管理局";
  r.month = "2026-10";
  r.as_of = Date::Parse("2026-11-05").value();
  Rating good, bad;
  good.subject_label = bad.subject_label = "食品经营许可";
  good.department = bad.department = "行政审批服务处";
  good.level = 5;
  bad.level = 1;
  bad.state = RatingState::kClosed;
  bad.rated_on = Date::Parse("2026-10-09").value();
  bad.public_comment = "排队|两小时\n*没人*管";
  bad.rectify_note = "增开窗口";
  bad.rectified_on = bad.closed_on = Date::Parse("2026-10-12").value();
  bad.response = "satisfied";
  bad.response_note = "我的电话 139****8888";
  r.stats = Tally({good, bad});
  r.bad = {bad};
  r.bad_total = 1;
  EXPECT_EQ(ReportSource(7, "2026-10"), "ratings/7/2026-10");
  EXPECT_EQ(ReportTitle("2026-10"), "2026年10月政务服务“好差评”情况");
  EXPECT_EQ(ReportSummary(r), "2026年10月，济南市市场监督管理局共收到政务服务评价 2 条，好评率 50%；差评 1 条，已整改 1 条。");
  const std::string html = text::RenderMarkdown(ReportMarkdown(r));
  EXPECT_NE(html.find("<table"), std::string::npos) << html;
  EXPECT_NE(html.find("<td>食品经营许可</td>"), std::string::npos) << html;
  EXPECT_NE(html.find("<td>排队|两小时 *没人*管</td>"), std::string::npos) << html;
  EXPECT_NE(html.find("<td>增开窗口</td>"), std::string::npos);
  EXPECT_NE(html.find("<td>满意</td>"), std::string::npos) << "the rater's response";
  EXPECT_EQ(html.find("139"), std::string::npos) << "the rater's own note stays with staff";
  EXPECT_NE(html.find("2026-11-05"), std::string::npos) << "as of";
  EXPECT_NE(html.find("合计"), std::string::npos);

  MonthReport empty;
  empty.agency_name = "济南市市场监督管理局";
  empty.month = "2026-10";
  EXPECT_EQ(ReportSummary(empty), "2026年10月，济南市市场监督管理局未收到政务服务评价。");
  EXPECT_NE(ReportMarkdown(empty).find("本月无差评"), std::string::npos);
  const auto item = ReportItem(r, "fdnr-hcp");
  EXPECT_EQ(item.source, "ratings/7/2026-10");
  EXPECT_EQ(item.column_code, "fdnr-hcp");
  EXPECT_EQ(DateText(item.written_on), "2026-11-05");
}

class RatingServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(testing::AddTestAgencies(*tdb_->db(), false).ok());
    svc_ = std::make_unique<RatingService>(tdb_->db(), clock_, calendar_, RatingSettings{});
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
    editor_.roles = {{access::Role::kEditor, 1, 0}};
    FieldErrors errors;
    auto id = svc_->AddService(actor_, officer_, {0, 1, "食品经营许可", "行政审批服务处", true}, &errors);
    ASSERT_TRUE(id.ok()) << id.status().message();
    service_ = id.value();
  }
  RatingForm Form(const char* level, const char* comment) {
    RatingForm f;
    f.service_id = service_;
    f.level = level;
    f.channel = "window";
    f.comment = comment;
    return f;
  }

  std::unique_ptr<testing::TestDatabase> tdb_;
  FakeClock clock_{1790000000};  // 2026-09-21 (Monday) China time
  WorkCalendar calendar_;
  std::unique_ptr<RatingService> svc_;
  access::Actor actor_{0, "测试", "127.0.0.1"};
  access::User officer_, editor_;
  int64_t service_ = 0;
};

TEST_P(RatingServiceTest, EveryProblemAtOnceAndNothingStored) {
  FieldErrors errors;
  RatingForm f;
  f.level = "7";
  f.channel = "fax";
  f.comment = std::string(600 * 3, 'x');
  EXPECT_FALSE(svc_->Submit(actor_, f, &errors).ok());
  for (const char* field : {"level", "channel", "comment", "service_id"}) EXPECT_FALSE(errors.Get(field).empty()) << field;
  // A 差评 without its reason.
  EXPECT_FALSE(svc_->Submit(actor_, Form("2", " "), &errors).ok());
  EXPECT_NE(errors.Get("comment").find("请写明原因"), std::string::npos);
  // An application that cannot be found.
  f = Form("5", "");
  f.kind = SubjectKind::kApplication;
  f.application_number = "2026-000001";
  f.application_code = "AAAA-BBBB-CCCC";
  EXPECT_FALSE(svc_->Submit(actor_, f, &errors).ok());
  EXPECT_FALSE(errors.Get("application_number").empty());
  EXPECT_EQ(svc_->List({})->total, 0);
  // Check says the same without storing.
  EXPECT_FALSE(svc_->Check(Form("2", ""), &errors).ok());
  EXPECT_FALSE(errors.Get("comment").empty());
}

TEST_P(RatingServiceTest, ABadRatingIsFollowedUpToTheRatersResponse) {
  FieldErrors errors;
  auto good = svc_->Submit(actor_, Form("5", "很好"), &errors);
  ASSERT_TRUE(good.ok());
  EXPECT_FALSE(good->bad);
  EXPECT_EQ(svc_->Get(good->id)->state, RatingState::kClosed);

  auto bad = svc_->Submit(actor_, Form("1", "排队两小时，电话13905318888没人接"), &errors);
  ASSERT_TRUE(bad.ok()) << errors.ToStatus().message();
  auto r = svc_->Get(bad->id);
  EXPECT_EQ(r->state, RatingState::kOpen);
  EXPECT_EQ(DateText(r->visit_due), "2026-09-22");
  EXPECT_EQ(DateText(r->rectify_due), "2026-10-12");
  EXPECT_EQ(r->public_comment.find("13905318888"), std::string::npos) << r->public_comment;
  EXPECT_NE(r->comment.find("13905318888"), std::string::npos);
  EXPECT_EQ(r->subject_label, "食品经营许可");
  EXPECT_EQ(r->department, "行政审批服务处");

  // The rater's code finds it; a wrong one does not.
  EXPECT_TRUE(svc_->Lookup(bad->id, bad->code).ok());
  EXPECT_TRUE(svc_->Lookup(bad->id, "  " + bad->code.substr(0, 4) + bad->code.substr(5)).ok()) << "typed without dashes";
  EXPECT_EQ(svc_->Lookup(bad->id, "AAAA-BBBB-CCCC").status().code(), Code::kNotFound);
  EXPECT_EQ(svc_->Lookup(good->id, bad->code).status().code(), Code::kNotFound);

  // Overdue on the second day without a visit.
  EXPECT_EQ(svc_->Overdue(nullptr).value(), 0);
  clock_.Advance(2 * 86400);
  EXPECT_EQ(svc_->Overdue(nullptr).value(), 1);
  store::RatingFilter late;
  late.overdue_on = svc_->Today().ToString();
  EXPECT_EQ(svc_->List(late)->total, 1);

  // Steps in order, each with its note; the rater answers before closing.
  EXPECT_EQ(svc_->Act(actor_, editor_, bad->id, RatingAction::kRectify, "x", "", &errors).code(), Code::kConflict);
  EXPECT_FALSE(svc_->Act(actor_, editor_, bad->id, RatingAction::kVisit, " ", "", &errors).ok());
  EXPECT_FALSE(errors.Get("note").empty());
  ASSERT_TRUE(svc_->Act(actor_, editor_, bad->id, RatingAction::kVisit, "已电话回访", "", &errors).ok());
  EXPECT_EQ(svc_->Overdue(nullptr).value(), 0);
  EXPECT_EQ(svc_->RaterRespond(actor_, bad->id, bad->code, "satisfied", "", &errors).code(), Code::kConflict);
  ASSERT_TRUE(svc_->Act(actor_, editor_, bad->id, RatingAction::kRectify, "增开窗口", "", &errors).ok());
  EXPECT_FALSE(svc_->RaterRespond(actor_, bad->id, bad->code, "maybe", "", &errors).ok());
  EXPECT_EQ(svc_->RaterRespond(actor_, bad->id, "WRONG-CODE-0000", "satisfied", "", &errors).code(), Code::kNotFound);
  ASSERT_TRUE(svc_->RaterRespond(actor_, bad->id, bad->code, "satisfied", "改进明显", &errors).ok());
  r = svc_->Get(bad->id);
  EXPECT_EQ(r->state, RatingState::kClosed);
  EXPECT_EQ(r->response, "satisfied");
  EXPECT_EQ(r->rectify_note, "增开窗口");

  auto stats = svc_->Stats("2026-09", nullptr);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->total.Total(), 2);
  EXPECT_EQ(stats->total.Bad(), 1);
  EXPECT_EQ(stats->total.rectified, 1);
  EXPECT_EQ(svc_->Stats("2026-08", nullptr)->total.Total(), 0);
}

TEST_P(RatingServiceTest, AnAcceptedAppealTakesTheRatingOutOfTheStatistics) {
  FieldErrors errors;
  auto bad = svc_->Submit(actor_, Form("1", "乱收费"), &errors);
  ASSERT_TRUE(bad.ok());
  ASSERT_TRUE(svc_->Act(actor_, editor_, bad->id, RatingAction::kVisit, "无办件记录", "", &errors).ok());
  ASSERT_TRUE(svc_->Act(actor_, editor_, bad->id, RatingAction::kAppeal, "恶意评价", "", &errors).ok());
  // Only 公开办 decides an appeal.
  EXPECT_EQ(svc_->Act(actor_, editor_, bad->id, RatingAction::kAcceptAppeal, "成立", "", &errors).code(),
            Code::kDenied);
  ASSERT_TRUE(svc_->Act(actor_, officer_, bad->id, RatingAction::kAcceptAppeal, "成立", "", &errors).ok());
  EXPECT_EQ(svc_->Get(bad->id)->state, RatingState::kExcluded);
  EXPECT_EQ(svc_->Stats("2026-09", nullptr)->total.Total(), 0);
  long long audits = 0;
  ASSERT_TRUE(tdb_->db()
                  ->Read([&](soci::session& sql) {
                    sql << "SELECT COUNT(*) FROM audit_log WHERE object_type = 'rating'", soci::into(audits);
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_EQ(audits, 4);  // given, visited, appealed, accepted
}

TEST_P(RatingServiceTest, AMonthsReportOnceTheMonthIsOver) {
  FieldErrors errors;
  ASSERT_TRUE(svc_->Submit(actor_, Form("5", ""), &errors).ok());
  auto bad = svc_->Submit(actor_, Form("2", "材料要求不清楚"), &errors);
  ASSERT_TRUE(bad.ok());
  EXPECT_EQ(svc_->Report(1, "2026-09").status().code(), Code::kInvalid) << "September is not over";
  EXPECT_EQ(svc_->Report(1, "2026-9").status().code(), Code::kInvalid);
  clock_.Advance(15 * 86400);  // October
  auto r = svc_->Report(1, "2026-09");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_FALSE(r->agency_name.empty());
  EXPECT_EQ(r->stats.total.Total(), 2);
  ASSERT_EQ(r->bad.size(), 1u);
  EXPECT_EQ(r->bad[0].id, bad->id);
  EXPECT_EQ(r->as_of.ToString(), "2026-10-06");
  EXPECT_EQ(svc_->Report(999, "2026-09").status().code(), Code::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, RatingServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::ratings
