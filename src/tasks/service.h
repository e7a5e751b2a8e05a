// 重点工作: an agency's commitments, key tasks, public projects and audit
// rectifications for a year are written as drafts (信息员, 公开办), given
// milestones and progress reports, and published, postponed, completed or
// withdrawn by the 公开办; the public follows them on a tracker per year.
// Every change is checked against workflow.h in the task's agency and
// written with its audit entry in one transaction; a change to what the
// public sees is announced (ChangeKind::kTask) so the page cache empties.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "access/scope.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "storage/database.h"
#include "tasks/model.h"
#include "tasks/rules.h"
#include "tasks/store.h"
#include "tasks/workflow.h"

namespace gk::tasks {

// A task as the form posts it (texts as typed; dates YYYY-MM-DD).
struct TaskForm {
  int64_t agency_id = 0;  // a new task only
  std::string year;
  std::string kind;    // KindCode
  std::string source;  // SourceCode, rectification only
  std::string problem;
  std::string title;
  std::string content;
  std::string owner;
  std::string person;
  std::string deadline;
};

struct ReportForm {
  std::string reported_on;  // empty: today
  std::string progress;
  std::string results;
  std::string next_steps;
};

// A year's list imported from a file: how many tasks and milestones.
struct Imported {
  int tasks = 0;
  int milestones = 0;
};

class TaskService {
 public:
  TaskService(std::shared_ptr<storage::Database> db, const Clock& clock);
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }

  static constexpr size_t kMaxMilestones = 30;
  static constexpr size_t kMaxImportRows = 2000;

  // A draft. Invalid with every problem of the form in `errors`.
  Result<int64_t> Create(const access::Actor& actor, const access::User& user, const TaskForm& form,
                         FieldErrors* errors);
  // A draft's fields (not its agency).
  Status Update(const access::Actor& actor, const access::User& user, int64_t id, const TaskForm& form,
                FieldErrors* errors);
  Status AddMilestone(const access::Actor& actor, const access::User& user, int64_t id, const std::string& title,
                      const std::string& due_on, FieldErrors* errors);
  // `done_on` empty: today; never after today.
  Status MilestoneDone(const access::Actor& actor, const access::User& user, int64_t id, int64_t milestone_id,
                       const std::string& done_on, FieldErrors* errors);
  Status DeleteMilestone(const access::Actor& actor, const access::User& user, int64_t id, int64_t milestone_id);
  Status AddReport(const access::Actor& actor, const access::User& user, int64_t id, const ReportForm& form,
                   FieldErrors* errors);
  Status Publish(const access::Actor& actor, const access::User& user, int64_t id);
  // A later deadline (not before today) and the reason; the original stays.
  Status Postpone(const access::Actor& actor, const access::User& user, int64_t id, const std::string& new_deadline,
                  const std::string& reason, FieldErrors* errors);
  // `completed_on` empty: today; never after today.
  Status Complete(const access::Actor& actor, const access::User& user, int64_t id, const std::string& completed_on,
                  const std::string& summary, FieldErrors* errors);
  Status Withdraw(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                  FieldErrors* errors);

  // A year's list as drafts from a file (CSV, XLSX or JSON Lines): columns
  // 类别, 任务名称, 内容, 责任单位, 责任人, 完成时限, 问题来源, 发现的问题 and
  // 节点 ("节点名称（YYYY-MM-DD）", several separated by line breaks or
  // “；”). Any bad row imports nothing; `row_errors` names each ("第 N 行：…").
  Result<Imported> Import(const access::Actor& actor, const access::User& user, int64_t agency_id, int year,
                          const std::string& file_name, std::string_view content, std::vector<std::string>* row_errors);

  // With milestones and reports.
  Result<Task> Get(int64_t id);
  Result<store::TaskPage> List(const store::TaskFilter& f);
  Result<std::vector<int>> Years(bool public_only, const std::vector<int64_t>* agency_ids);
  Result<store::Attention> Attention(const std::vector<int64_t>* agency_ids);
  // The actions the user's scope allows now on `t` (the page offers these).
  static std::vector<TaskAction> Allowed(const Task& t, const access::Scope& scope);
  Date Today() const;

 private:
  // The form's fields as a task (kind, texts, dates), every problem in `errors`.
  void Parse(const TaskForm& form, Task* t, FieldErrors* errors) const;
  Status Transition(const access::Actor& actor, const access::User& user, int64_t id, TaskAction action,
                    const std::function<Status(soci::session&, Task&, std::string* summary)>& apply);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  const ChangeAnnouncer* changes_ = nullptr;
};

}  // namespace gk::tasks
