// The application service on a real database, SQLite and (with
// GK_TEST_PG_URL) PostgreSQL: the same SQL must run on both. A fake clock
// stands on chosen dates; the shipped State Council calendar counts the days.
#include "applications/service.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "auth/service.h"
#include "common/clock.h"
#include "testutil/test_db.h"
#include "text/markdown.h"

#include "testutil/source_tree.h"

namespace gk::applications {
namespace {

constexpr const char* kPassword = "Ceshi-Mima-2026#";
constexpr const char* kBureauUscc = "11370100MB28696235";

// 10:00 in China on a date.
int64_t At(const char* ymd, int hour = 10) {
  auto d = Date::Parse(ymd);
  return d->DaysSinceEpoch() * 86400 + (hour - 8) * 3600;
}

struct Staff {
  access::User user;
  access::Actor actor;
};

class ApplicationServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    test_db_ = std::make_unique<testing::TestDatabase>(GetParam());
    if (!test_db_->db()) {
      if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
      FAIL() << test_db_->error();
    }
    db_ = test_db_->db();
    ASSERT_TRUE(calendar_.LoadDirectory(testing::SourceDir() + "/data/calendar").ok());
    auth_ = std::make_unique<auth::AuthService>(db_, clock_, auth::AuthOptions{});
    ApplicationsOptions o;
    o.letters_dir = testing::SourceDir() + "/templates/letters";
    service_ = std::make_unique<ApplicationService>(db_, clock_, calendar_, o);
    access::Agency a;
    a.name = "济南市市场监督管理局";
    a.short_name = "市市场监管局";
    a.uscc = kBureauUscc;
    FieldErrors errors;
    auto id = auth_->CreateAgency(cli_, nullptr, a, &errors);
    ASSERT_TRUE(id.ok()) << id.status().message();
    bureau_ = id.value();
    auto dept = auth_->CreateDepartment(
        cli_, nullptr, {0, bureau_, "食品生产安全监督管理处", access::DepartmentKind::kDivision}, &errors);
    ASSERT_TRUE(dept.ok());
    dept_ = dept.value();
    officer_ = MakeStaff("officer", {{access::Role::kOfficer, bureau_, 0}});
    leader_ = MakeStaff("leader", {{access::Role::kOfficer, bureau_, 0}});
    clerk_ = MakeStaff("clerk", {{access::Role::kEditor, bureau_, dept_}});
    outsider_ = MakeStaff("outsider", {{access::Role::kEditor, bureau_, 0}});
    ASSERT_TRUE(service_->SetSigners(cli_, nullptr, bureau_, {leader_.user.id}).ok());
  }
  void TearDown() override {
    service_.reset();
    auth_.reset();
    db_.reset();
    test_db_.reset();
  }

  Staff MakeStaff(const std::string& username, std::vector<access::RoleGrant> roles) {
    auth::NewUser nu;
    nu.username = username;
    nu.display_name = "测试" + username;
    nu.roles = std::move(roles);
    nu.password = kPassword;
    FieldErrors errors;
    EXPECT_TRUE(auth_->CreateUser(cli_, nullptr, nu, &errors).ok()) << username;
    Staff s;
    auto u = auth_->GetUserByName(username);
    if (u.ok()) s.user = u.value();
    s.actor = access::Actor{s.user.id, username, "127.0.0.1"};
    return s;
  }

  Application Person(const std::string& id_number = "11010519491231002X") {
    Application a;
    a.agency_id = bureau_;
    a.applicant_name = "周申请";
    a.id_type = "resident_id";
    a.id_number = id_number;
    a.phone = "13912345678";
    a.email = "zhou@example.com";
    a.description = "请公开2026年第三季度食品安全监督抽检结果中涉及历下区超市的抽检报告。";
    a.medium = "electronic";
    a.delivery = "email";
    return a;
  }

  Status Do(const Staff& s, int64_t id, Action a, ActionInput in = {}) {
    FieldErrors errors;
    Status st = service_->Perform(s.actor, s.user, id, a, in, &errors);
    return st;
  }
  CaseFile File(int64_t id) {
    auto f = service_->Get(id);
    EXPECT_TRUE(f.ok()) << f.status().message();
    return f.ok() ? f.value() : CaseFile{};
  }

  std::unique_ptr<testing::TestDatabase> test_db_;
  std::shared_ptr<storage::Database> db_;
  FakeClock clock_{At("2026-09-28")};
  WorkCalendar calendar_;
  std::unique_ptr<auth::AuthService> auth_;
  std::unique_ptr<ApplicationService> service_;
  access::Actor cli_{0, "命令行", ""};
  int64_t bureau_ = 0, dept_ = 0;
  Staff officer_, leader_, clerk_, outsider_;
};

TEST_P(ApplicationServiceTest, OnlineApplicationThroughConsultationExtensionAndSignOff) {
  FieldErrors errors;
  auto sub = service_->SubmitOnline(cli_, Person("11010519491231002x"), &errors);
  ASSERT_TRUE(sub.ok()) << sub.status().message();
  EXPECT_EQ(sub->number, "2026-000001");
  EXPECT_EQ(File(sub->id).app.id_number, "11010519491231002X");  // normalised
  EXPECT_EQ(File(sub->id).app.state, State::kSubmitted);
  EXPECT_FALSE(File(sub->id).clock.started);

  // 接收确认 the same day: received 9/28 → 20 working days → 10/30 (国庆 in between).
  ASSERT_TRUE(Do(officer_, sub->id, Action::kReceive).ok());
  EXPECT_EQ(DateText(File(sub->id).app.due_on), "2026-10-30");
  EXPECT_EQ(DateText(File(sub->id).app.received_on), "2026-09-28");

  // Consultation sent 10/9, answered 10/15: the working days in (10/9, 10/15]
  // (10/10 make-up Saturday, 10/12–10/15: 5) do not count → 11/6.
  clock_.Set(At("2026-10-09"));
  ActionInput consult;
  consult.third_party = "济南某某超市有限公司";
  ASSERT_TRUE(Do(officer_, sub->id, Action::kSendConsultation, consult).ok());
  EXPECT_EQ(File(sub->id).app.state, State::kConsulting);
  clock_.Set(At("2026-10-15"));
  ASSERT_TRUE(Do(officer_, sub->id, Action::kAnswerConsultation).ok());
  EXPECT_EQ(DateText(File(sub->id).app.due_on), "2026-11-06");

  // Extension by 5 working days: 11/9–11/13 → 11/13. Only once.
  ActionInput extend;
  extend.days = 5;
  extend.note = "需要调取多个处室的检验报告";
  EXPECT_EQ(Do(officer_, sub->id, Action::kExtend, extend).code(), Code::kConflict);  // not the office's head
  ASSERT_TRUE(Do(leader_, sub->id, Action::kExtend, extend).ok());
  EXPECT_EQ(DateText(File(sub->id).app.due_on), "2026-11-13");
  EXPECT_EQ(Do(leader_, sub->id, Action::kExtend, extend).code(), Code::kConflict);
  ActionInput too_long = extend;
  too_long.days = 21;

  // Decision 不予公开·保护第三方合法权益 needs its legal basis.
  ActionInput decide;
  decide.outcome = Outcome{3, 4};
  EXPECT_EQ(Do(officer_, sub->id, Action::kDraftDecision, decide).code(), Code::kInvalid);
  // 发布前内容检查: a third party's identity number in the reply is refused at
  // its field; the applicant's own phone may be quoted back to them.
  decide.legal_basis = "《中华人民共和国政府信息公开条例》第十五条、第三十二条。第三方（身份证号370102199003071238）不同意公开。";
  {
    FieldErrors errors;
    EXPECT_EQ(service_->Perform(officer_.actor, officer_.user, sub->id, Action::kDraftDecision, decide, &errors).code(),
              Code::kInvalid);
    EXPECT_NE(errors.Get("legal_basis").find("申请人以外的个人信息"), std::string::npos) << errors.Get("legal_basis");
  }
  decide.legal_basis = "《中华人民共和国政府信息公开条例》第十五条、第三十二条";
  decide.explanation = "如有疑问，我们将致电您的手机13912345678说明。";
  ASSERT_TRUE(Do(officer_, sub->id, Action::kDraftDecision, decide).ok());
  EXPECT_EQ(File(sub->id).app.state, State::kSignOff);
  // The drafter and a non-signer cannot sign; the configured signer can.
  EXPECT_FALSE(Do(officer_, sub->id, Action::kSignOff).ok());
  clock_.Set(At("2026-11-10"));
  ASSERT_TRUE(Do(leader_, sub->id, Action::kSignOff).ok());
  CaseFile f = File(sub->id);
  EXPECT_EQ(f.app.state, State::kClosed);
  EXPECT_EQ(DateText(f.app.closed_on), "2026-11-10");
  EXPECT_FALSE(f.app.due_on.has_value());
  ASSERT_GE(f.letters.size(), 4u);  // acknowledgement, consultation, extension, reply
  const Letter& reply = f.letters.back();
  EXPECT_TRUE(reply.issued);
  EXPECT_TRUE(reply.type == ReplyLetter({3, 4}));
  EXPECT_EQ(reply.signed_by_name, "测试leader");
  EXPECT_NE(reply.number.find("市市场监管局依申〔2026〕"), std::string::npos);
  EXPECT_NE(reply.body_md.find("周申请"), std::string::npos);
  EXPECT_NE(reply.body_md.find(reply.number), std::string::npos);
  EXPECT_EQ(reply.body_md.find("{{letter_no}}"), std::string::npos);
  EXPECT_FALSE(f.letters[1].to_applicant);  // the consultation request goes to the third party

  // The applicant's view: by number and code only.
  EXPECT_TRUE(service_->Lookup(sub->number, sub->tracking_code).ok());
  std::string lower = sub->tracking_code;
  for (char& c : lower) c = static_cast<char>(std::tolower(c));
  EXPECT_TRUE(service_->Lookup(sub->number, lower).ok());
  EXPECT_EQ(service_->Lookup(sub->number, "AAAA-BBBB-CCCC").status().code(), Code::kNotFound);
  EXPECT_EQ(service_->Lookup("2026-000002", sub->tracking_code).status().code(), Code::kNotFound);

  // Closed: nothing but archive and appeals.
  EXPECT_EQ(Do(officer_, sub->id, Action::kWithdraw).code(), Code::kConflict);
  ActionInput appeal;
  appeal.appeal.kind = "reconsideration";
  appeal.appeal.filed_on = DateOf("2026-11-20");
  appeal.appeal.body = "济南市人民政府";
  appeal.appeal.result = "pending";
  ASSERT_TRUE(Do(officer_, sub->id, Action::kAppeal, appeal).ok());
  ASSERT_TRUE(Do(officer_, sub->id, Action::kArchive).ok());
  EXPECT_EQ(File(sub->id).app.state, State::kArchived);

  auto t = service_->reports().Tables(2026, {bureau_});
  ASSERT_TRUE(t.ok());
  EXPECT_TRUE(t->balanced);
  EXPECT_EQ(t->t3.received[kApplicantTypes], 1);
  EXPECT_EQ(t->t3.closed_total[0], 1);
  EXPECT_EQ(t->t4[3], 1);  // 行政复议·尚未审结
  EXPECT_EQ(t->t4[4], 1);

  // The result comes later: recorded once, then counted as 结果纠正.
  ActionInput result;
  result.appeal.id = File(sub->id).appeals.at(0).id;
  result.appeal.result = "corrected";
  result.appeal.decided_on = DateOf("2026-12-01");
  ASSERT_TRUE(Do(officer_, sub->id, Action::kAppeal, result).ok());
  EXPECT_EQ(Do(officer_, sub->id, Action::kAppeal, result).code(), Code::kConflict);
  t = service_->reports().Tables(2026, {bureau_});
  EXPECT_EQ(t->t4[1], 1);
  EXPECT_EQ(t->t4[3], 0);
}

// 依申请转主动 (proactive.h): a case closed with 予以公开 is a candidate,
// another applicant's similar request counts; the 公开办 records a decision
// once, every problem named; only 转为主动公开 counts for the report.
TEST_P(ApplicationServiceTest, DisclosedApplicationsAreCandidatesForProactivePublication) {
  FieldErrors errors;
  auto first = service_->SubmitOnline(cli_, Person(), &errors);
  auto second = service_->SubmitOnline(cli_, Person("370102199003071238"), &errors);
  ASSERT_TRUE(first.ok() && second.ok());
  ASSERT_TRUE(Do(officer_, first->id, Action::kReceive).ok());
  EXPECT_TRUE(service_->ProactiveCandidates({bureau_})->empty()) << "open cases are not candidates";
  ActionInput decide;
  decide.outcome = Outcome{1, 0};
  ASSERT_TRUE(Do(officer_, first->id, Action::kDraftDecision, decide).ok());
  ASSERT_TRUE(Do(leader_, first->id, Action::kSignOff).ok());
  auto candidates = service_->ProactiveCandidates({bureau_});
  ASSERT_TRUE(candidates.ok()) << candidates.status().message();
  ASSERT_EQ(candidates->size(), 1u);
  EXPECT_EQ(candidates->at(0).app.id, first->id);
  EXPECT_GE(candidates->at(0).similar, 1) << "the second applicant asked for the same";

  EXPECT_EQ(service_->DecideProactive(officer_.actor, officer_.user, first->id, "", "", "", &errors).code(),
            Code::kInvalid);
  EXPECT_FALSE(errors.Get("choice").empty());
  EXPECT_EQ(service_->DecideProactive(officer_.actor, officer_.user, first->id, "unsuitable", "", " ", &errors).code(),
            Code::kInvalid);
  EXPECT_FALSE(errors.Get("reason").empty());
  EXPECT_EQ(
      service_->DecideProactive(officer_.actor, officer_.user, first->id, "publish", "11370100MB28696235/2099-00001", "",
                                &errors)
          .code(),
      Code::kInvalid);
  EXPECT_NE(errors.Get("index_no").find("没有已发布的"), std::string::npos);
  EXPECT_EQ(service_->DecideProactive(clerk_.actor, clerk_.user, first->id, "unsuitable", "", "涉及个人信息", &errors)
                .code(),
            Code::kDenied);
  EXPECT_EQ(service_->DecideProactive(officer_.actor, officer_.user, second->id, "unsuitable", "", "尚未办结", &errors)
                .code(),
            Code::kConflict);
  ASSERT_TRUE(
      service_->DecideProactive(officer_.actor, officer_.user, first->id, "unsuitable", "", "仅涉及申请人自身", &errors)
          .ok());
  EXPECT_EQ(service_->DecideProactive(officer_.actor, officer_.user, first->id, "unsuitable", "", "again", &errors)
                .code(),
            Code::kConflict);
  EXPECT_TRUE(service_->ProactiveCandidates({bureau_})->empty());
  auto decided = service_->ProactiveDecisions({bureau_}, 2026);
  ASSERT_TRUE(decided.ok());
  ASSERT_EQ(decided->size(), 1u);
  EXPECT_EQ(decided->at(0).reason, "仅涉及申请人自身");
  EXPECT_EQ(decided->at(0).decided_on.ToString(), "2026-09-28");
  EXPECT_EQ(service_->ProactiveCount(bureau_, 2026).value(), 0) << "only 转为主动公开 counts";
}

TEST_P(ApplicationServiceTest, CorrectionRestartsTheClockAndLapsesOnlyAfterItsDeadline) {
  FieldErrors errors;
  auto reg = service_->Register(
      officer_.actor, officer_.user,
      [&] {
        Application a = Person();
        a.channel = "in_person";
        return a;
      }(),
      DateOf("2026-09-28"), "", &errors);
  ASSERT_TRUE(reg.ok()) << reg.status().message();
  EXPECT_EQ(File(reg->id).letters.size(), 1u);  // 登记回执
  EXPECT_TRUE(File(reg->id).letters[0].issued);
  ActionInput corr;
  corr.note = "请写明超市名称。";
  corr.until = "2026-10-20";
  ASSERT_TRUE(Do(officer_, reg->id, Action::kRequestCorrection, corr).ok());
  CaseFile f = File(reg->id);
  EXPECT_EQ(f.app.state, State::kCorrection);
  EXPECT_EQ(DateText(f.app.due_on), "");
  EXPECT_EQ(DateText(f.app.waiting_until), "2026-10-20");
  EXPECT_EQ(Do(officer_, reg->id, Action::kLapseCorrection).code(), Code::kConflict);
  clock_.Set(At("2026-10-21"));
  ASSERT_TRUE(Do(officer_, reg->id, Action::kLapseCorrection).ok());
  f = File(reg->id);
  EXPECT_EQ(f.app.state, State::kSignOff);
  EXPECT_TRUE(f.app.outcome == kOutcomeLapsedCorrection);
  ASSERT_TRUE(Do(leader_, reg->id, Action::kSignOff).ok());
  EXPECT_EQ(DateText(File(reg->id).app.closed_on), "2026-10-21");

  // Another one corrected in time: the clock restarts from the corrected receipt.
  clock_.Set(At("2026-11-02"));
  auto second = service_->Register(
      officer_.actor, officer_.user,
      [&] {
        Application a = Person();
        a.channel = "letter";
        return a;
      }(),
      DateOf("2026-11-02"), "", &errors);
  ASSERT_TRUE(second.ok());
  ASSERT_TRUE(Do(officer_, second->id, Action::kRequestCorrection, corr).code() == Code::kInvalid);  // until before
  corr.until = "";
  ASSERT_TRUE(Do(officer_, second->id, Action::kRequestCorrection, corr).ok());
  EXPECT_EQ(Do(officer_, second->id, Action::kRequestCorrection, corr).code(), Code::kConflict);
  clock_.Set(At("2026-11-09"));
  ASSERT_TRUE(Do(officer_, second->id, Action::kReceiveCorrection).ok());
  // 11/9 + 20 working days = 12/7.
  EXPECT_EQ(DateText(File(second->id).app.due_on), "2026-12-07");
  EXPECT_EQ(Do(officer_, second->id, Action::kRequestCorrection, corr).code(), Code::kConflict);
}

TEST_P(ApplicationServiceTest, PerApplicationFeeCountsTheApplicantsMonthAndPausesTheClock) {
  clock_.Set(At("2026-10-12"));
  FieldErrors errors;
  std::vector<int64_t> ids;
  for (int i = 0; i < 11; ++i) {
    auto r = service_->Register(
        officer_.actor, officer_.user,
        [&] {
          Application a = Person("110101199003070011");
          a.channel = "letter";
          a.description = "请公开编号为第" + std::to_string(i + 1) + "号的食品生产许可证的核发依据和审查记录。";
          return a;
        }(),
        DateOf("2026-10-12"), "", &errors);
    ASSERT_TRUE(r.ok()) << r.status().message();
    ids.push_back(r->id);
  }
  ActionInput fee;
  fee.fee_method = FeeMethod::kPerApplication;
  // The 1st of the month is free: refused with the reason.
  EXPECT_EQ(Do(officer_, ids[0], Action::kNotifyFee, fee).code(), Code::kInvalid);
  // The 11th: 100 元.
  ASSERT_TRUE(Do(officer_, ids[10], Action::kNotifyFee, fee).ok());
  CaseFile f = File(ids[10]);
  EXPECT_EQ(f.app.fee_yuan, 100);
  EXPECT_EQ(f.app.fee_quantity, 11);
  EXPECT_EQ(f.app.state, State::kFeePending);
  EXPECT_EQ(DateText(f.app.due_on), "");
  // Notice received 10/12; payment deadline 20 working days later: 11/9.
  EXPECT_EQ(DateText(f.app.waiting_until), "2026-11-09");
  EXPECT_EQ(Do(officer_, ids[10], Action::kLapseFee).code(), Code::kConflict);
  // Paid on 10/16: the 4 working days (10/13–10/16) do not count: 11/9 + 4 = 11/13.
  clock_.Set(At("2026-10-16"));
  ASSERT_TRUE(Do(officer_, ids[10], Action::kPayFee).ok());
  EXPECT_EQ(DateText(File(ids[10]).app.due_on), "2026-11-13");
  // Per page for another: 150 pages = 1700 元, with its working in the notice.
  ActionInput pages;
  pages.fee_method = FeeMethod::kPerPage;
  pages.pages = 150;
  ASSERT_TRUE(Do(officer_, ids[9], Action::kNotifyFee, pages).ok());
  EXPECT_EQ(File(ids[9]).app.fee_yuan, 1700);
  const Letter notice = File(ids[9]).letters.back();  // a copy: File() returns a temporary
  EXPECT_TRUE(notice.type.kind == LetterKind::kFee);
  EXPECT_NE(notice.body_md.find("1700元"), std::string::npos);
  EXPECT_EQ(notice.body_md.find("元元"), std::string::npos);
  EXPECT_NE(notice.body_md.find("70 页 × 10 元 = 700 元"), std::string::npos);
  EXPECT_NE(notice.body_md.find("2026年11月13日"), std::string::npos);  // pay by: 10/16 + 20 working days
}

TEST_P(ApplicationServiceTest, DatesNeverPrecedeReceiptAndTheOnlineAcknowledgementKeepsIt) {
  FieldErrors errors;
  auto sub = service_->SubmitOnline(cli_, Person(), &errors);
  ASSERT_TRUE(sub.ok());
  // The acknowledgement drafted before receipt still gets the receipt date.
  auto draft = service_->letters().Draft(File(sub->id), {LetterKind::kAcknowledgement, {}}, {});
  ASSERT_TRUE(draft.ok());
  EXPECT_NE(draft->find("{{received_on}}"), std::string::npos);
  ActionInput receive;
  receive.letter_body = *draft;
  ASSERT_TRUE(Do(officer_, sub->id, Action::kReceive, receive).ok());
  EXPECT_NE(File(sub->id).letters.at(0).body_md.find("2026年9月28日"), std::string::npos);
  clock_.Set(At("2026-10-12"));
  ActionInput withdraw;
  withdraw.on = "2026-09-27";
  EXPECT_EQ(Do(officer_, sub->id, Action::kWithdraw, withdraw).code(), Code::kInvalid);
  withdraw.on = "2026-10-09";
  ASSERT_TRUE(Do(officer_, sub->id, Action::kWithdraw, withdraw).ok());
  EXPECT_TRUE(File(sub->id).app.outcome == kOutcomeWithdrawn);
  EXPECT_TRUE(service_->reports().Tables(2026, {bureau_})->balanced);
  // The case library finds it by its outcome row and by sub-reason.
  store::Filter f;
  f.agencies = {bureau_};
  f.outcome_prefix = "6";
  int64_t total = 0;
  ASSERT_TRUE(service_->List(f, &total).ok());
  EXPECT_EQ(total, 1);
  f.outcome_prefix = "6.3";
  ASSERT_TRUE(service_->List(f, &total).ok());
  EXPECT_EQ(total, 1);
  f.outcome_prefix = "6.1";
  ASSERT_TRUE(service_->List(f, &total).ok());
  EXPECT_EQ(total, 0);
}

TEST_P(ApplicationServiceTest, ListsByDueDateAndDepartmentsSeeOnlyTheirAssist) {
  FieldErrors errors;
  auto a = service_->Register(
      officer_.actor, officer_.user,
      [&] {
        Application x = Person();
        x.channel = "fax";
        return x;
      }(),
      DateOf("2026-09-28"), "", &errors);
  ASSERT_TRUE(a.ok());
  auto counts = service_->Dashboard({bureau_});
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->open, 1);
  EXPECT_EQ(counts->overdue, 0);
  clock_.Set(At("2026-10-28"));  // due 10/30: within 3 working days
  counts = service_->Dashboard({bureau_});
  EXPECT_EQ(counts->due_soon, 1);
  clock_.Set(At("2026-11-02"));
  counts = service_->Dashboard({bureau_});
  EXPECT_EQ(counts->overdue, 1);
  EXPECT_EQ(counts->due_soon, 0);

  // Personal data: the outsider may not open the case; the department may
  // once it is assigned, and answers its 协查.
  EXPECT_EQ(service_->Open(outsider_.actor, outsider_.user, a->id).status().code(), Code::kDenied);
  EXPECT_EQ(service_->Open(clerk_.actor, clerk_.user, a->id).status().code(), Code::kDenied);
  ActionInput assign;
  assign.department_id = dept_;
  ASSERT_TRUE(Do(officer_, a->id, Action::kAssign, assign).ok());
  EXPECT_TRUE(service_->Open(clerk_.actor, clerk_.user, a->id).ok());
  ActionInput answer;
  answer.note = "本处掌握该批次抽检报告 3 份。";
  EXPECT_EQ(Do(outsider_, a->id, Action::kDeptAnswer, answer).code(), Code::kDenied);
  ASSERT_TRUE(Do(clerk_, a->id, Action::kDeptAnswer, answer).ok());
  EXPECT_EQ(File(a->id).app.dept_answer, answer.note);

  store::Filter f;
  f.agencies = {bureau_};
  f.department_id = dept_;
  int64_t total = 0;
  auto list = service_->List(f, &total);
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(total, 1);
  // Repeat applications: the same applicant's earlier ones are found.
  auto b = service_->Register(
      officer_.actor, officer_.user,
      [&] {
        Application x = Person();
        x.channel = "fax";
        return x;
      }(),
      DateOf("2026-11-02"), "", &errors);
  ASSERT_TRUE(b.ok());
  auto related = service_->Related(File(b->id).app);
  ASSERT_TRUE(related.ok());
  ASSERT_EQ(related->size(), 1u);
  EXPECT_EQ(related->front().id, a->id);
}

TEST_P(ApplicationServiceTest, RefusesBadApplicationsWithEveryReason) {
  Application a = Person("110105194912310021");
  a.description = "短";
  a.delivery = "post";
  a.email = "not-an-email";
  FieldErrors errors;
  auto r = service_->SubmitOnline(cli_, a, &errors);
  EXPECT_EQ(r.status().code(), Code::kInvalid);
  EXPECT_FALSE(errors.Get("id_number").empty());
  EXPECT_FALSE(errors.Get("description").empty());
  EXPECT_FALSE(errors.Get("email").empty());
  EXPECT_FALSE(errors.Get("address").empty());
  // An organisation must use an organisation's document.
  Application org = Person();
  org.applicant_type = ApplicantType::kBusiness;
  FieldErrors e2;
  EXPECT_FALSE(service_->SubmitOnline(cli_, org, &e2).ok());
  EXPECT_FALSE(e2.Get("id_type").empty());
  EXPECT_FALSE(e2.Get("contact_person").empty());
  // Registering needs a receipt date not in the future.
  Application paper = Person();
  paper.channel = "in_person";
  FieldErrors e3;
  EXPECT_FALSE(service_->Register(officer_.actor, officer_.user, paper, DateOf("2026-10-01"), "", &e3).ok());
  EXPECT_FALSE(e3.Get("received_on").empty());
  // Only the 公开办 registers.
  FieldErrors e4;
  EXPECT_EQ(service_->Register(outsider_.actor, outsider_.user, paper, DateOf("2026-09-28"), "", &e4).status().code(),
            Code::kDenied);
}

// The applicant's words go into a letter as text: nothing they type is read
// as Markdown or as a {{placeholder}} (which would block the letter).
TEST_P(ApplicationServiceTest, ApplicantTextIsMergedIntoLettersLiterally) {
  struct Case {
    std::string typed;     // in the description
    std::string shown;     // in the rendered letter
    std::string not_html;  // what must not appear in it
  };
  const Case cases[] = {
      {"{{x}}", "{{x}}", ""},
      {"{{letter_no}}", "{{letter_no}}", ""},
      {"**bold**", "**bold**", "<strong>bold"},
      {"[link](javascript:x)", "[link](javascript:x)", "<a "},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script"},
      {"\n# 标题", "# 标题", "<h1>标题"},
      {"\n\n| a | b |\n| - | - |\n| 1 | 2 |", "| a | b |", "<table"},
  };
  for (const Case& c : cases) {
    Application a = Person();
    a.description = "请公开2026年第三季度食品安全监督抽检报告，" + c.typed;
    FieldErrors errors;
    auto sub = service_->SubmitOnline(cli_, a, &errors);
    ASSERT_TRUE(sub.ok()) << c.typed << ": " << sub.status().message();
    auto draft = service_->letters().Draft(File(sub->id), {LetterKind::kAcknowledgement, {}}, {});
    ASSERT_TRUE(draft.ok()) << c.typed;
    ActionInput receive;
    receive.letter_body = *draft;
    Status issued = Do(officer_, sub->id, Action::kReceive, receive);
    ASSERT_TRUE(issued.ok()) << c.typed << ": " << issued.message();
    const Letter l = File(sub->id).letters.at(0);
    EXPECT_TRUE(LetterService::Unfilled(l.body_md).empty()) << l.body_md;
    const std::string html = text::RenderMarkdown(l.body_md);
    EXPECT_NE(html.find(c.shown), std::string::npos) << c.typed << "\n" << html;
    if (!c.not_html.empty()) {
      EXPECT_EQ(html.find(c.not_html), std::string::npos) << c.typed << "\n" << html;
    }
  }
}

TEST_P(ApplicationServiceTest, SimilarApplicationsAreFoundByChineseFullText) {
  const std::string dir =
      (test_db_->dir().empty() ? std::string("/tmp") : test_db_->dir()) + "/apps-index-" + testing::RandomSuffix();
  auto index = search::Index::Open(dir);
  ASSERT_TRUE(index.ok()) << index.status().message();
  service_->SetIndex(index->get());
  FieldErrors errors;
  auto paper = [&](const std::string& id_number, const std::string& desc) {
    Application a = Person(id_number);
    a.channel = "letter";
    a.description = desc;
    auto r = service_->Register(officer_.actor, officer_.user, a, DateOf("2026-09-28"), "", &errors);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r->id : 0;
  };
  int64_t a = paper("110101199003070011", "请公开2025年度全市电梯安全监督抽查结果及不合格电梯的使用单位名单。");
  paper("440308199901010012", "请提供本市农贸市场食品快检室的设置标准和检测数据。");
  int64_t c = paper("11010519491231002X", "申请公开历下区电梯安全监督抽查中发现不合格电梯的处理情况。");
  auto related = service_->Related(File(c).app);
  ASSERT_TRUE(related.ok());
  ASSERT_FALSE(related->empty());
  EXPECT_EQ(related->front().id, a);  // 电梯 / 抽查 / 不合格 in common, another applicant
  // The case library's text search goes through the same index.
  auto ids = service_->SearchIds("电梯", {bureau_}, 10);
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(ids->size(), 2u);
  // Rebuilt from the database, it finds the same.
  ASSERT_TRUE(service_->RebuildIndex().ok());
  ids = service_->SearchIds("快检室", {bureau_}, 10);
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(ids->size(), 1u);
  service_->SetIndex(nullptr);
  index->reset();
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApplicationServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const auto& info) {
                           return info.param == storage::Backend::kSqlite ? std::string("Sqlite")
                                                                          : std::string("Postgres");
                         });

}  // namespace
}  // namespace gk::applications
