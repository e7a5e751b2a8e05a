#include "tasks/service.h"

#include <soci/soci.h>

#include <algorithm>
#include <optional>

#include "access/scope.h"
#include "auth/audit.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"
#include "tasks/text_checks.h"

namespace gk::tasks {
namespace {

auth::AuditEntry Entry(int64_t agency_id, int64_t id, const std::string& action, const std::string& summary) {
  return auth::ObjectEntry("task", agency_id, id, action, summary);
}

// A date a form sends (YYYY-MM-DD), `today` when empty and `empty_is_today`.
std::optional<Date> FormDate(const std::string& text, Date today, bool empty_is_today) {
  const std::string t = Trim(text);
  if (t.empty()) return empty_is_today ? std::optional<Date>(today) : std::nullopt;
  return DateOf(t);
}

// A date of something that happened: given (or today), not after today.
std::optional<Date> PastDate(const std::string& field, const std::string& text, const char* label, Date today,
                             FieldErrors* errors) {
  auto d = FormDate(text, today, true);
  if (!d) errors->Add(field, std::string(label) + "应为日期，如 " + today.ToString());
  else if (*d > today) errors->Add(field, std::string(label) + "不能晚于今天");
  else return d;
  return std::nullopt;
}

const Milestone* FindMilestone(const Task& t, int64_t id) {
  for (const auto& m : t.milestones)
    if (m.id == id) return &m;
  return nullptr;
}

}  // namespace

TaskService::TaskService(std::shared_ptr<storage::Database> db, const Clock& clock)
    : db_(std::move(db)), clock_(clock) {}

Date TaskService::Today() const { return ChinaToday(clock_); }

void TaskService::Parse(const TaskForm& form, Task* t, FieldErrors* errors) const {
  const std::string year = Trim(form.year);
  const int64_t y =
      year.size() == 4 && std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; })
          ? std::stoll(year)
          : 0;
  if (y < 2000 || y > 2100) errors->Add("year", "请填写年度，如 " + std::to_string(Today().year()));
  else t->year = static_cast<int>(y);
  if (!ParseKind(Trim(form.kind), &t->kind)) errors->Add("kind", "请选择类别");
  const bool rectification = errors->Get("kind").empty() && t->kind == TaskKind::kRectification;
  t->source.reset();
  t->problem.clear();
  if (rectification) {
    ProblemSource s;
    if (ParseSource(Trim(form.source), &s)) t->source = s;
    else errors->Add("source", "请选择问题来源（审计、巡察、督查检查或其他）");
    t->problem = Trim(form.problem);
    CheckText("problem", t->problem, "发现的问题", kMaxLongText, true, errors);
  }
  t->title = Trim(form.title);
  CheckText("title", t->title, "名称", kMaxTitle, true, errors);
  t->content = Trim(form.content);
  CheckText("content", t->content, errors->Get("kind").empty() ? ContentLabel(t->kind) : "内容", kMaxLongText, true,
            errors);
  t->owner = Trim(form.owner);
  CheckText("owner", t->owner, "责任单位", 100, true, errors);
  t->person = Trim(form.person);
  CheckText("person", t->person, "责任人", 50, false, errors);
  auto deadline = FormDate(form.deadline, Today(), false);
  if (!deadline) errors->Add("deadline", "请填写完成时限（日期），如 " + std::to_string(Today().year()) + "-12-31");
  else if (deadline->year() < 2000 || deadline->year() > 2100) errors->Add("deadline", "完成时限不是合理的日期");
  else t->deadline = t->current_deadline = *deadline;
}

Result<int64_t> TaskService::Create(const access::Actor& actor, const access::User& user, const TaskForm& form,
                                    FieldErrors* errors) {
  *errors = FieldErrors();
  Task t;
  Parse(form, &t, errors);
  t.agency_id = form.agency_id;
  t.created_by = actor.user_id;
  t.created_at = t.updated_at = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    if (t.agency_id <= 0 || !access::AllowsFor(user, access::Permission::kManageTasks, t.agency_id,
                                               access::AgencyAncestors(sql, t.agency_id)))
      errors->Add("agency_id",
                  std::string("您没有该机构“") + access::PermissionLabel(access::Permission::kManageTasks) + "”的权限");
    if (!errors->empty()) return Status::Invalid("事项信息有误");
    t.id = store::InsertTask(sql, t);
    auth::WriteAudit(sql, actor, t.created_at,
                     Entry(t.agency_id, t.id, "task.create",
                           std::string("新增") + KindLabel(t.kind) + "“" + t.title + "”（" + std::to_string(t.year) +
                               " 年，草稿）"));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return t.id;
}

Status TaskService::Transition(const access::Actor& actor, const access::User& user, int64_t id, TaskAction action,
                               const std::function<Status(soci::session&, Task&, std::string*)>& apply) {
  Task changed;
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    auto t = store::FindTask(sql, id, false);
    if (!t) return Status::NotFound("该事项不存在");
    std::vector<int64_t> ancestors;
    if (Status may = access::RequireIn(sql, user, ActionPermission(action), t->agency_id, &ancestors); !may.ok())
      return may;
    if (auto refusals = Refusals(action, *t, user, ancestors); !refusals.empty())
      return Status::Conflict(Join(refusals, "；"));
    const TaskState was = t->state;
    std::string summary;
    if (Status a = apply(sql, *t, &summary); !a.ok()) return a;
    t->state = NextState(action, was);
    t->updated_at = now;
    if (!store::UpdateTask(sql, *t, was)) return Status::Conflict("该事项刚被他人修改，请刷新后重试");
    auth::WriteAudit(sql, actor, now, Entry(t->agency_id, t->id, std::string("task.") + ActionCode(action), summary));
    changed = *t;
    return Status::Ok();
  });
  if (s.ok() && changed.state != TaskState::kDraft)
    gk::Announce(changes_, {ChangeKind::kTask, changed.agency_id, changed.id});
  return s;
}

Status TaskService::Update(const access::Actor& actor, const access::User& user, int64_t id, const TaskForm& form,
                           FieldErrors* errors) {
  *errors = FieldErrors();
  Task parsed;
  Parse(form, &parsed, errors);
  if (!errors->empty()) return Status::Invalid("事项信息有误");
  return Transition(actor, user, id, TaskAction::kEdit, [&](soci::session&, Task& t, std::string* summary) {
    for (auto f : {&Task::problem, &Task::title, &Task::content, &Task::owner, &Task::person}) t.*f = parsed.*f;
    t.year = parsed.year;
    t.kind = parsed.kind;
    t.source = parsed.source;
    t.deadline = t.current_deadline = parsed.deadline;
    *summary = std::string("修改") + KindLabel(t.kind) + "“" + t.title + "”";
    return Status::Ok();
  });
}

Status TaskService::AddMilestone(const access::Actor& actor, const access::User& user, int64_t id,
                                 const std::string& title, const std::string& due_on, FieldErrors* errors) {
  *errors = FieldErrors();
  Milestone m;
  m.task_id = id;
  m.title = Trim(title);
  CheckText("milestone_title", m.title, "节点名称", kMaxTitle, true, errors);
  auto due = FormDate(due_on, Today(), false);
  if (!due) errors->Add("milestone_due", "请填写节点的计划完成日期，如 " + Today().ToString());
  else m.due_on = *due;
  if (!errors->empty()) return Status::Invalid("节点信息有误");
  const int64_t now = clock_.Now();
  return Transition(actor, user, id, TaskAction::kAddMilestone, [&](soci::session& sql, Task& t, std::string* summary) {
    if (t.milestones.size() >= kMaxMilestones)
      return Status::Conflict("每个事项最多 " + std::to_string(kMaxMilestones) + " 个节点");
    store::InsertMilestone(sql, m, now);
    *summary = "添加节点“" + m.title + "”（计划 " + m.due_on.ToString() + "）";
    return Status::Ok();
  });
}

Status TaskService::MilestoneDone(const access::Actor& actor, const access::User& user, int64_t id,
                                  int64_t milestone_id, const std::string& done_on, FieldErrors* errors) {
  *errors = FieldErrors();
  auto on = PastDate("done_on", done_on, "完成日期", Today(), errors);
  if (!errors->empty()) return Status::Invalid("完成日期有误");
  return Transition(actor, user, id, TaskAction::kMilestoneDone,
                    [&](soci::session& sql, Task& t, std::string* summary) {
                      const Milestone* m = FindMilestone(t, milestone_id);
                      if (!m) return Status::NotFound("该节点不存在");
                      if (m->done_on || !store::SetMilestoneDone(sql, t.id, m->id, *on))
                        return Status::Conflict("节点“" + m->title + "”已标记完成");
                      *summary = "节点“" + m->title + "”完成（" + on->ToString() + "）";
                      return Status::Ok();
                    });
}

Status TaskService::DeleteMilestone(const access::Actor& actor, const access::User& user, int64_t id,
                                    int64_t milestone_id) {
  return Transition(actor, user, id, TaskAction::kDeleteMilestone,
                    [&](soci::session& sql, Task& t, std::string* summary) {
                      const Milestone* m = FindMilestone(t, milestone_id);
                      if (!m || !store::DeleteMilestone(sql, t.id, m->id)) return Status::NotFound("该节点不存在");
                      *summary = "删除节点“" + m->title + "”";
                      return Status::Ok();
                    });
}

Status TaskService::AddReport(const access::Actor& actor, const access::User& user, int64_t id, const ReportForm& form,
                              FieldErrors* errors) {
  *errors = FieldErrors();
  Report r;
  r.task_id = id;
  if (auto on = PastDate("reported_on", form.reported_on, "报告日期", Today(), errors)) r.reported_on = *on;
  r.progress = Trim(form.progress);
  r.results = Trim(form.results);
  r.next_steps = Trim(form.next_steps);
  CheckText("progress", r.progress, "进展情况", kMaxLongText, true, errors);
  CheckText("results", r.results, "取得成效", kMaxLongText, false, errors);
  CheckText("next_steps", r.next_steps, "下一步举措", kMaxLongText, false, errors);
  if (!errors->empty()) return Status::Invalid("进展报告有误");
  r.created_at = clock_.Now();
  return Transition(actor, user, id, TaskAction::kReport, [&](soci::session& sql, Task&, std::string* summary) {
    store::InsertReport(sql, r, actor.user_id);
    *summary = "报送进展（" + r.reported_on.ToString() + "）";
    return Status::Ok();
  });
}

Status TaskService::Publish(const access::Actor& actor, const access::User& user, int64_t id) {
  const Date today = Today();
  return Transition(actor, user, id, TaskAction::kPublish, [&](soci::session&, Task& t, std::string* summary) {
    t.published_on = today;
    *summary = std::string("发布") + KindLabel(t.kind) + "“" + t.title + "”";
    return Status::Ok();
  });
}

Status TaskService::Postpone(const access::Actor& actor, const access::User& user, int64_t id,
                             const std::string& new_deadline, const std::string& reason, FieldErrors* errors) {
  *errors = FieldErrors();
  const Date today = Today();
  auto to = FormDate(new_deadline, today, false);
  if (!to) errors->Add("new_deadline", "请填写新的完成时限（日期）");
  else if (*to < today) errors->Add("new_deadline", "新的完成时限不能早于今天");
  const std::string why = Trim(reason);
  CheckText("postpone_reason", why, "延期原因", kMaxReason, true, errors);
  if (!errors->empty()) return Status::Invalid("延期信息有误");
  return Transition(actor, user, id, TaskAction::kPostpone, [&](soci::session&, Task& t, std::string* summary) {
    if (*to <= t.current_deadline) {
      errors->Add("new_deadline", "新的完成时限应晚于当前的完成时限 " + t.current_deadline.ToString());
      return Status::Invalid("延期信息有误");
    }
    *summary = "延期：完成时限由 " + t.current_deadline.ToString() + " 调整为 " + to->ToString() + "。原因：" + why;
    t.current_deadline = *to;
    t.postponed_on = today;
    t.postpone_reason = why;
    return Status::Ok();
  });
}

Status TaskService::Complete(const access::Actor& actor, const access::User& user, int64_t id,
                             const std::string& completed_on, const std::string& summary_text, FieldErrors* errors) {
  *errors = FieldErrors();
  auto on = PastDate("completed_on", completed_on, "完成日期", Today(), errors);
  const std::string text = Trim(summary_text);
  CheckText("completion_summary", text, "完成情况", kMaxLongText, true, errors);
  if (!errors->empty()) return Status::Invalid("办结信息有误");
  return Transition(actor, user, id, TaskAction::kComplete, [&](soci::session&, Task& t, std::string* summary) {
    t.completed_on = *on;
    t.completion_summary = text;
    *summary = "办结（完成日期 " + on->ToString() + "）";
    return Status::Ok();
  });
}

Status TaskService::Withdraw(const access::Actor& actor, const access::User& user, int64_t id,
                             const std::string& reason, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string why = Trim(reason);
  CheckText("reason", why, "撤回原因", kMaxReason, true, errors);
  if (!errors->empty()) return Status::Invalid("撤回信息有误");
  const int64_t now = clock_.Now();
  return Transition(actor, user, id, TaskAction::kWithdraw, [&](soci::session&, Task& t, std::string* summary) {
    t.withdraw_reason = why;
    t.withdrawn_at = now;
    *summary = "撤回“" + t.title + "”：" + why;
    return Status::Ok();
  });
}

Result<Task> TaskService::Get(int64_t id) {
  std::optional<Task> t;
  Status s = db_->Read([&](soci::session& sql) {
    t = store::FindTask(sql, id, true);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!t) return Status::NotFound("该事项不存在");
  return *t;
}

Result<store::TaskPage> TaskService::List(const store::TaskFilter& f) {
  store::TaskPage page;
  store::TaskFilter filter = f;
  if (filter.today.empty()) filter.today = Today().ToString();
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListTasks(sql, filter);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<std::vector<int>> TaskService::Years(bool public_only, const std::vector<int64_t>* agency_ids) {
  std::vector<int> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::Years(sql, public_only, agency_ids);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<store::Attention> TaskService::Attention(const std::vector<int64_t>* agency_ids) {
  store::Attention out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::CountAttention(sql, agency_ids, Today().ToString());
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

std::vector<TaskAction> TaskService::Allowed(const Task& t, const access::Scope& scope) {
  std::vector<TaskAction> out;
  for (TaskAction a : AllActions())
    if (StateAllows(a, t.state) && scope.Allows(ActionPermission(a), t.agency_id)) out.push_back(a);
  return out;
}

}  // namespace gk::tasks
