// SQL for 好差评 (tables rating_services and ratings, migration 0017).
// Functions take the session of the caller's transaction.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "ratings/model.h"

namespace gk::ratings::store {

int64_t InsertService(soci::session& sql, const RatedService& s, int64_t now);
void UpdateService(soci::session& sql, const RatedService& s, int64_t now);
std::optional<RatedService> FindService(soci::session& sql, int64_t id);
// Every agency's when `agency_ids` is null; only active ones when asked.
std::vector<RatedService> ListServices(soci::session& sql, const std::vector<int64_t>* agency_ids, bool active_only);

int64_t InsertRating(soci::session& sql, const Rating& r, const std::string& code_hash);
// Writes `r` when its state is still `expected`; false when it changed first.
bool UpdateRating(soci::session& sql, const Rating& r, RatingState expected);
std::optional<Rating> FindRating(soci::session& sql, int64_t id, std::string* code_hash = nullptr);

struct RatingFilter {
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  bool bad_only = false;
  bool counted_only = false;  // leave out ratings an appeal excluded (the public list)
  std::optional<RatingState> state;
  std::string overdue_on;  // YYYY-MM-DD: only follow-ups late on that day
  std::string month;       // YYYY-MM: rated in that month
  int limit = 20;
  int offset = 0;
};
struct RatingPage {
  std::vector<Rating> ratings;
  int64_t total = 0;
};
// Newest first.
RatingPage ListRatings(soci::session& sql, const RatingFilter& f);
// What the statistics of a month count (subject, department, level, state
// of each rating), without the texts.
std::vector<Rating> MonthRatings(soci::session& sql, const std::string& month, const std::vector<int64_t>* agency_ids);
// Follow-ups late on `today`: the visit (open past visit_due) or the
// rectification (open or visited past rectify_due), each rating once.
int64_t CountOverdue(soci::session& sql, const std::vector<int64_t>* agency_ids, const std::string& today);

}  // namespace gk::ratings::store
