#include "catalogue/search_log.h"

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include <algorithm>

namespace gk::catalogue {

SearchLogBatcher::SearchLogBatcher(Write write, size_t capacity, size_t batch)
    : write_(std::move(write)), capacity_(capacity), batch_(std::max<size_t>(1, batch)) {}

SearchLogBatcher::~SearchLogBatcher() { Stop(); }

bool SearchLogBatcher::Add(SearchLogEntry e) {
  std::lock_guard lock(mu_);
  if (queue_.size() >= capacity_) {
    ++dropped_;
    return false;
  }
  queue_.push_back(std::move(e));
  if (queue_.size() >= batch_) cv_.notify_one();
  return true;
}

Status SearchLogBatcher::Flush() {
  std::lock_guard flushing(flush_mu_);
  std::vector<SearchLogEntry> rows;
  {
    std::lock_guard lock(mu_);
    rows.swap(queue_);
  }
  if (rows.empty()) return Status::Ok();
  Status s = write_(rows);
  if (!s.ok()) {
    std::lock_guard lock(mu_);
    dropped_ += rows.size();
  }
  return s;
}

void SearchLogBatcher::Start(std::chrono::milliseconds interval) {
  std::lock_guard lock(mu_);
  if (thread_.joinable() || stop_) return;
  thread_ = std::thread([this, interval] {
    std::unique_lock lock(mu_);
    while (!stop_) {
      cv_.wait_for(lock, interval, [&] { return stop_ || queue_.size() >= batch_; });
      lock.unlock();
      if (Status s = Flush(); !s.ok()) spdlog::warn("search log not written: {}", s.message());
      lock.lock();
    }
  });
}

void SearchLogBatcher::Stop() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (Status s = Flush(); !s.ok()) spdlog::warn("search log not written at shutdown: {}", s.message());
}

uint64_t SearchLogBatcher::dropped() const {
  std::lock_guard lock(mu_);
  return dropped_;
}

size_t SearchLogBatcher::queued() const {
  std::lock_guard lock(mu_);
  return queue_.size();
}

Status WriteSearchLog(storage::Database& db, const std::vector<SearchLogEntry>& entries) {
  return db.Transact([&](soci::session& sql) {
    for (const auto& e : entries) {
      long long t = e.at, n = e.results;
      sql << "INSERT INTO search_queries (at, query, filters, results) VALUES (:t, :q, :f, :n)", soci::use(t),
          soci::use(e.query), soci::use(e.filters), soci::use(n);
    }
    return Status::Ok();
  });
}

}  // namespace gk::catalogue
