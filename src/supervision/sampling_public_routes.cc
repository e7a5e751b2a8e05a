// The public side of 监督抽查: /sampling lists the published notices and
// searches every row of them by product and company; each notice's page
// has its table, filterable by result and 分类, searchable and sortable by
// column without JavaScript, 不合格 rows marked; a company's page lists all
// its results across notices. The feed and the JSON API carry the same. A
// withdrawn notice answers 410 with the reason; a draft is not found.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"
#include "supervision/routes.h"
#include "supervision/sampling_views.h"
#include "web/feeds.h"
#include "web/forms.h"

namespace gk::supervision {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

// Why a notice that was public is no longer; empty while it is public.
std::string GoneReason(const SamplingBatch& b) {
  if (b.state != BatchState::kWithdrawn) return "";
  return "该监督抽查结果已于 " + FormatLocalTime(b.withdrawn_at).substr(0, 10) + " 撤下，不再公开。原因：" +
         b.withdraw_reason;
}

Response List(Request& req, Context& ctx) {
  store::ResultFilter rows = ResultFilterOf(req, true);
  const int page_no = web::PageNumber(req);
  Page page("监督抽查", "public/sampling.tpl");
  auto& d = page.content();
  if (!rows.text.empty() || rows.passed) {
    // A search: matching rows of every published notice.
    auto found = Sampling(ctx).Results(rows);
    if (!found.ok()) return ctx.FromStatus(found.status());
    d.ShowSection("SEARCH");
    FillResultsTable(d, found.value(), rows, "/sampling", page_no, true);
  } else {
    store::BatchFilter f;
    f.public_only = true;
    f.offset = (page_no - 1) * f.limit;
    auto list = Sampling(ctx).List(f);
    if (!list.ok()) return ctx.FromStatus(list.status());
    d.ShowSection("NOTICES");
    for (const auto& b : list->batches) FillBatch(*d.AddSectionDictionary("BATCHES"), b);
    if (list->batches.empty()) d.ShowSection("NO_BATCHES");
    web::SetPagination(d, "/sampling?", page_no, f.limit, list->total);
  }
  return ctx.Cacheable(ctx.PublicPage(page, "/sampling"));
}

Response Show(Request& req, Context& ctx) {
  auto b = Sampling(ctx).Get(web::ParseId(req.Param("id")));
  if (!b.ok() && b.status().code() != Code::kNotFound) return ctx.FromStatus(b.status());
  if (!b.ok() || b->state == BatchState::kDraft) return ctx.ErrorPage(404, "没有找到该监督抽查结果。它可能尚未发布，或网址有误。");
  if (std::string gone = GoneReason(b.value()); !gone.empty()) return ctx.ErrorPage(410, gone);
  store::ResultFilter f = ResultFilterOf(req, true);
  f.batch_id = b->id;
  auto rows = Sampling(ctx).Results(f);
  auto categories = Sampling(ctx).Categories(b->id);
  if (!rows.ok() || !categories.ok()) return ctx.FromStatus(!rows.ok() ? rows.status() : categories.status());
  Page page(b->title, "public/sampling_batch.tpl");
  auto& d = page.content();
  FillBatch(d, b.value());
  FillResultsTable(d, rows.value(), f, "/sampling/" + std::to_string(b->id), web::PageNumber(req), false);
  for (const auto& c : categories.value()) {
    auto* o = d.AddSectionDictionary("CATEGORIES");
    o->SetValue("VALUE", c);
    if (c == f.category) o->ShowSection("SELECTED");
  }
  return ctx.Cacheable(ctx.PublicPage(page, "/sampling"));
}

Response Company(Request& req, Context& ctx) {
  store::ResultFilter f = ResultFilterOf(req, true);
  if (const std::string name = web::QueryText(req, "name"); !name.empty()) f.company = name;
  if (f.company.empty()) return ctx.ErrorPage(404, "请从抽查结果中点击企业名称查看该企业的全部抽查结果。");
  auto rows = Sampling(ctx).Results(f);
  if (!rows.ok()) return ctx.FromStatus(rows.status());
  if (rows->total == 0 && f.text.empty() && !f.passed)
    return ctx.ErrorPage(404, "没有找到“" + f.company + "”的监督抽查结果。");
  Page page(f.company + " 的监督抽查结果", "public/sampling_company.tpl");
  auto& d = page.content();
  d.SetValue("COMPANY", f.company);
  d.SetValue("COMPANY_ENC", http::PercentEncode(f.company));
  FillResultsTable(d, rows.value(), f, "/sampling/company", web::PageNumber(req), true);
  return ctx.Cacheable(ctx.PublicPage(page, "/sampling"));
}

Response Feed(Request& req, Context& ctx) {
  store::BatchFilter f;
  f.public_only = true;
  f.limit = 50;
  auto list = Sampling(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  std::vector<web::FeedEntry> entries;
  int64_t updated = 0;
  for (const auto& b : list->batches) {
    entries.push_back({b.title, "/sampling/" + std::to_string(b.id), b.updated_at,
                       "抽检 " + std::to_string(b.total) + " 批次，不合格 " + std::to_string(b.failed) + " 批次。"});
    updated = std::max(updated, b.updated_at);
  }
  const std::string title = ctx.services().SiteName() + " - 监督抽查";
  return web::FeedResponse(ctx, web::AtomFeed(web::BaseUrl(ctx, req), title, "/sampling", updated, entries),
                           "application/atom+xml; charset=utf-8");
}

int PerPage(const Request& req, int fallback, int max) {
  return static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("per_page")) ?: fallback, 1, max));
}

Response ApiList(Request& req, Context& ctx) {
  store::BatchFilter f;
  f.public_only = true;
  f.text = web::QueryText(req, "q");
  const int64_t year = web::ParseId(req.Query("year"));
  if (year >= 1990 && year <= 2100) f.year = static_cast<int>(year);
  f.limit = PerPage(req, 20, 100);
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Sampling(ctx).List(f);
  if (!list.ok()) return web::JsonError(503, "服务暂时不可用");
  nlohmann::json items = nlohmann::json::array();
  for (const auto& b : list->batches) items.push_back(BatchJson(b));
  return web::ApiJson(ctx, nlohmann::json{
                               {"total", list->total}, {"page", page_no}, {"per_page", f.limit}, {"batches", std::move(items)}});
}

// Rows as the API gives them, paged.
nlohmann::json RowsJson(const store::ResultPage& rows, int page_no, int per_page, bool with_batch) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& r : rows.rows) items.push_back(ResultJson(r, with_batch));
  return {{"total", rows.total}, {"page", page_no}, {"per_page", per_page}, {"results", std::move(items)}};
}

Response ApiShow(Request& req, Context& ctx) {
  auto b = Sampling(ctx).Get(web::ParseId(req.Param("id")));
  if (!b.ok() && b.status().code() != Code::kNotFound) return web::JsonError(503, "服务暂时不可用");
  if (!b.ok() || b->state == BatchState::kDraft)
    return web::JsonError(404, "没有编号为 " + req.Param("id") + " 的已发布监督抽查结果");
  if (std::string gone = GoneReason(b.value()); !gone.empty()) return web::JsonError(410, gone);
  store::ResultFilter f = ResultFilterOf(req, true);
  f.batch_id = b->id;
  f.limit = PerPage(req, 100, 1000);
  f.offset = (web::PageNumber(req) - 1) * f.limit;
  auto rows = Sampling(ctx).Results(f);
  if (!rows.ok()) return web::JsonError(503, "服务暂时不可用");
  nlohmann::json j = BatchJson(b.value());
  j.update(RowsJson(rows.value(), web::PageNumber(req), f.limit, false));
  return web::ApiJson(ctx, j);
}

Response ApiResults(Request& req, Context& ctx) {
  store::ResultFilter f = ResultFilterOf(req, true);
  f.limit = PerPage(req, 20, 100);
  f.offset = (web::PageNumber(req) - 1) * f.limit;
  auto rows = Sampling(ctx).Results(f);
  if (!rows.ok()) return web::JsonError(503, "服务暂时不可用");
  return web::ApiJson(ctx, RowsJson(rows.value(), web::PageNumber(req), f.limit, true));
}

}  // namespace

void RegisterSamplingPublicRoutes(web::Site& site) {
  const std::vector<std::string> rows = {"q", "company", "name", "result", "category", "sort", "order", "page"};
  site.Add("GET", "/sampling", web::Public(), List, {.cache_query = rows});
  site.Add("GET", "/sampling/feed.xml", web::Public(), Feed);
  site.Add("GET", "/sampling/company", web::Public(), Company, {.cache_query = rows});
  site.Add("GET", "/sampling/{id:int}", web::Public(), Show, {.cache_query = rows});
  site.Add("GET", "/api/v1/sampling", web::Public(), ApiList, {.cache_query = {"q", "year", "page", "per_page"}});
  site.Add("GET", "/api/v1/sampling/results", web::Public(), ApiResults,
           {.cache_query = {"q", "company", "result", "category", "sort", "order", "page", "per_page"}});
  site.Add("GET", "/api/v1/sampling/{id:int}", web::Public(), ApiShow,
           {.cache_query = {"q", "company", "result", "category", "sort", "order", "page", "per_page"}});
}

}  // namespace gk::supervision
