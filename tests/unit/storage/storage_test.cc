// The storage layer on both backends. Every test runs on SQLite; it runs on
// PostgreSQL too when GK_TEST_PG_URL names a server (a fresh database is
// created for each test and dropped afterwards).
#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "storage/database.h"
#include "storage/migrations.h"
#include "testutil/test_db.h"
#include "web/limits.h"

namespace gk::storage {
namespace {

namespace fs = std::filesystem;

using testing::PgUrl;
using testing::RandomSuffix;
using testing::WithDatabase;

TEST(PgUrlTest, WithDatabase) {
  EXPECT_EQ(WithDatabase("postgresql://postgres@127.0.0.1:55432/postgres", "gk_x"),
            "postgresql://postgres@127.0.0.1:55432/gk_x");
  EXPECT_EQ(WithDatabase("postgresql://u:p@h:1/db?sslmode=disable", "gk_x"),
            "postgresql://u:p@h:1/gk_x?sslmode=disable");
  EXPECT_EQ(WithDatabase("postgresql://u@h:1", "gk_x"), "postgresql://u@h:1/gk_x");
  EXPECT_EQ(WithDatabase("postgresql://u@h:1?a=b", "gk_x"), "postgresql://u@h:1/gk_x?a=b");
}

// A test table in the migrations' dialect, so it is created the same way on
// both backends.
const char kItemsTable[] =
    "CREATE TABLE items (\n"
    "  id {{ID}},\n"
    "  name TEXT NOT NULL UNIQUE,\n"
    "  n {{BIGINT}} NOT NULL DEFAULT 0\n"
    ") {{STRICT}};\n";

class StorageTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    DbOptions o;
    o.pool_size = 4;
    if (GetParam() == Backend::kPostgres) {
      const char* url = PgUrl();
      GK_SKIP_WITHOUT_PG();
      admin_url_ = url;
      pg_db_ = "gk_unit_" + RandomSuffix();
      try {
        soci::session admin(soci::postgresql, PostgresConnInfo(admin_url_));
        admin << "CREATE DATABASE " + pg_db_;
      } catch (const std::exception& e) {
        FAIL() << "cannot create database " << pg_db_ << " on GK_TEST_PG_URL: " << e.what();
      }
      o.url = WithDatabase(admin_url_, pg_db_);
    } else {
      std::string tmpl = fs::temp_directory_path() / "gk_storage_XXXXXX";
      ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
      dir_ = tmpl;
      o.data_dir = dir_;
    }
    auto db = Database::Open(o);
    ASSERT_TRUE(db.ok()) << db.status().message();
    db_ = db.value();
    EXPECT_EQ(db_->backend(), GetParam());
  }

  void TearDown() override {
    db_.reset();  // closes the pool before the database goes
    if (!pg_db_.empty()) {
      try {
        soci::session admin(soci::postgresql, PostgresConnInfo(admin_url_));
        admin << "DROP DATABASE IF EXISTS " + pg_db_ + " WITH (FORCE)";
      } catch (const std::exception& e) {
        ADD_FAILURE() << "cannot drop database " << pg_db_ << ": " << e.what();
      }
    }
    if (!dir_.empty()) {
      std::error_code ec;
      fs::remove_all(dir_, ec);
    }
  }

  void CreateItems() {
    Status s = db_->Transact([&](soci::session& sql) {
      for (const auto& stmt : PrepareMigration(kItemsTable, db_->backend())) sql << stmt;
      return Status::Ok();
    });
    ASSERT_TRUE(s.ok()) << s.message();
  }

  Result<int64_t> Insert(const std::string& name, int64_t n = 0) {
    long long id = 0;
    Status s = db_->Transact([&](soci::session& sql) {
      long long v = n;
      sql << "INSERT INTO items (name, n) VALUES (:name, :n) RETURNING id", soci::use(name), soci::use(v),
          soci::into(id);
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return static_cast<int64_t>(id);
  }

  long long Count(const std::string& where = "1 = 1") {
    long long c = -1;
    Status s = db_->Read([&](soci::session& sql) {
      sql << "SELECT COUNT(*) FROM items WHERE " + where, soci::into(c);
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.message();
    return c;
  }

  std::string dir_;
  std::string admin_url_;
  std::string pg_db_;
  std::shared_ptr<Database> db_;
};

std::vector<std::string> AllMigrations() {
  std::vector<std::string> v;
  for (const auto& m : EmbeddedMigrations()) v.push_back(m.file);
  return v;
}

TEST_P(StorageTest, MigrateOnceAndIdempotent) {
  ASSERT_FALSE(EmbeddedMigrations().empty());
  EXPECT_STREQ(EmbeddedMigrations()[0].file, "0001_foundation.sql");

  auto pending = db_->Pending();
  ASSERT_TRUE(pending.ok()) << pending.status().message();
  EXPECT_EQ(pending.value(), AllMigrations());

  std::vector<std::string> applied;
  ASSERT_TRUE(db_->Migrate(&applied).ok());
  EXPECT_EQ(applied, AllMigrations());

  pending = db_->Pending();
  ASSERT_TRUE(pending.ok());
  EXPECT_TRUE(pending->empty());

  std::vector<std::string> again;
  Status s = db_->Migrate(&again);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_TRUE(again.empty()) << "a second run applies nothing";

  long long recorded = 0;
  ASSERT_TRUE(db_->Read([&](soci::session& sql) {
                   sql << "SELECT COUNT(*) FROM schema_migrations", soci::into(recorded);
                   return Status::Ok();
                 })
                  .ok());
  EXPECT_EQ(recorded, static_cast<long long>(EmbeddedMigrations().size()));

  // The schema is there: every table of 0001 answers a query.
  for (const char* table :
       {"agencies", "departments", "users", "user_roles", "sessions", "login_failures", "audit_log"}) {
    long long n = -1;
    Status q = db_->Read([&](soci::session& sql) {
      sql << std::string("SELECT COUNT(*) FROM ") + table, soci::into(n);
      return Status::Ok();
    });
    EXPECT_TRUE(q.ok()) << table << ": " << q.message();
    EXPECT_EQ(n, 0) << table;
  }
}

TEST_P(StorageTest, ConcurrentMigrateAppliesOnce) {
  // Several processes starting at once: simulated by threads sharing the pool.
  std::vector<std::thread> threads;
  std::mutex mu;
  std::vector<std::string> applied_total;
  std::vector<Status> results(3);
  for (int t = 0; t < 3; ++t) {
    threads.emplace_back([&, t] {
      std::vector<std::string> applied;
      results[t] = db_->Migrate(&applied);
      std::lock_guard lock(mu);
      applied_total.insert(applied_total.end(), applied.begin(), applied.end());
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& r : results) EXPECT_TRUE(r.ok()) << r.message();
  std::sort(applied_total.begin(), applied_total.end());
  EXPECT_EQ(applied_total, AllMigrations()) << "each migration applied exactly once";
}

TEST_P(StorageTest, InsertReturningId) {
  CreateItems();
  auto a = Insert("a");
  auto b = Insert("b");
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_TRUE(b.ok()) << b.status().message();
  EXPECT_GT(a.value(), 0);
  EXPECT_GT(b.value(), a.value());
  std::string name;
  ASSERT_TRUE(db_->Read([&](soci::session& sql) {
                   long long id = b.value();
                   sql << "SELECT name FROM items WHERE id = :id", soci::use(id), soci::into(name);
                   return Status::Ok();
                 })
                  .ok());
  EXPECT_EQ(name, "b");
}

TEST_P(StorageTest, TransactCommitsOnOk) {
  CreateItems();
  Status s = db_->Transact([&](soci::session& sql) {
    sql << "INSERT INTO items (name) VALUES ('one')";
    sql << "INSERT INTO items (name) VALUES ('two')";
    return Status::Ok();
  });
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(Count(), 2);
}

TEST_P(StorageTest, TransactRollsBackOnError) {
  CreateItems();
  ASSERT_TRUE(Insert("kept").ok());
  Status s = db_->Transact([&](soci::session& sql) {
    sql << "INSERT INTO items (name) VALUES ('dropped')";
    sql << "UPDATE items SET n = 99";
    return Status::Invalid("业务规则不满足", "name");
  });
  EXPECT_EQ(s.code(), Code::kInvalid);
  EXPECT_EQ(s.message(), "业务规则不满足");
  EXPECT_EQ(s.field(), "name");
  EXPECT_EQ(Count(), 1);
  EXPECT_EQ(Count("n = 99"), 0);
  // The session went back to the pool in a usable state.
  for (int i = 0; i < 8; ++i) ASSERT_TRUE(Insert("after" + std::to_string(i)).ok());
  EXPECT_EQ(Count(), 9);
}

TEST_P(StorageTest, TransactRollsBackOnException) {
  CreateItems();
  ASSERT_TRUE(Insert("kept").ok());
  int calls = 0;
  Status s = db_->Transact([&](soci::session& sql) -> Status {
    ++calls;
    sql << "INSERT INTO items (name) VALUES ('dropped')";
    throw std::runtime_error("boom");
  });
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Code::kInternal);
  EXPECT_EQ(calls, 1) << "not a retryable error";
  EXPECT_EQ(Count(), 1);
  EXPECT_EQ(Count("name = 'dropped'"), 0);
  for (int i = 0; i < 8; ++i) ASSERT_TRUE(Insert("after" + std::to_string(i)).ok());
}

TEST_P(StorageTest, SqlErrorBecomesStatus) {
  CreateItems();
  Status s = db_->Transact([&](soci::session& sql) {
    sql << "INSERT INTO items (name) VALUES ('dropped')";
    sql << "INSERT INTO no_such_table (x) VALUES (1)";
    return Status::Ok();
  });
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(Count(), 0);
  s = db_->Read([&](soci::session& sql) {
    int x = 0;
    sql << "SELECT x FROM no_such_table", soci::into(x);
    return Status::Ok();
  });
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.code(), Code::kConflict);
}

TEST_P(StorageTest, UniqueViolationIsConflict) {
  CreateItems();
  ASSERT_TRUE(Insert("same").ok());
  auto dup = Insert("same");
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.status().code(), Code::kConflict) << dup.status().message();
  EXPECT_EQ(Count(), 1);
  // Inside a larger transaction the earlier statements are rolled back too.
  Status s = db_->Transact([&](soci::session& sql) {
    sql << "INSERT INTO items (name) VALUES ('first')";
    sql << "INSERT INTO items (name) VALUES ('same')";
    return Status::Ok();
  });
  EXPECT_EQ(s.code(), Code::kConflict);
  EXPECT_EQ(Count(), 1);
}

TEST_P(StorageTest, ConcurrentTransactionsLoseNothing) {
  CreateItems();
  auto counter = Insert("counter", 0);
  ASSERT_TRUE(counter.ok());
  constexpr int kThreads = 8;
  constexpr int kIncrements = 50;
  std::mutex mu;
  std::vector<long long> seen;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kIncrements; ++i) {
        long long value = 0;
        Status s = db_->Transact([&](soci::session& sql) {
          long long id = counter.value();
          sql << "UPDATE items SET n = n + 1 WHERE id = :id RETURNING n", soci::use(id), soci::into(value);
          return Status::Ok();
        });
        if (!s.ok()) {
          ++failures;
          ADD_FAILURE() << "Transact failed: " << s.message();
          continue;
        }
        std::lock_guard lock(mu);
        seen.push_back(value);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  long long n = -1;
  ASSERT_TRUE(db_->Read([&](soci::session& sql) {
                   long long id = counter.value();
                   sql << "SELECT n FROM items WHERE id = :id", soci::use(id), soci::into(n);
                   return Status::Ok();
                 })
                  .ok());
  EXPECT_EQ(n, kThreads * kIncrements);
  // Every increment saw its own value: 1..400, each once.
  std::sort(seen.begin(), seen.end());
  ASSERT_EQ(seen.size(), static_cast<size_t>(kThreads * kIncrements));
  for (size_t i = 0; i < seen.size(); ++i) ASSERT_EQ(seen[i], static_cast<long long>(i + 1));
}

TEST_P(StorageTest, Ping) {
  EXPECT_TRUE(db_->Ping().ok());
  EXPECT_FALSE(db_->description().empty());
  if (GetParam() == Backend::kPostgres) {
    EXPECT_TRUE(db_->description().starts_with("postgres")) << db_->description();
  } else {
    EXPECT_TRUE(db_->description().starts_with("sqlite:")) << db_->description();
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& info) {
                           return info.param == Backend::kSqlite ? std::string("Sqlite") : std::string("Postgres");
                         });

// ---------------------------------------------------------------------------
// Opening

TEST(DatabaseOpenTest, UnreachablePostgresIsUnavailable) {
  DbOptions o;
  o.url = "postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2";
  o.pool_size = 1;
  auto db = Database::Open(o);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Code::kUnavailable);
  EXPECT_EQ(db.status().message().find("secret"), std::string::npos) << "password hidden: " << db.status().message();
}

TEST(DatabaseOpenTest, SqliteUrlAndDataDir) {
  std::string tmpl = fs::temp_directory_path() / "gk_open_XXXXXX";
  ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
  {
    DbOptions o;
    o.data_dir = tmpl + "/nested/var";
    auto db = Database::Open(o);
    ASSERT_TRUE(db.ok()) << db.status().message();
    EXPECT_EQ(db.value()->backend(), Backend::kSqlite);
    EXPECT_TRUE(fs::exists(tmpl + "/nested/var/gongkai.db"));
    DbOptions u;
    u.url = "sqlite:" + tmpl + "/other.db";
    auto db2 = Database::Open(u);
    ASSERT_TRUE(db2.ok()) << db2.status().message();
    EXPECT_TRUE(db2.value()->Ping().ok());
    EXPECT_TRUE(fs::exists(tmpl + "/other.db"));
  }
  std::error_code ec;
  fs::remove_all(tmpl, ec);
}

// ---------------------------------------------------------------------------
// PrepareMigration (pure)

TEST(PrepareMigrationTest, TokensPerBackend) {
  const std::string sql = "CREATE TABLE t (\n  id {{ID}},\n  n {{BIGINT}} NOT NULL,\n  m {{BIGINT}}\n) {{STRICT}};\n";
  auto lite = PrepareMigration(sql, Backend::kSqlite);
  ASSERT_EQ(lite.size(), 1u);
  EXPECT_EQ(lite[0], "CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  n INTEGER NOT NULL,\n  m INTEGER\n) STRICT");
  auto pg = PrepareMigration(sql, Backend::kPostgres);
  ASSERT_EQ(pg.size(), 1u);
  EXPECT_EQ(pg[0],
            "CREATE TABLE t (\n  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n  n BIGINT NOT NULL,\n"
            "  m BIGINT\n) ");
}

TEST(PrepareMigrationTest, SplitsOnSemicolonAtEndOfLine) {
  struct Case {
    std::string name;
    std::string sql;
    std::vector<std::string> statements;
  };
  const Case cases[] = {
      {"empty", "", {}},
      {"only comments and blanks", "-- a comment\n\n-- another\n   \n", {}},
      {"one", "SELECT 1;\n", {"SELECT 1"}},
      {"two", "SELECT 1;\nSELECT 2;\n", {"SELECT 1", "SELECT 2"}},
      {"multi-line",
       "CREATE TABLE a (\n  x TEXT\n);\nCREATE INDEX ai ON a (x);",
       {"CREATE TABLE a (\n  x TEXT\n)", "CREATE INDEX ai ON a (x)"}},
      {"semicolon inside a line", "INSERT INTO a VALUES ('x;y');\n", {"INSERT INTO a VALUES ('x;y')"}},
      {"semicolon mid-line does not split", "SELECT ';'\n  , 1;\n", {"SELECT ';'\n  , 1"}},
      {"trailing spaces and CRLF", "SELECT 1;  \r\nSELECT 2;\r\n", {"SELECT 1", "SELECT 2"}},
      {"comment lines dropped", "-- head\nSELECT 1;\n-- between\nSELECT 2;\n", {"SELECT 1", "SELECT 2"}},
      {"last statement without semicolon", "SELECT 1;\nSELECT 2\n", {"SELECT 1", "SELECT 2\n"}},
  };
  for (const auto& c : cases) {
    for (Backend b : {Backend::kSqlite, Backend::kPostgres}) {
      EXPECT_EQ(PrepareMigration(c.sql, b), c.statements) << c.name;
    }
  }
}

TEST(PrepareMigrationTest, StatementsMarkedForOneBackend) {
  const std::string sql =
      "CREATE TABLE a (x TEXT);\n"
      "{{SQLITE}} CREATE VIRTUAL TABLE s USING fts5(x);\n"
      "{{SQLITE}} CREATE TRIGGER s_ai AFTER INSERT ON a BEGIN INSERT INTO s (x) VALUES (new.x); END;\n"
      "{{POSTGRES}} DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; END $$;\n"
      "{{POSTGRES}};\n"
      "-- a mark on its own line marks the statement below\n"
      "{{SQLITE}}\n"
      "CREATE INDEX ai ON a (x);\n"
      "CREATE INDEX bi ON a (x);\n";
  EXPECT_EQ(PrepareMigration(sql, Backend::kSqlite),
            (std::vector<std::string>{
                "CREATE TABLE a (x TEXT)", "CREATE VIRTUAL TABLE s USING fts5(x)",
                "CREATE TRIGGER s_ai AFTER INSERT ON a BEGIN INSERT INTO s (x) VALUES (new.x); END",
                "CREATE INDEX ai ON a (x)", "CREATE INDEX bi ON a (x)"}));
  EXPECT_EQ(PrepareMigration(sql, Backend::kPostgres),
            (std::vector<std::string>{"CREATE TABLE a (x TEXT)",
                                      "DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; END $$",
                                      "CREATE INDEX bi ON a (x)"}));
}

TEST(PrepareMigrationTest, EmbeddedMigrationsHaveNoTokensLeft) {
  for (const auto& m : EmbeddedMigrations()) {
    for (Backend b : {Backend::kSqlite, Backend::kPostgres}) {
      auto statements = PrepareMigration(m.sql, b);
      EXPECT_FALSE(statements.empty()) << m.file;
      for (const auto& s : statements) {
        EXPECT_EQ(s.find("{{"), std::string::npos) << m.file << ": " << s;
        EXPECT_NE(s.find_first_not_of(" \n\t"), std::string::npos) << m.file << ": empty statement";
        // A trigger's body and a DO block hold their own ';' on one line.
        if (!s.starts_with("CREATE TRIGGER") && !s.starts_with("DO ")) {
          EXPECT_EQ(s.find(';'), s.find("';'")) << m.file << ": two statements glued together: " << s;
        }
      }
      if (b == Backend::kPostgres) {
        for (const auto& s : statements) EXPECT_EQ(s.find("STRICT"), std::string::npos) << m.file;
      }
    }
  }
}

}  // namespace
}  // namespace gk::storage

// ---------------------------------------------------------------------------
// Limits and secrets the web layer keeps in the database (web/limits.h), on
// both backends: what makes them hold across restarts and instances.

namespace gk::storage {
namespace {

TEST_P(StorageTest, AttemptsAreCountedPerSubjectWithinTheirWindow) {
  ASSERT_TRUE(db_->Migrate(nullptr).ok());
  const int64_t t = 1800000000;
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(web::AllowAttempt(*db_, "apply.lookup", "203.0.113.7", 3, 600, t + i));
  EXPECT_FALSE(web::AllowAttempt(*db_, "apply.lookup", "203.0.113.7", 3, 600, t + 10));
  EXPECT_TRUE(web::AllowAttempt(*db_, "apply.lookup", "203.0.113.8", 3, 600, t + 10));    // another client
  EXPECT_TRUE(web::AllowAttempt(*db_, "apply.submit", "203.0.113.7", 3, 600, t + 10));    // another limit
  EXPECT_FALSE(web::AllowAttempt(*db_, "apply.lookup", "203.0.113.7", 3, 600, t + 599));  // refusals do not count...
  EXPECT_TRUE(web::AllowAttempt(*db_, "apply.lookup", "203.0.113.7", 3, 600, t + 600));   // ...the oldest has expired
}

TEST_P(StorageTest, AnInstallationSecretIsMadeOnceAndKept) {
  ASSERT_TRUE(db_->Migrate(nullptr).ok());
  auto first = web::InstallationSecret(*db_, "form_check", 32);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->size(), 64u);
  EXPECT_EQ(first->find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(*web::InstallationSecret(*db_, "form_check", 32), *first);
  EXPECT_NE(*web::InstallationSecret(*db_, "another", 32), *first);
}

}  // namespace
}  // namespace gk::storage
