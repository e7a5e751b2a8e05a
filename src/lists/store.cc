#include "lists/store.h"

#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "storage/sql_text.h"

namespace gk::lists::store {
namespace {

constexpr const char* kCols =
    "id, agency_id, kind, fields, state, withdraw_reason, created_at, updated_at, published_at, withdrawn_at";

std::string FieldsJson(const Entry& e) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [key, value] : e.fields)
    if (!value.empty()) j[key] = value;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The value of the kind's filter field.
std::string FacetOf(const Entry& e) {
  const KindDef* k = FindKind(e.kind);
  return k && *k->filter ? e.Value(k->filter) : "";
}

// ASCII letters lowered, so a search matches either case on every backend.
std::string Folded(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// A row as SOCI sees it, in the order of kCols.
struct Row {
  long long id = 0, agency = 0, created = 0, updated = 0, published = 0, withdrawn = 0;
  std::string kind, fields, state, reason;

  void Bind(soci::statement& st) {
    for (auto* v : {&id, &agency}) st.exchange(soci::into(*v));
    for (auto* v : {&kind, &fields, &state, &reason}) st.exchange(soci::into(*v));
    for (auto* v : {&created, &updated, &published, &withdrawn}) st.exchange(soci::into(*v));
  }
  Entry Take() const {
    Entry e;
    e.id = id;
    e.agency_id = agency;
    e.kind = kind;
    auto j = nlohmann::json::parse(fields, nullptr, false);
    if (j.is_object())
      for (auto it = j.begin(); it != j.end(); ++it)
        if (it.value().is_string()) e.fields[it.key()] = it.value().get<std::string>();
    ParseEntryState(state, &e.state);
    e.withdraw_reason = reason;
    e.created_at = created;
    e.updated_at = updated;
    e.published_at = published;
    e.withdrawn_at = withdrawn;
    return e;
  }
};

}  // namespace

int64_t InsertEntry(soci::session& sql, const Entry& e) {
  long long id = 0, agency = e.agency_id, created = e.created_at, updated = e.updated_at, published = e.published_at;
  std::string title = e.Title(), facet = FacetOf(e), fields = FieldsJson(e), text = Folded(SearchText(e)),
              state = EntryStateCode(e.state);
  sql << "INSERT INTO list_entries (agency_id, kind, title, facet, fields, search_text, state, created_at, "
         "updated_at, published_at) VALUES (:a, :k, :t, :f, :j, :s, :st, :c, :u, :p) RETURNING id",
      soci::use(agency), soci::use(e.kind), soci::use(title), soci::use(facet), soci::use(fields), soci::use(text),
      soci::use(state), soci::use(created), soci::use(updated), soci::use(published), soci::into(id);
  return id;
}

bool UpdateEntry(soci::session& sql, const Entry& e, EntryState expected) {
  long long id = e.id, updated = e.updated_at, published = e.published_at, withdrawn = e.withdrawn_at;
  std::string title = e.Title(), facet = FacetOf(e), fields = FieldsJson(e), text = Folded(SearchText(e)),
              state = EntryStateCode(e.state), was = EntryStateCode(expected);
  soci::statement st =
      (sql.prepare << "UPDATE list_entries SET title = :t, facet = :f, fields = :j, search_text = :s, state = :st, "
                      "withdraw_reason = :r, updated_at = :u, published_at = :p, withdrawn_at = :w "
                      "WHERE id = :id AND state = :was",
       soci::use(title), soci::use(facet), soci::use(fields), soci::use(text), soci::use(state),
       soci::use(e.withdraw_reason), soci::use(updated), soci::use(published), soci::use(withdrawn), soci::use(id),
       soci::use(was));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool DeleteDraft(soci::session& sql, int64_t id) {
  long long key = id;
  soci::statement st = (sql.prepare << "DELETE FROM list_entries WHERE id = :id AND state = 'draft'", soci::use(key));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<Entry> FindEntry(soci::session& sql, int64_t id) {
  Row r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kCols + " FROM list_entries WHERE id = :id", id,
                           [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  return r.Take();
}

EntryPage ListEntries(soci::session& sql, const EntryFilter& f) {
  std::vector<std::string> binds;
  std::string where = " WHERE 1 = 1";
  if (f.agency_ids) where += " AND agency_id IN (" + storage::IdList(*f.agency_ids) + ")";
  if (f.agency_id > 0) where += " AND agency_id = " + std::to_string(f.agency_id);
  if (f.state) where += std::string(" AND state = '") + EntryStateCode(*f.state) + "'";
  if (!f.kind.empty()) {
    where += " AND kind = :k";
    binds.push_back(f.kind);
  }
  if (!f.facet.empty()) {
    where += " AND facet = :f";
    binds.push_back(f.facet);
  }
  if (!f.text.empty()) {
    where += " AND search_text LIKE :q ESCAPE '!'";
    binds.push_back(storage::LikeContains(Folded(f.text)));
  }
  EntryPage page;
  page.total = storage::CountRows(sql, "SELECT COUNT(*) FROM list_entries" + where, binds);
  long long limit = f.limit, offset = f.offset;
  Row r;
  soci::statement st(sql);
  st.alloc();
  st.prepare(std::string("SELECT ") + kCols + " FROM list_entries" + where +
             (f.newest_first ? " ORDER BY updated_at DESC, id DESC" : " ORDER BY id") + " LIMIT :lim OFFSET :off");
  r.Bind(st);
  for (auto& b : binds) st.exchange(soci::use(b));
  st.exchange(soci::use(limit));
  st.exchange(soci::use(offset));
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) page.entries.push_back(r.Take());
  return page;
}

std::map<std::string, std::map<EntryState, int64_t>> CountEntries(soci::session& sql,
                                                                  const std::vector<int64_t>* agency_ids) {
  std::map<std::string, std::map<EntryState, int64_t>> out;
  std::string kind, state;
  long long n = 0;
  soci::statement st =
      (sql.prepare << "SELECT kind, state, COUNT(*) FROM list_entries" +
                          (agency_ids ? " WHERE agency_id IN (" + storage::IdList(*agency_ids) + ")" : std::string()) +
                          " GROUP BY kind, state",
       soci::into(kind), soci::into(state), soci::into(n));
  st.execute();
  while (st.fetch()) {
    EntryState s;
    if (ParseEntryState(state, &s)) out[kind][s] = n;
  }
  return out;
}

std::vector<std::pair<std::string, int64_t>> Facets(soci::session& sql, const std::string& kind) {
  std::vector<std::pair<std::string, int64_t>> out;
  std::string k = kind, facet;
  long long n = 0;
  soci::statement st = (sql.prepare << "SELECT facet, COUNT(*) FROM list_entries WHERE kind = :k AND state = "
                                       "'published' AND facet <> '' GROUP BY facet ORDER BY facet",
                        soci::use(k), soci::into(facet), soci::into(n));
  st.execute();
  while (st.fetch()) out.emplace_back(facet, n);
  return out;
}

}  // namespace gk::lists::store
