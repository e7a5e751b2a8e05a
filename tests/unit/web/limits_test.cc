// Per-client limits and one-time tokens kept in the database, on SQLite and
// (with GK_TEST_PG_URL) PostgreSQL.
#include "web/limits.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "testutil/test_db.h"

namespace gk::web {
namespace {

constexpr int64_t kNow = 1764136800;

class LimitsTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    test_db_ = std::make_unique<testing::TestDatabase>(GetParam());
    if (!test_db_->db()) {
      if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
      FAIL() << test_db_->error();
    }
  }
  storage::Database& db() { return *test_db_->db(); }
  std::unique_ptr<testing::TestDatabase> test_db_;
};

// An IPv6 client is counted by its /64; IPv4 one by one, mapped or not.
TEST_P(LimitsTest, AddressesCountByTheirGroup) {
  struct Case {
    const char* address;
    bool allowed;
  };
  const Case cases[] = {
      {"2001:db8:1:2::1", true}, {"2001:db8:1:2::2", true}, {"2001:db8:1:2:ffff::3", false},
      {"2001:db8:1:3::1", true}, {"192.0.2.1", true},       {"::ffff:192.0.2.1", true},
      {"192.0.2.1", false},      {"192.0.2.2", true},
  };
  for (const Case& c : cases) EXPECT_EQ(AllowAttempt(db(), "test", c.address, 2, 600, kNow), c.allowed) << c.address;
}

TEST_P(LimitsTest, TokensAreUsableOnce) {
  EXPECT_TRUE(UseOnce(db(), "check", "token-a", kNow + 7200, kNow));
  EXPECT_FALSE(UseOnce(db(), "check", "token-a", kNow + 7200, kNow + 1));
  EXPECT_TRUE(UseOnce(db(), "other", "token-a", kNow + 7200, kNow + 1)) << "kinds are apart";
  EXPECT_TRUE(UseOnce(db(), "check", "token-b", kNow + 7200, kNow + 2));
  // Past its expiry the row is purged (the token is refused for its age).
  EXPECT_TRUE(UseOnce(db(), "check", "token-a", kNow + 20000, kNow + 7201));
}

INSTANTIATE_TEST_SUITE_P(Backends, LimitsTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const auto& info) {
                           return info.param == storage::Backend::kSqlite ? std::string("Sqlite")
                                                                          : std::string("Postgres");
                         });

}  // namespace
}  // namespace gk::web
