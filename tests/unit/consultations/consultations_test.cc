// 意见征集: the 30-day rule of Decree 713 Art. 15 with and without a
// reason, the phase derived from the dates on a fake clock (opening and
// closing by themselves), the keyword screen, the article labels, the
// workflow table, and a consultation's life through the service on both
// backends: every problem of a form at once, comments refused before it
// opens and after it closes, held and screened comments, the author's code,
// moderation with a reason, decisions in bulk after closing with the
// reasons Art. 32 asks for, the adoption counts and the report reminder.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/clock.h"
#include "consultations/service.h"
#include "testutil/test_db.h"

namespace gk::consultations {
namespace {

Date D(const char* s) { return DateOf(s).value(); }

TEST(ConsultationRulesTest, ThirtyDaysCountingBothEndsOrAReason) {
  struct Case {
    const char* opens;
    const char* closes;
    const char* reason;
    int days;
    const char* error_field;  // "" when valid
  };
  const Case cases[] = {
      {"2026-06-01", "2026-06-30", "", 30, ""},              // exactly 30 days
      {"2026-06-01", "2026-06-29", "", 29, "short_reason"},  // one short, no reason
      {"2026-06-01", "2026-06-29", "涉及汛期安全，须尽快出台", 29, ""},
      {"2026-02-01", "2026-03-02", "", 30, ""},  // across February
      {"2026-06-01", "2026-06-01", "", 1, "short_reason"},
      {"2026-06-10", "2026-06-01", "", -8, "closes_on"},  // closing before opening
  };
  for (const auto& c : cases) {
    EXPECT_EQ(PeriodDays(D(c.opens), D(c.closes)), c.days) << c.opens << " " << c.closes;
    FieldErrors errors;
    CheckPeriod(D(c.opens), D(c.closes), c.reason, &errors);
    if (*c.error_field) EXPECT_FALSE(errors.Get(c.error_field).empty()) << c.opens << " " << c.closes;
    else EXPECT_TRUE(errors.empty()) << c.opens << " " << c.closes << ": " << errors.ToStatus().message();
  }
  FieldErrors errors;
  CheckPeriod(D("2026-06-01"), D("2026-06-20"), "", &errors);
  EXPECT_NE(errors.Get("short_reason").find("20 日"), std::string::npos) << errors.Get("short_reason");
}

TEST(ConsultationRulesTest, PhaseFollowsTheDatesAndTheReportFallsDue) {
  Consultation c;
  c.state = State::kPublished;
  c.opens_on = D("2026-06-01");
  c.closes_on = D("2026-06-30");
  EXPECT_EQ(PhaseOf(c, D("2026-05-31")), Phase::kUpcoming);
  EXPECT_EQ(PhaseOf(c, D("2026-06-01")), Phase::kOpen);
  EXPECT_EQ(PhaseOf(c, D("2026-06-30")), Phase::kOpen) << "the last day included";
  EXPECT_EQ(PhaseOf(c, D("2026-07-01")), Phase::kClosed);
  EXPECT_TRUE(TakesComments(c, D("2026-06-15")));
  EXPECT_FALSE(TakesComments(c, D("2026-07-01")));
  c.state = State::kWithdrawn;
  EXPECT_FALSE(TakesComments(c, D("2026-06-15")));
  c.state = State::kPublished;
  EXPECT_FALSE(ReportOverdue(c, D("2026-07-30"), 30)) << "30 days after closing: still in time";
  EXPECT_TRUE(ReportOverdue(c, D("2026-07-31"), 30));
  c.report_published_on = D("2026-07-20");
  EXPECT_FALSE(ReportOverdue(c, D("2026-09-01"), 30));
}

TEST(ConsultationRulesTest, ScreenArticlesAndNames) {
  const std::vector<std::string> words = {"代开发票", "VX"};
  EXPECT_EQ(ScreenHit("专业代开发票，联系我", words), "代开发票");
  EXPECT_EQ(ScreenHit("加vx详谈", words), "VX") << "ASCII letters without case";
  EXPECT_EQ(ScreenHit("建议延长登记证有效期", words), "");
  EXPECT_EQ(ScreenHit("任何内容", {}), "");
  const std::pair<int, const char*> labels[] = {{0, "总体意见"},   {1, "第一条"},         {10, "第十条"},
                                                {11, "第十一条"},  {20, "第二十条"},      {21, "第二十一条"},
                                                {100, "第一百条"}, {105, "第一百零五条"}, {110, "第一百一十条"}};
  for (const auto& [n, label] : labels) EXPECT_EQ(ArticleLabel(n), label) << n;
  EXPECT_EQ(PublicName("王建国"), "王**");
  EXPECT_EQ(PublicName(""), "匿名");
}

TEST(ConsultationWorkflowTest, EachActionFromItsStateWithItsPermission) {
  EXPECT_TRUE(StateAllows(Action::kPublish, State::kDraft));
  EXPECT_FALSE(StateAllows(Action::kPublish, State::kPublished));
  EXPECT_FALSE(StateAllows(Action::kEdit, State::kPublished));
  EXPECT_EQ(NextState(Action::kWithdraw, State::kPublished), State::kWithdrawn);
  EXPECT_EQ(NextState(Action::kDecide, State::kPublished), State::kPublished);
  EXPECT_EQ(ActionPermission(Action::kPublish), access::Permission::kPublishConsultations);
  EXPECT_EQ(ActionPermission(Action::kDecide), access::Permission::kManageConsultations);
  Consultation c;
  c.agency_id = 1;
  c.state = State::kPublished;
  c.opens_on = D("2026-06-01");
  c.closes_on = D("2026-06-30");
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 1, 0}};
  access::User editor;
  editor.roles = {{access::Role::kEditor, 1, 0}};
  EXPECT_FALSE(Refusals(Action::kDecide, c, editor, {}, D("2026-06-15"), 0).empty()) << "still open";
  EXPECT_TRUE(Refusals(Action::kDecide, c, editor, {}, D("2026-07-01"), 0).empty());
  EXPECT_FALSE(Refusals(Action::kPublishReport, c, editor, {}, D("2026-07-01"), 0).empty()) << "公开办 only";
  auto waiting = Refusals(Action::kPublishReport, c, officer, {}, D("2026-07-01"), 3);
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_NE(waiting[0].find("3 条意见未处理"), std::string::npos);
  EXPECT_TRUE(Refusals(Action::kPublishReport, c, officer, {}, D("2026-07-01"), 0).empty());
}

class ConsultationServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(testing::AddTestAgencies(*tdb_->db(), true).ok());
    svc_ = std::make_unique<ConsultationService>(tdb_->db(), clock_, ConsultationSettings{30, {"代开发票", "博彩"}});
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
    editor_.roles = {{access::Role::kEditor, 1, 0}};
  }
  // Opens tomorrow, closes 30 days later (both included).
  ConsultationForm Form(const char* moderation = "pre", const char* identity = "anonymous") {
    const Date today = svc_->Today();
    return {1,
            "关于《食品小作坊登记管理办法（征求意见稿）》公开征求意见的公告",
            "**第一条** 为了规范……\n\n**第二条** 本办法适用于……",
            "起草说明。",
            "",
            today.AddDays(1).ToString(),
            today.AddDays(30).ToString(),
            "",
            "12",
            identity,
            moderation};
  }
  int64_t Published(const ConsultationForm& form) {
    FieldErrors errors;
    auto id = svc_->Create(actor_, editor_, form, &errors);
    EXPECT_TRUE(id.ok()) << errors.ToStatus().message();
    EXPECT_TRUE(svc_->Publish(actor_, officer_, id.value(), &errors).ok());
    return id.value();
  }
  Result<Commented> Comment(int64_t id, const char* body, const char* article = "0", const char* name = "") {
    FieldErrors errors;
    return svc_->SubmitComment(public_, id, {article, name, "13900000000", body}, &errors);
  }
  int64_t Audits(const char* action) {
    long long n = 0;
    std::string a = action;
    EXPECT_TRUE(tdb_->db()
                    ->Read([&](soci::session& sql) {
                      sql << "SELECT COUNT(*) FROM audit_log WHERE action = :a", soci::use(a), soci::into(n);
                      return Status::Ok();
                    })
                    .ok());
    return n;
  }

  std::unique_ptr<testing::TestDatabase> tdb_;
  FakeClock clock_{1790000000};  // 2026-09-21 (Monday) China time
  std::unique_ptr<ConsultationService> svc_;
  access::Actor actor_{0, "测试", "127.0.0.1"};
  access::Actor public_{0, "公众", "192.0.2.7"};
  access::User officer_, editor_;
};

TEST_P(ConsultationServiceTest, EveryProblemOfTheFormAtOnceAndNothingStored) {
  ConsultationForm f = Form();
  f.title = " ";
  f.draft_md = "";
  f.explanation_md = "";
  f.closes_on = svc_->Today().AddDays(10).ToString();  // 10 days, no reason
  f.articles = "many";
  f.identity = "maybe";
  f.moderation = "";
  FieldErrors errors;
  EXPECT_FALSE(svc_->Create(actor_, editor_, f, &errors).ok());
  for (const char* field :
       {"title", "draft_md", "explanation_md", "short_reason", "articles", "identity", "moderation"})
    EXPECT_FALSE(errors.Get(field).empty()) << field;
  f = Form();
  f.agency_id = 2;  // not the editor's
  EXPECT_FALSE(svc_->Create(actor_, editor_, f, &errors).ok());
  EXPECT_FALSE(errors.Get("agency_id").empty());
  EXPECT_EQ(svc_->List({})->total, 0);
  // A short period with its reason is accepted.
  f = Form();
  f.closes_on = svc_->Today().AddDays(10).ToString();
  f.short_reason = "汛期将至，须尽快出台";
  EXPECT_TRUE(svc_->Create(actor_, editor_, f, &errors).ok()) << errors.ToStatus().message();
}

TEST_P(ConsultationServiceTest, OpensAndClosesByItselfAndTakesCommentsOnlyMeanwhile) {
  FieldErrors errors;
  auto draft = svc_->Create(actor_, editor_, Form(), &errors);
  ASSERT_TRUE(draft.ok());
  EXPECT_EQ(svc_->Publish(actor_, editor_, draft.value(), &errors).code(), Code::kDenied) << "公开办 publishes";
  EXPECT_EQ(Comment(draft.value(), "草稿不收意见").status().code(), Code::kNotFound);
  ASSERT_TRUE(svc_->Publish(actor_, officer_, draft.value(), &errors).ok());
  const int64_t id = draft.value();
  // Tomorrow it opens: not yet.
  auto early = Comment(id, "还没开始");
  EXPECT_EQ(early.status().code(), Code::kConflict);
  EXPECT_NE(early.status().message().find("尚未开始"), std::string::npos);
  clock_.Advance(86400);
  auto held = Comment(id, "建议将登记证有效期缩短为三年。", "8", "王建国");
  ASSERT_TRUE(held.ok()) << held.status().message();
  EXPECT_FALSE(held->published) << "held for moderation";
  EXPECT_FALSE(held->code.empty());
  // Every problem of a comment at once, nothing stored.
  auto bad = svc_->SubmitComment(public_, id, {"13", std::string(60, 'x'), "", std::string(2001, 'a')}, &errors);
  EXPECT_FALSE(bad.ok());
  for (const char* field : {"article", "name", "body"}) EXPECT_FALSE(errors.Get(field).empty()) << field;
  EXPECT_EQ(svc_->Get(id)->all_comments, 1);
  // The author follows it by the code; a wrong code finds nothing.
  auto mine = svc_->LookupComment(held->id, held->code);
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->state, CommentState::kPending);
  EXPECT_EQ(mine->article, 8);
  EXPECT_EQ(svc_->LookupComment(held->id, "AAAA-BBBB-CCCC").status().code(), Code::kNotFound);
  // The phone number is masked for the public, kept for staff.
  EXPECT_EQ(mine->public_body, mine->body);
  auto phone = Comment(id, "我的电话13905318888，请联系我。");
  ASSERT_TRUE(phone.ok());
  auto stored = svc_->LookupComment(phone->id, phone->code);
  EXPECT_EQ(stored->public_body.find("13905318888"), std::string::npos) << stored->public_body;
  EXPECT_NE(stored->body.find("13905318888"), std::string::npos);
  // Moderation: hiding needs a reason the author then sees.
  EXPECT_FALSE(svc_->Moderate(actor_, editor_, id, held->id, false, " ", &errors).ok());
  EXPECT_FALSE(errors.Get("reason").empty());
  ASSERT_TRUE(svc_->Moderate(actor_, editor_, id, held->id, true, "", &errors).ok());
  ASSERT_TRUE(svc_->Moderate(actor_, editor_, id, phone->id, false, "含有个人联系方式", &errors).ok());
  EXPECT_EQ(svc_->LookupComment(phone->id, phone->code)->hide_reason, "含有个人联系方式");
  EXPECT_EQ(svc_->Get(id)->published_comments, 1);
  // No decisions while open.
  EXPECT_EQ(svc_->Decide(actor_, editor_, id, {held->id}, "adopted", "", &errors).status().code(), Code::kConflict);
  // The day after the last day it has closed by itself.
  clock_.Advance(30 * 86400);
  auto late = Comment(id, "来晚了");
  EXPECT_EQ(late.status().code(), Code::kConflict);
  EXPECT_NE(late.status().message().find("结束"), std::string::npos);
  EXPECT_EQ(svc_->Get(id)->all_comments, 2);
  EXPECT_EQ(Audits("consultation.comment"), 2);
}

TEST_P(ConsultationServiceTest, TheScreenPublishesAtOnceUnlessAWordHoldsIt) {
  const int64_t id = Published(Form("screen"));
  clock_.Advance(86400);
  auto plain = Comment(id, "建议增加网上办理渠道。");
  auto spam = Comment(id, "专业代开发票");
  ASSERT_TRUE(plain.ok() && spam.ok());
  EXPECT_TRUE(plain->published);
  EXPECT_FALSE(spam->published);
  store::CommentFilter f;
  f.consultation_id = id;
  f.state = CommentState::kPending;
  auto held = svc_->Comments(f);
  ASSERT_EQ(held->comments.size(), 1u);
  EXPECT_EQ(held->comments[0].held_for, "代开发票");
  // A named consultation needs the name.
  const int64_t named = Published(Form("pre", "named"));
  clock_.Advance(86400);
  FieldErrors errors;
  EXPECT_FALSE(svc_->SubmitComment(public_, named, {"0", "", "", "意见"}, &errors).ok());
  EXPECT_FALSE(errors.Get("name").empty());
}

TEST_P(ConsultationServiceTest, EveryCommentDecidedThenTheReport) {
  const int64_t id = Published(Form());
  clock_.Advance(86400);
  std::vector<int64_t> ids;
  for (const char* body : {"意见一", "意见二", "意见三", "意见四"}) ids.push_back(Comment(id, body)->id);
  clock_.Advance(30 * 86400);  // closed
  FieldErrors errors;
  // 未采纳 needs its reason (Art. 32).
  EXPECT_FALSE(svc_->Decide(actor_, editor_, id, {ids[2], ids[3]}, "not_adopted", "", &errors).ok());
  EXPECT_FALSE(errors.Get("reason").empty());
  EXPECT_FALSE(svc_->Decide(actor_, editor_, id, {}, "adopted", "", &errors).ok());
  EXPECT_FALSE(errors.Get("ids").empty());
  EXPECT_FALSE(svc_->Decide(actor_, editor_, id, {ids[0]}, "maybe", "", &errors).ok());
  EXPECT_FALSE(errors.Get("decision").empty());
  EXPECT_EQ(svc_->Decide(actor_, editor_, id, {ids[0]}, "adopted", "", &errors).value(), 1);
  EXPECT_EQ(svc_->Decide(actor_, editor_, id, {ids[2], ids[3]}, "not_adopted", "与上位法规定不符", &errors).value(), 2)
      << "alike comments in bulk";
  // Another consultation's comment is refused, and nothing changes.
  EXPECT_FALSE(svc_->Decide(actor_, editor_, id, {ids[1], 99999}, "adopted", "", &errors).ok());
  auto counts = svc_->Decisions(id).value();
  EXPECT_EQ(counts.Of(Decision::kAdopted), 1);
  EXPECT_EQ(counts.Of(Decision::kNotAdopted), 2);
  EXPECT_EQ(counts.Undecided(), 1);
  EXPECT_EQ(counts.Total(), 4);
  // The report waits for the last decision, and is the 公开办's.
  EXPECT_EQ(svc_->PublishReport(actor_, officer_, id, "修改了第八条。", &errors).code(), Code::kConflict);
  ASSERT_TRUE(svc_->Decide(actor_, editor_, id, {ids[1]}, "partly", "部分内容已吸收", &errors).ok());
  EXPECT_EQ(svc_->PublishReport(actor_, editor_, id, "修改了第八条。", &errors).code(), Code::kDenied);
  EXPECT_FALSE(svc_->PublishReport(actor_, officer_, id, " ", &errors).ok());
  // Overdue 31 days after closing without it.
  EXPECT_EQ(svc_->ReportsDue(nullptr).value(), 0);
  clock_.Advance(31 * 86400);
  EXPECT_EQ(svc_->ReportsDue(nullptr).value(), 1);
  ASSERT_TRUE(svc_->PublishReport(actor_, officer_, id, "修改了第八条。", &errors).ok());
  EXPECT_EQ(svc_->ReportsDue(nullptr).value(), 0);
  auto c = svc_->Get(id).value();
  ASSERT_TRUE(c.report_published_on.has_value());
  EXPECT_EQ(c.report_md, "修改了第八条。");
  // The report keeps the counts and reasons as they stood.
  EXPECT_EQ(c.report_counts.Of(Decision::kNotAdopted), 2);
  EXPECT_EQ(c.report_counts.Total(), 4);
  ASSERT_EQ(c.report_reasons.size(), 2u);
  EXPECT_EQ(c.report_reasons[0].reason, "与上位法规定不符");
  auto reasons = svc_->Reasons(id, 10).value();
  ASSERT_EQ(reasons.size(), 2u);
  EXPECT_EQ(reasons[0].reason, "与上位法规定不符");
  EXPECT_EQ(reasons[0].count, 2);
  EXPECT_EQ(Audits("consultation.decide"), 3);
  EXPECT_EQ(Audits("consultation.report"), 1);
}

TEST_P(ConsultationServiceTest, FilesWhileADraftOnly) {
  FieldErrors errors;
  auto id = svc_->Create(actor_, editor_, Form(), &errors);
  ASSERT_TRUE(id.ok());
  const files::StoredFile pdf{"征求意见稿.pdf", "application/pdf", 1234, std::string(64, 'a')};
  ASSERT_TRUE(svc_->AddFile(actor_, editor_, id.value(), pdf).ok());
  auto c = svc_->Get(id.value()).value();
  ASSERT_EQ(c.files.size(), 1u);
  EXPECT_EQ(c.files[0].name, "征求意见稿.pdf");
  EXPECT_EQ(svc_->RemoveFile(actor_, editor_, id.value(), c.files[0].id + 100).code(), Code::kNotFound);
  ASSERT_TRUE(svc_->RemoveFile(actor_, editor_, id.value(), c.files[0].id).ok());
  EXPECT_TRUE(svc_->Get(id.value())->files.empty());
  for (size_t i = 0; i < ConsultationService::kMaxFiles; ++i) ASSERT_TRUE(svc_->AddFile(actor_, editor_, id.value(), pdf).ok());
  EXPECT_EQ(svc_->AddFile(actor_, editor_, id.value(), pdf).code(), Code::kConflict) << "at most kMaxFiles";
  ASSERT_TRUE(svc_->Publish(actor_, officer_, id.value(), &errors).ok());
  EXPECT_EQ(svc_->RemoveFile(actor_, editor_, id.value(), svc_->Get(id.value())->files[0].id).code(), Code::kConflict)
      << "what the public comments on stays as it was";
}

TEST_P(ConsultationServiceTest, WithdrawnWithAReasonAndNoLongerTakingComments) {
  const int64_t id = Published(Form());
  clock_.Advance(86400);
  FieldErrors errors;
  EXPECT_FALSE(svc_->Withdraw(actor_, officer_, id, "", &errors).ok());
  EXPECT_FALSE(errors.Get("reason").empty());
  ASSERT_TRUE(svc_->Withdraw(actor_, officer_, id, "上位法已修改，草案需重新起草", &errors).ok());
  EXPECT_EQ(svc_->Get(id)->state, State::kWithdrawn);
  auto refused = Comment(id, "还能提吗");
  EXPECT_EQ(refused.status().code(), Code::kConflict);
  EXPECT_NE(refused.status().message().find("撤回"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, ConsultationServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::consultations
