#include "supervision/enforcement_store.h"

#include <soci/soci.h>

#include <nlohmann/json.hpp>

#include "common/uscc.h"
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
  long long key = id;
  soci::statement st(sql);
  st.alloc();
  st.prepare(std::string("SELECT ") + (masked ? kPublicCols : AllCols()) +
             " FROM enforcement_decisions WHERE id = :id");
  BindInto(st, r, masked);
  st.exchange(soci::use(key));
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  return r.Take(masked);
}

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
    w += " AND decided_on LIKE :year";
    binds->push_back(std::to_string(f.year) + "-%");
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
  if (!f.text.empty() && ValidateUscc(NormalizeUscc(f.text)).ok()) {
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
  Row r;
  r.From(d, pub);
  long long id = 0, by = created_by;
  soci::indicator by_ind = by == 0 ? soci::i_null : soci::i_ok;
  soci::statement st(sql);
  st.alloc();
  st.prepare(std::string("INSERT INTO enforcement_decisions (") + kDataCols + ", created_by, created_at) VALUES (" +
             Placeholders(kDataColCount) + ", :by, :at) RETURNING id");
  r.Data([&](auto& member) { st.exchange(soci::use(member)); });
  st.exchange(soci::use(by, by_ind));
  st.exchange(soci::use(r.created));
  st.exchange(soci::into(id));
  st.define_and_bind();
  st.execute(true);
  return id;
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
  std::vector<std::string> binds;
  const std::string where = Where(f, &binds);
  DecisionPage page;
  page.total = storage::CountRows(sql, "SELECT COUNT(*) FROM enforcement_decisions" + where, binds);
  long long limit = f.limit, offset = f.offset;
  Row r;
  soci::statement st(sql);
  st.alloc();
  const std::string order = f.public_only ? " ORDER BY published_on DESC, id DESC"
                                          : " ORDER BY CASE state WHEN 'draft' THEN 0 ELSE 1 END, "
                                            "CASE state WHEN 'draft' THEN due_on END ASC, published_on DESC, id DESC";
  st.prepare(std::string("SELECT ") + (f.public_only ? kPublicCols : AllCols()) + " FROM enforcement_decisions" +
             where + order + " LIMIT :lim OFFSET :off");
  BindInto(st, r, f.public_only);
  for (auto& b : binds) st.exchange(soci::use(b));
  st.exchange(soci::use(limit));
  st.exchange(soci::use(offset));
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) page.decisions.push_back(r.Take(f.public_only));
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

int64_t MarkExpired(soci::session& sql, const std::string& today, int64_t now) {
  long long at = now;
  std::string t = today;
  soci::statement st = (sql.prepare << "UPDATE enforcement_decisions SET expired_at = :now WHERE state = 'published' "
                                       "AND expired_at = 0 AND public_until <> '' AND public_until <= :today",
                        soci::use(at), soci::use(t));
  st.execute(true);
  return st.get_affected_rows();
}

std::map<DecisionKind, int64_t> CountByKind(soci::session& sql, int year, const std::vector<int64_t>* agency_ids) {
  std::map<DecisionKind, int64_t> out;
  for (DecisionKind k : AllDecisionKinds()) out[k] = 0;
  std::string pattern = std::to_string(year) + "-%", kind;
  long long n = 0;
  const std::string where = agency_ids ? " AND agency_id IN (" + storage::IdList(*agency_ids) + ")" : "";
  soci::statement st = (sql.prepare << "SELECT kind, COUNT(*) FROM enforcement_decisions WHERE decided_on LIKE :y" +
                                           where + " GROUP BY kind",
                        soci::use(pattern), soci::into(kind), soci::into(n));
  st.execute();
  while (st.fetch()) {
    DecisionKind k;
    if (ParseDecisionKind(kind, &k)) out[k] = n;
  }
  return out;
}

}  // namespace gk::supervision::store
