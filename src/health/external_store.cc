#include "health/external_store.h"

#include <soci/soci.h>

#include <set>

namespace gk::health::store {

Status AddExternalLinks(storage::Database& db, const std::vector<std::string>& urls, int64_t now) {
  if (urls.empty()) return Status::Ok();
  std::set<std::string> known;
  Status s = db.Read([&](soci::session& sql) {
    std::string url;
    soci::statement st = (sql.prepare << "SELECT url FROM external_links", soci::into(url));
    st.execute();
    while (st.fetch()) known.insert(url);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::vector<std::string> fresh;
  for (const auto& u : urls)
    if (!known.count(u)) fresh.push_back(u);
  if (fresh.empty()) return Status::Ok();
  return db.Transact([&](soci::session& sql) {
    std::string url;
    long long at = now;
    soci::statement st = (sql.prepare << "INSERT INTO external_links (url, first_seen) VALUES (:u, :t) "
                                         "ON CONFLICT (url) DO NOTHING",
                          soci::use(url), soci::use(at));
    for (const auto& u : fresh) {
      url = u;
      st.execute(true);
    }
    return Status::Ok();
  });
}

Result<std::vector<ExternalLink>> LoadExternalLinks(storage::Database& db) {
  std::vector<ExternalLink> out;
  Status s = db.Read([&](soci::session& sql) {
    std::string url, error;
    long long first = 0, checked = 0, status = 0, ok = 0, failures = 0, since = 0;
    soci::statement st = (sql.prepare << "SELECT url, first_seen, checked_at, http_status, error, ok_at, failures, "
                                         "failing_since FROM external_links ORDER BY url",
                          soci::into(url), soci::into(first), soci::into(checked), soci::into(status),
                          soci::into(error), soci::into(ok), soci::into(failures), soci::into(since));
    st.execute();
    while (st.fetch())
      out.push_back({url, first, checked, static_cast<int>(status), error, ok, static_cast<int>(failures), since});
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status SaveExternalLink(storage::Database& db, const ExternalLink& link) {
  return db.Transact([&](soci::session& sql) {
    long long checked = link.checked_at, status = link.http_status, ok = link.ok_at, failures = link.failures,
              since = link.failing_since;
    std::string error = link.error, url = link.url;
    sql << "UPDATE external_links SET checked_at = :c, http_status = :s, error = :e, ok_at = :o, failures = :f, "
           "failing_since = :since WHERE url = :u",
        soci::use(checked), soci::use(status), soci::use(error), soci::use(ok), soci::use(failures), soci::use(since),
        soci::use(url);
    return Status::Ok();
  });
}

}  // namespace gk::health::store
