#include "common/calendar.h"

#include <toml++/toml.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <utility>

namespace gk {
namespace {

namespace chr = std::chrono;

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;

chr::sys_days ToSysDays(int y, int m, int d) {
  return chr::sys_days(chr::year(y) / chr::month(static_cast<unsigned>(m)) / chr::day(static_cast<unsigned>(d)));
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int Digits(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool IsWorking(DayKind k) { return k == DayKind::kWorkday || k == DayKind::kMakeUpWorkday; }

// RULES.md §5: a working day is a weekday that is not a holiday, or a weekend
// day listed as a make-up working day; without data, Monday–Friday.
DayKind DefaultKind(Date d) { return d.IsWeekend() ? DayKind::kWeekend : DayKind::kWorkday; }

int64_t FirstDayOfYear(int year) { return ToSysDays(year, 1, 1).time_since_epoch().count(); }

Status CheckDateInYear(int year, Date d) {
  if (d.year() == year) return Status::Ok();
  return Status::Invalid("日期 " + d.ToString() + " 不在 " + std::to_string(year) + " 年内");
}

// Builds one year's table from its notice, checking the rules AddYear states.
Status BuildYearTable(int year, const std::vector<Date>& holidays, const std::vector<Date>& workdays,
                      std::vector<DayKind>* table) {
  if (year < kMinYear || year > kMaxYear) {
    return Status::Invalid("年份 " + std::to_string(year) + " 超出范围（应为 1 到 9999）");
  }
  const int64_t first = FirstDayOfYear(year);
  const int64_t length = FirstDayOfYear(year + 1) - first;
  table->clear();
  for (int64_t i = 0; i < length; ++i) table->push_back(DefaultKind(Date::FromDays(first + i)));
  for (Date d : holidays) {
    if (Status s = CheckDateInYear(year, d); !s.ok()) return s;
    (*table)[d.DaysSinceEpoch() - first] = DayKind::kHoliday;
  }
  for (Date d : workdays) {
    if (Status s = CheckDateInYear(year, d); !s.ok()) return s;
    DayKind& kind = (*table)[d.DaysSinceEpoch() - first];
    if (kind == DayKind::kHoliday) {
      return Status::Invalid("日期 " + d.ToString() + " 同时列为放假日和调休上班日");
    }
    // 调休 moves work onto a weekend; a weekday listed here is a typing error.
    if (!d.IsWeekend()) {
      return Status::Invalid("调休上班日 " + d.ToString() + " 不是周六或周日");
    }
    kind = DayKind::kMakeUpWorkday;
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// Year files: data/calendar/YYYY.toml

struct YearFile {
  std::vector<Date> holidays;
  std::vector<Date> workdays;
};

// "2026.toml" -> 2026.
bool YearFromFileName(const std::string& name, int* year) {
  if (name.size() != 9 || !name.ends_with(".toml")) return false;
  for (int i = 0; i < 4; ++i) {
    if (!IsDigit(name[i])) return false;
  }
  *year = Digits(std::string_view(name).substr(0, 4));
  return *year >= kMinYear;
}

Status FileError(const std::string& path, const toml::node* node, const std::string& problem) {
  std::string where = "日历文件 " + path;
  if (node != nullptr && node->source().begin.line > 0) {
    where += " 第 " + std::to_string(node->source().begin.line) + " 行";
  }
  return Status::Invalid(where + "：" + problem);
}

Status ReadDateList(const std::string& path, const toml::table& root, const char* key, std::vector<Date>* out) {
  const toml::node* node = root.get(key);
  if (node == nullptr) return FileError(path, nullptr, std::string("缺少 ") + key + " 列表");
  const toml::array* list = node->as_array();
  if (list == nullptr) return FileError(path, node, std::string(key) + " 应为日期字符串的列表");
  for (const toml::node& item : *list) {
    const auto* text = item.as_string();
    if (text == nullptr) {
      return FileError(path, &item, std::string(key) + " 中的每一项应为 \"YYYY-MM-DD\" 形式的字符串");
    }
    auto date = Date::Parse(text->get());
    if (!date.ok()) return FileError(path, &item, date.status().message());
    out->push_back(*date);
  }
  return Status::Ok();
}

Status ReadYearFields(const std::string& path, int year, const toml::table& root, YearFile* out) {
  for (const auto& [key, node] : root) {
    const std::string_view name = key.str();
    if (name != "year" && name != "source" && name != "holidays" && name != "workdays") {
      return FileError(path, &node, "未知的键 " + std::string(name) + "（可用的键：year、source、holidays、workdays）");
    }
  }
  const toml::node* y = root.get("year");
  if (y == nullptr) return FileError(path, nullptr, "缺少 year");
  const auto* value = y->as_integer();
  if (value == nullptr || value->get() != year) {
    return FileError(path, y, "year 应为 " + std::to_string(year) + "，与文件名一致");
  }
  if (const toml::node* s = root.get("source"); s != nullptr && !s->is_string()) {
    return FileError(path, s, "source 应为字符串（通知的文号）");
  }
  Status s = ReadDateList(path, root, "holidays", &out->holidays);
  if (s.ok()) s = ReadDateList(path, root, "workdays", &out->workdays);
  return s;
}

Status ParseYearFile(const std::string& path, const std::string& text, int year, YearFile* out) {
#if TOML_EXCEPTIONS
  try {
    const toml::table root = toml::parse(text, path);
    return ReadYearFields(path, year, root, out);
  } catch (const toml::parse_error& e) {
    return FileError(path, nullptr,
                     "第 " + std::to_string(e.source().begin.line) + " 行有语法错误：" + std::string(e.description()));
  }
#else
  toml::parse_result result = toml::parse(text, path);
  if (!result) {
    return FileError(path, nullptr,
                     "第 " + std::to_string(result.error().source().begin.line) + " 行有语法错误：" +
                         std::string(result.error().description()));
  }
  return ReadYearFields(path, year, result.table(), out);
#endif
}

Status ReadYearFile(const std::string& path, int year, std::vector<DayKind>* table) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in || in.bad()) return FileError(path, nullptr, "无法读取");
  YearFile file;
  Status s = ParseYearFile(path, text.str(), year, &file);
  if (!s.ok()) return s;
  s = BuildYearTable(year, file.holidays, file.workdays, table);
  return s.ok() ? s : FileError(path, nullptr, s.message());
}

// Stands on a day and steps forward one day at a time, entering one year
// table at a time, so a long count costs an array lookup a day.
class DayWalker {
 public:
  DayWalker(const std::map<int, std::vector<DayKind>>& years, Date start)
      : years_(years), day_(start.DaysSinceEpoch()) {
    EnterYear(start.year());
  }
  void Next() {
    if (++day_ == year_end_) EnterYear(year_ + 1);
  }
  int64_t day() const { return day_; }
  Date date() const { return Date::FromDays(day_); }
  // Whether the current day's year has no data.
  bool fallback() const { return table_ == nullptr; }
  DayKind kind() const { return table_ != nullptr ? (*table_)[day_ - year_first_] : DefaultKind(date()); }

 private:
  void EnterYear(int year) {
    year_ = year;
    year_first_ = FirstDayOfYear(year);
    year_end_ = FirstDayOfYear(year + 1);
    auto it = years_.find(year);
    table_ = it == years_.end() ? nullptr : &it->second;
  }
  const std::map<int, std::vector<DayKind>>& years_;
  int64_t day_;
  int year_ = 0;
  int64_t year_first_ = 0;
  int64_t year_end_ = 0;
  const std::vector<DayKind>* table_ = nullptr;
};

}  // namespace

// ---------------------------------------------------------------------------
// Date

Result<Date> Date::FromYmd(int year, int month, int day) {
  const bool in_range = year >= kMinYear && year <= kMaxYear && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  if (!in_range || !chr::year_month_day(chr::year(year) / month / day).ok()) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return Status::Invalid(std::string("日期“") + buf + "”不存在");
  }
  return Date(year, month, day);
}

Result<Date> Date::Parse(std::string_view text) {
  bool shape = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (size_t i = 0; shape && i < text.size(); ++i) {
    if (i != 4 && i != 7 && !IsDigit(text[i])) shape = false;
  }
  if (!shape) {
    return Status::Invalid("日期“" + std::string(text) + "”格式错误，应为 YYYY-MM-DD（如 2026-02-10）");
  }
  return FromYmd(Digits(text.substr(0, 4)), Digits(text.substr(5, 2)), Digits(text.substr(8, 2)));
}

Date Date::FromDays(int64_t days_since_epoch) {
  const chr::year_month_day ymd{chr::sys_days(chr::days(days_since_epoch))};
  return Date(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day())));
}

int64_t Date::DaysSinceEpoch() const { return ToSysDays(year_, month_, day_).time_since_epoch().count(); }

int Date::Weekday() const { return static_cast<int>(chr::weekday(ToSysDays(year_, month_, day_)).iso_encoding()); }

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
  return buf;
}

std::string DateText(const std::optional<Date>& d) { return d ? d->ToString() : ""; }

Date AddMonths(Date d, int months) {
  const int index = d.year() * 12 + (d.month() - 1) + months;
  const int y = index / 12, m = index % 12 + 1;
  for (int day = d.day(); day >= 28; --day)
    if (auto r = Date::FromYmd(y, m, day); r.ok()) return r.value();
  auto r = Date::FromYmd(y, m, d.day());
  return r.ok() ? r.value() : d;
}

std::optional<Date> DateOf(std::string_view text) {
  auto d = Date::Parse(text);
  if (!d.ok()) return std::nullopt;
  return *d;
}

// ---------------------------------------------------------------------------
// WorkCalendar

Status WorkCalendar::LoadDirectory(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Invalid("找不到工作日日历目录 " + dir);
  Tables loaded;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->path().extension() != ".toml") continue;
    int year = 0;
    if (!YearFromFileName(name, &year)) {
      return Status::Invalid("工作日日历目录 " + dir + " 中的文件 " + name + " 应命名为 年份.toml（如 2026.toml）");
    }
    if (Status s = ReadYearFile(it->path().string(), year, &loaded[year]); !s.ok()) return s;
  }
  if (ec) return Status::Invalid("无法读取工作日日历目录 " + dir + "：" + ec.message());
  if (loaded.empty()) return Status::Invalid("工作日日历目录 " + dir + " 中没有年度文件（年份.toml）");
  Replace(std::move(loaded));
  return Status::Ok();
}

Status WorkCalendar::AddYear(int year, std::vector<Date> holidays, std::vector<Date> workdays) {
  Tables changes;
  if (Status s = BuildYearTable(year, holidays, workdays, &changes[year]); !s.ok()) return s;
  Replace(std::move(changes));
  return Status::Ok();
}

std::shared_ptr<const WorkCalendar::Tables> WorkCalendar::Snapshot() const {
  std::lock_guard lock(mu_);
  return years_;
}

void WorkCalendar::Replace(Tables changes) {
  std::lock_guard lock(mu_);
  auto next = std::make_shared<Tables>(*years_);
  for (auto& [year, table] : changes) (*next)[year] = std::move(table);
  years_ = std::move(next);
}

bool WorkCalendar::HasYear(int year) const { return Snapshot()->contains(year); }

std::vector<int> WorkCalendar::Years() const {
  std::vector<int> years;
  for (const auto& entry : *Snapshot()) years.push_back(entry.first);
  return years;
}

DayKind WorkCalendar::Classify(Date d) const {
  const auto years = Snapshot();
  return DayWalker(*years, d).kind();
}

bool WorkCalendar::IsWorkingDay(Date d) const { return IsWorking(Classify(d)); }

Date WorkCalendar::AddWorkingDays(Date start, int n, bool* used_fallback) const {
  const auto years = Snapshot();
  DayWalker walk(*years, start);
  bool fallback = false;
  // RULES.md §5: deadlines count from the day after the start date.
  for (int counted = 0; counted < n;) {
    walk.Next();
    fallback = fallback || walk.fallback();
    if (IsWorking(walk.kind())) ++counted;
  }
  if (used_fallback != nullptr) *used_fallback = fallback;
  return walk.date();
}

int WorkCalendar::WorkingDaysBetween(Date a, Date b, bool* used_fallback) const {
  const auto years = Snapshot();
  DayWalker walk(*years, a);
  const int64_t end = b.DaysSinceEpoch();
  bool fallback = false;
  int count = 0;
  while (walk.day() < end) {
    walk.Next();
    fallback = fallback || walk.fallback();
    if (IsWorking(walk.kind())) ++count;
  }
  if (used_fallback != nullptr) *used_fallback = fallback;
  return count;
}

std::vector<int> WorkCalendar::MissingYears(Date a, Date b) const {
  std::vector<int> missing;
  if (b <= a) return missing;
  const auto years = Snapshot();
  for (int y = a.AddDays(1).year(); y <= b.year(); ++y) {
    if (!years->contains(y)) missing.push_back(y);
  }
  return missing;
}

}  // namespace gk
