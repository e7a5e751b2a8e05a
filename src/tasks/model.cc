#include "tasks/model.h"

namespace gk::tasks {

const std::vector<TaskKind>& AllKinds() {
  static const std::vector<TaskKind> k = {TaskKind::kKeyTask, TaskKind::kCommitment, TaskKind::kPublicProject,
                                          TaskKind::kRectification};
  return k;
}

const char* KindCode(TaskKind k) {
  switch (k) {
    case TaskKind::kCommitment:
      return "commitment";
    case TaskKind::kKeyTask:
      return "key_task";
    case TaskKind::kPublicProject:
      return "public_project";
    case TaskKind::kRectification:
      return "rectification";
  }
  return "";
}

const char* KindLabel(TaskKind k) {
  switch (k) {
    case TaskKind::kCommitment:
      return "公开承诺";
    case TaskKind::kKeyTask:
      return "重点任务";
    case TaskKind::kPublicProject:
      return "民生实事";
    case TaskKind::kRectification:
      return "审计整改";
  }
  return "";
}

bool ParseKind(std::string_view text, TaskKind* out) {
  for (TaskKind k : AllKinds())
    if (text == KindCode(k) || text == KindLabel(k)) {
      *out = k;
      return true;
    }
  // The names the work plans use for them.
  if (text == "公开承诺事项" || text == "承诺事项") *out = TaskKind::kCommitment;
  else if (text == "民生实事项目") *out = TaskKind::kPublicProject;
  else if (text == "问题整改" || text == "整改事项") *out = TaskKind::kRectification;
  else return false;
  return true;
}

const std::vector<ProblemSource>& AllSources() {
  static const std::vector<ProblemSource> k = {ProblemSource::kAudit, ProblemSource::kInspectionTour,
                                               ProblemSource::kSupervision, ProblemSource::kOther};
  return k;
}

const char* SourceCode(ProblemSource s) {
  switch (s) {
    case ProblemSource::kAudit:
      return "audit";
    case ProblemSource::kInspectionTour:
      return "inspection_tour";
    case ProblemSource::kSupervision:
      return "supervision";
    case ProblemSource::kOther:
      return "other";
  }
  return "";
}

const char* SourceLabel(ProblemSource s) {
  switch (s) {
    case ProblemSource::kAudit:
      return "审计";
    case ProblemSource::kInspectionTour:
      return "巡察";
    case ProblemSource::kSupervision:
      return "督查检查";
    case ProblemSource::kOther:
      return "其他";
  }
  return "";
}

bool ParseSource(std::string_view text, ProblemSource* out) {
  for (ProblemSource s : AllSources())
    if (text == SourceCode(s) || text == SourceLabel(s)) {
      *out = s;
      return true;
    }
  if (text == "审计发现" || text == "审计整改") *out = ProblemSource::kAudit;
  else if (text == "巡视" || text == "巡视巡察") *out = ProblemSource::kInspectionTour;
  else if (text == "督查" || text == "检查") *out = ProblemSource::kSupervision;
  else return false;
  return true;
}

namespace {
constexpr TaskState kStates[] = {TaskState::kDraft, TaskState::kPublished, TaskState::kPostponed, TaskState::kCompleted,
                                 TaskState::kWithdrawn};
}

const char* StateCode(TaskState s) {
  switch (s) {
    case TaskState::kDraft:
      return "draft";
    case TaskState::kPublished:
      return "published";
    case TaskState::kPostponed:
      return "postponed";
    case TaskState::kCompleted:
      return "completed";
    case TaskState::kWithdrawn:
      return "withdrawn";
  }
  return "";
}

const char* StateLabel(TaskState s) {
  switch (s) {
    case TaskState::kDraft:
      return "草稿";
    case TaskState::kPublished:
      return "公开";
    case TaskState::kPostponed:
      return "公开（已延期）";
    case TaskState::kCompleted:
      return "公开（已完成）";
    case TaskState::kWithdrawn:
      return "已撤回";
  }
  return "";
}

bool ParseState(std::string_view code, TaskState* out) {
  for (TaskState s : kStates)
    if (code == StateCode(s)) {
      *out = s;
      return true;
    }
  return false;
}

const char* ContentLabel(TaskKind k) {
  switch (k) {
    case TaskKind::kCommitment:
      return "承诺内容";
    case TaskKind::kKeyTask:
      return "工作目标";
    case TaskKind::kPublicProject:
      return "项目内容";
    case TaskKind::kRectification:
      return "整改措施";
  }
  return "";
}

}  // namespace gk::tasks
