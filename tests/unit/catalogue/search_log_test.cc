// The search log's batcher: rows queue without touching the database, go
// out in one write, are dropped and counted when the queue is full, and
// what is left is written at Stop.
#include "catalogue/search_log.h"

#include <gtest/gtest.h>

#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace gk::catalogue {
namespace {

struct Writes {
  std::mutex mu;
  std::vector<size_t> batches;  // rows per write call
  std::vector<std::string> queries;
  bool fail = false;
  SearchLogBatcher::Write Fn() {
    return [this](const std::vector<SearchLogEntry>& rows) {
      std::lock_guard lock(mu);
      if (fail) return Status::Unavailable("database down");
      batches.push_back(rows.size());
      for (const auto& r : rows) queries.push_back(r.query);
      return Status::Ok();
    };
  }
  size_t rows() {
    std::lock_guard lock(mu);
    size_t n = 0;
    for (size_t b : batches) n += b;
    return n;
  }
};

SearchLogEntry Row(const std::string& q) { return {1700000000, q, "||", 3}; }

TEST(SearchLogBatcherTest, QueuesThenWritesInOneCall) {
  Writes w;
  SearchLogBatcher log(w.Fn(), /*capacity=*/3, /*batch=*/100);
  EXPECT_TRUE(log.Add(Row("a")));
  EXPECT_TRUE(log.Add(Row("b")));
  EXPECT_TRUE(log.Add(Row("c")));
  EXPECT_TRUE(w.batches.empty()) << "Add never writes";
  EXPECT_FALSE(log.Add(Row("d"))) << "full: dropped";
  EXPECT_EQ(log.dropped(), 1u);
  ASSERT_TRUE(log.Flush().ok());
  EXPECT_EQ(w.batches, std::vector<size_t>{3});
  EXPECT_EQ(w.queries, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(log.queued(), 0u);
  EXPECT_TRUE(log.Flush().ok());
  EXPECT_EQ(w.batches.size(), 1u) << "nothing queued, nothing written";
}

TEST(SearchLogBatcherTest, FailedWriteDropsAndCounts) {
  Writes w;
  w.fail = true;
  SearchLogBatcher log(w.Fn(), 10, 100);
  log.Add(Row("a"));
  log.Add(Row("b"));
  EXPECT_FALSE(log.Flush().ok());
  EXPECT_EQ(log.dropped(), 2u);
  EXPECT_EQ(log.queued(), 0u);
}

TEST(SearchLogBatcherTest, ThreadWritesWhenABatchIsFullAndStopWritesTheRest) {
  Writes w;
  SearchLogBatcher log(w.Fn(), 100, /*batch=*/2);
  log.Start(std::chrono::hours(1));  // only a full batch wakes it here
  log.Add(Row("a"));
  log.Add(Row("b"));
  for (int i = 0; i < 200 && w.rows() < 2; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_EQ(w.rows(), 2u);
  log.Add(Row("c"));
  log.Stop();
  EXPECT_EQ(w.rows(), 3u);
  EXPECT_EQ(w.queries.back(), "c");
  log.Stop();  // idempotent
}

TEST(SearchLogBatcherTest, ThreadWritesOnItsBeat) {
  Writes w;
  SearchLogBatcher log(w.Fn(), 100, 100);
  log.Start(std::chrono::milliseconds(20));
  log.Add(Row("a"));
  for (int i = 0; i < 200 && w.rows() < 1; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_EQ(w.rows(), 1u);
}

}  // namespace
}  // namespace gk::catalogue
