// HTTP handlers of the catalogue: the staff console (write, review, publish,
// withdraw) and the public pages (政府信息公开, columns, items).
#pragma once

#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "catalogue/attachments.h"
#include "catalogue/frequent_searches.h"
#include "catalogue/portal.h"
#include "catalogue/search_log.h"
#include "catalogue/service.h"
#include "catalogue/sitemap.h"
#include "files/store.h"
#include "search/index.h"
#include "web/site.h"

namespace gk::catalogue {

// Public records outside the catalogue that the search page looks in too
// (行政执法公示, 监督抽查): how many of them match a query, and where to see
// them, so a company's name typed into the site's search box finds its
// penalties and sampling results. Given by the composition root.
struct RecordSearch {
  std::string label;       // "行政执法公示"
  std::string url_prefix;  // "/enforcement?q=": the encoded query is appended
  std::function<Result<int64_t>(const std::string& text)> count;
};

// What the catalogue's routes use besides web::Core, given by the
// composition root (app/) before it registers them.
struct RouteDeps {
  CatalogueService* catalogue = nullptr;
  search::Index* search = nullptr;  // null when another process holds the index
  AttachmentStore* attachments = nullptr;
  files::FileStore* files = nullptr;
  SearchLogBatcher* search_log = nullptr;         // may be null
  FrequentSearches* frequent_searches = nullptr;  // may be null
  std::vector<RecordSearch> other_records;
};

// The dependencies as provided (web::Site::Provide).
inline RouteDeps& Deps(web::Context& ctx) { return ctx.Get<RouteDeps>(); }

void RegisterConsoleRoutes(web::Site& site);
// The dashboard's 规章/规范性文件 card (四(一)): those in force whose 有效期至
// falls within kExpiryWarningDays, and those past it still marked 现行有效.
void FillNormativeDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);
void RegisterPublicRoutes(web::Site& site);
// The hosted agencies' portals under /agencies/ID (xxgk, columns, topics)
// and the topic pages /topics, /topics/CODE (portal_routes.cc).
void RegisterPortalRoutes(web::Site& site);
// TOPICS (NAME URL): the topic columns (专题) heading a topic in `agency`'s
// tree; `site` when it is the site's own agency (catalogue/portal.h).
void FillTopics(web::Context& ctx, ctemplate::TemplateDictionary& d, const access::Agency& agency, bool site);
// TOPIC_GROUPS (AGENCY AGENCY_URL ID; TOPICS (NAME URL)): every agency that
// has topics, with them. Returns the number of groups.
int FillTopicGroups(web::Context& ctx, ctemplate::TemplateDictionary& d);
// The portal of `agency_id` among `all` (the site's own agency's at the root).
Portal PortalFor(const std::vector<access::Agency>& all, int64_t agency_id);
// An agency page's PORTAL_LINKS (XXGK_URL COLUMNS_URL SEARCH_URL RSS_URL
// ATOM_URL; NAV_COLUMNS (NAME URL); TOPICS (NAME URL)) and the autodiscovery
// links of the agency's feeds.
void FillPortalLinks(web::Context& ctx, web::Page& page, const std::vector<access::Agency>& all,
                     const access::Agency& agency);
// 栏目管理: the column tree of each agency.
void RegisterColumnRoutes(web::Site& site);
// Uploading, removing and downloading attachments.
void RegisterAttachmentRoutes(web::Site& site);
// Fills ATTACHMENTS (URL NAME SIZE TYPE; ID for staff) of a page.
void FillAttachments(web::Context& ctx, ctemplate::TemplateDictionary& d, int64_t item_id, bool deletable = false);
// CSV and XLSX export for staff.
void RegisterExportRoutes(web::Site& site);
// A column by id ("12"), or by code ("tzgg") among the columns of the site's
// own agency (the first top-level one): the keys of /columns/{key} URLs.
Result<Column> ColumnByKey(web::Context& ctx, const std::string& key);
// Fills RELATED (TITLE URL DATE) with the published items linked either way.
void FillRelated(web::Context& ctx, ctemplate::TemplateDictionary& d, int64_t item_id);
// The public search page.
void RegisterSearchRoutes(web::Site& site);
// Feeds, sitemap.xml and the read-only JSON API.
void RegisterFeedRoutes(web::Site& site);
// An item in the JSON API; with the body (and the policy facets) for one item.
nlohmann::json ItemJson(web::Context& ctx, const Item& i, bool with_body);
// A public, cacheable JSON answer.
http::Response JsonBody(web::Context& ctx, const nlohmann::json& j);
// The item editor for a new item prefilled with `item`.
http::Response ItemEditor(web::Context& ctx, const Item& item);

// 政策解读 and 惠企政策 (policy_routes.cc): the waiver, the interpretation
// editor's entry, /policies and /api/v1/policies.
void RegisterPolicyRoutes(web::Site& site);
// /normative and /api/v1/normative: 现行有效 规章 and 行政规范性文件 (normative_routes.cc).
void RegisterNormativeRoutes(web::Site& site);
// 负面清单: the console's list, /negative-list and its API (negative_routes.cc).
void RegisterNegativeRoutes(web::Site& site);
// /console/normative/cleanups: 规章和行政规范性文件清理 (cleanup_routes.cc).
void RegisterCleanupRoutes(web::Site& site);
// ENTRY ENTRY_BASIS and HAS_ENTRY: the 负面清单 entry an exempt item cites.
void FillExemption(web::Context& ctx, ctemplate::TemplateDictionary& d, const Item& item);
// The enterprise dates as typed (shown again when they are not dates).
struct PolicyFormText {
  std::string starts_on;
  std::string ends_on;
};
// The editor's policy fields into `item` (facets and enterprise terms).
void ReadPolicyForm(const http::Request& req, Item& item, PolicyFormText* typed, FieldErrors* errors);
PolicyFormText TypedOf(const Item& item);
// NEEDS_INTERPRETATION or INTERPRETATION, and the ENTERPRISE_* fields, of the editor.
void FillPolicyForm(web::Context& ctx, ctemplate::TemplateDictionary& d, const Item& item,
                    const PolicyFormText& typed);
// A new interpretation of `policy`: its agency, department and topic, the
// title 《…》政策解读, the seven sections empty.
Item NewInterpretationOf(const Item& policy);
// The console item page's AWAITS_RELEASE, INTERPRETS and GATE.
void FillPolicyConsole(web::Context& ctx, ctemplate::TemplateDictionary& d, const Item& item);
// The public item page's ORIGINAL (原文), INTERPRETATIONS and ENTERPRISE card.
void FillPolicyPublic(web::Context& ctx, ctemplate::TemplateDictionary& d, const Item& item);
// GRAPHIC or VIDEO (TEXT_HTML; VIDEO_LINK (URL); FILES (URL TYPE NAME)) in the content.
void FillInterpretationMedia(web::Context& ctx, ctemplate::TemplateDictionary& content, const Item& item);
// "interpretation", "interpretations" and "enterprise" of an item in the API.
nlohmann::json PolicyJson(web::Context& ctx, const Item& item);
nlohmann::json EnterpriseJson(const EnterpriseTerms& t, Date today);

}  // namespace gk::catalogue
