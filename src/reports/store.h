// SQL for the annual report (table annual_reports, migration 0031). Functions
// take the session of the caller's transaction.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>

#include "reports/model.h"

namespace gk::reports::store {

struct Stored {
  Entries entries;
  bool prior_entered = false;
  std::string published;  // the report's JSON when drafted for publication; "" none
  int64_t updated_at = 0;
};

std::optional<Stored> Find(soci::session& sql, int64_t agency_id, int year);
// Inserts or replaces the entries of the agency's year (published and
// prior_entered are kept).
void SaveEntries(soci::session& sql, int64_t agency_id, int year, const Entries& e, int64_t user_id, int64_t now);
// Records the report's JSON as drafted for publication, or (prior_entered)
// the figures of a year before the platform.
void SavePublished(soci::session& sql, int64_t agency_id, int year, const std::string& json, bool prior_entered,
                   int64_t user_id, int64_t now);

}  // namespace gk::reports::store
