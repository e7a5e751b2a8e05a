// The public side of 建议提案: /proposals shows a year's overview (how many
// were handled, answered on time, by result class) and the published
// handling results, filterable by kind and text; /proposals/{id} shows one,
// with its reply letter where that is public; a withdrawn publication
// answers 410. The feed and /api/v1/proposals carry the published ones.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "http/forms.h"
#include "proposals/routes.h"
#include "proposals/views.h"
#include "web/feeds.h"
#include "web/forms.h"

namespace gk::proposals {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

// The filters the page and the API share: year (default this year, or
// none with `any_year`), kind, q; `error` is set for a bad kind or year.
store::ProposalFilter FilterOf(const Request& req, Context& ctx, bool any_year, std::string* error) {
  store::ProposalFilter f;
  f.state = State::kPublished;
  f.text = web::QueryText(req, "q");
  const std::string year = req.Query("year");
  if (!year.empty()) {
    f.year = static_cast<int>(web::ParseId(year));
    if (f.year < 2000 || f.year > 2100) *error = "year 应为年份，如 2026";
  } else if (!any_year) {
    f.year = Proposals(ctx).Today().year();
  }
  const std::string kind = req.Query("kind");
  Kind k = Kind::kSuggestion;
  if (!kind.empty() && !ParseKind(kind, &k)) *error = "kind 应为 suggestion 或 proposal";
  else if (!kind.empty()) f.kind = k;
  return f;
}

Response Overview(Request& req, Context& ctx) {
  std::string error;
  store::ProposalFilter f = FilterOf(req, ctx, false, &error);
  if (!error.empty()) return ctx.ErrorPage(400, "年度或类别有误。");
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Proposals(ctx).List(f);
  auto figures = Proposals(ctx).Figures(nullptr, f.year);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("建议提案办理", "public/proposals.tpl");
  auto& d = page.content();
  d.SetIntValue("YEAR", f.year);
  d.SetValue("Q", f.text);
  if (auto years = Proposals(ctx).Years(nullptr); ctx.Got(years))
    for (int y : years.value())
      web::AddOption(d, "YEARS", std::to_string(y), std::to_string(y) + " 年", std::to_string(f.year));
  for (Kind k : AllKinds()) web::AddOption(d, "KINDS", KindCode(k), KindLabel(k), req.Query("kind"));
  if (figures.ok() && figures->total > 0) FillFigures(*d.AddSectionDictionary("FIGURES"), figures.value());
  const Date today = Proposals(ctx).Today();
  for (const auto& p : list->proposals) FillProposal(*d.AddSectionDictionary("PROPOSALS"), p, today, false, false);
  if (list->proposals.empty()) d.ShowSection("NO_PROPOSALS");
  web::SetPagination(d,
                     "/proposals?year=" + std::to_string(f.year) + "&kind=" + http::PercentEncode(req.Query("kind")) +
                         "&q=" + http::PercentEncode(f.text) + "&",
                     page_no, f.limit, list->total);
  return ctx.Cacheable(ctx.PublicPage(page, "/proposals"));
}

// A published proposal, or why there is none (404, 410 once withdrawn).
Result<Proposal> PublicOne(Context& ctx, int64_t id, int* status) {
  auto p = Proposals(ctx).Get(id);
  if (p.ok() && p->state == State::kPublished) return p;
  if (p.ok() && p->state == State::kWithheld && p->published_on) {
    *status = 410;
    return Status::NotFound("该建议提案的办理结果已不再公开。");
  }
  *status = p.ok() || p.status().code() == Code::kNotFound ? 404 : 503;
  return Status::NotFound("没有找到该建议提案的办理结果。它可能尚未公开，或网址有误。");
}

Response Show(Request& req, Context& ctx) {
  int status = 0;
  auto p = PublicOne(ctx, web::ParseId(req.Param("id")), &status);
  if (!p.ok()) return ctx.ErrorPage(status, p.status().message());
  Page page(p->title, "public/proposal.tpl");
  FillProposal(page.content(), p.value(), Proposals(ctx).Today(), true, false);
  return ctx.Cacheable(ctx.PublicPage(page, "/proposals"));
}

Response Feed(Request& req, Context& ctx) {
  store::ProposalFilter f;
  f.state = State::kPublished;
  f.limit = 50;
  auto list = Proposals(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  std::vector<web::FeedEntry> entries;
  int64_t updated = 0;
  for (const auto& p : list->proposals) {
    entries.push_back({p.title, "/proposals/" + std::to_string(p.id), p.updated_at,
                       std::to_string(p.year) + " 年" + KindLabel(p.kind) + " " + p.number + " · " +
                           (p.result ? std::string(OutcomeCode(*p.result)) + " 类" : "") + " · " +
                           DateText(p.replied_on) + " 答复"});
    updated = std::max(updated, p.updated_at);
  }
  return web::FeedResponse(ctx,
                           web::AtomFeed(web::BaseUrl(ctx, req), ctx.services().SiteName() + " - 建议提案办理",
                                         "/proposals", updated, entries),
                           "application/atom+xml; charset=utf-8");
}

Response ApiList(Request& req, Context& ctx) {
  std::string error;
  store::ProposalFilter f = FilterOf(req, ctx, true, &error);
  if (!error.empty()) return web::JsonError(400, error);
  f.limit = static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("per_page")) ?: 20, 1, 100));
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Proposals(ctx).List(f);
  if (!list.ok()) return web::JsonError(503, "服务暂时不可用");
  nlohmann::json items = nlohmann::json::array();
  for (const auto& p : list->proposals) items.push_back(ProposalJson(p));
  nlohmann::json out = {{"total", list->total}, {"page", page_no}, {"per_page", f.limit}, {"proposals", items}};
  if (f.year) {
    auto figures = Proposals(ctx).Figures(nullptr, f.year);
    if (figures.ok()) out["figures"] = FiguresJson(figures.value());
  }
  return web::ApiJson(ctx, out);
}

Response ApiShow(Request& req, Context& ctx) {
  int status = 0;
  auto p = PublicOne(ctx, web::ParseId(req.Param("id")), &status);
  if (!p.ok()) return web::JsonError(status, status == 503 ? "服务暂时不可用" : p.status().message());
  return web::ApiJson(ctx, ProposalJson(p.value()));
}

}  // namespace

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/proposals", web::Public(), Overview, {.cache_query = {"year", "kind", "q", "page"}});
  site.Add("GET", "/proposals/feed.xml", web::Public(), Feed);
  site.Add("GET", "/proposals/{id:int}", web::Public(), Show);
  site.Add("GET", "/api/v1/proposals", web::Public(), ApiList,
           {.cache_query = {"year", "kind", "q", "page", "per_page"}});
  site.Add("GET", "/api/v1/proposals/{id:int}", web::Public(), ApiShow);
}

}  // namespace gk::proposals
