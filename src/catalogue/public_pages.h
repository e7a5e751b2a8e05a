// The catalogue's public pages as functions of the agency whose portal they
// belong to (catalogue/portal.h): the routes at the site's root and those
// under /agencies/ID render the same pages. Internal to catalogue/.
#pragma once

#include <string>

#include "access/model.h"
#include "catalogue/portal.h"
#include "catalogue/routes.h"

namespace gk::catalogue {

// An agency with the addresses of its portal.
struct AgencyPortal {
  access::Agency agency;
  Portal portal{0, false};
};

// The portal of agency `agency_id` (NotFound for no such agency) / of the
// site's own agency (NotFound before any agency exists).
Result<AgencyPortal> PortalOf(web::Context& ctx, int64_t agency_id);
Result<AgencyPortal> SitePortal(web::Context& ctx);

// A column of the agency by number ("12") or code ("tzgg"); NotFound for a
// column of another agency.
Result<Column> AgencyColumn(web::Context& ctx, int64_t agency_id, const std::string& key);

// Newest published items of a column.
Result<std::vector<Item>> LatestIn(web::Context& ctx, int64_t column_id, int n);
// ITEMS-like rows (TITLE URL DATE INDEX_NO DOC_NO) in `section`.
void AddItemRows(ctemplate::TemplateDictionary& d, const char* section, const std::vector<Item>& items);

// For a hosted agency other than the site's own: the section PORTAL of a
// page (AGENCY URL XXGK_URL COLUMNS_URL SEARCH_URL: the portal's bar) and the
// crumb AGENCY_CRUMB (NAME URL). Nothing for the site's own agency, whose
// portal is the site itself.
void FillPortalBar(ctemplate::TemplateDictionary& d, const AgencyPortal& p);

// 政府信息公开 of the agency: exactly its four parts (work plan 三(二)).
http::Response XxgkPage(web::Context& ctx, const AgencyPortal& p);
// A column page; `path` is the address it was asked at (its year and
// pagination links keep it), `nav` the main navigation entry to mark.
http::Response ColumnPage(http::Request& req, web::Context& ctx, const AgencyPortal& p, const Column& c,
                          const std::string& path);
// A topic's landing page (专题): its lead, sub-columns with their newest
// items, and its own newest items.
http::Response TopicPage(web::Context& ctx, const AgencyPortal& p, const Column& c);
// Every column of the agency as a tree.
http::Response ColumnIndexPage(web::Context& ctx, const AgencyPortal& p);

}  // namespace gk::catalogue
