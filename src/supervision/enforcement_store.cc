#include "supervision/enforcement_store.h"

#include <soci/soci.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <optional>
#include <string_view>

#include "common/calendar.h"
#include "common/strings.h"
#include "common/uscc.h"
#include "http/forms.h"
#include "storage/sql_text.h"

namespace gk::supervision::store {
namespace {

// A row as SOCI sees it: text and integers, in the order of kDataCols.
struct Row {
  long long id = 0, agency = 0, fine = 0, confiscated = 0, publishable = 1, withdrawn_at = 0, created = 0, updated = 0,
            expired = 0;
  std::string kind, state, party_name, party_type, party_uscc, legal_rep, id_type, id_number, doc_no, violation_type,
      facts, basis, categories, content, certificate_name, licence_no, valid_from, valid_to, decided_on, authority,
      authority_uscc, due_on, published_on, public_until, revoked_on, withdraw_reason, public_json, search_text,
      public_uscc, source;

  // The columns every write sets, in order (id, created_by and created_at
  // aside). `f` is applied to each member.
  template <typename F>
  void Data(F&& f) {
    f(agency), f(kind), f(state), f(party_name), f(party_type), f(party_uscc), f(legal_rep), f(id_type), f(id_number),
        f(doc_no), f(violation_type), f(facts), f(basis), f(categories), f(content), f(fine), f(confiscated),
        f(certificate_name), f(licence_no), f(valid_from), f(valid_to), f(decided_on), f(authority), f(authority_uscc),
        f(due_on), f(published_on), f(public_until), f(publishable), f(revoked_on), f(withdraw_reason), f(withdrawn_at),
        f(public_json), f(search_text), f(public_uscc), f(source), f(updated), f(expired);
  }
  // What the public reading selects: no column with personal data.
  template <typename F>
  void Public(F&& f) {
    f(id), f(agency), f(kind), f(state), f(decided_on), f(due_on), f(published_on), f(public_until), f(publishable),
        f(withdrawn_at), f(public_json), f(created), f(updated), f(expired);
  }
  template <typename F>
  void All(F&& f) {
    f(id);
    Data(f);
    f(created);
  }

  void From(const Decision& d, const PublicCopy& pub) {
    id = d.id;
    agency = d.agency_id;
    kind = DecisionKindCode(d.kind);
    state = DecisionStateCode(d.state);
    party_name = d.party_name;
    party_type = PartyTypeCode(d.party_type);
    party_uscc = d.party_uscc;
    legal_rep = d.legal_rep;
    id_type = d.id_type;
    id_number = d.id_number;
    doc_no = d.doc_no;
    violation_type = d.violation_type;
    facts = d.facts;
    basis = d.basis;
    categories = d.categories;
    content = d.content;
    fine = d.fine_fen;
    confiscated = d.confiscated_fen;
    certificate_name = d.certificate_name;
    licence_no = d.licence_no;
    valid_from = DateText(d.valid_from);
    valid_to = DateText(d.valid_to);
    decided_on = d.decided_on.ToString();
    authority = d.authority;
    authority_uscc = d.authority_uscc;
    due_on = d.due_on.ToString();
    published_on = DateText(d.published_on);
    public_until = DateText(d.public_until);
    publishable = d.publishable ? 1 : 0;
    revoked_on = DateText(d.revoked_on);
    withdraw_reason = d.withdraw_reason;
    withdrawn_at = d.withdrawn_at;
    public_json = pub.json;
    search_text = pub.search_text;
    public_uscc = pub.uscc;
    source = d.source;
    created = d.created_at;
    updated = d.updated_at;
    expired = d.expired_at;
  }

  // The record (staff reading) or, when `masked`, the public one.
  Decision Take(bool masked) const {
    Decision d;
    if (masked) DecodePublic(public_json, &d);
    else {
      d.party_name = party_name;
      ParsePartyType(party_type, &d.party_type);
      d.party_uscc = party_uscc;
      d.legal_rep = legal_rep;
      d.id_type = id_type;
      d.id_number = id_number;
      d.doc_no = doc_no;
      d.violation_type = violation_type;
      d.facts = facts;
      d.basis = basis;
      d.categories = categories;
      d.content = content;
      d.fine_fen = fine;
      d.confiscated_fen = confiscated;
      d.certificate_name = certificate_name;
      d.licence_no = licence_no;
      d.valid_from = DateOf(valid_from);
      d.valid_to = DateOf(valid_to);
      d.authority = authority;
      d.authority_uscc = authority_uscc;
      d.revoked_on = DateOf(revoked_on);
      d.withdraw_reason = withdraw_reason;
      d.source = source;
    }
    d.id = id;
    d.agency_id = agency;
    ParseDecisionKind(kind, &d.kind);
    ParseDecisionState(state, &d.state);
    if (auto on = DateOf(decided_on)) d.decided_on = *on;
    if (auto on = DateOf(due_on)) d.due_on = *on;
    d.published_on = DateOf(published_on);
    d.public_until = DateOf(public_until);
    d.publishable = publishable != 0;
    d.withdrawn_at = withdrawn_at;
    d.created_at = created;
    d.updated_at = updated;
    d.expired_at = expired;
    return d;
  }
};

constexpr const char* kDataCols =
    "agency_id, kind, state, party_name, party_type, party_uscc, legal_rep, id_type, id_number, doc_no, "
    "violation_type, facts, basis, categories, content, fine_fen, confiscated_fen, certificate_name, licence_no, "
    "valid_from, valid_to, decided_on, authority, authority_uscc, due_on, published_on, public_until, publishable, "
    "revoked_on, withdraw_reason, withdrawn_at, public_json, search_text, public_uscc, source, updated_at, "
    "expired_at";
constexpr int CountColumns(const char* cols) {
  int n = 1;
  for (const char* c = cols; *c; ++c) n += *c == ',';
  return n;
}
constexpr int kDataColCount = CountColumns(kDataCols);
constexpr const char* kPublicCols =
    "id, agency_id, kind, state, decided_on, due_on, published_on, public_until, publishable, withdrawn_at, "
    "public_json, created_at, updated_at, expired_at";

std::string AllCols() { return std::string("id, ") + kDataCols + ", created_at"; }

// "agency_id = :p0, kind = :p1, …" for the data columns.
std::string SetClause() {
  std::string set, name;
  int i = 0;
  for (const char* c = kDataCols;; ++c) {
    if (*c == ',' || *c == '\0') {
      set += (i ? ", " : "") + name + " = :p" + std::to_string(i);
      ++i;
      name.clear();
      if (*c == '\0') return set;
    } else if (*c != ' ') {
      name += *c;
    }
  }
}

// ":p0, :p1, …" for the data columns.
std::string Placeholders(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? ", :p" : ":p") + std::to_string(i);
  return s;
}

void BindInto(soci::statement& st, Row& r, bool masked) {
  auto into = [&](auto& member) { st.exchange(soci::into(member)); };
  if (masked) r.Public(into);
  else r.All(into);
}

std::optional<Decision> FindBy(soci::session& sql, int64_t id, bool masked) {
  Row r;
  if (!storage::SelectById(sql,
                           std::string("SELECT ") + (masked ? kPublicCols : AllCols()) +
                               " FROM enforcement_decisions WHERE id = :id",
                           id, [&](soci::statement& st) { BindInto(st, r, masked); }))
    return std::nullopt;
  return r.Take(masked);
}

// Whether `text` is a whole 统一社会信用代码 (then looked up by public_uscc alone).
bool IsWholeUscc(const std::string& text) { return !text.empty() && ValidateUscc(NormalizeUscc(text)).ok(); }

// The WHERE clause of a filter; its bound values in `binds`, in order.
std::string Where(const DecisionFilter& f, std::vector<std::string>* binds) {
  std::string w = " WHERE 1 = 1";
  if (f.public_only) {
    w += " AND state = 'published' AND publishable = 1 AND published_on <> '' AND public_until > :today";
    binds->push_back(f.today);
  }
  if (f.agency_ids) w += " AND agency_id IN (" + storage::IdList(*f.agency_ids) + ")";
  if (f.kind) w += std::string(" AND kind = '") + DecisionKindCode(*f.kind) + "'";
  if (f.year > 0) {
    // As enforcement_view_year writes it.
    w += " AND substr(decided_on, 1, 4) = :year";
    binds->push_back(std::to_string(f.year));
  }
  const std::string& s = f.status;
  if (!s.empty() && !f.public_only) {
    if (s == "draft" || s == "overdue") {
      w +=
          std::string(" AND state = 'draft' AND publishable = 1 AND due_on ") + (s == "draft" ? ">=" : "<") + " :today";
      binds->push_back(f.today);
    } else if (s == "not_public") {
      w += " AND state = 'draft' AND publishable = 0";
    } else if (s == "published" || s == "expired") {
      w += std::string(" AND state = 'published' AND public_until ") + (s == "published" ? ">" : "<=") + " :today";
      binds->push_back(f.today);
    } else if (s == "withdrawn") {
      w += " AND state = 'withdrawn'";
    }
  }
  if (IsWholeUscc(f.text)) {
    // A whole 统一社会信用代码: its index alone (a LIKE beside it would scan).
    w += " AND public_uscc = :uscc";
    binds->push_back(NormalizeUscc(f.text));
  } else if (!f.text.empty()) {
    w += " AND (public_uscc = :uscc OR search_text LIKE :q ESCAPE '!'";
    binds->push_back(f.text);
    binds->push_back(storage::LikeContains(f.text));
    // Staff find a natural person by the real name too; the public never.
    if (!f.public_only) {
      w += " OR party_name LIKE :name ESCAPE '!'";
      binds->push_back(storage::LikeContains(f.text));
    }
    w += ")";
  }
  return w;
}

constexpr const char* kPublicOrder = " ORDER BY published_on DESC, id DESC";
constexpr const char* kConsoleOrder =
    " ORDER BY CASE state WHEN 'draft' THEN 0 ELSE 1 END, CASE state WHEN 'draft' THEN due_on END ASC, "
    "published_on DESC, id DESC";

// Runs `query`, whose last placeholders are the page's limit and offset
// after `binds`, and adds its rows to the page.
void FetchPage(soci::session& sql, const std::string& query, std::vector<std::string>& binds, const DecisionFilter& f,
               DecisionPage* page) {
  long long limit = f.limit, offset = f.offset;
  Row r;
  soci::statement st(sql);
  st.alloc();
  st.prepare(query);
  BindInto(st, r, f.public_only);
  for (auto& b : binds) st.exchange(soci::use(b));
  st.exchange(soci::use(limit));
  st.exchange(soci::use(offset));
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) page->decisions.push_back(r.Take(f.public_only));
}

// Counts the rows `select` selects, at most kPublicCountCap + 1 of them,
// into the page's total and total_capped.
void CountCapped(soci::session& sql, const std::string& select, std::vector<std::string>& binds, DecisionPage* page) {
  long long n = 0;
  soci::statement st(sql);
  st.alloc();
  st.prepare("SELECT COUNT(*) FROM (" + select + " LIMIT " + std::to_string(kPublicCountCap + 1) + ") AS capped");
  st.exchange(soci::into(n));
  for (auto& b : binds) st.exchange(soci::use(b));
  st.define_and_bind();
  st.execute(true);
  page->total_capped = n > kPublicCountCap;
  page->total = std::min<int64_t>(n, kPublicCountCap);
}

// --- the public search through enforcement_search (SQLite) ---

// `term` as an FTS5 string: double quotes doubled, in double quotes.
std::string Quoted(std::string_view term) {
  std::string q = "\"";
  for (char c : term) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

// `text` with its ASCII letters lowered, as lower() and the index have them.
std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Two characters start at most this many trigrams of the index for a search
// to ask for them (more: the LIKE, which finds so common a pair soon).
constexpr int kMaxTerms = 300;

// The FTS5 query that finds `text` where LIKE would: for three characters
// or more the phrase of its trigrams; for two, the trigrams of the index
// that start with them (every pair of characters of an indexed text starts
// one, as the text ends with a line feed), "" when none does. nullopt when
// the index cannot answer: not SQLite; fewer than two characters; not valid
// UTF-8, or a NUL (which the index and LIKE read differently); a line feed
// at the end (the index's own line feed would match it); two characters
// that start more than kMaxTerms trigrams.
std::optional<std::string> SearchQuery(soci::session& sql, const std::string& text) {
  const size_t chars = Utf8Length(text);
  if (sql.get_backend_name() != "sqlite3" || chars < 2 || text.find('\0') != std::string::npos || text.back() == '\n' ||
      !http::IsValidUtf8(text))
    return std::nullopt;
  const std::string lowered = LowerAscii(text);
  if (chars >= 3) return Quoted(lowered);
  std::string lo = lowered, hi = lowered + "\xFF", term, query;
  int terms = 0;
  const std::string sql_text = "SELECT term FROM enforcement_search_terms WHERE term >= :lo AND term <= :hi LIMIT " +
                               std::to_string(kMaxTerms + 1);
  soci::statement st = (sql.prepare << sql_text, soci::use(lo), soci::use(hi), soci::into(term));
  st.execute();
  while (st.fetch()) {
    if (++terms > kMaxTerms) return std::nullopt;
    query += (query.empty() ? "" : " OR ") + Quoted(term);
  }
  return query;
}

// enforcement_search's key (rowid, migration 0021): the day public_until
// falls on (days since 1970; 0 unless published) << 40 | (the year decided
// − 1990) << 33 | kind << 31 | id.
constexpr int kUntilShift = 40;
constexpr int kYearShift = 33;
constexpr int kKindShift = 31;
constexpr const char* kIdOfKey = "(rowid & 2147483647)";  // (1 << kKindShift) - 1

int KindBits(DecisionKind k) { return k == DecisionKind::kLicence ? 1 : k == DecisionKind::kCoercive ? 2 : 0; }

// The conditions on the key that keep the matches public on the filter's
// day, of its kind and year: the index holds only rows that can still be
// public, and of those exactly the published ones whose period has not
// ended have a key from the day after today on.
std::string KeyFilter(const DecisionFilter& f) {
  const auto today = Date::Parse(f.today);
  const long long from = (today.ok() ? today->DaysSinceEpoch() + 1 : 0) << kUntilShift;
  std::string w = " AND rowid >= " + std::to_string(from);
  if (f.kind) w += " AND ((rowid >> " + std::to_string(kKindShift) + ") & 3) = " + std::to_string(KindBits(*f.kind));
  if (f.year > 0) {
    const int year_bits = std::clamp(f.year - 1990, 0, 127);
    w += " AND ((rowid >> " + std::to_string(kYearShift) + ") & 127) = " + std::to_string(year_bits);
  }
  return w;
}

// How many matches of `query` `key_filter` keeps, at most cap + 1, and the
// day (days since 1970) the period of the last one counted ends: the index
// gives them in the order of that day.
struct MatchCount {
  int64_t n = 0;
  int64_t last_day = 0;
};
MatchCount CountMatches(soci::session& sql, std::string query, const std::string& key_filter, int64_t cap) {
  long long n = 0, last = 0;
  sql << "SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM (SELECT rowid FROM enforcement_search WHERE "
         "enforcement_search MATCH :m" +
             key_filter + " LIMIT " + std::to_string(cap + 1) + ") AS capped",
      soci::use(query), soci::into(n), soci::into(last);
  return {n, last >> kUntilShift};
}

// A search counts its matches up to this many (and one more), to choose
// its plan (beyond, it estimates); the page says at most kPublicCountCap.
constexpr int64_t kCountForPlan = 40000;

// The cheapest way to the page, from rough costs per step measured at
// 1,000,000 decisions (bench/README.md), in microseconds: kSort 4.6 per
// match (reading it); kWalk 0.35 per match (listing them) and 0.15 per
// entry of the list's index walked; kScan 4 per entry walked (reading the
// row). `matches` is counted, or estimated beyond kCountForPlan; `max_id`
// bounds the entries on view, of which the page needs the first
// `rows_needed` matches.
SearchPlan ChoosePlan(int64_t matches, int64_t max_id, int64_t rows_needed) {
  if (matches == 0) return SearchPlan::kSort;
  const double n = static_cast<double>(matches), ids = static_cast<double>(std::max<int64_t>(max_id, 1));
  const double walked = std::min(ids, static_cast<double>(rows_needed) * ids / n);
  const double sort = matches <= kPublicCountCap ? 4.6 * n : std::numeric_limits<double>::infinity();
  const double walk = 0.35 * n + 0.15 * walked, scan = 4 * walked;
  if (sort <= walk && sort <= scan) return SearchPlan::kSort;
  return walk <= scan ? SearchPlan::kWalk : SearchPlan::kScan;
}

// The index that lists the decisions on view in the page's order.
const char* ListIndex(const DecisionFilter& f) {
  return f.year > 0 ? "enforcement_view_year" : f.kind ? "enforcement_view_kind" : "enforcement_on_view";
}

// The public page of the matches of `query` (SearchQuery): counted in the
// index, listed by the cheapest plan.
DecisionPage SearchPublic(soci::session& sql, const DecisionFilter& f, const std::string& query) {
  DecisionPage page;
  if (query.empty()) return page;
  const std::string keys = KeyFilter(f);
  const MatchCount count = CountMatches(sql, query, keys, kCountForPlan);
  page.total_capped = count.n > kPublicCountCap;
  page.total = std::min(count.n, kPublicCountCap);
  SearchPlan plan = f.search_plan;
  if (plan == SearchPlan::kAuto) {
    long long max_id = 0;
    sql << "SELECT COALESCE(MAX(id), 0) FROM enforcement_decisions", soci::into(max_id);
    int64_t matches = count.n;
    if (matches > kCountForPlan) {
      // More than were counted: as many more as the periods still to come
      // hold, were the matches spread evenly over the days their periods end.
      std::string last_until;
      sql << "SELECT COALESCE(MAX(public_until), '') FROM enforcement_decisions WHERE state = 'published' AND "
             "expired_at = 0",
          soci::into(last_until);
      const auto today = Date::Parse(f.today), last = Date::Parse(last_until);
      if (today.ok() && last.ok()) {
        const int64_t seen = std::max<int64_t>(1, count.last_day - today->DaysSinceEpoch());
        const int64_t all = std::max<int64_t>(seen, last->DaysSinceEpoch() - today->DaysSinceEpoch());
        matches = matches * all / seen;
      }
    }
    plan = ChoosePlan(matches, max_id, f.offset + f.limit);
  }
  std::string select = std::string("SELECT ") + kPublicCols + " FROM enforcement_decisions";
  std::vector<std::string> binds;
  if (plan == SearchPlan::kScan) {  // LIKE itself, on each entry of the list in order
    select += std::string(" INDEXED BY ") + ListIndex(f) + Where(f, &binds);
  } else {
    DecisionFilter view = f;
    view.text.clear();
    const std::string where = Where(view, &binds);
    binds.push_back(query);
    // The ids in order: a list built in order is built faster.
    const std::string matches = std::string(" AND id IN (SELECT ") + kIdOfKey +
                                " FROM enforcement_search WHERE enforcement_search MATCH :m" + keys + " ORDER BY 1)";
    // kSort: the matches by id (NOT INDEXED leaves the rowid), then sorted.
    select += (plan == SearchPlan::kSort ? std::string(" NOT INDEXED") : std::string(" INDEXED BY ") + ListIndex(f)) +
              where + matches;
  }
  FetchPage(sql, select + kPublicOrder + " LIMIT :lim OFFSET :off", binds, f, &page);
  return page;
}

}  // namespace

std::string EncodePublic(const Decision& d) {
  nlohmann::json j = {{"party_name", d.party_name},
                      {"party_type", PartyTypeCode(d.party_type)},
                      {"party_uscc", d.party_uscc},
                      {"legal_rep", d.legal_rep},
                      {"doc_no", d.doc_no},
                      {"violation_type", d.violation_type},
                      {"facts", d.facts},
                      {"basis", d.basis},
                      {"categories", d.categories},
                      {"content", d.content},
                      {"fine_fen", d.fine_fen},
                      {"confiscated_fen", d.confiscated_fen},
                      {"certificate_name", d.certificate_name},
                      {"licence_no", d.licence_no},
                      {"valid_from", DateText(d.valid_from)},
                      {"valid_to", DateText(d.valid_to)},
                      {"authority", d.authority},
                      {"authority_uscc", d.authority_uscc}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void DecodePublic(const std::string& text, Decision* d) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return;
  auto str = [&](const char* key) { return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : ""; };
  auto num = [&](const char* key) {
    return j.contains(key) && j[key].is_number_integer() ? j[key].get<int64_t>() : int64_t{0};
  };
  d->party_name = str("party_name");
  ParsePartyType(str("party_type"), &d->party_type);
  d->party_uscc = str("party_uscc");
  d->legal_rep = str("legal_rep");
  d->doc_no = str("doc_no");
  d->violation_type = str("violation_type");
  d->facts = str("facts");
  d->basis = str("basis");
  d->categories = str("categories");
  d->content = str("content");
  d->fine_fen = num("fine_fen");
  d->confiscated_fen = num("confiscated_fen");
  d->certificate_name = str("certificate_name");
  d->licence_no = str("licence_no");
  d->valid_from = DateOf(str("valid_from"));
  d->valid_to = DateOf(str("valid_to"));
  d->authority = str("authority");
  d->authority_uscc = str("authority_uscc");
}

int64_t InsertDecision(soci::session& sql, const Decision& d, const PublicCopy& pub, int64_t created_by) {
  DecisionWriter writer(sql);
  const int64_t id = writer.Insert(d, pub, created_by);
  writer.Finish();
  return id;
}

// The search entries (enforcement_search, SQLite) of the decisions from id
// :first on, as migration 0021 writes them (its key, text and order, word
// for word).
constexpr const char* kIndexNewRows =
    "INSERT INTO enforcement_search (rowid, search_text) SELECT (((CASE WHEN d.state = 'published' AND "
    "d.public_until <> '' THEN COALESCE(CAST(julianday(d.public_until) - 2440587.5 AS INTEGER), 0) ELSE 0"
    " END) << 40) | (max(0, min(127, COALESCE(CAST(substr(d.decided_on, 1, 4) AS INTEGER), 1990) - 1990))"
    " << 33) | ((CASE d.kind WHEN 'licence' THEN 1 WHEN 'coercive' THEN 2 ELSE 0 END) << 31) | d.id), "
    "lower(d.search_text) || char(10) FROM enforcement_decisions AS d WHERE d.id >= :first AND "
    "(d.publishable = 1 AND d.expired_at = 0 AND d.state <> 'withdrawn') ORDER BY 1";

// The prepared statements and the values they are bound to.
struct DecisionWriter::Statements {
  explicit Statements(soci::session& sql)
      : sqlite(sql.get_backend_name() == "sqlite3"), session(sql), insert(sql), doc_no(sql) {
    // RETURNING doubles the time of an INSERT on SQLite 3.40: its rowid is
    // asked for after it instead.
    insert.alloc();
    insert.prepare(std::string("INSERT INTO enforcement_decisions (") + kDataCols +
                   ", created_by, created_at) VALUES (" + Placeholders(kDataColCount) + ", :by, :at)" +
                   (sqlite ? "" : " RETURNING id"));
    row.Data([&](auto& member) { insert.exchange(soci::use(member)); });
    insert.exchange(soci::use(by, by_ind));
    insert.exchange(soci::use(row.created));
    if (!sqlite) insert.exchange(soci::into(id));
    insert.define_and_bind();
    doc_no.alloc();
    doc_no.prepare(
        "SELECT COUNT(*) FROM enforcement_decisions WHERE agency_id = :a AND kind = :k AND doc_no = :d "
        "AND state <> 'withdrawn'");
    doc_no.exchange(soci::into(taken));
    doc_no.exchange(soci::use(agency));
    doc_no.exchange(soci::use(kind));
    doc_no.exchange(soci::use(doc));
    doc_no.define_and_bind();
  }
  const bool sqlite;
  soci::session& session;
  Row row;
  long long by = 0, id = 0;
  soci::indicator by_ind = soci::i_null;
  soci::statement insert;
  long long agency = 0, taken = 0;
  std::string kind, doc;
  soci::statement doc_no;
};

DecisionWriter::DecisionWriter(soci::session& sql) : sql_(sql), st_(std::make_unique<Statements>(sql)) {}
DecisionWriter::~DecisionWriter() = default;

void DecisionWriter::Finish() {
  if (first_id_ == 0 || sql_.get_backend_name() != "sqlite3") return;
  long long first = first_id_;
  sql_ << kIndexNewRows, soci::use(first);
  first_id_ = 0;
}

bool DecisionWriter::DocNoTaken(int64_t agency_id, DecisionKind kind, const std::string& doc_no) {
  st_->agency = agency_id;
  st_->kind = DecisionKindCode(kind);
  st_->doc = doc_no;
  st_->taken = 0;
  st_->doc_no.execute(true);
  return st_->taken > 0;
}

int64_t DecisionWriter::Insert(const Decision& d, const PublicCopy& pub, int64_t created_by) {
  st_->row.From(d, pub);
  st_->by = created_by;
  st_->by_ind = created_by == 0 ? soci::i_null : soci::i_ok;
  st_->insert.execute(true);
  if (st_->sqlite) st_->session.get_last_insert_id("enforcement_decisions", st_->id);
  if (first_id_ == 0) first_id_ = st_->id;
  return st_->id;
}

LargerPageCache::LargerPageCache(soci::session& sql, int mib) : sql_(sql) {
  if (sql_.get_backend_name() != "sqlite3") return;
  sql_ << "PRAGMA cache_size", soci::into(previous_);
  sql_ << "PRAGMA cache_size = " + std::to_string(-1024LL * mib);
  changed_ = true;
}

LargerPageCache::~LargerPageCache() {
  if (!changed_) return;
  try {
    sql_ << "PRAGMA cache_size = " + std::to_string(previous_);
  } catch (const std::exception&) {
    // The session is being torn down with its transaction: nothing to keep.
  }
}

bool UpdateDecision(soci::session& sql, const Decision& d, const PublicCopy& pub, DecisionState expected) {
  Row r;
  r.From(d, pub);
  static const std::string set = SetClause();
  std::string was = DecisionStateCode(expected);
  soci::statement st(sql);
  st.alloc();
  st.prepare("UPDATE enforcement_decisions SET " + set + " WHERE id = :id AND state = :was");
  r.Data([&](auto& member) { st.exchange(soci::use(member)); });
  st.exchange(soci::use(r.id));
  st.exchange(soci::use(was));
  st.define_and_bind();
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<Decision> FindDecision(soci::session& sql, int64_t id) { return FindBy(sql, id, false); }
std::optional<Decision> FindPublicDecision(soci::session& sql, int64_t id) { return FindBy(sql, id, true); }

bool DocNoTaken(soci::session& sql, int64_t agency_id, DecisionKind kind, const std::string& doc_no,
                int64_t except_id) {
  long long agency = agency_id, except = except_id, n = 0;
  std::string k = DecisionKindCode(kind);
  sql << "SELECT COUNT(*) FROM enforcement_decisions WHERE agency_id = :a AND kind = :k AND doc_no = :d "
         "AND id <> :e AND state <> 'withdrawn'",
      soci::use(agency), soci::use(k), soci::use(doc_no), soci::use(except), soci::into(n);
  return n > 0;
}

DecisionPage ListDecisions(soci::session& sql, const DecisionFilter& f) {
  if (f.public_only && !f.agency_ids && !IsWholeUscc(f.text))
    if (auto query = SearchQuery(sql, f.text)) return SearchPublic(sql, f, *query);
  std::vector<std::string> binds;
  const std::string where = Where(f, &binds);
  DecisionPage page;
  // The public count walks the list's index from the newest, where the
  // decisions still on view are.
  if (f.public_only) CountCapped(sql, "SELECT id FROM enforcement_decisions" + where + kPublicOrder, binds, &page);
  else page.total = storage::CountRows(sql, "SELECT COUNT(*) FROM enforcement_decisions" + where, binds);
  FetchPage(sql,
            std::string("SELECT ") + (f.public_only ? kPublicCols : AllCols()) + " FROM enforcement_decisions" + where +
                (f.public_only ? kPublicOrder : kConsoleOrder) + " LIMIT :lim OFFSET :off",
            binds, f, &page);
  return page;
}

DueCounts CountDue(soci::session& sql, const std::vector<int64_t>* agency_ids, const std::string& today) {
  DueCounts c;
  long long due = 0, overdue = 0;
  const std::string where = agency_ids ? " AND agency_id IN (" + storage::IdList(*agency_ids) + ")" : "";
  std::string t1 = today, t2 = today;
  sql << "SELECT COALESCE(SUM(CASE WHEN due_on >= :t1 THEN 1 ELSE 0 END), 0), "
         "COALESCE(SUM(CASE WHEN due_on < :t2 THEN 1 ELSE 0 END), 0) FROM enforcement_decisions "
         "WHERE state = 'draft' AND publishable = 1" +
             where,
      soci::use(t1), soci::use(t2), soci::into(due), soci::into(overdue);
  c.due = due;
  c.overdue = overdue;
  return c;
}

int64_t SweepEnded(soci::session& sql, const std::string& today) {
  std::string last, t = today;
  soci::indicator ind = soci::i_null;
  sql << "SELECT swept_through FROM enforcement_sweeps WHERE id = 1", soci::into(last, ind);
  if (!sql.got_data()) sql << "INSERT INTO enforcement_sweeps (id, swept_through) VALUES (1, '')";
  if (ind != soci::i_ok) last.clear();
  if (t <= last) return 0;
  // Compare and set: of two instances sweeping at once, one counts.
  soci::statement up = (sql.prepare << "UPDATE enforcement_sweeps SET swept_through = :t WHERE id = 1 AND "
                                       "swept_through = :last",
                        soci::use(t), soci::use(last));
  up.execute(true);
  if (up.get_affected_rows() != 1) return 0;
  long long n = 0;
  sql << "SELECT COUNT(*) FROM enforcement_decisions WHERE state = 'published' AND expired_at = 0 "
         "AND public_until > :last AND public_until <= :t",
      soci::use(last), soci::use(t), soci::into(n);
  return n;
}

std::map<DecisionKind, int64_t> CountByKind(soci::session& sql, int year, const std::vector<int64_t>* agency_ids) {
  std::map<DecisionKind, int64_t> out;
  for (DecisionKind k : AllDecisionKinds()) out[k] = 0;
  // decided_on is YYYY-MM-DD: the year is a range, which the index
  // enforcement_decided (agency, date, kind) answers without the rows.
  std::string from = std::to_string(year) + "-01-01", to = std::to_string(year) + "-12-31", kind;
  long long n = 0;
  const std::string where = agency_ids ? " AND agency_id IN (" + storage::IdList(*agency_ids) + ")" : "";
  soci::statement st = (sql.prepare << "SELECT kind, COUNT(*) FROM enforcement_decisions WHERE decided_on >= :f AND "
                                       "decided_on <= :t" +
                                           where + " GROUP BY kind",
                        soci::use(from), soci::use(to), soci::into(kind), soci::into(n));
  st.execute();
  while (st.fetch()) {
    DecisionKind k;
    if (ParseDecisionKind(kind, &k)) out[k] = n;
  }
  return out;
}

bool AnyDecision(soci::session& sql, const std::vector<int64_t>* agency_ids) {
  const std::string where = agency_ids ? " WHERE agency_id IN (" + storage::IdList(*agency_ids) + ")" : "";
  long long id = 0;
  sql << "SELECT id FROM enforcement_decisions" + where + " LIMIT 1", soci::into(id);
  return sql.got_data();
}

}  // namespace gk::supervision::store
