// The public side of 公开清单: /lists shows every list with how many
// entries it has; /lists/{kind} a list's table, searchable and filterable
// by the list's category without JavaScript; /lists/{kind}/{id} an entry
// with every field. The feed and the JSON API carry the same. A withdrawn
// entry answers 410 with the reason; a draft is not found.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"
#include "lists/routes.h"
#include "lists/views.h"
#include "web/feeds.h"
#include "web/forms.h"

namespace gk::lists {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr int kPerPage = 50;


std::string GoneReason(const Entry& e) {
  return "该条目已于 " + FormatLocalTime(e.withdrawn_at).substr(0, 10) + " 撤下，不再公开。原因：" + e.withdraw_reason;
}

// The published count of every list.
Result<std::map<std::string, int64_t>> PublishedCounts(Context& ctx) {
  auto counts = Lists(ctx).Counts(nullptr);
  if (!counts.ok()) return counts.status();
  auto counted = counts.value();
  std::map<std::string, int64_t> out;
  for (const auto& k : AllKinds()) {
    const auto& c = counted[k.code];
    auto it = c.find(EntryState::kPublished);
    out[k.code] = it == c.end() ? 0 : it->second;
  }
  return out;
}

Response Hub(Request&, Context& ctx) {
  auto counts = PublishedCounts(ctx);
  if (!counts.ok()) return ctx.FromStatus(counts.status());
  auto counted = counts.value();
  Page page("公开清单", "public/lists.tpl");
  auto& d = page.content();
  std::string group;
  ctemplate::TemplateDictionary* g = nullptr;
  for (const auto& k : AllKinds()) {
    if (!g || group != k.group) {
      g = d.AddSectionDictionary("GROUPS");
      g->SetValue("GROUP", k.group);
      group = k.group;
    }
    auto* row = g->AddSectionDictionary("KINDS");
    FillKind(*row, k);
    row->SetIntValue("COUNT", static_cast<long>(counted[k.code]));
  }
  return ctx.Cacheable(ctx.PublicPage(page, "/lists"));
}

// The public filter of a list page or its API: published entries of the
// list, `q`, and the category (`facet`) when it is one of the list's.
store::EntryFilter PublicFilter(const Request& req, const KindDef& kind) {
  store::EntryFilter f;
  f.kind = kind.code;
  f.state = EntryState::kPublished;
  f.text = web::QueryText(req, "q");
  if (const FieldDef* field = *kind.filter ? kind.Field(kind.filter) : nullptr) {
    const std::string facet = web::QueryText(req, "facet");
    for (const char* c : field->choices)
      if (facet == c) f.facet = facet;
  }
  f.agency_id = web::ParseId(req.Query("agency"));
  return f;
}

void FillFacets(ctemplate::TemplateDictionary& d, const KindDef& kind,
                const std::vector<std::pair<std::string, int64_t>>& facets, const store::EntryFilter& f) {
  if (facets.empty()) return;
  auto* box = d.AddSectionDictionary("FACETS");
  box->SetValue("FACET_LABEL", kind.Field(kind.filter)->label);
  const std::string base = std::string("/lists/") + kind.code + "?q=" + http::PercentEncode(f.text);
  auto* all = box->AddSectionDictionary("OPTIONS");
  all->SetValue("LABEL", "全部");
  all->SetValue("URL", base);
  if (f.facet.empty()) all->ShowSection("CURRENT");
  for (const auto& [value, n] : facets) {
    auto* o = box->AddSectionDictionary("OPTIONS");
    o->SetValue("LABEL", value);
    o->SetIntValue("COUNT", static_cast<long>(n));
    o->ShowSection("HAS_COUNT");
    o->SetValue("URL", base + "&facet=" + http::PercentEncode(value));
    if (f.facet == value) o->ShowSection("CURRENT");
  }
}

Response Table(Request& req, Context& ctx) {
  const KindDef* kind = FindKind(req.Param("kind"));
  if (!kind) return ctx.ErrorPage(404, "没有这个清单。");
  store::EntryFilter f = PublicFilter(req, *kind);
  const int page_no = web::PageNumber(req);
  f.limit = kPerPage;
  f.offset = (page_no - 1) * f.limit;
  auto list = Lists(ctx).List(f);
  auto facets = Lists(ctx).Facets(*kind);
  if (!list.ok() || !facets.ok()) return ctx.FromStatus(!list.ok() ? list.status() : facets.status());
  Page page(kind->label, "public/list.tpl");
  auto& d = page.content();
  FillKind(d, *kind);
  d.SetValue("Q", f.text);
  d.SetValue("FACET", f.facet);
  FillFacets(d, *kind, facets.value(), f);
  long num = f.offset;
  for (const auto& e : list->entries) {
    auto* row = d.AddSectionDictionary("ENTRIES");
    FillRow(*row, *kind, e);
    row->SetIntValue("NUM", ++num);
  }
  if (list->entries.empty()) d.ShowSection(f.text.empty() && f.facet.empty() ? "EMPTY" : "NO_MATCH");
  if (!f.text.empty() || !f.facet.empty()) {
    d.ShowSection("FILTERED");
    d.SetIntValue("TOTAL", static_cast<long>(list->total));
  }
  web::SetPagination(d,
                     std::string("/lists/") + kind->code + "?q=" + http::PercentEncode(f.text) +
                         "&facet=" + http::PercentEncode(f.facet) + "&",
                     page_no, f.limit, list->total);
  return ctx.Cacheable(ctx.PublicPage(page, "/lists"));
}

// The published entry of the URL; 404 for a draft or another list's id,
// 410 for a withdrawn one (`gone` set).
Result<Entry> PublicEntry(const Request& req, Context& ctx, std::string* gone) {
  auto e = Lists(ctx).Get(web::ParseId(req.Param("id")));
  if (!e.ok()) return e.status();
  if (e->kind != req.Param("kind") || e->state == EntryState::kDraft)
    return Status::NotFound("没有找到该清单条目。它可能尚未公开，或网址有误。");
  if (e->state == EntryState::kWithdrawn) *gone = GoneReason(e.value());
  return e;
}

Response Show(Request& req, Context& ctx) {
  std::string gone;
  auto e = PublicEntry(req, ctx, &gone);
  if (!e.ok() && e.status().code() == Code::kNotFound) return ctx.ErrorPage(404, e.status().message());
  if (!e.ok()) return ctx.FromStatus(e.status());
  if (!gone.empty()) return ctx.ErrorPage(410, gone);
  const KindDef& kind = *FindKind(e->kind);
  Page page(e->Title(), "public/list_entry.tpl");
  auto& d = page.content();
  FillKind(d, kind);
  FillDetail(d, kind, e.value());
  return ctx.Cacheable(ctx.PublicPage(page, "/lists"));
}

Response Feed(Request& req, Context& ctx) {
  store::EntryFilter f;
  f.state = EntryState::kPublished;
  f.newest_first = true;
  f.limit = 50;
  auto list = Lists(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  std::vector<web::FeedEntry> entries;
  int64_t updated = 0;
  for (const auto& e : list->entries) {
    const KindDef* kind = FindKind(e.kind);
    if (!kind) continue;
    entries.push_back({std::string(kind->label) + "：" + e.Title(),
                       std::string("/lists/") + kind->code + "/" + std::to_string(e.id), e.updated_at,
                       std::string(kind->group) + " · " + kind->label});
    updated = std::max(updated, e.updated_at);
  }
  const std::string title = ctx.services().SiteName() + " - 公开清单";
  return web::FeedResponse(ctx, web::AtomFeed(web::BaseUrl(ctx, req), title, "/lists", updated, entries),
                           "application/atom+xml; charset=utf-8");
}

Response ApiKinds(Request&, Context& ctx) {
  auto counts = PublishedCounts(ctx);
  if (!counts.ok()) return web::JsonError(503, "服务暂时不可用");
  auto counted = counts.value();
  nlohmann::json lists = nlohmann::json::array();
  for (const auto& k : AllKinds()) lists.push_back(KindJson(k, counted[k.code]));
  return web::ApiJson(ctx, nlohmann::json{{"lists", std::move(lists)}});
}

Response ApiList(Request& req, Context& ctx) {
  const KindDef* kind = FindKind(req.Param("kind"));
  if (!kind) return web::JsonError(404, "没有名为 " + req.Param("kind") + " 的清单");
  store::EntryFilter f = PublicFilter(req, *kind);
  f.limit = static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("per_page")) ?: 20, 1, 100));
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Lists(ctx).List(f);
  if (!list.ok()) return web::JsonError(503, "服务暂时不可用");
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& e : list->entries) entries.push_back(EntryJson(*kind, e));
  return web::ApiJson(ctx, nlohmann::json{{"list", kind->code},
                                          {"label", kind->label},
                                          {"total", list->total},
                                          {"page", page_no},
                                          {"per_page", f.limit},
                                          {"entries", std::move(entries)}});
}

Response ApiShow(Request& req, Context& ctx) {
  std::string gone;
  auto e = PublicEntry(req, ctx, &gone);
  if (!e.ok() && e.status().code() == Code::kNotFound)
    return web::JsonError(404, "没有编号为 " + req.Param("id") + " 的已公开清单条目");
  if (!e.ok()) return web::JsonError(503, "服务暂时不可用");
  if (!gone.empty()) return web::JsonError(410, gone);
  return web::ApiJson(ctx, EntryJson(*FindKind(e->kind), e.value()));
}

}  // namespace

void RegisterPublicRoutes(web::Site& site) {
  const std::vector<std::string> table = {"q", "facet", "agency", "page"};
  site.Add("GET", "/lists", web::Public(), Hub);
  site.Add("GET", "/lists/feed.xml", web::Public(), Feed);
  site.Add("GET", "/lists/{kind}", web::Public(), Table, {.cache_query = table});
  site.Add("GET", "/lists/{kind}/{id:int}", web::Public(), Show);
  site.Add("GET", "/api/v1/lists", web::Public(), ApiKinds);
  site.Add("GET", "/api/v1/lists/{kind}", web::Public(), ApiList,
           {.cache_query = {"q", "facet", "agency", "page", "per_page"}});
  site.Add("GET", "/api/v1/lists/{kind}/{id:int}", web::Public(), ApiShow);
}

}  // namespace gk::lists
