// SQL of the catalogue beside the items' own rows: the facets (政策解读,
// 惠企政策, 规章/规范性文件, the 负面清单 entry an exempt item cites), the
// 负面清单, the column and attachment statistics the site-health check
// reads, and the published items by year and by index number that the
// annual report and sitemap.xml read (store.h declares them all).
#include <soci/soci.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "catalogue/store.h"

namespace gk::catalogue::store {

PolicyFacets LoadPolicy(soci::session& sql, int64_t item_id) {
  PolicyFacets p;
  long long id = item_id, needs = 0, interprets = 0, waiver_by = 0, waiver_at = 0;
  std::string form, sections;
  sql << "SELECT needs_interpretation, interprets_id, form, sections, media_text, video_url, waiver_reason, "
         "waiver_by, waiver_at FROM item_policy WHERE item_id = :i",
      soci::use(id), soci::into(needs), soci::into(interprets), soci::into(form), soci::into(sections),
      soci::into(p.media_text), soci::into(p.video_url), soci::into(p.waiver_reason), soci::into(waiver_by),
      soci::into(waiver_at);
  if (!sql.got_data()) return {};
  p.needs_interpretation = needs != 0;
  p.interprets_id = interprets;
  ParseInterpretationForm(form, &p.form);
  if (!sections.empty()) {
    auto j = nlohmann::json::parse(sections, nullptr, false);
    if (j.is_array())
      for (const auto& s : j)
        if (s.is_string()) p.sections.push_back(s.get<std::string>());
  }
  p.waiver_by = waiver_by;
  p.waiver_at = waiver_at;
  return p;
}

std::optional<EnterpriseTerms> LoadEnterprise(soci::session& sql, int64_t item_id) {
  EnterpriseTerms t;
  long long id = item_id;
  std::string audiences, starts, ends;
  sql << "SELECT audiences, conditions, materials, steps, department, contact, starts_on, ends_on, basis "
         "FROM enterprise_policies WHERE item_id = :i",
      soci::use(id), soci::into(audiences), soci::into(t.conditions), soci::into(t.materials), soci::into(t.procedure),
      soci::into(t.department), soci::into(t.contact), soci::into(starts), soci::into(ends), soci::into(t.basis);
  if (!sql.got_data()) return std::nullopt;
  for (size_t pos = 0; pos < audiences.size();) {
    size_t bar = audiences.find('|', pos);
    if (bar == std::string::npos) bar = audiences.size();
    if (bar > pos) t.audiences.push_back(audiences.substr(pos, bar - pos));
    pos = bar + 1;
  }
  t.starts_on = DateOf(starts);
  t.ends_on = DateOf(ends);
  return t;
}

void SaveFacets(soci::session& sql, int64_t item_id, const Item& item) {
  const PolicyFacets& p = item.policy;
  const std::optional<EnterpriseTerms>& enterprise = item.enterprise;
  long long id = item_id;
  sql << "DELETE FROM item_policy WHERE item_id = :i", soci::use(id);
  sql << "DELETE FROM enterprise_policies WHERE item_id = :i", soci::use(id);
  sql << "DELETE FROM item_normative WHERE item_id = :i", soci::use(id);
  sql << "DELETE FROM item_exemptions WHERE item_id = :i", soci::use(id);
  if (item.exempt_entry_id != 0) {
    long long entry = item.exempt_entry_id;
    sql << "INSERT INTO item_exemptions (item_id, entry_id) VALUES (:i, :e)", soci::use(id), soci::use(entry);
  }
  if (!item.normative.Empty()) {
    std::string kind = NormativeKindCode(item.normative.kind), effective = DateText(item.normative.effective_on),
                expires = DateText(item.normative.expires_on);
    sql << "INSERT INTO item_normative (item_id, kind, effective_on, expires_on) VALUES (:i, :k, :e, :x)",
        soci::use(id), soci::use(kind), soci::use(effective), soci::use(expires);
  }
  if (!p.Empty()) {
    long long needs = p.needs_interpretation ? 1 : 0, interprets = p.interprets_id, by = p.waiver_by, at = p.waiver_at;
    std::string form = InterpretationFormCode(p.form);
    std::string sections = p.sections.empty() ? "" : nlohmann::json(p.sections).dump();
    sql << "INSERT INTO item_policy (item_id, needs_interpretation, interprets_id, form, sections, media_text, "
           "video_url, waiver_reason, waiver_by, waiver_at) VALUES (:i, :n, :p, :f, :s, :m, :v, :w, :b, :a)",
        soci::use(id), soci::use(needs), soci::use(interprets), soci::use(form), soci::use(sections),
        soci::use(p.media_text), soci::use(p.video_url), soci::use(p.waiver_reason), soci::use(by), soci::use(at);
  }
  if (enterprise) {
    const EnterpriseTerms& t = *enterprise;
    std::string audiences = "|";
    for (const auto& a : t.audiences) audiences += a + "|";
    std::string starts = DateText(t.starts_on), ends = DateText(t.ends_on);
    sql << "INSERT INTO enterprise_policies (item_id, audiences, conditions, materials, steps, department, contact, "
           "starts_on, ends_on, basis) VALUES (:i, :a, :c, :m, :p, :d, :t, :s, :e, :b)",
        soci::use(id), soci::use(audiences), soci::use(t.conditions), soci::use(t.materials), soci::use(t.procedure),
        soci::use(t.department), soci::use(t.contact), soci::use(starts), soci::use(ends), soci::use(t.basis);
  }
}

NormativeFacets LoadNormative(soci::session& sql, int64_t item_id) {
  NormativeFacets n;
  long long id = item_id;
  std::string kind, effective, expires;
  sql << "SELECT kind, effective_on, expires_on FROM item_normative WHERE item_id = :i", soci::use(id),
      soci::into(kind), soci::into(effective), soci::into(expires);
  if (!sql.got_data() || !ParseNormativeKind(kind, &n.kind)) return {};
  n.effective_on = DateOf(effective);
  n.expires_on = DateOf(expires);
  return n;
}

int64_t LoadExemption(soci::session& sql, int64_t item_id) {
  long long id = item_id, entry = 0;
  sql << "SELECT entry_id FROM item_exemptions WHERE item_id = :i", soci::use(id), soci::into(entry);
  return sql.got_data() ? entry : 0;
}

namespace {

constexpr const char* kNegativeColumns =
    "SELECT id, agency_id, name, basis, description, position, retired, created_at, updated_at FROM negative_list ";

std::vector<NegativeEntry> QueryNegative(soci::session& sql, const std::string& tail, long long key) {
  std::vector<NegativeEntry> out;
  NegativeEntry e;
  long long id = 0, agency = 0, retired = 0, created = 0, updated = 0;
  int position = 0;
  soci::statement st = (sql.prepare << std::string(kNegativeColumns) + tail, soci::use(key, "k"), soci::into(id),
                        soci::into(agency), soci::into(e.name), soci::into(e.basis), soci::into(e.description),
                        soci::into(position), soci::into(retired), soci::into(created), soci::into(updated));
  st.execute();
  while (st.fetch()) {
    e.id = id;
    e.agency_id = agency;
    e.position = position;
    e.retired = retired != 0;
    e.created_at = created;
    e.updated_at = updated;
    out.push_back(e);
  }
  return out;
}

}  // namespace

std::vector<NegativeEntry> ListNegative(soci::session& sql, int64_t agency_id, bool with_retired) {
  std::string where = agency_id ? "WHERE agency_id = :k" : "WHERE :k = 0";
  if (!with_retired) where += " AND retired = 0";
  return QueryNegative(sql, where + " ORDER BY agency_id, position, id", agency_id);
}

std::optional<NegativeEntry> FindNegative(soci::session& sql, int64_t id) {
  auto v = QueryNegative(sql, "WHERE id = :k", id);
  if (v.empty()) return std::nullopt;
  return v.front();
}

int64_t InsertNegative(soci::session& sql, const NegativeEntry& e) {
  long long id = 0, agency = e.agency_id, retired = e.retired ? 1 : 0, created = e.created_at, updated = e.updated_at;
  int position = e.position;
  sql << "INSERT INTO negative_list (agency_id, name, basis, description, position, retired, created_at, updated_at) "
         "VALUES (:a, :n, :b, :d, :p, :r, :c, :u) RETURNING id",
      soci::use(agency), soci::use(e.name), soci::use(e.basis), soci::use(e.description), soci::use(position),
      soci::use(retired), soci::use(created), soci::use(updated), soci::into(id);
  return id;
}

void UpdateNegative(soci::session& sql, const NegativeEntry& e) {
  long long id = e.id, retired = e.retired ? 1 : 0, updated = e.updated_at;
  int position = e.position;
  sql << "UPDATE negative_list SET name = :n, basis = :b, description = :d, position = :p, retired = :r, "
         "updated_at = :u WHERE id = :i",
      soci::use(e.name), soci::use(e.basis), soci::use(e.description), soci::use(position), soci::use(retired),
      soci::use(updated), soci::use(id);
}

std::vector<ColumnStat> ColumnStats(soci::session& sql) {
  // Per column, from the published items (walked once along items_state,
  // which holds state and published_at, each joined to its columns), then
  // merged into the column list: the LEFT JOIN from every column read each
  // item's row instead (2.2 s -> 0.7 s at 1,000,000 items).
  std::map<int64_t, std::pair<int64_t, int64_t>> published;  // column -> (latest, count)
  {
    long long column = 0, last = 0, count = 0;
    soci::statement st = (sql.prepare << "SELECT ic.column_id, MAX(i.published_at), COUNT(*) FROM items i "
                                         "JOIN item_columns ic ON ic.item_id = i.id WHERE i.state = 'published' "
                                         "GROUP BY ic.column_id",
                          soci::into(column), soci::into(last), soci::into(count));
    st.execute();
    while (st.fetch()) published[column] = {last, count};
  }
  std::vector<ColumnStat> out;
  long long id = 0, agency = 0, parent = 0;
  int position = 0;
  std::string code, name, kind;
  soci::statement st =
      (sql.prepare << "SELECT id, agency_id, COALESCE(parent_id, 0), code, name, kind, position FROM columns "
                      "ORDER BY agency_id, position, id",
       soci::into(id), soci::into(agency), soci::into(parent), soci::into(code), soci::into(name), soci::into(kind),
       soci::into(position));
  st.execute();
  std::set<int64_t> parents;
  while (st.fetch()) {
    ColumnStat c;
    c.column.id = id;
    c.column.agency_id = agency;
    c.column.parent_id = parent;
    c.column.code = code;
    c.column.name = name;
    c.column.kind = kind == "page" ? ColumnKind::kPage : ColumnKind::kList;
    c.column.position = position;
    if (auto it = published.find(id); it != published.end()) {
      c.last_published_at = it->second.first;
      c.items = it->second.second;
    }
    if (parent) parents.insert(parent);
    out.push_back(std::move(c));
  }
  for (auto& c : out) c.has_children = parents.contains(c.column.id);
  return out;
}

int64_t LastPublication(soci::session& sql, int64_t agency_id) {
  long long a = agency_id, last = 0;
  sql << "SELECT COALESCE(MAX(published_at), 0) FROM items WHERE state = 'published' AND agency_id = :a", soci::use(a),
      soci::into(last);
  return last;
}

std::vector<PublishedFile> PublishedFiles(soci::session& sql) {
  std::vector<PublishedFile> out;
  long long id = 0, item = 0;
  std::string name, sha;
  soci::statement st = (sql.prepare << "SELECT a.id, a.item_id, a.name, a.sha256 FROM attachments a "
                                       "JOIN items i ON i.id = a.item_id WHERE i.state = 'published' ORDER BY a.id",
                        soci::into(id), soci::into(item), soci::into(name), soci::into(sha));
  st.execute();
  while (st.fetch()) out.push_back({id, item, name, sha});
  return out;
}

YearPublications PublishedInYear(soci::session& sql, int64_t agency_id, int year, const std::vector<State>& states) {
  YearPublications out;
  if (states.empty()) return out;
  // published_on is YYYY-MM-DD or '': the year is a range, which the index
  // items_published_on (agency, state, date) answers.
  long long agency = agency_id, column = 0, n = 0;
  std::string from = std::to_string(year) + "-01-01", to = std::to_string(year) + "-12-31";
  const std::string where = " WHERE i.agency_id = :a AND i.state IN (" + StateList(states) +
                            ") AND i.published_on >= :f AND i.published_on <= :t";
  sql << "SELECT COUNT(*) FROM items i" + where, soci::use(agency), soci::use(from), soci::use(to), soci::into(n);
  out.total = n;
  soci::statement st = (sql.prepare << "SELECT ic.column_id, COUNT(*) FROM items i JOIN item_columns ic ON "
                                       "ic.item_id = i.id" +
                                           where + " GROUP BY ic.column_id",
                        soci::use(agency), soci::use(from), soci::use(to), soci::into(column), soci::into(n));
  st.execute();
  while (st.fetch()) out.by_column[column] = n;
  return out;
}

int64_t CountPublishedIndexNos(soci::session& sql) {
  long long n = 0;
  sql << "SELECT COUNT(*) FROM items WHERE state = 'published' AND index_no IS NOT NULL", soci::into(n);
  return n;
}

std::vector<std::string> SortedPublishedIndexNos(soci::session& sql) {
  // Two scans of indexes, not of the items' rows: the published ids
  // (items_state_id), then every index number with its id (its unique
  // index).
  std::vector<int64_t> published;
  long long id = 0;
  {
    soci::statement st = (sql.prepare << "SELECT id FROM items WHERE state = 'published'", soci::into(id));
    st.execute();
    while (st.fetch()) published.push_back(id);
  }
  std::sort(published.begin(), published.end());
  std::vector<std::string> out;
  std::string index_no;
  soci::statement st = (sql.prepare << "SELECT id, index_no FROM items WHERE index_no IS NOT NULL", soci::into(id),
                        soci::into(index_no));
  st.execute();
  while (st.fetch())
    if (std::binary_search(published.begin(), published.end(), static_cast<int64_t>(id))) out.push_back(index_no);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::pair<std::string, std::optional<Date>>> PublishedIndexNos(soci::session& sql, int64_t offset,
                                                                           int64_t limit) {
  std::vector<std::pair<std::string, std::optional<Date>>> out;
  std::string index_no, on;
  long long skip = offset, take = limit;
  soci::statement st = (sql.prepare << "SELECT index_no, published_on FROM items WHERE state = 'published' "
                                       "AND index_no IS NOT NULL ORDER BY published_at DESC, id DESC "
                                       "LIMIT :n OFFSET :o",
                        soci::into(index_no), soci::into(on), soci::use(take), soci::use(skip));
  st.execute();
  while (st.fetch()) out.emplace_back(index_no, DateOf(on));
  return out;
}

std::vector<int> PublishedYears(soci::session& sql, int64_t column_id) {
  std::vector<int> out;
  std::string year;
  long long col = column_id;
  soci::statement st = (sql.prepare << "SELECT DISTINCT substr(published_on, 1, 4) FROM items WHERE state = "
                                       "'published' AND published_on <> '' AND id IN (SELECT item_id FROM "
                                       "item_columns WHERE column_id = :c) ORDER BY 1 DESC",
                        soci::into(year), soci::use(col));
  st.execute();
  while (st.fetch()) out.push_back(std::atoi(year.c_str()));
  return out;
}

}  // namespace gk::catalogue::store
