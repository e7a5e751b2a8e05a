// SQL for enforcement decisions. Each function runs on the caller's session
// (inside its transaction when there is one) and throws what SOCI throws;
// storage::Database converts it.
//
// Two readings of a row: the record (every field, for staff) and the public
// one (the masked copy written with the row, public_json, and the dates and
// state that decide whether it is public). Public callers use only the
// second; it never selects a column holding personal data.
#pragma once

#include <cstdint>
#include <map>
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
// Writes the record if the stored one is still in `expected`; false otherwise.
bool UpdateDecision(soci::session& sql, const Decision& d, const PublicCopy& pub, DecisionState expected);
// The record, for staff.
std::optional<Decision> FindDecision(soci::session& sql, int64_t id);
// The public reading: masked fields, state and dates.
std::optional<Decision> FindPublicDecision(soci::session& sql, int64_t id);
// Whether a decision of the agency and kind other than `except_id`, not
// withdrawn, has the 文号.
bool DocNoTaken(soci::session& sql, int64_t agency_id, DecisionKind kind, const std::string& doc_no, int64_t except_id);

struct DecisionFilter {
  // Public reading, and only what is public on `today` (YYYY-MM-DD).
  bool public_only = false;
  std::string today;
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  std::optional<DecisionKind> kind;
  // Console: a StatusCode (draft, overdue, published, expired, withdrawn, not_public); "" any.
  std::string status;
  std::string text;  // in the (masked, for the public) search text, or the exact USCC
  int year = 0;      // of the decision date
  int limit = 20;
  int offset = 0;
};
struct DecisionPage {
  std::vector<Decision> decisions;
  int64_t total = 0;
};
DecisionPage ListDecisions(soci::session& sql, const DecisionFilter& f);

// Console counts of the agencies' drafts: due (publishable, due on or after
// today) and overdue (due before today).
struct DueCounts {
  int64_t due = 0;
  int64_t overdue = 0;
};
DueCounts CountDue(soci::session& sql, const std::vector<int64_t>* agency_ids, const std::string& today);

// The expiry sweep: marks expired_at = now on every published decision
// whose period has ended by `today` and was not yet marked; returns how many.
int64_t MarkExpired(soci::session& sql, const std::string& today, int64_t now);

// Decisions made in `year` (decision date), by kind, of the agencies (all
// when null): the annual report's table 二.
std::map<DecisionKind, int64_t> CountByKind(soci::session& sql, int year, const std::vector<int64_t>* agency_ids);

}  // namespace gk::supervision::store
