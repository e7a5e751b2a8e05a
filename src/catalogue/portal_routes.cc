// The portals of the hosted agencies (集约化) under /agencies/ID, the topic
// landing pages (专题) and the topic index. The site's own agency keeps its
// portal at the site's root: its /agencies/ID/… addresses redirect there.
#include "auth/routes.h"
#include "catalogue/public_pages.h"
#include "catalogue/routes.h"
#include "catalogue/service.h"
#include "web/feeds.h"
#include "web/forms.h"

namespace gk::catalogue {
namespace {

using http::Request;
using http::Response;
using web::Context;

Result<AgencyPortal> RequestedPortal(Request& req, Context& ctx) {
  return PortalOf(ctx, web::ParseId(req.Param("id")));
}

// The site agency's own address for one of its /agencies/ID/… pages.
Response ToSiteRoot(const std::string& path) {
  auto r = Response::Redirect(path, 301);
  r.SetHeader("Cache-Control", "public, max-age=3600");
  return r;
}

// A topic column (专题) of the agency by code; NotFound for another column.
Result<Column> AgencyTopic(Context& ctx, int64_t agency_id, const std::string& code) {
  auto c = Deps(ctx).catalogue->GetColumnByCode(agency_id, code);
  if (c.ok() && !IsTopicColumn(c.value())) return Status::NotFound("没有这个专题");
  return c;
}

Response AgencyXxgk(Request& req, Context& ctx) {
  auto p = RequestedPortal(req, ctx);
  if (!p.ok()) return ctx.FromStatus(p.status());
  if (p->portal.site()) return ToSiteRoot(p->portal.Xxgk());
  return XxgkPage(ctx, p.value());
}

Response AgencyColumns(Request& req, Context& ctx) {
  auto p = RequestedPortal(req, ctx);
  if (!p.ok()) return ctx.FromStatus(p.status());
  return ColumnIndexPage(ctx, p.value());
}

Response AgencyColumnPage(Request& req, Context& ctx) {
  auto p = RequestedPortal(req, ctx);
  if (!p.ok()) return ctx.FromStatus(p.status());
  auto c = AgencyColumn(ctx, p->agency.id, req.Param("key"));
  if (!c.ok()) return ctx.FromStatus(c.status());
  if (p->portal.site()) return ToSiteRoot(p->portal.ColumnPath(c.value()));
  return ColumnPage(req, ctx, p.value(), c.value(), p->portal.ColumnPath(c.value()));
}

Response SiteTopic(Request& req, Context& ctx) {
  auto p = SitePortal(ctx);
  if (!p.ok()) return ctx.FromStatus(p.status());
  auto c = AgencyTopic(ctx, p->agency.id, req.Param("code"));
  if (!c.ok()) return ctx.FromStatus(c.status());
  return TopicPage(ctx, p.value(), c.value());
}

Response AgencyTopicPage(Request& req, Context& ctx) {
  auto p = RequestedPortal(req, ctx);
  if (!p.ok()) return ctx.FromStatus(p.status());
  auto c = AgencyTopic(ctx, p->agency.id, req.Param("code"));
  if (!c.ok()) return ctx.FromStatus(c.status());
  if (p->portal.site()) return ToSiteRoot(p->portal.TopicPath(c.value()));
  return TopicPage(ctx, p.value(), c.value());
}

// 专题专栏: every agency's topics.
Response TopicIndex(Request&, Context& ctx) {
  web::Page page("专题专栏", "public/topics.tpl");
  if (FillTopicGroups(ctx, page.content()) == 0) page.content().ShowSection("EMPTY");
  return ctx.Cacheable(ctx.PublicPage(page, ""));
}

}  // namespace

void FillTopics(web::Context& ctx, ctemplate::TemplateDictionary& d, const access::Agency& agency, bool site) {
  auto columns = Deps(ctx).catalogue->Columns(agency.id);
  if (!ctx.Got(columns)) return;
  const Portal portal(agency.id, site);
  for (const auto& t : TopLevelTopics(columns.value())) {
    auto* row = d.AddSectionDictionary("TOPICS");
    row->SetValue("NAME", t.name);
    row->SetValue("URL", portal.TopicPath(t));
  }
}

int FillTopicGroups(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  auto all = auth::Svc(ctx)->ListAgencies();
  if (!ctx.Got(all)) return 0;
  int groups = 0;
  const access::Agency* site = access::SiteAgency(all.value());
  for (const auto& a : all.value()) {
    auto columns = Deps(ctx).catalogue->Columns(a.id);
    if (!ctx.Got(columns) || TopLevelTopics(columns.value()).empty()) continue;
    ++groups;
    auto* group = d.AddSectionDictionary("TOPIC_GROUPS");
    group->SetValue("AGENCY", a.name);
    group->SetValue("AGENCY_URL", Portal(a.id, false).Home());
    group->SetValue("ID", "topics-" + std::to_string(a.id));
    FillTopics(ctx, *group, a, site && site->id == a.id);
  }
  return groups;
}

Portal PortalFor(const std::vector<access::Agency>& all, int64_t agency_id) {
  const access::Agency* site = access::SiteAgency(all);
  return Portal(agency_id, site && site->id == agency_id);
}

void FillPortalLinks(web::Context& ctx, web::Page& page, const std::vector<access::Agency>& all,
                     const access::Agency& agency) {
  const Portal portal = PortalFor(all, agency.id);
  auto& d = *page.content().AddSectionDictionary("PORTAL_LINKS");
  d.SetValue("XXGK_URL", portal.Xxgk());
  d.SetValue("COLUMNS_URL", portal.ColumnIndex());
  d.SetValue("SEARCH_URL", portal.Search());
  d.SetValue("RSS_URL", portal.Rss());
  d.SetValue("ATOM_URL", portal.Atom());
  web::AddFeedLinks(ctx, page, agency.name + " 最新信息", portal.Rss(), portal.Atom());
  auto columns = Deps(ctx).catalogue->Columns(agency.id);
  if (!ctx.Got(columns)) return;
  for (const char* code : kNavigationCodes)
    for (const auto& c : columns.value())
      if (c.code == code) {
        auto* row = d.AddSectionDictionary("NAV_COLUMNS");
        row->SetValue("NAME", c.name);
        row->SetValue("URL", portal.ColumnPath(c));
      }
  FillTopics(ctx, d, agency, portal.site());
}

void RegisterPortalRoutes(web::Site& site) {
  site.Add("GET", "/agencies/{id:int}/xxgk", web::Public(), AgencyXxgk);
  site.Add("GET", "/agencies/{id:int}/columns", web::Public(), AgencyColumns);
  site.Add("GET", "/agencies/{id:int}/columns/{key}", web::Public(), AgencyColumnPage,
           {.cache_query = {"page", "year", "art20", "topic", "category"}});
  site.Add("GET", "/topics", web::Public(), TopicIndex);
  site.Add("GET", "/topics/{code}", web::Public(), SiteTopic);
  site.Add("GET", "/agencies/{id:int}/topics/{code}", web::Public(), AgencyTopicPage);
}

}  // namespace gk::catalogue
