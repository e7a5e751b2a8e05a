// The public side of 好差评: /ratings shows the month's statistics per
// service and department and the handling of bad ratings; /ratings/new is
// the rating form (the shared human check and a per-address limit kept in
// the database, every problem reported at once, the rating committed before
// its code is shown); /ratings/check lets the rater follow a rating and
// answer its rectification; /api/v1/ratings/stats gives the statistics.
#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "http/forms.h"
#include "ratings/routes.h"
#include "ratings/views.h"
#include "web/feeds.h"
#include "web/forms.h"
#include "web/human_check.h"
#include "web/limits.h"

namespace gk::ratings {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

Response NoStore(Response r) {
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

std::string MonthOf(const Request& req, Date today) {
  const std::string m = req.Query("month");
  return IsMonth(m) ? m : RecentMonths(today, 1).front();
}

Response Overview(Request& req, Context& ctx) {
  const Date today = Ratings(ctx).Today();
  const std::string month = MonthOf(req, today);
  auto stats = Ratings(ctx).Stats(month, nullptr);
  store::RatingFilter f;
  f.bad_only = true;
  f.counted_only = true;
  f.limit = 20;
  f.offset = (web::PageNumber(req) - 1) * f.limit;
  auto bad = Ratings(ctx).List(f);
  if (!stats.ok() || !bad.ok()) return ctx.FromStatus(!stats.ok() ? stats.status() : bad.status());
  Page page("好差评", "public/ratings.tpl");
  auto& d = page.content();
  d.SetValue("MONTH", month);
  d.SetValue("MONTH_LABEL", MonthLabel(month));
  FillStats(d, stats.value());
  for (const auto& m : RecentMonths(today, 12)) {
    auto* o = d.AddSectionDictionary("MONTHS");
    o->SetValue("VALUE", m);
    if (m == month) o->ShowSection("SELECTED");
  }
  for (const auto& r : bad->ratings) FillRating(*d.AddSectionDictionary("BAD_RATINGS"), r, false, today);
  if (bad->ratings.empty()) d.ShowSection("NO_BAD");
  web::SetPagination(d, "/ratings?month=" + month + "&", web::PageNumber(req), f.limit, bad->total);
  const auto& s = Ratings(ctx).settings();
  d.SetIntValue("VISIT_DAYS", s.visit_days);
  d.SetIntValue("RECTIFY_DAYS", s.rectify_days);
  d.SetValue("REPORT_COLUMN", ctx.Get<RouteDeps>().report_column);
  return ctx.Cacheable(ctx.PublicPage(page, "/ratings"));
}

Response FormPage(Context& ctx, const Request& req, const FieldErrors& errors, int status) {
  Page page("我要评价", "public/rating_form.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::KeepInput(d, req, {"comment", "contact", "application_code", "message_code"});
  const bool application = req.Form("kind") == "application" || !req.Query("application").empty();
  const bool message = req.Form("kind") == "message" || !req.Query("message").empty();
  d.SetValue("MESSAGE_NUMBER", req.Form("message_number").empty() ? req.Query("message") : req.Form("message_number"));
  d.SetValue("APPLICATION_NUMBER",
             req.Form("application_number").empty() ? req.Query("application") : req.Form("application_number"));
  d.ShowSection(message ? "KIND_MESSAGE" : application ? "KIND_APPLICATION" : "KIND_SERVICE");
  auto services = Ratings(ctx).Services(nullptr, true);
  if (!services.ok()) return ctx.FromStatus(services.status());
  const int64_t chosen = web::ParseId(req.Form("service_id"));
  for (const auto& s : services.value()) {
    auto* o = d.AddSectionDictionary("SERVICES");
    o->SetIntValue("VALUE", static_cast<long>(s.id));
    o->SetValue("LABEL", s.department.empty() ? s.name : s.name + "（" + s.department + "）");
    if (s.id == chosen) o->ShowSection("SELECTED");
  }
  const std::string level = req.Form("level");
  for (int l = kMaxLevel; l >= kMinLevel; --l) {
    auto* o = d.AddSectionDictionary("LEVELS");
    o->SetIntValue("VALUE", l);
    o->SetValue("LABEL", LevelLabel(l));
    if (level == std::to_string(l)) o->ShowSection("CHECKED");
  }
  const std::string channel = req.Form("channel").empty() ? "online" : req.Form("channel");
  for (Channel c : AllChannels()) {
    auto* o = d.AddSectionDictionary("CHANNELS");
    o->SetValue("VALUE", ChannelCode(c));
    o->SetValue("LABEL", ChannelLabel(c));
    if (channel == ChannelCode(c)) o->ShowSection("SELECTED");
  }
  web::AddHumanCheck(d, *ctx.services().db, ctx.services().clock->Now(), errors);
  web::SetFieldErrors(d, errors);
  return NoStore(ctx.PublicPage(page, "/ratings", status));
}

Response GetNew(Request& req, Context& ctx) { return FormPage(ctx, req, {}, 200); }

RatingForm FormOf(const Request& req) {
  RatingForm f;
  if (!ParseSubjectKind(req.Form("kind"), &f.kind)) f.kind = SubjectKind::kService;
  f.service_id = web::ParseId(req.Form("service_id"));
  f.application_number = req.Form("application_number");
  f.application_code = req.Form("application_code");
  f.message_number = req.Form("message_number");
  f.message_code = req.Form("message_code");
  f.level = req.Form("level");
  f.channel = req.Form("channel");
  f.comment = req.Form("comment");
  f.contact = req.Form("contact");
  return f;
}

Response PostNew(Request& req, Context& ctx) {
  FieldErrors errors;
  // Correcting a form is not rating again: only a form without problems
  // counts against the address's limit.
  if (!web::PassPublicForm(*ctx.services().db, req, ctx.services().clock->Now(), "rating.submit",
                           ctx.Get<RouteDeps>().submissions_per_hour,
                           [&](FieldErrors* e) { (void)Ratings(ctx).Check(FormOf(req), e); }, &errors))
    return errors.empty() ? NoStore(ctx.ErrorPage(429, "同一网络地址提交评价过于频繁，请一小时后再试。"))
                          : FormPage(ctx, req, errors, 400);
  FieldErrors fields;
  auto done = Ratings(ctx).Submit(ctx.actor(), FormOf(req), &fields);
  for (const auto& [field, msg] : fields.all()) errors.Add(field, msg);
  if (!errors.empty()) return FormPage(ctx, req, errors, 400);
  if (!done.ok()) return ctx.FromStatus(done.status());
  Page page("评价已提交", "public/rating_done.tpl");
  auto& d = page.content();
  d.SetIntValue("ID", static_cast<long>(done->id));
  d.SetValue("CODE", done->code);
  if (done->bad) d.ShowSection("BAD");
  const auto& s = Ratings(ctx).settings();
  d.SetIntValue("VISIT_DAYS", s.visit_days);
  d.SetIntValue("RECTIFY_DAYS", s.rectify_days);
  return NoStore(ctx.PublicPage(page, "/ratings"));
}

// The rater's page: the rating and its follow-up, found by number and code
// (posted, so the code stays out of URLs and logs).
Response CheckPage(Context& ctx, const Request& req, const Rating* r, const FieldErrors& errors, int status) {
  Page page("评价办理查询", "public/rating_check.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::KeepInput(d, req, {"id", "code"});
  if (r) {
    auto* found = d.AddSectionDictionary("FOUND");
    FillRating(*found, *r, false, Ratings(ctx).Today());
    found->SetValue("CODE", req.Form("code"));
    found->SetValue("CSRF_TOKEN", ctx.CsrfToken());
    if (r->state == RatingState::kRectified) found->ShowSection("CAN_RESPOND");
    web::SetFieldErrors(*found, errors);
  } else {
    web::SetFieldErrors(d, errors);
  }
  return NoStore(ctx.PublicPage(page, "/ratings", status));
}

Response GetCheck(Request& req, Context& ctx) { return CheckPage(ctx, req, nullptr, {}, 200); }

// A look-up by number and code counts against the address, so codes
// cannot be tried at speed.
bool Throttled(const Request& req, Context& ctx) {
  return !web::AllowAttempt(*ctx.services().db, "rating.lookup", req.remote_addr, 30, 600,
                            ctx.services().clock->Now());
}

Result<Rating> Find(Request& req, Context& ctx) {
  return Ratings(ctx).Lookup(web::ParseId(req.Form("id")), req.Form("code"));
}

Response NotFound(Context& ctx, const Request& req, const Status& s) {
  FieldErrors e;
  e.Add("code", s.message());
  return CheckPage(ctx, req, nullptr, e, s.code() == Code::kNotFound ? 400 : 503);
}

Response PostCheck(Request& req, Context& ctx) {
  if (Throttled(req, ctx)) return NoStore(ctx.ErrorPage(429, "查询过于频繁，请十分钟后再试。"));
  auto r = Find(req, ctx);
  if (!r.ok()) return NotFound(ctx, req, r.status());
  return CheckPage(ctx, req, &r.value(), {}, 200);
}

Response PostRespond(Request& req, Context& ctx) {
  if (Throttled(req, ctx)) return NoStore(ctx.ErrorPage(429, "查询过于频繁，请十分钟后再试。"));
  auto r = Find(req, ctx);
  if (!r.ok()) return NotFound(ctx, req, r.status());
  FieldErrors errors;
  Status s = Ratings(ctx).RaterRespond(ctx.actor(), r->id, req.Form("code"), req.Form("response"), req.Form("note"),
                                       &errors);
  if (s.code() == Code::kConflict) errors.Add("response", s.message());
  else if (!s.ok() && errors.empty()) return ctx.FromStatus(s);
  auto now = Ratings(ctx).Get(r->id);
  if (!now.ok()) return ctx.FromStatus(now.status());
  if (!errors.empty()) return CheckPage(ctx, req, &now.value(), errors, 400);
  return CheckPage(ctx, req, &now.value(), {}, 200);
}

Response ApiStats(Request& req, Context& ctx) {
  const std::string month = MonthOf(req, Ratings(ctx).Today());
  if (!req.Query("month").empty() && !IsMonth(req.Query("month")))
    return web::JsonError(400, "month 应为 年-月，如 " + month);
  auto stats = Ratings(ctx).Stats(month, nullptr);
  if (!stats.ok()) return web::JsonError(503, "服务暂时不可用");
  return web::ApiJson(ctx, StatsJson(month, stats.value()));
}

}  // namespace

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/ratings", web::Public(), Overview, {.cache_query = {"month", "page"}});
  site.Add("GET", "/ratings/new", web::Public(), GetNew);
  site.Add("POST", "/ratings", web::Public(), PostNew);
  site.Add("GET", "/ratings/check", web::Public(), GetCheck);
  site.Add("POST", "/ratings/check", web::Public(), PostCheck);
  site.Add("POST", "/ratings/respond", web::Public(), PostRespond);
  site.Add("GET", "/api/v1/ratings/stats", web::Public(), ApiStats, {.cache_query = {"month"}});
}

}  // namespace gk::ratings
