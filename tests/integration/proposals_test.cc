// 建议提案 from outside: the demo's year on the page with its figures, the
// published handling results (a reply letter in full only where public),
// the feed, the search and the API; one registered in the console (refused
// first with every problem named), answered, published by the 公开办 only,
// withheld (410) and the dashboard's overdue reminder.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Jianyi-Tian-2026#";

class ProposalsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(ProposalsTest, TheDemoYearIsPublicWithItsFigures) {
  const std::string year = std::to_string(ChinaYearNow());
  auto page = Public("/proposals");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, year + " 年办理情况"));
  EXPECT_TRUE(Has(page.body, "关于加强校园周边食品安全监管的建议"));
  EXPECT_FALSE(Has(page.body, "关于推进个体工商户信用修复的提案")) << "answered, not yet published";
  EXPECT_FALSE(Has(page.body, "直播带货")) << "still being handled";
  EXPECT_TRUE(Has(Public("/proposals/1").body, "复文"));
  EXPECT_FALSE(Has(Public("/proposals/2").body, "id=\"pr-reply\"")) << "this reply letter is not public";
  EXPECT_EQ(Public("/proposals/4").status, 404);
  EXPECT_TRUE(Has(Public("/proposals/feed.xml").body, "<entry>"));
  EXPECT_TRUE(Has(Public("/search?q=" + http::PercentEncode("预付式消费")).body, "/proposals?q="));
  auto api = nlohmann::json::parse(Public("/api/v1/proposals?year=" + year).body);
  EXPECT_EQ(api["total"], 3);
  EXPECT_EQ(api["figures"]["total"], 6);
  EXPECT_EQ(api["figures"]["overdue_open"], 1);
  auto one = nlohmann::json::parse(Public("/api/v1/proposals/1").body);
  EXPECT_EQ(one["result"], "A");
  EXPECT_TRUE(one["reply"].is_string());
  EXPECT_TRUE(nlohmann::json::parse(Public("/api/v1/proposals/2").body)["reply"].is_null());
  EXPECT_EQ(Public("/api/v1/proposals?kind=letter").status, 400);
}

TEST_F(ProposalsTest, RegisteredAnsweredPublishedAndWithheld) {
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(editor && officer && reviewer);
  EXPECT_EQ(reviewer->Get("/console/proposals").status, 403);
  EXPECT_TRUE(Has(officer->Get("/console").body, "dash-proposals-overdue")) << "the demo's overdue one";
  editor->Get("/console/proposals/new");
  auto refused = editor->Post("/console/proposals", {{"agency_id", "1"}, {"year", "20x6"}, {"kind", ""}});
  EXPECT_EQ(refused.status, 400);
  for (const char* m : {"请填写年度", "请选择人大代表建议或政协委员提案", "请填写标题", "请填写交办日期"})
    EXPECT_TRUE(Has(refused.body, m)) << m;
  const std::string year = std::to_string(ChinaYearNow());
  auto made = editor->Post("/console/proposals", {{"agency_id", "1"},
                                                  {"year", year},
                                                  {"kind", "proposal"},
                                                  {"number", "第0999号"},
                                                  {"title", "关于规范网络订餐食品安全的提案"},
                                                  {"proposer", "刘敏委员"},
                                                  {"role", "lead"},
                                                  {"assigned_on", ChinaDateFromToday(-20)}});
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 2000);
  const std::string url = made.Header("Location");
  editor->Get(url);
  EXPECT_EQ(editor
                ->Post(url + "/reply", {{"result", "B"},
                                        {"reply", "刘敏委员：……"},
                                        {"public_summary", "已将网络订餐纳入年度抽检计划。"},
                                        {"reply_public", "1"}})
                .status,
            303);
  EXPECT_EQ(editor->Post(url + "/publish", {}).status, 403);
  officer->Get(url);
  EXPECT_EQ(officer->Post(url + "/publish", {}).status, 303);
  const std::string id = url.substr(url.rfind('/') + 1);
  auto pub = Public("/proposals/" + id);
  ASSERT_EQ(pub.status, 200);
  EXPECT_TRUE(Has(pub.body, "已将网络订餐纳入年度抽检计划。"));
  EXPECT_TRUE(Has(pub.body, "按期答复"));
  officer->Get(url);
  EXPECT_EQ(officer->Post(url + "/withhold", {{"reason", "涉及尚未公开的执法信息"}}).status, 303);
  EXPECT_EQ(Public("/proposals/" + id).status, 410);
  EXPECT_EQ(Public("/api/v1/proposals/" + id).status, 410);
}

}  // namespace
}  // namespace gk::testing
