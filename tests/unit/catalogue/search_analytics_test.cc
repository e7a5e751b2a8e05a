// 搜索分析 (catalogue/search_analytics.h): weeks start on Monday, China time;
// the searches that found fewer than kFewResults items are counted per week
// and query, most frequent first — on SQLite and PostgreSQL alike.
#include "catalogue/search_analytics.h"

#include <gtest/gtest.h>

#include "catalogue/search_log.h"
#include "testutil/test_db.h"

namespace gk::catalogue {
namespace {

constexpr int64_t kMonday = 1789920000;               // 2026-09-21 00:00 China time
constexpr int64_t kWednesday = kMonday + 2 * 86400 + 12 * 3600;

TEST(WeekMondayTest, WeeksBeginOnMondayInChina) {
  const struct {
    int64_t at;
    const char* monday;
  } cases[] = {
      {kMonday, "2026-09-21"},
      {kMonday - 1, "2026-09-14"},               // Sunday 23:59:59 China time
      {kMonday + 7 * 86400 - 1, "2026-09-21"},   // the next Sunday, last second
      {kMonday + 8 * 3600, "2026-09-21"},        // Monday 00:00 UTC
      {kMonday - 8 * 3600, "2026-09-14"},        // Sunday 16:00 China time, 08:00 UTC
      {kWednesday, "2026-09-21"},
  };
  for (const auto& c : cases) EXPECT_EQ(WeekMonday(c.at).ToString(), c.monday) << c.at;
}

class SearchAnalyticsTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    db_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(db_->db()) << db_->error();
  }
  std::unique_ptr<testing::TestDatabase> db_;
};

TEST_P(SearchAnalyticsTest, MissedSearchesByWeekMostFrequentFirst) {
  std::vector<SearchLogEntry> rows;
  auto add = [&](int64_t at, const char* q, int64_t results, int times) {
    for (int i = 0; i < times; ++i) rows.push_back({at, q, "||", results});
  };
  add(kWednesday, "食品经营许可证补办", 0, 3);
  add(kWednesday + 3600, "电梯年检", 2, 2);
  add(kWednesday, "双随机抽查", 40, 5);             // found plenty: not listed, counted in the total
  add(kMonday - 3600, "食品经营许可证补办", 0, 1);  // the week before
  add(kMonday - 30 * 86400, "很久以前", 0, 4);      // outside four weeks
  ASSERT_TRUE(WriteSearchLog(*db_->db(), rows).ok());
  auto weeks = MissedSearches(*db_->db(), kWednesday + 86400, 4, 10);
  ASSERT_TRUE(weeks.ok()) << weeks.status().message();
  ASSERT_EQ(weeks->size(), 4u);
  const SearchWeek& now = weeks->at(0);
  EXPECT_EQ(now.monday.ToString(), "2026-09-21");
  EXPECT_EQ(now.searches, 10);
  EXPECT_EQ(now.missed, 5);
  ASSERT_EQ(now.top.size(), 2u);
  EXPECT_EQ(now.top[0].query, "食品经营许可证补办");
  EXPECT_EQ(now.top[0].count, 3);
  EXPECT_EQ(now.top[0].results, 0);
  EXPECT_EQ(now.top[1].query, "电梯年检");
  EXPECT_EQ(now.top[1].results, 2);
  const SearchWeek& before = weeks->at(1);
  EXPECT_EQ(before.monday.ToString(), "2026-09-14");
  EXPECT_EQ(before.searches, 1);
  ASSERT_EQ(before.top.size(), 1u);
  EXPECT_EQ(weeks->at(3).monday.ToString(), "2026-08-31");
  EXPECT_EQ(weeks->at(3).searches, 0);
  // The cap per week.
  auto one = MissedSearches(*db_->db(), kWednesday, 1, 1);
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ(one->at(0).top.size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchAnalyticsTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::catalogue
