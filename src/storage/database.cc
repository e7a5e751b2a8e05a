#include "storage/database.h"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cctype>
#include <chrono>
#include <filesystem>
#include <regex>
#include <thread>

#include "common/clock.h"

namespace gk::storage {
namespace {

constexpr int kMaxAttempts = 5;

// Raised inside a transaction to ask for another attempt.
struct RetryableError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

bool IsRetryable(const std::exception& e) {
  if (auto* s = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
    int rc = s->result() & 0xff;
    return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
  }
  if (auto* p = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
    std::string st = p->sqlstate();
    return st == "40001" || st == "40P01";
  }
  std::string what = e.what();
  return what.find("database is locked") != std::string::npos;
}

std::string HidePassword(const std::string& url) {
  static const std::regex kPw(R"(^(postgres(?:ql)?://[^:/@]+:)[^@]*@)");
  return std::regex_replace(url, kPw, "$1****@");
}

std::string Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() + 0 && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// libpq quoting: values in single quotes with \ and \' escaped.
std::string Quote(const std::string& v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

}  // namespace

std::string PostgresConnInfo(const std::string& url) {
  std::string rest = url.substr(url.find("://") + 3);
  std::string query;
  if (auto q = rest.find('?'); q != std::string::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  std::string dbname;
  if (auto slash = rest.find('/'); slash != std::string::npos) {
    dbname = Unescape(rest.substr(slash + 1));
    rest = rest.substr(0, slash);
  }
  std::string user, password;
  if (auto at = rest.rfind('@'); at != std::string::npos) {
    std::string cred = rest.substr(0, at);
    rest = rest.substr(at + 1);
    auto colon = cred.find(':');
    user = Unescape(cred.substr(0, colon));
    if (colon != std::string::npos) password = Unescape(cred.substr(colon + 1));
  }
  std::string host = rest, port;
  if (!host.empty() && host[0] == '[') {
    auto close = host.find(']');
    port = close + 1 < host.size() && host[close + 1] == ':' ? host.substr(close + 2) : "";
    host = host.substr(1, close - 1);
  } else if (auto colon = host.rfind(':'); colon != std::string::npos) {
    port = host.substr(colon + 1);
    host = host.substr(0, colon);
  }
  std::string info;
  auto add = [&](const char* k, const std::string& v) {
    if (!v.empty()) info += std::string(info.empty() ? "" : " ") + k + "=" + Quote(v);
  };
  add("host", host);
  add("port", port);
  add("user", user);
  add("password", password);
  add("dbname", dbname);
  // A worker must never wait forever for a database that does not answer.
  if (query.find("connect_timeout=") == std::string::npos) add("connect_timeout", "5");
  // Server notices would go to stderr as plain text, outside the JSON log.
  if (query.find("options=") == std::string::npos) add("options", "-c client_min_messages=warning");
  size_t i = 0;
  while (i < query.size()) {
    size_t amp = query.find('&', i);
    if (amp == std::string::npos) amp = query.size();
    std::string kv = query.substr(i, amp - i);
    if (auto eq = kv.find('='); eq != std::string::npos) add(kv.substr(0, eq).c_str(), Unescape(kv.substr(eq + 1)));
    i = amp + 1;
  }
  return info;
}

Status Database::FromException(const std::exception& e) {
  std::string what = e.what();
  if (auto* p = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
    std::string st = p->sqlstate();
    if (st == "23505") return Status::Conflict("记录已存在（唯一性冲突）");
    if (st.starts_with("08") || st.starts_with("57P") || p->get_error_category() == soci::soci_error::connection_error)
      return Status::Unavailable("数据库暂时无法访问");
  }
  if (auto* s = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
    int rc = s->result() & 0xff;
    if (rc == SQLITE_CONSTRAINT && what.find("UNIQUE") != std::string::npos)
      return Status::Conflict("记录已存在（唯一性冲突）");
    if (rc == SQLITE_CANTOPEN || rc == SQLITE_IOERR || rc == SQLITE_FULL || rc == SQLITE_CORRUPT)
      return Status::Unavailable("数据库暂时无法访问");
  }
  if (what.find("UNIQUE constraint failed") != std::string::npos || what.find("duplicate key") != std::string::npos)
    return Status::Conflict("记录已存在（唯一性冲突）");
  for (const char* lost :
       {"Session is not connected", "server closed the connection", "no connection to the server",
        "connection to server", "Connection refused", "terminating connection", "could not receive data"})
    if (what.find(lost) != std::string::npos) return Status::Unavailable("数据库暂时无法访问");
  return Status::Internal(what);
}

Result<std::shared_ptr<Database>> Database::Open(const DbOptions& o) {
  std::shared_ptr<Database> db(new Database());
  db->pool_size_ = std::max(1, o.pool_size);
  std::string connect;
  const soci::backend_factory* factory = nullptr;
  if (o.url.starts_with("postgresql://") || o.url.starts_with("postgres://")) {
    db->backend_ = Backend::kPostgres;
    factory = &soci::postgresql;
    connect = PostgresConnInfo(o.url);
    db->description_ = HidePassword(o.url);
  } else {
    std::string path = o.url.starts_with("sqlite:") ? o.url.substr(7) : o.data_dir + "/gongkai.db";
    std::error_code ec;
    auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    if (ec) return Status::Unavailable("无法创建数据目录 " + parent.string() + "：" + ec.message());
    db->backend_ = Backend::kSqlite;
    factory = &soci::sqlite3;
    connect = "db=\"" + path + "\" timeout=" + std::to_string(std::max(1, o.busy_timeout_ms / 1000));
    db->description_ = "sqlite:" + path;
  }
  try {
    db->pool_ = std::make_unique<soci::connection_pool>(db->pool_size_);
    for (int i = 0; i < db->pool_size_; ++i) {
      soci::session& s = db->pool_->at(i);
      s.open(*factory, connect);
      if (db->backend_ == Backend::kSqlite) {
        s << "PRAGMA busy_timeout = " + std::to_string(o.busy_timeout_ms);
        s << "PRAGMA journal_mode = WAL";
        s << "PRAGMA synchronous = NORMAL";
        s << "PRAGMA foreign_keys = ON";
      }
    }
  } catch (const std::exception& e) {
    return Status::Unavailable("无法连接数据库 " + db->description_ + "：" + e.what());
  }
  return db;
}

Database::~Database() = default;

// A pooled PostgreSQL connection that the server dropped (restart, network)
// stays dead until reconnected: check after every failure, so the next
// request gets a working connection.
void Database::ReconnectIfLost(soci::session& sql) {
  if (backend_ != Backend::kPostgres) return;
  // The backend's type information is not exported by libsoci: cast by name.
  // No backend at all means an earlier reconnect failed.
  if (sql.get_backend() != nullptr) {
    auto* pg = static_cast<soci::postgresql_session_backend*>(sql.get_backend());
    if (PQstatus(pg->conn_) == CONNECTION_OK) return;
  }
  try {
    sql.reconnect();
    spdlog::warn("reconnected to the database after a lost connection");
  } catch (const std::exception& e) {
    spdlog::warn("database reconnect failed: {}", e.what());
  }
}

Status Database::RunOnce(const TxFn& fn, bool write) {
  soci::session sql(*pool_);
  try {
    return RunOnceOn(sql, fn, write);
  } catch (...) {
    ReconnectIfLost(sql);
    throw;
  }
}

Status Database::RunOnceOn(soci::session& sql, const TxFn& fn, bool write) {
  if (!write) return fn(sql);
  sql << (backend_ == Backend::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
  Status s;
  try {
    s = fn(sql);
  } catch (...) {
    try {
      sql << "ROLLBACK";
    } catch (...) {
    }
    throw;
  }
  if (s.ok()) {
    sql << "COMMIT";
  } else {
    sql << "ROLLBACK";
  }
  return s;
}

Status Database::Transact(const TxFn& fn) {
  for (int attempt = 1;; ++attempt) {
    try {
      return RunOnce(fn, true);
    } catch (const std::exception& e) {
      if (attempt < kMaxAttempts && IsRetryable(e)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10 * attempt * attempt));
        continue;
      }
      Status s = FromException(e);
      if (s.code() == Code::kInternal) spdlog::error("database error: {}", e.what());
      return s;
    }
  }
}

Status Database::Read(const TxFn& fn) {
  try {
    return RunOnce(fn, false);
  } catch (const std::exception& e) {
    Status s = FromException(e);
    if (s.code() == Code::kInternal) spdlog::error("database error: {}", e.what());
    return s;
  }
}

Status Database::Ping() {
  return Read([](soci::session& sql) {
    int one = 0;
    sql << "SELECT 1", soci::into(one);
    return one == 1 ? Status::Ok() : Status::Unavailable("数据库无响应");
  });
}

namespace {

Status EnsureSchemaTable(soci::session& sql) {
  // Concurrent CREATE TABLE IF NOT EXISTS can still collide on PostgreSQL
  // (a unique violation in pg_type): take the migration lock first.
  if (sql.get_backend_name() == "postgresql") sql << "SELECT pg_advisory_xact_lock(727274)";
  sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)";
  return Status::Ok();
}

std::vector<std::string> AppliedVersions(soci::session& sql) {
  std::vector<std::string> out;
  soci::rowset<std::string> rs = (sql.prepare << "SELECT version FROM schema_migrations ORDER BY version");
  for (const auto& v : rs) out.push_back(v);
  return out;
}

}  // namespace

Result<std::vector<std::string>> Database::Pending() {
  std::vector<std::string> pending;
  Status s = Transact([&](soci::session& sql) {
    Status e = EnsureSchemaTable(sql);
    auto done = AppliedVersions(sql);
    for (const auto& m : EmbeddedMigrations())
      if (std::find(done.begin(), done.end(), m.file) == done.end()) pending.push_back(m.file);
    return e;
  });
  if (!s.ok()) return s;
  return pending;
}

Status Database::Migrate(std::vector<std::string>* applied) {
  Status s = Transact(EnsureSchemaTable);
  if (!s.ok()) return s;
  SystemClock clock;
  for (const auto& m : EmbeddedMigrations()) {
    std::string file = m.file;
    bool ran = false;
    s = Transact([&](soci::session& sql) {
      // Several instances starting at once on PostgreSQL: one migrates, the
      // others wait here and then find the work done.
      if (backend_ == Backend::kPostgres) sql << "SELECT pg_advisory_xact_lock(727274)";
      int n = 0;
      sql << "SELECT COUNT(*) FROM schema_migrations WHERE version = :v", soci::use(file), soci::into(n);
      if (n > 0) return Status::Ok();
      for (const auto& stmt : PrepareMigration(m.sql, backend_)) {
        try {
          sql << stmt;
        } catch (const soci::soci_error& e) {
          return Status::Internal("迁移 " + file + " 失败：" + e.what());
        }
      }
      long long now = clock.Now();
      sql << "INSERT INTO schema_migrations (version, applied_at) VALUES (:v, :t)", soci::use(file), soci::use(now);
      ran = true;
      return Status::Ok();
    });
    if (!s.ok()) return s;
    if (ran && applied) applied->push_back(file);
  }
  return Status::Ok();
}

}  // namespace gk::storage
