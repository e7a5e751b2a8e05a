// Black-box tests of the 工作日历 console page: an administrator adds a year
// the release does not ship, deadlines use it at once and after a restart,
// wrong data is refused with the calendar's own message, and only
// administrators may change it.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>

#include "testutil/http_client.h"
#include "testutil/source_tree.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Qingxi-Mima-2026#";

// `gongkai serve` started again on an existing data directory (ServerProcess
// always makes a fresh one). Its stdout goes to a file read for the address.
class Restarted {
 public:
  Restarted(const std::string& data_dir, const std::string& calendar_dir) {
    const std::string out_path = data_dir + "/restarted.out";
    const std::string bin = ServerProcess::Binary();
    // Everything the child needs is prepared before fork: after it, only
    // async-signal-safe calls.
    std::vector<std::string> args = {bin,        "serve",       "--data", data_dir,
                                     "--listen", "127.0.0.1:0", "--set",  "paths.calendar_dir=" + calendar_dir};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_ = fork();
    if (pid_ == 0) {
      int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      int null = open("/dev/null", O_WRONLY);
      if (out < 0 || null < 0) _exit(126);
      dup2(out, 1);
      dup2(null, 2);
      close_range(3, ~0U, 0);
      execv(argv[0], argv.data());
      _exit(127);
    }
    const std::regex url(R"(listening on http://([0-9.]+):(\d+))");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
      std::ifstream f(out_path);
      std::stringstream ss;
      ss << f.rdbuf();
      const std::string text = ss.str();
      std::smatch m;
      if (std::regex_search(text, m, url)) {
        host_ = m[1];
        port_ = std::stoi(m[2]);
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~Restarted() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  bool started() const { return port_ != 0; }
  Browser NewBrowser() const { return Browser(host_, port_); }

 private:
  int pid_ = -1;
  std::string host_;
  int port_ = 0;
};

class CalendarAdminTest : public ::testing::Test {
 protected:
  // The release's calendar files up to 2026 only, so that 2027 is a year
  // without data whatever later releases ship.
  void SetUp() override {
    calendar_dir_ = CalendarDirThrough(2026);
    server_ = ServerProcess::Start({"--set", "paths.calendar_dir=" + calendar_dir_});
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(calendar_dir_);
  }
  Browser NewBrowser() { return Browser(server_->host(), server_->port()); }
  Browser Admin() {
    Browser b = NewBrowser();
    EXPECT_EQ(b.Login("admin", ServerProcess::kAdminPassword).status, 303);
    return b;
  }
  // A demo account signed in with a password of its own.
  Browser Demo(const std::string& username) {
    Browser b = NewBrowser();
    const std::string otp = server_->DemoPassword(username);
    EXPECT_EQ(b.Login(username, otp).status, 303);
    b.Get("/console/password");
    EXPECT_EQ(b.Post("/console/password", {{"current", otp}, {"password", kPassword}, {"password2", kPassword}}).status,
              303);
    return b;
  }
  static HttpResult Save(Browser& b, const std::string& year, const std::string& holidays, const std::string& workdays,
                         const std::string& source = "") {
    b.Get("/console/calendar");
    return b.Post("/console/calendar",
                  {{"year", year}, {"holidays", holidays}, {"workdays", workdays}, {"source", source}});
  }
  // The kind shown for `date` on the deadline calculator's day list.
  static std::string KindOn(const std::string& page, const std::string& date) {
    return Capture(page, "<td>" + date + "</td><td>[^<]*</td><td>([^<]*)</td>");
  }
  std::string calendar_dir_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(CalendarAdminTest, ListsTheShippedYearsAndFlagsTheMissingOne) {
  Browser admin = Admin();
  auto page = admin.Get("/console/calendar");
  ASSERT_EQ(page.status, 200) << page.body.substr(0, 2000);
  EXPECT_EQ(page.Header("Cache-Control"), "no-store");
  for (int year = 2020; year <= 2026; ++year)
    EXPECT_TRUE(Has(page.body, "id=\"calendar-year-" + std::to_string(year) + "\"")) << year;
  EXPECT_FALSE(Has(page.body, "id=\"calendar-year-2027\""));
  // 2026: 33 days off, 6 make-up working days, from the shipped file.
  const std::string row2026 = Capture(page.body, R"re((<tr id="calendar-year-2026">[\s\S]*?</tr>))re");
  EXPECT_TRUE(Has(row2026, "<td>33</td><td>6</td>")) << row2026;
  EXPECT_TRUE(Has(row2026, "随程序发布"));
  // A shipped file's notice number is shown.
  const std::string row2024 = Capture(page.body, R"re((<tr id="calendar-year-2024">[\s\S]*?</tr>))re");
  EXPECT_TRUE(Has(row2024, "国办发明电〔2023〕7号")) << row2024;
  // The years around today (last year to next year) without data are
  // flagged: the data stop at 2026, so next year always is one.
  const std::string warning =
      Capture(page.body, R"re((<div class="alert alert-error" role="alert" id="calendar-missing">[\s\S]*?</div>))re");
  EXPECT_TRUE(Has(warning, "日历未发布")) << page.body.substr(0, 4000);
  for (int year = ChinaYearNow() - 1; year <= ChinaYearNow() + 1; ++year)
    EXPECT_EQ(Has(warning, "href=\"/console/calendar/" + std::to_string(year) + "\""), year > 2026) << year << warning;
  // The administrator's side navigation has the page.
  EXPECT_TRUE(Has(page.body, "href=\"/console/calendar\" aria-current=\"page\""));
  // A shipped year opens prefilled, ranges folded.
  auto y2026 = admin.Get("/console/calendar/2026");
  EXPECT_EQ(y2026.status, 200);
  EXPECT_TRUE(Has(y2026.body, "2026-10-01..2026-10-07\n")) << y2026.body.substr(0, 4000);
  EXPECT_TRUE(Has(y2026.body, "value=\"2026\""));
  EXPECT_EQ(admin.Get("/console/calendar/0").status, 404);
  EXPECT_EQ(admin.Get("/console/calendar/10000").status, 404);
}

TEST_F(CalendarAdminTest, RefusesWrongDataWithTheCalendarsMessageAndKeepsWhatWasTyped) {
  Browser admin = Admin();
  // 2027-01-04 is a Monday: not a make-up working day.
  auto r = Save(admin, "2027", "2027-01-01", "2027-01-04", "国办发明电〔2026〕9号");
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(Has(r.body, "调休上班日 2027-01-04 不是周六或周日")) << r.body.substr(0, 4000);
  EXPECT_TRUE(Has(r.body, ">2027-01-04</textarea>"));
  EXPECT_TRUE(Has(r.body, "国办发明电〔2026〕9号"));
  // A date outside the year, a malformed date, a reversed range, no holidays.
  r = Save(admin, "2027", "2026-12-31, 2027-01-01", "");
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(Has(r.body, "日期 2026-12-31 不在 2027 年内"));
  r = Save(admin, "2027", "2027-1-1", "");
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(Has(r.body, "格式错误"));
  r = Save(admin, "2027", "2027-10-07..2027-10-01", "");
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(Has(r.body, "结束日期早于开始日期"));
  r = Save(admin, "2027", "", "");
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(Has(r.body, "请填写放假日期"));
  r = Save(admin, "27", "2027-01-01", "");
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(Has(r.body, "四位数字的年份"));
  // Nothing was saved.
  EXPECT_FALSE(Has(admin.Get("/console/calendar").body, "id=\"calendar-year-2027\""));
  auto audit = admin.Get("/console/audit?action=calendar.");
  EXPECT_FALSE(Has(audit.body, "2027 年工作日历"));
}

TEST_F(CalendarAdminTest, SavedYearAppliesAtOnceIsAuditedAndSurvivesARestart) {
  Browser pub = NewBrowser();
  const std::string tool = "/tools/deadline?from=2026-12-30&to=2027-01-05";
  auto before = pub.Get(tool);
  ASSERT_EQ(before.status, 200);
  EXPECT_TRUE(Has(before.body, "日历未发布"));
  EXPECT_EQ(KindOn(before.body, "2027-01-01"), "工作日");
  EXPECT_EQ(Capture(before.body, R"re(id="deadline-result">(\d+)<)re"), "4");

  Browser admin = Admin();
  auto saved = Save(admin, "2027", "2027-01-01..2027-01-03", "", "国办发明电〔2026〕9号");
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 4000);
  EXPECT_EQ(saved.Header("Location"), "/console/calendar");
  auto list = admin.Get("/console/calendar");
  EXPECT_TRUE(Has(list.body, "已保存 2027 年工作日历：放假 3 天，调休上班 0 天。"));
  const std::string row = Capture(list.body, R"re((<tr id="calendar-year-2027">[\s\S]*?</tr>))re");
  EXPECT_TRUE(Has(row, "<td>3</td><td>0</td>")) << row;
  EXPECT_TRUE(Has(row, "工作台录入"));
  EXPECT_TRUE(Has(row, "国办发明电〔2026〕9号"));
  // The warning stays only for years around today still without data.
  EXPECT_EQ(Has(list.body, "id=\"calendar-missing\""), ChinaYearNow() + 1 > 2027);

  // Deadlines use it at once: 12-31 is the only working day before 01-04.
  auto after = pub.Get(tool);
  EXPECT_FALSE(Has(after.body, "日历未发布")) << after.body.substr(0, 4000);
  EXPECT_EQ(KindOn(after.body, "2027-01-01"), "法定节假日");
  EXPECT_EQ(KindOn(after.body, "2027-01-03"), "法定节假日");
  EXPECT_EQ(Capture(after.body, R"re(id="deadline-result">(\d+)<)re"), "3");

  // The audit log says who did it.
  auto audit = admin.Get("/console/audit?action=calendar.save");
  EXPECT_TRUE(Has(audit.body, "录入 2027 年工作日历：放假 3 天，调休上班 0 天")) << audit.body.substr(0, 4000);

  // Correcting a year replaces it as a whole, and the form shows what is stored.
  saved = Save(admin, "2027", "2027-01-01, 2027-01-02,2027-01-03\n2027-02-06..2027-02-12", "2027-02-14");
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 4000);
  auto form = admin.Get("/console/calendar/2027");
  EXPECT_TRUE(Has(form.body, ">2027-01-01..2027-01-03\n2027-02-06..2027-02-12\n</textarea>"))
      << form.body.substr(0, 6000);
  EXPECT_TRUE(Has(form.body, ">2027-02-14\n</textarea>"));
  EXPECT_TRUE(
      Has(admin.Get("/console/audit?action=calendar.save").body, "更正 2027 年工作日历：放假 10 天，调休上班 1 天"));

  // The command line counts the same days as the site.
  std::string out, err;
  ASSERT_EQ(ServerProcess::Run({"calc", "between", "2026-12-30", "2027-01-05", "--data", server_->data_dir(), "--set",
                                "paths.calendar_dir=" + calendar_dir_},
                               &out, &err),
            0)
      << err;
  EXPECT_EQ(out, "3\n");

  // After a restart the console's year still overrides the shipped files.
  server_->Terminate();
  Restarted again(server_->data_dir(), calendar_dir_);
  ASSERT_TRUE(again.started());
  Browser later = again.NewBrowser();
  auto restarted = later.Get(tool);
  EXPECT_EQ(restarted.status, 200);
  EXPECT_FALSE(Has(restarted.body, "日历未发布"));
  EXPECT_EQ(KindOn(restarted.body, "2027-01-01"), "法定节假日");
  auto february = later.Get("/tools/deadline?from=2027-02-05&to=2027-02-15");
  EXPECT_EQ(KindOn(february.body, "2027-02-08"), "法定节假日");
  EXPECT_EQ(KindOn(february.body, "2027-02-14"), "调休上班");
}

TEST_F(CalendarAdminTest, OnlyAdministratorsMayChangeIt) {
  Browser editor = Demo("editor");
  EXPECT_EQ(editor.Get("/console/calendar").status, 403);
  EXPECT_EQ(editor.Get("/console/calendar/2027").status, 403);
  editor.Get("/console");
  EXPECT_EQ(editor.Post("/console/calendar", {{"year", "2027"}, {"holidays", "2027-01-01"}, {"workdays", ""}}).status,
            403);
  EXPECT_FALSE(Has(editor.Get("/console").body, "/console/calendar"));
  Browser officer = Demo("officer");
  EXPECT_EQ(officer.Get("/console/calendar").status, 403);
  // An administrator of one agency only: the calendar is every agency's.
  std::string out, err;
  ASSERT_EQ(ServerProcess::Run({"user", "add", "--data", server_->data_dir(), "--username", "agencyadmin", "--name",
                                "分局管理员", "--role", "admin", "--agency", "11370100MB28696235"},
                               &out, &err),
            0)
      << err;
  Browser agency_admin = NewBrowser();
  const std::string otp = Capture(out, "一次性密码: (\\S+)");
  ASSERT_FALSE(otp.empty()) << out;
  EXPECT_EQ(agency_admin.Login("agencyadmin", otp).status, 303);
  agency_admin.Get("/console/password");
  EXPECT_EQ(
      agency_admin.Post("/console/password", {{"current", otp}, {"password", kPassword}, {"password2", kPassword}})
          .status,
      303);
  EXPECT_EQ(agency_admin.Get("/console/users").status, 200);  // an administrator all the same
  EXPECT_EQ(agency_admin.Get("/console/calendar").status, 403);
  EXPECT_FALSE(Has(agency_admin.Get("/console").body, "/console/calendar"));
  // Nothing changed.
  EXPECT_TRUE(Has(NewBrowser().Get("/tools/deadline?from=2026-12-30&to=2027-01-05").body, "日历未发布"));
}

}  // namespace
}  // namespace gk::testing
