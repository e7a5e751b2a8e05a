// Keeping the search index in step with the catalogue: the search document
// of an item, updates on publication and withdrawal, and full rebuilds.
#pragma once

#include <atomic>

#include <functional>
#include <map>
#include <mutex>

#include "catalogue/service.h"
#include "search/index.h"

namespace gk::catalogue {

search::Document ToSearchDocument(const Item& item);

// Published items go in (or are replaced); anything else comes out.
Status UpdateSearch(search::Index& index, const Item& item);

// Rebuilds the whole index from the published items; `progress(done, total)`.
// When `stop` becomes true (the server stopping) or the database fails, the
// rebuild is abandoned and the old index stays: a partial one never
// replaces it.
Status RebuildSearch(CatalogueService& catalogue, search::Index& index,
                     const std::function<void(int64_t done, int64_t total)>& progress,
                     const std::atomic<bool>* stop = nullptr);

// Brings the index up to date with catalogue changes it was not told of:
// those made by another process (a `gongkai import` while the server runs,
// another instance on the same PostgreSQL database). The server calls Run
// on its scheduler's beat. Changes are read in the order of `updated_at`;
// each Run looks again at the last minute of changes, since a transaction
// may commit a little after the time it wrote, and skips those it has
// already indexed at the same `updated_at`.
//
// Thread-safe: Noted may be called from request threads while Run runs.
class SearchCatchUp {
 public:
  // Changes from `since` (unix seconds) on are indexed.
  explicit SearchCatchUp(int64_t since) : since_(since) {}
  // Returns how many items it indexed or removed.
  Result<int64_t> Run(CatalogueService& catalogue, search::Index& index);
  // `item` has just been indexed as it is (by the publication listener):
  // Run need not do it again.
  void Noted(const Item& item);

 private:
  static constexpr int64_t kOverlapSeconds = 60;
  std::mutex run_mu_;  // one Run at a time
  std::mutex mu_;      // guards the members below
  int64_t since_;
  std::map<int64_t, int64_t> seen_;  // item id -> updated_at indexed, within the overlap
};

}  // namespace gk::catalogue
