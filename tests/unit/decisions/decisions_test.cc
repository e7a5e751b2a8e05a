// 重大行政决策事项目录: the stage rules (done dates not in the future and in
// the procedure's order, stages that are not needed left empty), the
// progress derived from them, and an entry's life through the service on
// both backends: every problem at once, links to a consultation of the same
// agency and to a published item checked through the lookups, publication
// by the 公开办 only, stages recorded while public, withdrawal with a reason.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/clock.h"
#include "decisions/service.h"
#include "testutil/test_db.h"

namespace gk::decisions {
namespace {

Date D(const char* s) { return DateOf(s).value(); }

TEST(DecisionRulesTest, StagesInOrderNotInTheFuture) {
  MajorDecision d;
  const Date today = D("2026-09-21");
  d.stages[0].done = D("2026-03-01");
  d.stages[1].done = D("2026-05-01");
  d.stages[4].done = D("2026-06-01");  // 专家论证 and 风险评估 not needed
  FieldErrors errors;
  CheckStages(d, today, &errors);
  EXPECT_TRUE(errors.empty()) << errors.ToStatus().message();
  EXPECT_EQ(ProgressLabel(d), "已完成：合法性审查");
  EXPECT_STREQ(ProgressCode(d), "in_progress");
  d.stages[5].done = D("2026-05-15");  // 集体讨论 before 合法性审查
  d.stages[6].done = D("2026-10-01");  // in the future
  CheckStages(d, today, &errors);
  EXPECT_NE(errors.Get("stage_collective").find("不能早于合法性审查"), std::string::npos)
      << errors.Get("stage_collective");
  EXPECT_NE(errors.Get("stage_publication").find("不能晚于今天"), std::string::npos);
  MajorDecision empty;
  EXPECT_EQ(ProgressLabel(empty), "未启动");
  empty.stages[6].done = D("2026-09-01");
  EXPECT_EQ(ProgressLabel(empty), "已公布");
}

class DecisionServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(testing::AddTestAgencies(*tdb_->db(), true).ok());
    svc_ = std::make_unique<DecisionService>(tdb_->db(), clock_);
    // Consultation 5 is agency 1's, 6 agency 2's; one published item.
    svc_->SetLookups(
        [](int64_t id) -> std::optional<LinkedConsultation> {
          if (id == 5) return LinkedConsultation{1, "招牌规范意见征集"};
          if (id == 6) return LinkedConsultation{2, "青岛的征集"};
          return std::nullopt;
        },
        [](const std::string& index_no) -> std::optional<std::string> {
          if (index_no == "11370100MB28696235/2026-00001") return std::string("招牌设置规范");
          return std::nullopt;
        });
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
    editor_.roles = {{access::Role::kEditor, 1, 0}};
  }
  DecisionForm Form() {
    DecisionForm f;
    f.agency_id = 1;
    f.year = "2026";
    f.title = "制定《济南市沿街商户招牌设置规范》";
    f.owner = "广告监督管理处";
    f.consultation_id = "5";
    f.planned[0] = "2026-03-01";
    f.done[0] = "2026-03-10";
    return f;
  }

  std::unique_ptr<testing::TestDatabase> tdb_;
  FakeClock clock_{1790000000};  // 2026-09-21 China time
  std::unique_ptr<DecisionService> svc_;
  access::Actor actor_{0, "测试", "127.0.0.1"};
  access::User officer_, editor_;
};

TEST_P(DecisionServiceTest, EveryProblemAtOnceAndTheLinksChecked) {
  DecisionForm f = Form();
  f.year = "26";
  f.title = "";
  f.owner = " ";
  f.consultation_id = "6";  // another agency's
  f.result_index_no = "11370100MB28696235/2026-09999";
  f.done[1] = "not a date";
  FieldErrors errors;
  EXPECT_FALSE(svc_->Create(actor_, editor_, f, &errors).ok());
  for (const char* field : {"year", "title", "owner", "consultation_id", "result_index_no", "stage_participation"})
    EXPECT_FALSE(errors.Get(field).empty()) << field;
  EXPECT_EQ(svc_->List({})->total, 0);
}

TEST_P(DecisionServiceTest, PublishedThenItsStagesRecordedThenWithdrawn) {
  FieldErrors errors;
  auto id = svc_->Create(actor_, editor_, Form(), &errors);
  ASSERT_TRUE(id.ok()) << errors.ToStatus().message();
  EXPECT_EQ(svc_->Publish(actor_, editor_, id.value()).code(), Code::kDenied);
  ASSERT_TRUE(svc_->Publish(actor_, officer_, id.value()).ok());
  // Stages recorded while public; the decision's item linked once published.
  DecisionForm f = Form();
  f.done[1] = "2026-08-01";
  f.done[4] = "2026-09-01";
  f.result_index_no = "11370100MB28696235/2026-00001";
  ASSERT_TRUE(svc_->Update(actor_, editor_, id.value(), f, &errors).ok()) << errors.ToStatus().message();
  auto d = svc_->Get(id.value()).value();
  EXPECT_EQ(d.state, State::kPublished);
  EXPECT_EQ(ProgressLabel(d), "已完成：合法性审查");
  EXPECT_EQ(svc_->ItemTitle(d.result_index_no), "招牌设置规范");
  EXPECT_EQ(svc_->ConsultationTitle(d.consultation_id), "招牌规范意见征集");
  store::DecisionFilter pub;
  pub.public_only = true;
  EXPECT_EQ(svc_->List(pub)->total, 1);
  EXPECT_FALSE(svc_->Withdraw(actor_, officer_, id.value(), " ", &errors).ok());
  ASSERT_TRUE(svc_->Withdraw(actor_, officer_, id.value(), "决策事项调整，移出目录", &errors).ok());
  EXPECT_EQ(svc_->List(pub)->total, 0);
  EXPECT_EQ(svc_->Update(actor_, editor_, id.value(), Form(), &errors).code(), Code::kConflict);
  long long audits = 0;
  ASSERT_TRUE(tdb_->db()
                  ->Read([&](soci::session& sql) {
                    sql << "SELECT COUNT(*) FROM audit_log WHERE object_type = 'major_decision'", soci::into(audits);
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_EQ(audits, 4);  // created, published, updated, withdrawn
}

INSTANTIATE_TEST_SUITE_P(Backends, DecisionServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::decisions
