// The pages of an agency's portal (集约化): 政府信息公开 with its four parts
// (work plan 三(二)), column lists with a yearly archive and the browse form,
// topic landing pages (专题, work plan 一(一)) and the column tree. Each is a
// function of the agency, so the site's own agency (at the site's root) and
// every other hosted agency (under /agencies/ID) get the same pages.
#include <algorithm>

#include "auth/routes.h"
#include "catalogue/columns.h"
#include "catalogue/public_pages.h"
#include "catalogue/service.h"
#include "http/forms.h"
#include "text/markdown.h"
#include "web/feeds.h"
#include "web/forms.h"

namespace gk::catalogue {
namespace {

using http::Request;
using http::Response;
using web::Context;


CatalogueService& Svc(Context& ctx) { return *Deps(ctx).catalogue; }

AgencyPortal WithPortal(const std::vector<access::Agency>& all, const access::Agency& a) {
  return {a, PortalFor(all, a.id)};
}

// The page's title: the agency's name follows for a hosted agency's page,
// whose title alone would read like the site's own.
std::string TitleOf(const AgencyPortal& p, const std::string& title) {
  return p.portal.site() ? title : title + " - " + p.agency.name;
}

// The main navigation entry a portal page marks: its own address on the
// site's portal (/xxgk, /columns/tzgg), 机构设置 on another agency's.
std::string NavOf(const AgencyPortal& p, const std::string& path) { return p.portal.site() ? path : "/agencies"; }

void AddTrail(ctemplate::TemplateDictionary& d, const AgencyPortal& p, const std::vector<Column>& columns,
              const Column& c) {
  for (const auto& up : ColumnTrail(columns, c)) {
    auto* crumb = d.AddSectionDictionary("TRAIL");
    crumb->SetValue("NAME", up.name);
    crumb->SetValue("URL", p.portal.PageOf(up));
  }
}

void AddXxgkPart(Context& ctx, ctemplate::TemplateDictionary& d, const AgencyPortal& p,
                 const std::vector<Column>& columns, const Column& c) {
  auto* part = d.AddSectionDictionary("PARTS");
  part->SetValue("NAME", c.name);
  part->SetValue("URL", p.portal.ColumnPath(c));
  part->SetValue("ID", "part-" + c.code);
  auto latest = LatestIn(ctx, c.id, 5);
  if (ctx.Got(latest)) AddItemRows(*part, "ITEMS", latest.value());
  if (c.code == "xxgk-zn" && latest.ok() && !latest->empty())
    part->AddSectionDictionary("UPDATED")->SetValue("DATE", DateText(latest->front().published_on));
  if (c.code != "xxgk-fdnr") return;
  for (const auto& child : columns) {
    if (child.parent_id != c.id) continue;
    auto* sub = part->AddSectionDictionary("SUBCOLUMNS");
    sub->SetValue("NAME", child.name);
    sub->SetValue("URL", p.portal.PageOf(child));
  }
}

// A page column: its newest item in full, dated as its 更新日期.
void FillPageBody(Context& ctx, ctemplate::TemplateDictionary& d, const Column& c) {
  auto latest = LatestIn(ctx, c.id, 1);
  if (ctx.Got(latest) && !latest->empty()) {
    auto* body = d.AddSectionDictionary("PAGE_BODY");
    body->SetValue("UPDATED", DateText(latest->front().published_on));
    body->SetValue("BODY_HTML", text::RenderMarkdown(latest->front().body_md));
  } else {
    d.ShowSection("EMPTY");
  }
}

void AddFacets(Context& ctx, ctemplate::TemplateDictionary& page, const store::ItemFilter& f, int64_t agency_id) {
  auto& d = *page.AddSectionDictionary("FACETS");
  for (int n = 1; n <= 15; ++n) {
    auto* o = d.AddSectionDictionary("ART20_OPTIONS");
    o->SetIntValue("VALUE", n);
    o->SetValue("LABEL", Art20Label(n));
    if (n == f.art20) o->ShowSection("SELECTED");
  }
  for (const auto& t : Topics()) {
    auto* o = d.AddSectionDictionary("TOPIC_OPTIONS");
    o->SetValue("VALUE", t);
    if (t == f.topic) o->ShowSection("SELECTED");
  }
  auto categories = AgencyCategories(*ctx.services().db, agency_id);  // the agency's own 组配分类
  for (const auto& c : ctx.Got(categories) ? categories.value() : DefaultCategories()) {
    auto* o = d.AddSectionDictionary("CATEGORY_OPTIONS");
    o->SetValue("VALUE", c);
    if (c == f.category) o->ShowSection("SELECTED");
  }
  if (f.year) d.AddSectionDictionary("YEAR")->SetIntValue("VALUE", f.year);
}

void AddYears(Context& ctx, ctemplate::TemplateDictionary& d, const Column& c, const std::string& path, int year) {
  auto years = Svc(ctx).PublishedYears(c.id);
  if (!ctx.Got(years) || years->empty()) return;
  auto* all = d.AddSectionDictionary("YEARS");
  all->SetValue("LABEL", "全部");
  all->SetValue("URL", path);
  if (year == 0) all->ShowSection("CURRENT");
  for (int y : years.value()) {
    auto* row = d.AddSectionDictionary("YEARS");
    row->SetValue("LABEL", std::to_string(y) + "年");
    row->SetValue("URL", path + "?year=" + std::to_string(y));
    if (y == year) row->ShowSection("CURRENT");
  }
}

// A list column: its published items, newest first, by year and through the
// browse form (第二十条类别, 主题分类, 组配分类), 20 to a page.
Status FillList(Request& req, Context& ctx, ctemplate::TemplateDictionary& d, const Column& c,
                const std::string& path) {
  const int per_page = 20;
  const int page_no = static_cast<int>(std::max<int64_t>(1, web::ParseId(req.Query("page"))));
  store::ItemFilter f;
  f.column_id = c.id;
  f.states = {State::kPublished};
  f.year = static_cast<int>(web::ParseId(req.Query("year")));
  f.art20 = static_cast<int>(web::ParseId(req.Query("art20")));
  f.topic = req.Query("topic");
  f.category = req.Query("category");
  AddFacets(ctx, d, f, c.agency_id);
  f.limit = per_page;
  f.offset = (page_no - 1) * per_page;
  auto list = Svc(ctx).List(f);
  if (!list.ok()) return list.status();
  AddItemRows(d, "ITEMS", list->items);
  if (list->items.empty()) d.ShowSection("EMPTY");
  AddYears(ctx, d, c, path, f.year);
  std::string base = path + "?" + (f.year ? "year=" + std::to_string(f.year) + "&" : "") +
                     (f.art20 ? "art20=" + std::to_string(f.art20) + "&" : "") +
                     (f.topic.empty() ? "" : "topic=" + http::PercentEncode(f.topic) + "&") +
                     (f.category.empty() ? "" : "category=" + http::PercentEncode(f.category) + "&");
  web::SetPagination(d, base, page_no, per_page, list->total);
  return Status::Ok();
}

// A topic's sub-columns, each with its five newest items.
void AddTopicSections(Context& ctx, ctemplate::TemplateDictionary& d, const AgencyPortal& p,
                      const std::vector<Column>& columns, const Column& topic) {
  for (const auto& child : columns) {
    if (child.parent_id != topic.id) continue;
    auto* s = d.AddSectionDictionary("SECTIONS");
    s->SetValue("NAME", child.name);
    s->SetValue("URL", p.portal.PageOf(child));
    s->SetValue("ID", "topic-" + child.code);
    if (auto latest = LatestIn(ctx, child.id, 5); ctx.Got(latest)) AddItemRows(*s, "ITEMS", latest.value());
  }
}

void AddTreeRows(ctemplate::TemplateDictionary& d, const AgencyPortal& p, const std::vector<Column>& columns) {
  for (const auto& row : ColumnTree(columns)) {
    auto* r = d.AddSectionDictionary("TREE");
    r->SetValue("NAME", row.column.name);
    r->SetValue("URL", p.portal.PageOf(row.column));
    r->SetIntValue("DEPTH", std::min(row.depth, 3));
    if (IsTopicColumn(row.column)) r->ShowSection("TOPIC");
    if (row.column.kind == ColumnKind::kList && row.column.code != "xxgk") {
      auto* feed = r->AddSectionDictionary("FEED");
      feed->SetValue("URL", p.portal.RssOf(row.column));
    }
  }
}

}  // namespace

Result<AgencyPortal> PortalOf(Context& ctx, int64_t agency_id) {
  auto all = auth::Svc(ctx)->ListAgencies();
  if (!all.ok()) return all.status();
  for (const auto& a : all.value())
    if (a.id == agency_id) return WithPortal(all.value(), a);
  return Status::NotFound("没有这个机构");
}

Result<AgencyPortal> SitePortal(Context& ctx) {
  auto all = auth::Svc(ctx)->ListAgencies();
  if (!all.ok()) return all.status();
  if (const access::Agency* site = access::SiteAgency(all.value())) return WithPortal(all.value(), *site);
  return Status::NotFound("尚未设置机构");
}

Result<Column> AgencyColumn(Context& ctx, int64_t agency_id, const std::string& key) {
  if (int64_t id = web::ParseId(key)) {
    auto c = Svc(ctx).GetColumn(id);
    if (c.ok() && c->agency_id != agency_id) return Status::NotFound("栏目不存在");
    return c;
  }
  return Svc(ctx).GetColumnByCode(agency_id, key);
}

Result<std::vector<Item>> LatestIn(Context& ctx, int64_t column_id, int n) {
  store::ItemFilter f;
  f.column_id = column_id;
  f.states = {State::kPublished};
  f.limit = n;
  f.count = false;  // the newest few, not how many (0.1-0.2 s a column at 1,000,000 items)
  auto page = Svc(ctx).List(f);
  if (!page.ok()) return page.status();
  return page->items;
}

void AddItemRows(ctemplate::TemplateDictionary& d, const char* section, const std::vector<Item>& items) {
  for (const auto& i : items) {
    auto* row = d.AddSectionDictionary(section);
    row->SetValue("TITLE", i.title);
    row->SetValue("URL", "/items/" + i.index_no);
    row->SetValue("DATE", DateText(i.published_on));
    row->SetValue("INDEX_NO", i.index_no);
    row->SetValue("DOC_NO", i.doc_no);
  }
}

void FillPortalBar(ctemplate::TemplateDictionary& d, const AgencyPortal& p) {
  if (p.portal.site()) return;
  auto* crumb = d.AddSectionDictionary("AGENCY_CRUMB");
  crumb->SetValue("NAME", p.agency.name);
  crumb->SetValue("URL", p.portal.Home());
  auto* bar = d.AddIncludeDictionary("PORTAL");
  bar->SetFilename("public/_portal.tpl");
  bar->SetValue("AGENCY", p.agency.name);
  bar->SetValue("URL", p.portal.Home());
  bar->SetValue("XXGK_URL", p.portal.Xxgk());
  bar->SetValue("COLUMNS_URL", p.portal.ColumnIndex());
  bar->SetValue("SEARCH_URL", p.portal.Search());
}

Response XxgkPage(Context& ctx, const AgencyPortal& p) {
  auto columns = Svc(ctx).Columns(p.agency.id);
  if (!columns.ok()) return ctx.FromStatus(columns.status());
  web::Page page(TitleOf(p, "政府信息公开"), "public/xxgk.tpl");
  auto& d = page.content();
  FillPortalBar(d, p);
  if (!p.portal.site()) {
    web::AddFeedLinks(ctx, page, p.agency.name + " 最新信息", p.portal.Rss(), p.portal.Atom());
  }
  for (const char* code : kXxgkPartCodes)
    for (const auto& c : columns.value())
      if (c.code == code) AddXxgkPart(ctx, d, p, columns.value(), c);
  return ctx.Cacheable(ctx.PublicPage(page, NavOf(p, p.portal.Xxgk())));
}

Response ColumnPage(Request& req, Context& ctx, const AgencyPortal& p, const Column& c, const std::string& path) {
  auto columns = Svc(ctx).Columns(c.agency_id);
  if (!columns.ok()) return ctx.FromStatus(columns.status());
  web::Page page(TitleOf(p, c.name), "public/column.tpl");
  auto& d = page.content();
  d.SetValue("NAME", c.name);
  FillPortalBar(d, p);
  AddTrail(d, p, columns.value(), c);
  if (IsTopicColumn(c)) d.AddSectionDictionary("TOPIC_HOME")->SetValue("URL", p.portal.TopicPath(c));
  web::AddFeedLinks(ctx, page, c.name, p.portal.RssOf(c), p.portal.AtomOf(c));
  for (const auto& child : columns.value()) {
    if (child.parent_id != c.id) continue;
    auto* row = d.AddSectionDictionary("CHILDREN");
    row->SetValue("NAME", child.name);
    row->SetValue("URL", p.portal.PageOf(child));
  }
  if (c.kind == ColumnKind::kPage) {
    FillPageBody(ctx, d, c);
    return ctx.Cacheable(ctx.PublicPage(page, NavOf(p, "")));
  }
  if (Status s = FillList(req, ctx, d, c, path); !s.ok()) return ctx.FromStatus(s);
  return ctx.Cacheable(ctx.PublicPage(page, NavOf(p, path)));
}

Response TopicPage(Context& ctx, const AgencyPortal& p, const Column& c) {
  auto columns = Svc(ctx).Columns(c.agency_id);
  if (!columns.ok()) return ctx.FromStatus(columns.status());
  web::Page page(TitleOf(p, c.name), "public/topic.tpl");
  auto& d = page.content();
  d.SetValue("NAME", c.name);
  d.SetValue("AGENCY", p.agency.name);
  d.SetValue("LIST_URL", p.portal.ColumnPath(c));
  d.SetValue("RSS_URL", p.portal.RssOf(c));
  d.SetValue("SEARCH_URL", p.portal.Search());
  FillPortalBar(d, p);
  AddTrail(d, p, columns.value(), c);
  web::AddFeedLinks(ctx, page, c.name, p.portal.RssOf(c), p.portal.AtomOf(c));
  AddTopicSections(ctx, d, p, columns.value(), c);
  auto latest = LatestIn(ctx, c.id, 10);
  if (!latest.ok()) return ctx.FromStatus(latest.status());
  AddItemRows(d, "ITEMS", latest.value());
  return ctx.Cacheable(ctx.PublicPage(page, NavOf(p, "")));
}

Response ColumnIndexPage(Context& ctx, const AgencyPortal& p) {
  auto columns = Svc(ctx).Columns(p.agency.id);
  if (!columns.ok()) return ctx.FromStatus(columns.status());
  web::Page page(TitleOf(p, "全部栏目"), "public/columns.tpl");
  auto& d = page.content();
  d.SetValue("AGENCY", p.agency.name);
  d.SetValue("AGENCY_URL", p.portal.Home());
  FillPortalBar(d, p);
  AddTreeRows(d, p, columns.value());
  if (columns->empty()) d.ShowSection("EMPTY");
  return ctx.Cacheable(ctx.PublicPage(page, "/agencies"));
}

}  // namespace gk::catalogue
