// 公开清单: an agency's structured public lists (model.h defines each list
// and its fields). Entries are written in the console or imported from a
// spreadsheet whose columns are the fields' labels (all or nothing, every
// bad row named), published by 公开办, corrected and withdrawn with a
// reason. Every change is checked against workflow.h in the entry's agency
// and written with its audit entry in one transaction.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "lists/model.h"
#include "lists/store.h"
#include "lists/workflow.h"
#include "storage/database.h"

namespace gk::lists {

using Values = std::map<std::string, std::string>;  // field key → value, as a form posts them

struct ImportSummary {
  int64_t imported = 0;
  bool published = false;
  std::vector<std::string> ignored_columns;  // columns that are no field of the list
};

// The most rows one import takes.
inline constexpr size_t kMaxImportRows = 5000;

// Checks `values` against the kind's fields and cleans them in place
// (trimmed; a 统一社会信用代码 normalised); every problem in `errors` under
// its field's key. Keys that are no field of the kind are dropped.
void CheckValues(const KindDef& kind, Values* values, FieldErrors* errors);

class ListService {
 public:
  ListService(std::shared_ptr<storage::Database> db, const Clock& clock);
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }

  // A draft entry (kManageLists in `agency_id`). Invalid with every problem in `errors`.
  Result<int64_t> Create(const access::Actor& actor, const access::User& user, int64_t agency_id,
                         const std::string& kind, Values values, FieldErrors* errors);
  // New values for an entry (workflow.h's EditPermission).
  Status Update(const access::Actor& actor, const access::User& user, int64_t id, Values values,
                FieldErrors* errors);
  // A workflow step; a withdrawal needs its reason (`reason`, under errors "reason").
  Status Act(const access::Actor& actor, const access::User& user, int64_t id, EntryAction action,
             const std::string& reason, FieldErrors* errors);
  // A list from a CSV, XLSX or JSON Lines file whose columns are the fields'
  // labels (or keys): every row checked, then all written in one transaction
  // — drafts, or published when `publish` (kPublishLists) — or, when any row
  // or the file is wrong, nothing, with every problem in `row_errors`.
  Result<ImportSummary> Import(const access::Actor& actor, const access::User& user, int64_t agency_id,
                               const std::string& kind, const std::string& file_name, std::string_view content,
                               bool publish, std::vector<std::string>* row_errors);

  Result<Entry> Get(int64_t id);
  Result<store::EntryPage> List(const store::EntryFilter& f);
  Result<std::map<std::string, std::map<EntryState, int64_t>>> Counts(const std::vector<int64_t>* agency_ids);
  // The facet values among a list's published entries with their counts, in
  // the order of the kind's choices.
  Result<std::vector<std::pair<std::string, int64_t>>> Facets(const KindDef& kind);

 private:
  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  const ChangeAnnouncer* changes_ = nullptr;
};

}  // namespace gk::lists
