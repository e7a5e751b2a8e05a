#include "catalogue/cleanup_store.h"

#include <soci/soci.h>

namespace gk::catalogue::store {
namespace {

constexpr const char* kCleanupColumns =
    "SELECT id, agency_id, title, decided_on, basis, state, created_by, created_at, decided_by, decided_at "
    "FROM normative_cleanups ";

std::vector<Cleanup> QueryCleanups(soci::session& sql, const std::string& tail, long long key) {
  std::vector<Cleanup> out;
  Cleanup c;
  long long id = 0, agency = 0, created_by = 0, created_at = 0, decided_by = 0, decided_at = 0;
  std::string decided_on, state;
  soci::statement st =
      (sql.prepare << std::string(kCleanupColumns) + tail, soci::use(key, "k"), soci::into(id), soci::into(agency),
       soci::into(c.title), soci::into(decided_on), soci::into(c.basis), soci::into(state), soci::into(created_by),
       soci::into(created_at), soci::into(decided_by), soci::into(decided_at));
  st.execute();
  while (st.fetch()) {
    c.id = id;
    c.agency_id = agency;
    c.decided_on = DateOf(decided_on);
    c.decided = state == "decided";
    c.created_by = created_by;
    c.created_at = created_at;
    c.decided_by = decided_by;
    c.decided_at = decided_at;
    out.push_back(c);
  }
  return out;
}

}  // namespace

int64_t InsertCleanup(soci::session& sql, const Cleanup& c) {
  long long id = 0, agency = c.agency_id, by = c.created_by, at = c.created_at;
  std::string decided_on = DateText(c.decided_on);
  sql << "INSERT INTO normative_cleanups (agency_id, title, decided_on, basis, created_by, created_at) "
         "VALUES (:a, :t, :d, :b, :u, :c) RETURNING id",
      soci::use(agency), soci::use(c.title), soci::use(decided_on), soci::use(c.basis), soci::use(by), soci::use(at),
      soci::into(id);
  return id;
}

void UpdateCleanupHeader(soci::session& sql, const Cleanup& c) {
  long long id = c.id;
  std::string decided_on = DateText(c.decided_on);
  sql << "UPDATE normative_cleanups SET title = :t, decided_on = :d, basis = :b WHERE id = :i", soci::use(c.title),
      soci::use(decided_on), soci::use(c.basis), soci::use(id);
}

void SaveCleanupDecisions(soci::session& sql, int64_t cleanup_id, const std::vector<CleanupEntry>& entries) {
  long long id = cleanup_id;
  sql << "DELETE FROM normative_cleanup_decisions WHERE cleanup_id = :i", soci::use(id);
  for (const auto& e : entries) {
    if (e.decision == CleanupDecision::kNone) continue;
    long long item = e.item_id;
    std::string decision = CleanupDecisionCode(e.decision), expires = DateText(e.expires_on);
    sql << "INSERT INTO normative_cleanup_decisions (cleanup_id, item_id, decision, reason, expires_on) "
           "VALUES (:c, :i, :d, :r, :x)",
        soci::use(id), soci::use(item), soci::use(decision), soci::use(e.reason), soci::use(expires);
  }
}

void MarkCleanupDecided(soci::session& sql, int64_t cleanup_id, int64_t by, int64_t at) {
  long long id = cleanup_id, who = by, when = at;
  sql << "UPDATE normative_cleanups SET state = 'decided', decided_by = :b, decided_at = :a WHERE id = :i",
      soci::use(who), soci::use(when), soci::use(id);
}

std::vector<Cleanup> ListCleanups(soci::session& sql, const std::vector<int64_t>* agencies) {
  std::string tail = "WHERE :k = 0";
  if (agencies) {
    tail += " AND agency_id IN (-1";
    for (int64_t a : *agencies) tail += ", " + std::to_string(a);
    tail += ")";
  }
  return QueryCleanups(sql, tail + " ORDER BY id DESC", 0);
}

std::optional<Cleanup> FindCleanup(soci::session& sql, int64_t id) {
  auto found = QueryCleanups(sql, "WHERE id = :k", id);
  if (found.empty()) return std::nullopt;
  Cleanup c = std::move(found.front());
  CleanupEntry e;
  long long item = 0, key = id;
  std::string decision, expires, written, kind, doc_expires;
  soci::indicator kind_ind = soci::i_ok, doc_expires_ind = soci::i_ok;
  soci::statement st =
      (sql.prepare << "SELECT d.item_id, d.decision, d.reason, d.expires_on, i.title, i.doc_no, i.index_no, "
                      "i.written_on, n.kind, n.expires_on FROM normative_cleanup_decisions d "
                      "JOIN items i ON i.id = d.item_id LEFT JOIN item_normative n ON n.item_id = d.item_id "
                      "WHERE d.cleanup_id = :k ORDER BY i.written_on, i.id",
       soci::use(key, "k"), soci::into(item), soci::into(decision), soci::into(e.reason), soci::into(expires),
       soci::into(e.title), soci::into(e.doc_no), soci::into(e.index_no), soci::into(written),
       soci::into(kind, kind_ind), soci::into(doc_expires, doc_expires_ind));
  st.execute();
  while (st.fetch()) {
    e.item_id = item;
    e.decision = CleanupDecision::kNone;
    ParseCleanupDecision(decision, &e.decision);
    e.expires_on = DateOf(expires);
    e.written_on = DateOf(written);
    e.kind = NormativeKind::kNone;
    if (kind_ind == soci::i_ok) ParseNormativeKind(kind, &e.kind);
    e.doc_expires_on = doc_expires_ind == soci::i_ok ? DateOf(doc_expires) : std::nullopt;
    c.entries.push_back(e);
  }
  return c;
}

void InsertValidityChange(soci::session& sql, const ValidityChange& c) {
  long long item = c.item_id, cleanup = c.cleanup_id, at = c.recorded_at;
  std::string on = c.changed_on.ToString(), validity = ValidityCode(c.validity), expires = DateText(c.expires_on),
              source = ValidityChangeSourceCode(c.source);
  sql << "INSERT INTO validity_history (item_id, changed_on, validity, expires_on, source, cleanup_id, note, "
         "recorded_at) VALUES (:i, :o, :v, :x, :s, :c, :n, :a)",
      soci::use(item), soci::use(on), soci::use(validity), soci::use(expires), soci::use(source), soci::use(cleanup),
      soci::use(c.note), soci::use(at);
}

void StartValidityHistory(soci::session& sql, const Item& item, Date on, int64_t now) {
  if (item.normative.Empty()) return;
  const bool ceased = item.validity != Validity::kNone && item.validity != Validity::kValid;
  InsertValidityChange(sql, ValidityChange{item.id, on, ceased ? Validity::kValid : item.validity,
                                           item.normative.expires_on, ValidityChange::Source::kPublish, 0, "", now});
  if (ceased)
    InsertValidityChange(sql, ValidityChange{item.id, item.validity_changed_on.value_or(on), item.validity,
                                             item.normative.expires_on, ValidityChange::Source::kRevision, 0, "", now});
}

std::vector<ValidityChange> ValidityHistory(soci::session& sql, int64_t item_id) {
  std::vector<ValidityChange> out;
  ValidityChange c;
  long long key = item_id, cleanup = 0, at = 0;
  std::string on, validity, expires, source;
  soci::statement st = (sql.prepare << "SELECT changed_on, validity, expires_on, source, cleanup_id, note, recorded_at "
                                       "FROM validity_history WHERE item_id = :k ORDER BY changed_on, id",
                        soci::use(key, "k"), soci::into(on), soci::into(validity), soci::into(expires),
                        soci::into(source), soci::into(cleanup), soci::into(c.note), soci::into(at));
  st.execute();
  while (st.fetch()) {
    c.item_id = item_id;
    c.changed_on = DateOf(on).value_or(Date());
    c.validity = Validity::kNone;
    ParseValidity(validity, &c.validity);
    c.expires_on = DateOf(expires);
    c.source = ValidityChange::Source::kPublish;
    ParseValidityChangeSource(source, &c.source);
    c.cleanup_id = cleanup;
    c.recorded_at = at;
    out.push_back(c);
  }
  return out;
}

}  // namespace gk::catalogue::store
