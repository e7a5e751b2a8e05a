#include "calendar/service.h"

#include <soci/soci.h>
#include <spdlog/spdlog.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <utility>

#include "common/china_time.h"
#include "common/strings.h"

namespace gk::calendar {
namespace {

constexpr size_t kMaxSourceChars = 200;
constexpr int64_t kMaxRangeDays = 366;

Status ReadStoredYears(storage::Database& db, std::map<int64_t, StoredYear>* out) {
  return db.Read([&](soci::session& sql) {
    StoredYear row;
    long long year = 0, at = 0;
    soci::statement st =
        (sql.prepare << "SELECT c.year, c.holidays, c.workdays, c.source, c.updated_at, COALESCE(u.display_name, '') "
                        "FROM calendar_years c LEFT JOIN users u ON u.id = c.updated_by ORDER BY c.year",
         soci::into(year), soci::into(row.holidays), soci::into(row.workdays), soci::into(row.source), soci::into(at),
         soci::into(row.updated_by));
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
  nlohmann::json j = {
      {"year", year}, {"holidays", nlohmann::json::array()}, {"workdays", nlohmann::json::array()}, {"source", source}};
  for (Date d : holidays) j["holidays"].push_back(d.ToString());
  for (Date d : workdays) j["workdays"].push_back(d.ToString());
  return j;
}

// Checks the form; on success fills year and the two lists.
FieldErrors CheckForm(const YearForm& form, int* year, std::vector<Date>* holidays, std::vector<Date>* workdays) {
  FieldErrors errors;
  const bool digits = std::all_of(form.year.begin(), form.year.end(), [](char c) { return c >= '0' && c <= '9'; });
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

Status ApplyCalendarOverrides(storage::Database& db, WorkCalendar& calendar) {
  std::map<int64_t, StoredYear> stored;
  if (Status r = ReadStoredYears(db, &stored); !r.ok()) return r;
  for (const auto& [year, row] : stored) {
    auto holidays = ParseStoredList(row.holidays);
    auto workdays = ParseStoredList(row.workdays);
    Status applied = !holidays.ok()            ? holidays.status()
                     : !workdays.ok()          ? workdays.status()
                     : year < 1 || year > 9999 ? Status::Invalid("年份超出范围")
                                               : calendar.AddYear(static_cast<int>(year), *holidays, *workdays);
    if (!applied.ok()) {
      spdlog::warn("working-day calendar: year {} saved in the console is ignored: {}", year, applied.message());
      continue;
    }
    spdlog::info("working-day calendar: year {} as saved in the console", year);
  }
  return Status::Ok();
}

Result<std::map<int64_t, StoredYear>> CalendarService::StoredYears() {
  std::map<int64_t, StoredYear> stored;
  if (Status r = ReadStoredYears(*db_, &stored); !r.ok()) return r;
  return stored;
}

Result<std::vector<YearSummary>> CalendarService::Summaries(std::map<int64_t, StoredYear>* years) {
  auto stored = StoredYears();
  if (!stored.ok()) return stored.status();
  *years = std::move(stored).value();
  std::vector<YearSummary> out;
  for (int year : calendar_.Years()) {
    std::vector<Date> holidays, workdays;
    YearData(calendar_, year, &holidays, &workdays);
    YearSummary y{year, holidays.size(), workdays.size(), "", nullptr};
    if (auto it = years->find(year); it != years->end()) {
      y.stored = &it->second;
      y.source = it->second.source;
    } else {
      y.source = ShippedSource(shipped_dir_, year);
    }
    out.push_back(std::move(y));
  }
  return out;
}

std::vector<int> CalendarService::MissingYears() const {
  std::vector<int> out;
  // The years a deadline computed today can reach soonest.
  const int this_year = ChinaToday(clock_).year();
  for (int year = this_year - 1; year <= this_year + 1; ++year)
    if (!calendar_.HasYear(year)) out.push_back(year);
  return out;
}

Result<YearForm> CalendarService::FormFor(int year) {
  YearForm form;
  form.year = std::to_string(year);
  if (!calendar_.HasYear(year)) return form;
  std::vector<Date> holidays, workdays;
  YearData(calendar_, year, &holidays, &workdays);
  form.holidays = FormatDateList(holidays);
  form.workdays = FormatDateList(workdays);
  auto stored = StoredYears();
  if (!stored.ok()) return stored.status();
  auto it = stored->find(year);
  form.source = it != stored->end() ? it->second.source : ShippedSource(shipped_dir_, year);
  return form;
}

Result<std::string> CalendarService::Save(const access::Actor& actor, const YearForm& form, FieldErrors* errors) {
  int year = 0;
  std::vector<Date> holidays, workdays;
  *errors = CheckForm(form, &year, &holidays, &workdays);
  if (!errors->empty()) return errors->ToStatus();
  // Saves in one order for the database and the running calendar, so two
  // administrators saving the same year at once leave both the same.
  static std::mutex save_mu;
  std::lock_guard lock(save_mu);
  const bool existed = calendar_.HasYear(year);
  std::vector<Date> old_holidays, old_workdays;
  if (existed) YearData(calendar_, year, &old_holidays, &old_workdays);
  const int64_t now = clock_.Now();
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
  Status saved = db_->Transact([&](soci::session& sql) {
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
  if (!saved.ok()) return saved;
  if (Status applied = calendar_.AddYear(year, holidays, workdays); !applied.ok()) {
    // CheckForm ran the same rules: this cannot happen.
    return Status::Internal("calendar year " + std::to_string(year) + " saved but not applied: " + applied.message());
  }
  gk::Announce(changes_, {ChangeKind::kCalendar, 0, year});
  std::string notes;
  for (const auto& l : listeners_) notes += l(year);
  return notes;
}

}  // namespace gk::calendar
