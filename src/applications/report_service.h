// Reports over many applications, read from the database: the annual
// report's tables 三 and 四 (computed by report.h) and the statistics of a
// period.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "applications/model.h"
#include "applications/report.h"
#include "common/calendar.h"
#include "common/status.h"
#include "storage/database.h"

namespace gk::applications {

class ApplicationReports {
 public:
  explicit ApplicationReports(std::shared_ptr<storage::Database> db) : db_(std::move(db)) {}

  // Tables 三 and 四 of `year` for `agencies` (empty: every agency).
  Result<AnnualTables> Tables(int year, const std::vector<int64_t>& agencies);

  // Statistics of the applications received in [from, to]:
  // counts by month ("YYYY-MM"), channel, applicant type, department (its
  // id, "0" for none) and topic (keys: the stored codes, "" for none), and
  // by outcome (none: not closed yet).
  struct Stats {
    using Counts = std::vector<std::pair<std::string, int64_t>>;
    Counts by_month, by_channel, by_type, by_department, by_topic;
    std::vector<std::pair<std::optional<Outcome>, int64_t>> by_outcome;
    int64_t total = 0;
  };
  Result<Stats> Statistics(const std::vector<int64_t>& agencies, Date from, Date to);

 private:
  std::shared_ptr<storage::Database> db_;
};

}  // namespace gk::applications
