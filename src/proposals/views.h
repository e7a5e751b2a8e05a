// What the 建议提案 pages show, filled into template dictionaries, and the
// JSON of the API: shared by the console and the public pages.
#pragma once

#include <ctemplate/template.h>

#include <nlohmann/json_fwd.hpp>

#include "proposals/model.h"

namespace gk::proposals {

// A proposal: ID YEAR KIND KIND_CODE NUMBER TITLE PROPOSER ROLE AGENCY
// SUMMARY ASSIGNED_ON DUE_ON STATE STATE_CODE; OVERDUE; ANSWERED (RESULT
// RESULT_CODE REPLIED_ON ON_TIME/LATE PUBLIC_SUMMARY; REPLY (TEXT_HTML) when
// `with_reply`); PUBLISHED_ON; WITHHELD (REASON) for staff.
void FillProposal(ctemplate::TemplateDictionary& d, const Proposal& p, Date today, bool with_reply, bool staff);
// A year's figures: TOTAL SUGGESTIONS PROPOSALS LEAD ASSIST REPLIED ON_TIME
// ON_TIME_RATE (e.g. "95.0%", "—" with none replied) OVERDUE_OPEN RESULT_A
// RESULT_B RESULT_C PUBLISHED.
void FillFigures(ctemplate::TemplateDictionary& d, const YearFigures& y);
// The API's proposal (published ones): the reply letter only when it is public.
nlohmann::json ProposalJson(const Proposal& p);
nlohmann::json FiguresJson(const YearFigures& y);

}  // namespace gk::proposals
