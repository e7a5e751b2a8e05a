// Content a domain drafts from its own records for the disclosure catalogue,
// and where that item stands: the shared shape by which a domain publishes
// through the catalogue without including it (the composition root wires
// catalogue::CatalogueService::PutGenerated to the domains that need it).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/calendar.h"

namespace gk {

// Content another part of gongkai drafts from its own records for the
// catalogue — the month's 好差评 statistics and handling results, and in time
// a consultation's 采纳情况 or the annual report. One item per `source` key
// ("ratings/3/2026-11"): the first time a draft in the agency's column
// `column_code`; then the same item, refreshed while it is a draft, or
// revised (a draft revision) once published. Either way it passes the normal
// review before the public sees it.
struct GeneratedItem {
  std::string source;
  int64_t agency_id = 0;
  std::string column_code;
  std::string title;
  std::string summary;
  std::string body_md;
  std::string topic;  // one of catalogue::Topics(), or ""
  std::string genre;  // one of catalogue::Genres(), or ""
  std::string category;  // 组配分类, or ""
  std::string keywords;
  std::optional<Date> written_on;
};

// Where the item made from a source stands.
struct GeneratedItemStatus {
  enum class Stage { kDraft, kInReview, kPublished, kWithdrawn };
  int64_t id = 0;
  Stage stage = Stage::kDraft;
  std::string state_code;   // the catalogue's, e.g. "in_review"
  std::string state_label;  // e.g. "审核中"
  std::string index_no;     // 索引号 once published
};

}  // namespace gk
