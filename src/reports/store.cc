#include "reports/store.h"

namespace gk::reports::store {
namespace {

void EnsureRow(soci::session& sql, int64_t agency_id, int year, int64_t now) {
  long long a = agency_id, y = year, t = now, n = 0;
  sql << "SELECT COUNT(*) FROM annual_reports WHERE agency_id = :a AND year = :y", soci::use(a), soci::use(y),
      soci::into(n);
  if (n == 0)
    sql << "INSERT INTO annual_reports (agency_id, year, updated_at) VALUES (:a, :y, :t)", soci::use(a), soci::use(y),
        soci::use(t);
}

}  // namespace

std::optional<Stored> Find(soci::session& sql, int64_t agency_id, int year) {
  Stored s;
  long long a = agency_id, y = year, entered = 0, licensing = 0, penalty = 0, coercion = 0, prior = 0, at = 0;
  sql << "SELECT overview, problems, other_matters, fees, enforcement_entered, licensing, penalty, coercion, "
         "enforcement_note, prior_entered, published, updated_at FROM annual_reports WHERE agency_id = :a AND year = :y",
      soci::use(a), soci::use(y), soci::into(s.entries.overview), soci::into(s.entries.problems),
      soci::into(s.entries.other_matters), soci::into(s.entries.fees), soci::into(entered), soci::into(licensing),
      soci::into(penalty), soci::into(coercion), soci::into(s.entries.enforcement_note), soci::into(prior),
      soci::into(s.published), soci::into(at);
  if (!sql.got_data()) return std::nullopt;
  s.entries.enforcement_entered = entered != 0;
  s.entries.enforcement = {licensing, penalty, coercion, true};
  s.prior_entered = prior != 0;
  s.updated_at = at;
  return s;
}

void SaveEntries(soci::session& sql, int64_t agency_id, int year, const Entries& e, int64_t user_id, int64_t now) {
  EnsureRow(sql, agency_id, year, now);
  long long a = agency_id, y = year, entered = e.enforcement_entered ? 1 : 0, licensing = e.enforcement.licensing,
            penalty = e.enforcement.penalty, coercion = e.enforcement.coercion, by = user_id, t = now;
  sql << "UPDATE annual_reports SET overview = :o, problems = :p, other_matters = :m, fees = :f, "
         "enforcement_entered = :e, licensing = :l, penalty = :pe, coercion = :c, enforcement_note = :n, "
         "updated_by = :b, updated_at = :t WHERE agency_id = :a AND year = :y",
      soci::use(e.overview), soci::use(e.problems), soci::use(e.other_matters), soci::use(e.fees), soci::use(entered),
      soci::use(licensing), soci::use(penalty), soci::use(coercion), soci::use(e.enforcement_note), soci::use(by),
      soci::use(t), soci::use(a), soci::use(y);
}

void SavePublished(soci::session& sql, int64_t agency_id, int year, const std::string& json, bool prior_entered,
                   int64_t user_id, int64_t now) {
  EnsureRow(sql, agency_id, year, now);
  long long a = agency_id, y = year, prior = prior_entered ? 1 : 0, by = user_id, t = now;
  sql << "UPDATE annual_reports SET published = :j, prior_entered = :p, updated_by = :b, updated_at = :t "
         "WHERE agency_id = :a AND year = :y",
      soci::use(json), soci::use(prior), soci::use(by), soci::use(t), soci::use(a), soci::use(y);
}

}  // namespace gk::reports::store
