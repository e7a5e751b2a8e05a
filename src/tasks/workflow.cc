#include "tasks/workflow.h"

#include "access/transitions.h"
#include "tasks/rules.h"

namespace gk::tasks {
namespace {

// The `to` of an action that stays is not used (NextState keeps the state).
const access::TransitionTable<TaskAction, TaskState>& Table() {
  using P = access::Permission;
  using S = TaskState;
  using A = TaskAction;
  static const access::TransitionTable<TaskAction, TaskState> k({
      {A::kEdit, {S::kDraft}, S::kDraft, P::kManageTasks},
      {A::kAddMilestone, {S::kDraft, S::kPublished, S::kPostponed}, S::kDraft, P::kManageTasks},
      {A::kMilestoneDone, {S::kDraft, S::kPublished, S::kPostponed}, S::kDraft, P::kManageTasks},
      {A::kDeleteMilestone, {S::kDraft}, S::kDraft, P::kManageTasks},
      {A::kReport, {S::kDraft, S::kPublished, S::kPostponed}, S::kDraft, P::kManageTasks},
      {A::kPublish, {S::kDraft}, S::kPublished, P::kPublishTasks},
      {A::kPostpone, {S::kPublished, S::kPostponed}, S::kPostponed, P::kPublishTasks},
      {A::kComplete, {S::kPublished, S::kPostponed}, S::kCompleted, P::kPublishTasks},
      {A::kWithdraw, {S::kPublished, S::kPostponed, S::kCompleted}, S::kWithdrawn, P::kPublishTasks},
  });
  return k;
}

bool Stays(TaskAction a) {
  return a == TaskAction::kEdit || a == TaskAction::kAddMilestone || a == TaskAction::kMilestoneDone ||
         a == TaskAction::kDeleteMilestone || a == TaskAction::kReport;
}

}  // namespace

const std::vector<TaskAction>& AllActions() {
  static const std::vector<TaskAction> k = {
      TaskAction::kEdit,    TaskAction::kAddMilestone, TaskAction::kMilestoneDone, TaskAction::kDeleteMilestone,
      TaskAction::kReport,  TaskAction::kPublish,      TaskAction::kPostpone,      TaskAction::kComplete,
      TaskAction::kWithdraw};
  return k;
}

const char* ActionCode(TaskAction a) {
  switch (a) {
    case TaskAction::kEdit:
      return "edit";
    case TaskAction::kAddMilestone:
      return "add_milestone";
    case TaskAction::kMilestoneDone:
      return "milestone_done";
    case TaskAction::kDeleteMilestone:
      return "delete_milestone";
    case TaskAction::kReport:
      return "report";
    case TaskAction::kPublish:
      return "publish";
    case TaskAction::kPostpone:
      return "postpone";
    case TaskAction::kComplete:
      return "complete";
    case TaskAction::kWithdraw:
      return "withdraw";
  }
  return "";
}

const char* ActionLabel(TaskAction a) {
  switch (a) {
    case TaskAction::kEdit:
      return "修改";
    case TaskAction::kAddMilestone:
      return "添加节点";
    case TaskAction::kMilestoneDone:
      return "标记节点完成";
    case TaskAction::kDeleteMilestone:
      return "删除节点";
    case TaskAction::kReport:
      return "报送进展";
    case TaskAction::kPublish:
      return "发布";
    case TaskAction::kPostpone:
      return "延期";
    case TaskAction::kComplete:
      return "办结";
    case TaskAction::kWithdraw:
      return "撤回";
  }
  return "";
}

bool ParseAction(std::string_view code, TaskAction* out) {
  for (TaskAction a : AllActions())
    if (code == ActionCode(a)) {
      *out = a;
      return true;
    }
  return false;
}

bool StateAllows(TaskAction a, TaskState s) { return Table().Allows(a, s); }

TaskState NextState(TaskAction a, TaskState s) { return Stays(a) ? s : Table().Next(a, s); }

access::Permission ActionPermission(TaskAction a) { return Table().PermissionFor(a); }

std::vector<std::string> Refusals(TaskAction a, const Task& t, const access::User& user,
                                  const std::vector<int64_t>& ancestors) {
  std::vector<std::string> out;
  if (!StateAllows(a, t.state))
    out.push_back(std::string("该事项当前为“") + StateLabel(t.state) + "”，不能" + ActionLabel(a));
  const access::Permission p = ActionPermission(a);
  if (!access::AllowsFor(user, p, t.agency_id, ancestors))
    out.push_back(std::string("您没有本机构“") + access::PermissionLabel(p) + "”的权限");
  if (a == TaskAction::kComplete) {
    const int open = static_cast<int>(t.milestones.size()) - DoneMilestones(t);
    if (open > 0) out.push_back("还有 " + std::to_string(open) + " 个节点未完成，请先标记节点完成情况");
  }
  return out;
}

}  // namespace gk::tasks
