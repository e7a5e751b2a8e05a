// The console's 留言咨询 pages: the messages of the user's agencies in
// queues (待分办, 办理中, 已答复, 已公开, 不予公开, and those overdue), oldest
// first, and a message with the forms the workflow allows: assign to a
// department, answer (or correct the answer), publish, withhold with a
// reason. The rules are the service's (service.h); handlers parse and render.
#include <algorithm>

#include "auth/routes.h"
#include "auth/store.h"
#include "http/forms.h"
#include "messages/routes.h"
#include "messages/views.h"
#include "web/content_check.h"
#include "web/export.h"
#include "web/forms.h"

namespace gk::messages {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kAnswerMessages); }
int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }
std::string Url(int64_t id) { return "/console/messages/" + std::to_string(id); }

Response ListPage(Request& req, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  const Date today = Messages(ctx).Today();
  store::MessageFilter f;
  f.agency_ids = &mine;
  f.oldest_first = true;
  const std::string view = req.Query("view");
  State s;
  if (ParseState(view, &s)) f.state = s;
  else if (view == "overdue") f.overdue_on = today.ToString();
  else f.unanswered = true;
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Messages(ctx).List(f);
  auto attention = Messages(ctx).Attend(&mine);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("留言咨询", "console/messages.tpl");
  auto& d = page.content();
  for (const auto& m : list->messages) FillMessage(*d.AddSectionDictionary("MESSAGES"), m, true, today);
  if (list->messages.empty()) d.ShowSection("NO_MESSAGES");
  for (const char* v : {"", "received", "assigned", "answered", "published", "withheld", "overdue"})
    if (view == v) d.ShowSection(std::string("VIEW_") + (*v ? web::Upper(v) : "OPEN"));
  if (attention.ok()) {
    d.SetIntValue("OVERDUE", static_cast<long>(attention->overdue));
    if (attention->near_breach > 0)
      d.AddSectionDictionary("RED_LINE")->SetIntValue("N", static_cast<long>(attention->near_breach));
  }
  d.SetIntValue("ANSWER_DAYS", Messages(ctx).settings().answer_days);
  if (ctx.scope().AllowsSomewhere(access::Permission::kManageMessages))
    d.AddSectionDictionary("CAN_EXPORT")->SetValue("VIEW", http::PercentEncode(view));
  web::SetPagination(d, "/console/messages?view=" + http::PercentEncode(view) + "&", page_no, f.limit, list->total);
  return ctx.ConsolePage(page, "/console/messages");
}

// 发布前内容检查 of an answered message that may go public: CONTENT_CHECK, and
// CONTENT_REASON in the publish form when something blocks.
void FillContentCheck(Context& ctx, ctemplate::TemplateDictionary& d, const Message& m) {
  if (m.state != State::kAnswered || m.wants_private) return;  // a private one never goes public
  auto findings = Messages(ctx).CheckContent(m);
  if (!ctx.Got(findings)) return;
  const bool may_fix = ctx.scope().Allows(access::Permission::kAnswerMessages, m.agency_id);
  const int blocking = web::FillContentFindings(
      *d.AddSectionDictionary("CONTENT_CHECK"), findings.value(),
      [&](ctemplate::TemplateDictionary& row, const text::FieldFinding& f) {
        if (may_fix && (f.field == "answer" || f.field == "public_body")) web::AddContentFix(row, f, m.id, ctx.CsrfToken());
      });
  if (blocking > 0) d.ShowSection("CONTENT_REASON");
}

Response MessagePage(Request& req, Context& ctx, int64_t id, const FieldErrors& errors, int status) {
  auto m = Messages(ctx).Get(id);
  if (!m.ok()) return ctx.FromStatus(m.status());
  if (!ctx.scope().Allows(access::Permission::kAnswerMessages, m->agency_id))
    return ctx.ErrorPage(403, "该留言不属于您可以办理的机构。");
  Page page("留言 " + std::to_string(id), "console/message.tpl");
  auto& d = page.content();
  FillMessage(d, m.value(), true, Messages(ctx).Today());
  for (Action a : Messages(ctx).Allowed(m.value(), ctx.scope())) d.ShowSection("CAN_" + web::Upper(ActionCode(a)));
  if (auto depts = auth::Svc(ctx)->ListDepartments(m->agency_id); depts.ok())
    for (const auto& dept : depts.value())
      web::AddOption(d, "DEPARTMENTS", std::to_string(dept.id), dept.name,
                     req.Form("department_id").empty() ? std::to_string(m->department_id) : req.Form("department_id"));
  d.SetValue("IN_ANSWER", req.Form("answer").empty() ? m->answer : req.Form("answer"));
  d.SetValue("IN_REASON", req.Form("reason"));
  FillContentCheck(ctx, d, m.value());
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/messages", status);
}

Response GetMessage(Request& req, Context& ctx) { return MessagePage(req, ctx, Id(req), {}, 200); }

Response PostAction(Request& req, Context& ctx) {
  Action action;
  if (!ParseAction(req.Param("action"), &action)) return ctx.ErrorPage(404, "没有这个操作。");
  FieldErrors errors;
  Status s;
  auto& svc = Messages(ctx);
  switch (action) {
    case Action::kAssign:
      s = svc.Assign(ctx.actor(), *ctx.user(), Id(req), web::ParseId(req.Form("department_id")), &errors);
      break;
    case Action::kAnswer:
      s = svc.Answer(ctx.actor(), *ctx.user(), Id(req), req.Form("answer"), &errors);
      break;
    case Action::kPublish:
      s = svc.Publish(ctx.actor(), *ctx.user(), Id(req), req.Form("content_reason"), &errors);
      break;
    case Action::kWithhold:
      s = svc.Withhold(ctx.actor(), *ctx.user(), Id(req), req.Form("reason"), &errors);
      break;
  }
  return web::AfterAction(ctx, s, errors, Url(Id(req)), std::string("已") + ActionLabel(action) + "。",
                          [&](const FieldErrors& e, int st) { return MessagePage(req, ctx, Id(req), e, st); });
}

// 一键替换 of a content-check finding in the answer or the public question.
Response PostContentFix(Request& req, Context& ctx) {
  const int64_t id = Id(req);
  const auto number = [&](const char* name) { return static_cast<size_t>(std::max<int64_t>(0, web::ParseId(req.Form(name)))); };
  Status s = Messages(ctx).FixContent(ctx.actor(), *ctx.user(), id, req.Form("field"), number("start"), number("end"),
                                      req.Form("text"));
  return web::AfterAction(ctx, s, {}, Url(id), "已替换。请核对后再公开。",
                          [&](const FieldErrors& e, int st) { return MessagePage(req, ctx, id, e, st); });
}

// The messages of the user's agencies in the list's view, with the askers'
// details, for the file: CSV (the default) or XLSX. The 公开办's.
Response GetExport(Request& req, Context& ctx) {
  const auto mine = ctx.scope().Agencies(access::Permission::kManageMessages);
  store::MessageFilter f;
  f.agency_ids = &mine;
  f.oldest_first = true;
  State s;
  if (ParseState(req.Query("view"), &s)) f.state = s;
  else if (req.Query("view") == "overdue") f.overdue_on = Messages(ctx).Today().ToString();
  else f.unanswered = true;  // as the list: its default queue
  f.limit = 100000;
  auto list = Messages(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  web::Table t{"留言咨询-" + Messages(ctx).Today().ToString(),
               "留言",
               {"编号", "机构", "类别", "标题", "留言内容", "姓名", "联系方式", "要求不公开", "留言日期", "答复期限",
                "承办处室", "状态", "答复日期", "答复内容", "公开日期", "不予公开理由", "满意", "基本满意", "不满意"},
               {8, 20, 8, 30, 60, 10, 18, 10, 12, 12, 14, 10, 12, 60, 12, 20, 6, 8, 8},
               {}};
  for (const auto& m : list->messages)
    t.rows.push_back({std::to_string(m.id), m.agency_name, CategoryLabel(m.category), m.title, m.body, m.asker_name,
                      m.contact, m.wants_private ? "是" : "否", m.received_on.ToString(), m.due_on.ToString(),
                      m.department, StateLabel(m.state), DateText(m.answered_on), m.answer, DateText(m.published_on),
                      m.withhold_reason, std::to_string(m.satisfaction[0]), std::to_string(m.satisfaction[1]),
                      std::to_string(m.satisfaction[2])});
  return web::TableDownload(ctx, req, std::move(t));
}

}  // namespace

void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  if (!ctx.scope().AllowsSomewhere(access::Permission::kAnswerMessages)) return;
  auto mine = MyAgencies(ctx);
  if (mine.empty()) mine = {-1};
  auto a = Messages(ctx).Attend(&mine);
  if (!a.ok()) return;
  auto* m = d.AddSectionDictionary("MESSAGES");
  m->SetIntValue("OVERDUE", static_cast<long>(a->overdue));
  m->SetIntValue("NEAR_BREACH", static_cast<long>(a->near_breach));
  if (a->overdue > 0) m->ShowSection("HAS_OVERDUE");
  if (a->near_breach > 0) m->ShowSection("HAS_NEAR_BREACH");
}

void RegisterConsoleRoutes(web::Site& site) {
  const web::Guard answer = web::Staff(access::Permission::kAnswerMessages);
  site.Add("GET", "/console/messages", answer, ListPage);
  site.Add("GET", "/console/messages/export", web::Staff(access::Permission::kManageMessages), GetExport);
  site.Add("GET", "/console/messages/{id:int}", answer, GetMessage);
  // The service checks each action's permission (assign, publish, withhold: kManageMessages).
  site.Add("POST", "/console/messages/{id:int}/content-fix", answer, PostContentFix);
  site.Add("POST", "/console/messages/{id:int}/{action}", answer, PostAction);
}

}  // namespace gk::messages
