// The public pages that exist before any domain adds its own, and the
// health checks.
#include <algorithm>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>
#include "app/app.h"
#include "auth/routes.h"
#include "catalogue/routes.h"

#include "web/display.h"
#include "web/feeds.h"
#include "web/forms.h"
#include "web/share.h"

namespace gk::app {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

void SetContact(ctemplate::TemplateDictionary& d, const config::Config& c) {
  auto opt = [&](const char* name, const char* section, const std::string& v) {
    d.SetValue(name, v);
    if (!v.empty()) d.ShowSection(section);
  };
  opt("CONTACT_ADDRESS", "HAS_CONTACT_ADDRESS", c.site.contact_address);
  opt("CONTACT_PHONE", "HAS_CONTACT_PHONE", c.site.contact_phone);
  opt("OFFICE_HOURS", "HAS_OFFICE_HOURS", c.site.office_hours);
}

// PORTAL (XXGK_URL COLUMNS_URL SEARCH_URL) of an agency's row: its own
// 政府信息公开, column tree and search (集约化).
void AddPortal(ctemplate::TemplateDictionary& row, const std::vector<access::Agency>& all, const access::Agency& a) {
  const catalogue::Portal portal = catalogue::PortalFor(all, a.id);
  auto* p = row.AddSectionDictionary("PORTAL");
  p->SetValue("XXGK_URL", portal.Xxgk());
  p->SetValue("COLUMNS_URL", portal.ColumnIndex());
  p->SetValue("SEARCH_URL", portal.Search());
}

void AddDepartments(ctemplate::TemplateDictionary& row, const std::vector<access::Department>& depts, int64_t agency) {
  for (const auto& dep : depts) {
    if (dep.agency_id != agency) continue;
    auto* d = row.AddSectionDictionary("DEPARTMENTS");
    d->SetValue("NAME", dep.name);
    d->SetValue("KIND", access::DepartmentKindLabel(dep.kind));
  }
}

// The home page's 政府信息公开 parts and the latest news of the site's agency.
void AddCatalogueBlocks(Context& ctx, ctemplate::TemplateDictionary& d, const std::vector<access::Agency>& agencies) {
  const access::Agency* site = access::SiteAgency(agencies);
  if (!site) return;
  auto& catalogue = *catalogue::Deps(ctx).catalogue;
  for (const char* code : catalogue::kXxgkPartCodes) {
    auto c = catalogue.GetColumnByCode(site->id, code);
    if (!ctx.Got(c)) continue;
    auto* part = d.AddSectionDictionary("XXGK_PARTS");
    part->SetValue("NAME", c->name);
    part->SetValue("URL", std::string("/columns/") + code);
  }
  catalogue::FillTopics(ctx, d, *site, true);  // 专题专栏
  for (const char* code : catalogue::kNavigationCodes) {
    auto c = catalogue.GetColumnByCode(site->id, code);
    if (!ctx.Got(c)) continue;
    catalogue::store::ItemFilter f;
    f.column_id = c->id;
    f.states = {catalogue::State::kPublished};
    f.limit = 6;
    f.count = false;  // the home page shows the newest six, not how many
    auto latest = catalogue.List(f);
    if (!ctx.Got(latest)) continue;
    auto* block = d.AddSectionDictionary("NEWS");
    block->SetValue("CODE", code);
    block->SetValue("NAME", c->name);
    block->SetValue("URL", std::string("/columns/") + code);
    for (const auto& item : latest->items) {
      auto* row = block->AddSectionDictionary("ITEMS");
      row->SetValue("TITLE", item.title);
      row->SetValue("URL", "/items/" + item.index_no);
      row->SetValue("DATE", DateText(item.published_on));
    }
  }
}

Response Home(Request&, Context& ctx) {
  auto agencies = auth::Svc(ctx)->ListAgencies();
  auto depts = auth::Svc(ctx)->ListDepartments(0);
  if (!agencies.ok()) return ctx.FromStatus(agencies.status());
  if (!depts.ok()) return ctx.FromStatus(depts.status());
  Page page("首页", "public/home.tpl");
  auto& d = page.content();
  std::string site_name = ctx.services().SiteName();
  web::AddFeedLinks(ctx, page, site_name + " 最新信息", "/feed.xml", "/atom.xml");
  for (const auto& a : agencies.value()) {
    auto* row = d.AddSectionDictionary("AGENCIES");
    row->SetValue("NAME", a.name);
    row->SetValue("SHORT_NAME", a.short_name);
    row->SetValue("USCC", a.uscc);
    row->SetValue("URL", "/agencies/" + std::to_string(a.id));
    AddPortal(*row, agencies.value(), a);
    AddDepartments(*row, depts.value(), a.id);
  }
  if (agencies->empty()) d.ShowSection("NO_AGENCIES");
  d.SetValue("SITE_NAME", site_name);
  AddCatalogueBlocks(ctx, d, agencies.value());
  d.SetValue("SITE_TAGLINE", "政务公开");
  SetContact(d, ctx.services().config);
  return ctx.Cacheable(ctx.PublicPage(page, "/"));
}

Response Agencies(Request&, Context& ctx) {
  auto agencies = auth::Svc(ctx)->ListAgencies();
  auto depts = auth::Svc(ctx)->ListDepartments(0);
  if (!agencies.ok()) return ctx.FromStatus(agencies.status());
  if (!depts.ok()) return ctx.FromStatus(depts.status());
  Page page("机构设置", "public/agencies.tpl");
  auto& d = page.content();
  for (const auto& a : agencies.value()) {
    auto* row = d.AddSectionDictionary("AGENCIES");
    row->SetValue("NAME", a.name);
    row->SetValue("USCC", a.uscc);
    row->SetValue("URL", "/agencies/" + std::to_string(a.id));
    AddPortal(*row, agencies.value(), a);
    AddDepartments(*row, depts.value(), a.id);
  }
  if (agencies->empty()) d.ShowSection("NO_AGENCIES");
  return ctx.Cacheable(ctx.PublicPage(page, "/agencies"));
}

Response AgencyPage(Request& req, Context& ctx) {
  auto a = auth::Svc(ctx)->GetAgency(web::ParseId(req.Param("id")));
  if (!a.ok()) return ctx.FromStatus(a.status());
  auto all = auth::Svc(ctx)->ListAgencies();
  auto depts = auth::Svc(ctx)->ListDepartments(a->id);
  if (!all.ok() || !depts.ok()) return ctx.ErrorPage(503);
  Page page(a->name, "public/agency.tpl");
  auto& d = page.content();
  d.SetValue("NAME", a->name);
  d.SetValue("SHORT_NAME", a->short_name);
  d.SetValue("USCC", a->uscc);
  for (const auto& other : all.value()) {
    if (other.id == a->parent_id) {
      d.SetValue("PARENT_NAME", other.name);
      d.ShowSection("HAS_PARENT");
    }
    if (other.parent_id == a->id) {
      auto* c = d.AddSectionDictionary("CHILDREN");
      c->SetValue("NAME", other.name);
      c->SetValue("URL", "/agencies/" + std::to_string(other.id));
    }
  }
  AddDepartments(d, depts.value(), a->id);
  catalogue::FillPortalLinks(ctx, page, all.value(), a.value());
  return ctx.Cacheable(ctx.PublicPage(page, "/agencies"));
}

// 网站地图: the fixed pages, each agency's 政府信息公开 and every topic.
Response Sitemap(Request&, Context& ctx) {
  Page page("网站地图", "public/sitemap.tpl");
  auto agencies = auth::Svc(ctx)->ListAgencies();
  if (ctx.Got(agencies))
    for (const auto& a : agencies.value()) {
      auto* row = page.content().AddSectionDictionary("PORTALS");
      row->SetValue("NAME", a.name);
      row->SetValue("URL", catalogue::PortalFor(agencies.value(), a.id).Xxgk());
    }
  catalogue::FillTopicGroups(ctx, page.content());
  return ctx.Cacheable(ctx.PublicPage(page, "/sitemap"));
}

Response Accessibility(Request&, Context& ctx) {
  Page page("无障碍说明", "public/accessibility.tpl");
  return ctx.Cacheable(ctx.PublicPage(page, ""));
}

// GET /display?mode=care|standard&size=s|m|l&contrast=high|normal&next=PATH:
// remembers the reader's display mode for a year and returns to PATH (the
// site's home when absent or not a path of this site). A GET so that it
// works as a plain link without JavaScript and can be shared; it changes
// nothing but the reader's own cookie.
Response SetDisplay(Request& req, Context& ctx) {
  const web::Display d = web::ApplyDisplayQuery(web::DisplayOf(req), req.Query("mode"), req.Query("size"),
                                                req.Query("contrast"));
  http::CookieOptions o = ctx.site().Cookie();
  o.max_age = d.is_default() ? 0 : 365LL * 24 * 3600;
  ctx.AddCookie(http::BuildSetCookie(web::kDisplayCookie, d.Token(), o));
  auto r = Response::Redirect(web::SafeLocalPath(req.Query("next"), "/"));
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

// GET /share/qr.svg?path=PATH: the QR code of the page at PATH on this
// site. Under server.public_url it is the same for everyone and kept in the
// page cache; otherwise its address comes from the request's Host header,
// so it is kept by that reader's browser only.
Response ShareQr(Request& req, Context& ctx) {
  std::string path = web::SafeLocalPath(req.Query("path"), "/");
  if (path.size() > 1024) return ctx.ErrorPage(400, "网址过长。");
  auto svg = web::QrSvg(web::BaseUrl(ctx, req) + path);
  if (!svg) return ctx.ErrorPage(400, "网址过长，无法生成二维码。");
  Response r;
  r.body = std::move(*svg);
  r.SetHeader("Content-Type", "image/svg+xml");
  if (!ctx.services().config.server.public_url.empty()) return ctx.Cacheable(std::move(r));
  r.SetHeader("Cache-Control", "private, max-age=3600");
  return r;
}

// The Sitemap line is an absolute URL, as the sitemaps protocol requires:
// server.public_url, else the request's Host (then not kept in the page
// cache, which is shared by every Host); a path only when neither is known.
Response Robots(Request& req, Context& ctx) {
  auto r = Response::Text("User-agent: *\nDisallow: /console\nDisallow: /login\nDisallow: /display\nSitemap: " +
                          web::BaseUrl(ctx, req) + "/sitemap.xml\n");
  if (!ctx.services().config.server.public_url.empty()) return ctx.Cacheable(std::move(r));
  r.SetHeader("Cache-Control", "public, max-age=300");
  return r;
}

Response Healthz(Request&, Context&) {
  auto r = Response::Json("{\"status\":\"ok\"}");
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

// What failed goes to the log only: database and index messages name
// paths, hosts and library internals that are no business of the public.
const char* ReadyState(const char* part, const Status& s) {
  if (s.ok()) return "ok";
  spdlog::warn(nlohmann::json({{"type", "readyz"}, {"part", part}, {"what", s.message()}})
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return "unavailable";
}

Response Readyz(Request&, Context& ctx) {
  Status db = ctx.services().db->Ping();
  Status search =
      catalogue::Deps(ctx).search ? catalogue::Deps(ctx).search->Check() : Status::Unavailable("搜索索引未打开");
  bool ok = db.ok() && search.ok();
  nlohmann::json j = {{"status", ok ? "ok" : "unavailable"},
                      {"database", ReadyState("database", db)},
                      {"search", ReadyState("search", search)}};
  auto r = Response::Json(j.dump(), ok ? 200 : 503);
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

}  // namespace

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/", web::Public(), Home);
  site.Add("GET", "/agencies", web::Public(), Agencies);
  site.Add("GET", "/agencies/{id:int}", web::Public(), AgencyPage);
  site.Add("GET", "/sitemap", web::Public(), Sitemap);
  site.Add("GET", "/accessibility", web::Public(), Accessibility);
  site.Add("GET", "/display", web::Public(), SetDisplay);
  site.Add("GET", "/share/qr.svg", web::Public(), ShareQr, {.cache_query = {"path"}});
  site.Add("GET", "/robots.txt", web::Public(), Robots);
  site.Add("GET", "/healthz", web::Public(), Healthz, {.upload = false, .inline_handler = true});
  site.Add("GET", "/readyz", web::Public(), Readyz);
}

}  // namespace gk::app
