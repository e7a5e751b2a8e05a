// SQL for 公开清单 (table list_entries, migration 0019). Functions take the
// session of the caller's transaction.
#pragma once

#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lists/model.h"

namespace gk::lists::store {

// The columns the store keeps beside the entry: its title, facet (the
// value the public table filters by) and search text, all from the kind.
int64_t InsertEntry(soci::session& sql, const Entry& e);
// Writes `e` when its state is still `expected`; false when it changed first.
bool UpdateEntry(soci::session& sql, const Entry& e, EntryState expected);
// Deletes a draft; false when it is no longer one.
bool DeleteDraft(soci::session& sql, int64_t id);
std::optional<Entry> FindEntry(soci::session& sql, int64_t id);

struct EntryFilter {
  std::string kind;                                  // "" every list
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  int64_t agency_id = 0;                             // 0: any (the public pages' ?agency=)
  std::optional<EntryState> state;
  std::string facet;  // the kind's filter field equals this
  std::string text;   // in any field (lower case for ASCII letters)
  bool newest_first = false;  // by last change (feeds); else in the order written
  int limit = 50;
  int offset = 0;
};
struct EntryPage {
  std::vector<Entry> entries;
  int64_t total = 0;
};
EntryPage ListEntries(soci::session& sql, const EntryFilter& f);

// How many entries each list has in each state: kind → state → count.
std::map<std::string, std::map<EntryState, int64_t>> CountEntries(soci::session& sql,
                                                                  const std::vector<int64_t>* agency_ids);
// The facet values in use among a list's published entries, with their counts.
std::vector<std::pair<std::string, int64_t>> Facets(soci::session& sql, const std::string& kind);

}  // namespace gk::lists::store
