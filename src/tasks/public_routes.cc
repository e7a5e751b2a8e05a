// The public side of 重点工作: /tasks is the tracker of a year (?year=,
// this year by default) with links to the other years that have tasks,
// grouped by kind, each task with its owner, deadline, status, milestone
// progress and latest report; ?q= finds tasks of every year. /tasks/{id}
// shows a task with its milestones and progress reports; a withdrawn task
// answers 410 with the reason, a draft is not found. The feed and the JSON
// API carry the same.
#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "http/forms.h"
#include "tasks/routes.h"
#include "tasks/views.h"
#include "web/feeds.h"
#include "web/forms.h"

namespace gk::tasks {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr int kTrackerLimit = 500;  // a year's tasks on one page

// Why a task that was public is no longer; empty while it is public.
std::string GoneReason(const Task& t) {
  if (t.state != TaskState::kWithdrawn) return "";
  return "该事项已于 " + ChinaDay(t.withdrawn_at) + " 撤回，不再公开。原因：" + t.withdraw_reason;
}

int YearOf(const std::string& text) {
  const int64_t y = web::ParseId(text);
  return y >= 2000 && y <= 2100 ? static_cast<int>(y) : 0;
}

// The summary of a year: how many tasks are in each status.
void FillCounts(ctemplate::TemplateDictionary& d, const std::vector<Task>& tasks, Date today) {
  std::map<Progress, int> n;
  for (const auto& t : tasks) ++n[ProgressOf(t, today)];
  for (Progress p :
       {Progress::kCompleted, Progress::kInProgress, Progress::kNotStarted, Progress::kPostponed, Progress::kOverdue}) {
    auto* c = d.AddSectionDictionary("COUNTS");
    c->SetValue("LABEL", ProgressLabel(p));
    c->SetValue("CODE", ProgressCode(p));
    c->SetIntValue("N", n[p]);
  }
  d.SetIntValue("TOTAL", static_cast<long>(tasks.size()));
}

// The tasks by kind, in the order of AllKinds; kinds without tasks left out.
void FillGroups(ctemplate::TemplateDictionary& d, const std::vector<Task>& tasks, Date today, bool with_year) {
  for (TaskKind k : AllKinds()) {
    ctemplate::TemplateDictionary* group = nullptr;
    int n = 0;
    for (const auto& t : tasks) {
      if (t.kind != k) continue;
      if (!group) {
        group = d.AddSectionDictionary("GROUPS");
        group->SetValue("KIND", KindLabel(k));
        group->SetValue("KIND_CODE", KindCode(k));
        if (k == TaskKind::kRectification) group->ShowSection("IS_RECTIFICATION");
      }
      auto* row = group->AddSectionDictionary("TASKS");
      FillTask(*row, t, today);
      if (with_year) row->ShowSection("WITH_YEAR");
      ++n;
    }
    if (group) group->SetIntValue("COUNT", n);
  }
}

Response Tracker(Request& req, Context& ctx) {
  const Date today = Tasks(ctx).Today();
  store::TaskFilter f;
  f.public_only = true;
  f.text = web::QueryText(req, "q");
  f.year = YearOf(req.Query("year"));
  if (f.year == 0 && f.text.empty()) f.year = today.year();
  TaskKind kind;
  if (ParseKind(req.Query("kind"), &kind)) f.kind = kind;
  f.limit = kTrackerLimit;
  auto list = Tasks(ctx).List(f);
  auto years = Tasks(ctx).Years(true, nullptr);
  if (!list.ok()) return ctx.FromStatus(list.status());
  const bool search = !f.text.empty();
  Page page(search ? "重点工作查找结果" : std::to_string(f.year) + " 年重点工作", "public/tasks.tpl");
  auto& d = page.content();
  d.SetValue("Q", f.text);
  if (f.year) d.SetIntValue("YEAR", f.year);
  d.ShowSection(search ? "SEARCH" : "TRACKER");
  if (ctx.Got(years))
    for (int y : years.value()) {
      auto* o = d.AddSectionDictionary("YEARS");
      o->SetIntValue("VALUE", y);
      if (y == f.year && !search) o->ShowSection("CURRENT");
    }
  FillCounts(d, list->tasks, today);
  FillGroups(d, list->tasks, today, search);
  if (list->tasks.empty()) d.ShowSection("NO_TASKS");
  if (list->total > static_cast<int64_t>(list->tasks.size())) d.ShowSection("TRUNCATED");
  return ctx.Cacheable(ctx.PublicPage(page, "/tasks"));
}

Response Show(Request& req, Context& ctx) {
  auto t = Tasks(ctx).Get(web::ParseId(req.Param("id")));
  if (!t.ok() && t.status().code() != Code::kNotFound) return ctx.FromStatus(t.status());
  if (!t.ok() || t->state == TaskState::kDraft)
    return ctx.ErrorPage(404, "没有找到该事项。它可能尚未发布，或网址有误。");
  if (std::string gone = GoneReason(t.value()); !gone.empty()) return ctx.ErrorPage(410, gone);
  Page page(t->title, "public/task.tpl");
  auto& d = page.content();
  const Date today = Tasks(ctx).Today();
  FillTask(d, t.value(), today);
  FillMilestones(d, t.value(), today);
  FillReports(d, t.value());
  return ctx.Cacheable(ctx.PublicPage(page, "/tasks"));
}

Response Feed(Request& req, Context& ctx) {
  store::TaskFilter f;
  f.public_only = true;
  f.recently_changed_first = true;
  f.limit = 50;
  auto list = Tasks(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  const std::vector<Task>& tasks = list->tasks;
  const Date today = Tasks(ctx).Today();
  std::vector<web::FeedEntry> entries;
  int64_t updated = 0;
  for (const auto& t : tasks) {
    std::string summary = std::string(KindLabel(t.kind)) + " · 责任单位：" + t.owner + " · 完成时限 " +
                          t.current_deadline.ToString() + " · " + ProgressLabel(ProgressOf(t, today));
    if (t.latest_report_on) summary += " · 最近进展 " + t.latest_report_on->ToString();
    entries.push_back({t.title, "/tasks/" + std::to_string(t.id), t.updated_at, summary});
    updated = std::max(updated, t.updated_at);
  }
  const std::string title = ctx.services().SiteName() + " - 重点工作";
  return web::FeedResponse(ctx, web::AtomFeed(web::BaseUrl(ctx, req), title, "/tasks", updated, entries),
                           "application/atom+xml; charset=utf-8");
}

Response ApiList(Request& req, Context& ctx) {
  store::TaskFilter f;
  f.public_only = true;
  f.text = web::QueryText(req, "q");
  f.year = YearOf(req.Query("year"));
  if (!req.Query("year").empty() && f.year == 0) return web::JsonError(400, "year 应为年份，如 2026");
  if (const std::string k = req.Query("kind"); !k.empty()) {
    TaskKind kind;
    if (!ParseKind(k, &kind))
      return web::JsonError(400, "kind 应为 commitment、key_task、public_project 或 rectification");
    f.kind = kind;
  }
  f.limit = static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("per_page")) ?: 20, 1, 100));
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Tasks(ctx).List(f);
  if (!list.ok()) return web::JsonError(503, "服务暂时不可用");
  const Date today = Tasks(ctx).Today();
  nlohmann::json items = nlohmann::json::array();
  for (const auto& t : list->tasks) items.push_back(TaskJson(t, today, false));
  return web::ApiJson(
      ctx,
      nlohmann::json{{"total", list->total}, {"page", page_no}, {"per_page", f.limit}, {"tasks", std::move(items)}});
}

Response ApiShow(Request& req, Context& ctx) {
  auto t = Tasks(ctx).Get(web::ParseId(req.Param("id")));
  if (!t.ok() && t.status().code() != Code::kNotFound) return web::JsonError(503, "服务暂时不可用");
  if (!t.ok() || t->state == TaskState::kDraft)
    return web::JsonError(404, "没有编号为 " + req.Param("id") + " 的已公开事项");
  if (std::string gone = GoneReason(t.value()); !gone.empty()) return web::JsonError(410, gone);
  return web::ApiJson(ctx, TaskJson(t.value(), Tasks(ctx).Today(), true));
}

}  // namespace

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/tasks", web::Public(), Tracker, {.cache_query = {"year", "q", "kind"}});
  site.Add("GET", "/tasks/feed.xml", web::Public(), Feed);
  site.Add("GET", "/tasks/{id:int}", web::Public(), Show);
  site.Add("GET", "/api/v1/tasks", web::Public(), ApiList, {.cache_query = {"year", "kind", "q", "page", "per_page"}});
  site.Add("GET", "/api/v1/tasks/{id:int}", web::Public(), ApiShow);
}

}  // namespace gk::tasks
