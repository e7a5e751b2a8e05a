// The public side of 留言咨询: /messages lists the published questions with
// their answers, newest first (?q= finds them); /messages/new is the form
// (the shared human check, a per-address limit kept in the database, every
// problem at once, the message committed before its number and code are
// shown); /messages/check lets the asker follow it — answered or not,
// published or not — by number and code; /messages/{id} shows a published
// one, where readers say whether the answer satisfied them (once per address).
// The feed and /api/v1/messages carry the published ones.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "auth/routes.h"
#include "http/forms.h"
#include "messages/routes.h"
#include "messages/views.h"
#include "web/feeds.h"
#include "web/forms.h"
#include "web/human_check.h"
#include "web/limits.h"

namespace gk::messages {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

Response NoStore(Response r) {
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

Response Overview(Request& req, Context& ctx) {
  store::MessageFilter f;
  f.state = State::kPublished;
  f.text = web::QueryText(req, "q");
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Messages(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("留言咨询", "public/messages.tpl");
  auto& d = page.content();
  const Date today = Messages(ctx).Today();
  for (const auto& m : list->messages) FillMessage(*d.AddSectionDictionary("MESSAGES"), m, false, today);
  if (list->messages.empty()) d.ShowSection("NO_MESSAGES");
  d.SetValue("Q", f.text);
  d.SetIntValue("ANSWER_DAYS", Messages(ctx).settings().answer_days);
  web::SetPagination(d, "/messages?q=" + http::PercentEncode(f.text) + "&", page_no, f.limit, list->total);
  return ctx.Cacheable(ctx.PublicPage(page, "/messages"));
}

MessageForm FormOf(const Request& req) {
  return {web::ParseId(req.Form("agency_id")),
          req.Form("category"),
          req.Form("title"),
          req.Form("body"),
          req.Form("name"),
          req.Form("contact"),
          req.Form("private") == "1"};
}

Response FormPage(Context& ctx, const Request& req, const FieldErrors& errors, int status) {
  Page page("我要留言", "public/message_form.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::KeepInput(d, req, {"title", "body", "name", "contact"});
  if (req.Form("private") == "1") d.ShowSection("PRIVATE_CHECKED");
  auto agencies = auth::Svc(ctx)->ListAgencies();
  if (!ctx.Got(agencies)) return ctx.ErrorPage(503, "");
  for (const auto& a : agencies.value())
    web::AddOption(d, "AGENCIES", std::to_string(a.id), a.name, req.Form("agency_id"));
  for (Category c : AllCategories())
    web::AddOption(d, "CATEGORIES", CategoryCode(c), CategoryLabel(c),
                   req.Form("category").empty() ? "consult" : req.Form("category"));
  d.SetIntValue("ANSWER_DAYS", Messages(ctx).settings().answer_days);
  d.SetIntValue("MAX_BODY", static_cast<long>(kMaxBody));
  web::AddHumanCheck(d, *ctx.services().db, ctx.services().clock->Now(), errors);
  web::SetFieldErrors(d, errors);
  return NoStore(ctx.PublicPage(page, "/messages", status));
}

Response GetNew(Request& req, Context& ctx) { return FormPage(ctx, req, {}, 200); }

Response PostNew(Request& req, Context& ctx) {
  FieldErrors errors;
  if (!web::PassPublicForm(
          *ctx.services().db, req, ctx.services().clock->Now(), "message.submit",
          ctx.Get<RouteDeps>().submissions_per_hour, [&](FieldErrors* e) { (void)Messages(ctx).Check(FormOf(req), e); },
          &errors))
    return errors.empty() ? NoStore(ctx.ErrorPage(429, "同一网络地址提交留言过于频繁，请一小时后再试。"))
                          : FormPage(ctx, req, errors, 400);
  FieldErrors fields;
  auto done = Messages(ctx).Submit(ctx.actor(), FormOf(req), &fields);
  for (const auto& [field, msg] : fields.all()) errors.Add(field, msg);
  if (!errors.empty()) return FormPage(ctx, req, errors, 400);
  if (!done.ok()) return ctx.FromStatus(done.status());
  Page page("留言已提交", "public/message_done.tpl");
  auto& d = page.content();
  d.SetIntValue("ID", static_cast<long>(done->id));
  d.SetValue("CODE", done->code);
  d.SetValue("DUE_ON", done->due_on.ToString());
  if (req.Form("private") == "1") d.ShowSection("PRIVATE");
  return NoStore(ctx.PublicPage(page, "/messages"));
}

Response CheckPage(Context& ctx, const Request& req, const Message* m, const FieldErrors& errors, int status) {
  Page page("留言办理查询", "public/message_check.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::KeepInput(d, req, {"id", "code"});
  if (m) {
    auto* found = d.AddSectionDictionary("FOUND");
    FillMessage(*found, *m, false, Messages(ctx).Today());
    found->SetValue("MY_BODY", m->body);  // the asker sees their own words
    if (m->state == State::kPublished) found->ShowSection("IS_PUBLIC");
    if (m->state == State::kWithheld) found->AddSectionDictionary("WITHHELD")->SetValue("REASON", m->withhold_reason);
  }
  web::SetFieldErrors(d, errors);
  return NoStore(ctx.PublicPage(page, "/messages", status));
}

Response GetCheck(Request& req, Context& ctx) { return CheckPage(ctx, req, nullptr, {}, 200); }

Response PostCheck(Request& req, Context& ctx) {
  if (!web::AllowAttempt(*ctx.services().db, "message.lookup", req.remote_addr, 30, 600, ctx.services().clock->Now()))
    return NoStore(ctx.ErrorPage(429, "查询过于频繁，请十分钟后再试。"));
  auto m = Messages(ctx).Lookup(web::ParseId(req.Form("id")), req.Form("code"));
  if (!m.ok()) {
    FieldErrors e;
    e.Add("code", m.status().message());
    return CheckPage(ctx, req, nullptr, e, m.status().code() == Code::kNotFound ? 400 : 503);
  }
  return CheckPage(ctx, req, &m.value(), {}, 200);
}

// A published message, or why there is none.
Result<Message> PublicOne(Context& ctx, int64_t id, int* status, std::string* why) {
  auto m = Messages(ctx).Get(id);
  if (m.ok() && m->state == State::kPublished) return m;
  if (m.ok() && m->state == State::kWithheld && m->published_on) {
    *status = 410;
    *why = "该留言已不再公开。";
  } else if (m.ok() || m.status().code() == Code::kNotFound) {
    *status = 404;
    *why = "没有找到该留言。它可能尚未答复公开，或网址有误。";
  } else {
    *status = 503;
  }
  return Status::NotFound(*why);
}

Response Show(Request& req, Context& ctx) {
  int status = 0;
  std::string why;
  auto m = PublicOne(ctx, web::ParseId(req.Param("id")), &status, &why);
  if (!m.ok()) return ctx.ErrorPage(status, why);
  Page page(m->title, "public/message.tpl");
  auto& d = page.content();
  FillMessage(d, m.value(), false, Messages(ctx).Today());
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  return ctx.PublicPage(page, "/messages");
}

// A reader's view of the answer, once per address and message.
Response PostSatisfaction(Request& req, Context& ctx) {
  const int64_t id = web::ParseId(req.Param("id"));
  const std::string back = "/messages/" + std::to_string(id);
  const int64_t now = ctx.services().clock->Now();
  if (!web::UseOnce(*ctx.services().db, "message.rate", std::to_string(id) + "|" + req.remote_addr, now + 365 * 86400,
                    now))
    return ctx.RedirectWithFlash(back, "您已经评价过这条答复。", false);
  Status s = Messages(ctx).Rate(id, req.Form("satisfaction"));
  if (s.code() == Code::kInvalid) return ctx.RedirectWithFlash(back, s.message(), false);
  if (!s.ok()) return ctx.FromStatus(s);
  return ctx.RedirectWithFlash(back, "感谢您的评价。");
}

Response Feed(Request& req, Context& ctx) {
  store::MessageFilter f;
  f.state = State::kPublished;
  f.limit = 50;
  auto list = Messages(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  std::vector<web::FeedEntry> entries;
  int64_t updated = 0;
  for (const auto& m : list->messages) {
    entries.push_back({m.title, "/messages/" + std::to_string(m.id), m.updated_at,
                       std::string(CategoryLabel(m.category)) + " · " + m.received_on.ToString() + " 留言 · " +
                           DateText(m.answered_on) + " 答复"});
    updated = std::max(updated, m.updated_at);
  }
  return web::FeedResponse(
      ctx,
      web::AtomFeed(web::BaseUrl(ctx, req), ctx.services().SiteName() + " - 留言咨询", "/messages", updated, entries),
      "application/atom+xml; charset=utf-8");
}

Response ApiList(Request& req, Context& ctx) {
  store::MessageFilter f;
  f.state = State::kPublished;
  f.text = web::QueryText(req, "q");
  f.limit = static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("per_page")) ?: 20, 1, 100));
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Messages(ctx).List(f);
  if (!list.ok()) return web::JsonError(503, "服务暂时不可用");
  nlohmann::json items = nlohmann::json::array();
  for (const auto& m : list->messages) items.push_back(MessageJson(m));
  return web::ApiJson(
      ctx, nlohmann::json{{"total", list->total}, {"page", page_no}, {"per_page", f.limit}, {"messages", items}});
}

Response ApiShow(Request& req, Context& ctx) {
  int status = 0;
  std::string why;
  auto m = PublicOne(ctx, web::ParseId(req.Param("id")), &status, &why);
  if (!m.ok()) return web::JsonError(status, status == 503 ? "服务暂时不可用" : why);
  return web::ApiJson(ctx, MessageJson(m.value()));
}

}  // namespace

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/messages", web::Public(), Overview, {.cache_query = {"q", "page"}});
  site.Add("GET", "/messages/new", web::Public(), GetNew);
  site.Add("POST", "/messages", web::Public(), PostNew);
  site.Add("GET", "/messages/check", web::Public(), GetCheck);
  site.Add("POST", "/messages/check", web::Public(), PostCheck);
  site.Add("GET", "/messages/feed.xml", web::Public(), Feed);
  site.Add("GET", "/messages/{id:int}", web::Public(), Show);
  site.Add("POST", "/messages/{id:int}/satisfaction", web::Public(), PostSatisfaction);
  site.Add("GET", "/api/v1/messages", web::Public(), ApiList, {.cache_query = {"q", "page", "per_page"}});
  site.Add("GET", "/api/v1/messages/{id:int}", web::Public(), ApiShow);
}

}  // namespace gk::messages
