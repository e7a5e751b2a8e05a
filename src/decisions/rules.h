// The rules of the major-decision catalogue, each once:
// - a stage's done date is not in the future, and stages are done in the
//   procedure's order (Decree 713: a decision is discussed collectively only
//   after the legality review, published only after the decision): a done
//   date is not before an earlier stage's;
// - the progress the public sees is derived from the done dates.
#pragma once

#include <string>

#include "common/calendar.h"
#include "common/status.h"
#include "decisions/model.h"

namespace gk::decisions {

// Every problem of the stage dates, under "stage_<code>".
void CheckStages(const MajorDecision& d, Date today, FieldErrors* errors);
// "已公布", "已完成：合法性审查" (the last stage done) or "未启动".
std::string ProgressLabel(const MajorDecision& d);
// "published", "in_progress" or "not_started".
const char* ProgressCode(const MajorDecision& d);

}  // namespace gk::decisions
