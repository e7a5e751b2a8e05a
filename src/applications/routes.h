// HTTP handlers of 依申请公开: the public form, 申请查询 and 期限计算器, and
// the staff console (registration, handling, letters, sign-off, report).
#pragma once

#include "web/site.h"

namespace gk::applications {

void RegisterPublicRoutes(web::Site& site);
void RegisterConsoleRoutes(web::Site& site);

// Shared by the public and console pages.
namespace views {
// Section `section` repeated with VALUE LABEL and SELECTED.
void Choices(ctemplate::TemplateDictionary& d, const char* section, const std::vector<Choice>& list,
             const std::string& selected);
// CLOCK: DUE USED ALLOWED WAITING WAITING_UNTIL; STEPS (TEXT); FALLBACK (YEARS); DUE_SET / PAUSED.
void FillClock(ctemplate::TemplateDictionary& d, const Clock& clock);
// LETTERS (TITLE NUMBER ISSUED_ON ID; DRAFT; BODY_HTML when `with_body`).
// The application fields of the public form and the registration form.
Application ApplicationFromForm(const http::Request& req);
ctemplate::TemplateDictionary* FillLetter(ctemplate::TemplateDictionary& d, const Letter& l, bool with_body);
}  // namespace views

}  // namespace gk::applications
