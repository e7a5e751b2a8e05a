// A fresh, migrated database for a test: SQLite in a temporary directory, or
// PostgreSQL in a new database on the server named by GK_TEST_PG_URL
// (scripts/test starts a private one). Dropped when the object goes.
#pragma once

#include <memory>
#include <string>

#include "storage/database.h"

namespace gk::testing {

// GK_TEST_PG_URL, or null when unset or empty.
const char* PgUrl();
// True when the run must test PostgreSQL (GK_REQUIRE_PG is set and not "0";
// scripts/test sets it): a missing server is then a failure, not a skip.
bool PgRequired();

// In a test or SetUp: without GK_TEST_PG_URL, skips, or fails when
// PostgreSQL is required.
#define GK_SKIP_WITHOUT_PG()                                                                    \
  do {                                                                                          \
    if (!::gk::testing::PgUrl()) {                                                              \
      if (::gk::testing::PgRequired()) FAIL() << "GK_TEST_PG_URL not set but GK_REQUIRE_PG is"; \
      GTEST_SKIP() << "GK_TEST_PG_URL not set";                                                 \
    }                                                                                           \
  } while (0)
// The URL with its database name replaced: ".../postgres?x=1" -> ".../NAME?x=1".
std::string WithDatabase(const std::string& url, const std::string& name);
// 12 random hex digits, for unique names.
std::string RandomSuffix();

// Writes agency 1 (济南市市场监督管理局, 市局) and, with `two`, agency 2
// (青岛市市场监督管理局), the agencies the domain service tests work in.
Status AddTestAgencies(storage::Database& db, bool two);

class TestDatabase {
 public:
  // Creates and migrates. On failure db() is null and error() says why.
  explicit TestDatabase(storage::Backend backend, bool migrate = true);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::shared_ptr<storage::Database>& db() const { return db_; }
  const std::string& error() const { return error_; }
  const std::string& dir() const { return dir_; }
  // The PostgreSQL database's URL (for a server or App to open); "" for SQLite.
  const std::string& url() const { return url_; }

 private:
  std::shared_ptr<storage::Database> db_;
  std::string error_;
  std::string dir_;
  std::string admin_url_;
  std::string pg_db_;
  std::string url_;
};

}  // namespace gk::testing
