// 「您是不是要找」 from frequent searches: the distance, the choice, the log.
#include "catalogue/frequent_searches.h"

#include <gtest/gtest.h>

#include "catalogue/search_log.h"
#include "testutil/test_db.h"

namespace gk::catalogue {
namespace {

TEST(FrequentSearchesTest, NormalizeSearch) {
  EXPECT_EQ(NormalizeSearch("  食品安全　 ＡＢＣ１２３\tabc  "), "食品安全 abc123 abc");
  EXPECT_EQ(NormalizeSearch(""), "");
}

TEST(FrequentSearchesTest, EditDistanceInCharacters) {
  struct Case {
    const char* a;
    const char* b;
    size_t want;  // with a limit of 2
  } const cases[] = {
      {"食品安全", "食品安全", 0}, {"食品按全", "食品安全", 1}, {"食品安", "食品安全", 1},
      {"品食安全", "食品安全", 2}, {"abc", "xyz", 3},           {"", "食品", 2},
      {"营商环境", "食品安全", 3},
  };
  for (const Case& c : cases) EXPECT_EQ(EditDistance(c.a, c.b, 2), c.want) << c.a << " " << c.b;
}

// Each case: what was typed and the suggestion ("" for none), over the
// searches noted below.
TEST(FrequentSearchesTest, SuggestsTheMostFrequentNearSearchWithResults) {
  FrequentSearches f;
  for (int i = 0; i < 5; ++i) f.Note("食品安全抽检", 12);
  for (int i = 0; i < 3; ++i) f.Note("食品安全抽查", 4);
  for (int i = 0; i < 9; ++i) f.Note("食品按全抽检", 0);  // frequent, finds nothing
  for (int i = 0; i < 2; ++i) f.Note("营商环境", 7);      // not frequent enough
  for (int i = 0; i < 4; ++i) f.Note("ＩＳＯ9001", 3);
  struct Case {
    const char* typed;
    const char* want;
  } const cases[] = {
      {"食品按全抽检", "食品安全抽检"},  // two slips from 食品安全抽查, one from the more frequent
      {"食品安全抽检", "食品安全抽查"},  // itself is not suggested, the next is
      {"食品 安全抽检", "食品安全抽检"},
      {"营商环竟", ""},
      {"iso9002", "iso9001"},
      {"食品", ""},
      {"质量强市建设", ""},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(f.Suggest(c.typed), c.want) << c.typed;
}

// On SQLite and PostgreSQL: the loader's GROUP BY runs on both.
class FrequentSearchesLoadTest : public ::testing::TestWithParam<storage::Backend> {};

TEST_P(FrequentSearchesLoadTest, LoadsTheLogOfTheLastFourWeeks) {
  if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
  testing::TestDatabase test_db(GetParam());
  ASSERT_TRUE(test_db.db()) << test_db.error();
  const int64_t now = 1800000000;
  std::vector<SearchLogEntry> rows;
  for (int i = 0; i < 3; ++i) rows.push_back({now - 3600, "双随机抽查", "||", 8});
  for (int i = 0; i < 3; ++i) rows.push_back({now - FrequentSearches::kWindowSeconds - 1, "知识产权保护", "||", 8});
  ASSERT_TRUE(WriteSearchLog(*test_db.db(), rows).ok());
  FrequentSearches f;
  for (int i = 0; i < 2; ++i) f.Note("质量强市", 5);
  ASSERT_TRUE(f.Load(*test_db.db(), now).ok());
  EXPECT_EQ(f.Suggest("双随机抽察"), "双随机抽查");
  EXPECT_EQ(f.Suggest("知识产权保户"), "");  // too old
  EXPECT_EQ(f.Suggest("质量强巿"), "");       // twice is not enough
  f.Note("质量强市", 5);                       // the third, still in the batcher's queue
  EXPECT_EQ(f.Suggest("质量强巿"), "质量强市");
  // A Load before the batcher writes the notes keeps them.
  ASSERT_TRUE(f.Load(*test_db.db(), now).ok());
  EXPECT_EQ(f.Suggest("质量强巿"), "质量强市");
}

// Notes the log then holds are counted once, not twice.
TEST_P(FrequentSearchesLoadTest, NotesWrittenToTheLogAreNotCountedTwice) {
  if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
  testing::TestDatabase test_db(GetParam());
  ASSERT_TRUE(test_db.db()) << test_db.error();
  const int64_t now = 1800000000;
  FrequentSearches f;
  f.Note("电动自行车", 5);
  f.Note("电动自行车", 5);
  ASSERT_TRUE(f.Load(*test_db.db(), now).ok());  // not written yet: kept
  ASSERT_TRUE(WriteSearchLog(*test_db.db(), {{now - 1, "电动自行车", "||", 5}, {now - 1, "电动自行车", "||", 5}}).ok());
  ASSERT_TRUE(f.Load(*test_db.db(), now).ok());  // written: two, not four
  EXPECT_EQ(f.Suggest("电动自行东"), "");
  f.Note("电动自行车", 5);
  EXPECT_EQ(f.Suggest("电动自行东"), "电动自行车");
}

INSTANTIATE_TEST_SUITE_P(Backends, FrequentSearchesLoadTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::catalogue
