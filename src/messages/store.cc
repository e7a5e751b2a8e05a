#include "messages/store.h"

#include "storage/sql_text.h"

namespace gk::messages::store {
namespace {

constexpr const char* kCols =
    "m.id, m.agency_id, COALESCE(a.name, ''), m.category, m.title, m.body, m.public_body, m.asker_name, m.contact, "
    "m.wants_private, m.state, COALESCE(m.department_id, 0), m.department, m.received_on, m.due_on, m.answer, "
    "m.answered_on, m.published_on, m.withhold_reason, m.satisfied, m.basically, m.unsatisfied, m.code_hash, "
    "m.created_at, m.updated_at";
constexpr const char* kFrom = " FROM messages m LEFT JOIN agencies a ON a.id = m.agency_id";

struct Row {
  long long id = 0, agency = 0, wants_private = 0, department_id = 0, satisfied = 0, basically = 0, unsatisfied = 0,
            created = 0, updated = 0;
  std::string agency_name, category, title, body, public_body, asker, contact, state, department, received, due, answer,
      answered, published, withhold, code_hash;

  void Bind(soci::statement& st) {
    for (auto* v : {&id, &agency}) st.exchange(soci::into(*v));
    for (auto* v : {&agency_name, &category, &title, &body, &public_body, &asker, &contact})
      st.exchange(soci::into(*v));
    st.exchange(soci::into(wants_private));
    st.exchange(soci::into(state));
    st.exchange(soci::into(department_id));
    for (auto* v : {&department, &received, &due, &answer, &answered, &published, &withhold})
      st.exchange(soci::into(*v));
    for (auto* v : {&satisfied, &basically, &unsatisfied}) st.exchange(soci::into(*v));
    st.exchange(soci::into(code_hash));
    for (auto* v : {&created, &updated}) st.exchange(soci::into(*v));
  }
  Message Take() const {
    Message m;
    m.id = id;
    m.agency_id = agency;
    m.agency_name = agency_name;
    ParseCategory(category, &m.category);
    m.title = title;
    m.body = body;
    m.public_body = public_body;
    m.asker_name = asker;
    m.contact = contact;
    m.wants_private = wants_private != 0;
    ParseState(state, &m.state);
    m.department_id = department_id;
    m.department = department;
    if (auto d = DateOf(received)) m.received_on = *d;
    if (auto d = DateOf(due)) m.due_on = *d;
    m.answer = answer;
    m.answered_on = DateOf(answered);
    m.published_on = DateOf(published);
    m.withhold_reason = withhold;
    m.satisfaction = {satisfied, basically, unsatisfied};
    m.created_at = created;
    m.updated_at = updated;
    return m;
  }
};

// The WHERE clause of a filter, its binds appended to `binds`.
std::string Where(const MessageFilter& f, std::vector<std::string>* binds) {
  std::string where = " WHERE 1 = 1";
  if (f.agency_ids) where += " AND m.agency_id IN (" + storage::IdList(*f.agency_ids) + ")";
  if (f.state) where += std::string(" AND m.state = '") + StateCode(*f.state) + "'";
  if (f.received_in > 0 && f.received_in < 10000)
    where += " AND m.received_on LIKE '" + std::to_string(f.received_in) + "-%'";
  if (f.unanswered || !f.overdue_on.empty() || !f.received_by.empty())
    where += " AND m.state IN ('received', 'assigned')";
  if (!f.overdue_on.empty()) {
    where += " AND m.due_on < :overdue";
    binds->push_back(f.overdue_on);
  }
  if (!f.received_by.empty()) {
    where += " AND m.received_on <= :by";
    binds->push_back(f.received_by);
  }
  if (!f.text.empty()) {
    where += " AND (m.title LIKE :q1 ESCAPE '!' OR m.public_body LIKE :q2 ESCAPE '!')";
    for (int i = 0; i < 2; ++i) binds->push_back(storage::LikeContains(f.text));
  }
  return where;
}

}  // namespace

int64_t InsertMessage(soci::session& sql, const Message& m, const std::string& code_hash) {
  long long id = 0, agency = m.agency_id, priv = m.wants_private ? 1 : 0, at = m.created_at;
  std::string category = CategoryCode(m.category), state = StateCode(m.state), received = m.received_on.ToString(),
              due = m.due_on.ToString();
  sql << "INSERT INTO messages (agency_id, category, title, body, public_body, asker_name, contact, wants_private, "
         "state, received_on, due_on, code_hash, created_at, updated_at) VALUES (:a, :c, :t, :b, :pb, :n, :co, :p, "
         ":s, :r, :d, :h, :cr, :up) RETURNING id",
      soci::use(agency), soci::use(category), soci::use(m.title), soci::use(m.body), soci::use(m.public_body),
      soci::use(m.asker_name), soci::use(m.contact), soci::use(priv), soci::use(state), soci::use(received),
      soci::use(due), soci::use(code_hash), soci::use(at), soci::use(at), soci::into(id);
  return id;
}

bool UpdateMessage(soci::session& sql, const Message& m, State expected) {
  long long id = m.id, dept = m.department_id, updated = m.updated_at;
  soci::indicator dept_ind = dept == 0 ? soci::i_null : soci::i_ok;
  std::string state = StateCode(m.state), was = StateCode(expected), answered = DateText(m.answered_on),
              published = DateText(m.published_on);
  soci::statement st =
      (sql.prepare << "UPDATE messages SET state = :s, department_id = :di, department = :d, answer = :a, "
                      "answered_on = :ao, published_on = :po, withhold_reason = :w, public_body = :pb, updated_at = :u "
                      "WHERE id = :id AND state = :was",
       soci::use(state), soci::use(dept, dept_ind), soci::use(m.department), soci::use(m.answer), soci::use(answered),
       soci::use(published), soci::use(m.withhold_reason), soci::use(m.public_body), soci::use(updated), soci::use(id),
       soci::use(was));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<Message> FindMessage(soci::session& sql, int64_t id, std::string* code_hash) {
  Row r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kCols + kFrom + " WHERE m.id = :id", id,
                           [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  if (code_hash) *code_hash = r.code_hash;
  return r.Take();
}

bool AddSatisfaction(soci::session& sql, int64_t id, Satisfaction s) {
  long long i = id;
  const std::string column = SatisfactionCode(s);  // a fixed column name, not input
  soci::statement st =
      (sql.prepare << "UPDATE messages SET " + column + " = " + column + " + 1 WHERE id = :id AND state = 'published'",
       soci::use(i));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

MessagePage ListMessages(soci::session& sql, const MessageFilter& f) {
  std::vector<std::string> binds;
  const std::string where = Where(f, &binds);
  MessagePage page;
  page.total = storage::CountRows(sql, std::string("SELECT COUNT(*) FROM messages m") + where, binds);
  Row r;
  storage::FetchPage(
      sql,
      std::string("SELECT ") + kCols + kFrom + where +
          (f.oldest_first ? " ORDER BY m.received_on, m.id" : " ORDER BY m.published_on DESC, m.id DESC"),
      binds, f.limit, f.offset, [&](soci::statement& st) { r.Bind(st); },
      [&] { page.messages.push_back(r.Take()); });
  return page;
}

int64_t CountMessages(soci::session& sql, const MessageFilter& f) {
  std::vector<std::string> binds;
  return storage::CountRows(sql, std::string("SELECT COUNT(*) FROM messages m") + Where(f, &binds), binds);
}

}  // namespace gk::messages::store
