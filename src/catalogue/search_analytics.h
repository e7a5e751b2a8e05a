// 搜索分析: what the public searched for and did not find, week by week —
// candidates for proactive publication (依申请转主动, work plan 五(二)) and
// for better titles or columns. Read from the search log (table
// search_queries, written by SearchLogBatcher: the words, filters and the
// number of items that matched every word; no address or person).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/calendar.h"
#include "common/status.h"
#include "storage/database.h"

namespace gk::catalogue {

// "Little": fewer items than this matched every word — the same threshold
// below which the search page adds partial matches (search::Index::kPartialBelow).
inline constexpr int64_t kFewResults = 5;

struct MissedSearch {
  std::string query;
  int64_t count = 0;    // times searched in the week
  int64_t results = 0;  // the most items one of those searches matched fully (0: nothing)
};

struct SearchWeek {
  Date monday;  // the week's Monday, China time
  int64_t searches = 0;  // every search of the week
  int64_t missed = 0;    // searches that found fewer than kFewResults
  std::vector<MissedSearch> top;  // the most frequent missed searches, most first
};

// The Monday (China time, UTC+8) of the week holding Unix time `at`.
Date WeekMonday(int64_t at);

// The last `weeks` weeks up to `now` (the current one first), each with its
// totals and its `per_week` most frequent searches that found fewer than
// kFewResults items. Searches are grouped as typed, trimmed.
Result<std::vector<SearchWeek>> MissedSearches(storage::Database& db, int64_t now, int weeks, size_t per_week);

}  // namespace gk::catalogue
