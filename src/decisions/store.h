// SQL for the major-decision catalogue (table major_decisions, migration
// 0025). Functions take the session of the caller's transaction.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "decisions/model.h"

namespace gk::decisions::store {

int64_t InsertDecision(soci::session& sql, const MajorDecision& d);
// Writes `d` when its state is still `expected`; false when it changed first.
bool UpdateDecision(soci::session& sql, const MajorDecision& d, State expected);
std::optional<MajorDecision> FindDecision(soci::session& sql, int64_t id);

struct DecisionFilter {
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  bool public_only = false;
  int year = 0;  // 0: every year
  std::string text;
  bool recently_changed_first = false;  // the feed
  int limit = 200;
  int offset = 0;
};
struct DecisionPage {
  std::vector<MajorDecision> decisions;  // by year (latest first), then id
  int64_t total = 0;
};
DecisionPage ListDecisions(soci::session& sql, const DecisionFilter& f);
std::vector<int> Years(soci::session& sql, bool public_only, const std::vector<int64_t>* agency_ids);

}  // namespace gk::decisions::store
