// HTTP handlers of 依申请公开: the public form, 申请查询 and 期限计算器, and
// the staff console (registration, handling, letters, sign-off, report).
#pragma once

#include "applications/service.h"
#include "files/store.h"
#include "web/site.h"

namespace gk::applications {

// What the routes of 依申请公开 use besides web::Core, given by the
// composition root (app/) before it registers them.
struct RouteDeps {
  ApplicationService* applications = nullptr;
  files::FileStore* files = nullptr;  // attachments of applications and letters
};

inline RouteDeps& Deps(web::Context& ctx) { return ctx.Get<RouteDeps>(); }

// The 依申请公开 part of the console dashboard (APPLICATIONS in
// console/dashboard.tpl): due, overdue and waiting cases of the agencies
// where the user handles applications.
void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);

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
