#include "catalogue/search_analytics.h"

#include <soci/soci.h>

#include <algorithm>
#include <map>

#include "common/china_time.h"

namespace gk::catalogue {
namespace {

// Weeks counted from Monday 1970-01-05 00:00 China time (the epoch was a
// Thursday), in integer arithmetic that SQLite and PostgreSQL both do alike.
constexpr int64_t kChinaOffset = 8 * 3600;
constexpr int64_t kFirstMonday = 4 * 86400;
constexpr int64_t kWeek = 7 * 86400;

int64_t WeekIndex(int64_t at) {
  const int64_t t = at + kChinaOffset - kFirstMonday;
  return t >= 0 ? t / kWeek : -((-t + kWeek - 1) / kWeek);
}

int64_t WeekStart(int64_t index) { return index * kWeek + kFirstMonday - kChinaOffset; }

}  // namespace

Date WeekMonday(int64_t at) { return ChinaDate(WeekStart(WeekIndex(at))); }

Result<std::vector<SearchWeek>> MissedSearches(storage::Database& db, int64_t now, int weeks, size_t per_week) {
  weeks = std::clamp(weeks, 1, 52);
  const int64_t current = WeekIndex(now);
  const long long since = WeekStart(current - weeks + 1);
  std::map<int64_t, SearchWeek, std::greater<>> by_week;
  for (int64_t w = current; w > current - weeks; --w) by_week[w].monday = ChinaDate(WeekStart(w));
  Status s = db.Read([&](soci::session& sql) {
    // Totals per week, then the missed searches per week and query
    // (GROUP BY ordinals: PostgreSQL would not match two bound expressions).
    long long week = 0, count = 0, missed = 0, results = 0;
    const long long few = kFewResults, offset = kChinaOffset - kFirstMonday, span = kWeek;
    soci::statement totals =
        (sql.prepare << "SELECT (at + :o) / :w AS wk, COUNT(*), "
                        "SUM(CASE WHEN results < :f THEN 1 ELSE 0 END) FROM search_queries "
                        "WHERE at >= :s GROUP BY 1",
         soci::into(week), soci::into(count), soci::into(missed), soci::use(offset), soci::use(span), soci::use(few),
         soci::use(since));
    totals.execute();
    while (totals.fetch()) {
      auto it = by_week.find(week);
      if (it == by_week.end()) continue;
      it->second.searches = count;
      it->second.missed = missed;
    }
    std::string query;
    soci::statement rows = (sql.prepare << "SELECT (at + :o) / :w AS wk, query, COUNT(*), MAX(results) "
                                           "FROM search_queries WHERE at >= :s AND results < :f "
                                           "GROUP BY 1, 2",
                            soci::into(week), soci::into(query), soci::into(count), soci::into(results),
                            soci::use(offset), soci::use(span), soci::use(since), soci::use(few));
    rows.execute();
    while (rows.fetch()) {
      auto it = by_week.find(week);
      if (it == by_week.end() || query.empty()) continue;
      it->second.top.push_back({query, count, results});
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::vector<SearchWeek> out;
  for (auto& [index, w] : by_week) {
    std::sort(w.top.begin(), w.top.end(), [](const MissedSearch& a, const MissedSearch& b) {
      return a.count != b.count ? a.count > b.count : a.query < b.query;
    });
    if (w.top.size() > per_week) w.top.resize(per_week);
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace gk::catalogue
