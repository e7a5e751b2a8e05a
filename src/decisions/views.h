// What the major-decision pages show, filled into template dictionaries,
// and the JSON of the API: shared by the console and the public pages.
#pragma once

#include <ctemplate/template.h>

#include <nlohmann/json_fwd.hpp>

#include <string>

#include "decisions/model.h"
#include "decisions/rules.h"

namespace gk::decisions {

// The titles of what an entry links to ("" when none or not found).
struct Links {
  std::string consultation_title;
  std::string item_title;
};

// An entry: ID TITLE YEAR OWNER SUMMARY (HAS_SUMMARY) AGENCY STATE
// STATE_CODE PROGRESS PROGRESS_CODE PUBLISHED_ON; STAGES (LABEL CODE PLANNED
// DONE; IS_DONE, IS_PLANNED or IS_NONE); CONSULTATION (ID TITLE); RESULT
// (INDEX_NO TITLE); WITHDRAWN (REASON).
void FillDecision(ctemplate::TemplateDictionary& d, const MajorDecision& m, const Links& links);
nlohmann::json DecisionJson(const MajorDecision& m, const Links& links);

}  // namespace gk::decisions
