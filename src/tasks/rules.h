// The progress status the public sees, derived from what staff recorded
// and today's date in China (never stored, so it changes by itself at
// midnight): 已完成 once completed; 逾期 when the current deadline (the
// original 完成时限, or the one a postponement set) has passed; 已延期 while
// a postponement's deadline is ahead; else 推进中 once a progress report is
// published, 未启动 before. A milestone is overdue when its due date has
// passed undone, unless the task is completed.
#pragma once

#include <string_view>

#include "common/calendar.h"
#include "tasks/model.h"

namespace gk::tasks {

enum class Progress { kNotStarted, kInProgress, kPostponed, kOverdue, kCompleted };
const std::vector<Progress>& AllProgress();
const char* ProgressCode(Progress p);   // "overdue"
const char* ProgressLabel(Progress p);  // "逾期"
bool ParseProgress(std::string_view code, Progress* out);

Progress ProgressOf(const Task& t, Date today);
// Past its deadline and not completed (the deadline day itself is in time).
bool PastDeadline(const Task& t, Date today);
bool MilestoneOverdue(const Task& t, const Milestone& m, Date today);
int OverdueMilestones(const Task& t, Date today);
int DoneMilestones(const Task& t);

}  // namespace gk::tasks
