// SQL for enforcement decisions. Each function runs on the caller's session
// (inside its transaction when there is one) and throws what SOCI throws;
// storage::Database converts it.
//
// Two readings of a row: the record (every field, for staff) and the public
// one (the masked copy written with the row, public_json, and the dates and
// state that decide whether it is public). Public callers use only the
// second; it never selects a column holding personal data.
//
// At a million decisions (bench/enforcement) the public list counts at most
// kPublicCountCap matches, and on SQLite a search goes through the trigram
// index enforcement_search (migration 0021), which finds exactly what LIKE
// over the search text finds. New decisions enter that index through
// DecisionWriter (InsertDecision uses one); changes reach it by trigger.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "supervision/enforcement_model.h"

namespace soci {
class session;
}

namespace gk::supervision::store {

// What is written with the record: the masked copy and its search text.
struct PublicCopy {
  std::string json;         // EncodePublic of the masked decision
  std::string search_text;  // masked party, USCC, 文号, categories, content…
  std::string uscc;         // the party's USCC when it may be shown, else ""
};
// The masked fields as stored (a compact JSON object), and back. Decode
// fills only the fields Encode wrote; ids, state and dates come from the row.
std::string EncodePublic(const Decision& masked);
void DecodePublic(const std::string& json, Decision* out);

int64_t InsertDecision(soci::session& sql, const Decision& d, const PublicCopy& pub, int64_t created_by);

// An import's writes on one session: the 文号 lookup and the INSERT are
// prepared once and run for each row (preparing the 39-column INSERT again
// for every row took half the time of a row), and the new decisions are
// added to the search index (SQLite) all at once by Finish. Lives inside one
// transaction. REQUIRES: Finish after the last Insert, before the commit.
class DecisionWriter {
 public:
  explicit DecisionWriter(soci::session& sql);
  ~DecisionWriter();
  DecisionWriter(const DecisionWriter&) = delete;
  DecisionWriter& operator=(const DecisionWriter&) = delete;
  // DocNoTaken for a new decision.
  bool DocNoTaken(int64_t agency_id, DecisionKind kind, const std::string& doc_no);
  int64_t Insert(const Decision& d, const PublicCopy& pub, int64_t created_by);
  // Indexes the decisions inserted since the last Finish for the search.
  void Finish();

 private:
  struct Statements;
  soci::session& sql_;
  std::unique_ptr<Statements> st_;
  int64_t first_id_ = 0;
};

// While it lives, SQLite keeps up to `mib` MiB of the session's pages in
// memory instead of the default 2 MiB (the pages an import of 200,000 rows
// writes no longer fit); the previous size is put back when it ends. Nothing
// on PostgreSQL.
class LargerPageCache {
 public:
  LargerPageCache(soci::session& sql, int mib);
  ~LargerPageCache();
  LargerPageCache(const LargerPageCache&) = delete;
  LargerPageCache& operator=(const LargerPageCache&) = delete;

 private:
  soci::session& sql_;
  long long previous_ = 0;
  bool changed_ = false;
};
// Writes the record if the stored one is still in `expected`; false otherwise.
bool UpdateDecision(soci::session& sql, const Decision& d, const PublicCopy& pub, DecisionState expected);
// The record, for staff.
std::optional<Decision> FindDecision(soci::session& sql, int64_t id);
// The public reading: masked fields, state and dates.
std::optional<Decision> FindPublicDecision(soci::session& sql, int64_t id);
// Whether a decision of the agency and kind other than `except_id`, not
// withdrawn, has the 文号.
bool DocNoTaken(soci::session& sql, int64_t agency_id, DecisionKind kind, const std::string& doc_no, int64_t except_id);

// The public reading counts at most this many matches (and says when there
// are more): an exact count of half a million index entries took 40–70 ms.
constexpr int64_t kPublicCountCap = 10000;

// How a public search with q through the search index (SQLite) builds its
// page; kAuto chooses by the count (enforcement_store.cc, ChoosePlan). The
// three give the same rows in the same order: tests and the bench force them.
enum class SearchPlan {
  kAuto,
  kSort,  // the matches, sorted: cheap when they are few
  kWalk,  // the list's index in order, each entry looked up in the matches
  kScan,  // the list's index in order, each row read and matched by LIKE: cheap when most rows match
};

struct DecisionFilter {
  // Public reading, and only what is public on `today` (YYYY-MM-DD).
  bool public_only = false;
  std::string today;
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  std::optional<DecisionKind> kind;
  // Console: a StatusCode (draft, overdue, published, expired, withdrawn, not_public); "" any.
  std::string status;
  // In the (masked, for the public) search text, or the exact USCC. The
  // public reading on SQLite looks a text of three characters or more up in
  // enforcement_search (migration 0021); it finds what LIKE would.
  std::string text;
  int year = 0;  // of the decision date
  int limit = 20;
  int offset = 0;
  SearchPlan search_plan = SearchPlan::kAuto;
};
struct DecisionPage {
  std::vector<Decision> decisions;
  // Matches on all pages; for the public reading at most kPublicCountCap,
  // with total_capped when more match.
  int64_t total = 0;
  bool total_capped = false;
};
DecisionPage ListDecisions(soci::session& sql, const DecisionFilter& f);

// Console counts of the agencies' drafts: due (publishable, due on or after
// today) and overdue (due before today).
struct DueCounts {
  int64_t due = 0;
  int64_t overdue = 0;
};
DueCounts CountDue(soci::session& sql, const std::vector<int64_t>* agency_ids, const std::string& today);

// The expiry sweep, which writes no decision: the published decisions whose
// period ended after the last day swept and by `today` (those an import
// recorded as already ended, expired_at, aside); records `today` as swept
// (table enforcement_sweeps). 0 when `today` was already swept, here or by
// another instance.
int64_t SweepEnded(soci::session& sql, const std::string& today);

// Decisions made in `year` (decision date), by kind, of the agencies (all
// when null): the annual report's table 二.
std::map<DecisionKind, int64_t> CountByKind(soci::session& sql, int year, const std::vector<int64_t>* agency_ids);
// Whether the agencies (all when null) have any decision here, in any state.
bool AnyDecision(soci::session& sql, const std::vector<int64_t>* agency_ids);

}  // namespace gk::supervision::store
