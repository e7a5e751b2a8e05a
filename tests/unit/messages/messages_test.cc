// 留言咨询: the due day on the working-day calendar, the month arithmetic of
// the national inspection's three-month rule (warned from two), the
// workflow table, and a message's life through the service on both
// backends: every problem of the form at once, the asker's code, assigning
// to a department of the agency only, answering, publishing (never a
// private one), withholding with a reason, readers' views, the dashboard's
// counts on a fake clock and the audit log.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/clock.h"
#include "messages/service.h"
#include "testutil/source_tree.h"
#include "testutil/test_db.h"

namespace gk::messages {
namespace {

Date D(const char* s) { return DateOf(s).value(); }

const WorkCalendar& Shipped() {
  static WorkCalendar* calendar = [] {
    auto* c = new WorkCalendar;
    EXPECT_TRUE(c->LoadDirectory(testing::SourceDir() + "/data/calendar").ok());
    return c;
  }();
  return *calendar;
}

TEST(MessageRulesTest, DueOnTheWorkingDayCalendar) {
  // The shipped 2026 calendar: the Mid-Autumn days off (25–27 September)
  // are skipped.
  struct Case {
    const char* received;
    int days;
    const char* due;
  };
  const Case cases[] = {
      {"2026-09-21", 5, "2026-09-29"},  // Monday: Tuesday week, the holiday skipped
      {"2026-11-20", 5, "2026-11-27"},  // Friday: the Friday after
  };
  for (const auto& c : cases) EXPECT_EQ(DueOn(D(c.received), Shipped(), c.days).ToString(), c.due) << c.received;
}

TEST(MessageRulesTest, MonthsForTheInspectionRule) {
  EXPECT_EQ(AddMonths(D("2026-01-31"), 1).ToString(), "2026-02-28");
  EXPECT_EQ(AddMonths(D("2028-01-31"), 1).ToString(), "2028-02-29");
  EXPECT_EQ(AddMonths(D("2026-11-15"), 3).ToString(), "2027-02-15");
  EXPECT_EQ(AddMonths(D("2026-03-31"), -1).ToString(), "2026-02-28");
  EXPECT_EQ(AddMonths(D("2026-01-10"), -2).ToString(), "2025-11-10");
  Message m;
  m.state = State::kAssigned;
  m.received_on = D("2026-09-10");
  m.due_on = D("2026-09-17");
  EXPECT_FALSE(Overdue(m, D("2026-09-17")));
  EXPECT_TRUE(Overdue(m, D("2026-09-18")));
  EXPECT_FALSE(InspectionWarning(m, D("2026-11-09")));
  EXPECT_TRUE(InspectionWarning(m, D("2026-11-10"))) << "two months: the red line";
  EXPECT_FALSE(InspectionBreach(m, D("2026-12-10")));
  EXPECT_TRUE(InspectionBreach(m, D("2026-12-11"))) << "more than three months";
  m.state = State::kAnswered;
  EXPECT_FALSE(Overdue(m, D("2027-01-01")));
  EXPECT_FALSE(InspectionBreach(m, D("2027-01-01")));
}

TEST(MessageWorkflowTest, EachActionFromItsStates) {
  EXPECT_TRUE(StateAllows(Action::kAnswer, State::kReceived));
  EXPECT_TRUE(StateAllows(Action::kAnswer, State::kAnswered)) << "corrected until published";
  EXPECT_FALSE(StateAllows(Action::kAnswer, State::kPublished));
  EXPECT_FALSE(StateAllows(Action::kPublish, State::kAssigned));
  EXPECT_EQ(NextState(Action::kAssign, State::kReceived), State::kAssigned);
  EXPECT_EQ(NextState(Action::kWithhold, State::kPublished), State::kWithheld);
  EXPECT_EQ(ActionPermission(Action::kAnswer), access::Permission::kAnswerMessages);
  EXPECT_EQ(ActionPermission(Action::kPublish), access::Permission::kManageMessages);
  Message m;
  m.agency_id = 1;
  m.state = State::kAnswered;
  m.wants_private = true;
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 1, 0}};
  auto refused = Refusals(Action::kPublish, m, officer, {});
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_NE(refused[0].find("要求不公开"), std::string::npos);
}

class MessageServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(testing::AddTestAgencies(*tdb_->db(), true).ok());
    ASSERT_TRUE(tdb_->db()
                    ->Transact([](soci::session& sql) {
                      sql << "INSERT INTO departments (id, agency_id, name, kind, created_at, updated_at) VALUES "
                             "(1, 1, '登记注册处', 'division', 0, 0)";
                      sql << "INSERT INTO departments (id, agency_id, name, kind, created_at, updated_at) VALUES "
                             "(2, 2, '青岛办公室', 'division', 0, 0)";
                      return Status::Ok();
                    })
                    .ok());
    svc_ = std::make_unique<MessageService>(tdb_->db(), clock_, Shipped(), MessageSettings{5});
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
    editor_.roles = {{access::Role::kEditor, 1, 0}};
  }
  MessageForm Form(bool wants_private = false) {
    return {1,
            "consult",
            "营业执照遗失如何补领？",
            "营业执照遗失，电话 13905318888，怎么补领？",
            "孙女士",
            "13905318888",
            wants_private};
  }
  Asked Ask(bool wants_private = false) {
    FieldErrors errors;
    auto a = svc_->Submit(public_, Form(wants_private), &errors);
    EXPECT_TRUE(a.ok()) << errors.ToStatus().message();
    return a.ok() ? a.value() : Asked{};
  }

  std::unique_ptr<testing::TestDatabase> tdb_;
  FakeClock clock_{1790000000};  // 2026-09-21 (Monday) China time
  std::unique_ptr<MessageService> svc_;
  access::Actor actor_{0, "测试", "127.0.0.1"};
  access::Actor public_{0, "公众", "192.0.2.7"};
  access::User officer_, editor_;
};

TEST_P(MessageServiceTest, EveryProblemAtOnceAndNothingStored) {
  FieldErrors errors;
  MessageForm f{0, "gossip", " ", std::string(2001, 'x'), "", "", false};
  EXPECT_FALSE(svc_->Submit(public_, f, &errors).ok());
  for (const char* field : {"agency_id", "category", "title", "body", "name", "contact"})
    EXPECT_FALSE(errors.Get(field).empty()) << field;
  EXPECT_EQ(svc_->List({})->total, 0);
}

TEST_P(MessageServiceTest, AskedAssignedAnsweredPublishedAndRated) {
  const Asked a = Ask();
  EXPECT_EQ(a.due_on.ToString(), "2026-09-29");
  auto m = svc_->Lookup(a.id, a.code);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->state, State::kReceived);
  EXPECT_EQ(m->public_body.find("13905318888"), std::string::npos) << m->public_body;
  EXPECT_EQ(svc_->Lookup(a.id, "AAAA-BBBB-CCCC").status().code(), Code::kNotFound);
  FieldErrors errors;
  // The editor may not assign; another agency's department is refused.
  EXPECT_EQ(svc_->Assign(actor_, editor_, a.id, 1, &errors).code(), Code::kDenied);
  EXPECT_FALSE(svc_->Assign(actor_, officer_, a.id, 2, &errors).ok());
  EXPECT_FALSE(errors.Get("department_id").empty());
  ASSERT_TRUE(svc_->Assign(actor_, officer_, a.id, 1, &errors).ok());
  EXPECT_EQ(svc_->Get(a.id)->department, "登记注册处");
  EXPECT_FALSE(svc_->Answer(actor_, editor_, a.id, " ", &errors).ok());
  ASSERT_TRUE(svc_->Answer(actor_, editor_, a.id, "可到政务服务大厅补领。", &errors).ok());
  ASSERT_TRUE(svc_->Answer(actor_, editor_, a.id, "可网上或到政务服务大厅补领，无需登报。", &errors).ok())
      << "corrected before publication";
  EXPECT_EQ(svc_->Rate(a.id, "satisfied").code(), Code::kNotFound) << "not public yet";
  EXPECT_EQ(svc_->Publish(actor_, editor_, a.id).code(), Code::kDenied);
  ASSERT_TRUE(svc_->Publish(actor_, officer_, a.id).ok());
  EXPECT_EQ(svc_->Answer(actor_, editor_, a.id, "再改", &errors).code(), Code::kConflict);
  ASSERT_TRUE(svc_->Rate(a.id, "satisfied").ok());
  ASSERT_TRUE(svc_->Rate(a.id, "unsatisfied").ok());
  EXPECT_EQ(svc_->Rate(a.id, "so-so").code(), Code::kInvalid);
  m = svc_->Get(a.id);
  EXPECT_EQ(m->satisfaction[0], 1);
  EXPECT_EQ(m->satisfaction[2], 1);
  EXPECT_EQ(m->answer, "可网上或到政务服务大厅补领，无需登报。");
  // Withheld later, with the reason the asker sees.
  EXPECT_FALSE(svc_->Withhold(actor_, officer_, a.id, "", &errors).ok());
  ASSERT_TRUE(svc_->Withhold(actor_, officer_, a.id, "涉及个人隐私", &errors).ok());
  EXPECT_EQ(svc_->Lookup(a.id, a.code)->withhold_reason, "涉及个人隐私");
  long long audits = 0;
  ASSERT_TRUE(tdb_->db()
                  ->Read([&](soci::session& sql) {
                    sql << "SELECT COUNT(*) FROM audit_log WHERE object_type = 'message'", soci::into(audits);
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_EQ(audits, 6);  // received, assigned, answered twice, published, withheld
}

TEST_P(MessageServiceTest, APrivateMessageIsNeverPublished) {
  const Asked a = Ask(true);
  FieldErrors errors;
  ASSERT_TRUE(svc_->Answer(actor_, officer_, a.id, "已转办。", &errors).ok());
  auto refused = svc_->Publish(actor_, officer_, a.id);
  EXPECT_EQ(refused.code(), Code::kConflict);
  EXPECT_NE(refused.message().find("要求不公开"), std::string::npos);
  EXPECT_EQ(svc_->Lookup(a.id, a.code)->answer, "已转办。") << "the asker still reads the answer";
}

// 发布前内容检查 (work plan 四(三)): a mobile number left in the answer
// stops publication until the 公开办 records why it may go out; the
// question's masked text is what is checked, so the asker's own number is no
// finding.
TEST_P(MessageServiceTest, PersonalInformationInTheAnswerBlocksPublication) {
  const Asked a = Ask();
  FieldErrors errors;
  ASSERT_TRUE(svc_->Answer(actor_, officer_, a.id, "请联系经办人王科长，手机13805310001。", &errors).ok());
  auto findings = svc_->CheckContent(svc_->Get(a.id).value());
  ASSERT_TRUE(findings.ok());
  ASSERT_EQ(findings->size(), 1u);
  EXPECT_EQ(findings->front().field, "answer");
  EXPECT_EQ(findings->front().finding.rule, "mobile");
  EXPECT_TRUE(findings->front().finding.blocking);
  auto refused = svc_->Publish(actor_, officer_, a.id, "", &errors);
  EXPECT_EQ(refused.code(), Code::kInvalid);
  EXPECT_NE(errors.Get("content_reason").find("答复内容：疑似手机号码“13805310001”"), std::string::npos)
      << errors.Get("content_reason");
  EXPECT_EQ(svc_->Get(a.id)->state, State::kAnswered);
  // 一键替换 masks it (only while it is still there), and it goes out with no reason asked.
  const auto& f = findings->front().finding;
  EXPECT_EQ(svc_->FixContent(actor_, officer_, a.id, "answer", f.start, f.end + 1, f.text).code(), Code::kConflict);
  EXPECT_EQ(svc_->FixContent(actor_, officer_, a.id, "title", f.start, f.end, f.text).code(), Code::kInvalid);
  ASSERT_TRUE(svc_->FixContent(actor_, officer_, a.id, "answer", f.start, f.end, f.text).ok());
  EXPECT_EQ(svc_->Get(a.id)->answer, "请联系经办人王科长，手机138****0001。");
  EXPECT_TRUE(svc_->CheckContent(svc_->Get(a.id).value())->empty());
  ASSERT_TRUE(svc_->Publish(actor_, officer_, a.id, "", &errors).ok());
  const Asked b = Ask();
  ASSERT_TRUE(svc_->Answer(actor_, officer_, b.id, "经办人手机13805310001（本人同意公开）。", &errors).ok());
  ASSERT_TRUE(svc_->Publish(actor_, officer_, b.id, "经办人同意公开其工作手机", &errors).ok());
  EXPECT_EQ(svc_->Get(b.id)->state, State::kPublished);
  std::string summary;
  ASSERT_TRUE(tdb_->db()
                  ->Read([&](soci::session& sql) {
                    sql << "SELECT summary FROM audit_log WHERE action = 'message.content_override'", soci::into(summary);
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_NE(summary.find("经办人同意公开其工作手机"), std::string::npos) << summary;
}

TEST_P(MessageServiceTest, TheDashboardCountsOverdueAndTheRedLine) {
  Ask();
  EXPECT_EQ(svc_->Attend(nullptr)->overdue, 0);
  clock_.Advance(9 * 86400);  // the day after the fifth working day
  EXPECT_EQ(svc_->Attend(nullptr)->overdue, 1);
  EXPECT_EQ(svc_->Attend(nullptr)->near_breach, 0);
  clock_.Advance(54 * 86400);  // two months after it arrived
  EXPECT_EQ(svc_->Attend(nullptr)->near_breach, 1);
  const std::vector<int64_t> other = {2};
  EXPECT_EQ(svc_->Attend(&other)->near_breach, 0) << "another agency's count";
}

INSTANTIATE_TEST_SUITE_P(Backends, MessageServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::messages
