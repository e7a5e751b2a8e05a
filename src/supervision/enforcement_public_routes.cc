// The public side of 行政执法公示: /enforcement lists the decisions public
// today (newest first; by kind, year and a search over the masked text or an
// exact 统一社会信用代码), each decision's page shows its masked copy, and the
// feed and the JSON API carry the same. A withdrawn decision, or one whose
// publication period has ended, answers 410 with the reason in Chinese: its
// data is never shown again. Nothing here reads a column with personal data
// (enforcement_store.h, "the public reading").
#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"
#include "supervision/enforcement_views.h"
#include "supervision/routes.h"
#include "web/feeds.h"
#include "web/forms.h"

namespace gk::supervision {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

int PageNo(const Request& req) {
  return static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("page")), 1, 10000));
}

// The filter of the list and the API from the query string.
store::DecisionFilter FilterOf(const Request& req) {
  store::DecisionFilter f;
  f.public_only = true;
  f.text = std::string(Utf8Prefix(Trim(req.Query("q")), 200));
  if (DecisionKind k; ParseDecisionKind(req.Query("kind"), &k)) f.kind = k;
  const int64_t year = web::ParseId(req.Query("year"));
  if (year >= 1990 && year <= 2100) f.year = static_cast<int>(year);
  return f;
}

// Why a decision that was public is no longer: empty while it is public.
std::string GoneReason(const Decision& d, Date today) {
  if (d.state == DecisionState::kWithdrawn)
    return "该行政执法决定已被撤销或变更，已于 " + FormatLocalTime(d.withdrawn_at).substr(0, 10) + " 撤下，不再公示。";
  if (IsExpiredOn(d, today))
    return "该行政执法决定的公示期已于 " + DateText(d.public_until) + " 届满，依照规定停止公示。";
  return "";
}

Response List(Request& req, Context& ctx) {
  store::DecisionFilter f = FilterOf(req);
  const int page_no = PageNo(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Enforcement(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("行政执法公示", "public/enforcement.tpl");
  auto& d = page.content();
  d.SetValue("Q", f.text);
  const Date today = Enforcement(ctx).Today();
  for (const auto& v : list->decisions) FillDecisionRow(*d.AddSectionDictionary("DECISIONS"), v, today);
  if (list->decisions.empty()) d.ShowSection(f.text.empty() ? "NO_DECISIONS" : "NO_MATCHES");
  auto* all = d.AddSectionDictionary("KINDS");
  all->SetValue("LABEL", "全部");
  all->SetValue("URL", "/enforcement?q=" + http::PercentEncode(f.text));
  if (!f.kind) all->ShowSection("CURRENT");
  for (DecisionKind k : AllDecisionKinds()) {
    auto* o = d.AddSectionDictionary("KINDS");
    o->SetValue("LABEL", DecisionKindLabel(k));
    o->SetValue("URL", std::string("/enforcement?kind=") + DecisionKindCode(k) + "&q=" + http::PercentEncode(f.text));
    if (f.kind == k) o->ShowSection("CURRENT");
  }
  const std::string kind = f.kind ? DecisionKindCode(*f.kind) : "";
  d.SetValue("KIND", kind);
  const auto& s = Enforcement(ctx).settings();
  d.SetIntValue("LICENCE_DAYS", s.licence_days);
  d.SetIntValue("PENALTY_DAYS", s.penalty_days);
  const std::string year = f.year ? "year=" + std::to_string(f.year) + "&" : "";
  FillPublicPaging(d, "/enforcement?kind=" + kind + "&" + year + "q=" + http::PercentEncode(f.text) + "&", page_no,
                   f.limit, list.value());
  return ctx.Cacheable(ctx.PublicPage(page, "/enforcement"));
}

Response Show(Request& req, Context& ctx) {
  auto v = Enforcement(ctx).GetPublic(web::ParseId(req.Param("id")));
  if (!v.ok() && v.status().code() != Code::kNotFound) return ctx.FromStatus(v.status());
  const Date today = Enforcement(ctx).Today();
  if (!v.ok() || (v->state == DecisionState::kDraft))
    return ctx.ErrorPage(404, "没有找到该行政执法决定。它可能尚未公示，或网址有误。");
  if (std::string gone = GoneReason(v.value(), today); !gone.empty()) return ctx.ErrorPage(410, gone);
  Page page(std::string(DecisionKindLabel(v->kind)) + "决定 " + v->doc_no, "public/enforcement_decision.tpl");
  FillDecision(page.content(), v.value(), false);
  return ctx.Cacheable(ctx.PublicPage(page, "/enforcement"));
}

Response Feed(Request& req, Context& ctx) {
  store::DecisionFilter f;
  f.public_only = true;
  f.limit = 50;
  auto list = Enforcement(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  std::vector<web::FeedEntry> entries;
  int64_t updated = 0;
  for (const auto& d : list->decisions) {
    entries.push_back({std::string(DecisionKindLabel(d.kind)) + "：" + d.party_name + "（" + d.doc_no + "）",
                       "/enforcement/" + std::to_string(d.id), d.updated_at,
                       d.categories.empty() ? d.content : d.categories + "。" + d.content});
    updated = std::max(updated, d.updated_at);
  }
  const std::string title = ctx.services().SiteName() + " - 行政执法公示";
  return web::FeedResponse(ctx, web::AtomFeed(web::BaseUrl(ctx, req), title, "/enforcement", updated, entries),
                           "application/atom+xml; charset=utf-8");
}

Response ApiList(Request& req, Context& ctx) {
  store::DecisionFilter f = FilterOf(req);
  f.limit = static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("per_page")) ?: 20, 1, 100));
  const int page_no = PageNo(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Enforcement(ctx).List(f);
  if (!list.ok()) return web::JsonError(503, "服务暂时不可用");
  return web::ApiJson(ctx, DecisionListJson(list.value(), page_no, f.limit));
}

Response ApiShow(Request& req, Context& ctx) {
  auto v = Enforcement(ctx).GetPublic(web::ParseId(req.Param("id")));
  if (!v.ok() && v.status().code() != Code::kNotFound) return web::JsonError(503, "服务暂时不可用");
  if (!v.ok() || v->state == DecisionState::kDraft)
    return web::JsonError(404, "没有编号为 " + req.Param("id") + " 的已公示行政执法决定");
  if (std::string gone = GoneReason(v.value(), Enforcement(ctx).Today()); !gone.empty())
    return web::JsonError(410, gone);
  return web::ApiJson(ctx, DecisionJson(v.value()));
}

}  // namespace

void RegisterEnforcementPublicRoutes(web::Site& site) {
  site.Add("GET", "/enforcement", web::Public(), List, {.cache_query = {"q", "kind", "year", "page"}});
  site.Add("GET", "/enforcement/feed.xml", web::Public(), Feed);
  site.Add("GET", "/enforcement/{id:int}", web::Public(), Show);
  site.Add("GET", "/api/v1/enforcement", web::Public(), ApiList,
           {.cache_query = {"q", "kind", "year", "page", "per_page"}});
  site.Add("GET", "/api/v1/enforcement/{id:int}", web::Public(), ApiShow);
}

}  // namespace gk::supervision
