// The public side of 意见征集: /consultations lists those taking comments
// (closing soonest first), those announced, and those closed with their
// adoption reports; ?q= finds them by title or text. /consultations/{id}
// shows the draft, its explanation, how to comment and the period (with the
// reason when shorter than 30 days), the published comments, the comment
// form while it is open (the shared human check, a per-address limit kept
// in the database, every problem at once, the comment committed before its
// code is shown) and the adoption report once published; a withdrawn one
// answers 410 with the reason. /consultations/check lets an author follow
// a comment by its number and code. The feed and /api/v1/consultations
// carry the same.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/china_time.h"
#include "common/strings.h"
#include "consultations/routes.h"
#include "consultations/views.h"
#include "http/forms.h"
#include "web/feeds.h"
#include "web/forms.h"
#include "web/human_check.h"
#include "web/limits.h"

namespace gk::consultations {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr int kCommentsPerPage = 20;

Response NoStore(Response r) {
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

std::string GoneReason(const Consultation& c) {
  return "该意见征集已于 " + ChinaDate(c.withdrawn_at).ToString() + " 撤回，不再公开。原因：" + c.withdraw_reason;
}

// The consultation a public URL names: NotFound for a draft (never public).
Result<Consultation> PublicOne(Context& ctx, int64_t id) {
  auto c = Consultations(ctx).Get(id);
  if (!c.ok()) return c.status();
  if (c->state == State::kDraft) return Status::NotFound("该意见征集不存在");
  return c;
}

void AddList(Context& ctx, ctemplate::TemplateDictionary& d, const char* section, store::ConsultationFilter f,
             Date today) {
  auto list = Consultations(ctx).List(f);
  if (!ctx.Got(list)) return;
  for (const auto& c : list->consultations) FillConsultation(*d.AddSectionDictionary(section), c, today, false);
  d.ShowSection((list->consultations.empty() ? std::string("NO_") : std::string("HAS_")) + section);
}

Response Overview(Request& req, Context& ctx) {
  const Date today = Consultations(ctx).Today();
  Page page("意见征集", "public/consultations.tpl");
  auto& d = page.content();
  store::ConsultationFilter f;
  f.public_only = true;
  f.today = today.ToString();
  f.text = web::QueryText(req, "q");
  d.SetValue("Q", f.text);
  if (!f.text.empty()) {
    f.limit = 50;
    AddList(ctx, d, "RESULTS", f, today);
    d.ShowSection("SEARCH");
  } else {
    f.limit = 50;
    f.phase = Phase::kOpen;
    AddList(ctx, d, "OPEN", f, today);
    f.phase = Phase::kUpcoming;
    AddList(ctx, d, "UPCOMING", f, today);
    f.phase = Phase::kClosed;
    f.limit = 20;
    f.offset = (web::PageNumber(req) - 1) * f.limit;
    auto closed = Consultations(ctx).List(f);
    if (!closed.ok()) return ctx.FromStatus(closed.status());
    for (const auto& c : closed->consultations) FillConsultation(*d.AddSectionDictionary("CLOSED"), c, today, false);
    d.ShowSection(closed->consultations.empty() ? "NO_CLOSED" : "HAS_CLOSED");
    web::SetPagination(d, "/consultations?", web::PageNumber(req), f.limit, closed->total);
    d.ShowSection("BROWSE");
  }
  return ctx.Cacheable(ctx.PublicPage(page, "/consultations"));
}

// The page of a consultation; with the comment form filled from `req` and
// `errors` when it comes back refused.
Response ShowPage(Request& req, Context& ctx, const FieldErrors& errors, int status) {
  auto c = PublicOne(ctx, web::ParseId(req.Param("id")));
  if (!c.ok() && c.status().code() != Code::kNotFound) return ctx.FromStatus(c.status());
  if (!c.ok()) return ctx.ErrorPage(404, "没有找到该意见征集。它可能尚未发布，或网址有误。");
  if (c->state == State::kWithdrawn) return ctx.ErrorPage(410, GoneReason(c.value()));
  const Date today = Consultations(ctx).Today();
  store::CommentFilter f;
  f.consultation_id = c->id;
  f.state = CommentState::kPublished;
  f.limit = kCommentsPerPage;
  f.offset = (web::PageNumber(req) - 1) * kCommentsPerPage;
  auto comments = Consultations(ctx).Comments(f);
  if (!comments.ok()) return ctx.FromStatus(comments.status());
  Page page(c->title, "public/consultation.tpl");
  auto& d = page.content();
  FillConsultation(d, c.value(), today, true);
  for (const auto& m : comments->comments) FillComment(*d.AddSectionDictionary("COMMENTS"), m, false);
  if (comments->comments.empty()) d.ShowSection("NO_COMMENTS");
  web::SetPagination(d, "/consultations/" + std::to_string(c->id) + "?", web::PageNumber(req), kCommentsPerPage,
                     comments->total);
  if (c->report_published_on) FillDecisions(*d.AddSectionDictionary("ADOPTION"), c->report_counts, c->report_reasons);
  if (TakesComments(c.value(), today)) {
    auto* form = d.AddSectionDictionary("FORM");
    form->SetIntValue("ID", static_cast<long>(c->id));
    form->SetValue("CSRF_TOKEN", ctx.CsrfToken());
    web::KeepInput(*form, req, {"name", "contact", "body"});
    if (c->identity == Identity::kAnonymous) form->ShowSection("NAME_OPTIONAL");
    if (c->articles > 0) FillArticles(*form, c.value(), req.Form("article"));
    if (c->moderation == Moderation::kPre) form->ShowSection("PRE_MODERATED");
    form->SetIntValue("MAX_CHARS", static_cast<int>(kMaxCommentChars));
    web::AddHumanCheck(*form, *ctx.services().db, ctx.services().clock->Now(), errors);
    web::SetFieldErrors(*form, errors);
  }
  Response r = ctx.PublicPage(page, "/consultations", status);
  // The form carries a CSRF token and a human check: never shared by a cache.
  return TakesComments(c.value(), today) ? NoStore(std::move(r)) : ctx.Cacheable(std::move(r));
}

Response Show(Request& req, Context& ctx) { return ShowPage(req, ctx, {}, 200); }

CommentForm CommentFormOf(const Request& req) {
  return {req.Form("article"), req.Form("name"), req.Form("contact"), req.Form("body")};
}

Response PostComment(Request& req, Context& ctx) {
  const int64_t id = web::ParseId(req.Param("id"));
  // A consultation not taking comments (closed, not yet open, withdrawn)
  // says so, whatever the form holds.
  auto c = PublicOne(ctx, id);
  if (!c.ok())
    return c.status().code() == Code::kNotFound ? ctx.ErrorPage(404, "没有找到该意见征集。")
                                                : ctx.FromStatus(c.status());
  if (std::string why = WhyNoComments(c.value(), Consultations(ctx).Today()); !why.empty())
    return NoStore(ctx.ErrorPage(409, why));
  FieldErrors errors;
  if (!web::PassPublicForm(
          *ctx.services().db, req, ctx.services().clock->Now(), "consultation.comment",
          ctx.Get<RouteDeps>().comments_per_hour,
          [&](FieldErrors* e) { (void)Consultations(ctx).CheckComment(id, CommentFormOf(req), e); }, &errors))
    return errors.empty() ? NoStore(ctx.ErrorPage(429, "同一网络地址提交意见过于频繁，请一小时后再试。"))
                          : ShowPage(req, ctx, errors, 400);
  FieldErrors fields;
  auto done = Consultations(ctx).SubmitComment(ctx.actor(), id, CommentFormOf(req), &fields);
  if (done.status().code() == Code::kConflict) return NoStore(ctx.ErrorPage(409, done.status().message()));
  for (const auto& [field, msg] : fields.all()) errors.Add(field, msg);
  if (!errors.empty()) return ShowPage(req, ctx, errors, 400);
  if (!done.ok()) return ctx.FromStatus(done.status());
  Page page("意见已提交", "public/consultation_done.tpl");
  auto& d = page.content();
  d.SetIntValue("ID", static_cast<long>(id));
  d.SetIntValue("CID", static_cast<long>(done->id));
  d.SetValue("CODE", done->code);
  d.ShowSection(done->published ? "PUBLISHED" : "HELD");
  return NoStore(ctx.PublicPage(page, "/consultations"));
}

// The author's page: the comment and its state, found by number and code
// (posted, so the code stays out of URLs and logs).
Response CheckPage(Context& ctx, const Request& req, const Comment* m, const FieldErrors& errors, int status) {
  Page page("意见查询", "public/consultation_check.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::KeepInput(d, req, {"cid", "code"});
  if (m) {
    auto* found = d.AddSectionDictionary("FOUND");
    FillComment(*found, *m, false);
    found->SetValue("MY_BODY", m->body);  // the author sees their own words
    found->SetIntValue("ID", static_cast<long>(m->consultation_id));
    if (m->state == CommentState::kHidden) found->AddSectionDictionary("HIDDEN")->SetValue("REASON", m->hide_reason);
  }
  web::SetFieldErrors(d, errors);
  return NoStore(ctx.PublicPage(page, "/consultations", status));
}

Response GetCheck(Request& req, Context& ctx) { return CheckPage(ctx, req, nullptr, {}, 200); }

Response PostCheck(Request& req, Context& ctx) {
  if (!web::AllowAttempt(*ctx.services().db, "consultation.lookup", req.remote_addr, 30, 600,
                         ctx.services().clock->Now()))
    return NoStore(ctx.ErrorPage(429, "查询过于频繁，请十分钟后再试。"));
  auto m = Consultations(ctx).LookupComment(web::ParseId(req.Form("cid")), req.Form("code"));
  if (!m.ok()) {
    FieldErrors e;
    e.Add("code", m.status().message());
    return CheckPage(ctx, req, nullptr, e, m.status().code() == Code::kNotFound ? 400 : 503);
  }
  return CheckPage(ctx, req, &m.value(), {}, 200);
}

// An attachment: public with its published consultation; a draft's only to
// the staff who manage it.
Response Download(Request& req, Context& ctx) {
  auto c = Consultations(ctx).Get(web::ParseId(req.Param("id")));
  if (!c.ok()) return ctx.FromStatus(c.status());
  const bool is_public = c->state == State::kPublished;
  if (!is_public && !ctx.scope().Allows(access::Permission::kManageConsultations, c->agency_id))
    return ctx.ErrorPage(c->state == State::kWithdrawn ? 410 : 404);
  const int64_t fid = web::ParseId(req.Param("fid"));
  for (const auto& f : c->files) {
    if (f.id != fid) continue;
    auto stored = ctx.Get<RouteDeps>().files->Locate(f.sha256);
    if (!stored.ok()) return ctx.FromStatus(stored.status());
    Response r = Response::File(stored->path, stored->size, f.content_type);
    r.SetHeader("Content-Disposition", files::ContentDisposition(f.name));
    r.SetHeader("ETag", "\"" + f.sha256 + "\"");
    r.SetHeader("Cache-Control", is_public ? "public, max-age=3600" : "private, no-store");
    return r;
  }
  return ctx.ErrorPage(404);
}

Response Feed(Request& req, Context& ctx) {
  store::ConsultationFilter f;
  f.public_only = true;
  f.recently_changed_first = true;
  f.limit = 50;
  auto list = Consultations(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  const Date today = Consultations(ctx).Today();
  std::vector<web::FeedEntry> entries;
  int64_t updated = 0;
  for (const auto& c : list->consultations) {
    std::string summary = std::string(PhaseLabel(PhaseOf(c, today))) + " · " + c.opens_on.ToString() + " 至 " +
                          c.closes_on.ToString() + " · 已公开意见 " + std::to_string(c.published_comments) + " 条";
    if (c.report_published_on) summary += " · 已公布采纳情况";
    entries.push_back({c.title, "/consultations/" + std::to_string(c.id), c.updated_at, summary});
    updated = std::max(updated, c.updated_at);
  }
  const std::string title = ctx.services().SiteName() + " - 意见征集";
  return web::FeedResponse(ctx, web::AtomFeed(web::BaseUrl(ctx, req), title, "/consultations", updated, entries),
                           "application/atom+xml; charset=utf-8");
}

int PerPage(const Request& req) {
  return static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("per_page")) ?: 20, 1, 100));
}

Response ApiList(Request& req, Context& ctx) {
  const Date today = Consultations(ctx).Today();
  store::ConsultationFilter f;
  f.public_only = true;
  f.today = today.ToString();
  f.text = web::QueryText(req, "q");
  if (const std::string p = req.Query("phase"); !p.empty()) {
    if (p == "open") f.phase = Phase::kOpen;
    else if (p == "upcoming") f.phase = Phase::kUpcoming;
    else if (p == "closed") f.phase = Phase::kClosed;
    else return web::JsonError(400, "phase 应为 open、upcoming 或 closed");
  }
  f.limit = PerPage(req);
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Consultations(ctx).List(f);
  if (!list.ok()) return web::JsonError(503, "服务暂时不可用");
  nlohmann::json items = nlohmann::json::array();
  for (const auto& c : list->consultations)
    if (c.state == State::kPublished) items.push_back(ConsultationJson(c, today, false));
  return web::ApiJson(
      ctx, nlohmann::json{
               {"total", list->total}, {"page", page_no}, {"per_page", f.limit}, {"consultations", std::move(items)}});
}

// The consultation an API URL names, or the JSON error to answer.
Result<Consultation> ApiOne(Context& ctx, const Request& req, Response* error) {
  auto c = PublicOne(ctx, web::ParseId(req.Param("id")));
  if (!c.ok()) {
    *error = c.status().code() == Code::kNotFound
                 ? web::JsonError(404, "没有编号为 " + req.Param("id") + " 的已发布意见征集")
                 : web::JsonError(503, "服务暂时不可用");
  } else if (c->state == State::kWithdrawn) {
    *error = web::JsonError(410, GoneReason(c.value()));
    return Status::NotFound("");
  }
  return c;
}

Response ApiShow(Request& req, Context& ctx) {
  Response error;
  auto c = ApiOne(ctx, req, &error);
  if (!c.ok()) return error;
  nlohmann::json j = ConsultationJson(c.value(), Consultations(ctx).Today(), true);
  if (c->report_published_on) {
    nlohmann::json by = nlohmann::json::object();
    for (Decision d : AllDecisions()) by[DecisionCode(d)] = c->report_counts.Of(d);
    j["adoption"] = {{"total", c->report_counts.Total()}, {"by_decision", by}};
  }
  return web::ApiJson(ctx, j);
}

Response ApiComments(Request& req, Context& ctx) {
  Response error;
  auto c = ApiOne(ctx, req, &error);
  if (!c.ok()) return error;
  store::CommentFilter f;
  f.consultation_id = c->id;
  f.state = CommentState::kPublished;
  f.limit = PerPage(req);
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Consultations(ctx).Comments(f);
  if (!list.ok()) return web::JsonError(503, "服务暂时不可用");
  nlohmann::json items = nlohmann::json::array();
  for (const auto& m : list->comments) items.push_back(CommentJson(m));
  return web::ApiJson(
      ctx,
      nlohmann::json{{"total", list->total}, {"page", page_no}, {"per_page", f.limit}, {"comments", std::move(items)}});
}

}  // namespace

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/consultations", web::Public(), Overview, {.cache_query = {"q", "page"}});
  site.Add("GET", "/consultations/feed.xml", web::Public(), Feed);
  site.Add("GET", "/consultations/check", web::Public(), GetCheck);
  site.Add("POST", "/consultations/check", web::Public(), PostCheck);
  site.Add("GET", "/consultations/{id:int}", web::Public(), Show, {.cache_query = {"page"}});
  site.Add("POST", "/consultations/{id:int}/comments", web::Public(), PostComment);
  site.Add("GET", "/consultations/{id:int}/files/{fid:int}/{name}", web::Public(), Download);
  site.Add("GET", "/api/v1/consultations", web::Public(), ApiList, {.cache_query = {"q", "phase", "page", "per_page"}});
  site.Add("GET", "/api/v1/consultations/{id:int}", web::Public(), ApiShow);
  site.Add("GET", "/api/v1/consultations/{id:int}/comments", web::Public(), ApiComments,
           {.cache_query = {"page", "per_page"}});
}

}  // namespace gk::consultations
