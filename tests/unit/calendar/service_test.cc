// The 工作日历 administration's date lists, and the years stored in the database
// applied at start over the shipped files — a bad stored year skipped, never
// fatal.
#include "calendar/service.h"

#include <gtest/gtest.h>
#include <soci/soci.h>
#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app/app.h"
#include "common/clock.h"
#include "config/config.h"
#include "testutil/source_tree.h"

namespace gk::calendar {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Strings(const std::vector<Date>& dates) {
  std::vector<std::string> out;
  for (Date d : dates) out.push_back(d.ToString());
  return out;
}

TEST(ParseDateListTest, AcceptsLinesCommasChineseSeparatorsAndRanges) {
  auto r = ParseDateList("2027-10-01..2027-10-03\n2027-01-01，2027-02-10、2027-02-11；2027-05-01\r\n  2027-01-01 ");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(Strings(*r), (std::vector<std::string>{"2027-01-01", "2027-02-10", "2027-02-11", "2027-05-01", "2027-10-01",
                                                   "2027-10-02", "2027-10-03"}));
  auto empty = ParseDateList(" \n , \n");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
  auto across = ParseDateList("2026-12-30..2027-01-02");
  ASSERT_TRUE(across.ok());
  EXPECT_EQ(across->size(), 4u);
}

TEST(ParseDateListTest, NamesWhatIsNotADate) {
  auto bad = ParseDateList("2027-01-01\n2027/01/02");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("2027/01/02"), std::string::npos);
  EXPECT_FALSE(ParseDateList("2027-02-30").ok());
  auto reversed = ParseDateList("2027-10-07..2027-10-01");
  ASSERT_FALSE(reversed.ok());
  EXPECT_NE(reversed.status().message().find("结束日期早于开始日期"), std::string::npos);
  auto long_range = ParseDateList("2027-01-01..2028-01-02");
  ASSERT_FALSE(long_range.ok());
  EXPECT_NE(long_range.status().message().find("超过一年"), std::string::npos);
  EXPECT_FALSE(ParseDateList("2027-01-01..").ok());
}

TEST(FormatDateListTest, FoldsRunsIntoRangesOnePerLine) {
  auto dates = ParseDateList("2027-01-01 2027-01-02 2027-01-03 2027-02-14 2027-10-01..2027-10-07 2027-12-31");
  ASSERT_TRUE(dates.ok());
  const std::string text = FormatDateList(*dates);
  EXPECT_EQ(text, "2027-01-01..2027-01-03\n2027-02-14\n2027-10-01..2027-10-07\n2027-12-31\n");
  auto again = ParseDateList(text);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(Strings(*again), Strings(*dates));
  EXPECT_EQ(FormatDateList({}), "");
}

class CalendarOverridesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = fs::temp_directory_path() / "gk_cal_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    // The files up to 2026 only: 2027 to 2029 are years without data
    // whatever later releases ship.
    calendar_dir_ = testing::CalendarDirThrough(2026);
    std::vector<std::string> overrides = {"data_dir=" + dir_, "paths.calendar_dir=" + calendar_dir_};
    if (const char* src = std::getenv("GK_SOURCE_DIR"); src && *src) {
      overrides.push_back(std::string("paths.templates_dir=") + src + "/templates");
      overrides.push_back(std::string("paths.static_dir=") + src + "/static");
    }
    ASSERT_TRUE(config::Load("", {}, overrides, &config_).ok());
    auto app = app::App::Create(config_, clock_, /*migrate=*/true);
    ASSERT_TRUE(app.ok()) << app.status().message();
    app_ = std::move(app).value();
  }
  void TearDown() override {
    app_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
    fs::remove_all(calendar_dir_, ec);
  }
  void Store(int year, const std::string& holidays, const std::string& workdays) {
    Status s = app_->services().db->Transact([&](soci::session& sql) {
      long long y = year, at = 1764136800;
      sql << "INSERT INTO calendar_years (year, holidays, workdays, source, updated_at) VALUES (:y, :h, :w, '', :at)",
          soci::use(y), soci::use(holidays), soci::use(workdays), soci::use(at);
      return Status::Ok();
    });
    ASSERT_TRUE(s.ok()) << s.message();
  }
  static Date D(const char* text) { return Date::Parse(text).value(); }

  std::string dir_;
  std::string calendar_dir_;
  config::Config config_;
  FakeClock clock_{1764136800};
  std::unique_ptr<app::App> app_;
};

TEST_F(CalendarOverridesTest, StoredYearsOverrideTheFilesAndBadOnesAreSkipped) {
  auto& cal = app_->services().calendar;
  ASSERT_TRUE(cal.HasYear(2026));
  ASSERT_EQ(cal.Classify(D("2026-10-01")), DayKind::kHoliday);
  Store(2026, "2026-01-01", "");                                  // a correction of a shipped year
  Store(2027, "2027-01-01,2027-01-02,2027-01-03", "2027-02-14");  // a new year
  Store(2028, "2028-01-01", "2028-01-03");                        // 01-03 is a Monday: refused
  Store(2029, "2029-01-01,not-a-date", "");                       // damaged
  ASSERT_TRUE(app_->services().calendar_admin->LoadOverrides().ok());
  EXPECT_EQ(cal.Classify(D("2026-10-01")), DayKind::kWorkday);
  EXPECT_EQ(cal.Classify(D("2026-01-01")), DayKind::kHoliday);
  EXPECT_EQ(cal.Classify(D("2027-01-02")), DayKind::kHoliday);
  EXPECT_EQ(cal.Classify(D("2027-02-14")), DayKind::kMakeUpWorkday);
  EXPECT_FALSE(cal.HasYear(2028));
  EXPECT_FALSE(cal.HasYear(2029));
  EXPECT_TRUE(cal.HasYear(2025));  // untouched

  // And at every start: App::Create applies them after the files.
  app_.reset();
  auto again = app::App::Create(config_, clock_, /*migrate=*/false);
  ASSERT_TRUE(again.ok()) << again.status().message();
  app_ = std::move(again).value();
  EXPECT_EQ(app_->services().calendar.Classify(D("2026-10-01")), DayKind::kWorkday);
  EXPECT_EQ(app_->services().calendar.Classify(D("2027-01-03")), DayKind::kHoliday);
  EXPECT_FALSE(app_->services().calendar.HasYear(2028));
}

// The service audits the save and announces it; the app's one subscriber
// empties the page cache (no route handler does).
TEST_F(CalendarOverridesTest, SavingAYearIsAuditedAndEmptiesThePageCache) {
  auto& s = app_->services();
  const uint64_t before = s.cache.generation();
  FieldErrors errors;
  auto saved = s.calendar_admin->Save({0, "命令行", ""},
                                      {"2027", "2027-01-01..2027-01-03", "", "国办发明电〔2026〕1号"}, &errors);
  ASSERT_TRUE(saved.ok()) << saved.status().message();
  EXPECT_TRUE(errors.empty());
  EXPECT_NE(s.cache.generation(), before);
  EXPECT_EQ(s.calendar.Classify(D("2027-01-02")), DayKind::kHoliday);
  long long audited = 0;
  Status read = s.db->Read([&](soci::session& sql) {
    sql << "SELECT COUNT(*) FROM audit_log WHERE action = 'calendar.save' AND object_id = '2027'", soci::into(audited);
    return Status::Ok();
  });
  ASSERT_TRUE(read.ok()) << read.message();
  EXPECT_EQ(audited, 1);

  // A refused form changes nothing and announces nothing.
  const uint64_t after = s.cache.generation();
  FieldErrors refused;
  EXPECT_FALSE(s.calendar_admin->Save({0, "命令行", ""}, {"27", "", "", ""}, &refused).ok());
  EXPECT_FALSE(refused.Get("year").empty());
  EXPECT_EQ(s.cache.generation(), after);
}

}  // namespace
}  // namespace gk::calendar
