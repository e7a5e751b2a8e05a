// HTTP handlers of the catalogue: the staff console (write, review, publish,
// withdraw) and the public pages (政府信息公开, columns, items).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "catalogue/attachments.h"
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
  SearchLogBatcher* search_log = nullptr;  // may be null
  SitemapUrls* sitemap_urls = nullptr;
  std::vector<RecordSearch> other_records;
};

// The dependencies as provided (web::Site::Provide).
inline RouteDeps& Deps(web::Context& ctx) { return ctx.Get<RouteDeps>(); }

void RegisterConsoleRoutes(web::Site& site);
void RegisterPublicRoutes(web::Site& site);
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

}  // namespace gk::catalogue
