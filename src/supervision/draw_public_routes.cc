// The public side of 双随机、一公开: /draws lists the announced draws (with a
// search over titles and drawn companies), each draw's page publishes its
// plan, seed, input hash and result with the canonical lists as downloads,
// /draws/verify recomputes an uploaded draw without JavaScript, and the feed
// and the JSON API carry the same records. Drafts are never public.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "auth/routes.h"
#include "common/strings.h"
#include "http/forms.h"
#include "supervision/draw_verify.h"
#include "supervision/draw_views.h"
#include "supervision/routes.h"
#include "web/feeds.h"
#include "web/forms.h"
#include "web/limits.h"

namespace gk::supervision {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr int64_t kMaxVerifyUpload = 8 << 20;
// A recomputation's cost bound (VerifyJson) and the checks one address may
// ask for per hour: the page computes for anyone, so it is bounded.
constexpr int64_t kMaxVerifyWork = 20'000'000;
constexpr int kVerifiesPerHour = 60;

std::string AgencyName(Context& ctx, int64_t id) {
  auto a = auth::Svc(ctx)->GetAgency(id);
  return ctx.Got(a) ? a->name : "";
}

// A public draw, or NotFound for a draft and anything never announced.
Result<DrawView> PublicDraw(Context& ctx, const Request& req) {
  auto v = Draws(ctx).Get(web::ParseId(req.Param("id")));
  if (!v.ok()) return v.status();
  if (!IsPublic(v->draw.state, v->draw.announced_at)) return Status::NotFound("抽查不存在或尚未公布");
  return v;
}

int PageNo(const Request& req) {
  return static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("page")), 1, 10000));
}

Response List(Request& req, Context& ctx) {
  store::DrawFilter f;
  f.public_only = true;
  f.text = Trim(req.Query("q")).substr(0, 200);
  const int page_no = PageNo(req);
  f.offset = (page_no - 1) * f.limit;
  auto draws = Draws(ctx).List(f);
  if (!draws.ok()) return ctx.FromStatus(draws.status());
  Page page("双随机、一公开", "public/draws.tpl");
  auto& d = page.content();
  d.SetValue("Q", f.text);
  for (const auto& r : draws->draws) FillDrawRow(*d.AddSectionDictionary("DRAWS"), r);
  if (draws->draws.empty()) d.ShowSection(f.text.empty() ? "NO_DRAWS" : "NO_MATCHES");
  web::SetPagination(d, "/draws?q=" + http::PercentEncode(f.text), page_no, f.limit, draws->total);
  return ctx.Cacheable(ctx.PublicPage(page, "/draws"));
}

Response Show(Request& req, Context& ctx) {
  auto v = PublicDraw(ctx, req);
  if (!v.ok()) return ctx.FromStatus(v.status());
  auto targets = Draws(ctx).Names(v->draw, ListKind::kTargets);
  auto inspectors = Draws(ctx).Names(v->draw, ListKind::kInspectors);
  if (!targets.ok() || !inspectors.ok()) return ctx.FromStatus(!targets.ok() ? targets.status() : inspectors.status());
  Page page(v->draw.title, "public/draw.tpl");
  auto& d = page.content();
  FillDraw(d, v.value(), AgencyName(ctx, v->draw.agency_id), false);
  FillResult(d, v.value(), targets.value(), inspectors.value());
  return ctx.Cacheable(ctx.PublicPage(page, "/draws"));
}

Response Text(Context& ctx, std::string body, const std::string& filename) {
  Response r;
  r.body = std::move(body);
  r.SetHeader("Content-Type", "text/plain; charset=utf-8");
  r.SetHeader("Content-Disposition", "inline; filename=\"" + filename + "\"");
  return ctx.Cacheable(std::move(r));
}

// targets.txt, inspectors.txt: the canonical ids, one per line; input.txt:
// the text whose SHA-256 is the draw's input hash.
Response Download(Request& req, Context& ctx) {
  auto v = PublicDraw(ctx, req);
  if (!v.ok()) return ctx.FromStatus(v.status());
  auto in = Draws(ctx).Input(v->draw);
  if (!in.ok()) return ctx.FromStatus(in.status());
  const std::string file = req.Param("file");
  const std::string prefix = "draw-" + std::to_string(v->draw.id) + "-";
  if (file == "targets.txt") return Text(ctx, ListText(in->targets), prefix + file);
  if (file == "inspectors.txt") return Text(ctx, ListText(in->inspectors), prefix + file);
  if (file == "input.txt") return Text(ctx, InputText(in->targets, in->inspectors), prefix + file);
  return ctx.ErrorPage(404, "没有这个文件。可下载 targets.txt、inspectors.txt 和 input.txt。");
}

Response VerifyPage(Context& ctx, const std::string& json, const Result<Verification>* outcome, int status) {
  Page page("核验抽取结果", "public/draw_verify.tpl");
  auto& d = page.content();
  d.SetValue("JSON", json);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  if (outcome && !outcome->ok()) d.AddSectionDictionary("INVALID")->SetValue("MSG", outcome->status().message());
  if (outcome && outcome->ok()) {
    const Verification& v = outcome->value();
    auto* r = d.AddSectionDictionary(v.matches ? "MATCHES" : "DIFFERS");
    r->SetValue("INPUT_SHA256", v.recomputed.input_sha256);
    for (const auto& diff : v.differences) r->AddSectionDictionary("DIFFERENCES")->SetValue("MSG", diff);
    int order = 0;
    for (const auto& a : v.recomputed.result) {
      auto* row = r->AddSectionDictionary("RECOMPUTED");
      row->SetIntValue("ORDER", ++order);
      row->SetValue("TARGET", a.target);
      row->SetValue("INSPECTORS", [&] {
        std::string s;
        for (const auto& i : a.inspectors) s += (s.empty() ? "" : "、") + i;
        return s;
      }());
    }
  }
  return ctx.PublicPage(page, "/draws", status);
}

Response GetVerify(Request&, Context& ctx) { return VerifyPage(ctx, "", nullptr, 200); }

Response PostVerify(Request& req, Context& ctx) {
  if (!web::AllowAttempt(*ctx.services().db, "draw_verify", req.remote_addr, kVerifiesPerHour, 3600,
                         ctx.services().clock->Now()))
    return ctx.ErrorPage(429, "核验次数过多，请一小时后再试，或使用命令行 gongkai draw verify。");
  std::string json = req.Form("json");
  for (const auto& f : req.files)
    if (f.field == "file" && !f.data.empty()) json = f.data;
  if (Trim(json).empty()) {
    Result<Verification> none = Status::Invalid("请上传抽查的 JSON 文件，或把它粘贴到文本框中");
    return VerifyPage(ctx, json, &none, 400);
  }
  Result<Verification> outcome = VerifyJson(json, kMaxVerifyWork);
  return VerifyPage(ctx, json.size() <= 200000 ? json : "", &outcome, outcome.ok() ? 200 : 400);
}

Response Feed(Request& req, Context& ctx) {
  store::DrawFilter f;
  f.public_only = true;
  f.limit = 50;
  auto draws = Draws(ctx).List(f);
  if (!draws.ok()) return ctx.FromStatus(draws.status());
  std::vector<web::FeedEntry> entries;
  int64_t updated = 0;
  for (const auto& d : draws->draws) {
    entries.push_back(
        {d.title + "（" + DrawStateLabel(d.state) + "）", "/draws/" + std::to_string(d.id), d.updated_at, d.scope});
    updated = std::max(updated, d.updated_at);
  }
  const std::string title = ctx.services().SiteName() + " - 双随机、一公开";
  return web::FeedResponse(ctx, web::AtomFeed(web::BaseUrl(ctx, req), title, "/draws", updated, entries),
                           "application/atom+xml; charset=utf-8");
}

Response ApiList(Request& req, Context& ctx) {
  store::DrawFilter f;
  f.public_only = true;
  f.text = Trim(req.Query("q")).substr(0, 200);
  f.limit = static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("per_page")) ?: 20, 1, 100));
  const int page_no = PageNo(req);
  f.offset = (page_no - 1) * f.limit;
  auto draws = Draws(ctx).List(f);
  if (!draws.ok()) return web::JsonError(503, "服务暂时不可用");
  nlohmann::json list = nlohmann::json::array();
  for (const auto& d : draws->draws)
    list.push_back({{"id", d.id},
                    {"title", d.title},
                    {"agency", AgencyName(ctx, d.agency_id)},
                    {"state", DrawStateCode(d.state)},
                    {"n", d.n},
                    {"m", d.m},
                    {"announced_at", d.announced_at},
                    {"completed_at", d.completed_at ? nlohmann::json(d.completed_at) : nlohmann::json(nullptr)},
                    {"url", "/draws/" + std::to_string(d.id)},
                    {"api_url", "/api/v1/draws/" + std::to_string(d.id)}});
  nlohmann::json j = {{"total", draws->total}, {"page", page_no}, {"per_page", f.limit}, {"draws", list}};
  return web::ApiJson(ctx, j);
}

Response ApiShow(Request& req, Context& ctx) {
  auto v = PublicDraw(ctx, req);
  if (v.status().code() == Code::kNotFound)
    return web::JsonError(404, "没有编号为 " + req.Param("id") + " 的已公布抽查");
  if (!v.ok()) return web::JsonError(503, "服务暂时不可用");
  auto in = Draws(ctx).Input(v->draw);
  if (!in.ok()) return web::JsonError(503, "服务暂时不可用");
  return web::ApiJson(ctx, DrawApiJson(v.value(), in.value(), AgencyName(ctx, v->draw.agency_id)));
}

}  // namespace

void RegisterDrawPublicRoutes(web::Site& site) {
  site.Add("GET", "/draws", web::Public(), List, {.cache_query = {"q", "page"}});
  site.Add("GET", "/draws/feed.xml", web::Public(), Feed);
  site.Add("GET", "/draws/verify", web::Public(), GetVerify);
  site.Add("POST", "/draws/verify", web::Public(), PostVerify, {.upload = true, .max_body = kMaxVerifyUpload});
  site.Add("GET", "/draws/{id:int}", web::Public(), Show);
  site.Add("GET", "/draws/{id:int}/{file}", web::Public(), Download);
  site.Add("GET", "/api/v1/draws", web::Public(), ApiList, {.cache_query = {"q", "page", "per_page"}});
  site.Add("GET", "/api/v1/draws/{id:int}", web::Public(), ApiShow);
}

}  // namespace gk::supervision
