#include "tasks/rules.h"

namespace gk::tasks {

const std::vector<Progress>& AllProgress() {
  static const std::vector<Progress> k = {Progress::kNotStarted, Progress::kInProgress, Progress::kPostponed,
                                          Progress::kOverdue, Progress::kCompleted};
  return k;
}

const char* ProgressCode(Progress p) {
  switch (p) {
    case Progress::kNotStarted:
      return "not_started";
    case Progress::kInProgress:
      return "in_progress";
    case Progress::kPostponed:
      return "postponed";
    case Progress::kOverdue:
      return "overdue";
    case Progress::kCompleted:
      return "completed";
  }
  return "";
}

const char* ProgressLabel(Progress p) {
  switch (p) {
    case Progress::kNotStarted:
      return "未启动";
    case Progress::kInProgress:
      return "推进中";
    case Progress::kPostponed:
      return "已延期";
    case Progress::kOverdue:
      return "逾期";
    case Progress::kCompleted:
      return "已完成";
  }
  return "";
}

bool ParseProgress(std::string_view code, Progress* out) {
  for (Progress p : AllProgress())
    if (code == ProgressCode(p)) {
      *out = p;
      return true;
    }
  return false;
}

bool PastDeadline(const Task& t, Date today) { return t.state != TaskState::kCompleted && t.current_deadline < today; }

Progress ProgressOf(const Task& t, Date today) {
  if (t.state == TaskState::kCompleted) return Progress::kCompleted;
  if (PastDeadline(t, today)) return Progress::kOverdue;
  if (t.state == TaskState::kPostponed) return Progress::kPostponed;
  return t.report_count > 0 ? Progress::kInProgress : Progress::kNotStarted;
}

bool MilestoneOverdue(const Task& t, const Milestone& m, Date today) {
  return t.state != TaskState::kCompleted && !m.done_on && m.due_on < today;
}

int OverdueMilestones(const Task& t, Date today) {
  int n = 0;
  for (const auto& m : t.milestones)
    if (MilestoneOverdue(t, m, today)) ++n;
  return n;
}

int DoneMilestones(const Task& t) {
  int n = 0;
  for (const auto& m : t.milestones)
    if (m.done_on) ++n;
  return n;
}

}  // namespace gk::tasks
