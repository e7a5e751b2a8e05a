// SQL for columns, items, reviews and index serials. Runs on the caller's
// session; throws what SOCI throws (storage::Database converts it).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "catalogue/model.h"

namespace soci {
class session;
}

namespace gk::catalogue::store {

// States as an SQL IN list: 'draft','published' (fixed codes, not input).
std::string StateList(const std::vector<State>& states);

int64_t InsertColumn(soci::session& sql, const Column& c, int64_t now);
std::vector<Column> ListColumns(soci::session& sql, int64_t agency_id);
std::optional<Column> FindColumn(soci::session& sql, int64_t id);
std::optional<Column> FindColumnByCode(soci::session& sql, int64_t agency_id, const std::string& code);

int64_t InsertItem(soci::session& sql, const Item& item);
// Writes every field but id, created_at and the column list.
void UpdateItem(soci::session& sql, const Item& item);
void SetItemColumns(soci::session& sql, int64_t item_id, const std::vector<int64_t>& column_ids);
std::optional<Item> FindItem(soci::session& sql, int64_t id);
std::optional<Item> FindItemByIndexNo(soci::session& sql, const std::string& index_no);
bool IndexNoTaken(soci::session& sql, const std::string& index_no);

struct ItemFilter {
  int64_t agency_id = 0;      // 0: any
  int64_t column_id = 0;      // 0: any
  std::vector<State> states;  // empty: any
  int64_t author_id = 0;      // 0: any
  int year = 0;               // of published_on; 0: any
  int art20 = 0;              // 条例第二十条 category; 0: any
  std::string topic;          // one of Topics(); "": any (other values are ignored)
  std::string category;       // 组配分类, exact; "": any
  std::string title;          // contained in the title; "": any
  int limit = 20;
  int offset = 0;
  bool count = true;  // false: Page::total is left 0 (a block of the newest few)
};
// Newest first (published items by publication, others by last change).
std::vector<Item> ListItems(soci::session& sql, const ItemFilter& f, int64_t* total);
// Every published item's (index_no, published_on), newest first: the
// sitemap's light query (no bodies).
int64_t CountPublishedIndexNos(soci::session& sql);
std::vector<std::pair<std::string, std::optional<Date>>> PublishedIndexNos(soci::session& sql, int64_t offset,
                                                                           int64_t limit);
// Published items' publication years in a column, newest first.
std::vector<int> PublishedYears(soci::session& sql, int64_t column_id);
// Scheduled items whose time has come.
std::vector<int64_t> DueItems(soci::session& sql, int64_t now);
// Up to `limit` items changed after (updated_at, id) = (`after_time`,
// `after_id`), in that order, as (id, updated_at) pairs.
std::vector<std::pair<int64_t, int64_t>> ChangedItems(soci::session& sql, int64_t after_time, int64_t after_id,
                                                      int limit);

void RecordEdit(soci::session& sql, int64_t item_id, int64_t user_id, int64_t now);
std::vector<int64_t> Editors(soci::session& sql, int64_t item_id);
void InsertReview(soci::session& sql, int64_t item_id, const ReviewEvent& e);
std::vector<ReviewEvent> Reviews(soci::session& sql, int64_t item_id);

// Replaces the item's outgoing links.
void SetRelations(soci::session& sql, int64_t item_id, const std::vector<int64_t>& related_ids);
// Ids linked from the item (outgoing only).
std::vector<int64_t> Relations(soci::session& sql, int64_t item_id);
// Ids linked from or to the item.
std::vector<int64_t> RelatedBothWays(soci::session& sql, int64_t item_id);

void InsertVersion(soci::session& sql, int64_t item_id, const Version& v, const std::string& snapshot_json,
                   int64_t user_id);
// The number the next version of an item gets (the first publication is 1).
int NextVersionNumber(soci::session& sql, int64_t item_id);
std::vector<Version> Versions(soci::session& sql, int64_t item_id);
// A revision draft of `item_id` still being worked on, if any.
std::optional<int64_t> OpenRevision(soci::session& sql, int64_t item_id);
// Folds a revision row into the item it revises: its reviews, edits and
// attachments move over (the item's own attachments are replaced), then the
// revision row goes.
void MergeRevisionRows(soci::session& sql, int64_t revision_id, int64_t item_id);
void CopyAttachments(soci::session& sql, int64_t from_item, int64_t to_item);
// The content types of an item's attachments.
std::vector<std::string> AttachmentTypes(soci::session& sql, int64_t item_id);

// The item generated from `source` (table item_sources), if any.
std::optional<int64_t> SourceItem(soci::session& sql, const std::string& source);
// Points `source` at `item_id` (replacing a previous item).
void SetSourceItem(soci::session& sql, const std::string& source, int64_t item_id);

// 政策解读 and 惠企政策 facets (policy.h; tables item_policy and
// enterprise_policies). FindItem and FindItemByIndexNo load them.
PolicyFacets LoadPolicy(soci::session& sql, int64_t item_id);
std::optional<EnterpriseTerms> LoadEnterprise(soci::session& sql, int64_t item_id);
// Writes the item's facets (an empty PolicyFacets or no terms: no row).
void SaveFacets(soci::session& sql, int64_t item_id, const Item& item);
NormativeFacets LoadNormative(soci::session& sql, int64_t item_id);
int64_t LoadExemption(soci::session& sql, int64_t item_id);

// 负面清单 (negative.h): an agency's entries (0: every agency's) by position,
// retired ones too when asked.
std::vector<NegativeEntry> ListNegative(soci::session& sql, int64_t agency_id, bool with_retired);
std::optional<NegativeEntry> FindNegative(soci::session& sql, int64_t id);
int64_t InsertNegative(soci::session& sql, const NegativeEntry& e);
void UpdateNegative(soci::session& sql, const NegativeEntry& e);
// Published 规章 and 行政规范性文件 of the agencies (null: every agency), by
// 成文日期, with what their lists and the annual report's table 二 read: id,
// agency, state, title, 索引号, 文号, 成文日期, 发布日期, 有效性 and its date,
// and the facet (one query, no bodies; the rest of each Item is left empty).
std::vector<Item> NormativeItems(soci::session& sql, const std::vector<int64_t>* agencies);
// Items of the agency published in `year` (published_on) that are now in one
// of `states`: how many, and how many in each column (by column id).
struct YearPublications {
  int64_t total = 0;
  std::map<int64_t, int64_t> by_column;
};
YearPublications PublishedInYear(soci::session& sql, int64_t agency_id, int year, const std::vector<State>& states);

// Site health (health/): every column with its latest publication and its
// count of published items; the latest publication of an agency; published
// items in id order after `after_id` (at most `limit`), without their facets;
// the published items' attachments; published policies that need an
// interpretation, have no waiver and no published interpretation.
struct ColumnStat {
  Column column;
  int64_t last_published_at = 0;  // 0: none
  int64_t items = 0;
  bool has_children = false;
};
std::vector<ColumnStat> ColumnStats(soci::session& sql);
int64_t LastPublication(soci::session& sql, int64_t agency_id);
std::vector<Item> PublishedAfter(soci::session& sql, int64_t after_id, int limit, bool with_columns = false);
struct PublishedFile {
  int64_t attachment_id = 0;
  int64_t item_id = 0;
  std::string name;
  std::string sha256;
};
std::vector<PublishedFile> PublishedFiles(soci::session& sql);
// The published items' index numbers, sorted (std::string's order): the
// link check looks its /items/ links up in them.
std::vector<std::string> SortedPublishedIndexNos(soci::session& sql);
std::vector<Item> PoliciesWithoutInterpretation(soci::session& sql);
// The interpretations of a policy (not revisions), oldest first, any state.
std::vector<int64_t> Interpretations(soci::session& sql, int64_t policy_id);

struct EnterpriseFilter {
  std::string audience;    // one of the 适用对象, exact; "": any
  std::string department;  // 承办部门, exact; "": any
  std::string today;       // "YYYY-MM-DD" (China): open ones first
  int limit = 20;
  int offset = 0;
};
// Published enterprise policies, those open on `today` first, then those
// not yet open, then those closed; newest first within each. With terms.
std::vector<Item> ListEnterprise(soci::session& sql, const EnterpriseFilter& f, int64_t* total);
// The 适用对象 and 承办部门 of published enterprise policies, for the filters.
std::vector<std::string> EnterpriseAudiences(soci::session& sql);
std::vector<std::string> EnterpriseDepartments(soci::session& sql);

// The next serial of 索引号 for (agency, year): 1, 2, 3, ... never reused.
int64_t NextIndexSerial(soci::session& sql, int64_t agency_id, int year);

}  // namespace gk::catalogue::store
