#include "tasks/store.h"

#include <map>

#include "storage/sql_text.h"

namespace gk::tasks::store {
namespace {

constexpr const char* kCols =
    "t.id, t.agency_id, COALESCE(a.name, ''), t.year, t.kind, t.source, t.problem, t.title, t.content, t.owner, "
    "t.person, t.deadline, t.current_deadline, t.state, t.published_on, t.postponed_on, t.postpone_reason, "
    "t.completed_on, t.completion_summary, t.withdraw_reason, t.withdrawn_at, COALESCE(t.created_by, 0), "
    "t.created_at, t.updated_at";
constexpr const char* kFrom = " FROM tasks t LEFT JOIN agencies a ON a.id = t.agency_id";

// A row as SOCI sees it, in the order of kCols.
struct Row {
  long long id = 0, agency = 0, year = 0, withdrawn_at = 0, created_by = 0, created = 0, updated = 0;
  std::string agency_name, kind, source, problem, title, content, owner, person, deadline, current_deadline, state,
      published_on, postponed_on, postpone_reason, completed_on, completion_summary, withdraw_reason;

  void Bind(soci::statement& st) {
    for (auto* v : {&id, &agency}) st.exchange(soci::into(*v));
    st.exchange(soci::into(agency_name));
    st.exchange(soci::into(year));
    for (auto* v :
         {&kind, &source, &problem, &title, &content, &owner, &person, &deadline, &current_deadline, &state,
          &published_on, &postponed_on, &postpone_reason, &completed_on, &completion_summary, &withdraw_reason})
      st.exchange(soci::into(*v));
    for (auto* v : {&withdrawn_at, &created_by, &created, &updated}) st.exchange(soci::into(*v));
  }
  Task Take() const {
    Task t;
    t.id = id;
    t.agency_id = agency;
    t.agency_name = agency_name;
    t.year = static_cast<int>(year);
    ParseKind(kind, &t.kind);
    ProblemSource s;
    if (ParseSource(source, &s)) t.source = s;
    t.problem = problem;
    t.title = title;
    t.content = content;
    t.owner = owner;
    t.person = person;
    if (auto d = DateOf(deadline)) t.deadline = *d;
    t.current_deadline = DateOf(current_deadline).value_or(t.deadline);
    ParseState(state, &t.state);
    t.published_on = DateOf(published_on);
    t.postponed_on = DateOf(postponed_on);
    t.postpone_reason = postpone_reason;
    t.completed_on = DateOf(completed_on);
    t.completion_summary = completion_summary;
    t.withdraw_reason = withdraw_reason;
    t.withdrawn_at = withdrawn_at;
    t.created_by = created_by;
    t.created_at = created;
    t.updated_at = updated;
    return t;
  }
};

std::string AgencyClause(const std::vector<int64_t>* ids) {
  return ids ? " AND t.agency_id IN (" + storage::IdList(*ids) + ")" : "";
}

constexpr const char* kPublicStates = "('published', 'postponed', 'completed')";

// Milestones and the report count and latest date of `tasks`, read with
// one query each.
void FillDetails(soci::session& sql, std::vector<Task>& tasks) {
  if (tasks.empty()) return;
  std::map<int64_t, Task*> by_id;
  std::vector<int64_t> ids;
  for (auto& t : tasks) {
    by_id[t.id] = &t;
    ids.push_back(t.id);
  }
  const std::string in = storage::IdList(ids);
  {
    long long id = 0, task = 0;
    std::string title, due, done;
    soci::statement st = (sql.prepare << "SELECT id, task_id, title, due_on, done_on FROM task_milestones WHERE "
                                         "task_id IN (" +
                                             in + ") ORDER BY due_on, id",
                          soci::into(id), soci::into(task), soci::into(title), soci::into(due), soci::into(done));
    st.execute();
    while (st.fetch()) {
      Milestone m;
      m.id = id;
      m.task_id = task;
      m.title = title;
      if (auto d = DateOf(due)) m.due_on = *d;
      m.done_on = DateOf(done);
      by_id[task]->milestones.push_back(std::move(m));
    }
  }
  long long task = 0, count = 0;
  std::string latest;
  soci::statement st =
      (sql.prepare << "SELECT task_id, COUNT(*), MAX(reported_on) FROM task_reports WHERE task_id IN (" + in +
                          ") GROUP BY task_id",
       soci::into(task), soci::into(count), soci::into(latest));
  st.execute();
  while (st.fetch()) {
    by_id[task]->report_count = static_cast<int>(count);
    by_id[task]->latest_report_on = DateOf(latest);
  }
}

std::vector<Report> Reports(soci::session& sql, int64_t task_id) {
  std::vector<Report> out;
  long long id = 0, task = task_id, created = 0;
  std::string on, progress, results, next;
  soci::statement st = (sql.prepare << "SELECT id, reported_on, progress, results, next_steps, created_at FROM "
                                       "task_reports WHERE task_id = :t ORDER BY reported_on DESC, id DESC",
                        soci::use(task), soci::into(id), soci::into(on), soci::into(progress), soci::into(results),
                        soci::into(next), soci::into(created));
  st.execute();
  while (st.fetch()) {
    Report r;
    r.id = id;
    r.task_id = task_id;
    if (auto d = DateOf(on)) r.reported_on = *d;
    r.progress = progress;
    r.results = results;
    r.next_steps = next;
    r.created_at = created;
    out.push_back(std::move(r));
  }
  return out;
}

std::string SourceText(const Task& t) { return t.source ? SourceCode(*t.source) : ""; }

}  // namespace

int64_t InsertTask(soci::session& sql, const Task& t) {
  long long id = 0, agency = t.agency_id, year = t.year, by = t.created_by, at = t.created_at;
  soci::indicator by_ind = by == 0 ? soci::i_null : soci::i_ok;
  std::string kind = KindCode(t.kind), source = SourceText(t), deadline = t.deadline.ToString(),
              current = t.current_deadline.ToString(), state = StateCode(t.state);
  sql << "INSERT INTO tasks (agency_id, year, kind, source, problem, title, content, owner, person, deadline, "
         "current_deadline, state, created_by, created_at, updated_at) VALUES (:a, :y, :k, :s, :p, :t, :c, :o, :pe, "
         ":d, :cd, :st, :by, :cr, :up) RETURNING id",
      soci::use(agency), soci::use(year), soci::use(kind), soci::use(source), soci::use(t.problem), soci::use(t.title),
      soci::use(t.content), soci::use(t.owner), soci::use(t.person), soci::use(deadline), soci::use(current),
      soci::use(state), soci::use(by, by_ind), soci::use(at), soci::use(at), soci::into(id);
  return id;
}

bool UpdateTask(soci::session& sql, const Task& t, TaskState expected) {
  long long id = t.id, year = t.year, withdrawn_at = t.withdrawn_at, updated = t.updated_at;
  std::string kind = KindCode(t.kind), source = SourceText(t), deadline = t.deadline.ToString(),
              current = t.current_deadline.ToString(), state = StateCode(t.state), was = StateCode(expected),
              published = DateText(t.published_on), postponed = DateText(t.postponed_on),
              completed = DateText(t.completed_on);
  soci::statement st =
      (sql.prepare << "UPDATE tasks SET year = :y, kind = :k, source = :s, problem = :p, title = :t, content = :c, "
                      "owner = :o, person = :pe, deadline = :d, current_deadline = :cd, state = :st, "
                      "published_on = :pu, postponed_on = :po, postpone_reason = :pr, completed_on = :co, "
                      "completion_summary = :cs, withdraw_reason = :wr, withdrawn_at = :wa, updated_at = :u "
                      "WHERE id = :id AND state = :was",
       soci::use(year), soci::use(kind), soci::use(source), soci::use(t.problem), soci::use(t.title),
       soci::use(t.content), soci::use(t.owner), soci::use(t.person), soci::use(deadline), soci::use(current),
       soci::use(state), soci::use(published), soci::use(postponed), soci::use(t.postpone_reason), soci::use(completed),
       soci::use(t.completion_summary), soci::use(t.withdraw_reason), soci::use(withdrawn_at), soci::use(updated),
       soci::use(id), soci::use(was));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<Task> FindTask(soci::session& sql, int64_t id, bool with_reports) {
  Row r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kCols + kFrom + " WHERE t.id = :id", id,
                           [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  std::vector<Task> one = {r.Take()};
  FillDetails(sql, one);
  if (with_reports) one.front().reports = Reports(sql, id);
  return one.front();
}

TaskPage ListTasks(soci::session& sql, const TaskFilter& f) {
  std::vector<std::string> binds;
  std::string where = " WHERE 1 = 1" + AgencyClause(f.agency_ids);
  if (f.public_only) where += std::string(" AND t.state IN ") + kPublicStates;
  if (f.year > 0) where += " AND t.year = " + std::to_string(f.year);
  if (f.kind) where += std::string(" AND t.kind = '") + KindCode(*f.kind) + "'";
  if (f.state) where += std::string(" AND t.state = '") + StateCode(*f.state) + "'";
  if (f.progress) {
    constexpr const char* kReported = "EXISTS (SELECT 1 FROM task_reports r WHERE r.task_id = t.id)";
    switch (*f.progress) {
      case Progress::kCompleted:
        where += " AND t.state = 'completed'";
        break;
      case Progress::kOverdue:
        where += " AND t.state IN ('published', 'postponed') AND t.current_deadline < :today";
        break;
      case Progress::kPostponed:
        where += " AND t.state = 'postponed' AND t.current_deadline >= :today";
        break;
      case Progress::kInProgress:
        where += std::string(" AND t.state = 'published' AND t.current_deadline >= :today AND ") + kReported;
        break;
      case Progress::kNotStarted:
        where += std::string(" AND t.state = 'published' AND t.current_deadline >= :today AND NOT ") + kReported;
        break;
    }
    if (*f.progress != Progress::kCompleted) binds.push_back(f.today);
  }
  if (f.milestone_overdue) {
    where +=
        " AND t.state IN ('published', 'postponed') AND EXISTS (SELECT 1 FROM task_milestones m WHERE m.task_id = "
        "t.id AND m.done_on = '' AND m.due_on < :mtoday)";
    binds.push_back(f.today);
  }
  if (!f.text.empty()) {
    where +=
        " AND (t.title LIKE :q1 ESCAPE '!' OR t.content LIKE :q2 ESCAPE '!' OR t.owner LIKE :q3 ESCAPE '!' OR "
        "t.problem LIKE :q4 ESCAPE '!')";
    for (int i = 0; i < 4; ++i) binds.push_back(storage::LikeContains(f.text));
  }
  TaskPage page;
  page.total = storage::CountRows(sql, std::string("SELECT COUNT(*) FROM tasks t") + where, binds);
  long long limit = f.limit, offset = f.offset;
  Row r;
  soci::statement st(sql);
  st.alloc();
  const char* order = f.recently_changed_first ? " ORDER BY t.updated_at DESC, t.id DESC"
                                               : " ORDER BY t.year DESC, t.current_deadline, t.id";
  st.prepare(std::string("SELECT ") + kCols + kFrom + where + order + " LIMIT :lim OFFSET :off");
  r.Bind(st);
  for (auto& b : binds) st.exchange(soci::use(b));
  st.exchange(soci::use(limit));
  st.exchange(soci::use(offset));
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) page.tasks.push_back(r.Take());
  FillDetails(sql, page.tasks);
  return page;
}

std::vector<int> Years(soci::session& sql, bool public_only, const std::vector<int64_t>* agency_ids) {
  std::vector<int> out;
  long long year = 0;
  std::string where = " WHERE 1 = 1" + AgencyClause(agency_ids);
  if (public_only) where += std::string(" AND t.state IN ") + kPublicStates;
  soci::statement st =
      (sql.prepare << "SELECT DISTINCT t.year FROM tasks t" + where + " ORDER BY t.year DESC", soci::into(year));
  st.execute();
  while (st.fetch()) out.push_back(static_cast<int>(year));
  return out;
}

int64_t InsertMilestone(soci::session& sql, const Milestone& m, int64_t now) {
  long long id = 0, task = m.task_id, at = now;
  std::string due = m.due_on.ToString(), done = DateText(m.done_on);
  sql << "INSERT INTO task_milestones (task_id, title, due_on, done_on, created_at) VALUES (:t, :ti, :du, :do, :c) "
         "RETURNING id",
      soci::use(task), soci::use(m.title), soci::use(due), soci::use(done), soci::use(at), soci::into(id);
  return id;
}

bool SetMilestoneDone(soci::session& sql, int64_t task_id, int64_t id, Date on) {
  long long task = task_id, key = id;
  std::string done = on.ToString();
  soci::statement st = (sql.prepare << "UPDATE task_milestones SET done_on = :d WHERE id = :id AND task_id = :t AND "
                                       "done_on = ''",
                        soci::use(done), soci::use(key), soci::use(task));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool DeleteMilestone(soci::session& sql, int64_t task_id, int64_t id) {
  long long task = task_id, key = id;
  soci::statement st =
      (sql.prepare << "DELETE FROM task_milestones WHERE id = :id AND task_id = :t", soci::use(key), soci::use(task));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

int64_t InsertReport(soci::session& sql, const Report& r, int64_t by) {
  long long id = 0, task = r.task_id, who = by, at = r.created_at;
  soci::indicator who_ind = who == 0 ? soci::i_null : soci::i_ok;
  std::string on = r.reported_on.ToString();
  sql << "INSERT INTO task_reports (task_id, reported_on, progress, results, next_steps, created_by, created_at) "
         "VALUES (:t, :o, :p, :r, :n, :by, :c) RETURNING id",
      soci::use(task), soci::use(on), soci::use(r.progress), soci::use(r.results), soci::use(r.next_steps),
      soci::use(who, who_ind), soci::use(at), soci::into(id);
  return id;
}

Attention CountAttention(soci::session& sql, const std::vector<int64_t>* agency_ids, const std::string& today) {
  Attention out;
  long long n = 0;
  std::string t1 = today;
  sql << "SELECT COUNT(*) FROM tasks t WHERE t.state IN ('published', 'postponed') AND t.current_deadline < :t" +
             AgencyClause(agency_ids),
      soci::use(t1), soci::into(n);
  out.past_deadline = n;
  std::string t2 = today;
  sql << "SELECT COUNT(*) FROM tasks t WHERE t.state IN ('published', 'postponed') AND EXISTS (SELECT 1 FROM "
         "task_milestones m WHERE m.task_id = t.id AND m.done_on = '' AND m.due_on < :t)" +
             AgencyClause(agency_ids),
      soci::use(t2), soci::into(n);
  out.milestones_overdue = n;
  return out;
}

}  // namespace gk::tasks::store
