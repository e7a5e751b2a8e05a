// 「您是不是要找」 from what people search for: the searches of the last four
// weeks (the search log, table search_queries) that found items, to suggest
// for a query that finds little and is one or two characters away from one.
//
// Thread-safe. Note runs on the request path and only updates a map under a
// mutex; Load reads the database and runs on the server's scheduler beat.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/status.h"
#include "storage/database.h"

namespace gk::catalogue {

// A search as it is compared: full-width letters and digits as ASCII, ASCII
// lower-cased, runs of white space as one space, trimmed.
std::string NormalizeSearch(std::string_view query);

// The Levenshtein distance between `a` and `b` in characters, or `limit` + 1
// when it is larger than `limit`.
size_t EditDistance(std::string_view a, std::string_view b, size_t limit);

class FrequentSearches {
 public:
  static constexpr int64_t kWindowSeconds = 28 * 86400;
  // Searched this often in the window, with items matching every word.
  static constexpr int64_t kMinCount = 3;
  // Searches kept; beyond it Note counts only those already known.
  static constexpr size_t kMaxKept = 5000;

  // Replaces what is known with the log of the window before `now`, keeping
  // the searches noted since that the log does not hold yet (the log is
  // written in batches, so a Load may run before the last ones are written).
  [[nodiscard]] Status Load(storage::Database& db, int64_t now);
  // Counts a search as it happens, until the next Load reads it from the log.
  // `full_matches`: the items that matched every word.
  void Note(std::string_view query, int64_t full_matches);
  // The most frequent search that found items and is a character away from
  // `query` (two for queries of five characters or more), not `query`
  // itself; "" when there is none.
  std::string Suggest(std::string_view query) const;

 private:
  struct Entry {
    int64_t count = 0;
    int64_t matches = 0;  // the most items one of its searches matched fully
    int64_t logged = 0;   // of `count`, those the last Load read from the log
    int64_t unlogged = 0;  // of `count`, noted since and not yet seen in the log
  };
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> searches_;  // GUARDED_BY(mu_), by NormalizeSearch
};

}  // namespace gk::catalogue
