// What the 意见征集 pages show, filled into template dictionaries, the JSON
// of the API and the adoption report as a catalogue item: shared by the
// console and the public pages.
#pragma once

#include <ctemplate/template.h>

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

#include "common/generated_item.h"
#include "consultations/model.h"
#include "consultations/rules.h"
#include "consultations/store.h"

namespace gk::consultations {

// A consultation: ID TITLE AGENCY OPENS_ON CLOSES_ON PERIOD_DAYS; SHORT
// (REASON) when under 30 days; PHASE PHASE_CODE (IS_OPEN, IS_UPCOMING,
// IS_CLOSED) and IS_PUBLISHED of a published one; STATE STATE_CODE; PUBLISHED_ON;
// IDENTITY MODERATION ARTICLES; PUBLISHED_COMMENTS ALL_COMMENTS; with
// `full` DRAFT_HTML EXPLANATION_HTML and HOW_TO (HAS_HOW_TO); WITHDRAWN
// (REASON AT); REPORT (ON REPORT_HTML) once the report is published; FILES
// (FID NAME SIZE URL, FILE_OPS while a draft) with HAS_FILES, or NO_FILES.
void FillConsultation(ctemplate::TemplateDictionary& d, const Consultation& c, Date today, bool full);
// A comment: CID ARTICLE NAME BODY (the masked ones unless `staff`) AT
// STATE STATE_CODE; DECISION DECISION_CODE (DECIDED with REASON, HAS_REASON); staff:
// CONTACT (VALUE), HELD (WORD), HIDDEN (REASON).
void FillComment(ctemplate::TemplateDictionary& d, const Comment& m, bool staff);
// The adoption counts: COUNTS (LABEL CODE N) by decision, TOTAL UNDECIDED;
// REASONS (DECISION TEXT N) with HAS_REASONS, or NO_REASONS.
void FillDecisions(ctemplate::TemplateDictionary& d, const DecisionCounts& counts,
                   const std::vector<DecisionReason>& reasons);
// The article choices of the comment form: HAS_ARTICLES, ARTICLES (VALUE LABEL SELECTED).
void FillArticles(ctemplate::TemplateDictionary& d, const Consultation& c, const std::string& chosen);

nlohmann::json ConsultationJson(const Consultation& c, Date today, bool full);
nlohmann::json CommentJson(const Comment& m);

// The adoption report as a catalogue item (source "consultations/{id}") in
// the column `column_code`: the counts and reasons kept with the report, and
// the main changes staff wrote.
GeneratedItem ReportItem(const Consultation& c, const std::string& column_code);

}  // namespace gk::consultations
