// SQL for 重点工作 (tables tasks, task_milestones and task_reports, migration
// 0020). Functions take the session of the caller's transaction; the
// service decides what may be written.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "tasks/model.h"
#include "tasks/rules.h"

namespace gk::tasks::store {

int64_t InsertTask(soci::session& sql, const Task& t);
// Writes `t`'s fields when its state is still `expected`; false when
// someone changed it first.
bool UpdateTask(soci::session& sql, const Task& t, TaskState expected);
// The task with its milestones and report count; with its reports (newest
// first) when `with_reports`.
std::optional<Task> FindTask(soci::session& sql, int64_t id, bool with_reports);

struct TaskFilter {
  bool public_only = false;                          // published, postponed or completed
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  int year = 0;                                      // 0: every year
  std::optional<TaskKind> kind;
  std::optional<TaskState> state;
  // Derived statuses, among the public tasks, on `today` (YYYY-MM-DD, required with them).
  std::optional<Progress> progress;
  bool milestone_overdue = false;  // a milestone past its due date undone
  std::string today;
  std::string text;                     // in the title, content, owner or problem
  bool recently_changed_first = false;  // by updated_at instead (the feed)
  int limit = 50;
  int offset = 0;
};
struct TaskPage {
  std::vector<Task> tasks;  // by year (latest first), then current deadline; or as the filter asks
  int64_t total = 0;
};
TaskPage ListTasks(soci::session& sql, const TaskFilter& f);
// The years that have tasks (public ones only when asked), latest first.
std::vector<int> Years(soci::session& sql, bool public_only, const std::vector<int64_t>* agency_ids);

int64_t InsertMilestone(soci::session& sql, const Milestone& m, int64_t now);
// False when the task has no such milestone (or, for done, it was already done).
bool SetMilestoneDone(soci::session& sql, int64_t task_id, int64_t id, Date on);
bool DeleteMilestone(soci::session& sql, int64_t task_id, int64_t id);
int64_t InsertReport(soci::session& sql, const Report& r, int64_t by);

// Public tasks that need attention on `today`: past their deadline, and
// with a milestone overdue.
struct Attention {
  int64_t past_deadline = 0;
  int64_t milestones_overdue = 0;
};
Attention CountAttention(soci::session& sql, const std::vector<int64_t>* agency_ids, const std::string& today);

}  // namespace gk::tasks::store
