#include "applications/store.h"

#include <soci/soci.h>

#include <algorithm>

#include "applications/workflow.h"
#include "auth/store.h"
#include "storage/sql_text.h"

namespace gk::applications::store {
namespace {

soci::indicator NullIfZero(int64_t v) { return v == 0 ? soci::i_null : soci::i_ok; }

// The stored codes of the typed kinds: converted here only.
std::string OutcomeText(const std::optional<Outcome>& o) { return o ? OutcomeCode(*o) : ""; }
std::optional<Outcome> OutcomeOf(const std::string& code) {
  Outcome o;
  if (!ParseOutcome(code, &o)) return std::nullopt;
  return o;
}

std::string EventKindCode(const EventKind& k) {
  if (const Action* a = k.action()) return ActionCode(*a);
  return *k.filing() == Filing::kRegister ? "register" : "submit";
}
// False for a code nothing writes.
bool ParseEventKind(const std::string& code, EventKind* out) {
  Action a;
  if (ParseAction(code, &a)) *out = a;
  else if (code == "submit") *out = Filing::kSubmit;
  else if (code == "register") *out = Filing::kRegister;
  else return false;
  return true;
}

// Every column in one place: the SELECT list and the binding agree by construction.
constexpr const char* kColumns =
    "id, agency_id, COALESCE(department_id, 0), number, state, channel, applicant_type, applicant_name, "
    "contact_person, id_type, id_number, phone, email, address, postcode, description, medium, delivery, topic, "
    "submitted_at, received_on, due_on, waiting_until, fee_method, fee_yuan, fee_quantity, outcome, explanation, "
    "public_index_no, holder_agency, legal_basis, withheld, closed_on, joint_review, joint_notes, dept_due_on, "
    "dept_answer, COALESCE(created_by, 0), created_at, updated_at";

struct AppRow {
  long long id = 0, agency_id = 0, department_id = 0, submitted_at = 0, fee_yuan = 0, fee_quantity = 0,
            joint_review = 0, created_by = 0, created_at = 0, updated_at = 0;
  std::string state, applicant_type, fee_method, outcome, received_on, due_on, waiting_until, closed_on, dept_due_on;
  Application a;

  void Bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(agency_id));
    st.exchange(soci::into(department_id));
    st.exchange(soci::into(a.number));
    st.exchange(soci::into(state));
    st.exchange(soci::into(a.channel));
    st.exchange(soci::into(applicant_type));
    st.exchange(soci::into(a.applicant_name));
    st.exchange(soci::into(a.contact_person));
    st.exchange(soci::into(a.id_type));
    st.exchange(soci::into(a.id_number));
    st.exchange(soci::into(a.phone));
    st.exchange(soci::into(a.email));
    st.exchange(soci::into(a.address));
    st.exchange(soci::into(a.postcode));
    st.exchange(soci::into(a.description));
    st.exchange(soci::into(a.medium));
    st.exchange(soci::into(a.delivery));
    st.exchange(soci::into(a.topic));
    st.exchange(soci::into(submitted_at));
    st.exchange(soci::into(received_on));
    st.exchange(soci::into(due_on));
    st.exchange(soci::into(waiting_until));
    st.exchange(soci::into(fee_method));
    st.exchange(soci::into(fee_yuan));
    st.exchange(soci::into(fee_quantity));
    st.exchange(soci::into(outcome));
    st.exchange(soci::into(a.explanation));
    st.exchange(soci::into(a.public_index_no));
    st.exchange(soci::into(a.holder_agency));
    st.exchange(soci::into(a.legal_basis));
    st.exchange(soci::into(a.withheld));
    st.exchange(soci::into(closed_on));
    st.exchange(soci::into(joint_review));
    st.exchange(soci::into(a.joint_notes));
    st.exchange(soci::into(dept_due_on));
    st.exchange(soci::into(a.dept_answer));
    st.exchange(soci::into(created_by));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }

  Application Get() const {
    Application r = a;
    r.id = id;
    r.agency_id = agency_id;
    r.department_id = department_id;
    ParseState(state, &r.state);
    for (size_t i = 0; i < ApplicantTypes().size(); ++i)
      if (applicant_type == ApplicantTypes()[i].code) r.applicant_type = static_cast<ApplicantType>(i);
    r.submitted_at = submitted_at;
    ParseFeeMethod(fee_method, &r.fee_method);
    r.outcome = OutcomeOf(outcome);
    r.received_on = DateOf(received_on);
    r.due_on = DateOf(due_on);
    r.waiting_until = DateOf(waiting_until);
    r.closed_on = DateOf(closed_on);
    r.dept_due_on = DateOf(dept_due_on);
    r.fee_yuan = fee_yuan;
    r.fee_quantity = static_cast<int>(fee_quantity);
    r.joint_review = joint_review != 0;
    r.created_by = created_by;
    r.created_at = created_at;
    r.updated_at = updated_at;
    return r;
  }
};

// "SELECT <columns> FROM applications <tail>" with string parameters bound in order.
std::vector<Application> Query(soci::session& sql, const std::string& tail, const std::vector<std::string>& params) {
  AppRow row;
  soci::statement st(sql);
  st.alloc();
  row.Bind(st);
  for (const auto& p : params) st.exchange(soci::use(p));
  st.prepare(std::string("SELECT ") + kColumns + " FROM applications " + tail);
  st.define_and_bind();
  st.execute(false);
  std::vector<Application> out;
  while (st.fetch()) out.push_back(row.Get());
  return out;
}

// WHERE clause of a filter; user text goes into `params`, never into the SQL.
std::string Where(const Filter& f, std::vector<std::string>* params) {
  std::string w = "WHERE 1 = 1";
  // A case of one of `agencies`, or one assigned to one of `department_ids`.
  if (!f.agencies.empty() && !f.department_ids.empty())
    w += " AND (agency_id IN (" + storage::IdList(f.agencies) + ") OR department_id IN (" + storage::IdList(f.department_ids) + "))";
  else if (!f.agencies.empty()) w += " AND agency_id IN (" + storage::IdList(f.agencies) + ")";
  else if (!f.department_ids.empty()) w += " AND department_id IN (" + storage::IdList(f.department_ids) + ")";
  if (!f.states.empty()) {
    std::string s;
    for (State st : f.states) s += std::string(s.empty() ? "" : ",") + "'" + StateCode(st) + "'";
    w += " AND state IN (" + s + ")";
  }
  if (f.department_id) w += " AND department_id = " + std::to_string(f.department_id);
  if (f.after_id) w += " AND id > " + std::to_string(*f.after_id);
  // Each parameter gets its own name (:p0, :p1, ...): SOCI cannot bind one
  // name twice.
  auto next = [&](const std::string& v) {
    params->push_back(v);
    return ":p" + std::to_string(params->size() - 1);
  };
  auto bind = [&](const std::string& expr, const std::string& v) { w += " AND " + expr + " " + next(v); };
  if (f.due_from || f.due_to) w += " AND due_on <> ''";
  if (f.due_from) bind("due_on >=", f.due_from->ToString());
  if (f.due_to) bind("due_on <=", f.due_to->ToString());
  if (!f.id_number.empty()) bind("id_number =", f.id_number);
  if (!f.text.empty()) {
    std::string like = "%" + f.text + "%";
    // One statement per parameter: the names must follow the bind order.
    const std::string a = next(like);
    const std::string b = next(like);
    w += " AND (description LIKE " + a + " OR explanation LIKE " + b + ")";
  }
  if (!f.outcome_prefix.empty()) {
    const std::string a = next(f.outcome_prefix);
    const std::string b = next(f.outcome_prefix + ".%");
    w += " AND (outcome = " + a + " OR outcome LIKE " + b + ")";
  }
  if (!f.topic.empty()) bind("topic =", f.topic);
  if (f.received_from) bind("received_on >=", f.received_from->ToString());
  if (f.received_to) bind("received_on <=", f.received_to->ToString());
  if (f.exclude_id) w += " AND id <> " + std::to_string(f.exclude_id);
  if (f.use_ids) w += f.ids.empty() ? " AND 1 = 0" : " AND id IN (" + storage::IdList(f.ids) + ")";
  return w;
}

}  // namespace

int64_t Insert(soci::session& sql, const Application& a, const std::string& tracking_hash) {
  long long agency = a.agency_id, dept = a.department_id, submitted = a.submitted_at, created_by = a.created_by,
            created = a.created_at, fee_yuan = a.fee_yuan, fee_quantity = a.fee_quantity;
  soci::indicator dept_ind = NullIfZero(dept);
  soci::indicator created_by_ind = NullIfZero(created_by);
  std::string state = StateCode(a.state), type = ApplicantTypes()[static_cast<size_t>(a.applicant_type)].code,
              fee = FeeMethodCode(a.fee_method), received_on = DateText(a.received_on), due_on = DateText(a.due_on),
              waiting_until = DateText(a.waiting_until);
  sql << "INSERT INTO applications (agency_id, department_id, number, tracking_hash, state, channel, applicant_type, "
         "applicant_name, contact_person, id_type, id_number, phone, email, address, postcode, description, medium, "
         "delivery, topic, submitted_at, received_on, due_on, waiting_until, fee_method, fee_yuan, fee_quantity, "
         "created_by, created_at, updated_at) VALUES (:ag, :dp, :nu, :th, :st, :ch, :ty, :na, :cp, :it, :in, :ph, "
         ":em, :ad, :pc, :de, :me, :dl, :to, :sa, :ro, :du, :wu, :fm, :fy, :fq, :cb, :ca, :ua)",
      soci::use(agency), soci::use(dept, dept_ind), soci::use(a.number), soci::use(tracking_hash), soci::use(state),
      soci::use(a.channel), soci::use(type), soci::use(a.applicant_name), soci::use(a.contact_person),
      soci::use(a.id_type), soci::use(a.id_number), soci::use(a.phone), soci::use(a.email), soci::use(a.address),
      soci::use(a.postcode), soci::use(a.description), soci::use(a.medium), soci::use(a.delivery), soci::use(a.topic),
      soci::use(submitted), soci::use(received_on), soci::use(due_on), soci::use(waiting_until), soci::use(fee),
      soci::use(fee_yuan), soci::use(fee_quantity), soci::use(created_by, created_by_ind), soci::use(created),
      soci::use(created);
  long long id = 0;
  sql << "SELECT id FROM applications WHERE number = :n", soci::use(a.number), soci::into(id);
  return id;
}

void Update(soci::session& sql, const Application& a) {
  long long id = a.id, dept = a.department_id, fee_yuan = a.fee_yuan, fee_quantity = a.fee_quantity,
            joint = a.joint_review ? 1 : 0, updated = a.updated_at;
  soci::indicator dept_ind = NullIfZero(dept);
  std::string state = StateCode(a.state), type = ApplicantTypes()[static_cast<size_t>(a.applicant_type)].code,
              fee = FeeMethodCode(a.fee_method), outcome = OutcomeText(a.outcome),
              received_on = DateText(a.received_on), due_on = DateText(a.due_on),
              waiting_until = DateText(a.waiting_until), closed_on = DateText(a.closed_on),
              dept_due_on = DateText(a.dept_due_on);
  sql << "UPDATE applications SET department_id = :dp, state = :st, channel = :ch, applicant_type = :ty, "
         "applicant_name = :na, contact_person = :cp, id_type = :it, id_number = :in, phone = :ph, email = :em, "
         "address = :ad, postcode = :pc, description = :de, medium = :me, delivery = :dl, topic = :to, "
         "received_on = :ro, due_on = :du, waiting_until = :wu, fee_method = :fm, fee_yuan = :fy, "
         "fee_quantity = :fq, outcome = :oc, explanation = :ex, public_index_no = :pi, holder_agency = :ha, "
         "legal_basis = :lb, withheld = :wh, closed_on = :cl, joint_review = :jr, joint_notes = :jn, "
         "dept_due_on = :dd, dept_answer = :da, updated_at = :ua WHERE id = :id",
      soci::use(dept, dept_ind), soci::use(state), soci::use(a.channel), soci::use(type), soci::use(a.applicant_name),
      soci::use(a.contact_person), soci::use(a.id_type), soci::use(a.id_number), soci::use(a.phone), soci::use(a.email),
      soci::use(a.address), soci::use(a.postcode), soci::use(a.description), soci::use(a.medium), soci::use(a.delivery),
      soci::use(a.topic), soci::use(received_on), soci::use(due_on), soci::use(waiting_until), soci::use(fee),
      soci::use(fee_yuan), soci::use(fee_quantity), soci::use(outcome), soci::use(a.explanation),
      soci::use(a.public_index_no), soci::use(a.holder_agency), soci::use(a.legal_basis), soci::use(a.withheld),
      soci::use(closed_on), soci::use(joint), soci::use(a.joint_notes), soci::use(dept_due_on),
      soci::use(a.dept_answer), soci::use(updated), soci::use(id);
}

std::optional<Application> Find(soci::session& sql, int64_t id) {
  auto v = Query(sql, "WHERE id = :p", {std::to_string(id)});
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<Application> FindByNumber(soci::session& sql, const std::string& number, std::string* tracking_hash) {
  auto v = Query(sql, "WHERE number = :p", {number});
  if (v.empty()) return std::nullopt;
  sql << "SELECT tracking_hash FROM applications WHERE number = :n", soci::use(number), soci::into(*tracking_hash);
  return v.front();
}

std::vector<Application> List(soci::session& sql, const Filter& f, int64_t* total) {
  std::vector<std::string> params;
  std::string where = Where(f, &params);
  if (total) *total = Count(sql, f);
  std::string order = f.after_id ? " ORDER BY id"
                      : f.order_by_due ? " ORDER BY CASE WHEN due_on = '' THEN 1 ELSE 0 END, due_on, id"
                                       : " ORDER BY submitted_at DESC, id DESC";
  return Query(sql,
               where + order + " LIMIT " + std::to_string(std::max(1, f.limit)) + " OFFSET " +
                   std::to_string(std::max(0, f.offset)),
               params);
}

int64_t Count(soci::session& sql, const Filter& f) {
  std::vector<std::string> params;
  std::string where = Where(f, &params);
  long long n = 0;
  soci::statement st(sql);
  st.alloc();
  st.exchange(soci::into(n));
  for (const auto& p : params) st.exchange(soci::use(p));
  st.prepare("SELECT COUNT(*) FROM applications " + where);
  st.define_and_bind();
  st.execute(true);
  return n;
}

void InsertEvent(soci::session& sql, const Event& e) {
  long long app = e.application_id, days = e.days, user = e.user_id, at = e.at;
  soci::indicator user_ind = NullIfZero(user);
  const std::string kind = EventKindCode(e.kind), on = DateText(e.on), until = DateText(e.until);
  sql << "INSERT INTO application_events (application_id, kind, on_date, until_date, days, note, user_id, at) "
         "VALUES (:a, :k, :o, :u, :d, :n, :us, :at)",
      soci::use(app), soci::use(kind), soci::use(on), soci::use(until), soci::use(days), soci::use(e.note),
      soci::use(user, user_ind), soci::use(at);
}

std::vector<Event> Events(soci::session& sql, int64_t application_id) {
  std::vector<Event> out;
  Event e;
  std::string kind, on, until;
  long long id = 0, days = 0, user = 0, at = 0, app = application_id;
  soci::statement st =
      (sql.prepare << "SELECT e.id, e.kind, e.on_date, e.until_date, e.days, e.note, COALESCE(e.user_id, 0), "
                      "COALESCE(u.display_name, ''), e.at FROM application_events e LEFT JOIN users u ON "
                      "u.id = e.user_id WHERE e.application_id = :a ORDER BY e.id",
       soci::into(id), soci::into(kind), soci::into(on), soci::into(until), soci::into(days), soci::into(e.note),
       soci::into(user), soci::into(e.user_name), soci::into(at), soci::use(app));
  st.execute();
  while (st.fetch()) {
    Event r = e;
    if (!ParseEventKind(kind, &r.kind)) continue;  // nothing writes another kind
    r.on = DateOf(on);
    r.until = DateOf(until);
    r.id = id;
    r.application_id = application_id;
    r.days = static_cast<int>(days);
    r.user_id = user;
    r.at = at;
    out.push_back(r);
  }
  return out;
}

namespace {
constexpr const char* kLetterColumns =
    "id, application_id, kind, COALESCE(number, ''), title, body_md, issued, issued_on, COALESCE(issued_by, 0), "
    "signed_by_name, signed_at, to_applicant, created_at";

std::vector<Letter> QueryLetters(soci::session& sql, const std::string& where, long long key) {
  std::vector<Letter> out;
  Letter l;
  std::string kind, issued_on;
  long long id = 0, app = 0, issued = 0, by = 0, signed_at = 0, to_applicant = 0, created = 0;
  soci::statement st =
      (sql.prepare << std::string("SELECT ") + kLetterColumns + " FROM application_letters " + where, soci::into(id),
       soci::into(app), soci::into(kind), soci::into(l.number), soci::into(l.title), soci::into(l.body_md),
       soci::into(issued), soci::into(issued_on), soci::into(by), soci::into(l.signed_by_name), soci::into(signed_at),
       soci::into(to_applicant), soci::into(created), soci::use(key));
  st.execute();
  while (st.fetch()) {
    Letter r = l;
    ParseLetterType(kind, &r.type);
    r.issued_on = DateOf(issued_on);
    r.id = id;
    r.application_id = app;
    r.issued = issued != 0;
    r.issued_by = by;
    r.signed_at = signed_at;
    r.to_applicant = to_applicant != 0;
    r.created_at = created;
    out.push_back(r);
  }
  return out;
}
}  // namespace

int64_t InsertLetter(soci::session& sql, const Letter& l) {
  long long app = l.application_id, issued = l.issued ? 1 : 0, by = l.issued_by, signed_at = l.signed_at,
            to_applicant = l.to_applicant ? 1 : 0, created = l.created_at;
  soci::indicator by_ind = NullIfZero(by);
  soci::indicator number_ind = l.number.empty() ? soci::i_null : soci::i_ok;
  const std::string kind = LetterTypeCode(l.type), issued_on = DateText(l.issued_on);
  sql << "INSERT INTO application_letters (application_id, kind, number, title, body_md, issued, issued_on, "
         "issued_by, signed_by_name, signed_at, to_applicant, created_at) VALUES (:a, :k, :n, :t, :b, :i, :io, :ib, "
         ":sn, :sa, :ta, :c)",
      soci::use(app), soci::use(kind), soci::use(l.number, number_ind), soci::use(l.title), soci::use(l.body_md),
      soci::use(issued), soci::use(issued_on), soci::use(by, by_ind), soci::use(l.signed_by_name), soci::use(signed_at),
      soci::use(to_applicant), soci::use(created);
  long long id = 0;
  sql << "SELECT MAX(id) FROM application_letters WHERE application_id = :a", soci::use(app), soci::into(id);
  return id;
}

std::vector<Letter> Letters(soci::session& sql, int64_t application_id) {
  return QueryLetters(sql, "WHERE application_id = :k ORDER BY id", application_id);
}

std::optional<Letter> FindLetter(soci::session& sql, int64_t id) {
  auto v = QueryLetters(sql, "WHERE id = :k", id);
  if (v.empty()) return std::nullopt;
  return v.front();
}

void UpdateDraftLetter(soci::session& sql, const Letter& l) {
  long long id = l.id;
  const std::string kind = LetterTypeCode(l.type);
  sql << "UPDATE application_letters SET kind = :k, title = :t, body_md = :b WHERE id = :i AND issued = 0",
      soci::use(kind), soci::use(l.title), soci::use(l.body_md), soci::use(id);
}

void IssueLetter(soci::session& sql, const Letter& l) {
  long long id = l.id, by = l.issued_by, signed_at = l.signed_at;
  soci::indicator by_ind = NullIfZero(by);
  const std::string issued_on = DateText(l.issued_on);
  sql << "UPDATE application_letters SET number = :n, title = :t, body_md = :b, issued = 1, issued_on = :o, "
         "issued_by = :ib, signed_by_name = :sn, signed_at = :sa WHERE id = :i AND issued = 0",
      soci::use(l.number), soci::use(l.title), soci::use(l.body_md), soci::use(issued_on), soci::use(by, by_ind),
      soci::use(l.signed_by_name), soci::use(signed_at), soci::use(id);
}

void InsertFile(soci::session& sql, const ApplicationFile& f, int64_t now) {
  long long app = f.application_id, size = f.size, t = now;
  sql << "INSERT INTO application_files (application_id, name, content_type, size, sha256, created_at) VALUES "
         "(:a, :n, :c, :s, :h, :t)",
      soci::use(app), soci::use(f.name), soci::use(f.content_type), soci::use(size), soci::use(f.sha256), soci::use(t);
}

std::vector<ApplicationFile> Files(soci::session& sql, int64_t application_id) {
  std::vector<ApplicationFile> out;
  ApplicationFile f;
  long long id = 0, size = 0, app = application_id;
  soci::statement st = (sql.prepare << "SELECT id, name, content_type, size, sha256 FROM application_files WHERE "
                                       "application_id = :a ORDER BY id",
                        soci::into(id), soci::into(f.name), soci::into(f.content_type), soci::into(size),
                        soci::into(f.sha256), soci::use(app));
  st.execute();
  while (st.fetch()) {
    ApplicationFile r = f;
    r.id = id;
    r.application_id = application_id;
    r.size = size;
    out.push_back(r);
  }
  return out;
}

int64_t InsertAppeal(soci::session& sql, const Appeal& a, int64_t now) {
  long long app = a.application_id, after = a.after_reconsideration ? 1 : 0, t = now;
  const std::string filed_on = DateText(a.filed_on), decided_on = DateText(a.decided_on);
  sql << "INSERT INTO application_appeals (application_id, kind, after_reconsideration, filed_on, body, result, "
         "decided_on, note, created_at) VALUES (:a, :k, :r, :f, :b, :res, :d, :n, :t)",
      soci::use(app), soci::use(a.kind), soci::use(after), soci::use(filed_on), soci::use(a.body), soci::use(a.result),
      soci::use(decided_on), soci::use(a.note), soci::use(t);
  long long id = 0;
  sql << "SELECT MAX(id) FROM application_appeals WHERE application_id = :a", soci::use(app), soci::into(id);
  return id;
}

std::vector<Appeal> Appeals(soci::session& sql, int64_t application_id) {
  std::vector<Appeal> out;
  Appeal a;
  std::string filed_on, decided_on;
  long long id = 0, after = 0, app = application_id;
  soci::statement st =
      (sql.prepare << "SELECT id, kind, after_reconsideration, filed_on, body, result, decided_on, note FROM "
                      "application_appeals WHERE application_id = :a ORDER BY id",
       soci::into(id), soci::into(a.kind), soci::into(after), soci::into(filed_on), soci::into(a.body),
       soci::into(a.result), soci::into(decided_on), soci::into(a.note), soci::use(app));
  st.execute();
  while (st.fetch()) {
    Appeal r = a;
    r.filed_on = DateOf(filed_on);
    r.decided_on = DateOf(decided_on);
    r.id = id;
    r.application_id = application_id;
    r.after_reconsideration = after != 0;
    out.push_back(r);
  }
  return out;
}

bool UpdateAppealResult(soci::session& sql, const Appeal& a) {
  long long id = a.id, app = a.application_id;
  const std::string decided_on = DateText(a.decided_on);
  soci::statement st = (sql.prepare << "UPDATE application_appeals SET result = :r, decided_on = :d, note = :n "
                                       "WHERE id = :i AND application_id = :a AND result = 'pending'",
                        soci::use(a.result), soci::use(decided_on), soci::use(a.note), soci::use(id), soci::use(app));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

std::vector<int64_t> Signers(soci::session& sql, int64_t agency_id) {
  std::vector<int64_t> out;
  long long a = agency_id, u = 0;
  soci::statement st = (sql.prepare << "SELECT user_id FROM application_signers WHERE agency_id = :a ORDER BY user_id",
                        soci::into(u), soci::use(a));
  st.execute();
  while (st.fetch()) out.push_back(u);
  return out;
}

void SetSigners(soci::session& sql, int64_t agency_id, const std::vector<int64_t>& user_ids) {
  long long a = agency_id;
  sql << "DELETE FROM application_signers WHERE agency_id = :a", soci::use(a);
  for (int64_t id : user_ids) {
    long long u = id;
    sql << "INSERT INTO application_signers (agency_id, user_id) VALUES (:a, :u)", soci::use(a), soci::use(u);
  }
}

int64_t NextSerial(soci::session& sql, const std::string& scope, int year) {
  long long y = year, next = 0;
  sql << "INSERT INTO application_serials (scope, year, next_serial) VALUES (:s, :y, 1) "
         "ON CONFLICT (scope, year) DO UPDATE SET next_serial = application_serials.next_serial + 1 "
         "RETURNING next_serial",
      soci::use(scope), soci::use(y), soci::into(next);
  return next;
}

int64_t CountReceivedBy(soci::session& sql, int64_t agency_id, const std::string& id_number, Date from,
                        Date to_inclusive, int64_t up_to_id) {
  long long a = agency_id, n = 0, up = up_to_id;
  const std::string f = from.ToString(), t = to_inclusive.ToString();
  sql << "SELECT COUNT(*) FROM applications WHERE agency_id = :a AND id_number = :i AND received_on >= :f AND "
         "received_on <= :t AND id <= :u",
      soci::use(a), soci::use(id_number), soci::use(f), soci::use(t), soci::use(up), soci::into(n);
  return n;
}

std::vector<ReportCase> ReportCases(soci::session& sql, const std::vector<int64_t>& agencies, Date from_date,
                                    Date to_date) {
  const std::string from = from_date.ToString(), to = to_date.ToString();
  std::vector<ReportCase> out;
  ReportCase c;
  long long id = 0;
  std::string type, outcome, received_on, closed_on;
  std::string where = agencies.empty() ? "" : " AND agency_id IN (" + storage::IdList(agencies) + ")";
  soci::statement st = (sql.prepare << "SELECT id, number, applicant_type, received_on, closed_on, outcome FROM "
                                       "applications WHERE received_on <> '' AND received_on <= :t AND "
                                       "(closed_on = '' OR closed_on >= :f OR received_on >= :f2)" +
                                           where,
                        soci::into(id), soci::into(c.number), soci::into(type), soci::into(received_on),
                        soci::into(closed_on), soci::into(outcome), soci::use(to), soci::use(from), soci::use(from));
  st.execute();
  while (st.fetch()) {
    ReportCase r = c;
    r.id = id;
    r.outcome = OutcomeOf(outcome);
    r.received_on = DateOf(received_on);
    r.closed_on = DateOf(closed_on);
    for (size_t i = 0; i < ApplicantTypes().size(); ++i)
      if (type == ApplicantTypes()[i].code) r.type = static_cast<ApplicantType>(i);
    out.push_back(r);
  }
  return out;
}

std::vector<ReportAppeal> ReportAppeals(soci::session& sql, const std::vector<int64_t>& agencies, int year) {
  std::vector<ReportAppeal> out;
  ReportAppeal a;
  std::string filed_on, decided_on;
  long long app = 0, after = 0;
  std::string like = std::to_string(year) + "-%";
  std::string where = agencies.empty() ? ""
                                       : " AND application_id IN (SELECT id FROM applications WHERE agency_id IN (" +
                                             storage::IdList(agencies) + "))";
  soci::statement st = (sql.prepare << "SELECT application_id, kind, after_reconsideration, filed_on, result, "
                                       "decided_on FROM application_appeals WHERE filed_on LIKE :y" +
                                           where,
                        soci::into(app), soci::into(a.kind), soci::into(after), soci::into(filed_on),
                        soci::into(a.result), soci::into(decided_on), soci::use(like));
  st.execute();
  while (st.fetch()) {
    ReportAppeal r = a;
    r.filed_on = DateOf(filed_on);
    r.decided_on = DateOf(decided_on);
    r.application_id = app;
    r.after_reconsideration = after != 0;
    out.push_back(r);
  }
  return out;
}

namespace {

// Counts over the received cases in [from, to] grouped by a fixed expression.
std::vector<std::pair<std::string, int64_t>> CountByExpr(soci::session& sql, const std::vector<int64_t>& agencies,
                                                         const char* group_expr, Date from_date, Date to_date) {
  std::vector<std::pair<std::string, int64_t>> out;
  const std::string from = from_date.ToString(), to = to_date.ToString();
  std::string key;
  long long n = 0;
  std::string where = agencies.empty() ? "" : " AND agency_id IN (" + storage::IdList(agencies) + ")";
  soci::statement st =
      (sql.prepare << std::string("SELECT ") + group_expr +
                          " AS k, COUNT(*) FROM applications WHERE received_on >= :f AND received_on <= :t" + where +
                          " GROUP BY k ORDER BY k",
       soci::into(key), soci::into(n), soci::use(from), soci::use(to));
  st.execute();
  while (st.fetch()) out.push_back({key, n});
  return out;
}

}  // namespace

std::vector<std::pair<std::string, int64_t>> CountBy(soci::session& sql, const std::vector<int64_t>& agencies,
                                                     StatsKey key, Date from, Date to) {
  const char* expr = "";
  switch (key) {
    case StatsKey::kMonth:
      expr = "substr(received_on, 1, 7)";
      break;
    case StatsKey::kChannel:
      expr = "channel";
      break;
    case StatsKey::kApplicantType:
      expr = "applicant_type";
      break;
    case StatsKey::kDepartment:
      expr = "CAST(COALESCE(department_id, 0) AS TEXT)";
      break;
    case StatsKey::kTopic:
      expr = "topic";
      break;
  }
  return CountByExpr(sql, agencies, expr, from, to);
}

std::vector<std::pair<std::optional<Outcome>, int64_t>> CountByOutcome(soci::session& sql,
                                                                       const std::vector<int64_t>& agencies, Date from,
                                                                       Date to) {
  std::vector<std::pair<std::optional<Outcome>, int64_t>> out;
  for (const auto& [code, n] :
       CountByExpr(sql, agencies, "CASE WHEN closed_on = '' THEN '' ELSE outcome END", from, to))
    out.push_back({OutcomeOf(code), n});
  return out;
}

}  // namespace gk::applications::store
