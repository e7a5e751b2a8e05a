// 重点工作 (tasks): what an agency promises and is charged with in a year and
// publishes with its progress — 公开承诺事项 (public commitments), 重点任务
// (key tasks), 民生实事 (public projects) and 审计整改 (problems found by
// audits and inspections, and their rectification) — each with its owner
// (责任单位), deadline (完成时限), milestones (节点) and progress reports
// (进展报告: 进展, 成效, 后续举措). Plain structs; the derived progress
// status is rules.h, the workflow workflow.h, the service service.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"

namespace gk::tasks {

// 类别.
enum class TaskKind { kCommitment, kKeyTask, kPublicProject, kRectification };
const std::vector<TaskKind>& AllKinds();
const char* KindCode(TaskKind k);   // "key_task"
const char* KindLabel(TaskKind k);  // "重点任务"
// By code or label.
bool ParseKind(std::string_view text, TaskKind* out);

// 问题来源 of a rectification: who found the problem.
enum class ProblemSource { kAudit, kInspectionTour, kSupervision, kOther };
const std::vector<ProblemSource>& AllSources();
const char* SourceCode(ProblemSource s);   // "audit"
const char* SourceLabel(ProblemSource s);  // "审计" / "巡察" / "督查检查" / "其他"
bool ParseSource(std::string_view text, ProblemSource* out);

// The stored state: what staff decided.
//   draft ──publish──▶ published ──complete──▶ completed
//                         │  └──postpone──▶ postponed ──complete──▶ completed
//                         └─────────────withdraw (from any public state)──▶ withdrawn
enum class TaskState { kDraft, kPublished, kPostponed, kCompleted, kWithdrawn };
const char* StateCode(TaskState s);   // "published"
const char* StateLabel(TaskState s);  // "公开"
bool ParseState(std::string_view code, TaskState* out);
// Published, postponed or completed: on the public site.
inline bool IsPublic(TaskState s) {
  return s == TaskState::kPublished || s == TaskState::kPostponed || s == TaskState::kCompleted;
}

// 节点.
struct Milestone {
  int64_t id = 0;
  int64_t task_id = 0;
  std::string title;
  Date due_on;
  std::optional<Date> done_on;
};

// 进展报告.
struct Report {
  int64_t id = 0;
  int64_t task_id = 0;
  Date reported_on;
  std::string progress;    // 进展情况
  std::string results;     // 取得成效
  std::string next_steps;  // 下一步举措
  int64_t created_at = 0;
};

struct Task {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string agency_name;  // read with the task
  int year = 0;
  TaskKind kind = TaskKind::kKeyTask;
  std::optional<ProblemSource> source;  // kRectification
  std::string problem;                  // kRectification: 发现的问题
  std::string title;
  std::string content;    // 目标 / 承诺内容 / 项目内容 / 整改措施
  std::string owner;      // 责任单位
  std::string person;     // 责任人, optional
  Date deadline;          // the original 完成时限
  Date current_deadline;  // after postponements; the deadline otherwise
  TaskState state = TaskState::kDraft;
  std::optional<Date> published_on;
  std::optional<Date> postponed_on;
  std::string postpone_reason;
  std::optional<Date> completed_on;
  std::string completion_summary;
  std::string withdraw_reason;
  int64_t withdrawn_at = 0;
  int64_t created_by = 0;
  int64_t created_at = 0;
  int64_t updated_at = 0;

  // Read with the task: its milestones (by due date), how many reports it
  // has and the date of the latest; the reports themselves only for one
  // task's page (newest first).
  std::vector<Milestone> milestones;
  int report_count = 0;
  std::optional<Date> latest_report_on;
  std::vector<Report> reports;
};

// What the content of a task is called for its kind: "工作目标", "承诺内容",
// "项目内容", "整改措施".
const char* ContentLabel(TaskKind k);

}  // namespace gk::tasks
