#include "events/store.h"

#include "storage/sql_text.h"

namespace gk::events::store {
namespace {

constexpr const char* kCols =
    "e.id, e.agency_id, COALESCE(a.name, ''), e.kind, e.title, e.description, e.place, e.starts_at, "
    "e.registration_closes_at, e.capacity, e.waitlist, e.materials, e.participants_public, e.state, e.published_on, "
    "e.summary, "
    "e.cancel_reason, e.confirmed, e.waiting, e.created_at, e.updated_at";
constexpr const char* kFrom = " FROM events e LEFT JOIN agencies a ON a.id = e.agency_id";

struct Row {
  long long id = 0, agency = 0, starts = 0, closes = 0, capacity = 0, waitlist = 0, participants = 0, confirmed = 0,
            waiting = 0, created = 0, updated = 0;
  std::string agency_name, kind, title, description, place, materials, state, published, summary, cancel;

  void Bind(soci::statement& st) {
    for (auto* v : {&id, &agency}) st.exchange(soci::into(*v));
    for (auto* v : {&agency_name, &kind, &title, &description, &place}) st.exchange(soci::into(*v));
    for (auto* v : {&starts, &closes, &capacity, &waitlist}) st.exchange(soci::into(*v));
    st.exchange(soci::into(materials));
    st.exchange(soci::into(participants));
    for (auto* v : {&state, &published, &summary, &cancel}) st.exchange(soci::into(*v));
    for (auto* v : {&confirmed, &waiting, &created, &updated}) st.exchange(soci::into(*v));
  }
  Event Take() const {
    Event e;
    e.id = id;
    e.agency_id = agency;
    e.agency_name = agency_name;
    ParseKind(kind, &e.kind);
    e.title = title;
    e.description = description;
    e.place = place;
    e.starts_at = starts;
    e.registration_closes_at = closes;
    e.capacity = static_cast<int>(capacity);
    e.waitlist = static_cast<int>(waitlist);
    e.materials = materials;
    e.participants_public = participants != 0;
    ParseState(state, &e.state);
    e.published_on = DateOf(published);
    e.summary = summary;
    e.cancel_reason = cancel;
    e.confirmed = confirmed;
    e.waiting = waiting;
    e.created_at = created;
    e.updated_at = updated;
    return e;
  }
};

constexpr const char* kRegCols =
    "id, event_id, name, affiliation, contact, note, state, code_hash, created_at, updated_at";

struct RegRow {
  long long id = 0, event = 0, created = 0, updated = 0;
  std::string name, affiliation, contact, note, state, hash;
  void Bind(soci::statement& st) {
    for (auto* v : {&id, &event}) st.exchange(soci::into(*v));
    for (auto* v : {&name, &affiliation, &contact, &note, &state, &hash}) st.exchange(soci::into(*v));
    for (auto* v : {&created, &updated}) st.exchange(soci::into(*v));
  }
  Registration Take() const {
    Registration r;
    r.id = id;
    r.event_id = event;
    r.name = name;
    r.affiliation = affiliation;
    r.contact = contact;
    r.note = note;
    ParseRegState(state, &r.state);
    r.created_at = created;
    r.updated_at = updated;
    return r;
  }
};

std::string Where(const EventFilter& f, std::vector<std::string>* binds) {
  std::string where = " WHERE 1 = 1";
  if (f.agency_ids) where += " AND e.agency_id IN (" + storage::IdList(*f.agency_ids) + ")";
  if (!f.states.empty()) {
    std::string list;
    for (State s : f.states) list += std::string(list.empty() ? "'" : ", '") + StateCode(s) + "'";
    where += " AND e.state IN (" + list + ")";
  }
  if (f.kind) where += std::string(" AND e.kind = '") + KindCode(*f.kind) + "'";
  if (f.starts_after > 0) where += " AND e.starts_at > " + std::to_string(f.starts_after);
  if (f.started_by > 0) where += " AND e.starts_at <= " + std::to_string(f.started_by);
  if (!f.text.empty()) {
    where += " AND (e.title LIKE :q1 ESCAPE '!' OR e.description LIKE :q2 ESCAPE '!')";
    for (int i = 0; i < 2; ++i) binds->push_back(storage::LikeContains(f.text));
  }
  return where;
}

}  // namespace

int64_t InsertEvent(soci::session& sql, const Event& e) {
  long long id = 0, agency = e.agency_id, starts = e.starts_at, closes = e.registration_closes_at,
            capacity = e.capacity, waitlist = e.waitlist, at = e.created_at;
  std::string kind = KindCode(e.kind), state = StateCode(e.state);
  sql << "INSERT INTO events (agency_id, kind, title, description, place, starts_at, registration_closes_at, "
         "capacity, waitlist, materials, state, created_at, updated_at) VALUES (:a, :k, :t, :d, :p, :s, :c, :cap, "
         ":wl, :m, :st, :cr, :up) RETURNING id",
      soci::use(agency), soci::use(kind), soci::use(e.title), soci::use(e.description), soci::use(e.place),
      soci::use(starts), soci::use(closes), soci::use(capacity), soci::use(waitlist), soci::use(e.materials),
      soci::use(state), soci::use(at), soci::use(at), soci::into(id);
  return id;
}

void UpdateEvent(soci::session& sql, const Event& e) {
  long long id = e.id, starts = e.starts_at, closes = e.registration_closes_at, capacity = e.capacity,
            waitlist = e.waitlist, participants = e.participants_public ? 1 : 0, updated = e.updated_at;
  std::string kind = KindCode(e.kind), state = StateCode(e.state), published = DateText(e.published_on);
  sql << "UPDATE events SET kind = :k, title = :t, description = :d, place = :p, starts_at = :s, "
         "registration_closes_at = :c, capacity = :cap, waitlist = :wl, materials = :m, participants_public = :pp, "
         "state = :st, "
         "published_on = :po, summary = :su, cancel_reason = :cr, updated_at = :u WHERE id = :id",
      soci::use(kind), soci::use(e.title), soci::use(e.description), soci::use(e.place), soci::use(starts),
      soci::use(closes), soci::use(capacity), soci::use(waitlist), soci::use(e.materials), soci::use(participants),
      soci::use(state), soci::use(published), soci::use(e.summary), soci::use(e.cancel_reason), soci::use(updated),
      soci::use(id);
}

std::optional<Event> FindEvent(soci::session& sql, int64_t id) {
  Row r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kCols + kFrom + " WHERE e.id = :id", id,
                           [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  return r.Take();
}

void LockEvent(soci::session& sql, int64_t id) {
  long long i = id;
  sql << "UPDATE events SET confirmed = confirmed WHERE id = :id", soci::use(i);
}

EventPage ListEvents(soci::session& sql, const EventFilter& f) {
  std::vector<std::string> binds;
  const std::string where = Where(f, &binds);
  EventPage page;
  page.total = storage::CountRows(sql, std::string("SELECT COUNT(*) FROM events e") + where, binds);
  Row r;
  const char* order = f.starts_after > 0 ? " ORDER BY e.starts_at, e.id" : " ORDER BY e.starts_at DESC, e.id DESC";
  storage::FetchPage(
      sql, std::string("SELECT ") + kCols + kFrom + where + order, binds, f.limit, f.offset,
      [&](soci::statement& st) { r.Bind(st); }, [&] { page.events.push_back(r.Take()); });
  return page;
}

int64_t CountEvents(soci::session& sql, const EventFilter& f) {
  std::vector<std::string> binds;
  return storage::CountRows(sql, std::string("SELECT COUNT(*) FROM events e") + Where(f, &binds), binds);
}

int64_t InsertRegistration(soci::session& sql, const Registration& r, const std::string& code_hash) {
  long long id = 0, event = r.event_id, at = r.created_at;
  std::string state = RegStateCode(r.state);
  sql << "INSERT INTO event_registrations (event_id, name, affiliation, contact, note, state, code_hash, created_at, "
         "updated_at) VALUES (:e, :n, :a, :c, :no, :s, :h, :cr, :up) RETURNING id",
      soci::use(event), soci::use(r.name), soci::use(r.affiliation), soci::use(r.contact), soci::use(r.note),
      soci::use(state), soci::use(code_hash), soci::use(at), soci::use(at), soci::into(id);
  return id;
}

std::optional<Registration> FindRegistration(soci::session& sql, int64_t id, std::string* code_hash) {
  RegRow r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kRegCols + " FROM event_registrations WHERE id = :id", id,
                           [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  if (code_hash) *code_hash = r.hash;
  return r.Take();
}

void SetRegistrationState(soci::session& sql, int64_t id, RegState s, int64_t now) {
  long long i = id, at = now;
  std::string state = RegStateCode(s);
  sql << "UPDATE event_registrations SET state = :s, updated_at = :u WHERE id = :id", soci::use(state), soci::use(at),
      soci::use(i);
}

std::vector<Registration> Registrations(soci::session& sql, int64_t event_id, bool with_cancelled) {
  std::vector<Registration> out;
  std::vector<std::string> binds;
  RegRow r;
  storage::FetchPage(
      sql,
      std::string("SELECT ") + kRegCols + " FROM event_registrations WHERE event_id = " + std::to_string(event_id) +
          (with_cancelled ? "" : " AND state <> 'cancelled'") + " ORDER BY id",
      binds, 100000, 0, [&](soci::statement& st) { r.Bind(st); }, [&] { out.push_back(r.Take()); });
  return out;
}

std::optional<Registration> FirstWaiting(soci::session& sql, int64_t event_id) {
  long long id = 0, event = event_id;
  soci::indicator ind;
  sql << "SELECT MIN(id) FROM event_registrations WHERE event_id = :e AND state = 'waiting'", soci::use(event),
      soci::into(id, ind);
  if (ind != soci::i_ok) return std::nullopt;
  return FindRegistration(sql, id);
}

bool AlreadyRegistered(soci::session& sql, int64_t event_id, const std::string& name, const std::string& contact) {
  long long event = event_id, n = 0;
  sql << "SELECT COUNT(*) FROM event_registrations WHERE event_id = :e AND name = :n AND contact = :c "
         "AND state <> 'cancelled'",
      soci::use(event), soci::use(name), soci::use(contact), soci::into(n);
  return n > 0;
}

void Recount(soci::session& sql, Event& e) {
  long long event = e.id, confirmed = 0, waiting = 0;
  sql << "SELECT COUNT(*) FROM event_registrations WHERE event_id = :e AND state = 'confirmed'", soci::use(event),
      soci::into(confirmed);
  sql << "SELECT COUNT(*) FROM event_registrations WHERE event_id = :e AND state = 'waiting'", soci::use(event),
      soci::into(waiting);
  sql << "UPDATE events SET confirmed = :c, waiting = :w WHERE id = :e", soci::use(confirmed), soci::use(waiting),
      soci::use(event);
  e.confirmed = confirmed;
  e.waiting = waiting;
}

}  // namespace gk::events::store
