// Machine-readable views of the catalogue: RSS 2.0 and Atom feeds for the
// site, each hosted agency and each column, sitemap.xml, and the read-only JSON API.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <span>

#include "auth/routes.h"
#include "catalogue/public_pages.h"
#include "catalogue/routes.h"
#include "catalogue/service.h"
#include "catalogue/sitemap.h"
#include "http/forms.h"
#include "text/markdown.h"
#include "web/feeds.h"
#include "web/forms.h"

namespace gk::catalogue {

namespace {

// A 规章 or 行政规范性文件's facet and its 有效性 history (cleanup.h).
nlohmann::json NormativeJson(web::Context& ctx, const Item& i) {
  nlohmann::json history = nlohmann::json::array();
  if (auto h = Deps(ctx).catalogue->ValidityHistory(i.id); ctx.Got(h))
    for (const auto& c : h.value())
      history.push_back({{"on", c.changed_on.ToString()},
                         {"validity", c.validity == Validity::kNone ? "有效" : ValidityLabel(c.validity)},
                         {"expires_on", DateText(c.expires_on)},
                         {"source", ValidityChangeSourceCode(c.source)},
                         {"note", c.note}});
  return {{"kind", NormativeKindCode(i.normative.kind)},
          {"kind_label", NormativeKindLabel(i.normative.kind)},
          {"effective_on", DateText(i.normative.effective_on)},
          {"expires_on", DateText(i.normative.expires_on)},
          {"validity_history", history}};
}

}  // namespace

nlohmann::json ItemJson(web::Context& ctx, const Item& i, bool with_body) {
  auto agency = auth::Svc(ctx)->GetAgency(i.agency_id);
  nlohmann::json j = {{"index_no", i.index_no},
                      {"title", i.title},
                      {"publisher", ctx.Got(agency) ? agency->name : ""},
                      {"publisher_uscc", agency.ok() ? agency->uscc : ""},
                      {"doc_no", i.doc_no},
                      {"unified_no", i.unified_no},
                      {"written_on", DateText(i.written_on)},
                      {"published_on", DateText(i.published_on)},
                      {"validity", ValidityLabel(i.validity)},
                      {"topic", i.topic},
                      {"category", i.category},
                      {"genre", i.genre},
                      {"art20", i.art20},
                      {"keywords", i.keywords},
                      {"summary", i.summary},
                      {"url", "/items/" + i.index_no}};
  j["disclosure"] = DisclosureLabel(i.disclosure);
  if (with_body && ContentIsPublic(i)) {
    j["body_markdown"] = i.body_md;
    j["body_html"] = text::RenderMarkdown(i.body_md);
  }
  if (i.state == State::kWithdrawn) j["withdrawn_reason"] = i.withdrawn_reason;
  if (with_body) j.update(PolicyJson(ctx, i));
  if (with_body && !i.normative.Empty()) j["normative"] = NormativeJson(ctx, i);
  return j;
}

http::Response JsonBody(web::Context& ctx, const nlohmann::json& j) {
  auto r = http::Response::Json(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  r.public_cacheable = true;
  r.last_modified = ctx.services().cache.changed_at();  // the last publication change
  r.SetHeader("Cache-Control", "public, max-age=60");
  r.SetHeader("Access-Control-Allow-Origin", "*");
  return r;
}

namespace {

using http::Request;
using http::Response;
using web::Context;

CatalogueService& Svc(Context& ctx) { return *Deps(ctx).catalogue; }

using web::BaseUrl;
using web::XmlEscape;

struct FeedSource {
  std::string title;
  std::string path;  // of the HTML page
  std::vector<Item> items;
};

// The column or agency a feed route names: /columns/{key}, or under
// /agencies/{id} the agency's own newest items or one of its columns.
Status Narrow(Request& req, Context& ctx, store::ItemFilter& f, FeedSource& src) {
  const std::string key = req.Param("key");
  if (req.Param("id").empty()) {
    if (key.empty()) return Status::Ok();
    auto column = ColumnByKey(ctx, key);
    if (!column.ok()) return column.status();
    f.column_id = column->id;
    src.title += " - " + column->name;
    src.path = "/columns/" + key;
    return Status::Ok();
  }
  auto p = PortalOf(ctx, web::ParseId(req.Param("id")));
  if (!p.ok()) return p.status();
  src.title += " - " + p->agency.name;
  if (key.empty()) {
    f.agency_id = p->agency.id;
    src.path = p->portal.Home();
    return Status::Ok();
  }
  auto column = AgencyColumn(ctx, p->agency.id, key);
  if (!column.ok()) return column.status();
  f.column_id = column->id;
  src.title += " " + column->name;
  src.path = p->portal.PageOf(column.value());
  return Status::Ok();
}

Result<FeedSource> Source(Request& req, Context& ctx) {
  FeedSource src;
  store::ItemFilter f;
  f.states = {State::kPublished};
  f.limit = 50;
  src.title = ctx.services().SiteName();
  src.path = "/";
  if (Status s = Narrow(req, ctx, f, src); !s.ok()) return s;
  auto page = Svc(ctx).List(f);
  if (!page.ok()) return page.status();
  src.items = std::move(page->items);
  return src;
}

Response Xml(Context& ctx, std::string body, const char* type) { return web::FeedResponse(ctx, std::move(body), type); }

Response Rss(Request& req, Context& ctx) {
  auto src = Source(req, ctx);
  if (!src.ok()) return ctx.FromStatus(src.status());
  std::string base = BaseUrl(ctx, req);
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>";
  x += "<title>" + XmlEscape(src->title) + "</title><link>" + XmlEscape(base + src->path) + "</link>";
  x += "<description>" + XmlEscape(src->title) + "</description><language>zh-cn</language>";
  for (const auto& i : src->items) {
    std::string link = base + "/items/" + i.index_no;
    x += "<item><title>" + XmlEscape(i.title) + "</title><link>" + XmlEscape(link) + "</link>";
    x += "<guid isPermaLink=\"true\">" + XmlEscape(link) + "</guid>";
    x += "<pubDate>" + web::UtcTime(i.published_at, "%a, %d %b %Y %H:%M:%S GMT") + "</pubDate>";
    x += "<description>" + XmlEscape(i.summary.empty() ? i.title : i.summary) + "</description></item>";
  }
  x += "</channel></rss>\n";
  return Xml(ctx, std::move(x), "application/rss+xml; charset=utf-8");
}

Response Atom(Request& req, Context& ctx) {
  auto src = Source(req, ctx);
  if (!src.ok()) return ctx.FromStatus(src.status());
  int64_t updated = src->items.empty() ? ctx.services().cache.changed_at() : src->items.front().published_at;
  std::vector<web::FeedEntry> entries;
  for (const auto& i : src->items) entries.push_back({i.title, "/items/" + i.index_no, i.published_at, i.summary});
  return Xml(ctx, web::AtomFeed(BaseUrl(ctx, req), src->title, src->path, updated, entries),
             "application/atom+xml; charset=utf-8");
}

// Each hosted agency's 政府信息公开 (the site's own is /xxgk) and every
// agency's topic landing pages (专题).
Status AddPortalUrls(Context& ctx, std::vector<SitemapUrl>& urls) {
  auto all = auth::Svc(ctx)->ListAgencies();
  if (!all.ok()) return all.status();
  for (const auto& a : all.value()) {
    const Portal portal = PortalFor(all.value(), a.id);
    if (!portal.site()) urls.push_back({portal.Xxgk(), ""});
    auto columns = Deps(ctx).catalogue->Columns(a.id);
    if (!columns.ok()) return columns.status();
    for (const auto& t : TopLevelTopics(columns.value())) urls.push_back({portal.TopicPath(t), ""});
  }
  return Status::Ok();
}

// The sitemap's URLs: the site's fixed pages, the portals and topics, then
// every published item newest first. The items are counted, and read a file
// at a time (a covering index, migration 0039): at 1,000,000 items no list
// of every URL is kept in memory. Each file is cached as a page.
struct SitemapSource {
  std::vector<SitemapUrl> fixed;
  int64_t items = 0;
  size_t Total() const { return fixed.size() + static_cast<size_t>(items); }
};

Result<SitemapSource> SitemapHead(Context& ctx) {
  SitemapSource src;
  for (const char* path : {"/", "/xxgk", "/agencies", "/sitemap", "/topics"}) src.fixed.push_back({path, ""});
  if (Status p = AddPortalUrls(ctx, src.fixed); !p.ok()) return p;
  auto n = Svc(ctx).CountPublishedIndexNos();
  if (!n.ok()) return n.status();
  src.items = n.value();
  return src;
}

// URLs [from, from + count) of `src`.
Result<std::vector<SitemapUrl>> SitemapRange(Context& ctx, const SitemapSource& src, size_t from, size_t count) {
  std::vector<SitemapUrl> out;
  for (size_t i = from; i < src.fixed.size() && out.size() < count; ++i) out.push_back(src.fixed[i]);
  if (out.size() == count) return out;
  const size_t offset = from > src.fixed.size() ? from - src.fixed.size() : 0;
  auto items = Svc(ctx).PublishedIndexNos(static_cast<int64_t>(offset), static_cast<int64_t>(count - out.size()));
  if (!items.ok()) return items.status();
  out.reserve(out.size() + items->size());
  for (auto& [index_no, on] : items.value()) out.push_back({"/items/" + index_no, DateText(on)});
  return out;
}

size_t PerFile(Context& ctx) { return static_cast<size_t>(ctx.services().config.catalogue.sitemap_urls_per_file); }

// One urlset while the URLs fit in one file, else the index of the files.
Response Sitemap(Request& req, Context& ctx) {
  auto src = SitemapHead(ctx);
  if (!src.ok()) return ctx.FromStatus(src.status());
  const size_t files = SitemapFileCount(src->Total(), PerFile(ctx));
  std::string base = BaseUrl(ctx, req);
  if (files > 1) return Xml(ctx, SitemapIndex(base, files), "application/xml; charset=utf-8");
  auto urls = SitemapRange(ctx, src.value(), 0, src->Total());
  if (!urls.ok()) return ctx.FromStatus(urls.status());
  return Xml(ctx, SitemapUrlset(base, urls.value()), "application/xml; charset=utf-8");
}

// /sitemaps/N.xml: the Nth file of the index.
Response SitemapFile(Request& req, Context& ctx) {
  const size_t n = SitemapFileNumber(req.Param("file"));
  auto src = SitemapHead(ctx);
  if (!src.ok()) return ctx.FromStatus(src.status());
  const size_t per_file = PerFile(ctx), files = SitemapFileCount(src->Total(), per_file);
  if (n == 0 || files < 2 || n > files) return ctx.ErrorPage(404);
  const size_t from = (n - 1) * per_file;
  auto urls = SitemapRange(ctx, src.value(), from, std::min(per_file, src->Total() - from));
  if (!urls.ok()) return ctx.FromStatus(urls.status());
  return Xml(ctx, SitemapUrlset(BaseUrl(ctx, req), urls.value()), "application/xml; charset=utf-8");
}

// The search page's filters: q (text), agency, column, topic, validity,
// year, sort=date; pagination. Text, agency or validity go through the search
// index, the rest straight to the database; text finds partial matches too
// when few items match every word ("partial").
Response ApiItems(Request& req, Context& ctx) {
  const int per_page =
      static_cast<int>(std::min<int64_t>(100, std::max<int64_t>(1, web::ParseId(req.Query("per_page")) ?: 20)));
  const int page_no = static_cast<int>(std::max<int64_t>(1, web::ParseId(req.Query("page"))));
  const std::string validity = req.Query("validity");
  Validity parsed;
  if (!validity.empty() && !ParseValidity(validity, &parsed))
    return web::JsonError(400, "validity 应为 valid、invalid、repealed 或 amended");
  int64_t column_id = 0;
  if (const std::string key = req.Query("column"); !key.empty()) {
    auto c = ColumnByKey(ctx, key);
    if (!c.ok()) return web::JsonError(404, "栏目不存在：" + key);
    column_id = c->id;
  }
  const std::string q = req.Query("q");
  const int64_t agency = web::ParseId(req.Query("agency"));
  const int year = static_cast<int>(web::ParseId(req.Query("year")));
  std::vector<Item> items;
  int64_t total = 0;
  bool partial = false;
  if (!q.empty() || agency || !validity.empty()) {
    if (!Deps(ctx).search) return web::JsonError(503, "搜索服务暂时不可用");
    search::Query sq;
    sq.text = q;
    sq.agency_id = agency;
    sq.column_id = column_id;
    sq.topic = req.Query("topic");
    sq.validity = validity;
    sq.year = year;
    sq.sort = req.Query("sort") == "date" || q.empty() ? search::Query::kNewest : search::Query::kRelevance;
    sq.page = page_no;
    sq.per_page = per_page;
    sq.partial = !q.empty();
    auto r = Deps(ctx).search->Search(sq);
    if (!r.ok()) return web::JsonError(503, "搜索服务暂时不可用");
    total = r->total;
    partial = r->partial;
    for (const auto& hit : r->hits)
      if (auto item = Svc(ctx).Get(hit.id); ctx.Got(item)) items.push_back(std::move(item).value());
  } else {
    store::ItemFilter f;
    f.states = {State::kPublished};
    f.limit = per_page;
    f.offset = (page_no - 1) * per_page;
    f.year = year;
    f.column_id = column_id;
    f.topic = req.Query("topic");
    auto page = Svc(ctx).List(f);
    if (!page.ok()) return web::JsonError(503, "服务暂时不可用");
    total = page->total;
    items = std::move(page->items);
  }
  nlohmann::json list = nlohmann::json::array();
  for (const auto& i : items) list.push_back(ItemJson(ctx, i, false));
  nlohmann::json answer = {{"total", total}, {"page", page_no}, {"per_page", per_page}, {"items", list}};
  // With words, whether partial matches follow those matching every word.
  if (!q.empty()) answer["partial"] = partial;
  return JsonBody(ctx, answer);
}

Response ApiItem(Request& req, Context& ctx) {
  auto item = Svc(ctx).GetByIndexNo(req.Param("index"));
  if (!item.ok() || (item->state != State::kPublished && item->state != State::kWithdrawn))
    return web::JsonError(404, "没有索引号为 " + req.Param("index") + " 的已发布信息");
  return JsonBody(ctx, ItemJson(ctx, item.value(), true));
}

}  // namespace

void RegisterFeedRoutes(web::Site& site) {
  site.Add("GET", "/feed.xml", web::Public(), Rss);
  site.Add("GET", "/atom.xml", web::Public(), Atom);
  site.Add("GET", "/columns/{key}/feed.xml", web::Public(), Rss);
  site.Add("GET", "/columns/{key}/atom.xml", web::Public(), Atom);
  // 集约化: each hosted agency's newest items and its columns.
  site.Add("GET", "/agencies/{id:int}/feed.xml", web::Public(), Rss);
  site.Add("GET", "/agencies/{id:int}/atom.xml", web::Public(), Atom);
  site.Add("GET", "/agencies/{id:int}/columns/{key}/feed.xml", web::Public(), Rss);
  site.Add("GET", "/agencies/{id:int}/columns/{key}/atom.xml", web::Public(), Atom);
  site.Add("GET", "/sitemap.xml", web::Public(), Sitemap);
  site.Add("GET", "/sitemaps/{file}", web::Public(), SitemapFile);
  site.Add("GET", "/api/v1/items", web::Public(), ApiItems,
           {.cache_query = {"per_page", "page", "validity", "column", "q", "agency", "year", "topic", "sort"}});
  site.Add("GET", "/api/v1/items/{index:path}", web::Public(), ApiItem);
}

}  // namespace gk::catalogue
