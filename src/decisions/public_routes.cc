// The public side of the major-decision catalogue: /decisions is a year's
// catalogue (?year=, this year by default; ?q= finds entries of every year),
// each entry with its stages; /decisions/{id} one entry with its
// consultation and the decision as published; a withdrawn entry answers 410
// with the reason, a draft is not found. The feed and /api/v1/decisions
// carry the same.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/china_time.h"
#include "decisions/routes.h"
#include "decisions/views.h"
#include "web/feeds.h"
#include "web/forms.h"

namespace gk::decisions {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

Links LinksOf(Context& ctx, const MajorDecision& d) {
  return {Decisions(ctx).ConsultationTitle(d.consultation_id), Decisions(ctx).ItemTitle(d.result_index_no)};
}

int YearOf(const std::string& text) {
  const int64_t y = web::ParseId(text);
  return y >= 2000 && y <= 2100 ? static_cast<int>(y) : 0;
}

Response Catalogue(Request& req, Context& ctx) {
  store::DecisionFilter f;
  f.public_only = true;
  f.text = web::QueryText(req, "q");
  f.year = YearOf(req.Query("year"));
  if (f.year == 0 && f.text.empty()) f.year = Decisions(ctx).Today().year();
  auto list = Decisions(ctx).List(f);
  auto years = Decisions(ctx).Years(true, nullptr);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page(f.text.empty() ? std::to_string(f.year) + " 年重大行政决策事项目录" : "重大行政决策事项查找结果",
            "public/decisions.tpl");
  auto& d = page.content();
  for (const auto& m : list->decisions) FillDecision(*d.AddSectionDictionary("DECISIONS"), m, LinksOf(ctx, m));
  if (list->decisions.empty()) d.ShowSection("NO_DECISIONS");
  d.SetValue("Q", f.text);
  if (f.year) d.SetIntValue("YEAR", f.year);
  d.ShowSection(f.text.empty() ? "CATALOGUE" : "SEARCH");
  if (years.ok())
    for (int y : years.value()) {
      auto* o = d.AddSectionDictionary("YEARS");
      o->SetIntValue("VALUE", y);
      if (y == f.year && f.text.empty()) o->ShowSection("CURRENT");
    }
  return ctx.Cacheable(ctx.PublicPage(page, "/decisions"));
}

// A public entry, or the status and reason to answer instead.
Result<MajorDecision> PublicOne(Context& ctx, const Request& req, int* status, std::string* why) {
  auto m = Decisions(ctx).Get(web::ParseId(req.Param("id")));
  if (m.ok() && m->state == State::kPublished) return m;
  if (m.ok() && m->state == State::kWithdrawn) {
    *status = 410;
    *why = "该事项已于 " + ChinaDate(m->withdrawn_at).ToString() + " 撤回，不再公开。原因：" + m->withdraw_reason;
  } else if (m.ok() || m.status().code() == Code::kNotFound) {
    *status = 404;
    *why = "没有找到该事项。它可能尚未公开，或网址有误。";
  } else {
    *status = 503;
    *why = "服务暂时不可用";
  }
  return Status::NotFound(*why);
}

Response Show(Request& req, Context& ctx) {
  int status = 0;
  std::string why;
  auto m = PublicOne(ctx, req, &status, &why);
  if (!m.ok()) return ctx.ErrorPage(status, why);
  Page page(m->title, "public/decision.tpl");
  FillDecision(page.content(), m.value(), LinksOf(ctx, m.value()));
  return ctx.Cacheable(ctx.PublicPage(page, "/decisions"));
}

Response Feed(Request& req, Context& ctx) {
  store::DecisionFilter f;
  f.public_only = true;
  f.recently_changed_first = true;
  f.limit = 50;
  auto list = Decisions(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  std::vector<web::FeedEntry> entries;
  int64_t updated = 0;
  for (const auto& m : list->decisions) {
    entries.push_back({m.title, "/decisions/" + std::to_string(m.id), m.updated_at,
                       std::to_string(m.year) + " 年 · 承办单位：" + m.owner + " · " + ProgressLabel(m)});
    updated = std::max(updated, m.updated_at);
  }
  return web::FeedResponse(ctx,
                           web::AtomFeed(web::BaseUrl(ctx, req), ctx.services().SiteName() + " - 重大行政决策",
                                         "/decisions", updated, entries),
                           "application/atom+xml; charset=utf-8");
}

Response ApiList(Request& req, Context& ctx) {
  store::DecisionFilter f;
  f.public_only = true;
  f.text = web::QueryText(req, "q");
  f.year = YearOf(req.Query("year"));
  if (!req.Query("year").empty() && f.year == 0) return web::JsonError(400, "year 应为年份，如 2026");
  f.limit = static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("per_page")) ?: 20, 1, 100));
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Decisions(ctx).List(f);
  if (!list.ok()) return web::JsonError(503, "服务暂时不可用");
  nlohmann::json items = nlohmann::json::array();
  for (const auto& m : list->decisions) items.push_back(DecisionJson(m, LinksOf(ctx, m)));
  return web::ApiJson(
      ctx, nlohmann::json{{"total", list->total}, {"page", page_no}, {"per_page", f.limit}, {"decisions", items}});
}

Response ApiShow(Request& req, Context& ctx) {
  int status = 0;
  std::string why;
  auto m = PublicOne(ctx, req, &status, &why);
  if (!m.ok()) return web::JsonError(status, why);
  return web::ApiJson(ctx, DecisionJson(m.value(), LinksOf(ctx, m.value())));
}

}  // namespace

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/decisions", web::Public(), Catalogue, {.cache_query = {"year", "q"}});
  site.Add("GET", "/decisions/feed.xml", web::Public(), Feed);
  site.Add("GET", "/decisions/{id:int}", web::Public(), Show);
  site.Add("GET", "/api/v1/decisions", web::Public(), ApiList, {.cache_query = {"year", "q", "page", "per_page"}});
  site.Add("GET", "/api/v1/decisions/{id:int}", web::Public(), ApiShow);
}

}  // namespace gk::decisions
