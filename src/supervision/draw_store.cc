#include "supervision/draw_store.h"

#include <soci/soci.h>

#include <nlohmann/json.hpp>

#include "storage/sql_text.h"

namespace gk::supervision::store {
namespace {

soci::indicator NullIfZero(long long v) { return v == 0 ? soci::i_null : soci::i_ok; }

std::string ResultJson(const std::vector<Assignment>& result) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& a : result) j.push_back({{"target", a.target}, {"inspectors", a.inspectors}});
  return j.dump();
}

std::vector<Assignment> ParseResult(const std::string& text) {
  std::vector<Assignment> out;
  if (text.empty()) return out;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& a : j) {
    Assignment as;
    as.target = a.value("target", "");
    if (a.contains("inspectors") && a["inspectors"].is_array())
      for (const auto& i : a["inspectors"])
        if (i.is_string()) as.inspectors.push_back(i.get<std::string>());
    out.push_back(std::move(as));
  }
  return out;
}

constexpr const char* kListCols =
    "SELECT l.id, l.agency_id, l.kind, l.name, l.version, l.entries, l.sha256, l.created_at, "
    "COALESCE(u.display_name, '') FROM draw_lists l LEFT JOIN users u ON u.id = l.created_by";

struct ListRow {
  long long id = 0, agency = 0, version = 0, entries = 0, created = 0;
  std::string kind;
  DrawList l;
  DrawList Take() {
    l.id = id;
    l.agency_id = agency;
    l.version = version;
    l.entries = entries;
    l.created_at = created;
    ParseListKind(kind, &l.kind);
    return l;
  }
};

std::vector<DrawList> QueryLists(soci::session& sql, const std::string& where, long long key) {
  std::vector<DrawList> out;
  ListRow r;
  soci::statement st(sql);
  const std::string text = std::string(kListCols) + where + " ORDER BY l.created_at DESC, l.id DESC";
  if (key != 0) {
    st = (sql.prepare << text, soci::use(key), soci::into(r.id), soci::into(r.agency), soci::into(r.kind),
          soci::into(r.l.name), soci::into(r.version), soci::into(r.entries), soci::into(r.l.sha256),
          soci::into(r.created), soci::into(r.l.created_by));
  } else {
    st = (sql.prepare << text, soci::into(r.id), soci::into(r.agency), soci::into(r.kind), soci::into(r.l.name),
          soci::into(r.version), soci::into(r.entries), soci::into(r.l.sha256), soci::into(r.created),
          soci::into(r.l.created_by));
  }
  st.execute();
  while (st.fetch()) out.push_back(r.Take());
  return out;
}

constexpr const char* kDrawCols =
    "SELECT id, agency_id, title, scope, state, target_list_id, inspector_list_id, n, m, seed_source, seed, "
    "algorithm_version, input_sha256, result_json, cancel_reason, created_at, announced_at, seed_locked_at, "
    "completed_at, cancelled_at, updated_at FROM draws d";

struct DrawRow {
  long long id = 0, agency = 0, targets = 0, inspectors = 0, n = 0, m = 0, version = 0, created = 0, announced = 0,
            locked = 0, completed = 0, cancelled = 0, updated = 0;
  std::string state, result;
  DrawRecord d;

  void Bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(agency));
    st.exchange(soci::into(d.title));
    st.exchange(soci::into(d.scope));
    st.exchange(soci::into(state));
    st.exchange(soci::into(targets));
    st.exchange(soci::into(inspectors));
    st.exchange(soci::into(n));
    st.exchange(soci::into(m));
    st.exchange(soci::into(d.seed_source));
    st.exchange(soci::into(d.seed));
    st.exchange(soci::into(version));
    st.exchange(soci::into(d.input_sha256));
    st.exchange(soci::into(result));
    st.exchange(soci::into(d.cancel_reason));
    st.exchange(soci::into(created));
    st.exchange(soci::into(announced));
    st.exchange(soci::into(locked));
    st.exchange(soci::into(completed));
    st.exchange(soci::into(cancelled));
    st.exchange(soci::into(updated));
  }
  DrawRecord Take() {
    DrawRecord out = d;
    out.id = id;
    out.agency_id = agency;
    ParseDrawState(state, &out.state);
    out.target_list_id = targets;
    out.inspector_list_id = inspectors;
    out.n = static_cast<int>(n);
    out.m = static_cast<int>(m);
    out.algorithm_version = static_cast<int>(version);
    out.result = ParseResult(result);
    out.created_at = created;
    out.announced_at = announced;
    out.seed_locked_at = locked;
    out.completed_at = completed;
    out.cancelled_at = cancelled;
    out.updated_at = updated;
    return out;
  }
};

}  // namespace

int64_t NextListVersion(soci::session& sql, int64_t agency_id, ListKind kind, const std::string& name) {
  long long agency = agency_id, latest = 0;
  soci::indicator ind = soci::i_ok;
  std::string k = ListKindCode(kind);
  sql << "SELECT MAX(version) FROM draw_lists WHERE agency_id = :a AND kind = :k AND name = :n", soci::use(agency),
      soci::use(k), soci::use(name), soci::into(latest, ind);
  return ind == soci::i_ok ? latest + 1 : 1;
}

int64_t InsertList(soci::session& sql, const DrawList& l, int64_t created_by, const std::vector<ListEntry>& entries) {
  long long id = 0, agency = l.agency_id, version = l.version, count = static_cast<long long>(entries.size()),
            by = created_by, at = l.created_at;
  soci::indicator by_ind = NullIfZero(by);
  std::string kind = ListKindCode(l.kind);
  sql << "INSERT INTO draw_lists (agency_id, kind, name, version, entries, sha256, created_by, created_at) "
         "VALUES (:a, :k, :n, :v, :e, :s, :b, :t) RETURNING id",
      soci::use(agency), soci::use(kind), soci::use(l.name), soci::use(version), soci::use(count), soci::use(l.sha256),
      soci::use(by, by_ind), soci::use(at), soci::into(id);
  ListEntry e;
  soci::statement st = (sql.prepare << "INSERT INTO draw_list_entries (list_id, ident, name, note) "
                                       "VALUES (:l, :i, :n, :o)",
                        soci::use(id), soci::use(e.ident), soci::use(e.name), soci::use(e.note));
  for (const auto& entry : entries) {
    e = entry;
    st.execute(true);
  }
  return id;
}

std::optional<DrawList> FindList(soci::session& sql, int64_t id) {
  auto v = QueryLists(sql, " WHERE l.id = :id", id);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<DrawList> ListLists(soci::session& sql, const std::vector<int64_t>* agency_ids) {
  return QueryLists(sql, agency_ids ? " WHERE l.agency_id IN (" + storage::IdList(*agency_ids) + ")" : "", 0);
}

std::vector<std::string> ListIdents(soci::session& sql, int64_t list_id) {
  std::vector<std::string> out;
  long long id = list_id;
  std::string ident;
  soci::statement st =
      (sql.prepare << "SELECT ident FROM draw_list_entries WHERE list_id = :l", soci::use(id), soci::into(ident));
  st.execute();
  while (st.fetch()) out.push_back(ident);
  return out;
}

std::map<std::string, ListEntry> FindEntries(soci::session& sql, int64_t list_id,
                                             const std::vector<std::string>& idents) {
  std::map<std::string, ListEntry> out;
  long long id = list_id;
  std::string key;
  ListEntry e;
  soci::indicator ind = soci::i_ok;
  soci::statement st =
      (sql.prepare << "SELECT ident, name, note FROM draw_list_entries WHERE list_id = :l AND "
                      "ident = :i",
       soci::use(id), soci::use(key), soci::into(e.ident, ind), soci::into(e.name), soci::into(e.note));
  for (const auto& ident : idents) {
    if (out.count(ident)) continue;
    key = ident;
    st.execute(false);
    if (st.fetch()) out[ident] = e;
  }
  return out;
}

std::vector<ListEntry> ListEntries(soci::session& sql, int64_t list_id, int limit, int offset) {
  std::vector<ListEntry> out;
  long long id = list_id, lim = limit, off = offset;
  ListEntry e;
  soci::statement st =
      (sql.prepare << "SELECT ident, name, note FROM draw_list_entries WHERE list_id = :l "
                      "ORDER BY ident LIMIT :n OFFSET :o",
       soci::use(id), soci::use(lim), soci::use(off), soci::into(e.ident), soci::into(e.name), soci::into(e.note));
  st.execute();
  while (st.fetch()) out.push_back(e);
  return out;
}

int64_t InsertDraw(soci::session& sql, const DrawRecord& d, int64_t created_by) {
  long long id = 0, agency = d.agency_id, targets = d.target_list_id, inspectors = d.inspector_list_id, n = d.n,
            m = d.m, version = d.algorithm_version, by = created_by, at = d.created_at;
  soci::indicator by_ind = NullIfZero(by);
  std::string state = DrawStateCode(d.state);
  sql << "INSERT INTO draws (agency_id, title, scope, state, target_list_id, inspector_list_id, n, m, seed_source, "
         "algorithm_version, created_by, created_at, updated_at) VALUES (:a, :t, :s, :st, :tl, :il, :n, :m, :ss, :v, "
         ":b, :c, :u) RETURNING id",
      soci::use(agency), soci::use(d.title), soci::use(d.scope), soci::use(state), soci::use(targets),
      soci::use(inspectors), soci::use(n), soci::use(m), soci::use(d.seed_source), soci::use(version),
      soci::use(by, by_ind), soci::use(at), soci::use(at), soci::into(id);
  return id;
}

bool UpdateDraw(soci::session& sql, const DrawRecord& d, DrawState expected) {
  long long id = d.id, targets = d.target_list_id, inspectors = d.inspector_list_id, n = d.n, m = d.m,
            version = d.algorithm_version, announced = d.announced_at, locked = d.seed_locked_at,
            completed = d.completed_at, cancelled = d.cancelled_at, updated = d.updated_at;
  std::string state = DrawStateCode(d.state), was = DrawStateCode(expected), result = ResultJson(d.result);
  if (d.result.empty()) result.clear();
  soci::statement st =
      (sql.prepare << "UPDATE draws SET title = :t, scope = :s, state = :st, target_list_id = :tl, "
                      "inspector_list_id = :il, n = :n, m = :m, seed_source = :ss, seed = :seed, "
                      "algorithm_version = :v, input_sha256 = :h, result_json = :r, cancel_reason = :cr, "
                      "announced_at = :aa, seed_locked_at = :la, completed_at = :ca, cancelled_at = :xa, "
                      "updated_at = :u WHERE id = :id AND state = :was",
       soci::use(d.title), soci::use(d.scope), soci::use(state), soci::use(targets), soci::use(inspectors),
       soci::use(n), soci::use(m), soci::use(d.seed_source), soci::use(d.seed), soci::use(version),
       soci::use(d.input_sha256), soci::use(result), soci::use(d.cancel_reason), soci::use(announced),
       soci::use(locked), soci::use(completed), soci::use(cancelled), soci::use(updated), soci::use(id),
       soci::use(was));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<DrawRecord> FindDraw(soci::session& sql, int64_t id) {
  long long key = id;
  DrawRow r;
  soci::statement st(sql);
  st.alloc();
  st.prepare(std::string(kDrawCols) + " WHERE id = :id");
  r.Bind(st);
  st.exchange(soci::use(key));
  st.define_and_bind();
  st.execute(false);
  if (!st.fetch()) return std::nullopt;
  return r.Take();
}

DrawPage ListDraws(soci::session& sql, const DrawFilter& f) {
  std::string where = " WHERE 1 = 1";
  if (f.public_only) where += " AND d.state <> 'draft' AND d.announced_at > 0";
  if (f.agency_ids) where += " AND d.agency_id IN (" + storage::IdList(*f.agency_ids) + ")";
  std::string like = storage::LikeContains(f.text);
  if (!f.text.empty())
    where +=
        " AND (d.title LIKE :q1 ESCAPE '!' OR d.result_json LIKE :q2 ESCAPE '!' OR EXISTS (SELECT 1 FROM "
        "draw_list_entries e WHERE e.list_id = d.target_list_id AND e.name LIKE :q3 ESCAPE '!' AND d.result_json "
        "LIKE '%\"' || e.ident || '\"%'))";
  DrawPage page;
  {
    std::vector<std::string> binds;
    if (!f.text.empty()) binds = {like, like, like};
    page.total = storage::CountRows(sql, "SELECT COUNT(*) FROM draws d" + where, binds);
  }
  long long limit = f.limit, offset = f.offset;
  DrawRow r;
  soci::statement st(sql);
  st.alloc();
  st.prepare(std::string(kDrawCols) + where +
             " ORDER BY CASE WHEN d.announced_at > 0 THEN d.announced_at ELSE d.created_at END DESC, d.id DESC "
             "LIMIT :lim OFFSET :off");
  r.Bind(st);
  if (!f.text.empty()) {
    st.exchange(soci::use(like));
    st.exchange(soci::use(like));
    st.exchange(soci::use(like));
  }
  st.exchange(soci::use(limit));
  st.exchange(soci::use(offset));
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) page.draws.push_back(r.Take());
  return page;
}

std::vector<Exclusion> ListExclusions(soci::session& sql, int64_t draw_id) {
  std::vector<Exclusion> out;
  long long id = draw_id;
  Exclusion e;
  soci::statement st = (sql.prepare << "SELECT target, inspector, reason FROM draw_exclusions WHERE draw_id = :d "
                                       "ORDER BY recorded_at, target, inspector",
                        soci::use(id), soci::into(e.target), soci::into(e.inspector), soci::into(e.reason));
  st.execute();
  while (st.fetch()) out.push_back(e);
  return out;
}

bool InsertExclusion(soci::session& sql, int64_t draw_id, const Exclusion& e, int64_t by, int64_t at) {
  long long id = draw_id, user = by, t = at;
  soci::indicator by_ind = NullIfZero(user);
  soci::statement st = (sql.prepare << "INSERT INTO draw_exclusions (draw_id, target, inspector, reason, recorded_by, "
                                       "recorded_at) VALUES (:d, :t, :i, :r, :b, :a) ON CONFLICT DO NOTHING",
                        soci::use(id), soci::use(e.target), soci::use(e.inspector), soci::use(e.reason),
                        soci::use(user, by_ind), soci::use(t));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool DeleteExclusion(soci::session& sql, int64_t draw_id, const std::string& target, const std::string& inspector) {
  long long id = draw_id;
  soci::statement st = (sql.prepare << "DELETE FROM draw_exclusions WHERE draw_id = :d AND target = :t AND "
                                       "inspector = :i",
                        soci::use(id), soci::use(target), soci::use(inspector));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<Inspection> ListInspections(soci::session& sql, int64_t draw_id) {
  std::vector<Inspection> out;
  long long id = draw_id;
  Inspection i;
  std::string outcome, on;
  soci::statement st =
      (sql.prepare << "SELECT target, outcome, details, inspected_on FROM draw_inspections WHERE "
                      "draw_id = :d",
       soci::use(id), soci::into(i.target), soci::into(outcome), soci::into(i.details), soci::into(on));
  st.execute();
  while (st.fetch()) {
    ParseInspectionOutcome(outcome, &i.outcome);
    if (auto d = Date::Parse(on); d.ok()) i.inspected_on = *d;
    out.push_back(i);
  }
  return out;
}

void UpsertInspection(soci::session& sql, int64_t draw_id, const Inspection& i, int64_t by, int64_t at) {
  long long id = draw_id, user = by, t = at;
  soci::indicator by_ind = NullIfZero(user);
  std::string outcome = InspectionOutcomeCode(i.outcome), on = i.inspected_on.ToString();
  sql << "INSERT INTO draw_inspections (draw_id, target, outcome, details, inspected_on, recorded_by, recorded_at) "
         "VALUES (:d, :t, :o, :x, :on, :b, :a) ON CONFLICT (draw_id, target) DO UPDATE SET outcome = excluded.outcome, "
         "details = excluded.details, inspected_on = excluded.inspected_on, recorded_by = excluded.recorded_by, "
         "recorded_at = excluded.recorded_at",
      soci::use(id), soci::use(i.target), soci::use(outcome), soci::use(i.details), soci::use(on),
      soci::use(user, by_ind), soci::use(t);
}

}  // namespace gk::supervision::store
