#include "proposals/store.h"

#include "storage/sql_text.h"

namespace gk::proposals::store {
namespace {

constexpr const char* kCols =
    "p.id, p.agency_id, COALESCE(a.name, ''), p.year, p.kind, p.number, p.title, p.proposer, p.role, p.summary, "
    "p.assigned_on, p.due_on, p.state, p.result, p.replied_on, p.reply, p.public_summary, p.reply_public, "
    "p.published_on, p.withhold_reason, p.created_at, p.updated_at";
constexpr const char* kFrom = " FROM proposals p LEFT JOIN agencies a ON a.id = p.agency_id";

struct Row {
  long long id = 0, agency = 0, year = 0, reply_public = 0, created = 0, updated = 0;
  std::string agency_name, kind, number, title, proposer, role, summary, assigned, due, state, result, replied, reply,
      public_summary, published, withhold;

  void Bind(soci::statement& st) {
    for (auto* v : {&id, &agency}) st.exchange(soci::into(*v));
    st.exchange(soci::into(agency_name));
    st.exchange(soci::into(year));
    for (auto* v : {&kind, &number, &title, &proposer, &role, &summary, &assigned, &due, &state, &result, &replied,
                    &reply, &public_summary})
      st.exchange(soci::into(*v));
    st.exchange(soci::into(reply_public));
    for (auto* v : {&published, &withhold}) st.exchange(soci::into(*v));
    for (auto* v : {&created, &updated}) st.exchange(soci::into(*v));
  }
  Proposal Take() const {
    Proposal p;
    p.id = id;
    p.agency_id = agency;
    p.agency_name = agency_name;
    p.year = static_cast<int>(year);
    ParseKind(kind, &p.kind);
    p.number = number;
    p.title = title;
    p.proposer = proposer;
    ParseRole(role, &p.role);
    p.summary = summary;
    if (auto d = DateOf(assigned)) p.assigned_on = *d;
    if (auto d = DateOf(due)) p.due_on = *d;
    ParseState(state, &p.state);
    Outcome r;
    if (ParseOutcome(result, &r)) p.result = r;
    p.replied_on = DateOf(replied);
    p.reply = reply;
    p.public_summary = public_summary;
    p.reply_public = reply_public != 0;
    p.published_on = DateOf(published);
    p.withhold_reason = withhold;
    p.created_at = created;
    p.updated_at = updated;
    return p;
  }
};

std::string Where(const ProposalFilter& f, std::vector<std::string>* binds) {
  std::string where = " WHERE 1 = 1";
  if (f.agency_ids) where += " AND p.agency_id IN (" + storage::IdList(*f.agency_ids) + ")";
  if (f.year) where += " AND p.year = " + std::to_string(f.year);
  if (f.state) where += std::string(" AND p.state = '") + StateCode(*f.state) + "'";
  if (f.kind) where += std::string(" AND p.kind = '") + KindCode(*f.kind) + "'";
  if (!f.overdue_on.empty()) {
    where += " AND p.state = 'handling' AND p.due_on < :overdue";
    binds->push_back(f.overdue_on);
  }
  if (!f.text.empty()) {
    where +=
        " AND (p.title LIKE :q1 ESCAPE '!' OR p.number LIKE :q2 ESCAPE '!' OR p.proposer LIKE :q3 ESCAPE '!' "
        "OR p.public_summary LIKE :q4 ESCAPE '!')";
    for (int i = 0; i < 4; ++i) binds->push_back(storage::LikeContains(f.text));
  }
  return where;
}

}  // namespace

int64_t InsertProposal(soci::session& sql, const Proposal& p) {
  long long id = 0, agency = p.agency_id, year = p.year, at = p.created_at;
  std::string kind = KindCode(p.kind), role = RoleCode(p.role), state = StateCode(p.state),
              assigned = p.assigned_on.ToString(), due = p.due_on.ToString();
  sql << "INSERT INTO proposals (agency_id, year, kind, number, title, proposer, role, summary, assigned_on, due_on, "
         "state, created_at, updated_at) VALUES (:a, :y, :k, :n, :t, :p, :r, :s, :as, :d, :st, :c, :u) RETURNING id",
      soci::use(agency), soci::use(year), soci::use(kind), soci::use(p.number), soci::use(p.title),
      soci::use(p.proposer), soci::use(role), soci::use(p.summary), soci::use(assigned), soci::use(due),
      soci::use(state), soci::use(at), soci::use(at), soci::into(id);
  return id;
}

bool UpdateProposal(soci::session& sql, const Proposal& p, State expected) {
  long long id = p.id, year = p.year, reply_public = p.reply_public ? 1 : 0, updated = p.updated_at;
  std::string kind = KindCode(p.kind), role = RoleCode(p.role), state = StateCode(p.state), was = StateCode(expected),
              assigned = p.assigned_on.ToString(), due = p.due_on.ToString(),
              result = p.result ? OutcomeCode(*p.result) : "", replied = DateText(p.replied_on),
              published = DateText(p.published_on);
  soci::statement st =
      (sql.prepare << "UPDATE proposals SET year = :y, kind = :k, number = :n, title = :t, proposer = :p, role = :r, "
                      "summary = :s, assigned_on = :as, due_on = :d, state = :st, result = :re, replied_on = :ro, "
                      "reply = :rp, public_summary = :ps, reply_public = :pub, published_on = :po, "
                      "withhold_reason = :w, updated_at = :u WHERE id = :id AND state = :was",
       soci::use(year), soci::use(kind), soci::use(p.number), soci::use(p.title), soci::use(p.proposer),
       soci::use(role), soci::use(p.summary), soci::use(assigned), soci::use(due), soci::use(state), soci::use(result),
       soci::use(replied), soci::use(p.reply), soci::use(p.public_summary), soci::use(reply_public),
       soci::use(published), soci::use(p.withhold_reason), soci::use(updated), soci::use(id), soci::use(was));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<Proposal> FindProposal(soci::session& sql, int64_t id) {
  Row r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kCols + kFrom + " WHERE p.id = :id", id,
                           [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  return r.Take();
}

bool NumberTaken(soci::session& sql, const Proposal& p) {
  long long agency = p.agency_id, year = p.year, id = p.id, n = 0;
  std::string kind = KindCode(p.kind);
  sql << "SELECT COUNT(*) FROM proposals WHERE agency_id = :a AND year = :y AND kind = :k AND number = :n "
         "AND id <> :id",
      soci::use(agency), soci::use(year), soci::use(kind), soci::use(p.number), soci::use(id), soci::into(n);
  return n > 0;
}

ProposalPage ListProposals(soci::session& sql, const ProposalFilter& f) {
  std::vector<std::string> binds;
  const std::string where = Where(f, &binds);
  ProposalPage page;
  page.total = storage::CountRows(sql, std::string("SELECT COUNT(*) FROM proposals p") + where, binds);
  Row r;
  storage::FetchPage(
      sql, std::string("SELECT ") + kCols + kFrom + where + " ORDER BY p.year DESC, p.kind, p.number, p.id", binds,
      f.limit, f.offset, [&](soci::statement& st) { r.Bind(st); }, [&] { page.proposals.push_back(r.Take()); });
  return page;
}

YearFigures Figures(soci::session& sql, const std::vector<int64_t>* agency_ids, int year, Date today) {
  YearFigures y;
  ProposalFilter f;
  f.agency_ids = agency_ids;
  f.year = year;
  f.limit = 100000;
  // A year is some hundreds at most: counted here rather than in SQL.
  for (const auto& p : ListProposals(sql, f).proposals) {
    ++y.total;
    ++(p.kind == Kind::kSuggestion ? y.suggestions : y.proposals);
    ++(p.role == Role::kLead ? y.lead : y.assist);
    if (p.state != State::kHandling) ++y.replied;
    if (p.state == State::kHandling && p.due_on < today) ++y.overdue_open;
    if (p.replied_on && *p.replied_on <= p.due_on) ++y.on_time;
    if (p.result) ++y.by_result[static_cast<int>(*p.result)];
    if (p.state == State::kPublished) ++y.published;
  }
  return y;
}

std::vector<int> Years(soci::session& sql, const std::vector<int64_t>* agency_ids) {
  std::vector<int> out;
  long long y = 0;
  std::string where = agency_ids ? " WHERE agency_id IN (" + storage::IdList(*agency_ids) + ")" : "";
  soci::statement st =
      (sql.prepare << "SELECT DISTINCT year FROM proposals" + where + " ORDER BY year DESC", soci::into(y));
  st.execute();
  while (st.fetch()) out.push_back(static_cast<int>(y));
  return out;
}

}  // namespace gk::proposals::store
