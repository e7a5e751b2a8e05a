// 网站健康检查 from outside: `gongkai health` on the demo with a stale column
// and a broken link planted (an item imported with links to an item and an
// attachment that do not exist, one that does; a column's update requirement
// set in the console), the console page (the 公开办 and the administrator
// only; every finding linked), the columns' requirements (audited), and the
// dashboard's card of single-veto items.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>
#include <regex>
#include <string>

#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Jiankang-Jiancha-2026#";

class HealthTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  int Cli(std::vector<std::string> args, std::string* out, std::string* err) {
    args.push_back("--data");
    args.push_back(server_->data_dir());
    return ServerProcess::Run(args, out, err);
  }
  nlohmann::json Health(int* rc) {
    std::string out, err;
    *rc = Cli({"health", "--format", "json"}, &out, &err);
    auto j = nlohmann::json::parse(out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << out << err;
    return j;
  }
  static bool Found(const nlohmann::json& report, const std::string& rule, const std::string& text) {
    for (const auto& f : report["findings"])
      if (f["rule"] == rule && f["message"].get<std::string>().find(text) != std::string::npos) return true;
    return false;
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(HealthTest, TheCommandFindsAStaleColumnAndABrokenLink) {
  int rc = 0;
  auto before = Health(&rc);
  EXPECT_EQ(rc, 3) << "the demo's district bureau has no items: its 19 empty columns veto";
  EXPECT_TRUE(Found(before, "empty_columns", "历下区市场监管局空白栏目"));
  EXPECT_FALSE(Found(before, "link", "2019-99999"));
  EXPECT_FALSE(Found(before, "column_stale", "政府信息公开制度"));
  EXPECT_GT(before["items_checked"].get<int>(), 20);
  // A published body with two broken links and a good one.
  const std::string dir = ServerProcess::MakeTempDir();
  {
    std::ofstream f(dir + "/items.jsonl");
    f << R"({"index_no":"11370100MB28696235/2025-00901","title":"关于转发有关文件的通知","published_on":")"
      << ChinaDateFromToday(-3) << R"(","written_on":")" << ChinaDateFromToday(-3)
      << R"(","topic":"综合政务","category":"通知公告","columns":"tzgg","body":"见[旧通知](/items/11370100MB28696235/2019-99999)、[附件](/files/99999/清单.pdf)和[工作要点](/items/11370100MB28696235/2020-00757)。"})"
      << "\n";
  }
  std::string out, err;
  ASSERT_EQ(Cli({"import", "items", dir + "/items.jsonl"}, &out, &err), 0) << out << err;
  // The 政府信息公开制度 column (last published 2024) must now be updated every six months.
  auto officer = SignInDemo(*server_, "officer", kPassword);
  ASSERT_TRUE(officer);
  auto columns = officer->Get("/console/health/columns");
  ASSERT_EQ(columns.status, 200);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(columns.body, m, std::regex(R"re(<tr id="col-(\d+)"><td>[^<]*</td><th scope="row"><a href="/columns/\d+">政府信息公开制度</a>)re")))
      << columns.body.substr(0, 3000);
  const std::string column = m[1];
  EXPECT_EQ(officer->Post("/console/health/columns/" + column, {{"rule", "weekly"}}).status, 400);
  ASSERT_EQ(officer->Post("/console/health/columns/" + column, {{"rule", "6m"}}).status, 303);
  auto after = Health(&rc);
  EXPECT_EQ(rc, 3);
  EXPECT_TRUE(Found(after, "link", "/items/11370100MB28696235/2019-99999")) << after.dump(2);
  EXPECT_TRUE(Found(after, "link", "/files/99999/"));
  EXPECT_FALSE(Found(after, "link", "2020-00757")) << "the work plan exists";
  EXPECT_TRUE(Found(after, "column_stale", "“政府信息公开制度”最近一次更新是 2024-04-08，超过六个月未更新"))
      << after.dump(2);
  EXPECT_EQ(after["links_checked"].get<int>(), before["links_checked"].get<int>() + 3);
  std::string text;
  EXPECT_EQ(Cli({"health", "--quick"}, &text, &err), 3);
  EXPECT_TRUE(Has(text, "[单项否决]")) << text;
  EXPECT_FALSE(Has(text, "2019-99999")) << "--quick reads no bodies";
  EXPECT_NE(Cli({"health", "--format", "xml"}, &out, &err), 0);
  // The same on the console page, each linked to where to fix it.
  auto page = officer->Get("/console/health");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "/items/11370100MB28696235/2019-99999 无法打开"));
  EXPECT_TRUE(Has(page.body, "href=\"/console/health/columns#col-" + column + "\""));
  EXPECT_TRUE(Has(page.body, "id=\"health-vetoes\">1<"));
  EXPECT_TRUE(Has(officer->Get("/console").body, "dash-health"));
  std::filesystem::remove_all(dir);
}

TEST_F(HealthTest, OnlyTheOfficeAndAdministratorsSeeIt) {
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(editor && reviewer);
  for (auto* b : {&*editor, &*reviewer}) {
    EXPECT_EQ(b->Get("/console/health").status, 403);
    EXPECT_EQ(b->Get("/console/health/columns").status, 403);
    EXPECT_FALSE(Has(b->Get("/console").body, "dash-health"));
  }
  Browser admin(server_->host(), server_->port());
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  EXPECT_EQ(admin.Get("/console/health").status, 200);
  auto columns = admin.Get("/console/health/columns");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(columns.body, m, std::regex(R"re(<tr id="col-(\d+)">)re")));
  ASSERT_EQ(admin.Post("/console/health/columns/" + std::string(m[1]), {{"rule", "2w"}}).status, 303);
  EXPECT_EQ(admin.Post("/console/health/columns/999999", {{"rule", "2w"}}).status, 404);
  EXPECT_TRUE(Has(admin.Get("/console/audit?action=column.update_rule").body, "更新要求设为：两周"));
}

// 搜索分析: what the public searched for and did not find this week, for the
// 公开办 and administrators only.
TEST_F(HealthTest, SearchAnalyticsListsWhatThePublicDidNotFind) {
  const std::string missed = "食品经营许可证网上补办流程";
  for (int i = 0; i < 3; ++i)
    ASSERT_EQ(Fetch(server_->host(), server_->port(), "GET", "/search?q=" + http::PercentEncode(missed)).status, 200);
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  ASSERT_TRUE(officer && editor);
  EXPECT_EQ(editor->Get("/console/search-analytics").status, 403);
  // The search log is written off the request path, about once a second.
  std::string page;
  for (int i = 0; i < 50 && !Has(page, missed); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    page = officer->Get("/console/search-analytics?weeks=1").body;
  }
  EXPECT_TRUE(Has(page, "<a href=\"/search?q=" + http::PercentEncode(missed) + "\">" + missed + "</a></td><td>3</td>"))
      << page.substr(0, 4000);
  EXPECT_TRUE(Has(officer->Get("/console").body, "/console/search-analytics")) << "in the console's menu";
  EXPECT_EQ(officer->Get("/console/search-analytics?weeks=abc").status, 200) << "an odd range is the default";
}

}  // namespace
}  // namespace gk::testing
