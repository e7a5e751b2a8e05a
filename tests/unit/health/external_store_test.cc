// The external links' table (health/external_store.h) on both backends:
// URLs added once with the date first seen, a check's result written back.
#include "health/external_store.h"

#include <gtest/gtest.h>

#include "testutil/test_db.h"

namespace gk::health {
namespace {

class ExternalStoreTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(tdb_->db()) << tdb_->error();
  }
  storage::Database& db() { return *tdb_->db(); }
  std::unique_ptr<testing::TestDatabase> tdb_;
};

TEST_P(ExternalStoreTest, AddedOnceAndResultsKeptWithTheirDates) {
  const int64_t t0 = 1'780'000'000;
  ASSERT_TRUE(store::AddExternalLinks(db(), {"https://b.example.cn/", "https://a.example.cn/x"}, t0).ok());
  ASSERT_TRUE(store::AddExternalLinks(db(), {"https://a.example.cn/x", "https://c.example.cn/"}, t0 + 60).ok());
  auto rows = store::LoadExternalLinks(db());
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].url, "https://a.example.cn/x");
  EXPECT_EQ((*rows)[0].first_seen, t0) << "seen again, not new";
  EXPECT_EQ((*rows)[2].first_seen, t0 + 60);
  EXPECT_EQ((*rows)[0].checked_at, 0);

  ExternalLink l = Recorded((*rows)[0], {404, ""}, t0 + 100);
  l = Recorded(l, {0, "timeout"}, t0 + 200);
  ASSERT_TRUE(store::SaveExternalLink(db(), l).ok());
  rows = store::LoadExternalLinks(db());
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0], l);
  EXPECT_EQ((*rows)[0].failing_since, t0 + 100);
  EXPECT_EQ((*rows)[0].failures, 2);
  EXPECT_EQ((*rows)[0].error, "timeout");
  EXPECT_TRUE(store::AddExternalLinks(db(), {}, t0).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, ExternalStoreTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::health
