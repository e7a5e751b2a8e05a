// The search log off the request path: a search only queues its row; a
// background thread writes the queue in one transaction every second (or
// as soon as `batch` rows wait). When the queue is full (the database slow
// or down), rows are dropped and counted rather than held or waited for.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/status.h"
#include "storage/database.h"

namespace gk::catalogue {

struct SearchLogEntry {
  int64_t at = 0;
  std::string query;
  std::string filters;
  int64_t results = 0;
};

class SearchLogBatcher {
 public:
  using Write = std::function<Status(const std::vector<SearchLogEntry>&)>;
  SearchLogBatcher(Write write, size_t capacity = 10000, size_t batch = 500);
  ~SearchLogBatcher();  // Stop()
  SearchLogBatcher(const SearchLogBatcher&) = delete;
  SearchLogBatcher& operator=(const SearchLogBatcher&) = delete;

  // Queues a row; never waits for the database. False when the queue is full
  // and the row was dropped.
  bool Add(SearchLogEntry e);
  // Writes what is queued now, in one call of `write`. Rows whose write
  // failed are dropped and counted.
  Status Flush();
  // Starts the thread that flushes every `interval` and when `batch` rows wait.
  void Start(std::chrono::milliseconds interval = std::chrono::seconds(1));
  // Stops the thread and flushes what is left. Idempotent.
  void Stop();

  uint64_t dropped() const;
  size_t queued() const;

 private:
  Write write_;
  const size_t capacity_;
  const size_t batch_;
  mutable std::mutex mu_;
  std::mutex flush_mu_;  // one write at a time, in order
  std::condition_variable cv_;
  std::vector<SearchLogEntry> queue_;
  uint64_t dropped_ = 0;
  bool stop_ = false;
  std::thread thread_;
};

// All `entries` as rows of search_queries, in one transaction.
Status WriteSearchLog(storage::Database& db, const std::vector<SearchLogEntry>& entries);

}  // namespace gk::catalogue
