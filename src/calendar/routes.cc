// The 工作日历 pages: the years the calendar has (from the shipped files or
// saved here), the 「日历未发布」 warning for the years around today, and the
// form that adds or corrects a year. The rules and the audit entry are the
// service's (calendar/service.h).
#include "calendar/routes.h"

#include <map>
#include <string>

#include "calendar/service.h"
#include "common/china_time.h"
#include "common/clock.h"
#include "common/strings.h"
#include "web/forms.h"

namespace gk::calendar {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

CalendarService& Svc(Context& ctx) { return ctx.Get<CalendarService>(); }

// The list of years, the 「日历未发布」 warning and the form.
Response CalendarPage(Context& ctx, const YearForm& form, const std::string& form_title, const FieldErrors& errors,
                      int status) {
  std::map<int64_t, StoredYear> stored;
  auto years = Svc(ctx).Summaries(&stored);
  if (!years.ok()) return ctx.FromStatus(years.status());
  Page page("工作日历", "console/calendar.tpl");
  auto& d = page.content();
  for (const YearSummary& y : years.value()) {
    auto* row = d.AddSectionDictionary("YEARS");
    row->SetIntValue("YEAR", y.year);
    row->SetIntValue("HOLIDAYS", static_cast<long>(y.holidays));
    row->SetIntValue("WORKDAYS", static_cast<long>(y.workdays));
    if (y.stored) {
      auto* c = row->AddSectionDictionary("FROM_CONSOLE");
      c->SetValue("UPDATED_AT", FormatLocalTime(y.stored->updated_at));
      c->SetValue("UPDATED_BY", y.stored->updated_by.empty() ? "命令行" : y.stored->updated_by);
    } else {
      row->ShowSection("FROM_FILE");
    }
    row->SetValue("SOURCE", y.source.empty() ? "—" : y.source);
  }
  for (int year : Svc(ctx).MissingYears()) {
    d.ShowSection("HAS_MISSING");
    d.AddSectionDictionary("MISSING")->SetIntValue("YEAR", year);
  }
  d.SetValue("FORM_TITLE", form_title);
  d.SetValue("YEAR", form.year);
  d.SetValue("HOLIDAYS", form.holidays);
  d.SetValue("WORKDAYS", form.workdays);
  d.SetValue("SOURCE", form.source);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  if (!errors.empty()) d.ShowSection("HAS_ERRORS");
  return ctx.ConsolePage(page, "/console/calendar", status);
}

Response GetCalendar(Request&, Context& ctx) {
  YearForm form;
  // Offers the first missing year around today, the one most likely wanted.
  if (auto missing = Svc(ctx).MissingYears(); !missing.empty()) form.year = std::to_string(missing.front());
  return CalendarPage(ctx, form, "录入或更正一年的日历", {}, 200);
}

Response GetCalendarYear(Request& req, Context& ctx) {
  const int64_t year = web::ParseId(req.Param("year"));
  if (year < 1 || year > 9999) return ctx.ErrorPage(404, "年份应在 1 到 9999 之间");
  const bool known = Svc(ctx).calendar().HasYear(static_cast<int>(year));
  auto form = Svc(ctx).FormFor(static_cast<int>(year));
  if (!form.ok()) return ctx.FromStatus(form.status());
  return CalendarPage(ctx, form.value(), (known ? "更正 " : "录入 ") + form->year + " 年的日历", {}, 200);
}

Response PostCalendar(Request& req, Context& ctx) {
  YearForm form{Trim(req.Form("year")), req.Form("holidays"), req.Form("workdays"), Trim(req.Form("source"))};
  FieldErrors errors;
  auto saved = Svc(ctx).Save(ctx.actor(), form, &errors);
  if (!errors.empty()) return CalendarPage(ctx, form, "录入或更正一年的日历", errors, 400);
  if (!saved.ok()) return ctx.FromStatus(saved.status());
  auto list = ParseDateList(form.holidays), extra = ParseDateList(form.workdays);
  const size_t holidays = list.ok() ? list->size() : 0, workdays = extra.ok() ? extra->size() : 0;
  return ctx.RedirectWithFlash("/console/calendar", "已保存 " + form.year + " 年工作日历：放假 " +
                                                        std::to_string(holidays) + " 天，调休上班 " +
                                                        std::to_string(workdays) + " 天。" + saved.value());
}

}  // namespace

void RegisterCalendarRoutes(web::Site& site) {
  const web::Guard guard = web::Staff(access::Permission::kManageCalendar);
  site.Add("GET", "/console/calendar", guard, GetCalendar);
  site.Add("GET", "/console/calendar/{year:int}", guard, GetCalendarYear);
  site.Add("POST", "/console/calendar", guard, PostCalendar);
}

}  // namespace gk::calendar
