#include "app/calendar_admin.h"

#include <soci/soci.h>
#include <spdlog/spdlog.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <utility>

#include "auth/audit.h"
#include "common/china_time.h"
#include "common/clock.h"
#include "common/strings.h"
#include "web/forms.h"

namespace gk::app {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr size_t kMaxSourceChars = 200;
constexpr int64_t kMaxRangeDays = 366;

// One row of calendar_years, with the name of who saved it.
struct StoredYear {
  int64_t year = 0;
  std::string holidays;  // "YYYY-MM-DD,YYYY-MM-DD,..."
  std::string workdays;
  std::string source;
  int64_t updated_at = 0;
  std::string updated_by;  // display name, "" for the command line
};

// What the form holds, as typed.
struct CalendarForm {
  std::string year;
  std::string holidays;
  std::string workdays;
  std::string source;
};

Status ReadStoredYears(storage::Database& db, std::map<int64_t, StoredYear>* out) {
  return db.Read([&](soci::session& sql) {
    StoredYear row;
    long long year = 0, at = 0;
    soci::statement st =
        (sql.prepare << "SELECT c.year, c.holidays, c.workdays, c.source, c.updated_at, COALESCE(u.display_name, '') "
                        "FROM calendar_years c LEFT JOIN users u ON u.id = c.updated_by ORDER BY c.year",
         soci::into(year), soci::into(row.holidays), soci::into(row.workdays), soci::into(row.source),
         soci::into(at), soci::into(row.updated_by));
    st.execute();
    while (st.fetch()) {
      row.year = year;
      row.updated_at = at;
      (*out)[year] = row;
    }
    return Status::Ok();
  });
}

// The stored form: dates only, comma separated.
Result<std::vector<Date>> ParseStoredList(const std::string& text) {
  std::vector<Date> dates;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find(',', begin);
    if (end == std::string::npos) end = text.size();
    auto d = Date::Parse(std::string_view(text).substr(begin, end - begin));
    if (!d.ok()) return d.status();
    dates.push_back(*d);
    begin = end + 1;
  }
  return dates;
}

std::string JoinStored(const std::vector<Date>& dates) {
  std::string out;
  for (Date d : dates) out += (out.empty() ? "" : ",") + d.ToString();
  return out;
}

// The year's holidays and make-up working days as the calendar has them now.
void YearData(const WorkCalendar& cal, int year, std::vector<Date>* holidays, std::vector<Date>* workdays) {
  auto first = Date::FromYmd(year, 1, 1);
  if (!first.ok()) return;
  for (Date d = *first;; d = d.AddDays(1)) {
    const DayKind kind = cal.Classify(d);
    if (kind == DayKind::kHoliday) holidays->push_back(d);
    if (kind == DayKind::kMakeUpWorkday) workdays->push_back(d);
    if (d.month() == 12 && d.day() == 31) break;  // never past 9999-12-31
  }
}

// The notice number of a shipped year file (its optional `source`), or "".
std::string ShippedSource(const std::string& dir, int year) {
  char name[16];
  std::snprintf(name, sizeof name, "%04d.toml", year);
  const std::string path = dir + "/" + name;
#if TOML_EXCEPTIONS
  try {
    toml::table root = toml::parse_file(path);
    return root["source"].value_or(std::string());
  } catch (const toml::parse_error&) {
    return {};
  }
#else
  toml::parse_result result = toml::parse_file(path);
  if (!result) return {};
  return result.table()["source"].value_or(std::string());
#endif
}

size_t CharCount(const std::string& s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

nlohmann::json YearJson(int year, const std::vector<Date>& holidays, const std::vector<Date>& workdays,
                        const std::string& source) {
  nlohmann::json j = {{"year", year}, {"holidays", nlohmann::json::array()}, {"workdays", nlohmann::json::array()},
                      {"source", source}};
  for (Date d : holidays) j["holidays"].push_back(d.ToString());
  for (Date d : workdays) j["workdays"].push_back(d.ToString());
  return j;
}

// The list of years, the 「日历未发布」 warning and the form.
Response CalendarPage(Context& ctx, const CalendarForm& form, const std::string& form_title,
                      const FieldErrors& errors, int status) {
  auto& s = ctx.services();
  std::map<int64_t, StoredYear> stored;
  if (Status r = ReadStoredYears(*s.db, &stored); !r.ok()) return ctx.FromStatus(r);
  Page page("工作日历", "console/calendar.tpl");
  auto& d = page.content();
  for (int year : s.calendar.Years()) {
    std::vector<Date> holidays, workdays;
    YearData(s.calendar, year, &holidays, &workdays);
    auto* row = d.AddSectionDictionary("YEARS");
    row->SetIntValue("YEAR", year);
    row->SetIntValue("HOLIDAYS", static_cast<long>(holidays.size()));
    row->SetIntValue("WORKDAYS", static_cast<long>(workdays.size()));
    auto it = stored.find(year);
    if (it != stored.end()) {
      auto* c = row->AddSectionDictionary("FROM_CONSOLE");
      c->SetValue("UPDATED_AT", FormatLocalTime(it->second.updated_at));
      c->SetValue("UPDATED_BY", it->second.updated_by.empty() ? "命令行" : it->second.updated_by);
      row->SetValue("SOURCE", it->second.source.empty() ? "—" : it->second.source);
    } else {
      row->ShowSection("FROM_FILE");
      const std::string source = ShippedSource(s.config.paths.calendar_dir, year);
      row->SetValue("SOURCE", source.empty() ? "—" : source);
    }
  }
  // The years a deadline computed today can reach soonest.
  const int this_year = ChinaToday(*s.clock).year();
  for (int year = this_year - 1; year <= this_year + 1; ++year) {
    if (s.calendar.HasYear(year)) continue;
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
  CalendarForm form;
  auto& cal = ctx.services().calendar;
  // Offers the first missing year around today, the one most likely wanted.
  const int this_year = ChinaToday(*ctx.services().clock).year();
  for (int year = this_year - 1; year <= this_year + 1 && form.year.empty(); ++year)
    if (!cal.HasYear(year)) form.year = std::to_string(year);
  return CalendarPage(ctx, form, "录入或更正一年的日历", {}, 200);
}

Response GetCalendarYear(Request& req, Context& ctx) {
  const int64_t year = web::ParseId(req.Param("year"));
  if (year < 1 || year > 9999) return ctx.ErrorPage(404, "年份应在 1 到 9999 之间");
  auto& s = ctx.services();
  CalendarForm form;
  form.year = std::to_string(year);
  if (!s.calendar.HasYear(static_cast<int>(year)))
    return CalendarPage(ctx, form, "录入 " + form.year + " 年的日历", {}, 200);
  std::vector<Date> holidays, workdays;
  YearData(s.calendar, static_cast<int>(year), &holidays, &workdays);
  form.holidays = FormatDateList(holidays);
  form.workdays = FormatDateList(workdays);
  std::map<int64_t, StoredYear> stored;
  if (Status r = ReadStoredYears(*s.db, &stored); !r.ok()) return ctx.FromStatus(r);
  auto it = stored.find(year);
  form.source = it != stored.end() ? it->second.source
                                    : ShippedSource(s.config.paths.calendar_dir, static_cast<int>(year));
  return CalendarPage(ctx, form, "更正 " + form.year + " 年的日历", {}, 200);
}

// Checks the form; on success fills year and the two lists.
FieldErrors CheckForm(const CalendarForm& form, int* year, std::vector<Date>* holidays, std::vector<Date>* workdays) {
  FieldErrors errors;
  const bool digits =
      std::all_of(form.year.begin(), form.year.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (form.year.size() == 4 && digits && form.year[0] != '0') {
    *year = std::stoi(form.year);
  } else {
    errors.Add("year", "请填写四位数字的年份，如 2027");
  }
  auto h = ParseDateList(form.holidays);
  if (!h.ok()) {
    errors.Add("holidays", "放假日期：" + h.status().message());
  } else if (h->empty()) {
    errors.Add("holidays", "请填写放假日期（元旦、春节等节假日的每一天，含其间的周末）");
  } else {
    *holidays = *h;
  }
  auto w = ParseDateList(form.workdays);
  if (!w.ok()) {
    errors.Add("workdays", "调休上班日期：" + w.status().message());
  } else {
    *workdays = *w;
  }
  if (CharCount(form.source) > kMaxSourceChars)
    errors.Add("source", "通知文号不能超过 " + std::to_string(kMaxSourceChars) + " 个字");
  if (!errors.empty()) return errors;
  // The calendar's own rules and messages, on a calendar nobody reads:
  // holidays alone first, so each message lands on the field at fault.
  WorkCalendar scratch;
  if (Status a = scratch.AddYear(*year, *holidays, {}); !a.ok()) {
    errors.Add("holidays", a.message());
  } else if (Status b = scratch.AddYear(*year, *holidays, *workdays); !b.ok()) {
    errors.Add("workdays", b.message());
  }
  return errors;
}

Response PostCalendar(Request& req, Context& ctx) {
  CalendarForm form{Trim(req.Form("year")), req.Form("holidays"), req.Form("workdays"), Trim(req.Form("source"))};
  int year = 0;
  std::vector<Date> holidays, workdays;
  FieldErrors errors = CheckForm(form, &year, &holidays, &workdays);
  if (!errors.empty()) return CalendarPage(ctx, form, "录入或更正一年的日历", errors, 400);

  auto& s = ctx.services();
  // Saves in one order for the database and the running calendar, so two
  // administrators saving the same year at once leave both the same.
  static std::mutex save_mu;
  std::lock_guard lock(save_mu);
  const bool existed = s.calendar.HasYear(year);
  std::vector<Date> old_holidays, old_workdays;
  if (existed) YearData(s.calendar, year, &old_holidays, &old_workdays);
  const int64_t now = s.clock->Now();
  auth::AuditEntry entry;
  entry.action = "calendar.save";
  entry.object_type = "calendar";
  entry.object_id = std::to_string(year);
  entry.summary = std::string(existed ? "更正 " : "录入 ") + std::to_string(year) + " 年工作日历：放假 " +
                  std::to_string(holidays.size()) + " 天，调休上班 " + std::to_string(workdays.size()) + " 天" +
                  (form.source.empty() ? "" : "（" + form.source + "）");
  if (existed) entry.before_json = YearJson(year, old_holidays, old_workdays, "").dump();
  entry.after_json = YearJson(year, holidays, workdays, form.source).dump();
  const std::string stored_holidays = JoinStored(holidays), stored_workdays = JoinStored(workdays);
  const auth::Actor actor = ctx.actor();
  Status saved = s.db->Transact([&](soci::session& sql) {
    long long y = year, by = actor.user_id, at = now;
    soci::indicator by_ind = actor.user_id == 0 ? soci::i_null : soci::i_ok;
    sql << "INSERT INTO calendar_years (year, holidays, workdays, source, updated_by, updated_at) "
           "VALUES (:y, :h, :w, :s, :by, :at) ON CONFLICT (year) DO UPDATE SET holidays = excluded.holidays, "
           "workdays = excluded.workdays, source = excluded.source, updated_by = excluded.updated_by, "
           "updated_at = excluded.updated_at",
        soci::use(y), soci::use(stored_holidays), soci::use(stored_workdays), soci::use(form.source),
        soci::use(by, by_ind), soci::use(at);
    auth::WriteAudit(sql, actor, now, entry);
    return Status::Ok();
  });
  if (!saved.ok()) return ctx.FromStatus(saved);
  if (Status applied = s.calendar.AddYear(year, holidays, workdays); !applied.ok()) {
    // CheckForm ran the same rules: this cannot happen.
    return ctx.FromStatus(Status::Internal("calendar year " + std::to_string(year) +
                                           " saved but not applied: " + applied.message()));
  }
  // Pages showing deadlines may be cached.
  s.cache.Invalidate();
  // Open applications' stored due dates follow the corrected calendar.
  std::string moved;
  if (s.applications) {
    auto n = s.applications->RecomputeOpen();
    if (n.ok() && n.value() > 0) moved = "已据此更新 " + std::to_string(n.value()) + " 件在办申请的答复期限。";
  }
  return ctx.RedirectWithFlash("/console/calendar", "已保存 " + std::to_string(year) + " 年工作日历：放假 " +
                                                        std::to_string(holidays.size()) + " 天，调休上班 " +
                                                        std::to_string(workdays.size()) + " 天。" + moved);
}

// Adds [from, to] or reports why the range is not one.
Status AddRange(const std::string& token, size_t dots, std::vector<Date>* out) {
  auto from = Date::Parse(std::string_view(token).substr(0, dots));
  if (!from.ok()) return from.status();
  auto to = Date::Parse(std::string_view(token).substr(dots + 2));
  if (!to.ok()) return to.status();
  const int64_t days = to->DaysSinceEpoch() - from->DaysSinceEpoch();
  if (days < 0) return Status::Invalid("日期范围“" + token + "”的结束日期早于开始日期");
  if (days >= kMaxRangeDays) return Status::Invalid("日期范围“" + token + "”超过一年");
  for (int64_t i = 0; i <= days; ++i) out->push_back(from->AddDays(i));
  return Status::Ok();
}

}  // namespace

Result<std::vector<Date>> ParseDateList(const std::string& text) {
  // Full-width separators typed with a Chinese input method count as commas.
  std::string plain = text;
  for (const char* wide : {"，", "、", "；", "　"}) {
    const std::string w = wide;
    for (size_t at = plain.find(w); at != std::string::npos; at = plain.find(w, at)) plain.replace(at, w.size(), ",");
  }
  std::vector<Date> dates;
  const char* separators = ",; \t\r\n";
  size_t begin = plain.find_first_not_of(separators);
  while (begin != std::string::npos) {
    size_t end = plain.find_first_of(separators, begin);
    const std::string token = plain.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    if (size_t dots = token.find(".."); dots != std::string::npos) {
      if (Status s = AddRange(token, dots, &dates); !s.ok()) return s;
    } else {
      auto d = Date::Parse(token);
      if (!d.ok()) return d.status();
      dates.push_back(*d);
    }
    begin = end == std::string::npos ? end : plain.find_first_not_of(separators, end);
  }
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return dates;
}

std::string FormatDateList(const std::vector<Date>& dates) {
  std::string out;
  for (size_t i = 0; i < dates.size();) {
    size_t j = i;
    while (j + 1 < dates.size() && dates[j + 1].DaysSinceEpoch() == dates[j].DaysSinceEpoch() + 1) ++j;
    out += dates[i].ToString();
    if (j > i) out += ".." + dates[j].ToString();
    out += "\n";
    i = j + 1;
  }
  return out;
}

Status LoadCalendarOverrides(web::Services& s) { return ApplyCalendarOverrides(*s.db, s.calendar); }

Status ApplyCalendarOverrides(storage::Database& db, WorkCalendar& calendar) {
  std::map<int64_t, StoredYear> stored;
  if (Status r = ReadStoredYears(db, &stored); !r.ok()) return r;
  for (const auto& [year, row] : stored) {
    auto holidays = ParseStoredList(row.holidays);
    auto workdays = ParseStoredList(row.workdays);
    Status applied = !holidays.ok()   ? holidays.status()
                     : !workdays.ok() ? workdays.status()
                     : year < 1 || year > 9999
                         ? Status::Invalid("年份超出范围")
                         : calendar.AddYear(static_cast<int>(year), *holidays, *workdays);
    if (!applied.ok()) {
      spdlog::warn("working-day calendar: year {} saved in the console is ignored: {}", year, applied.message());
      continue;
    }
    spdlog::info("working-day calendar: year {} as saved in the console", year);
  }
  return Status::Ok();
}

void RegisterCalendarRoutes(web::Site& site) {
  const web::Guard guard = web::Staff(auth::Permission::kManageCalendar);
  site.Add("GET", "/console/calendar", guard, GetCalendar);
  site.Add("GET", "/console/calendar/{year:int}", guard, GetCalendarYear);
  site.Add("POST", "/console/calendar", guard, PostCalendar);
}

}  // namespace gk::app
