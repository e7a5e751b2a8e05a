// The console's event pages: the events of the user's agencies (upcoming,
// past, drafts), the form to write or correct one, and an event with its
// registrations (contact details for staff only) and the forms the
// workflow allows: publish, cancel with a reason, publish the participant
// list, the summary. The rules are the service's; handlers parse and render.
#include "auth/routes.h"
#include "common/china_time.h"
#include "events/routes.h"
#include "events/views.h"
#include "http/forms.h"
#include "web/forms.h"

namespace gk::events {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kManageEvents); }
int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }
std::string Url(int64_t id) { return "/console/events/" + std::to_string(id); }
std::string LocalTime(int64_t t) { return t > 0 ? FormatChinaTime(t, "%Y-%m-%dT%H:%M") : ""; }

Response ListPage(Request& req, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  const int64_t now = Events(ctx).Now();
  store::EventFilter f;
  f.agency_ids = &mine;
  const std::string view = req.Query("view");
  if (view == "past") f.started_by = now;
  else if (view == "draft") f.states = {State::kDraft};
  else f.starts_after = now;
  f.offset = (web::PageNumber(req) - 1) * f.limit;
  auto list = Events(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("听证与开放日", "console/events.tpl");
  auto& d = page.content();
  for (const auto& e : list->events) {
    auto* row = d.AddSectionDictionary("EVENTS");
    FillEvent(*row, e, now);
    if (ParticipantsOverdue(e, now)) row->ShowSection("PARTICIPANTS_DUE");
  }
  if (list->events.empty()) d.ShowSection("NO_EVENTS");
  d.ShowSection(view == "past" ? "VIEW_PAST" : view == "draft" ? "VIEW_DRAFT" : "VIEW_UPCOMING");
  if (ctx.scope().AllowsSomewhere(access::Permission::kManageEvents)) d.ShowSection("CAN_CREATE");
  web::SetPagination(d, "/console/events?view=" + http::PercentEncode(view) + "&", web::PageNumber(req), f.limit,
                     list->total);
  return ctx.ConsolePage(page, "/console/events");
}

EventForm FormOf(const Request& req) {
  return {web::ParseId(req.Form("agency_id")),
          req.Form("kind"),
          req.Form("title"),
          req.Form("description"),
          req.Form("place"),
          req.Form("starts_at"),
          req.Form("registration_closes_at"),
          req.Form("capacity"),
          req.Form("materials"),
          req.Form("waitlist")};
}

EventForm FormOf(const Event& e) {
  return {e.agency_id,
          KindCode(e.kind),
          e.title,
          e.description,
          e.place,
          LocalTime(e.starts_at),
          e.capacity > 0 ? LocalTime(e.registration_closes_at) : "",
          std::to_string(e.capacity),
          e.materials,
          std::to_string(e.waitlist)};
}

Response FormPage(Context& ctx, int64_t id, const EventForm& in, const FieldErrors& errors, int status) {
  Page page(id ? "修改活动" : "新建活动", "console/event_form.tpl");
  auto& d = page.content();
  d.SetValue("HEADING", id ? "修改活动" : "新建活动");
  d.SetValue("ACTION", id ? Url(id) + "/edit" : "/console/events");
  if (id) d.AddSectionDictionary("EXISTING")->SetIntValue("ID", static_cast<long>(id));
  auto agencies = auth::Svc(ctx)->ListAgencies();
  if (agencies.ok())
    for (const auto& a : agencies.value())
      if (ctx.scope().Allows(access::Permission::kManageEvents, a.id))
        web::AddOption(d, "AGENCIES", std::to_string(a.id), a.name, std::to_string(in.agency_id));
  for (Kind k : AllKinds())
    web::AddOption(d, "KINDS", KindCode(k), KindLabel(k), in.kind.empty() ? "open_day" : in.kind);
  d.SetValue("TITLE", in.title);
  d.SetValue("DESCRIPTION", in.description);
  d.SetValue("PLACE", in.place);
  d.SetValue("STARTS_AT", in.starts_at);
  d.SetValue("CLOSES_AT", in.registration_closes_at);
  d.SetValue("CAPACITY", in.capacity);
  d.SetValue("WAITLIST", in.waitlist);
  d.SetValue("MATERIALS", in.materials);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/events", status);
}

Response GetNew(Request&, Context& ctx) { return FormPage(ctx, 0, {}, {}, 200); }

Response PostNew(Request& req, Context& ctx) {
  FieldErrors errors;
  auto id = Events(ctx).Create(ctx.actor(), *ctx.user(), FormOf(req), &errors);
  if (id.ok()) return ctx.RedirectWithFlash(Url(id.value()), "已保存草稿。");
  if (errors.empty()) return ctx.FromStatus(id.status());
  return FormPage(ctx, 0, FormOf(req), errors, 400);
}

Response EventPage(Request& req, Context& ctx, int64_t id, const FieldErrors& errors, int status) {
  auto e = Events(ctx).Get(id);
  if (!e.ok()) return ctx.FromStatus(e.status());
  if (!ctx.scope().Allows(access::Permission::kManageEvents, e->agency_id))
    return ctx.ErrorPage(403, "该活动不属于您可以办理的机构。");
  const int64_t now = Events(ctx).Now();
  Page page(e->title, "console/event.tpl");
  auto& d = page.content();
  FillEvent(d, e.value(), now);
  for (Action a : Events(ctx).Allowed(e.value(), ctx.scope())) d.ShowSection("CAN_" + web::Upper(ActionCode(a)));
  if (ParticipantsOverdue(e.value(), now)) d.ShowSection("PARTICIPANTS_DUE");
  if (e->participants_public) d.ShowSection("PARTICIPANTS_PUBLIC");
  if (auto regs = Events(ctx).Registrations(id, true); regs.ok()) {
    for (const auto& r : regs.value()) {
      auto* row = d.AddSectionDictionary("REGISTRATIONS");
      row->SetIntValue("ID", static_cast<long>(r.id));
      row->SetValue("NAME", r.name);
      row->SetValue("AFFILIATION", r.affiliation);
      row->SetValue("CONTACT", r.contact);
      row->SetValue("NOTE", r.note);
      row->SetValue("STATE", RegStateLabel(r.state));
      row->SetValue("STATE_CODE", RegStateCode(r.state));
      row->SetValue("AT", FormatLocalTime(r.created_at));
    }
    if (regs->empty()) d.ShowSection("NO_REGISTRATIONS");
  }
  d.SetValue("IN_SUMMARY", req.Form("summary").empty() ? e->summary : req.Form("summary"));
  d.SetValue("IN_REASON", req.Form("reason"));
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/events", status);
}

Response GetEvent(Request& req, Context& ctx) { return EventPage(req, ctx, Id(req), {}, 200); }

Response GetEdit(Request& req, Context& ctx) {
  auto e = Events(ctx).Get(Id(req));
  if (!e.ok()) return ctx.FromStatus(e.status());
  if (!ctx.scope().Allows(access::Permission::kManageEvents, e->agency_id))
    return ctx.ErrorPage(403, "该活动不属于您可以办理的机构。");
  if (!StateAllows(Action::kEdit, e->state)) return ctx.ErrorPage(409, "该活动已举行或已取消，不能修改。");
  return FormPage(ctx, e->id, FormOf(e.value()), {}, 200);
}

Response PostEdit(Request& req, Context& ctx) {
  FieldErrors errors;
  EventForm in = FormOf(req);
  auto current = Events(ctx).Get(Id(req));
  if (!current.ok()) return ctx.FromStatus(current.status());
  in.agency_id = current->agency_id;
  Status s = Events(ctx).Update(ctx.actor(), *ctx.user(), Id(req), in, &errors);
  if (s.ok()) return ctx.RedirectWithFlash(Url(Id(req)), "已保存修改。");
  if (errors.empty()) return ctx.FromStatus(s);
  return FormPage(ctx, Id(req), in, errors, 400);
}

Response PostAction(Request& req, Context& ctx, Action action) {
  FieldErrors errors;
  Status s;
  auto& svc = Events(ctx);
  if (action == Action::kPublish) s = svc.Publish(ctx.actor(), *ctx.user(), Id(req));
  else if (action == Action::kCancel) s = svc.Cancel(ctx.actor(), *ctx.user(), Id(req), req.Form("reason"), &errors);
  else if (action == Action::kParticipants) s = svc.PublishParticipants(ctx.actor(), *ctx.user(), Id(req));
  else s = svc.Summarise(ctx.actor(), *ctx.user(), Id(req), req.Form("summary"), &errors);
  return web::AfterAction(ctx, s, errors, Url(Id(req)), std::string("已") + ActionLabel(action) + "。",
                          [&](const FieldErrors& e, int st) { return EventPage(req, ctx, Id(req), e, st); });
}

}  // namespace

void RegisterConsoleRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageEvents);
  site.Add("GET", "/console/events", manage, ListPage);
  site.Add("GET", "/console/events/new", manage, GetNew);
  site.Add("POST", "/console/events", manage, PostNew);
  site.Add("GET", "/console/events/{id:int}", manage, GetEvent);
  site.Add("GET", "/console/events/{id:int}/edit", manage, GetEdit);
  site.Add("POST", "/console/events/{id:int}/edit", manage, PostEdit);
  // Each action behind its own permission (publish, cancel, participants: kPublishEvents); the
  // service checks it again in the event's agency.
  for (Action a : AllActions()) {
    if (a == Action::kEdit) continue;
    site.Add("POST", std::string("/console/events/{id:int}/") + ActionCode(a), web::Staff(ActionPermission(a)),
             [a](Request& req, Context& ctx) { return PostAction(req, ctx, a); });
  }
}

}  // namespace gk::events
