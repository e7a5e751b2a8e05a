// 重大行政决策事项目录 from outside: the demo's public catalogue of this year
// with each entry's stages and links to its consultation, in the feed, the
// search and the API; an entry written in the console (refused first with
// every problem named), published, its stages recorded, withdrawn → 410.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Juece-Mulu-2026#";

class DecisionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(DecisionsTest, TheDemoCatalogueIsPublic) {
  auto page = Public("/decisions");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, std::to_string(ChinaYearNow()) + " 年重大行政决策事项目录"));
  EXPECT_TRUE(Has(page.body, "制定《济南市沿街商户招牌设置规范》"));
  EXPECT_TRUE(Has(page.body, "href=\"/consultations/2\""));
  EXPECT_TRUE(Has(page.body, "已完成：合法性审查"));
  auto one = Public("/decisions/1");
  ASSERT_EQ(one.status, 200);
  EXPECT_TRUE(Has(one.body, "集体讨论决定"));
  EXPECT_TRUE(Has(one.body, "未安排")) << "专家论证 not needed";
  EXPECT_TRUE(Has(Public("/decisions/feed.xml").body, "<entry>"));
  EXPECT_TRUE(Has(Public("/search?q=" + http::PercentEncode("招牌")).body, "/decisions?q="));
  auto api = nlohmann::json::parse(Public("/api/v1/decisions").body);
  EXPECT_EQ(api["total"], 3);
  auto first = nlohmann::json::parse(Public("/api/v1/decisions/1").body);
  EXPECT_EQ(first["stages"].size(), 7u);
  EXPECT_EQ(first["consultation"]["url"], "/consultations/2");
  EXPECT_EQ(Public("/api/v1/decisions?year=abc").status, 400);
  EXPECT_EQ(Public("/decisions/99").status, 404);
}

TEST_F(DecisionsTest, WrittenPublishedRecordedAndWithdrawn) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(officer && editor && reviewer);
  EXPECT_EQ(reviewer->Get("/console/decisions").status, 403);
  editor->Get("/console/decisions/new");
  const std::string year = std::to_string(ChinaYearNow());
  std::vector<std::pair<std::string, std::string>> form = {{"agency_id", "1"},
                                                           {"year", year},
                                                           {"title", ""},
                                                           {"owner", "计量处"},
                                                           {"consultation_id", "999"},
                                                           {"done_drafting", ChinaDateFromToday(-5)},
                                                           {"done_participation", ChinaDateFromToday(-9)}};
  auto bad = editor->Post("/console/decisions", form);
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "请填写决策事项名称"));
  EXPECT_TRUE(Has(bad.body, "没有本机构编号为“999”的意见征集"));
  EXPECT_TRUE(Has(bad.body, "公众参与的完成时间不能早于起草"));
  form[2].second = "修订《济南市计量监督管理办法》";
  form[4].second = "1";
  form[6].second = ChinaDateFromToday(-2);
  auto made = editor->Post("/console/decisions", form);
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 3000);
  const std::string id = Capture(made.Header("Location"), R"(/console/decisions/(\d+))");
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(Public("/decisions/" + id).status, 404) << "a draft is not public";
  editor->Get("/console/decisions/" + id);
  EXPECT_EQ(editor->Post("/console/decisions/" + id + "/publish", {}).status, 403);
  officer->Get("/console/decisions/" + id);
  ASSERT_EQ(officer->Post("/console/decisions/" + id + "/publish", {}).status, 303);
  EXPECT_TRUE(Has(Public("/decisions").body, "修订《济南市计量监督管理办法》"));
  officer->Get("/console/decisions/" + id);
  ASSERT_EQ(officer->Post("/console/decisions/" + id + "/withdraw", {{"reason", "并入年度立法计划另行安排"}}).status,
            303);
  auto gone = Public("/decisions/" + id);
  EXPECT_EQ(gone.status, 410);
  EXPECT_TRUE(Has(gone.body, "并入年度立法计划另行安排"));
}

}  // namespace
}  // namespace gk::testing
