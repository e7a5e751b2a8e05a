// What the 留言咨询 pages show, filled into template dictionaries, and the
// JSON of the API: shared by the console and the public pages.
#pragma once

#include <ctemplate/template.h>

#include <nlohmann/json_fwd.hpp>

#include "messages/model.h"
#include "messages/rules.h"

namespace gk::messages {

// A message: ID TITLE CATEGORY AGENCY RECEIVED_ON DUE_ON STATE STATE_CODE
// BODY (the masked one unless `staff`) DEPARTMENT (HAS_DEPARTMENT);
// ANSWERED (ON ANSWER) once answered; PUBLISHED_ON; SATISFIED BASICALLY
// UNSATISFIED RATINGS; OVERDUE, NEAR_BREACH (unanswered and late); staff:
// ASKER CONTACT, PRIVATE, WITHHELD (REASON).
void FillMessage(ctemplate::TemplateDictionary& d, const Message& m, bool staff, Date today);
// The API's message (published only): the question masked, the answer.
nlohmann::json MessageJson(const Message& m);

}  // namespace gk::messages
