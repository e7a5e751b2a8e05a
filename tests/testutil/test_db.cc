#include "testutil/test_db.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <random>

namespace gk::testing {

const char* PgUrl() {
  const char* url = std::getenv("GK_TEST_PG_URL");
  return url && *url ? url : nullptr;
}

bool PgRequired() {
  const char* v = std::getenv("GK_REQUIRE_PG");
  return v && *v && std::string(v) != "0";
}

std::string WithDatabase(const std::string& url, const std::string& name) {
  size_t scheme = url.find("://");
  size_t slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (slash == std::string::npos) {
    size_t q = url.find('?');
    if (q == std::string::npos) return url + "/" + name;
    return url.substr(0, q) + "/" + name + url.substr(q);
  }
  size_t end = url.find('?', slash);
  return url.substr(0, slash + 1) + name + (end == std::string::npos ? "" : url.substr(end));
}

std::string RandomSuffix() {
  std::random_device rd;
  std::mt19937_64 gen(rd() ^ (static_cast<uint64_t>(::getpid()) << 20));
  static const char* kHex = "0123456789abcdef";
  std::string s;
  uint64_t v = gen();
  for (int i = 0; i < 12; ++i, v >>= 4) s.push_back(kHex[v & 0xf]);
  return s;
}

TestDatabase::TestDatabase(storage::Backend backend, bool migrate) {
  storage::DbOptions o;
  o.pool_size = 4;
  if (backend == storage::Backend::kPostgres) {
    const char* url = PgUrl();
    if (url == nullptr) {
      error_ = "GK_TEST_PG_URL not set";
      return;
    }
    admin_url_ = url;
    pg_db_ = "gk_unit_" + RandomSuffix();
    try {
      soci::session admin(soci::postgresql, storage::PostgresConnInfo(admin_url_));
      admin << "CREATE DATABASE " + pg_db_;
    } catch (const std::exception& e) {
      error_ = "cannot create database " + pg_db_ + ": " + e.what();
      pg_db_.clear();
      return;
    }
    o.url = WithDatabase(admin_url_, pg_db_);
    url_ = o.url;
  } else {
    std::string tmpl = std::filesystem::temp_directory_path() / "gk_db_XXXXXX";
    if (mkdtemp(tmpl.data()) == nullptr) {
      error_ = "mkdtemp failed";
      return;
    }
    dir_ = tmpl;
    o.data_dir = dir_;
  }
  auto db = storage::Database::Open(o);
  if (!db.ok()) {
    error_ = db.status().message();
    return;
  }
  if (migrate) {
    if (Status m = db.value()->Migrate(nullptr); !m.ok()) {
      error_ = m.message();
      return;
    }
  }
  db_ = db.value();
}

TestDatabase::~TestDatabase() {
  db_.reset();  // closes the pool before the database goes
  if (!pg_db_.empty()) {
    try {
      soci::session admin(soci::postgresql, storage::PostgresConnInfo(admin_url_));
      admin << "DROP DATABASE IF EXISTS " + pg_db_ + " WITH (FORCE)";
    } catch (const std::exception&) {
    }
  }
  if (!dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
}

Status AddTestAgencies(storage::Database& db, bool two) {
  return db.Transact([two](soci::session& sql) {
    sql << "INSERT INTO agencies (id, name, short_name, uscc, created_at, updated_at) VALUES "
           "(1, '济南市市场监督管理局', '市局', '11370100MB28696235', 0, 0)";
    if (two)
      sql << "INSERT INTO agencies (id, name, short_name, uscc, created_at, updated_at) VALUES "
             "(2, '青岛市市场监督管理局', '青岛', '11370200MB2869630X', 0, 0)";
    return Status::Ok();
  });
}

}  // namespace gk::testing
