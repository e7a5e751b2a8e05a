#include "ratings/store.h"

#include "storage/sql_text.h"

namespace gk::ratings::store {
namespace {

constexpr const char* kCols =
    "id, agency_id, subject_kind, COALESCE(service_id, 0), subject_ref, subject_label, department, level, channel, "
    "comment, public_comment, contact, rated_on, state, visit_due, rectify_due, visited_on, rectified_on, closed_on, "
    "visit_note, rectify_note, response, response_note, appeal_reason, appeal_decision, code_hash, created_at, "
    "updated_at";

// A row as SOCI sees it, in the order of kCols.
struct Row {
  long long id = 0, agency = 0, service = 0, level = 5, created = 0, updated = 0;
  std::string kind, ref, label, department, channel, comment, public_comment, contact, rated_on, state, visit_due,
      rectify_due, visited_on, rectified_on, closed_on, visit_note, rectify_note, response, response_note,
      appeal_reason, appeal_decision, code_hash;

  void Bind(soci::statement& st) {
    for (auto* v : {&id, &agency}) st.exchange(soci::into(*v));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(service));
    for (auto* v : {&ref, &label, &department}) st.exchange(soci::into(*v));
    st.exchange(soci::into(level));
    for (auto* v : {&channel, &comment, &public_comment, &contact, &rated_on, &state, &visit_due, &rectify_due,
                    &visited_on, &rectified_on, &closed_on, &visit_note, &rectify_note, &response, &response_note,
                    &appeal_reason, &appeal_decision, &code_hash})
      st.exchange(soci::into(*v));
    for (auto* v : {&created, &updated}) st.exchange(soci::into(*v));
  }
  Rating Take() const {
    Rating r;
    r.id = id;
    r.agency_id = agency;
    ParseSubjectKind(kind, &r.subject_kind);
    r.service_id = service;
    r.subject_ref = ref;
    r.subject_label = label;
    r.department = department;
    r.level = static_cast<int>(level);
    ParseChannel(channel, &r.channel);
    r.comment = comment;
    r.public_comment = public_comment;
    r.contact = contact;
    if (auto d = DateOf(rated_on)) r.rated_on = *d;
    ParseRatingState(state, &r.state);
    r.visit_due = DateOf(visit_due);
    r.rectify_due = DateOf(rectify_due);
    r.visited_on = DateOf(visited_on);
    r.rectified_on = DateOf(rectified_on);
    r.closed_on = DateOf(closed_on);
    r.visit_note = visit_note;
    r.rectify_note = rectify_note;
    r.response = response;
    r.response_note = response_note;
    r.appeal_reason = appeal_reason;
    r.appeal_decision = appeal_decision;
    r.created_at = created;
    r.updated_at = updated;
    return r;
  }
};

std::string AgencyClause(const std::vector<int64_t>* ids) {
  return ids ? " AND agency_id IN (" + storage::IdList(*ids) + ")" : "";
}

}  // namespace

int64_t InsertService(soci::session& sql, const RatedService& s, int64_t now) {
  long long id = 0, agency = s.agency_id, active = s.active ? 1 : 0, at = now;
  sql << "INSERT INTO rating_services (agency_id, name, department, active, created_at, updated_at) VALUES "
         "(:a, :n, :d, :ac, :c, :u) RETURNING id",
      soci::use(agency), soci::use(s.name), soci::use(s.department), soci::use(active), soci::use(at), soci::use(at),
      soci::into(id);
  return id;
}

void UpdateService(soci::session& sql, const RatedService& s, int64_t now) {
  long long id = s.id, active = s.active ? 1 : 0, at = now;
  sql << "UPDATE rating_services SET name = :n, department = :d, active = :ac, updated_at = :u WHERE id = :id",
      soci::use(s.name), soci::use(s.department), soci::use(active), soci::use(at), soci::use(id);
}

namespace {
std::vector<RatedService> Services(soci::session& sql, const std::string& where) {
  std::vector<RatedService> out;
  long long id = 0, agency = 0, active = 1;
  std::string name, department;
  soci::statement st = (sql.prepare << "SELECT id, agency_id, name, department, active FROM rating_services" + where +
                                           " ORDER BY department, name, id",
                        soci::into(id), soci::into(agency), soci::into(name), soci::into(department),
                        soci::into(active));
  st.execute();
  while (st.fetch()) out.push_back({id, agency, name, department, active != 0});
  return out;
}
}  // namespace

std::optional<RatedService> FindService(soci::session& sql, int64_t id) {
  auto all = Services(sql, " WHERE id = " + std::to_string(id));
  if (all.empty()) return std::nullopt;
  return all.front();
}

std::vector<RatedService> ListServices(soci::session& sql, const std::vector<int64_t>* agency_ids, bool active_only) {
  return Services(sql, std::string(" WHERE 1 = 1") + AgencyClause(agency_ids) + (active_only ? " AND active = 1" : ""));
}

int64_t InsertRating(soci::session& sql, const Rating& r, const std::string& code_hash) {
  long long id = 0, agency = r.agency_id, service = r.service_id, level = r.level, at = r.created_at;
  soci::indicator service_ind = service == 0 ? soci::i_null : soci::i_ok;
  std::string kind = SubjectKindCode(r.subject_kind), channel = ChannelCode(r.channel), rated = r.rated_on.ToString(),
              state = RatingStateCode(r.state), visit_due = DateText(r.visit_due),
              rectify_due = DateText(r.rectify_due), closed = DateText(r.closed_on);
  sql << "INSERT INTO ratings (agency_id, subject_kind, service_id, subject_ref, subject_label, department, level, "
         "channel, comment, public_comment, contact, rated_on, state, visit_due, rectify_due, closed_on, code_hash, "
         "created_at, updated_at) VALUES (:a, :k, :s, :ref, :label, :dep, :lv, :ch, :c, :pc, :ct, :on, :st, :vd, "
         ":rd, :cl, :h, :cr, :up) RETURNING id",
      soci::use(agency), soci::use(kind), soci::use(service, service_ind), soci::use(r.subject_ref),
      soci::use(r.subject_label), soci::use(r.department), soci::use(level), soci::use(channel), soci::use(r.comment),
      soci::use(r.public_comment), soci::use(r.contact), soci::use(rated), soci::use(state), soci::use(visit_due),
      soci::use(rectify_due), soci::use(closed), soci::use(code_hash), soci::use(at), soci::use(at), soci::into(id);
  return id;
}

bool UpdateRating(soci::session& sql, const Rating& r, RatingState expected) {
  long long id = r.id, updated = r.updated_at;
  std::string state = RatingStateCode(r.state), was = RatingStateCode(expected), visited = DateText(r.visited_on),
              rectified = DateText(r.rectified_on), closed = DateText(r.closed_on);
  soci::statement st =
      (sql.prepare << "UPDATE ratings SET state = :s, visited_on = :v, rectified_on = :r, closed_on = :c, "
                      "visit_note = :vn, rectify_note = :rn, response = :re, response_note = :ren, "
                      "appeal_reason = :ar, appeal_decision = :ad, updated_at = :u WHERE id = :id AND state = :was",
       soci::use(state), soci::use(visited), soci::use(rectified), soci::use(closed), soci::use(r.visit_note),
       soci::use(r.rectify_note), soci::use(r.response), soci::use(r.response_note), soci::use(r.appeal_reason),
       soci::use(r.appeal_decision), soci::use(updated), soci::use(id), soci::use(was));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<Rating> FindRating(soci::session& sql, int64_t id, std::string* code_hash) {
  Row r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kCols + " FROM ratings WHERE id = :id", id,
                           [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  if (code_hash) *code_hash = r.code_hash;
  return r.Take();
}

namespace {
// The overdue condition on `:t1`, `:t2` (today twice).
constexpr const char* kOverdue =
    " AND ((state = 'open' AND visit_due <> '' AND visit_due < :t1) OR (state IN ('open', 'visited') AND "
    "rectify_due <> '' AND rectify_due < :t2))";
}  // namespace

RatingPage ListRatings(soci::session& sql, const RatingFilter& f) {
  std::vector<std::string> binds;
  std::string where = " WHERE 1 = 1" + AgencyClause(f.agency_ids);
  if (f.bad_only) where += " AND level <= 2";
  if (f.counted_only) where += " AND state <> 'excluded'";
  if (f.state) where += std::string(" AND state = '") + RatingStateCode(*f.state) + "'";
  if (!f.overdue_on.empty()) {
    where += kOverdue;
    binds.push_back(f.overdue_on);
    binds.push_back(f.overdue_on);
  }
  if (!f.month.empty()) {
    where += " AND rated_on LIKE :m";
    binds.push_back(f.month + "-%");
  }
  RatingPage page;
  page.total = storage::CountRows(sql, "SELECT COUNT(*) FROM ratings" + where, binds);
  long long limit = f.limit, offset = f.offset;
  Row r;
  soci::statement st(sql);
  st.alloc();
  st.prepare(std::string("SELECT ") + kCols + " FROM ratings" + where +
             " ORDER BY rated_on DESC, id DESC LIMIT :lim OFFSET :off");
  r.Bind(st);
  for (auto& b : binds) st.exchange(soci::use(b));
  st.exchange(soci::use(limit));
  st.exchange(soci::use(offset));
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) page.ratings.push_back(r.Take());
  return page;
}

std::vector<Rating> MonthRatings(soci::session& sql, const std::string& month, const std::vector<int64_t>* agency_ids) {
  std::vector<Rating> out;
  std::string like = month + "-%", label, department, state;
  long long level = 0;
  soci::statement st = (sql.prepare << "SELECT subject_label, department, level, state FROM ratings WHERE rated_on "
                                       "LIKE :m" + AgencyClause(agency_ids),
                        soci::use(like), soci::into(label), soci::into(department), soci::into(level),
                        soci::into(state));
  st.execute();
  while (st.fetch()) {
    Rating r;
    r.subject_label = label;
    r.department = department;
    r.level = static_cast<int>(level);
    ParseRatingState(state, &r.state);
    out.push_back(std::move(r));
  }
  return out;
}

int64_t CountOverdue(soci::session& sql, const std::vector<int64_t>* agency_ids, const std::string& today) {
  long long n = 0;
  std::string t1 = today, t2 = today;
  sql << "SELECT COUNT(*) FROM ratings WHERE 1 = 1" + AgencyClause(agency_ids) + kOverdue, soci::use(t1),
      soci::use(t2), soci::into(n);
  return n;
}

}  // namespace gk::ratings::store
