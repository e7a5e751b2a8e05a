// The 舆情 register from outside (staff only: no public page), the
// dashboard's reminder once an answer is late, and the 公开办's export of
// 留言咨询 with the askers' details, CSV and XLSX.
#include <gtest/gtest.h>

#include <ctime>
#include <memory>
#include <string>

#include "common/china_time.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Yuqing-Huiying-2026#";

class OpinionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(OpinionsTest, RecordedAnsweredClosedForStaffOnly) {
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(editor && reviewer);
  EXPECT_EQ(reviewer->Get("/console/opinions").status, 403);
  EXPECT_NE(Public("/console/opinions").status, 200);
  auto list = editor->Get("/console/opinions");
  EXPECT_TRUE(Has(list.body, "市民反映部分停车场收费标准不明")) << "the demo's open one";
  EXPECT_TRUE(Has(editor->Get("/console/opinions?view=closed").body, "网传某连锁餐饮门店使用过期食材"));
  // The demo's answer names the 情况通报 it published in 回应关切.
  auto demo = editor->Get("/console/opinions/1");
  EXPECT_TRUE(Has(demo.body, "关于网传连锁餐饮门店使用过期食材的情况通报"));
  EXPECT_TRUE(Has(demo.body, "食品生产安全监督管理处"));
  EXPECT_TRUE(Has(Public("/columns/hygq").body, "关于网传连锁餐饮门店使用过期食材的情况通报"));
  auto refused = editor->Post("/console/opinions", {{"agency_id", "1"}, {"level", "huge"}, {"found_at", "明天"}});
  EXPECT_EQ(refused.status, 400);
  for (const char* m : {"请填写舆情标题", "请填写来源", "请选择一般或重大", "发现时间应为", "请填写舆情概要"})
    EXPECT_TRUE(Has(refused.body, m)) << m;
  // Found 6 hours ago and 重大: 5 hours have passed, the answer is late.
  const std::string found = FormatChinaTime(static_cast<int64_t>(std::time(nullptr)) - 6 * 3600, "%Y-%m-%dT%H:%M");
  auto made = editor->Post("/console/opinions", {{"agency_id", "1"},
                                                 {"title", "网传某品牌奶粉检出异物"},
                                                 {"source", "抖音"},
                                                 {"level", "major"},
                                                 {"found_at", found},
                                                 {"summary", "网友发布视频称……"}});
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 2000);
  const std::string url = made.Header("Location");
  EXPECT_TRUE(Has(editor->Get(url).body, "已超过回应时限"));
  EXPECT_TRUE(Has(editor->Get("/console").body, "dash-opinions-late"));
  EXPECT_EQ(editor->Post(url + "/close", {{"note", "办结"}}).status, 409) << "not answered yet";
  auto answered = editor->Post(url + "/respond",
                               {{"at", FormatChinaTime(static_cast<int64_t>(std::time(nullptr)), "%Y-%m-%dT%H:%M")},
                                {"channel", "release"},
                                {"content", "已对涉事批次产品抽样送检。"}});
  EXPECT_EQ(answered.status, 303);
  auto page = editor->Get(url);
  EXPECT_TRUE(Has(page.body, "（超时）"));
  EXPECT_TRUE(Has(page.body, "已对涉事批次产品抽样送检。"));
  EXPECT_EQ(editor->Post(url + "/close", {{"note", "检验合格，已向社会通报。"}}).status, 303);
  EXPECT_TRUE(Has(editor->Get(url).body, "检验合格，已向社会通报。"));
}

TEST_F(OpinionsTest, TheOfficeExportsMessagesWithTheAskersDetails) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  ASSERT_TRUE(officer && editor);
  EXPECT_EQ(editor->Get("/console/messages/export").status, 403) << "the 公开办's";
  EXPECT_TRUE(Has(officer->Get("/console/messages").body, "/console/messages/export?view="));
  auto csv = officer->Get("/console/messages/export?view=published");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.Header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.Header("Cache-Control"), "no-store");
  EXPECT_TRUE(Has(csv.body, "编号,机构,类别,标题,留言内容,姓名,联系方式"));
  auto xlsx = officer->Get("/console/messages/export?view=published&format=xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
}

}  // namespace
}  // namespace gk::testing
