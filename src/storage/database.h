// The data-access layer: a pool of SOCI sessions on SQLite (default) or
// PostgreSQL, transactions with retry, and migrations. Domain stores write
// their SQL once against soci::session and it runs on both backends.
//
// Exceptions from SOCI never leave this layer: Transact/Read convert them to
// Status (Conflict for unique violations, Unavailable for lost connections).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "storage/migrations.h"

namespace soci {
class session;
class connection_pool;
}  // namespace soci

namespace gk::storage {

struct DbOptions {
  std::string url;       // "", "sqlite:PATH" or "postgresql://..."
  std::string data_dir;  // holds gongkai.db when url is empty
  int pool_size = 4;
  int busy_timeout_ms = 5000;
};

using TxFn = std::function<Status(soci::session&)>;

// "postgresql://user:pass@host:port/db?sslmode=require" as libpq key=value
// connection parameters (SOCI passes URIs through badly). Percent-escapes in
// the user, password and database name are decoded.
std::string PostgresConnInfo(const std::string& url);

class Database {
 public:
  // Opens the pool. Does not migrate.
  static Result<std::shared_ptr<Database>> Open(const DbOptions& options);
  ~Database();

  Backend backend() const { return backend_; }
  // Human-readable target with secrets hidden ("sqlite:var/gongkai.db").
  const std::string& description() const { return description_; }

  // Runs `fn` in a write transaction; commits when it returns ok, rolls back
  // otherwise. Retries the whole function (up to 5 times) when SQLite is busy
  // or PostgreSQL reports a serialization failure or deadlock, so `fn` must
  // not have effects outside the transaction.
  Status Transact(const TxFn& fn);
  // Runs `fn` on a pooled session without an explicit transaction.
  Status Read(const TxFn& fn);
  // Cheap reachability check for /readyz.
  Status Ping();

  // Applies every embedded migration not yet recorded in schema_migrations,
  // each in its own transaction. `applied` receives the file names applied.
  Status Migrate(std::vector<std::string>* applied);
  // Migrations that exist but are not applied.
  Result<std::vector<std::string>> Pending();

  // Converts an exception thrown by SOCI into a Status.
  static Status FromException(const std::exception& e);

 private:
  Database() = default;
  Status RunOnce(const TxFn& fn, bool write);
  Status RunOnceOn(soci::session& sql, const TxFn& fn, bool write);
  void ReconnectIfLost(soci::session& sql);

  Backend backend_ = Backend::kSqlite;
  std::string description_;
  int pool_size_ = 0;
  std::unique_ptr<soci::connection_pool> pool_;
};

}  // namespace gk::storage
