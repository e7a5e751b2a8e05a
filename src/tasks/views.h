// What the 重点工作 pages show, filled into template dictionaries, and the
// JSON of the API: shared by the console and the public pages.
#pragma once

#include <ctemplate/template.h>

#include <nlohmann/json_fwd.hpp>

#include "tasks/model.h"
#include "tasks/rules.h"

namespace gk::tasks {

// A task: ID TITLE YEAR KIND KIND_CODE AGENCY OWNER PERSON (HAS_PERSON)
// DEADLINE CURRENT_DEADLINE STATUS STATUS_CODE STATE STATE_CODE (PUBLIC_STATE or NOT_PUBLIC)
// PUBLISHED_ON CONTENT CONTENT_LABEL; RECTIFICATION (SOURCE PROBLEM);
// POSTPONED (ON REASON NEW_DEADLINE); COMPLETED (ON SUMMARY); WITHDRAWN
// (REASON AT); PAST_DEADLINE; MILESTONES_DONE MILESTONES_TOTAL
// (HAS_MILESTONES or NO_MILESTONES); OVERDUE_MILESTONES (HAS_OVERDUE_MILESTONES);
// LATEST_REPORT_ON (HAS_REPORT, NO_REPORT); REPORT_COUNT.
void FillTask(ctemplate::TemplateDictionary& d, const Task& t, Date today);
// MILESTONES (MID TITLE DUE_ON NUMBER; DONE (ON) / OVERDUE / PENDING;
// OPS when `can_mark` with MARK on those not done and DELETE when
// `can_delete`), NO_MILESTONES.
void FillMilestones(ctemplate::TemplateDictionary& d, const Task& t, Date today, bool can_mark = false,
                    bool can_delete = false);
// REPORTS (ON PROGRESS; RESULTS (TEXT); NEXT_STEPS (TEXT)), NO_REPORTS.
void FillReports(ctemplate::TemplateDictionary& d, const Task& t);
// The API's task: the summary members, and with `full` its content,
// milestones and reports.
nlohmann::json TaskJson(const Task& t, Date today, bool full);
// "2026-11-26" of a Unix time in China.
std::string ChinaDay(int64_t unix_seconds);

}  // namespace gk::tasks
