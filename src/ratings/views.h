// What the 好差评 pages show, filled into template dictionaries, and the
// JSON of the statistics: shared by the console and the public pages.
#pragma once

#include <ctemplate/template.h>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

#include "common/generated_item.h"
#include "ratings/model.h"
#include "ratings/rules.h"

namespace gk::ratings {

// A rating: ID SUBJECT DEPARTMENT LEVEL LEVEL_LABEL CHANNEL RATED_ON STATE
// STATE_CODE COMMENT (the masked one unless `staff`) BAD or GOOD, VISIT_DUE
// RECTIFY_DUE, VISITED (ON NOTE, staff), RECTIFIED (ON NOTE), RESPONSE
// (LABEL NOTE), APPEAL (REASON DECISION, staff), CONTACT (staff),
// OVERDUE (late on `today`).
void FillRating(ctemplate::TemplateDictionary& d, const Rating& r, bool staff, Date today);
// A month's statistics: LINES and TOTAL (SUBJECT DEPARTMENT L5 … L1 TOTAL
// BAD RECTIFIED GOOD_RATE), NO_RATINGS.
void FillStats(ctemplate::TemplateDictionary& d, const MonthStats& s);
// One month of the console's report page: MONTH MONTH_LABEL TOTAL BAD
// RECTIFIED; ITEM (ID STATE STATE_CODE INDEX_NO, PUBLISHED) when the report
// was drafted; the button: CAN_GENERATE with CAN_CREATE, CAN_REFRESH or
// CAN_REVISE; or IN_REVIEW.
void FillReportMonth(ctemplate::TemplateDictionary& d, const std::string& month, const MonthStats& s,
                     const std::optional<GeneratedItemStatus>& item);
// "2026 年 11 月".
std::string MonthLabel(const std::string& month);
nlohmann::json StatsJson(const std::string& month, const MonthStats& s);

}  // namespace gk::ratings
