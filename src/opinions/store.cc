#include "opinions/store.h"

#include "storage/sql_text.h"

namespace gk::opinions::store {
namespace {

constexpr const char* kCols =
    "o.id, o.agency_id, COALESCE(a.name, ''), o.title, o.source, o.source_link, o.level, o.found_at, o.due_at, "
    "o.summary, o.assessment, o.state, o.first_response_at, o.closing_note, o.created_at, o.updated_at, "
    "o.department_id, COALESCE(d.name, '')";
constexpr const char* kFrom =
    " FROM opinions o LEFT JOIN agencies a ON a.id = o.agency_id LEFT JOIN departments d ON d.id = o.department_id";

struct Row {
  long long id = 0, agency = 0, found = 0, due = 0, first = 0, created = 0, updated = 0, department_id = 0;
  std::string agency_name, title, source, link, level, summary, assessment, state, closing, department;
  void Bind(soci::statement& st) {
    for (auto* v : {&id, &agency}) st.exchange(soci::into(*v));
    for (auto* v : {&agency_name, &title, &source, &link, &level}) st.exchange(soci::into(*v));
    for (auto* v : {&found, &due}) st.exchange(soci::into(*v));
    for (auto* v : {&summary, &assessment, &state}) st.exchange(soci::into(*v));
    st.exchange(soci::into(first));
    st.exchange(soci::into(closing));
    for (auto* v : {&created, &updated}) st.exchange(soci::into(*v));
    st.exchange(soci::into(department_id));
    st.exchange(soci::into(department));
  }
  Opinion Take() const {
    Opinion o;
    o.id = id;
    o.agency_id = agency;
    o.agency_name = agency_name;
    o.title = title;
    o.source = source;
    o.source_link = link;
    ParseLevel(level, &o.level);
    o.found_at = found;
    o.due_at = due;
    o.summary = summary;
    o.assessment = assessment;
    ParseState(state, &o.state);
    o.first_response_at = first;
    o.closing_note = closing;
    o.created_at = created;
    o.updated_at = updated;
    o.department_id = department_id;
    o.department = department;
    return o;
  }
};

}  // namespace

int64_t InsertOpinion(soci::session& sql, const Opinion& o) {
  long long id = 0, agency = o.agency_id, found = o.found_at, due = o.due_at, at = o.created_at, dept = o.department_id;
  std::string level = LevelCode(o.level), state = StateCode(o.state);
  sql << "INSERT INTO opinions (agency_id, title, source, source_link, level, department_id, found_at, due_at, "
         "summary, assessment, state, created_at, updated_at) VALUES (:a, :t, :s, :l, :lv, :dp, :f, :d, :su, :as, "
         ":st, :c, :u) RETURNING id",
      soci::use(agency), soci::use(o.title), soci::use(o.source), soci::use(o.source_link), soci::use(level),
      soci::use(dept), soci::use(found), soci::use(due), soci::use(o.summary), soci::use(o.assessment),
      soci::use(state), soci::use(at), soci::use(at), soci::into(id);
  return id;
}

void UpdateOpinion(soci::session& sql, const Opinion& o) {
  long long id = o.id, found = o.found_at, due = o.due_at, first = o.first_response_at, updated = o.updated_at,
            dept = o.department_id;
  std::string level = LevelCode(o.level), state = StateCode(o.state);
  sql << "UPDATE opinions SET title = :t, source = :s, source_link = :l, level = :lv, department_id = :dp, "
         "found_at = :f, due_at = :d, summary = :su, assessment = :as, state = :st, first_response_at = :fr, "
         "closing_note = :cn, updated_at = :u WHERE id = :id",
      soci::use(o.title), soci::use(o.source), soci::use(o.source_link), soci::use(level), soci::use(dept),
      soci::use(found), soci::use(due), soci::use(o.summary), soci::use(o.assessment), soci::use(state),
      soci::use(first), soci::use(o.closing_note), soci::use(updated), soci::use(id);
}

std::optional<Opinion> FindOpinion(soci::session& sql, int64_t id) {
  Row r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kCols + kFrom + " WHERE o.id = :id", id,
                           [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  Opinion o = r.Take();
  long long rid = 0, at = 0;
  std::string channel, content, link, link_title, by;
  long long key = id;
  soci::statement st =
      (sql.prepare << "SELECT id, at, channel, content, link, link_title, recorded_by FROM opinion_responses "
                      "WHERE opinion_id = :o ORDER BY at, id",
       soci::into(rid), soci::into(at), soci::into(channel), soci::into(content), soci::into(link),
       soci::into(link_title), soci::into(by), soci::use(key));
  st.execute();
  while (st.fetch()) {
    Response resp;
    resp.id = rid;
    resp.at = at;
    ParseChannel(channel, &resp.channel);
    resp.content = content;
    resp.link = link;
    resp.link_title = link_title;
    resp.by = by;
    o.responses.push_back(std::move(resp));
  }
  return o;
}

void InsertResponse(soci::session& sql, int64_t opinion_id, const Response& r, int64_t now) {
  long long o = opinion_id, at = r.at, created = now;
  std::string channel = ChannelCode(r.channel);
  sql << "INSERT INTO opinion_responses (opinion_id, at, channel, content, link, link_title, recorded_by, "
         "created_at) VALUES (:o, :a, :c, :t, :l, :lt, :b, :cr)",
      soci::use(o), soci::use(at), soci::use(channel), soci::use(r.content), soci::use(r.link), soci::use(r.link_title),
      soci::use(r.by), soci::use(created);
}

OpinionPage ListOpinions(soci::session& sql, const OpinionFilter& f) {
  std::vector<std::string> binds;
  std::string where = " WHERE 1 = 1";
  if (f.agency_ids) where += " AND o.agency_id IN (" + storage::IdList(*f.agency_ids) + ")";
  if (f.state) where += std::string(" AND o.state = '") + StateCode(*f.state) + "'";
  if (f.late_at > 0) where += " AND o.state = 'open' AND o.due_at < " + std::to_string(f.late_at);
  OpinionPage page;
  page.total = storage::CountRows(sql, std::string("SELECT COUNT(*) FROM opinions o") + where, binds);
  const bool open = f.state == State::kOpen || f.late_at > 0;
  Row r;
  storage::FetchPage(
      sql,
      std::string("SELECT ") + kCols + kFrom + where +
          (open ? " ORDER BY o.due_at, o.id" : " ORDER BY o.found_at DESC, o.id DESC"),
      binds, f.limit, f.offset, [&](soci::statement& st) { r.Bind(st); }, [&] { page.opinions.push_back(r.Take()); });
  return page;
}

}  // namespace gk::opinions::store
