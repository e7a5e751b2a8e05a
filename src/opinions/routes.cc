// The console's 舆情 pages. The rules are the service's; handlers parse and render.
#include "auth/routes.h"
#include "common/china_time.h"
#include "http/forms.h"
#include "opinions/routes.h"
#include "web/forms.h"

namespace gk::opinions {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kManageOpinions); }
int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }
std::string Url(int64_t id) { return "/console/opinions/" + std::to_string(id); }
std::string Local(int64_t t) { return t > 0 ? FormatChinaTime(t, "%Y-%m-%dT%H:%M") : ""; }
std::string Shown(int64_t t) { return t > 0 ? FormatChinaTime(t, "%Y-%m-%d %H:%M") : ""; }

// ID TITLE AGENCY SOURCE SOURCE_LINK LEVEL LEVEL_CODE FOUND DUE STATE STATE_CODE SUMMARY ASSESSMENT FIRST_RESPONSE;
// LATE; IN_TIME / NOT_IN_TIME once answered; PRESS_MISSING; CLOSING (NOTE).
void FillOpinion(ctemplate::TemplateDictionary& d, const Opinion& o, int64_t now) {
  d.SetIntValue("ID", static_cast<long>(o.id));
  d.SetValue("TITLE", o.title);
  d.SetValue("AGENCY", o.agency_name);
  d.SetValue("SOURCE", o.source);
  d.SetValue("SOURCE_LINK", o.source_link);
  d.SetValue("DEPARTMENT", o.department);
  d.SetValue("LEVEL", LevelLabel(o.level));
  d.SetValue("LEVEL_CODE", LevelCode(o.level));
  d.SetValue("FOUND", Shown(o.found_at));
  d.SetValue("DUE", Shown(o.due_at));
  d.SetValue("STATE", StateLabel(o.state));
  d.SetValue("STATE_CODE", StateCode(o.state));
  d.SetValue("SUMMARY", o.summary);
  d.SetValue("ASSESSMENT", o.assessment);
  d.SetValue("FIRST_RESPONSE", Shown(o.first_response_at));
  if (Late(o, now)) d.ShowSection("LATE");
  if (o.first_response_at) d.ShowSection(AnsweredInTime(o) ? "IN_TIME" : "NOT_IN_TIME");
  if (PressConferenceMissing(o, now)) d.ShowSection("PRESS_MISSING");
  if (o.state == State::kClosed) d.AddSectionDictionary("CLOSING")->SetValue("NOTE", o.closing_note);
}

Response ListPage(Request& req, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  const int64_t now = Opinions(ctx).Now();
  store::OpinionFilter f;
  f.agency_ids = &mine;
  const std::string view = req.Query("view");
  State s;
  if (view == "late") f.late_at = now;
  else if (ParseState(view, &s)) f.state = s;
  else f.state = State::kOpen;
  f.offset = (web::PageNumber(req) - 1) * f.limit;
  auto list = Opinions(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("舆情回应", "console/opinions.tpl");
  auto& d = page.content();
  for (const auto& o : list->opinions) FillOpinion(*d.AddSectionDictionary("OPINIONS"), o, now);
  if (list->opinions.empty()) d.ShowSection("NO_OPINIONS");
  d.ShowSection(view == "late"        ? "VIEW_LATE"
                : view == "responded" ? "VIEW_RESPONDED"
                : view == "closed"    ? "VIEW_CLOSED"
                                      : "VIEW_OPEN");
  web::SetPagination(d, "/console/opinions?view=" + http::PercentEncode(view) + "&", web::PageNumber(req), f.limit,
                     list->total);
  return ctx.ConsolePage(page, "/console/opinions");
}

OpinionForm FormOf(const Request& req) {
  OpinionForm f{web::ParseId(req.Form("agency_id")),
                req.Form("title"),
                req.Form("source"),
                req.Form("source_link"),
                req.Form("level"),
                req.Form("found_at"),
                req.Form("summary"),
                req.Form("assessment")};
  f.department_id = web::ParseId(req.Form("department_id"));
  return f;
}

OpinionForm FormOf(const Opinion& o) {
  OpinionForm f{o.agency_id,        o.title,           o.source,  o.source_link,
                LevelCode(o.level), Local(o.found_at), o.summary, o.assessment};
  f.department_id = o.department_id;
  return f;
}

Response FormPage(Context& ctx, int64_t id, const OpinionForm& in, const FieldErrors& errors, int status) {
  Page page(id ? "修改舆情" : "登记舆情", "console/opinion_form.tpl");
  auto& d = page.content();
  d.SetValue("HEADING", id ? "修改舆情" : "登记舆情");
  d.SetValue("ACTION", id ? Url(id) + "/edit" : "/console/opinions");
  if (id) d.AddSectionDictionary("EXISTING")->SetIntValue("ID", static_cast<long>(id));
  if (auto agencies = auth::Svc(ctx)->ListAgencies(); agencies.ok())
    for (const auto& a : agencies.value())
      if (ctx.scope().Allows(access::Permission::kManageOpinions, a.id))
        web::AddOption(d, "AGENCIES", std::to_string(a.id), a.name, std::to_string(in.agency_id));
  // 责任处室: the departments of the agencies the user keeps the register for.
  if (auto agencies = auth::Svc(ctx)->ListAgencies(); agencies.ok())
    for (const auto& a : agencies.value()) {
      if (!ctx.scope().Allows(access::Permission::kManageOpinions, a.id)) continue;
      if (auto depts = auth::Svc(ctx)->ListDepartments(a.id); depts.ok())
        for (const auto& dept : depts.value())
          web::AddOption(d, "DEPARTMENTS", std::to_string(dept.id),
                         dept.name + "（" + (a.short_name.empty() ? a.name : a.short_name) + "）",
                         std::to_string(in.department_id));
    }
  for (Level l : {Level::kGeneral, Level::kMajor})
    web::AddOption(d, "LEVELS", LevelCode(l), LevelLabel(l), in.level.empty() ? "general" : in.level);
  d.SetValue("TITLE", in.title);
  d.SetValue("SOURCE", in.source);
  d.SetValue("SOURCE_LINK", in.source_link);
  d.SetValue("FOUND_AT", in.found_at.empty() ? Local(Opinions(ctx).Now()) : in.found_at);
  d.SetValue("SUMMARY", in.summary);
  d.SetValue("ASSESSMENT", in.assessment);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/opinions", status);
}

Response GetNew(Request&, Context& ctx) { return FormPage(ctx, 0, {}, {}, 200); }

Response PostNew(Request& req, Context& ctx) {
  FieldErrors errors;
  auto id = Opinions(ctx).Create(ctx.actor(), *ctx.user(), FormOf(req), &errors);
  if (id.ok()) return ctx.RedirectWithFlash(Url(id.value()), "已登记。");
  if (errors.empty()) return ctx.FromStatus(id.status());
  return FormPage(ctx, 0, FormOf(req), errors, 400);
}

Response OpinionPage(Request& req, Context& ctx, int64_t id, const FieldErrors& errors, int status) {
  auto o = Opinions(ctx).Get(id);
  if (!o.ok()) return ctx.FromStatus(o.status());
  if (!ctx.scope().Allows(access::Permission::kManageOpinions, o->agency_id))
    return ctx.ErrorPage(403, "该舆情不属于您可以办理的机构。");
  const int64_t now = Opinions(ctx).Now();
  Page page(o->title, "console/opinion.tpl");
  auto& d = page.content();
  FillOpinion(d, o.value(), now);
  for (const auto& r : o->responses) {
    auto* row = d.AddSectionDictionary("RESPONSES");
    row->SetValue("AT", Shown(r.at));
    row->SetValue("CHANNEL", ChannelLabel(r.channel));
    row->SetValue("CONTENT", r.content);
    if (!r.link_title.empty()) {
      auto* item = row->AddSectionDictionary("ITEM");
      item->SetValue("URL", "/items/" + r.link);
      item->SetValue("TITLE", r.link_title);
    } else if (!r.link.empty()) {
      row->AddSectionDictionary("ADDRESS")->SetValue("URL", r.link);
    }
    row->SetValue("BY", r.by);
  }
  if (o->responses.empty()) d.ShowSection("NO_RESPONSES");
  if (o->state != State::kClosed) d.ShowSection("CAN_RESPOND");
  if (o->state == State::kResponded) d.ShowSection("CAN_CLOSE");
  for (Channel c : AllChannels()) web::AddOption(d, "CHANNELS", ChannelCode(c), ChannelLabel(c), req.Form("channel"));
  d.SetValue("IN_AT", req.Form("at").empty() ? Local(now) : req.Form("at"));
  d.SetValue("IN_CONTENT", req.Form("content"));
  d.SetValue("IN_LINK", req.Form("link"));
  d.SetValue("IN_NOTE", req.Form("note"));
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/opinions", status);
}

Response GetOpinion(Request& req, Context& ctx) { return OpinionPage(req, ctx, Id(req), {}, 200); }

Response GetEdit(Request& req, Context& ctx) {
  auto o = Opinions(ctx).Get(Id(req));
  if (!o.ok()) return ctx.FromStatus(o.status());
  if (!ctx.scope().Allows(access::Permission::kManageOpinions, o->agency_id))
    return ctx.ErrorPage(403, "该舆情不属于您可以办理的机构。");
  if (o->state == State::kClosed) return ctx.ErrorPage(409, "该舆情已办结，不能修改。");
  return FormPage(ctx, o->id, FormOf(o.value()), {}, 200);
}

Response PostEdit(Request& req, Context& ctx) {
  FieldErrors errors;
  OpinionForm in = FormOf(req);
  auto current = Opinions(ctx).Get(Id(req));
  if (!current.ok()) return ctx.FromStatus(current.status());
  in.agency_id = current->agency_id;
  Status s = Opinions(ctx).Update(ctx.actor(), *ctx.user(), Id(req), in, &errors);
  if (s.ok()) return ctx.RedirectWithFlash(Url(Id(req)), "已保存修改。");
  if (errors.empty()) return ctx.FromStatus(s);
  return FormPage(ctx, Id(req), in, errors, 400);
}

Response PostRespond(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s =
      Opinions(ctx).Respond(ctx.actor(), *ctx.user(), Id(req),
                            {req.Form("at"), req.Form("channel"), req.Form("content"), req.Form("link")}, &errors);
  return web::AfterAction(ctx, s, errors, Url(Id(req)), "已记录回应。",
                          [&](const FieldErrors& e, int st) { return OpinionPage(req, ctx, Id(req), e, st); });
}

Response PostClose(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Opinions(ctx).Close(ctx.actor(), *ctx.user(), Id(req), req.Form("note"), &errors);
  return web::AfterAction(ctx, s, errors, Url(Id(req)), "已办结。",
                          [&](const FieldErrors& e, int st) { return OpinionPage(req, ctx, Id(req), e, st); });
}

}  // namespace

void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  if (!ctx.scope().AllowsSomewhere(access::Permission::kManageOpinions)) return;
  auto mine = MyAgencies(ctx);
  if (mine.empty()) mine = {-1};
  store::OpinionFilter f;
  f.agency_ids = &mine;
  f.late_at = Opinions(ctx).Now();
  f.limit = 1;
  auto late = Opinions(ctx).List(f);
  if (!late.ok() || late->total == 0) return;
  d.AddSectionDictionary("OPINIONS_LATE")->SetIntValue("N", static_cast<long>(late->total));
}

void RegisterConsoleRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageOpinions);
  site.Add("GET", "/console/opinions", manage, ListPage);
  site.Add("GET", "/console/opinions/new", manage, GetNew);
  site.Add("POST", "/console/opinions", manage, PostNew);
  site.Add("GET", "/console/opinions/{id:int}", manage, GetOpinion);
  site.Add("GET", "/console/opinions/{id:int}/edit", manage, GetEdit);
  site.Add("POST", "/console/opinions/{id:int}/edit", manage, PostEdit);
  site.Add("POST", "/console/opinions/{id:int}/respond", manage, PostRespond);
  site.Add("POST", "/console/opinions/{id:int}/close", manage, PostClose);
}

}  // namespace gk::opinions
