// 建议提案: the three months from 交办 (month ends clamped), overdue and on
// time on a fake clock, the workflow table, and proposals through the
// service on both backends: every problem of the form at once, one number
// per kind and year, the reply with its class and date, publication only
// with a handling result, withholding with a reason, each role in its
// place, and a year's figures.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/clock.h"
#include "proposals/service.h"
#include "testutil/test_db.h"

namespace gk::proposals {
namespace {

Date D(const char* s) { return DateOf(s).value(); }
constexpr int64_t kNow = 1795658400;  // 2026-11-26 10:00 in Beijing

TEST(ProposalRulesTest, ThreeMonthsFromTheDayAssigned) {
  struct Case {
    const char* assigned;
    const char* due;
  };
  for (const Case& c : {Case{"2026-03-15", "2026-06-15"}, Case{"2026-11-30", "2027-02-28"},
                        Case{"2027-11-30", "2028-02-29"}, Case{"2026-12-31", "2027-03-31"}})
    EXPECT_EQ(DueOn(D(c.assigned)).ToString(), c.due) << c.assigned;
  Proposal p;
  p.assigned_on = D("2026-03-15");
  p.due_on = DueOn(p.assigned_on);
  EXPECT_FALSE(Overdue(p, D("2026-06-15")));
  EXPECT_TRUE(Overdue(p, D("2026-06-16")));
  p.state = State::kReplied;
  p.replied_on = D("2026-06-15");
  EXPECT_FALSE(Overdue(p, D("2026-07-01")));
  EXPECT_TRUE(OnTime(p));
  p.replied_on = D("2026-06-16");
  EXPECT_FALSE(OnTime(p));
}

TEST(ProposalWorkflowTest, EachActionFromItsStates) {
  EXPECT_TRUE(StateAllows(Action::kReply, State::kHandling));
  EXPECT_TRUE(StateAllows(Action::kReply, State::kReplied)) << "corrected until published";
  EXPECT_FALSE(StateAllows(Action::kReply, State::kPublished));
  EXPECT_TRUE(StateAllows(Action::kPublish, State::kWithheld)) << "published again";
  EXPECT_EQ(NextState(Action::kWithhold, State::kPublished), State::kWithheld);
  EXPECT_EQ(ActionPermission(Action::kReply), access::Permission::kManageProposals);
  EXPECT_EQ(ActionPermission(Action::kPublish), access::Permission::kPublishProposals);
}

class ProposalServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(testing::AddTestAgencies(*tdb_->db(), true).ok());
    svc_ = std::make_unique<ProposalService>(tdb_->db(), clock_);
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
    editor_.roles = {{access::Role::kEditor, 1, 0}};
  }
  ProposalForm Form(const char* number, const char* assigned = "2026-08-01") {
    return {1,      "2026", "suggestion", number, "关于加强校园周边食品安全监管的建议", "张明等 12 名代表",
            "lead", "",     assigned};
  }
  int64_t Make(const char* number, const char* assigned = "2026-08-01") {
    FieldErrors errors;
    auto id = svc_->Create(actor_, editor_, Form(number, assigned), &errors);
    EXPECT_TRUE(id.ok()) << id.status().message();
    return id.ok() ? id.value() : 0;
  }
  Status Reply(int64_t id, const char* result, const char* summary, const char* on = "", bool full = false,
               FieldErrors* errors = nullptr) {
    FieldErrors local;
    return svc_->Reply(actor_, editor_, id, {result, "复文全文。", summary, on, full}, errors ? errors : &local);
  }

  FakeClock clock_{kNow};
  std::unique_ptr<testing::TestDatabase> tdb_;
  std::unique_ptr<ProposalService> svc_;
  access::User officer_, editor_;
  const access::Actor actor_{0, "测试", "192.0.2.1"};
};

TEST_P(ProposalServiceTest, EveryProblemOfTheFormAtOnceAndOneNumberPerKindAndYear) {
  FieldErrors errors;
  EXPECT_FALSE(svc_->Create(actor_, editor_, {1, "26", "letter", "", "", "", "boss", "", "2026-02-30"}, &errors).ok());
  for (const char* f : {"year", "kind", "number", "title", "proposer", "role", "assigned_on"})
    EXPECT_FALSE(errors.Get(f).empty()) << f;
  const int64_t id = Make("第0156号");
  EXPECT_EQ(svc_->Get(id)->due_on.ToString(), "2026-11-01");
  FieldErrors twice;
  EXPECT_FALSE(svc_->Create(actor_, editor_, Form("第0156号"), &twice).ok());
  EXPECT_NE(twice.Get("number").find("已有"), std::string::npos);
  ProposalForm proposal = Form("第0156号");
  proposal.kind = "proposal";
  FieldErrors other_kind;
  EXPECT_TRUE(svc_->Create(actor_, editor_, proposal, &other_kind).ok()) << "提案 numbers are their own";
  access::User reviewer;
  reviewer.roles = {{access::Role::kReviewer, 1, 0}};
  FieldErrors denied;
  EXPECT_EQ(svc_->Create(actor_, reviewer, Form("第0999号"), &denied).status().code(), Code::kDenied);
}

TEST_P(ProposalServiceTest, ReplyPublishWithholdAndPublishAgain) {
  const int64_t id = Make("第0156号");
  FieldErrors bad;
  EXPECT_FALSE(Reply(id, "D", "", "2099-01-01", false, &bad).ok());
  for (const char* f : {"result", "replied_on"}) EXPECT_FALSE(bad.Get(f).empty()) << f;
  FieldErrors before_assigned;
  EXPECT_FALSE(Reply(id, "A", "已办结", "2026-07-01", false, &before_assigned).ok());
  EXPECT_FALSE(before_assigned.Get("replied_on").empty());
  ASSERT_TRUE(Reply(id, "A", "", "2026-10-20").ok());
  EXPECT_EQ(svc_->Get(id)->state, State::kReplied);
  EXPECT_EQ(svc_->Publish(actor_, editor_, id).code(), Code::kDenied) << "the 公开办's";
  Status empty = svc_->Publish(actor_, officer_, id);
  EXPECT_NE(empty.message().find("办理结果"), std::string::npos) << "nothing to publish yet";
  ASSERT_TRUE(Reply(id, "A", "已开展专项检查。", "2026-10-20", true).ok()) << "corrected before publication";
  ASSERT_TRUE(svc_->Publish(actor_, officer_, id).ok());
  auto p = svc_->Get(id);
  EXPECT_EQ(p->state, State::kPublished);
  EXPECT_EQ(DateText(p->published_on), "2026-11-26");
  EXPECT_TRUE(OnTime(p.value()));
  EXPECT_FALSE(Reply(id, "B", "改", "2026-10-21").ok()) << "not once published";
  FieldErrors no_reason;
  EXPECT_FALSE(svc_->Withhold(actor_, officer_, id, " ", &no_reason).ok());
  FieldErrors reason;
  ASSERT_TRUE(svc_->Withhold(actor_, officer_, id, "涉及个人信息", &reason).ok());
  EXPECT_EQ(svc_->Get(id)->withhold_reason, "涉及个人信息");
  ASSERT_TRUE(svc_->Publish(actor_, officer_, id).ok());
  EXPECT_EQ(DateText(svc_->Get(id)->published_on), "2026-11-26") << "first publication kept";
}

TEST_P(ProposalServiceTest, AYearsFigures) {
  const int64_t a = Make("第1号", "2026-05-01");  // due 08-01
  const int64_t b = Make("第2号", "2026-05-01");
  Make("第3号", "2026-06-01");  // due 09-01: overdue on 11-26
  Make("第4号", "2026-10-01");  // due 2027-01-01: handling in time
  ASSERT_TRUE(Reply(a, "A", "已办结", "2026-07-30").ok());
  ASSERT_TRUE(Reply(b, "C", "留作参考", "2026-08-05").ok());
  ASSERT_TRUE(svc_->Publish(actor_, officer_, a).ok());
  auto y = svc_->Figures(nullptr, 2026);
  ASSERT_TRUE(y.ok());
  EXPECT_EQ(y->total, 4);
  EXPECT_EQ(y->replied, 2);
  EXPECT_EQ(y->on_time, 1);
  EXPECT_EQ(y->overdue_open, 1);
  EXPECT_EQ(y->by_result[0], 1);
  EXPECT_EQ(y->by_result[2], 1);
  EXPECT_EQ(y->published, 1);
  EXPECT_EQ(svc_->OverdueCount(nullptr).value(), 1);
  EXPECT_EQ(svc_->Years(nullptr).value(), std::vector<int>{2026});
  long long audited = 0;
  ASSERT_TRUE(tdb_->db()
                  ->Read([&](soci::session& sql) {
                    sql << "SELECT COUNT(*) FROM audit_log WHERE object_type = 'proposal'", soci::into(audited);
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_EQ(audited, 7);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProposalServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const auto& info) {
                           return info.param == storage::Backend::kSqlite ? std::string("Sqlite")
                                                                          : std::string("Postgres");
                         });

}  // namespace
}  // namespace gk::proposals
