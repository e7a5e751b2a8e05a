// What the 好差评 pages show, filled into template dictionaries, and the
// JSON of the statistics: shared by the console and the public pages.
#pragma once

#include <ctemplate/template.h>

#include <nlohmann/json_fwd.hpp>

#include <string>

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
nlohmann::json StatsJson(const std::string& month, const MonthStats& s);
// The last `n` months ("2026-12", "2026-11", …), `today`'s first.
std::vector<std::string> RecentMonths(Date today, int n);
// Whether `text` is a month "YYYY-MM".
bool IsMonth(const std::string& text);

}  // namespace gk::ratings
