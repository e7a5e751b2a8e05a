#include "web/limits.h"

#include <soci/soci.h>
#include <sodium.h>

#include <vector>

#include "common/netaddr.h"

namespace gk::web {
namespace {

constexpr int64_t kForgetAfter = 86400;  // longer than any window in use

}  // namespace

bool AllowAttempt(storage::Database& db, std::string_view bucket_view, const std::string& address, int max,
                  int64_t window, int64_t now) {
  const std::string bucket(bucket_view);
  const std::string subject = AddressGroup(address);
  bool allowed = true;
  Status s = db.Transact([&](soci::session& sql) {
    long long forget = now - kForgetAfter, since = now - window, at = now, count = 0;
    sql << "DELETE FROM rate_events WHERE at < :t", soci::use(forget);
    sql << "SELECT COUNT(*) FROM rate_events WHERE bucket = :b AND subject = :s AND at > :t", soci::use(bucket),
        soci::use(subject), soci::use(since), soci::into(count);
    allowed = count < max;
    if (allowed) {
      sql << "INSERT INTO rate_events (bucket, subject, at) VALUES (:b, :s, :t)", soci::use(bucket), soci::use(subject),
          soci::use(at);
    }
    return Status::Ok();
  });
  return !s.ok() || allowed;
}

bool UseOnce(storage::Database& db, std::string_view kind_view, const std::string& id, int64_t expires_at,
             int64_t now) {
  const std::string kind(kind_view);
  bool first = true;
  Status s = db.Transact([&](soci::session& sql) {
    long long until = expires_at, t = now;
    sql << "DELETE FROM used_tokens WHERE expires_at < :t", soci::use(t);
    soci::statement st = (sql.prepare << "INSERT INTO used_tokens (kind, id, expires_at) VALUES (:k, :i, :e) "
                                         "ON CONFLICT (kind, id) DO NOTHING",
                          soci::use(kind), soci::use(id), soci::use(until));
    st.execute(true);
    first = st.get_affected_rows() > 0;
    return Status::Ok();
  });
  return !s.ok() || first;
}

Result<std::string> InstallationSecret(storage::Database& db, const std::string& name, size_t bytes) {
  std::vector<unsigned char> random(bytes);
  randombytes_buf(random.data(), random.size());
  std::string fresh(bytes * 2 + 1, '\0');
  sodium_bin2hex(fresh.data(), fresh.size(), random.data(), random.size());
  fresh.pop_back();
  std::string value;
  Status s = db.Transact([&](soci::session& sql) {
    // The first instance to get here makes it; the others read theirs.
    sql << "INSERT INTO installation_secrets (name, value) VALUES (:n, :v) ON CONFLICT (name) DO NOTHING",
        soci::use(name), soci::use(fresh);
    sql << "SELECT value FROM installation_secrets WHERE name = :n", soci::use(name), soci::into(value);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return value;
}

}  // namespace gk::web
