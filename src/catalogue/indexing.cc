#include "catalogue/indexing.h"

#include <soci/soci.h>

#include "web/markdown.h"

namespace gk::catalogue {

search::Document ToSearchDocument(const Item& item) {
  search::Document d;
  d.id = item.id;
  d.index_no = item.index_no;
  d.doc_no = item.doc_no;
  d.title = item.title;
  d.summary = item.summary;
  d.keywords = item.keywords;
  // Only what the public may read goes into the public index.
  if (ContentIsPublic(item)) d.body_text = web::MarkdownToText(item.body_md);
  d.agency_id = item.agency_id;
  d.column_ids = item.column_ids;
  d.topic = item.topic;
  d.validity = ValidityCode(item.validity);
  d.year = item.published_on.size() >= 4 ? std::atoi(item.published_on.substr(0, 4).c_str()) : 0;
  d.published_at = item.published_at;
  d.url = "/items/" + item.index_no;
  return d;
}

Status UpdateSearch(search::Index& index, const Item& item) {
  if (item.state == State::kPublished) return index.Upsert(ToSearchDocument(item));
  return index.Remove(item.id);
}

Status RebuildSearch(CatalogueService& catalogue, search::Index& index,
                     const std::function<void(int64_t, int64_t)>& progress) {
  store::ItemFilter f;
  f.states = {State::kPublished};
  f.limit = 500;
  f.offset = 0;
  std::vector<Item> batch;
  size_t next = 0;
  int64_t total = 0, done = 0;
  Status failure;
  // Pages through the published items as the index asks for them. Items
  // published meanwhile reach the index through the publication listener.
  auto fetch = [&]() -> bool {
    auto page = catalogue.List(f);
    if (!page.ok()) {
      failure = page.status();
      return false;
    }
    total = page->total;
    batch = std::move(page->items);
    next = 0;
    f.offset += f.limit;
    return !batch.empty();
  };
  Status s = index.Rebuild(
      [&](search::Document* d) {
        if (next >= batch.size() && !fetch()) return false;
        *d = ToSearchDocument(batch[next++]);
        ++done;
        return true;
      },
      [&](int64_t) {
        if (progress) progress(done, total);
      });
  if (!failure.ok()) return failure;
  return s;
}

Status LogSearch(storage::Database& db, int64_t at, const std::string& query, const std::string& filters,
                 int64_t results) {
  return db.Transact([&](soci::session& sql) {
    long long t = at, n = results;
    sql << "INSERT INTO search_queries (at, query, filters, results) VALUES (:t, :q, :f, :n)", soci::use(t),
        soci::use(query), soci::use(filters), soci::use(n);
    return Status::Ok();
  });
}

}  // namespace gk::catalogue
