// 重点工作: the workflow table, the progress status derived on a fake
// clock (未启动 / 推进中 / 已延期 / 逾期 / 已完成, overdue milestones), and a
// task's life through the service on both backends: drafts checked with
// every problem at once, milestones and reports, publication by the 公开办
// only, postponement keeping the original deadline, completion, withdrawal,
// the filters, the dashboard counts, the audit log and the import of a
// year's list (all or nothing, with row numbers).
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/clock.h"
#include "tasks/service.h"
#include "testutil/test_db.h"

namespace gk::tasks {
namespace {

Date D(const char* s) { return DateOf(s).value(); }

TEST(TaskWorkflowTest, EachActionFromItsStatesOnly) {
  using A = TaskAction;
  using S = TaskState;
  const S kDraft = S::kDraft, kPub = S::kPublished, kPost = S::kPostponed, kDone = S::kCompleted, kGone = S::kWithdrawn;
  struct Case {
    A action;
    S from;
    bool allowed;
    S to;
  } cases[] = {
      {A::kEdit, kDraft, true, kDraft},
      {A::kEdit, kPub, false, kPub},
      {A::kEdit, kDone, false, kDone},
      {A::kAddMilestone, kDraft, true, kDraft},
      {A::kAddMilestone, kPub, true, kPub},
      {A::kAddMilestone, kPost, true, kPost},
      {A::kAddMilestone, kDone, false, kDone},
      {A::kMilestoneDone, kPub, true, kPub},
      {A::kMilestoneDone, kPost, true, kPost},
      {A::kMilestoneDone, kGone, false, kGone},
      {A::kDeleteMilestone, kDraft, true, kDraft},
      {A::kDeleteMilestone, kPub, false, kPub},
      {A::kReport, kDraft, true, kDraft},
      {A::kReport, kPub, true, kPub},
      {A::kReport, kPost, true, kPost},
      {A::kReport, kDone, false, kDone},
      {A::kReport, kGone, false, kGone},
      {A::kPublish, kDraft, true, kPub},
      {A::kPublish, kPub, false, kPub},
      {A::kPublish, kGone, false, kGone},
      {A::kPostpone, kDraft, false, kDraft},
      {A::kPostpone, kPub, true, kPost},
      {A::kPostpone, kPost, true, kPost},
      {A::kPostpone, kDone, false, kDone},
      {A::kComplete, kDraft, false, kDraft},
      {A::kComplete, kPub, true, kDone},
      {A::kComplete, kPost, true, kDone},
      {A::kComplete, kDone, false, kDone},
      {A::kWithdraw, kDraft, false, kDraft},
      {A::kWithdraw, kPub, true, kGone},
      {A::kWithdraw, kPost, true, kGone},
      {A::kWithdraw, kDone, true, kGone},
      {A::kWithdraw, kGone, false, kGone},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(StateAllows(c.action, c.from), c.allowed) << ActionCode(c.action) << " from " << StateCode(c.from);
    EXPECT_EQ(NextState(c.action, c.from), c.to) << ActionCode(c.action) << " from " << StateCode(c.from);
  }
  for (A a : {A::kEdit, A::kAddMilestone, A::kMilestoneDone, A::kDeleteMilestone, A::kReport})
    EXPECT_EQ(ActionPermission(a), access::Permission::kManageTasks) << ActionCode(a);
  for (A a : {A::kPublish, A::kPostpone, A::kComplete, A::kWithdraw})
    EXPECT_EQ(ActionPermission(a), access::Permission::kPublishTasks) << ActionCode(a);
  for (A a : AllActions()) {
    A back;
    EXPECT_TRUE(ParseAction(ActionCode(a), &back));
    EXPECT_EQ(back, a);
  }
}

TEST(TaskWorkflowTest, RefusalsNameEveryReason) {
  Task t;
  t.agency_id = 1;
  t.state = TaskState::kPublished;
  t.milestones = {{1, 0, "方案", D("2026-03-01"), D("2026-02-27")}, {2, 0, "上线", D("2026-06-30"), std::nullopt}};
  access::User editor, officer, elsewhere;
  editor.roles = {{access::Role::kEditor, 1, 0}};
  officer.roles = {{access::Role::kOfficer, 1, 0}};
  elsewhere.roles = {{access::Role::kOfficer, 2, 0}};
  EXPECT_TRUE(Refusals(TaskAction::kReport, t, editor, {}).empty());
  EXPECT_EQ(Refusals(TaskAction::kWithdraw, t, editor, {}).size(), 1u);  // 信息员 may not
  EXPECT_TRUE(Refusals(TaskAction::kWithdraw, t, officer, {}).empty());
  EXPECT_EQ(Refusals(TaskAction::kWithdraw, t, elsewhere, {}).size(), 1u);  // another agency
  EXPECT_TRUE(Refusals(TaskAction::kWithdraw, t, elsewhere, {2}).empty());  // its parent's officer
  // Completed only when every milestone is reached.
  auto why = Refusals(TaskAction::kComplete, t, officer, {});
  ASSERT_EQ(why.size(), 1u);
  EXPECT_NE(why[0].find("1 个节点未完成"), std::string::npos) << why[0];
  t.milestones[1].done_on = D("2026-06-28");
  EXPECT_TRUE(Refusals(TaskAction::kComplete, t, officer, {}).empty());
  // Every reason at once: the state and the permission.
  t.state = TaskState::kDraft;
  EXPECT_EQ(Refusals(TaskAction::kWithdraw, t, editor, {}).size(), 2u);
}

TEST(TaskRulesTest, ProgressIsDerivedFromTheStateTheReportsAndToday) {
  Task t;
  t.deadline = t.current_deadline = D("2026-06-30");
  struct Case {
    TaskState state;
    int reports;
    const char* current_deadline;
    const char* today;
    Progress want;
  } cases[] = {
      {TaskState::kPublished, 0, "2026-06-30", "2026-03-01", Progress::kNotStarted},
      {TaskState::kPublished, 1, "2026-06-30", "2026-03-01", Progress::kInProgress},
      {TaskState::kPublished, 1, "2026-06-30", "2026-06-30", Progress::kInProgress},  // the last day is in time
      {TaskState::kPublished, 1, "2026-06-30", "2026-07-01", Progress::kOverdue},
      {TaskState::kPublished, 0, "2026-06-30", "2026-07-01", Progress::kOverdue},
      {TaskState::kPostponed, 1, "2026-09-30", "2026-07-01", Progress::kPostponed},
      {TaskState::kPostponed, 1, "2026-09-30", "2026-10-01", Progress::kOverdue},  // late again
      {TaskState::kCompleted, 1, "2026-06-30", "2027-01-01", Progress::kCompleted},
  };
  for (const auto& c : cases) {
    t.state = c.state;
    t.report_count = c.reports;
    t.current_deadline = D(c.current_deadline);
    EXPECT_EQ(ProgressOf(t, D(c.today)), c.want) << StateCode(c.state) << " " << c.today;
    EXPECT_EQ(PastDeadline(t, D(c.today)), c.want == Progress::kOverdue) << StateCode(c.state) << " " << c.today;
  }
}

TEST(TaskRulesTest, AMilestoneIsOverdueAfterItsDayUntilReachedOrTheTaskCompleted) {
  Task t;
  t.state = TaskState::kPublished;
  t.milestones = {{1, 0, "a", D("2026-03-31"), std::nullopt},
                  {2, 0, "b", D("2026-03-31"), D("2026-04-02")},
                  {3, 0, "c", D("2026-05-31"), std::nullopt}};
  EXPECT_EQ(OverdueMilestones(t, D("2026-03-31")), 0);
  EXPECT_EQ(OverdueMilestones(t, D("2026-04-01")), 1);  // b was reached, late but reached
  EXPECT_EQ(OverdueMilestones(t, D("2026-06-01")), 2);
  EXPECT_EQ(DoneMilestones(t), 1);
  t.state = TaskState::kCompleted;
  EXPECT_EQ(OverdueMilestones(t, D("2026-06-01")), 0);
}

TEST(TaskModelTest, CodesAndLabelsRoundTrip) {
  for (TaskKind k : AllKinds()) {
    TaskKind back;
    EXPECT_TRUE(ParseKind(KindCode(k), &back));
    EXPECT_EQ(back, k);
    EXPECT_TRUE(ParseKind(KindLabel(k), &back));
    EXPECT_EQ(back, k);
  }
  for (ProblemSource s : AllSources()) {
    ProblemSource back;
    EXPECT_TRUE(ParseSource(SourceLabel(s), &back));
    EXPECT_EQ(back, s);
  }
  for (Progress p : AllProgress()) {
    Progress back;
    EXPECT_TRUE(ParseProgress(ProgressCode(p), &back));
    EXPECT_EQ(back, p);
  }
  TaskKind k;
  EXPECT_FALSE(ParseKind("重要事项", &k));
}

class TaskServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(testing::AddTestAgencies(*tdb_->db(), true).ok());
    svc_ = std::make_unique<TaskService>(tdb_->db(), clock_);
    svc_->SetChangeAnnouncer(&changes_);
    changes_.Subscribe([this](const Change& c) {
      if (c.kind == ChangeKind::kTask) ++announced_;
    });
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
    editor_.roles = {{access::Role::kEditor, 1, 0}};
    reviewer_.roles = {{access::Role::kReviewer, 1, 0}};
    other_.roles = {{access::Role::kOfficer, 2, 0}};
  }
  static TaskForm Form(const char* title, const char* deadline) {
    TaskForm f;
    f.agency_id = 1;
    f.year = "2026";
    f.kind = "key_task";
    f.title = title;
    f.content = "企业开办时间压缩至 1 个工作日以内。";
    f.owner = "行政审批服务处";
    f.deadline = deadline;
    return f;
  }
  int64_t MustCreate(const TaskForm& f) {
    FieldErrors errors;
    auto id = svc_->Create(actor_, editor_, f, &errors);
    EXPECT_TRUE(id.ok()) << errors.ToStatus().message();
    return id.ok() ? id.value() : 0;
  }
  int64_t Audits(const std::string& action_prefix) {
    long long n = 0;
    std::string like = action_prefix + "%";
    EXPECT_TRUE(tdb_->db()
                    ->Read([&](soci::session& sql) {
                      sql << "SELECT COUNT(*) FROM audit_log WHERE object_type = 'task' AND action LIKE :a",
                          soci::use(like), soci::into(n);
                      return Status::Ok();
                    })
                    .ok());
    return n;
  }
  int64_t Count(store::TaskFilter f) {
    auto page = svc_->List(f);
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->total : -1;
  }

  std::unique_ptr<testing::TestDatabase> tdb_;
  FakeClock clock_{1790000000};  // 2026-09-21 (Monday) China time
  ChangeAnnouncer changes_;
  int announced_ = 0;
  std::unique_ptr<TaskService> svc_;
  access::Actor actor_{0, "测试", "127.0.0.1"};
  access::User officer_, editor_, reviewer_, other_;
};

TEST_P(TaskServiceTest, EveryProblemOfADraftAtOnceAndNothingStored) {
  FieldErrors errors;
  TaskForm f;
  f.agency_id = 1;
  f.year = "26";
  f.kind = "important";
  f.title = " ";
  f.content = std::string(5001 * 3, 'x');
  f.deadline = "2026-02-30";
  EXPECT_EQ(svc_->Create(actor_, editor_, f, &errors).status().code(), Code::kInvalid);
  for (const char* field : {"year", "kind", "title", "content", "owner", "deadline"})
    EXPECT_FALSE(errors.Get(field).empty()) << field;
  // A rectification names who found what.
  f = Form("审计发现问题整改", "2026-12-31");
  f.kind = "rectification";
  EXPECT_FALSE(svc_->Create(actor_, editor_, f, &errors).ok());
  EXPECT_FALSE(errors.Get("source").empty());
  EXPECT_FALSE(errors.Get("problem").empty());
  // Only in an agency where the user may write tasks.
  EXPECT_FALSE(svc_->Create(actor_, reviewer_, Form("任务", "2026-12-31"), &errors).ok());
  EXPECT_FALSE(errors.Get("agency_id").empty());
  f = Form("任务", "2026-12-31");
  f.agency_id = 2;
  EXPECT_FALSE(svc_->Create(actor_, editor_, f, &errors).ok());
  EXPECT_FALSE(errors.Get("agency_id").empty());
  EXPECT_EQ(Count({}), 0);
  EXPECT_EQ(Audits(""), 0);
}

TEST_P(TaskServiceTest, ATaskFromDraftToCompletionOnTheClock) {
  FieldErrors errors;
  const int64_t id = MustCreate(Form("推进企业开办“一窗通办”", "2026-12-31"));
  ASSERT_NE(id, 0);
  // A draft: edited, milestones added and removed; nothing public yet.
  TaskForm edited = Form("推进企业开办“一窗通办、一日办结”", "2026-12-31");
  edited.person = "刘强";
  ASSERT_TRUE(svc_->Update(actor_, editor_, id, edited, &errors).ok()) << errors.ToStatus().message();
  EXPECT_FALSE(svc_->AddMilestone(actor_, editor_, id, "", "2026-10-31", &errors).ok());
  EXPECT_FALSE(errors.Get("milestone_title").empty());
  ASSERT_TRUE(svc_->AddMilestone(actor_, editor_, id, "印发工作方案", "2026-09-30", &errors).ok());
  ASSERT_TRUE(svc_->AddMilestone(actor_, editor_, id, "平台上线", "2026-10-31", &errors).ok());
  ASSERT_TRUE(svc_->AddMilestone(actor_, editor_, id, "多余的节点", "2026-11-30", &errors).ok());
  auto t = svc_->Get(id);
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->milestones.size(), 3u);
  ASSERT_TRUE(svc_->DeleteMilestone(actor_, editor_, id, t->milestones[2].id).ok());
  EXPECT_EQ(announced_, 0) << "a draft changes nothing public";
  store::TaskFilter public_only;
  public_only.public_only = true;
  EXPECT_EQ(Count(public_only), 0);

  // Only the 公开办 publishes.
  EXPECT_EQ(svc_->Publish(actor_, editor_, id).code(), Code::kDenied);
  EXPECT_EQ(svc_->Publish(actor_, other_, id).code(), Code::kDenied);
  ASSERT_TRUE(svc_->Publish(actor_, officer_, id).ok());
  EXPECT_EQ(svc_->Publish(actor_, officer_, id).code(), Code::kConflict);
  EXPECT_EQ(announced_, 1);
  t = svc_->Get(id);
  EXPECT_EQ(t->state, TaskState::kPublished);
  EXPECT_EQ(DateText(t->published_on), "2026-09-21");
  EXPECT_EQ(t->person, "刘强");
  EXPECT_EQ(ProgressOf(t.value(), svc_->Today()), Progress::kNotStarted);
  // A published task is no longer edited, nor its milestones deleted.
  EXPECT_EQ(svc_->Update(actor_, officer_, id, edited, &errors).code(), Code::kConflict);
  EXPECT_EQ(svc_->DeleteMilestone(actor_, editor_, id, t->milestones[0].id).code(), Code::kConflict);

  // A report starts it; its date may not be in the future.
  EXPECT_FALSE(svc_->AddReport(actor_, editor_, id, {"2026-09-22", "", "", ""}, &errors).ok());
  EXPECT_FALSE(errors.Get("reported_on").empty());
  EXPECT_FALSE(errors.Get("progress").empty());
  ASSERT_TRUE(svc_->AddReport(actor_, editor_, id,
                              {"", "印发工作方案，设置综合窗口 12 个。", "开办用时 1.5 天。", "上线平台。"}, &errors)
                  .ok());
  t = svc_->Get(id);
  EXPECT_EQ(ProgressOf(t.value(), svc_->Today()), Progress::kInProgress);
  EXPECT_EQ(t->report_count, 1);
  EXPECT_EQ(DateText(t->latest_report_on), "2026-09-21");

  // Ten days on, the first milestone is overdue until reached.
  clock_.Advance(10 * 86400);
  t = svc_->Get(id);
  EXPECT_EQ(OverdueMilestones(t.value(), svc_->Today()), 1);
  EXPECT_EQ(svc_->Attention(nullptr)->milestones_overdue, 1);
  EXPECT_FALSE(svc_->MilestoneDone(actor_, editor_, id, t->milestones[0].id, "2026-10-02", &errors).ok());  // tomorrow
  ASSERT_TRUE(svc_->MilestoneDone(actor_, editor_, id, t->milestones[0].id, "2026-09-29", &errors).ok());
  EXPECT_EQ(svc_->MilestoneDone(actor_, editor_, id, t->milestones[0].id, "", &errors).code(), Code::kConflict);
  EXPECT_EQ(svc_->MilestoneDone(actor_, editor_, id, 999, "", &errors).code(), Code::kNotFound);
  EXPECT_EQ(svc_->Attention(nullptr)->milestones_overdue, 0);

  // Completion waits for every milestone, then records its date and summary.
  EXPECT_EQ(svc_->Complete(actor_, officer_, id, "", "已完成。", &errors).code(), Code::kConflict);
  t = svc_->Get(id);
  ASSERT_TRUE(svc_->MilestoneDone(actor_, editor_, id, t->milestones[1].id, "", &errors).ok());
  EXPECT_EQ(svc_->Complete(actor_, editor_, id, "", "已完成。", &errors).code(), Code::kDenied);
  EXPECT_FALSE(svc_->Complete(actor_, officer_, id, "", " ", &errors).ok());
  EXPECT_FALSE(errors.Get("completion_summary").empty());
  ASSERT_TRUE(svc_->Complete(actor_, officer_, id, "2026-09-30", "企业开办时间压缩至 0.5 个工作日。", &errors).ok());
  t = svc_->Get(id);
  EXPECT_EQ(t->state, TaskState::kCompleted);
  EXPECT_EQ(DateText(t->completed_on), "2026-09-30");
  // Long after its deadline it stays completed, not overdue.
  clock_.Advance(200 * 86400);
  EXPECT_EQ(ProgressOf(svc_->Get(id).value(), svc_->Today()), Progress::kCompleted);
  EXPECT_EQ(svc_->AddReport(actor_, editor_, id, {"", "补充", "", ""}, &errors).code(), Code::kConflict);
  // Every change was audited.
  EXPECT_EQ(Audits("task.create"), 1);
  EXPECT_EQ(Audits("task.edit"), 1);
  EXPECT_EQ(Audits("task.add_milestone"), 3);
  EXPECT_EQ(Audits("task.delete_milestone"), 1);
  EXPECT_EQ(Audits("task.publish"), 1);
  EXPECT_EQ(Audits("task.report"), 1);
  EXPECT_EQ(Audits("task.milestone_done"), 2);
  EXPECT_EQ(Audits("task.complete"), 1);
  EXPECT_EQ(Audits(""), 11);
}

TEST_P(TaskServiceTest, APostponementKeepsTheOriginalDeadlineAndAWithdrawalItsReason) {
  FieldErrors errors;
  const int64_t id = MustCreate(Form("知识产权质押融资", "2026-09-30"));
  ASSERT_TRUE(svc_->Publish(actor_, officer_, id).ok());
  clock_.Advance(15 * 86400);  // 2026-10-06: past its deadline
  EXPECT_EQ(ProgressOf(svc_->Get(id).value(), svc_->Today()), Progress::kOverdue);
  EXPECT_EQ(svc_->Attention(nullptr)->past_deadline, 1);
  // The new deadline is later than the current one and not before today; a reason is given.
  EXPECT_FALSE(svc_->Postpone(actor_, officer_, id, "2026-10-05", "", &errors).ok());
  EXPECT_FALSE(errors.Get("new_deadline").empty());
  EXPECT_FALSE(errors.Get("postpone_reason").empty());
  EXPECT_EQ(svc_->Postpone(actor_, editor_, id, "2026-12-31", "银行授信政策调整", &errors).code(), Code::kDenied);
  ASSERT_TRUE(svc_->Postpone(actor_, officer_, id, "2026-12-31", "银行授信政策调整", &errors).ok());
  auto t = svc_->Get(id);
  EXPECT_EQ(t->state, TaskState::kPostponed);
  EXPECT_EQ(t->deadline.ToString(), "2026-09-30");
  EXPECT_EQ(t->current_deadline.ToString(), "2026-12-31");
  EXPECT_EQ(DateText(t->postponed_on), "2026-10-06");
  EXPECT_EQ(t->postpone_reason, "银行授信政策调整");
  EXPECT_EQ(ProgressOf(t.value(), svc_->Today()), Progress::kPostponed);
  EXPECT_EQ(svc_->Attention(nullptr)->past_deadline, 0);
  // Once more, only to a later date.
  EXPECT_FALSE(svc_->Postpone(actor_, officer_, id, "2026-12-30", "再次延期", &errors).ok());
  EXPECT_NE(errors.Get("new_deadline").find("2026-12-31"), std::string::npos) << errors.Get("new_deadline");
  // Withdrawn with a reason; no longer public.
  EXPECT_FALSE(svc_->Withdraw(actor_, officer_, id, "", &errors).ok());
  EXPECT_FALSE(errors.Get("reason").empty());
  ASSERT_TRUE(svc_->Withdraw(actor_, officer_, id, "并入全市统一部署", &errors).ok());
  t = svc_->Get(id);
  EXPECT_EQ(t->state, TaskState::kWithdrawn);
  EXPECT_EQ(t->withdraw_reason, "并入全市统一部署");
  EXPECT_EQ(t->withdrawn_at, clock_.Now());
  store::TaskFilter public_only;
  public_only.public_only = true;
  EXPECT_EQ(Count(public_only), 0);
  EXPECT_EQ(svc_->Withdraw(actor_, officer_, id, "again", &errors).code(), Code::kConflict);
}

TEST_P(TaskServiceTest, TheFiltersMatchTheDerivedStatus) {
  FieldErrors errors;
  // 2026-09-21: one of each status, and a draft.
  const int64_t not_started = MustCreate(Form("未启动", "2026-12-31"));
  const int64_t in_progress = MustCreate(Form("推进中", "2026-12-31"));
  const int64_t overdue = MustCreate(Form("逾期", "2026-09-20"));
  const int64_t postponed = MustCreate(Form("延期", "2026-09-25"));
  const int64_t completed = MustCreate(Form("完成", "2026-12-31"));
  TaskForm commitment = Form("承诺事项 5 个工作日办结", "2026-12-31");
  commitment.kind = "commitment";
  const int64_t promised = MustCreate(commitment);
  TaskForm rect = Form("案卷归档不规范整改", "2026-12-31");
  rect.kind = "rectification";
  rect.source = "inspection_tour";
  rect.problem = "巡察发现行政处罚案卷归档不规范。";
  TaskForm last_year = Form("去年的任务", "2025-12-31");
  last_year.year = "2025";
  const int64_t old = MustCreate(last_year);
  MustCreate(rect);  // stays a draft
  for (int64_t id : {not_started, in_progress, overdue, postponed, completed, promised, old})
    ASSERT_TRUE(svc_->Publish(actor_, officer_, id).ok());
  ASSERT_TRUE(svc_->AddReport(actor_, editor_, in_progress, {"", "已启动", "", ""}, &errors).ok());
  ASSERT_TRUE(svc_->AddMilestone(actor_, editor_, in_progress, "方案", "2026-09-01", &errors).ok());  // overdue
  ASSERT_TRUE(svc_->Postpone(actor_, officer_, postponed, "2026-11-30", "原因", &errors).ok());
  ASSERT_TRUE(svc_->Complete(actor_, officer_, completed, "", "完成", &errors).ok());
  ASSERT_TRUE(svc_->Complete(actor_, officer_, old, "2025-12-20", "完成", &errors).ok());

  auto with = [](Progress p) {
    store::TaskFilter f;
    f.progress = p;
    f.year = 2026;
    return f;
  };
  const Date today = svc_->Today();
  for (Progress p : AllProgress()) {
    auto page = svc_->List(with(p));
    ASSERT_TRUE(page.ok());
    for (const auto& t : page->tasks) EXPECT_EQ(ProgressOf(t, today), p) << t.title;
  }
  EXPECT_EQ(Count(with(Progress::kNotStarted)), 2);  // and the commitment
  EXPECT_EQ(Count(with(Progress::kInProgress)), 1);
  EXPECT_EQ(Count(with(Progress::kOverdue)), 1);
  EXPECT_EQ(Count(with(Progress::kPostponed)), 1);
  EXPECT_EQ(Count(with(Progress::kCompleted)), 1);
  store::TaskFilter f;
  f.milestone_overdue = true;
  EXPECT_EQ(Count(f), 1);
  f = {};
  f.state = TaskState::kDraft;
  EXPECT_EQ(Count(f), 1);
  f = {};
  f.kind = TaskKind::kCommitment;
  EXPECT_EQ(Count(f), 1);
  f = {};
  f.text = "案卷";
  EXPECT_EQ(Count(f), 1);  // its title and problem
  f.public_only = true;
  EXPECT_EQ(Count(f), 0);
  f = {};
  f.public_only = true;
  EXPECT_EQ(Count(f), 7);
  f.year = 2025;
  EXPECT_EQ(Count(f), 1);
  EXPECT_EQ(svc_->Years(true, nullptr).value(), (std::vector<int>{2026, 2025}));
  const std::vector<int64_t> other_agency = {2};
  f = {};
  f.agency_ids = &other_agency;
  EXPECT_EQ(Count(f), 0);
  auto attention = svc_->Attention(nullptr);
  EXPECT_EQ(attention->past_deadline, 1);
  EXPECT_EQ(attention->milestones_overdue, 1);
  EXPECT_EQ(svc_->Attention(&other_agency)->past_deadline, 0);
  // The page says which actions the user's scope allows.
  auto t = svc_->Get(not_started).value();
  access::Scope editor_scope(editor_, access::AgencyTree(std::vector<access::Agency>{}));
  for (TaskAction a : TaskService::Allowed(t, editor_scope))
    EXPECT_EQ(ActionPermission(a), access::Permission::kManageTasks) << ActionCode(a);
}

TEST_P(TaskServiceTest, AYearsListIsImportedAllOrNothingWithRowNumbers) {
  std::vector<std::string> row_errors;
  const std::string header = "类别,任务名称,内容,责任单位,责任人,完成时限,问题来源,发现的问题,节点\n";
  const std::string bad = header +
                          "重点任务,推进企业开办,压缩开办时间,行政审批服务处,,2026-12-31,,,\"印发方案（2026-03-"
                          "31）；平台上线（2026-06-30）\"\n"
                          "重要事项,无此类别,,行政审批服务处,,2026-12-31,,,\n"
                          "审计整改,资金拨付不及时,,办公室,,2026/11/30,,,\n"
                          "公开承诺,5 个工作日办结,,,,明年,,,\"方案（三月底）\"\n";
  auto done = svc_->Import(actor_, editor_, 1, 2026, "tasks.csv", bad, &row_errors);
  EXPECT_EQ(done.status().code(), Code::kInvalid);
  ASSERT_EQ(row_errors.size(), 3u);
  EXPECT_TRUE(row_errors[0].starts_with("第 3 行：")) << row_errors[0];
  EXPECT_NE(row_errors[0].find("类别"), std::string::npos) << row_errors[0];
  EXPECT_TRUE(row_errors[1].starts_with("第 4 行：")) << row_errors[1];
  EXPECT_NE(row_errors[1].find("问题来源"), std::string::npos) << row_errors[1];
  EXPECT_TRUE(row_errors[2].starts_with("第 5 行：")) << row_errors[2];
  EXPECT_NE(row_errors[2].find("完成时限“明年”"), std::string::npos) << row_errors[2];
  EXPECT_NE(row_errors[2].find("责任单位"), std::string::npos) << row_errors[2];
  EXPECT_NE(row_errors[2].find("方案（三月底）"), std::string::npos) << row_errors[2];
  EXPECT_EQ(Count({}), 0);

  const std::string good = header +
                           "重点任务,推进企业开办,压缩开办时间,行政审批服务处,刘强,2026-12-31,,,\"印发方案（2026-03-"
                           "31）\n平台上线(2026/6/30)\"\n"
                           "审计整改,资金拨付不及时,建立月调度制度,办公室,,2026年11月30日,审计,专项资金滞留 6 个月,\n";
  EXPECT_EQ(svc_->Import(actor_, reviewer_, 1, 2026, "tasks.csv", good, &row_errors).status().code(), Code::kDenied);
  done = svc_->Import(actor_, editor_, 1, 2026, "tasks.csv", good, &row_errors);
  ASSERT_TRUE(done.ok()) << (row_errors.empty() ? done.status().message() : row_errors[0]);
  EXPECT_EQ(done->tasks, 2);
  EXPECT_EQ(done->milestones, 2);
  store::TaskFilter f;
  f.state = TaskState::kDraft;
  auto page = svc_->List(f);
  ASSERT_EQ(page->tasks.size(), 2u);
  const Task& audit = page->tasks[0].kind == TaskKind::kRectification ? page->tasks[0] : page->tasks[1];
  const Task& key = page->tasks[0].kind == TaskKind::kRectification ? page->tasks[1] : page->tasks[0];
  EXPECT_EQ(audit.deadline.ToString(), "2026-11-30");
  ASSERT_TRUE(audit.source.has_value());
  EXPECT_EQ(*audit.source, ProblemSource::kAudit);
  EXPECT_EQ(audit.problem, "专项资金滞留 6 个月");
  ASSERT_EQ(key.milestones.size(), 2u);
  EXPECT_EQ(key.milestones[1].title, "平台上线");
  EXPECT_EQ(key.milestones[1].due_on.ToString(), "2026-06-30");
  EXPECT_EQ(key.person, "刘强");
  EXPECT_EQ(Audits("task.import"), 2);
  // A file without the required columns says which.
  EXPECT_FALSE(svc_->Import(actor_, editor_, 1, 2026, "tasks.csv", "名称,内容\n任务,内容\n", &row_errors).ok());
  ASSERT_GE(row_errors.size(), 3u);
  EXPECT_NE(row_errors[0].find("类别"), std::string::npos) << row_errors[0];
}

INSTANTIATE_TEST_SUITE_P(Backends, TaskServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::tasks
