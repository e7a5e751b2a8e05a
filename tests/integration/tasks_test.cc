// 重点工作 from outside: an editor drafts a task in the console, adds its
// milestones and a progress report; the draft is not public and the editor
// cannot publish it; the officer publishes it and the public finds it on
// the tracker, on its page (an overdue milestone marked), in the API, the
// feed and the site search; the officer postpones it (the original
// deadline stays) and withdraws it, after which its page and its API
// answer 410 with the reason. Each role in its place, and the demo's
// tracker, its last year and the dashboard's counts. The command line
// imports a year's list as drafts, all or nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Zhongdian-Gongzuo-2026#";
constexpr const char* kTitle = "推行个体工商户登记全程电子化";

std::string Q(const std::string& text) { return http::PercentEncode(text); }

class TasksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  nlohmann::json Json(const std::string& path, int status = 200) {
    auto r = Public(path);
    EXPECT_EQ(r.status, status) << path << ": " << r.body.substr(0, 500);
    return nlohmann::json::parse(r.body, nullptr, false);
  }
  // Drafts the task as `b` through the console's form; its id.
  std::string Draft(Browser& b) {
    auto form = b.Get("/console/tasks/new");
    EXPECT_EQ(form.status, 200);
    const std::string agency = Capture(form.body, R"re(<option value="(\d+)"[^>]*>济南市市场监督管理局<)re");
    EXPECT_FALSE(agency.empty()) << form.body.substr(0, 2000);
    auto r = b.Post("/console/tasks", {{"agency_id", agency},
                                       {"year", std::to_string(ChinaYearNow())},
                                       {"kind", "key_task"},
                                       {"source", ""},
                                       {"problem", ""},
                                       {"title", kTitle},
                                       {"content", "个体工商户设立、变更、注销登记全程网上办理，申请材料压减至 2 份。"},
                                       {"owner", "登记注册处"},
                                       {"person", ""},
                                       {"deadline", ChinaDateFromToday(60)}});
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 3000);
    return Capture(r.Header("Location"), R"(/console/tasks/(\d+)$)");
  }
  // A POST to the task's console page after opening it (for its CSRF token).
  HttpResult Act(Browser& b, const std::string& id, const std::string& what,
                 std::vector<std::pair<std::string, std::string>> form) {
    b.Get("/console/tasks/" + id);
    return b.Post("/console/tasks/" + id + (what.empty() ? "" : "/" + what), std::move(form));
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(TasksTest, FromADraftToThePublicTrackerAndWithdrawn) {
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto officer = SignInDemo(*server_, "officer", kPassword);
  ASSERT_TRUE(editor && officer);
  const std::string id = Draft(*editor);
  ASSERT_FALSE(id.empty());
  // A refused form keeps what was typed and names the problem.
  auto bad = Act(*editor, id, "milestones", {{"milestone_title", ""}, {"milestone_due", "明天"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "请填写节点名称")) << bad.body.substr(0, 3000);
  ASSERT_EQ(
      Act(*editor, id, "milestones", {{"milestone_title", "制定实施方案"}, {"milestone_due", ChinaDateFromToday(-3)}})
          .status,
      303);
  ASSERT_EQ(
      Act(*editor, id, "milestones", {{"milestone_title", "系统上线运行"}, {"milestone_due", ChinaDateFromToday(30)}})
          .status,
      303);
  ASSERT_EQ(Act(*editor, id, "reports",
                {{"reported_on", ChinaDateFromToday(0)},
                 {"progress", "完成需求调研，登记系统改造进入开发。"},
                 {"results", "申请材料由 5 份减至 2 份。"},
                 {"next_steps", "上线试运行。"}})
                .status,
            303);
  // Not public while a draft, and not the editor's to publish.
  EXPECT_EQ(Public("/tasks/" + id).status, 404);
  EXPECT_EQ(Public("/api/v1/tasks/" + id).status, 404);
  EXPECT_EQ(Act(*editor, id, "publish", {}).status, 403);
  auto page = editor->Get("/console/tasks/" + id);
  EXPECT_FALSE(Has(page.body, "/console/tasks/" + id + "/publish"));
  EXPECT_TRUE(Has(page.body, "发布、延期、办结和撤回由公开办办理"));
  ASSERT_EQ(Act(*officer, id, "publish", {}).status, 303);

  // The public tracker of this year, the task's page, the API, the feed, the search.
  auto tracker = Public("/tasks");
  ASSERT_EQ(tracker.status, 200);
  EXPECT_TRUE(Has(tracker.body, std::to_string(ChinaYearNow()) + " 年重点工作"));
  EXPECT_TRUE(Has(tracker.body, "<a href=\"/tasks/" + id + "\">" + kTitle + "</a>"));
  const size_t row = tracker.body.find("<a href=\"/tasks/" + id + "\">");
  const std::string tr = tracker.body.substr(row, tracker.body.find("</tr>", row) - row);
  EXPECT_TRUE(Has(tr, "节点 0/2")) << tr;
  EXPECT_TRUE(Has(tr, "1 个节点逾期")) << tr;
  EXPECT_TRUE(Has(tr, ">推进中<")) << tr;
  EXPECT_TRUE(Has(tr, ChinaDateFromToday(0))) << tr;  // the latest report
  auto shown = Public("/tasks/" + id);
  ASSERT_EQ(shown.status, 200);
  for (const char* text :
       {"制定实施方案", "逾期未完成", "系统上线运行", "未到期", "完成需求调研，登记系统改造进入开发。",
        "申请材料由 5 份减至 2 份。", "上线试运行。", "登记注册处"})
    EXPECT_TRUE(Has(shown.body, text)) << text;
  auto list = Json("/api/v1/tasks?q=" + Q("个体工商户"));
  ASSERT_EQ(list["total"], 1) << list.dump();
  EXPECT_EQ(list["tasks"][0]["status"], "in_progress");
  EXPECT_EQ(list["tasks"][0]["milestones_overdue"], 1);
  EXPECT_EQ(Json("/api/v1/tasks?kind=commitment&q=" + Q("个体工商户"))["total"], 0);
  EXPECT_EQ(Json("/api/v1/tasks?kind=nonsense", 400)["error"]["status"], 400);
  auto one = Json("/api/v1/tasks/" + id);
  EXPECT_EQ(one["title"], kTitle);
  ASSERT_EQ(one["milestones"].size(), 2u);
  EXPECT_EQ(one["milestones"][0]["overdue"], true);
  ASSERT_EQ(one["reports"].size(), 1u);
  EXPECT_EQ(one["reports"][0]["results"], "申请材料由 5 份减至 2 份。");
  auto feed = Public("/tasks/feed.xml");
  EXPECT_EQ(feed.status, 200);
  EXPECT_TRUE(Has(feed.body, kTitle));
  auto search = Public("/search?q=" + Q("个体工商户登记"));
  EXPECT_TRUE(Has(search.body, "重点工作 1 条")) << search.body.substr(0, 4000);

  // Postponed: the original deadline stays on the page with the reason.
  auto refused =
      Act(*officer, id, "postpone", {{"new_deadline", ChinaDateFromToday(30)}, {"postpone_reason", "系统改造"}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(Has(refused.body, "新的完成时限应晚于当前的完成时限")) << refused.body.substr(0, 3000);
  ASSERT_EQ(Act(*officer, id, "postpone",
                {{"new_deadline", ChinaDateFromToday(120)}, {"postpone_reason", "省级登记系统接口调整"}})
                .status,
            303);
  shown = Public("/tasks/" + id);
  EXPECT_TRUE(Has(shown.body, "完成时限由 " + ChinaDateFromToday(60) + " 调整为 <strong>" + ChinaDateFromToday(120)))
      << shown.body.substr(0, 4000);
  EXPECT_TRUE(Has(shown.body, "省级登记系统接口调整"));
  EXPECT_EQ(Json("/api/v1/tasks/" + id)["status"], "postponed");

  // Withdrawn: 410 with the reason, in the page and in the API; gone from the tracker.
  EXPECT_EQ(Act(*editor, id, "withdraw", {{"reason", "不再公开"}}).status, 403);
  EXPECT_EQ(Act(*officer, id, "withdraw", {{"reason", ""}}).status, 400);
  ASSERT_EQ(Act(*officer, id, "withdraw", {{"reason", "与全省统一部署合并实施"}}).status, 303);
  auto gone = Public("/tasks/" + id);
  EXPECT_EQ(gone.status, 410);
  EXPECT_TRUE(Has(gone.body, "撤回，不再公开。原因：与全省统一部署合并实施")) << gone.body.substr(0, 3000);
  EXPECT_FALSE(Has(gone.body, "完成需求调研"));
  auto api_gone = Json("/api/v1/tasks/" + id, 410);
  EXPECT_TRUE(Has(api_gone["error"]["message"].get<std::string>(), "与全省统一部署合并实施"));
  EXPECT_FALSE(Has(Public("/tasks").body, kTitle));
  EXPECT_EQ(Json("/api/v1/tasks?q=" + Q("个体工商户"))["total"], 0);
}

TEST_F(TasksTest, EachRoleInItsPlace) {
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto officer = SignInDemo(*server_, "officer", kPassword);
  ASSERT_TRUE(reviewer && editor && officer);
  EXPECT_EQ(reviewer->Get("/console/tasks").status, 403);
  EXPECT_EQ(reviewer->Get("/console/tasks/1").status, 403);
  EXPECT_FALSE(Has(reviewer->Get("/console").body, "/console/tasks"));
  EXPECT_EQ(Browser(server_->host(), server_->port()).Get("/console/tasks").status, 303);  // to the login page
  // The editor writes and reports but neither publishes, completes nor withdraws.
  auto list = editor->Get("/console/tasks");
  EXPECT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "推进企业开办"));
  const std::string id = Draft(*editor);
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(Act(*editor, id, "complete", {{"completion_summary", "完成"}}).status, 403);
  EXPECT_EQ(Act(*reviewer, id, "reports", {{"progress", "进展"}}).status, 403);
  // The officer may edit the draft, and deletes nothing once published.
  EXPECT_EQ(Act(*officer, id, "",
                {{"year", std::to_string(ChinaYearNow())},
                 {"kind", "commitment"},
                 {"title", kTitle},
                 {"content", "承诺 1 个工作日内办结。"},
                 {"owner", "登记注册处"},
                 {"deadline", ChinaDateFromToday(60)}})
                .status,
            303);
  ASSERT_EQ(Act(*officer, id, "publish", {}).status, 303);
  EXPECT_EQ(Act(*officer, id, "publish", {}).status, 409);
  auto page = officer->Get("/console/tasks/" + id);
  EXPECT_TRUE(Has(page.body, "公开承诺"));
  EXPECT_FALSE(Has(page.body, "/console/tasks/" + id + "/edit"));
  // Completed straight away (no milestones): 已完成 in public.
  ASSERT_EQ(Act(*officer, id, "complete", {{"completed_on", ChinaDateFromToday(0)}, {"completion_summary", "已兑现。"}})
                .status,
            303);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/tasks/" + id).body)["status"], "completed");
}

TEST_F(TasksTest, TheDemoTrackerAndDashboard) {
  const std::string year = std::to_string(ChinaYearNow());
  auto tracker = Public("/tasks");
  ASSERT_EQ(tracker.status, 200);
  for (const std::string& text :
       {year + " 年重点工作", std::string("重点任务"), std::string("公开承诺"), std::string("民生实事"),
        std::string("审计整改"), std::string("推进企业开办"), std::string("节点 2/4"), std::string("问题来源：巡察"),
        std::string(">逾期<"), std::string(">已延期<"), std::string(">未启动<"), std::string(">已完成<")})
    EXPECT_TRUE(Has(tracker.body, text)) << text;
  EXPECT_FALSE(Has(tracker.body, "明厨亮灶")) << "withdrawn";
  EXPECT_FALSE(Has(tracker.body, "信用风险分类")) << "a draft";
  EXPECT_TRUE(Has(tracker.body, "href=\"/tasks?year=" + std::to_string(ChinaYearNow() - 1) + "\""));
  auto last = Public("/tasks?year=" + std::to_string(ChinaYearNow() - 1));
  EXPECT_EQ(last.status, 200);
  EXPECT_TRUE(Has(last.body, "老旧小区电梯安全评估"));
  EXPECT_FALSE(Has(last.body, "推进企业开办"));
  EXPECT_TRUE(Has(Public("/tasks?year=1999").body, ">推进企业开办")) << "a bad year is this year";
  auto withdrawn = Public("/tasks/13");
  EXPECT_EQ(withdrawn.status, 410);
  EXPECT_TRUE(Has(withdrawn.body, "不再单独作为本局重点任务"));
  EXPECT_EQ(Public("/tasks/14").status, 404);  // the draft
  auto api = nlohmann::json::parse(Public("/api/v1/tasks?year=" + year + "&per_page=100").body);
  EXPECT_EQ(api["total"], 12);
  auto officer = SignInDemo(*server_, "officer", kPassword);
  ASSERT_TRUE(officer);
  auto dash = officer->Get("/console");
  EXPECT_TRUE(Has(dash.body, "id=\"dash-tasks-overdue\">1<")) << dash.body.substr(0, 4000);
  EXPECT_TRUE(Has(dash.body, "id=\"dash-tasks-milestones\">2<"));
  auto overdue = officer->Get("/console/tasks?status=milestone_overdue");
  EXPECT_TRUE(Has(overdue.body, "推进企业开办"));
  EXPECT_TRUE(Has(overdue.body, "特种设备安全隐患排查整治"));
  EXPECT_FALSE(Has(overdue.body, "计量惠民"));
}

TEST(TasksImportTest, TheCommandLineImportsAYearsListAsDraftsOrNothing) {
  const std::string dir = ServerProcess::MakeTempDir();
  std::string out, err;
  ASSERT_EQ(ServerProcess::Run({"init", "--demo", "--data", dir, "--admin-password", ServerProcess::kAdminPassword},
                               &out, &err),
            0)
      << err;
  const std::string init = out;
  const std::string header = "类别,任务名称,内容,责任单位,责任人,完成时限,问题来源,发现的问题,节点\n";
  const std::string year = ChinaDateFromToday(0).substr(0, 4);
  const std::string good = "重点任务,推进电子营业执照跨区域应用,全市通用,登记注册处,,2099-12-31,,,方案印发（2099-03-31）\n";
  std::ofstream(dir + "/bad.csv") << header << good << "重要事项,无此类别,,登记注册处,,2099-12-31,,,\n";
  EXPECT_NE(ServerProcess::Run({"import", "tasks", dir + "/bad.csv", "--year", year, "--data", dir}, &out, &err), 0);
  EXPECT_TRUE(Has(out + err, "第 3 行")) << out << err;
  EXPECT_FALSE(Has(out + err, "第 2 行")) << out << err;
  std::ofstream(dir + "/good.csv") << header << good;
  EXPECT_NE(ServerProcess::Run({"import", "tasks", dir + "/good.csv", "--data", dir}, &out, &err), 0);
  EXPECT_TRUE(Has(out + err, "--year")) << out << err;
  ASSERT_EQ(ServerProcess::Run({"import", "tasks", dir + "/good.csv", "--year", year, "--data", dir}, &out, &err), 0)
      << out << err;
  EXPECT_TRUE(Has(out, "重点工作 1 项（节点 1 个），均为草稿")) << out;
  // A draft: not public until the 公开办 publishes it.
  auto server = ServerProcess::Start({}, {}, "127.0.0.1:0", dir);
  ASSERT_NE(server, nullptr);
  EXPECT_FALSE(Has(Fetch(server->host(), server->port(), "GET", "/tasks?year=" + year).body, "电子营业执照跨区域应用"));
  Browser officer(server->host(), server->port());
  const std::string otp = Capture(init, R"(演示账号: officer（.*?） 一次性密码: (\S+))");
  ASSERT_FALSE(otp.empty()) << init;
  ASSERT_EQ(officer.Login("officer", otp).status, 303);
  officer.Get("/console/password");
  ASSERT_EQ(officer.Post("/console/password", {{"current", otp}, {"password", kPassword}, {"password2", kPassword}})
                .status,
            303);
  EXPECT_TRUE(Has(officer.Get("/console/tasks?q=" + Q("电子营业执照")).body, "推进电子营业执照跨区域应用"));
  server->Terminate();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gk::testing
