// 网站健康检查: the site's state against the national inspection's rules
// (model.h), gathered from the catalogue and the messages through the
// sources the composition root wires, and the columns' update requirements
// (栏目更新要求) the 公开办 sets. The quick check (home page, columns,
// messages: a few queries) feeds the dashboard; the full one also reads every
// published item's body for broken links, missing attachments and metadata.
#pragma once

#include <functional>
#include <map>
#include <memory>

#include "access/model.h"
#include "common/clock.h"
#include "common/status.h"
#include "health/model.h"
#include "storage/database.h"

namespace gk::health {

// A published item's link to another site.
struct ExternalUse {
  int64_t agency_id = 0;
  std::string item_title;
  std::string item_url;  // console URL of the item
  std::string url;
};

// What the content scan found (the full check).
struct ContentFacts {
  std::vector<LinkProblem> links;
  int64_t links_checked = 0;
  std::vector<ExternalUse> external;  // every one, in order
  std::vector<MetadataProblem> metadata;
  int64_t metadata_total = 0;
  std::vector<PolicyGap> interpretations_missing;
  int64_t items_checked = 0;
};

struct Sources {
  // Every column with its latest publication (rule: its code's default).
  std::function<Result<std::vector<ColumnFacts>>()> columns;
  // The latest publication of the site's own agency (the home page).
  std::function<Result<std::optional<Date>>()> homepage_last;
  std::function<Result<std::vector<MessageFacts>>()> messages;
  std::function<Result<ContentFacts>()> content;
};

class HealthService {
 public:
  HealthService(std::shared_ptr<storage::Database> db, const Clock& clock, Sources sources)
      : db_(std::move(db)), clock_(clock), sources_(std::move(sources)) {}
  Date Today() const;
  // Whether the background job checks external links (external_links.enabled);
  // the report says so. Set once at start-up.
  void SetExternalLinksEnabled(bool enabled) { external_enabled_ = enabled; }

  // `full`: with the content scan.
  Result<Report> Check(bool full);
  // The columns with their rules as set (or by default) and their latest publication.
  Result<std::vector<ColumnFacts>> Columns();
  // Sets a column's update requirement (kCheckSiteHealth in its agency); audited.
  Status SetRule(const access::Actor& actor, const access::User& user, int64_t column_id, UpdateRule rule);

 private:
  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  Sources sources_;
  bool external_enabled_ = true;
};

}  // namespace gk::health
