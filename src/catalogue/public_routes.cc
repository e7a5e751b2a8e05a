// Public pages of the catalogue at the site's root: the site agency's
// 政府信息公开 (/xxgk) and columns (/columns/CODE, any agency's by number),
// rendered by portal_pages.cc, and item pages with the metadata block laid
// out as in the work plan's own header.
#include <algorithm>

#include "auth/routes.h"
#include "catalogue/columns.h"
#include "catalogue/public_pages.h"
#include "catalogue/routes.h"
#include "catalogue/service.h"
#include "common/china_time.h"
#include "http/forms.h"
#include "text/markdown.h"
#include "web/feeds.h"
#include "web/forms.h"
#include "web/share.h"

namespace gk::catalogue {

namespace {

// A document's 有效性 history (cleanup.h) once there is more to it than its
// publication: each change with its day, source and, for a cleanup, the
// published result list.
void FillValidityHistory(web::Context& ctx, ctemplate::TemplateDictionary& d, int64_t item_id) {
  auto history = Deps(ctx).catalogue->ValidityHistory(item_id);
  if (!ctx.Got(history)) return;
  const bool changed = std::any_of(history->begin(), history->end(),
                                   [](const ValidityChange& h) { return h.source != ValidityChange::Source::kPublish; });
  if (!changed) return;
  auto* box = d.AddSectionDictionary("VALIDITY_HISTORY");
  for (const auto& h : history.value()) {
    auto* row = box->AddSectionDictionary("CHANGES");
    row->SetValue("DATE", h.changed_on.ToString());
    row->SetValue("VALIDITY", h.validity == Validity::kNone ? "有效" : ValidityLabel(h.validity));
    row->SetValue("EXPIRES_ON", h.expires_on ? h.expires_on->ToString() : "长期");
    row->SetValue("SOURCE", ValidityChangeSourceLabel(h.source));
    if (!h.note.empty()) row->SetValueAndShowSection("NOTE", h.note, "HAS_NOTE");
    if (h.cleanup_id == 0) continue;
    auto list = Deps(ctx).catalogue->GeneratedStatus("cleanup/" + std::to_string(h.cleanup_id));
    if (ctx.Got(list) && list->has_value() && (*list)->stage == GeneratedItemStatus::Stage::kPublished)
      row->SetValueAndShowSection("URL", "/items/" + (*list)->index_no, "LIST");
  }
}

}  // namespace

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
    FillValidityHistory(ctx, d, item.id);
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

// 政府信息公开 of the site's own agency: exactly its four parts.
Response Xxgk(Request&, Context& ctx) {
  auto portal = SitePortal(ctx);
  if (!portal.ok()) return ctx.FromStatus(portal.status());
  return XxgkPage(ctx, portal.value());
}

// /columns/CODE (the site's own agency) or /columns/NUMBER (any agency's,
// shown in that agency's portal).
Response SiteColumn(Request& req, Context& ctx) {
  auto column = ColumnByKey(ctx, req.Param("key"));
  if (!column.ok()) return ctx.FromStatus(column.status());
  auto portal = PortalOf(ctx, column->agency_id);
  if (!portal.ok()) return ctx.FromStatus(portal.status());
  return ColumnPage(req, ctx, portal.value(), column.value(), "/columns/" + req.Param("key"));
}

// The item's columns as its breadcrumb, in its agency's portal.
void AddItemCrumbs(Context& ctx, ctemplate::TemplateDictionary& d, const Item& item) {
  auto portal = PortalOf(ctx, item.agency_id);
  if (!ctx.Got(portal)) return;
  FillPortalBar(d, portal.value());
  for (int64_t c : item.column_ids) {
    auto col = Svc(ctx).GetColumn(c);
    if (!ctx.Got(col)) continue;
    auto* row = d.AddSectionDictionary("COLUMNS");
    row->SetValue("NAME", col->name);
    row->SetValue("URL", portal->portal.PageOf(col.value()));
  }
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
  AddItemCrumbs(ctx, d, item.value());
  return ctx.Cacheable(ctx.PublicPage(page, ""));
}

}  // namespace

Result<Column> ColumnByKey(Context& ctx, const std::string& key) {
  if (int64_t id = web::ParseId(key)) return Svc(ctx).GetColumn(id);
  auto site = SitePortal(ctx);
  if (!site.ok()) return site.status();
  return Svc(ctx).GetColumnByCode(site->agency.id, key);
}

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/xxgk", web::Public(), Xxgk);
  site.Add("GET", "/columns/{key}", web::Public(), SiteColumn,
           {.cache_query = {"page", "year", "art20", "topic", "category"}});
  site.Add("GET", "/items/{index:path}", web::Public(), ItemPage);
}

}  // namespace gk::catalogue
