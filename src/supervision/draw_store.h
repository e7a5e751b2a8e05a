// SQL for draw lists, draws, exclusions and inspection results. Each
// function runs on the caller's session (inside its transaction when there
// is one) and throws what SOCI throws; storage::Database converts it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "supervision/draw_model.h"

namespace soci {
class session;
}

namespace gk::supervision::store {

// Lists.
int64_t NextListVersion(soci::session& sql, int64_t agency_id, ListKind kind, const std::string& name);
int64_t InsertList(soci::session& sql, const DrawList& l, int64_t created_by, const std::vector<ListEntry>& entries);
std::optional<DrawList> FindList(soci::session& sql, int64_t id);
// Every list version of the agencies (all agencies when `agency_ids` is
// null), newest first.
std::vector<DrawList> ListLists(soci::session& sql, const std::vector<int64_t>* agency_ids);
// The ids of a list, in no particular order (Canonical sorts them).
std::vector<std::string> ListIdents(soci::session& sql, int64_t list_id);
// The entries of a list for the given ids (those that exist).
std::map<std::string, ListEntry> FindEntries(soci::session& sql, int64_t list_id,
                                             const std::vector<std::string>& idents);
// Up to `limit` entries from `offset`, ordered by id.
std::vector<ListEntry> ListEntries(soci::session& sql, int64_t list_id, int limit, int offset);

// Draws.
int64_t InsertDraw(soci::session& sql, const DrawRecord& d, int64_t created_by);
// Writes the record if the stored one is still in `expected` (another
// request may have moved it since it was read); false otherwise.
bool UpdateDraw(soci::session& sql, const DrawRecord& d, DrawState expected);
std::optional<DrawRecord> FindDraw(soci::session& sql, int64_t id);

struct DrawFilter {
  bool public_only = false;                          // announced at some time, not a draft
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  std::string text;                                  // in the title, or a drawn target's id or name
  int limit = 20;
  int offset = 0;
};
struct DrawPage {
  std::vector<DrawRecord> draws;
  int64_t total = 0;
};
DrawPage ListDraws(soci::session& sql, const DrawFilter& f);

// Exclusions and inspections.
std::vector<Exclusion> ListExclusions(soci::session& sql, int64_t draw_id);
// False when the pair was already recorded.
bool InsertExclusion(soci::session& sql, int64_t draw_id, const Exclusion& e, int64_t by, int64_t at);
bool DeleteExclusion(soci::session& sql, int64_t draw_id, const std::string& target, const std::string& inspector);
std::vector<Inspection> ListInspections(soci::session& sql, int64_t draw_id);
void UpsertInspection(soci::session& sql, int64_t draw_id, const Inspection& i, int64_t by, int64_t at);

}  // namespace gk::supervision::store
