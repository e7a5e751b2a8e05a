// The public side of events: /events lists those to come (soonest first)
// and those past (latest first), ?q= finds them; /events/{id} shows one —
// what, where, when, its materials, the participant list once published,
// the registration form while registration is open, the summary after it,
// or why it was cancelled. Registration meets the public forms' standard
// (the shared human check, a per-address limit kept in the database, every
// problem at once, committed before the number and code show); the
// registrant follows or cancels it at /events/check. The feed and
// /api/v1/events carry the public events.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/china_time.h"
#include "events/routes.h"
#include "events/views.h"
#include "http/forms.h"
#include "web/feeds.h"
#include "web/forms.h"
#include "web/human_check.h"
#include "web/limits.h"

namespace gk::events {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

Response NoStore(Response r) {
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

const std::vector<State> kPublic = {State::kPublished, State::kHeld, State::kCancelled};

Response Overview(Request& req, Context& ctx) {
  const int64_t now = Events(ctx).Now();
  Page page("听证会与开放日", "public/events.tpl");
  auto& d = page.content();
  const std::string q = web::QueryText(req, "q");
  d.SetValue("Q", q);
  store::EventFilter coming;
  coming.states = {State::kPublished, State::kCancelled};
  coming.starts_after = now;
  coming.text = q;
  coming.limit = 50;
  auto upcoming = Events(ctx).List(coming);
  store::EventFilter past;
  past.states = kPublic;
  past.started_by = now;
  past.text = q;
  const int page_no = web::PageNumber(req);
  past.offset = (page_no - 1) * past.limit;
  auto done = Events(ctx).List(past);
  if (!upcoming.ok()) return ctx.FromStatus(upcoming.status());
  if (!done.ok()) return ctx.FromStatus(done.status());
  for (const auto& e : upcoming->events) FillEvent(*d.AddSectionDictionary("UPCOMING"), e, now);
  if (upcoming->events.empty()) d.ShowSection("NO_UPCOMING");
  for (const auto& e : done->events) FillEvent(*d.AddSectionDictionary("PAST"), e, now);
  if (done->events.empty()) d.ShowSection("NO_PAST");
  web::SetPagination(d, "/events?q=" + http::PercentEncode(q) + "&", page_no, past.limit, done->total);
  return ctx.Cacheable(ctx.PublicPage(page, "/events"));
}

// A public event, or why there is none.
Result<Event> PublicOne(Context& ctx, int64_t id) {
  auto e = Events(ctx).Get(id);
  if (e.ok() && e->state != State::kDraft) return e;
  if (e.ok() || e.status().code() == Code::kNotFound)
    return Status::NotFound("没有找到该活动。它可能尚未发布，或网址有误。");
  return e.status();
}

Response ShowPage(Request& req, Context& ctx, const Event& e, const FieldErrors& errors, int status) {
  const int64_t now = Events(ctx).Now();
  Page page(e.title, "public/event.tpl");
  auto& d = page.content();
  FillEvent(d, e, now);
  if (e.participants_public)
    if (auto regs = Events(ctx).Registrations(e.id, false); ctx.Got(regs))
      FillParticipants(*d.AddSectionDictionary("PARTICIPANT_LIST"), regs.value());
  const bool open = RegistrationOpen(e, now);
  if (open && !PlaceFor(e)) d.ShowSection("ALL_TAKEN");
  if (open && PlaceFor(e)) {
    auto* form = d.AddSectionDictionary("REGISTER");
    form->SetValue("CSRF_TOKEN", ctx.CsrfToken());
    if (e.confirmed >= e.capacity) form->ShowSection("FULL");
    web::KeepInput(*form, req, {"name", "affiliation", "contact", "note"});
    web::AddHumanCheck(*form, *ctx.services().db, now, errors);
    web::SetFieldErrors(*form, errors);
  }
  Response r = ctx.PublicPage(page, "/events", status);
  return open ? NoStore(std::move(r)) : ctx.Cacheable(std::move(r));
}

Response Show(Request& req, Context& ctx) {
  auto e = PublicOne(ctx, web::ParseId(req.Param("id")));
  if (!e.ok()) return ctx.FromStatus(e.status());
  return ShowPage(req, ctx, e.value(), {}, 200);
}

RegistrationForm FormOf(const Request& req) {
  return {req.Form("name"), req.Form("affiliation"), req.Form("contact"), req.Form("note")};
}

Response PostRegister(Request& req, Context& ctx) {
  const int64_t id = web::ParseId(req.Param("id"));
  auto e = PublicOne(ctx, id);
  if (!e.ok()) return ctx.FromStatus(e.status());
  FieldErrors errors;
  if (!web::PassPublicForm(
          *ctx.services().db, req, Events(ctx).Now(), "event.register", ctx.Get<RouteDeps>().registrations_per_hour,
          [&](FieldErrors* f) { (void)Events(ctx).CheckRegistration(id, FormOf(req), f); }, &errors))
    return errors.empty() ? NoStore(ctx.ErrorPage(429, "同一网络地址报名过于频繁，请一小时后再试。"))
                          : NoStore(ShowPage(req, ctx, e.value(), errors, 400));
  auto done = Events(ctx).Register(ctx.actor(), id, FormOf(req), &errors);
  if (!errors.empty()) return NoStore(ShowPage(req, ctx, e.value(), errors, 400));
  if (!done.ok()) return ctx.FromStatus(done.status());
  Page page("报名已提交", "public/event_done.tpl");
  auto& d = page.content();
  FillEvent(d, e.value(), Events(ctx).Now());
  d.SetIntValue("REG_ID", static_cast<long>(done->id));
  d.SetValue("CODE", done->code);
  if (done->state == RegState::kWaiting)
    d.AddSectionDictionary("WAITING")->SetIntValue("POSITION", static_cast<long>(done->position));
  else d.ShowSection("CONFIRMED");
  return NoStore(ctx.PublicPage(page, "/events"));
}

Response CheckPage(Context& ctx, const Request& req, const std::pair<Registration, Event>* found,
                   const FieldErrors& errors, int status) {
  Page page("报名查询", "public/event_check.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::KeepInput(d, req, {"id", "code"});
  if (found) {
    const auto& [r, e] = *found;
    auto* f = d.AddSectionDictionary("FOUND");
    FillEvent(*f, e, Events(ctx).Now());
    f->SetIntValue("REG_ID", static_cast<long>(r.id));
    f->SetValue("REG_STATE", RegStateLabel(r.state));
    f->SetValue("REG_STATE_CODE", RegStateCode(r.state));
    f->SetValue("NAME", r.name);
    if (auto pos = Events(ctx).WaitingPosition(r); pos.ok() && pos.value() > 0)
      f->AddSectionDictionary("WAITING")->SetIntValue("POSITION", static_cast<long>(pos.value()));
    if (r.state != RegState::kCancelled && e.state == State::kPublished && e.starts_at > Events(ctx).Now())
      f->ShowSection("CAN_CANCEL");
  }
  web::SetFieldErrors(d, errors);
  return NoStore(ctx.PublicPage(page, "/events", status));
}

Response GetCheck(Request& req, Context& ctx) { return CheckPage(ctx, req, nullptr, {}, 200); }

// Looks a registration up; with cancel=1, cancels it first.
Response PostCheck(Request& req, Context& ctx) {
  if (!web::AllowAttempt(*ctx.services().db, "event.lookup", req.remote_addr, 30, 600, Events(ctx).Now()))
    return NoStore(ctx.ErrorPage(429, "查询过于频繁，请十分钟后再试。"));
  const int64_t id = web::ParseId(req.Form("id"));
  FieldErrors errors;
  if (req.Form("cancel") == "1") {
    Status s = Events(ctx).CancelRegistration(ctx.actor(), id, req.Form("code"));
    if (!s.ok() && s.code() != Code::kConflict && s.code() != Code::kNotFound) return ctx.FromStatus(s);
    if (!s.ok()) errors.Add("code", s.message());
  }
  auto found = Events(ctx).Lookup(id, req.Form("code"));
  if (!found.ok()) {
    FieldErrors e;
    e.Add("code", found.status().message());
    return CheckPage(ctx, req, nullptr, e, found.status().code() == Code::kNotFound ? 400 : 503);
  }
  return CheckPage(ctx, req, &found.value(), errors, errors.empty() ? 200 : 409);
}

Response Feed(Request& req, Context& ctx) {
  store::EventFilter f;
  f.states = kPublic;
  f.limit = 50;
  auto list = Events(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  const int64_t now = Events(ctx).Now();
  std::vector<web::FeedEntry> entries;
  int64_t updated = 0;
  for (const auto& e : list->events) {
    entries.push_back({e.title, "/events/" + std::to_string(e.id), e.updated_at,
                       std::string(KindLabel(e.kind)) + " · " + FormatChinaTime(e.starts_at, "%Y-%m-%d %H:%M") + " · " +
                           e.place + " · " + PhaseLabel(e, now)});
    updated = std::max(updated, e.updated_at);
  }
  return web::FeedResponse(ctx,
                           web::AtomFeed(web::BaseUrl(ctx, req), ctx.services().SiteName() + " - 听证会与开放日",
                                         "/events", updated, entries),
                           "application/atom+xml; charset=utf-8");
}

Response ApiList(Request& req, Context& ctx) {
  store::EventFilter f;
  f.states = kPublic;
  f.text = web::QueryText(req, "q");
  const std::string kind = req.Query("kind");
  Kind k = Kind::kOpenDay;
  if (!kind.empty() && !ParseKind(kind, &k)) return web::JsonError(400, "kind 应为 hearing、open_day 或 interview");
  if (!kind.empty()) f.kind = k;
  f.limit = static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("per_page")) ?: 20, 1, 100));
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Events(ctx).List(f);
  if (!list.ok()) return web::JsonError(503, "服务暂时不可用");
  const int64_t now = Events(ctx).Now();
  nlohmann::json items = nlohmann::json::array();
  for (const auto& e : list->events) items.push_back(EventJson(e, nullptr, now));
  return web::ApiJson(
      ctx, nlohmann::json{{"total", list->total}, {"page", page_no}, {"per_page", f.limit}, {"events", items}});
}

Response ApiShow(Request& req, Context& ctx) {
  auto e = PublicOne(ctx, web::ParseId(req.Param("id")));
  if (!e.ok())
    return web::JsonError(e.status().code() == Code::kNotFound ? 404 : 503,
                          e.status().code() == Code::kNotFound ? e.status().message() : "服务暂时不可用");
  std::vector<Registration> regs;
  if (e->participants_public)
    if (auto r = Events(ctx).Registrations(e->id, false); r.ok()) regs = std::move(r).value();
  return web::ApiJson(ctx, EventJson(e.value(), e->participants_public ? &regs : nullptr, Events(ctx).Now()));
}

}  // namespace

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/events", web::Public(), Overview, {.cache_query = {"q", "page"}});
  site.Add("GET", "/events/check", web::Public(), GetCheck);
  site.Add("POST", "/events/check", web::Public(), PostCheck);
  site.Add("GET", "/events/feed.xml", web::Public(), Feed);
  site.Add("GET", "/events/{id:int}", web::Public(), Show);
  site.Add("POST", "/events/{id:int}/register", web::Public(), PostRegister);
  site.Add("GET", "/api/v1/events", web::Public(), ApiList, {.cache_query = {"q", "page", "per_page", "kind"}});
  site.Add("GET", "/api/v1/events/{id:int}", web::Public(), ApiShow);
}

}  // namespace gk::events
