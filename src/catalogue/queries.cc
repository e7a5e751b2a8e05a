// The catalogue's reads: items, their versions, relations and reviews,
// lists and columns. The changes are in service.cc.
#include "catalogue/service.h"

#include <soci/soci.h>

#include "catalogue/store.h"

namespace gk::catalogue {

Result<std::vector<Column>> CatalogueService::Columns(int64_t agency_id) {
  std::vector<Column> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::ListColumns(sql, agency_id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Column> CatalogueService::GetColumn(int64_t id) {
  std::optional<Column> c;
  Status s = db_->Read([&](soci::session& sql) {
    c = store::FindColumn(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!c) return Status::NotFound("栏目不存在");
  return *c;
}

Result<Column> CatalogueService::GetColumnByCode(int64_t agency_id, const std::string& code) {
  std::optional<Column> c;
  Status s = db_->Read([&](soci::session& sql) {
    c = store::FindColumnByCode(sql, agency_id, code);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!c) return Status::NotFound("栏目不存在");
  return *c;
}

Result<std::vector<Item>> CatalogueService::Related(int64_t id, bool both_ways) {
  std::vector<Item> out;
  Status s = db_->Read([&](soci::session& sql) {
    for (int64_t rid : both_ways ? store::RelatedBothWays(sql, id) : store::Relations(sql, id))
      if (auto item = store::FindItem(sql, rid)) out.push_back(std::move(*item));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<Version>> CatalogueService::Versions(int64_t id) {
  std::vector<Version> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::Versions(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<Item>> CatalogueService::ChangedSince(int64_t after_time, int64_t after_id, int limit) {
  std::vector<Item> items;
  Status s = db_->Read([&](soci::session& sql) {
    items.clear();
    for (const auto& [id, at] : store::ChangedItems(sql, after_time, after_id, limit)) {
      if (auto item = store::FindItem(sql, id)) items.push_back(std::move(*item));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return items;
}

Result<Item> CatalogueService::Get(int64_t id) {
  std::optional<Item> item;
  Status s = db_->Read([&](soci::session& sql) {
    item = store::FindItem(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!item) return Status::NotFound("信息不存在");
  return *item;
}

Result<Item> CatalogueService::GetByIndexNo(const std::string& index_no) {
  std::optional<Item> item;
  Status s = db_->Read([&](soci::session& sql) {
    item = store::FindItemByIndexNo(sql, index_no);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!item) return Status::NotFound("没有索引号为 " + index_no + " 的信息");
  return *item;
}

Result<std::vector<ReviewEvent>> CatalogueService::Reviews(int64_t id) {
  std::vector<ReviewEvent> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::Reviews(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Page> CatalogueService::List(const store::ItemFilter& filter) {
  Page page;
  Status s = db_->Read([&](soci::session& sql) {
    page.items = store::ListItems(sql, filter, &page.total);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<std::vector<int>> CatalogueService::PublishedYears(int64_t column_id) {
  std::vector<int> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::PublishedYears(sql, column_id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<int64_t> CatalogueService::CountPublishedIndexNos() {
  int64_t n = 0;
  Status s = db_->Read([&](soci::session& sql) {
    n = store::CountPublishedIndexNos(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return n;
}

Result<std::vector<Item>> CatalogueService::PublishedAfter(int64_t after_id, int limit) {
  std::vector<Item> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::PublishedAfter(sql, after_id, limit, /*with_columns=*/true);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<std::pair<std::string, std::optional<Date>>>> CatalogueService::PublishedIndexNos(int64_t offset,
                                                                                                   int64_t limit) {
  std::vector<std::pair<std::string, std::optional<Date>>> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::PublishedIndexNos(sql, offset, limit);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace gk::catalogue
