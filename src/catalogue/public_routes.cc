// Public pages of the catalogue: the 政府信息公开 column with its four parts
// (work plan 三(二)), column lists with a yearly archive, and item pages with
// the metadata block laid out as in the work plan's own header.
#include <algorithm>

#include "auth/routes.h"
#include "catalogue/columns.h"
#include "catalogue/routes.h"
#include "catalogue/service.h"
#include "common/china_time.h"
#include "http/forms.h"
#include "text/markdown.h"
#include "web/feeds.h"
#include "web/forms.h"
#include "web/share.h"

namespace gk::catalogue {

void FillMetadata(web::Context& ctx, ctemplate::TemplateDictionary& d, const Item& item) {
  d.SetValue("TITLE", item.title);
  d.SetValue("INDEX_NO", item.index_no);
  d.SetValue("CATEGORY", item.category);
  d.SetValue("TOPIC", item.topic);
  d.SetValue("WRITTEN_ON", DateText(item.written_on));
  d.SetValue("PUBLISHED_ON", DateText(item.published_on));
  d.SetValue("UNIFIED_NO", item.unified_no);
  d.SetValue("DOC_NO", item.doc_no);
  d.SetValue("VALIDITY", ValidityLabel(item.validity));
  // 失效 / 废止 / 修订: since when, and (修订, 废止) what replaced it.
  if (item.validity_changed_on || item.replaced_by_id != 0) {
    auto* change = d.AddSectionDictionary("VALIDITY_CHANGE");
    change->SetValue("LABEL", ValidityLabel(item.validity));
    if (item.validity_changed_on)
      change->SetValueAndShowSection("ON", item.validity_changed_on->ToString(), "CHANGED_ON");
    if (item.replaced_by_id != 0) {
      auto successor = Deps(ctx).catalogue->Get(item.replaced_by_id);
      if (ctx.Got(successor) && successor->state == State::kPublished) {
        auto* by = change->AddSectionDictionary("REPLACED_BY");
        by->SetValue("TITLE", successor->title);
        by->SetValue("URL", "/items/" + successor->index_no);
      }
    }
  }
  if (!item.normative.Empty()) {
    auto* n = d.AddSectionDictionary("NORMATIVE");
    n->SetValue("KIND", NormativeKindLabel(item.normative.kind));
    n->SetValue("EFFECTIVE_ON", DateText(item.normative.effective_on));
    n->SetValue("EXPIRES_ON", item.normative.expires_on ? item.normative.expires_on->ToString() : "长期");
  }
  d.SetValue("GENRE", item.genre);
  d.SetValue("KEYWORDS", item.keywords);
  d.SetValue("SUMMARY", item.summary);
  d.SetValue("DISCLOSURE", DisclosureLabel(item.disclosure));
  d.SetValue("ART20", Art20Label(item.art20));
  auto agency = auth::Svc(ctx)->GetAgency(item.agency_id);
  d.SetValue("PUBLISHER", ctx.Got(agency) ? agency->name : "");
}

void FillRelated(web::Context& ctx, ctemplate::TemplateDictionary& d, int64_t item_id) {
  auto related = Deps(ctx).catalogue->Related(item_id, true);
  if (!ctx.Got(related)) return;
  for (const auto& r : related.value()) {
    if (r.state != State::kPublished) continue;
    auto* row = d.AddSectionDictionary("RELATED_ITEMS");
    row->SetValue("TITLE", r.title);
    row->SetValue("URL", "/items/" + r.index_no);
    row->SetValue("DATE", DateText(r.published_on));
  }
}

namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

CatalogueService& Svc(Context& ctx) { return *Deps(ctx).catalogue; }

// The site's own agency (access::SiteAgency).
Result<access::Agency> SiteAgency(Context& ctx) {
  auto agencies = auth::Svc(ctx)->ListAgencies();
  if (!agencies.ok()) return agencies.status();
  if (const access::Agency* site = access::SiteAgency(agencies.value())) return *site;
  return Status::NotFound("尚未设置机构");
}

std::string ItemUrl(const Item& i) { return "/items/" + i.index_no; }

void AddItemRows(ctemplate::TemplateDictionary& d, const char* section, const std::vector<Item>& items) {
  for (const auto& i : items) {
    auto* row = d.AddSectionDictionary(section);
    row->SetValue("TITLE", i.title);
    row->SetValue("URL", ItemUrl(i));
    row->SetValue("DATE", DateText(i.published_on));
    row->SetValue("INDEX_NO", i.index_no);
    row->SetValue("DOC_NO", i.doc_no);
  }
}

Result<std::vector<Item>> Latest(Context& ctx, int64_t column_id, int n) {
  store::ItemFilter f;
  f.column_id = column_id;
  f.states = {State::kPublished};
  f.limit = n;
  auto page = Svc(ctx).List(f);
  if (!page.ok()) return page.status();
  return page->items;
}

// 政府信息公开: exactly its four parts.
Response Xxgk(Request&, Context& ctx) {
  auto agency = SiteAgency(ctx);
  if (!agency.ok()) return ctx.FromStatus(agency.status());
  auto columns = Svc(ctx).Columns(agency->id);
  if (!columns.ok()) return ctx.FromStatus(columns.status());
  Page page("政府信息公开", "public/xxgk.tpl");
  auto& d = page.content();
  auto find = [&](const char* code) -> const Column* {
    for (const auto& c : columns.value())
      if (c.code == code) return &c;
    return nullptr;
  };
  for (const char* code : kXxgkPartCodes) {
    const Column* c = find(code);
    if (!c) continue;
    auto* part = d.AddSectionDictionary("PARTS");
    part->SetValue("NAME", c->name);
    part->SetValue("URL", "/columns/" + std::to_string(c->id));
    auto latest = Latest(ctx, c->id, 5);
    if (ctx.Got(latest)) AddItemRows(*part, "ITEMS", latest.value());
    if (c->code == std::string("xxgk-zn") && latest.ok() && !latest->empty())
      part->AddSectionDictionary("UPDATED")->SetValue("DATE", DateText(latest->front().published_on));
    if (c->code == std::string("xxgk-fdnr")) {
      for (const auto& child : columns.value()) {
        if (child.parent_id != c->id) continue;
        auto* sub = part->AddSectionDictionary("SUBCOLUMNS");
        sub->SetValue("NAME", child.name);
        sub->SetValue("URL", "/columns/" + std::to_string(child.id));
      }
    }
  }
  return ctx.Cacheable(ctx.PublicPage(page, "/xxgk"));
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

Response ColumnPage(Request& req, Context& ctx) {
  auto column = ColumnByKey(ctx, req.Param("key"));
  if (!column.ok()) return ctx.FromStatus(column.status());
  Page page(column->name, "public/column.tpl");
  auto& d = page.content();
  d.SetValue("NAME", column->name);
  const std::string feeds = "/columns/" + std::to_string(column->id);
  web::AddFeedLinks(ctx, page, column->name, feeds + "/feed.xml", feeds + "/atom.xml");
  if (column->parent_id) {
    auto parent = Svc(ctx).GetColumn(column->parent_id);
    if (ctx.Got(parent)) {
      auto* p = d.AddSectionDictionary("PARENT");
      p->SetValue("NAME", parent->name);
      p->SetValue("URL", parent->code == "xxgk" ? "/xxgk" : "/columns/" + std::to_string(parent->id));
    }
  }
  if (auto siblings = Svc(ctx).Columns(column->agency_id); ctx.Got(siblings)) {
    for (const auto& child : siblings.value()) {
      if (child.parent_id != column->id) continue;
      auto* c = d.AddSectionDictionary("CHILDREN");
      c->SetValue("NAME", child.name);
      c->SetValue("URL", "/columns/" + std::to_string(child.id));
    }
  }
  if (column->kind == ColumnKind::kPage) {
    // A page column shows its latest item in full, dated as its 更新日期.
    auto latest = Latest(ctx, column->id, 1);
    if (ctx.Got(latest) && !latest->empty()) {
      auto* body = d.AddSectionDictionary("PAGE_BODY");
      body->SetValue("UPDATED", DateText(latest->front().published_on));
      body->SetValue("BODY_HTML", text::RenderMarkdown(latest->front().body_md));
    } else {
      d.ShowSection("EMPTY");
    }
    return ctx.Cacheable(ctx.PublicPage(page, ""));
  }
  const int per_page = 20;
  const int page_no = static_cast<int>(std::max<int64_t>(1, web::ParseId(req.Query("page"))));
  const int year = static_cast<int>(web::ParseId(req.Query("year")));
  store::ItemFilter f;
  f.column_id = column->id;
  f.states = {State::kPublished};
  f.year = year;
  // Browse by 第二十条 category, 主题分类 and 组配分类 (法定主动公开内容).
  f.art20 = static_cast<int>(web::ParseId(req.Query("art20")));
  f.topic = req.Query("topic");
  f.category = req.Query("category");
  AddFacets(ctx, d, f, column->agency_id);
  f.limit = per_page;
  f.offset = (page_no - 1) * per_page;
  auto list = Svc(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  AddItemRows(d, "ITEMS", list->items);
  if (list->items.empty()) d.ShowSection("EMPTY");
  auto years = Svc(ctx).PublishedYears(column->id);
  if (ctx.Got(years) && !years->empty()) {
    auto* all = d.AddSectionDictionary("YEARS");
    all->SetValue("LABEL", "全部");
    all->SetValue("URL", "/columns/" + req.Param("key"));
    if (year == 0) all->ShowSection("CURRENT");
    for (int y : years.value()) {
      auto* row = d.AddSectionDictionary("YEARS");
      row->SetValue("LABEL", std::to_string(y) + "年");
      row->SetValue("URL", "/columns/" + req.Param("key") + "?year=" + std::to_string(y));
      if (y == year) row->ShowSection("CURRENT");
    }
  }
  std::string base = "/columns/" + req.Param("key") + "?" + (year ? "year=" + std::to_string(year) + "&" : "") +
                     (f.art20 ? "art20=" + std::to_string(f.art20) + "&" : "") +
                     (f.topic.empty() ? "" : "topic=" + http::PercentEncode(f.topic) + "&") +
                     (f.category.empty() ? "" : "category=" + http::PercentEncode(f.category) + "&");
  web::SetPagination(d, base, page_no, per_page, list->total);
  return ctx.Cacheable(ctx.PublicPage(page, "/columns/" + req.Param("key")));
}

Response ItemPage(Request& req, Context& ctx) {
  auto item = Svc(ctx).GetByIndexNo(req.Param("index"));
  if (!item.ok()) return ctx.FromStatus(item.status());
  // Drafts and scheduled items have no index number; withdrawn ones keep
  // their page with the public reason instead of the content.
  if (item->state != State::kPublished && item->state != State::kWithdrawn) return ctx.ErrorPage(404);
  Page page(item->title, "public/item.tpl");
  auto& d = page.content();
  web::AddPageTools(d, req.path);
  FillMetadata(ctx, d, item.value());
  if (item->state == State::kWithdrawn) {
    d.AddSectionDictionary("WITHDRAWN")->SetValue("REASON", item->withdrawn_reason);
  } else if (!ContentIsPublic(item.value())) {
    auto* n = d.AddSectionDictionary("NOT_PROACTIVE");
    n->SetValue("MODE", DisclosureLabel(item->disclosure));
    if (item->disclosure == Disclosure::kExempt) {
      auto* x = n->AddSectionDictionary("EXEMPT");
      x->SetValue("REASON", item->exempt_reason);
      FillExemption(ctx, *x, item.value());
    }
    else n->ShowSection("ON_REQUEST");
  } else {
    auto* body = d.AddSectionDictionary("CONTENT");
    body->SetValue("BODY_HTML", text::RenderMarkdown(item->body_md));
    FillAttachments(ctx, *body, item->id);
    FillInterpretationMedia(ctx, *body, item.value());
  }
  FillRelated(ctx, d, item->id);
  FillPolicyPublic(ctx, d, item.value());
  if (auto versions = Svc(ctx).Versions(item->id); ctx.Got(versions)) {
    for (const auto& v : versions.value()) {
      if (!v.major || v.version < 2) continue;
      auto* row = d.AddSectionDictionary("REVISIONS");
      row->SetValue("DATE", ChinaDate(v.published_at).ToString());
      row->SetValue("NOTE", v.change_note);
    }
  }
  for (int64_t c : item->column_ids) {
    auto col = Svc(ctx).GetColumn(c);
    if (!ctx.Got(col)) continue;
    auto* row = d.AddSectionDictionary("COLUMNS");
    row->SetValue("NAME", col->name);
    row->SetValue("URL", "/columns/" + std::to_string(col->id));
  }
  return ctx.Cacheable(ctx.PublicPage(page, ""));
}

}  // namespace

Result<Column> ColumnByKey(Context& ctx, const std::string& key) {
  if (int64_t id = web::ParseId(key)) return Svc(ctx).GetColumn(id);
  auto agency = SiteAgency(ctx);
  if (!agency.ok()) return agency.status();
  return Svc(ctx).GetColumnByCode(agency->id, key);
}

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/xxgk", web::Public(), Xxgk);
  site.Add("GET", "/columns/{key}", web::Public(), ColumnPage,
           {.cache_query = {"page", "year", "art20", "topic", "category"}});
  site.Add("GET", "/items/{index:path}", web::Public(), ItemPage);
}

}  // namespace gk::catalogue
