// The console's 重点工作 pages: the tasks of the user's agencies, filtered
// by year, kind and status (overdue milestones marked); a new task or a
// draft's fields; a task's page with its milestones, progress reports and
// the actions the workflow allows; the import of a year's list. The rules
// are the service's (service.h); handlers parse and render.
#include "tasks/routes.h"

#include <algorithm>

#include "auth/routes.h"
#include "common/strings.h"
#include "http/forms.h"
#include "tasks/views.h"
#include "web/forms.h"

namespace gk::tasks {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr int64_t kMaxUpload = 8 << 20;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kManageTasks); }

int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }
std::string TaskUrl(int64_t id) { return "/console/tasks/" + std::to_string(id); }

// The year of a query or form field, 0 when absent or not a plausible year.
int YearOf(const std::string& text) {
  const int64_t y = web::ParseId(text);
  return y >= 2000 && y <= 2100 ? static_cast<int>(y) : 0;
}

// The console's status filter: a stored state, a derived progress, or a
// milestone overdue.
void ApplyStatus(const std::string& status, store::TaskFilter* f) {
  TaskState s;
  Progress p;
  if (status == "draft" || status == "withdrawn") {
    if (ParseState(status, &s)) f->state = s;
  } else if (ParseProgress(status, &p)) {
    f->progress = p;
  } else if (status == "milestone_overdue") {
    f->milestone_overdue = true;
  }
}

void FillListFilters(Context& ctx, ctemplate::TemplateDictionary& d, const Request& req) {
  const auto mine = MyAgencies(ctx);
  std::vector<int> years;
  if (auto y = Tasks(ctx).Years(false, &mine); ctx.Got(y)) years = y.value();
  const int this_year = Tasks(ctx).Today().year();
  if (std::find(years.begin(), years.end(), this_year) == years.end()) years.insert(years.begin(), this_year);
  std::sort(years.rbegin(), years.rend());
  for (int y : years) web::AddOption(d, "YEARS", std::to_string(y), std::to_string(y) + " 年", req.Query("year"));
  for (TaskKind k : AllKinds()) web::AddOption(d, "KINDS", KindCode(k), KindLabel(k), req.Query("kind"));
  web::AddOption(d, "STATUSES", "draft", "草稿", req.Query("status"));
  for (Progress p : AllProgress()) web::AddOption(d, "STATUSES", ProgressCode(p), ProgressLabel(p), req.Query("status"));
  web::AddOption(d, "STATUSES", "milestone_overdue", "有逾期节点", req.Query("status"));
  web::AddOption(d, "STATUSES", "withdrawn", "已撤回", req.Query("status"));
  d.SetValue("Q", web::QueryText(req, "q"));
}

Response ListPage(Request& req, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  store::TaskFilter f;
  f.agency_ids = &mine;
  f.year = YearOf(req.Query("year"));
  TaskKind kind;
  if (ParseKind(req.Query("kind"), &kind)) f.kind = kind;
  ApplyStatus(req.Query("status"), &f);
  f.text = web::QueryText(req, "q");
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Tasks(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("重点工作", "console/tasks.tpl");
  auto& d = page.content();
  const Date today = Tasks(ctx).Today();
  for (const auto& t : list->tasks) FillTask(*d.AddSectionDictionary("TASKS"), t, today);
  if (list->tasks.empty()) d.ShowSection("NO_TASKS");
  FillListFilters(ctx, d, req);
  if (ctx.scope().AllowsSomewhere(access::Permission::kManageTasks)) d.ShowSection("CAN_CREATE");
  const std::string base = "/console/tasks?year=" + http::PercentEncode(req.Query("year")) +
                           "&kind=" + http::PercentEncode(req.Query("kind")) +
                           "&status=" + http::PercentEncode(req.Query("status")) + "&q=" + http::PercentEncode(f.text) +
                           "&";
  web::SetPagination(d, base, page_no, f.limit, list->total);
  return ctx.ConsolePage(page, "/console/tasks");
}

TaskForm FormOf(const Request& req) {
  return {web::ParseId(req.Form("agency_id")),
          req.Form("year"),
          req.Form("kind"),
          req.Form("source"),
          req.Form("problem"),
          req.Form("title"),
          req.Form("content"),
          req.Form("owner"),
          req.Form("person"),
          req.Form("deadline")};
}

// The form of a new task (id 0) or of a draft.
Response FormPage(Context& ctx, int64_t id, const TaskForm& form, const FieldErrors& errors, int status) {
  Page page(id ? "修改重点工作" : "新增重点工作", "console/task_form.tpl");
  auto& d = page.content();
  d.SetValue("ACTION", id ? TaskUrl(id) : "/console/tasks");
  if (id == 0) {
    d.ShowSection("NEW");
    if (auth::AgencyOptions(ctx, d, "AGENCIES", access::Permission::kManageTasks, form.agency_id) < 0)
      return ctx.ErrorPage(503, "");
  } else {
    d.SetIntValue("ID", static_cast<long>(id));
    d.ShowSection("EDIT");
  }
  for (TaskKind k : AllKinds()) web::AddOption(d, "KINDS", KindCode(k), KindLabel(k), form.kind);
  web::AddOption(d, "SOURCES", "", "（非审计整改事项不填）", form.source);
  for (ProblemSource s : AllSources()) web::AddOption(d, "SOURCES", SourceCode(s), SourceLabel(s), form.source);
  const std::pair<const char*, const std::string*> values[] = {
      {"YEAR", &form.year},   {"PROBLEM", &form.problem}, {"TITLE", &form.title},      {"CONTENT", &form.content},
      {"OWNER", &form.owner}, {"PERSON", &form.person},   {"DEADLINE", &form.deadline}};
  for (const auto& [name, value] : values) d.SetValue(name, *value);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/tasks", status);
}

Response GetNew(Request& req, Context& ctx) {
  TaskForm form;
  const auto mine = MyAgencies(ctx);
  if (!mine.empty()) form.agency_id = mine.front();
  form.year = std::to_string(Tasks(ctx).Today().year());
  TaskKind k;
  form.kind = ParseKind(req.Query("kind"), &k) ? KindCode(k) : KindCode(TaskKind::kKeyTask);
  return FormPage(ctx, 0, form, {}, 200);
}

Response PostNew(Request& req, Context& ctx) {
  TaskForm form = FormOf(req);
  FieldErrors errors;
  auto id = Tasks(ctx).Create(ctx.actor(), *ctx.user(), form, &errors);
  if (!errors.empty()) return FormPage(ctx, 0, form, errors, 400);
  if (!id.ok()) return ctx.FromStatus(id.status());
  return ctx.RedirectWithFlash(TaskUrl(id.value()), "已保存为草稿。请添加节点，核对后由公开办发布。");
}

// Sets IN_<FIELD> to the posted field, or to `fallback` when nothing was posted.
void Keep(ctemplate::TemplateDictionary& d, const Request& req, const char* field, const std::string& fallback) {
  const std::string v = req.Form(field);
  d.SetValue("IN_" + web::Upper(field), v.empty() ? fallback : v);
}

bool Has(const std::vector<TaskAction>& actions, TaskAction a) {
  return std::find(actions.begin(), actions.end(), a) != actions.end();
}

// CAN_<ACTION> for each action allowed, NO_ACTIONS when none of the
// 公开办's is, and OPEN_<ACTION> for a form sent back with errors.
void FillActions(ctemplate::TemplateDictionary& d, const std::vector<TaskAction>& allowed, const FieldErrors& errors) {
  for (TaskAction a : allowed) d.ShowSection("CAN_" + web::Upper(ActionCode(a)));
  if (!Has(allowed, TaskAction::kPublish) && !Has(allowed, TaskAction::kComplete) &&
      !Has(allowed, TaskAction::kPostpone) && !Has(allowed, TaskAction::kWithdraw))
    d.ShowSection("NO_ACTIONS");
  for (const auto& [field, section] : {std::pair<const char*, const char*>{"completed_on", "OPEN_COMPLETE"},
                                       {"completion_summary", "OPEN_COMPLETE"},
                                       {"new_deadline", "OPEN_POSTPONE"},
                                       {"postpone_reason", "OPEN_POSTPONE"},
                                       {"reason", "OPEN_WITHDRAW"}})
    if (!errors.Get(field).empty()) d.ShowSection(section);
}

// A task in the console: what it is, its milestones and reports, and the
// forms of the actions the user may take now.
Response TaskPage(Request& req, Context& ctx, int64_t id, const FieldErrors& errors, int status) {
  auto t = Tasks(ctx).Get(id);
  if (!t.ok()) return ctx.FromStatus(t.status());
  if (!ctx.scope().Allows(access::Permission::kManageTasks, t->agency_id))
    return ctx.ErrorPage(403, "该事项不属于您可以管理的机构。");
  Page page(t->title, "console/task.tpl");
  auto& d = page.content();
  const Date today = Tasks(ctx).Today();
  FillTask(d, t.value(), today);
  const auto allowed = TaskService::Allowed(t.value(), ctx.scope());
  FillMilestones(d, t.value(), today, Has(allowed, TaskAction::kMilestoneDone),
                 Has(allowed, TaskAction::kDeleteMilestone));
  FillReports(d, t.value());
  FillActions(d, allowed, errors);
  if (IsPublic(t->state)) d.ShowSection("IS_PUBLIC");
  for (const char* f : {"reported_on", "completed_on"}) Keep(d, req, f, today.ToString());
  for (const char* f : {"milestone_title", "milestone_due", "progress", "results", "next_steps", "new_deadline",
                        "postpone_reason", "completion_summary", "reason"})
    Keep(d, req, f, "");
  d.SetValue("TODAY", today.ToString());
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/tasks", status);
}

Response GetTask(Request& req, Context& ctx) { return TaskPage(req, ctx, Id(req), {}, 200); }

Response After(Request& req, Context& ctx, const Status& s, const FieldErrors& errors, const std::string& done) {
  return web::AfterAction(ctx, s, errors, TaskUrl(Id(req)), done,
                          [&](const FieldErrors& e, int status) { return TaskPage(req, ctx, Id(req), e, status); });
}

Response GetEdit(Request& req, Context& ctx) {
  auto t = Tasks(ctx).Get(Id(req));
  if (!t.ok()) return ctx.FromStatus(t.status());
  if (!ctx.scope().Allows(access::Permission::kManageTasks, t->agency_id))
    return ctx.ErrorPage(403, "该事项不属于您可以管理的机构。");
  if (t->state != TaskState::kDraft) return ctx.RedirectWithFlash(TaskUrl(t->id), "只有草稿可以修改。", false);
  TaskForm form{t->agency_id,      std::to_string(t->year),
                KindCode(t->kind), t->source ? SourceCode(*t->source) : "",
                t->problem,        t->title,
                t->content,        t->owner,
                t->person,         t->deadline.ToString()};
  return FormPage(ctx, t->id, form, {}, 200);
}

Response PostEdit(Request& req, Context& ctx) {
  TaskForm form = FormOf(req);
  FieldErrors errors;
  Status s = Tasks(ctx).Update(ctx.actor(), *ctx.user(), Id(req), form, &errors);
  if (!errors.empty()) return FormPage(ctx, Id(req), form, errors, 400);
  return After(req, ctx, s, {}, "已保存修改。");
}

Response PostMilestone(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Tasks(ctx).AddMilestone(ctx.actor(), *ctx.user(), Id(req), req.Form("milestone_title"),
                                     req.Form("milestone_due"), &errors);
  return After(req, ctx, s, errors, "已添加节点。");
}

Response PostMilestoneDone(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Tasks(ctx).MilestoneDone(ctx.actor(), *ctx.user(), Id(req), web::ParseId(req.Param("mid")),
                                      req.Form("done_on"), &errors);
  return After(req, ctx, s, errors, "已标记节点完成。");
}

Response PostMilestoneDelete(Request& req, Context& ctx) {
  Status s = Tasks(ctx).DeleteMilestone(ctx.actor(), *ctx.user(), Id(req), web::ParseId(req.Param("mid")));
  return After(req, ctx, s, {}, "已删除节点。");
}

Response PostReport(Request& req, Context& ctx) {
  FieldErrors errors;
  ReportForm form{req.Form("reported_on"), req.Form("progress"), req.Form("results"), req.Form("next_steps")};
  Status s = Tasks(ctx).AddReport(ctx.actor(), *ctx.user(), Id(req), form, &errors);
  return After(req, ctx, s, errors, "已报送进展。");
}

Response PostPublish(Request& req, Context& ctx) {
  Status s = Tasks(ctx).Publish(ctx.actor(), *ctx.user(), Id(req));
  return After(req, ctx, s, {}, "已发布。公众可在“重点工作”栏目查看。");
}

Response PostPostpone(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Tasks(ctx).Postpone(ctx.actor(), *ctx.user(), Id(req), req.Form("new_deadline"),
                                 req.Form("postpone_reason"), &errors);
  return After(req, ctx, s, errors, "已延期。原定完成时限和延期原因一并公开。");
}

Response PostComplete(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Tasks(ctx).Complete(ctx.actor(), *ctx.user(), Id(req), req.Form("completed_on"),
                                 req.Form("completion_summary"), &errors);
  return After(req, ctx, s, errors, "已办结。");
}

Response PostWithdraw(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Tasks(ctx).Withdraw(ctx.actor(), *ctx.user(), Id(req), req.Form("reason"), &errors);
  return After(req, ctx, s, errors, "已撤回。原网址显示撤回原因，不再显示内容。");
}

// The import form; `row_errors` name what was wrong with the last file.
Response ImportPage(Context& ctx, const Request& req, const std::vector<std::string>& row_errors, int status) {
  Page page("导入重点工作清单", "console/task_import.tpl");
  auto& d = page.content();
  if (auth::AgencyOptions(ctx, d, "AGENCIES", access::Permission::kManageTasks, web::ParseId(req.Form("agency_id"))) < 0)
    return ctx.ErrorPage(503, "");
  const std::string year = req.Form("year").empty() ? std::to_string(Tasks(ctx).Today().year()) : req.Form("year");
  d.SetValue("YEAR", year);
  for (const auto& e : row_errors) d.AddSectionDictionary("ROW_ERRORS")->SetValue("MSG", e);
  if (!row_errors.empty()) d.ShowSection("HAS_ROW_ERRORS");
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  return ctx.ConsolePage(page, "/console/tasks", status);
}

Response GetImport(Request& req, Context& ctx) { return ImportPage(ctx, req, {}, 200); }

Response PostImport(Request& req, Context& ctx) {
  const http::UploadedFile* file = nullptr;
  for (const auto& f : req.files)
    if (f.field == "file" && !f.data.empty()) file = &f;
  if (!file) return ImportPage(ctx, req, {"请选择清单文件（CSV、XLSX 或 JSONL）"}, 400);
  const int year = YearOf(req.Form("year"));
  if (year == 0) return ImportPage(ctx, req, {"请填写年度，如 " + std::to_string(Tasks(ctx).Today().year())}, 400);
  std::vector<std::string> row_errors;
  auto done = Tasks(ctx).Import(ctx.actor(), *ctx.user(), web::ParseId(req.Form("agency_id")), year, file->filename,
                                file->data, &row_errors);
  if (!row_errors.empty()) return ImportPage(ctx, req, row_errors, 400);
  if (!done.ok()) return ctx.FromStatus(done.status());
  return ctx.RedirectWithFlash("/console/tasks?year=" + std::to_string(year) + "&status=draft",
                               "已导入 " + std::to_string(done->tasks) + " 项（" + std::to_string(done->milestones) +
                                   " 个节点），均为草稿。请逐项核对后发布。");
}

}  // namespace

void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  if (!ctx.scope().AllowsSomewhere(access::Permission::kManageTasks)) return;
  auto mine = MyAgencies(ctx);
  if (mine.empty()) mine = {-1};  // agencies unreadable: count nothing rather than everything
  auto attention = Tasks(ctx).Attention(&mine);
  if (!attention.ok()) return;
  auto* t = d.AddSectionDictionary("TASKS");
  t->SetIntValue("PAST_DEADLINE", static_cast<long>(attention->past_deadline));
  t->SetIntValue("MILESTONES_OVERDUE", static_cast<long>(attention->milestones_overdue));
  if (attention->past_deadline + attention->milestones_overdue > 0) t->ShowSection("HAS_OVERDUE");
}

void RegisterConsoleRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageTasks);
  site.Add("GET", "/console/tasks", manage, ListPage);
  site.Add("GET", "/console/tasks/new", manage, GetNew);
  site.Add("POST", "/console/tasks", manage, PostNew);
  site.Add("GET", "/console/tasks/import", manage, GetImport);
  site.Add("POST", "/console/tasks/import", manage, PostImport, {.upload = true, .max_body = kMaxUpload});
  site.Add("GET", "/console/tasks/{id:int}", manage, GetTask);
  site.Add("GET", "/console/tasks/{id:int}/edit", manage, GetEdit);
  site.Add("POST", "/console/tasks/{id:int}", manage, PostEdit);
  site.Add("POST", "/console/tasks/{id:int}/milestones", manage, PostMilestone);
  site.Add("POST", "/console/tasks/{id:int}/milestones/{mid:int}/done", manage, PostMilestoneDone);
  site.Add("POST", "/console/tasks/{id:int}/milestones/{mid:int}/delete", manage, PostMilestoneDelete);
  site.Add("POST", "/console/tasks/{id:int}/reports", manage, PostReport);
  // The service checks kPublishTasks in the task's agency.
  const web::Guard publish = web::Staff(access::Permission::kPublishTasks);
  site.Add("POST", "/console/tasks/{id:int}/publish", publish, PostPublish);
  site.Add("POST", "/console/tasks/{id:int}/postpone", publish, PostPostpone);
  site.Add("POST", "/console/tasks/{id:int}/complete", publish, PostComplete);
  site.Add("POST", "/console/tasks/{id:int}/withdraw", publish, PostWithdraw);
}

}  // namespace gk::tasks
