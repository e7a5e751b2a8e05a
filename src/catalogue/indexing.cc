#include "catalogue/indexing.h"

#include <soci/soci.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "text/markdown.h"

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
  if (ContentIsPublic(item)) d.body_text = text::MarkdownToText(item.body_md);
  d.agency_id = item.agency_id;
  d.column_ids = item.column_ids;
  d.topic = item.topic;
  d.validity = ValidityCode(item.validity);
  d.year = item.published_on ? item.published_on->year() : 0;
  d.published_at = item.published_at;
  d.url = "/items/" + item.index_no;
  return d;
}

Status UpdateSearch(search::Index& index, const Item& item) {
  if (item.state == State::kPublished) return index.Upsert(ToSearchDocument(item));
  return index.Remove(item.id);
}

Status RebuildSearch(CatalogueService& catalogue, search::Index& index,
                     const std::function<void(int64_t, int64_t)>& progress, const std::atomic<bool>* stop) {
  constexpr int kPage = 500;
  auto counted = catalogue.CountPublishedIndexNos();
  if (!counted.ok()) return counted.status();
  const int64_t total = counted.value();
  int64_t after = 0, done = 0;
  std::vector<Item> batch;
  size_t next = 0;
  Status failure;
  // Pages through the published items by id as the index asks for them
  // (keyset: each page costs the same at 1,000,000 items, where OFFSET
  // paging grew with the square). Items published meanwhile reach the index
  // through the publication listener.
  // Thrown out of `next`: Index::Rebuild then discards the new generation.
  auto abandon = [&](Status why) {
    failure = std::move(why);
    throw std::runtime_error(failure.message());
  };
  auto fetch = [&]() -> bool {
    if (stop && stop->load()) abandon(Status::Unavailable("服务停止，搜索索引重建中止（下次启动时重新开始）"));
    auto page = catalogue.PublishedAfter(after, kPage);
    if (!page.ok()) abandon(page.status());
    batch = std::move(page).value();
    next = 0;
    if (!batch.empty()) after = batch.back().id;
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
        if (progress) progress(done, std::max(total, done));
      });
  if (!failure.ok()) return failure;
  return s;
}

void SearchCatchUp::Noted(const Item& item) {
  std::lock_guard lock(mu_);
  seen_[item.id] = item.updated_at;
}

Result<int64_t> SearchCatchUp::Run(CatalogueService& catalogue, search::Index& index) {
  constexpr int kBatch = 500;
  std::lock_guard run(run_mu_);
  int64_t after_time, after_id = INT64_MAX;  // from since_ - overlap on
  {
    std::lock_guard lock(mu_);
    after_time = since_ - kOverlapSeconds - 1;
  }
  int64_t done = 0;
  for (;;) {
    auto changed = catalogue.ChangedSince(after_time, after_id, kBatch);
    if (!changed.ok()) return changed.status();
    std::vector<search::Document> upserts;
    std::vector<const Item*> indexed;
    for (const Item& item : changed.value()) {
      after_time = item.updated_at;
      after_id = item.id;
      {
        std::lock_guard lock(mu_);
        auto seen = seen_.find(item.id);
        if (seen != seen_.end() && seen->second == item.updated_at) continue;
      }
      if (item.state == State::kPublished) {
        upserts.push_back(ToSearchDocument(item));
      } else if (item.published_at != 0) {  // withdrawn, superseded: was indexed
        if (Status s = index.Remove(item.id); !s.ok()) return s;
      } else {
        continue;  // a draft or an item in review: never in the index
      }
      indexed.push_back(&item);
    }
    if (!upserts.empty()) {
      if (Status s = index.UpsertBatch(upserts); !s.ok()) return s;
    }
    {
      std::lock_guard lock(mu_);
      for (const Item* item : indexed) {
        seen_[item->id] = item->updated_at;
        since_ = std::max(since_, item->updated_at);
      }
    }
    done += static_cast<int64_t>(indexed.size());
    if (changed->size() < static_cast<size_t>(kBatch)) break;
  }
  std::lock_guard lock(mu_);
  std::erase_if(seen_, [&](const auto& entry) { return entry.second < since_ - kOverlapSeconds; });
  return done;
}

}  // namespace gk::catalogue
