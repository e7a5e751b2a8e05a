// What the event pages show, filled into template dictionaries, and the JSON
// of the API: shared by the console and the public pages.
#pragma once

#include <ctemplate/template.h>

#include <nlohmann/json_fwd.hpp>
#include <vector>

#include "events/model.h"

namespace gk::events {

// An event: ID KIND KIND_CODE TITLE AGENCY PLACE STARTS (YYYY-MM-DD HH:MM)
// STATE STATE_CODE PHASE PHASE_CODE (报名中 / 即将举行 / 已举行 / 已取消 …)
// DESCRIPTION_HTML; REGISTRATION (CAPACITY CONFIRMED WAITING WAITLIST LEFT CLOSES) when it
// takes registrations; MATERIALS (TEXT_HTML) when there are materials; HEARING
// (PUBLISHED_ON NOTICE_DAYS) for a published hearing; SUMMARY (TEXT_HTML) after
// it; CANCELLED (REASON).
void FillEvent(ctemplate::TemplateDictionary& d, const Event& e, int64_t now);
// Fills PARTICIPANTS (NAME AFFILIATION) with the confirmed registrations.
void FillParticipants(ctemplate::TemplateDictionary& d, const std::vector<Registration>& regs);
// The API's event (published, held or cancelled ones), with the participant
// list once it is published.
nlohmann::json EventJson(const Event& e, const std::vector<Registration>* participants, int64_t now);
// 报名中, 即将举行 (no registration, or registration closed / full with a
// waiting list), 已举行, 已取消, 草稿: what the public is told.
const char* PhaseLabel(const Event& e, int64_t now);
const char* PhaseCode(const Event& e, int64_t now);

}  // namespace gk::events
