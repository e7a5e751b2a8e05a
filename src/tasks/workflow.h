// A task's life as a table (access/transitions.h): which action may start
// from which state, where it leads and which permission it needs in the
// task's agency.
//
//   draft ──publish──▶ published ──complete──▶ completed
//                         └──postpone──▶ postponed ──complete──▶ completed
//                                          └──postpone (again)──┘
//   published, postponed, completed ──withdraw──▶ withdrawn
//
// Actions that record without moving (edit a draft, add or reach a
// milestone, report progress) stay in the state they start from.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "tasks/model.h"

namespace gk::tasks {

enum class TaskAction {
  kEdit,             // the draft's fields
  kAddMilestone,     // a new 节点
  kMilestoneDone,    // a 节点 reached
  kDeleteMilestone,  // a draft's 节点 removed
  kReport,           // a 进展报告
  kPublish,
  kPostpone,  // 延期: a reason and a later deadline
  kComplete,  // 办结: the completion date and summary
  kWithdraw,  // 撤回, with a reason
};
const std::vector<TaskAction>& AllActions();
const char* ActionCode(TaskAction a);   // "publish" (the URL and the audit log's task.publish)
const char* ActionLabel(TaskAction a);  // "发布"
bool ParseAction(std::string_view code, TaskAction* out);
bool StateAllows(TaskAction a, TaskState s);
// Where the action leads from `s`: `s` itself for the actions that stay
// or are not allowed.
TaskState NextState(TaskAction a, TaskState s);
access::Permission ActionPermission(TaskAction a);
// Every reason `user` may not do `a` on `t` now; empty: allowed. Besides
// the state and the permission, a task is completed only when every
// milestone is reached.
std::vector<std::string> Refusals(TaskAction a, const Task& t, const access::User& user,
                                  const std::vector<int64_t>& ancestors);

}  // namespace gk::tasks
