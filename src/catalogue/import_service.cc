// Items put in as published with their existing 索引号 (`gongkai import
// items`, the demo data): checked like a draft, inserted with their version
// and links in one transaction, audited, announced (service.h).
#include <soci/soci.h>

#include "auth/audit.h"
#include "catalogue/cleanup_store.h"
#include "catalogue/service.h"
#include "catalogue/service_internal.h"
#include "catalogue/store.h"
#include "common/china_time.h"
#include "common/strings.h"

namespace gk::catalogue {

using internal::CheckColumns;
using internal::Entry;
using internal::Normalized;
using internal::ToAuditJson;

Result<int64_t> CatalogueService::ImportPublished(const access::Actor& actor, Item item) {
  std::vector<Item> items;
  items.push_back(std::move(item));
  auto ids = InsertImported(actor, std::move(items));
  if (!ids.ok()) return ids.status();
  return ids->front();
}

Result<int> CatalogueService::ImportPublishedBatch(const access::Actor& actor, std::vector<Item> items) {
  auto ids = InsertImported(actor, std::move(items));
  if (!ids.ok()) return ids.status();
  return static_cast<int>(ids->size());
}

Result<std::vector<int64_t>> CatalogueService::InsertImported(const access::Actor& actor, std::vector<Item> inputs) {
  const bool batch = inputs.size() > 1;
  // In a batch, a message names the item it is about.
  auto about = [batch](const Item& item, const std::string& message) {
    return batch ? "索引号 " + item.index_no + "：" + message : message;
  };
  std::vector<Item> items;
  items.reserve(inputs.size());
  const int64_t now = clock_.Now();
  for (auto& input : inputs) {
    Item item = Normalized(std::move(input));
    FieldErrors errors;
    Validate(item, &errors);
    if (!item.published_on || !IsItemDate(*item.published_on))
      errors.Add("published_on", ItemDateError("published_on"));
    if (item.index_no.empty()) errors.Add("index_no", "导入的信息须带有索引号");
    if (!errors.empty()) {
      Status first = errors.ToStatus();
      return Status::Invalid(about(item, first.message()), first.field());
    }
    item.state = State::kPublished;
    item.created_at = item.updated_at = now;
    item.published_at = UnixTimeOf({*item.published_on, 9, 0, 0});  // 09:00 China time
    items.push_back(std::move(item));
  }
  std::vector<int64_t> ids;
  Status s = db_->Transact([&](soci::session& sql) {
    ids.clear();
    for (auto& item : items) {
      if (store::IndexNoTaken(sql, item.index_no))
        return Status::Conflict("索引号 " + item.index_no + " 已被使用", "index_no");
      FieldErrors col_errors;
      CheckColumns(sql, item, &col_errors);
      if (!col_errors.empty()) return Status::Invalid(about(item, col_errors.all().begin()->second), "columns");
      item.id = store::InsertItem(sql, item);
      ids.push_back(item.id);
      store::SetItemColumns(sql, item.id, item.column_ids);
      item.policy.needs_interpretation = false;  // already published: nothing to hold
      if (item.policy.interprets_id != 0) {
        auto policy = store::FindItem(sql, item.policy.interprets_id);
        if (!policy || policy->state != State::kPublished || policy->agency_id != item.agency_id)
          return Status::Invalid(about(item, "所解读的政策不是本机构已发布的信息"), "interprets");
      }
      store::SaveFacets(sql, item.id, item);
      FieldErrors rel_errors;
      auto related = ResolveRelated(sql, item, &rel_errors);
      if (!rel_errors.empty()) return Status::Invalid(about(item, rel_errors.all().begin()->second), "related");
      store::SetRelations(sql, item.id, related);
      store::InsertVersion(sql, item.id, Version{0, 1, item.title, item.body_md, "导入", false, item.published_at},
                           ToAuditJson(item), 0);
      store::StartValidityHistory(sql, item, item.published_on.value_or(ChinaDate(item.published_at)), item.created_at);
      auth::WriteAudit(sql, actor, item.created_at,
                       Entry(item, "item.import", "导入已发布信息，索引号 " + item.index_no + "：" + item.title, "",
                             ToAuditJson(item)));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (int64_t id : ids) Notify(id);
  return ids;
}

}  // namespace gk::catalogue
