// The SQL of the external links' table (external_links, migration 0037).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/status.h"
#include "health/external.h"
#include "storage/database.h"

namespace gk::health::store {

// Adds the URLs not yet in the table, first seen at `now`; others are left
// as they are. Safe against another process adding the same URL.
Status AddExternalLinks(storage::Database& db, const std::vector<std::string>& urls, int64_t now);
// Every stored URL with its last result.
Result<std::vector<ExternalLink>> LoadExternalLinks(storage::Database& db);
// Writes a check's result (the row's dates, status, error and failures).
Status SaveExternalLink(storage::Database& db, const ExternalLink& link);

}  // namespace gk::health::store
