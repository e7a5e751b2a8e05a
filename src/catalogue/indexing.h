// Keeping the search index in step with the catalogue: the search document
// of an item, updates on publication and withdrawal, and full rebuilds.
#pragma once

#include <functional>

#include "catalogue/service.h"
#include "search/index.h"

namespace gk::catalogue {

search::Document ToSearchDocument(const Item& item);

// Published items go in (or are replaced); anything else comes out.
Status UpdateSearch(search::Index& index, const Item& item);

// Rebuilds the whole index from the published items; `progress(done, total)`.
Status RebuildSearch(CatalogueService& catalogue, search::Index& index,
                     const std::function<void(int64_t done, int64_t total)>& progress);

// Records a query typed into the search box (no personal data).
Status LogSearch(storage::Database& db, int64_t at, const std::string& query, const std::string& filters,
                 int64_t results);

}  // namespace gk::catalogue
