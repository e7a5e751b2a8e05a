#include "decisions/store.h"

#include <nlohmann/json.hpp>

#include "storage/sql_text.h"

namespace gk::decisions::store {
namespace {

constexpr const char* kCols =
    "d.id, d.agency_id, COALESCE(a.name, ''), d.year, d.title, d.summary, d.owner, d.stages, d.consultation_id, "
    "d.result_index_no, d.state, d.published_on, d.withdraw_reason, d.withdrawn_at, d.created_at, d.updated_at";
constexpr const char* kFrom = " FROM major_decisions d LEFT JOIN agencies a ON a.id = d.agency_id";

std::string StagesJson(const MajorDecision& d) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : d.stages) out.push_back({{"planned", DateText(s.planned)}, {"done", DateText(s.done)}});
  return out.dump();
}

void ReadStages(const std::string& text, MajorDecision* d) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array()) return;
  for (size_t i = 0; i < kStages && i < j.size(); ++i) {
    d->stages[i].planned = DateOf(j[i].value("planned", ""));
    d->stages[i].done = DateOf(j[i].value("done", ""));
  }
}

struct Row {
  long long id = 0, agency = 0, year = 0, consultation = 0, withdrawn_at = 0, created = 0, updated = 0;
  std::string agency_name, title, summary, owner, stages, result, state, published, reason;
  void Bind(soci::statement& st) {
    for (auto* v : {&id, &agency}) st.exchange(soci::into(*v));
    st.exchange(soci::into(agency_name));
    st.exchange(soci::into(year));
    for (auto* v : {&title, &summary, &owner, &stages}) st.exchange(soci::into(*v));
    st.exchange(soci::into(consultation));
    for (auto* v : {&result, &state, &published, &reason}) st.exchange(soci::into(*v));
    for (auto* v : {&withdrawn_at, &created, &updated}) st.exchange(soci::into(*v));
  }
  MajorDecision Take() const {
    MajorDecision d;
    d.id = id;
    d.agency_id = agency;
    d.agency_name = agency_name;
    d.year = static_cast<int>(year);
    d.title = title;
    d.summary = summary;
    d.owner = owner;
    ReadStages(stages, &d);
    d.consultation_id = consultation;
    d.result_index_no = result;
    ParseState(state, &d.state);
    d.published_on = DateOf(published);
    d.withdraw_reason = reason;
    d.withdrawn_at = withdrawn_at;
    d.created_at = created;
    d.updated_at = updated;
    return d;
  }
};

std::string Where(const DecisionFilter& f, std::vector<std::string>* binds) {
  std::string where = " WHERE 1 = 1";
  if (f.agency_ids) where += " AND d.agency_id IN (" + storage::IdList(*f.agency_ids) + ")";
  if (f.public_only) where += " AND d.state = 'published'";
  if (f.year > 0) where += " AND d.year = " + std::to_string(f.year);
  if (!f.text.empty()) {
    where += " AND (d.title LIKE :q1 ESCAPE '!' OR d.summary LIKE :q2 ESCAPE '!' OR d.owner LIKE :q3 ESCAPE '!')";
    for (int i = 0; i < 3; ++i) binds->push_back(storage::LikeContains(f.text));
  }
  return where;
}

}  // namespace

int64_t InsertDecision(soci::session& sql, const MajorDecision& d) {
  long long id = 0, agency = d.agency_id, year = d.year, consultation = d.consultation_id, at = d.created_at;
  std::string stages = StagesJson(d), state = StateCode(d.state);
  sql << "INSERT INTO major_decisions (agency_id, year, title, summary, owner, stages, consultation_id, "
         "result_index_no, state, created_at, updated_at) VALUES (:a, :y, :t, :s, :o, :st, :c, :r, :state, :cr, :up) "
         "RETURNING id",
      soci::use(agency), soci::use(year), soci::use(d.title), soci::use(d.summary), soci::use(d.owner),
      soci::use(stages), soci::use(consultation), soci::use(d.result_index_no), soci::use(state), soci::use(at),
      soci::use(at), soci::into(id);
  return id;
}

bool UpdateDecision(soci::session& sql, const MajorDecision& d, State expected) {
  long long id = d.id, year = d.year, consultation = d.consultation_id, withdrawn_at = d.withdrawn_at,
            updated = d.updated_at;
  std::string stages = StagesJson(d), state = StateCode(d.state), was = StateCode(expected),
              published = DateText(d.published_on);
  soci::statement st =
      (sql.prepare << "UPDATE major_decisions SET year = :y, title = :t, summary = :s, owner = :o, stages = :st, "
                      "consultation_id = :c, result_index_no = :r, state = :state, published_on = :p, "
                      "withdraw_reason = :w, withdrawn_at = :wa, updated_at = :u WHERE id = :id AND state = :was",
       soci::use(year), soci::use(d.title), soci::use(d.summary), soci::use(d.owner), soci::use(stages),
       soci::use(consultation), soci::use(d.result_index_no), soci::use(state), soci::use(published),
       soci::use(d.withdraw_reason), soci::use(withdrawn_at), soci::use(updated), soci::use(id), soci::use(was));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<MajorDecision> FindDecision(soci::session& sql, int64_t id) {
  Row r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kCols + kFrom + " WHERE d.id = :id", id,
                           [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  return r.Take();
}

DecisionPage ListDecisions(soci::session& sql, const DecisionFilter& f) {
  std::vector<std::string> binds;
  const std::string where = Where(f, &binds);
  DecisionPage page;
  page.total = storage::CountRows(sql, std::string("SELECT COUNT(*) FROM major_decisions d") + where, binds);
  Row r;
  storage::FetchPage(
      sql,
      std::string("SELECT ") + kCols + kFrom + where +
          (f.recently_changed_first ? " ORDER BY d.updated_at DESC, d.id DESC" : " ORDER BY d.year DESC, d.id"),
      binds, f.limit, f.offset, [&](soci::statement& st) { r.Bind(st); },
      [&] { page.decisions.push_back(r.Take()); });
  return page;
}

std::vector<int> Years(soci::session& sql, bool public_only, const std::vector<int64_t>* agency_ids) {
  std::vector<int> out;
  long long year = 0;
  std::string where = " WHERE 1 = 1";
  if (agency_ids) where += " AND agency_id IN (" + storage::IdList(*agency_ids) + ")";
  if (public_only) where += " AND state = 'published'";
  soci::statement st =
      (sql.prepare << "SELECT DISTINCT year FROM major_decisions" + where + " ORDER BY year DESC", soci::into(year));
  st.execute();
  while (st.fetch()) out.push_back(static_cast<int>(year));
  return out;
}

}  // namespace gk::decisions::store
