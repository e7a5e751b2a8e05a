// What the draw pages show, filled into template dictionaries: shared by
// the console and the public pages so both say the same of a draw.
#pragma once

#include <ctemplate/template.h>

#include <map>
#include <string>

#include "supervision/draw_model.h"
#include "web/site.h"

namespace gk::supervision {

// The plan and its state: TITLE SCOPE STATE STATE_CODE AGENCY N M SEED_SOURCE
// TARGET_LIST (NAME VERSION ENTRIES SHA256) INSPECTOR_LIST (...) INPUT_SHA256
// ANNOUNCED_AT; SEED (SEED LOCKED_AT); COMPLETED (AT); CANCELLED (REASON AT);
// EXCLUSIONS (TARGET INSPECTOR [REASON for staff]).
// `staff` adds the exclusions' reasons; `editable` a DELETE section per exclusion.
void FillDraw(ctemplate::TemplateDictionary& d, const DrawView& v, const std::string& agency_name, bool staff,
              bool editable = false);
// The result: RESULT (ORDER TARGET TARGET_NAME INSPECTORS (ID NAME) OUTCOME
// DETAILS INSPECTED_ON HAS_OUTCOME).
void FillResult(ctemplate::TemplateDictionary& d, const DrawView& v, const std::map<std::string, ListEntry>& targets,
                const std::map<std::string, ListEntry>& inspectors);
// One row of a draw list: ID TITLE STATE STATE_CODE DATE N M.
void FillDrawRow(ctemplate::TemplateDictionary& row, const DrawRecord& d);
// The JSON of GET /api/v1/draws/{id}: the recomputable members (RULES §9)
// and the record's own (id, title, state, agency, times, url).
std::string DrawApiJson(const DrawView& v, const DrawInput& input, const std::string& agency_name);

}  // namespace gk::supervision
