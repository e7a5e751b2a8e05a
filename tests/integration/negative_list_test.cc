// 不予公开事项清单 (负面清单) from outside: the demo's list public on the page
// and in the API; kept by the 公开办 (every problem named, others refused);
// an item marked 不予公开 must cite an active entry of its agency, and its
// public page names it; a retired entry leaves the public list and cannot be
// cited any more.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Fumian-Qingdan-2026#";

class NegativeListTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(NegativeListTest, KeptByTheOfficeCitedByExemptItemsAndPublic) {
  auto page = Public("/negative-list");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "涉及国家秘密的信息"));
  EXPECT_TRUE(Has(page.body, "《中华人民共和国政府信息公开条例》第十五条"));
  auto api = nlohmann::json::parse(Public("/api/v1/negative-list").body);
  ASSERT_EQ(api["total"], 5);
  const int64_t secrets = api["entries"][0]["id"].get<int64_t>();
  EXPECT_EQ(api["entries"][0]["agency"], "济南市市场监督管理局");

  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  ASSERT_TRUE(officer && editor);
  EXPECT_EQ(editor->Get("/console/negative-list").status, 403);
  ASSERT_EQ(officer->Get("/console/negative-list").status, 200);
  auto bad = officer->Post("/console/negative-list", {{"agency_id", "1"}, {"name", " "}, {"basis", ""}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "请填写不予公开的事项"));
  EXPECT_TRUE(Has(bad.body, "请填写法律依据"));
  ASSERT_EQ(officer->Post("/console/negative-list", {{"agency_id", "1"},
                                                     {"name", "行政查询事项"},
                                                     {"basis", "《中华人民共和国政府信息公开条例》第三十六条第（七）项"}})
                .status,
            303);
  EXPECT_TRUE(Has(Public("/negative-list").body, "行政查询事项"));

  // An exempt item cites an entry.
  auto form = editor->Get("/console/items/new");
  EXPECT_TRUE(Has(form.body, "不予公开事项（负面清单）"));
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(form.body, m, std::regex(R"re(value="(\d+)"[^>]*><label for="it-col-\d+">通知公告 )re")));
  std::vector<std::pair<std::string, std::string>> item = {{"title", "某专项检查工作方案"},
                                                           {"agency_id", "1"},
                                                           {"written_on", ChinaDateFromToday(-1)},
                                                           {"topic", "综合政务"},
                                                           {"category", "通知公告"},
                                                           {"disclosure", "exempt"},
                                                           {"exempt_reason", "方案含有尚未实施的检查安排"},
                                                           {"columns", m[1]},
                                                           {"body_md", "方案正文"}};
  auto refused = editor->Post("/console/items", item);
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(Has(refused.body, "不予公开须引用本机关不予公开事项清单"));
  item.push_back({"exempt_entry_id", std::to_string(secrets)});
  auto made = editor->Post("/console/items", item);
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 3000);
  EXPECT_TRUE(Has(editor->Get(made.Header("Location") + "/edit").body,
                  "value=\"" + std::to_string(secrets) + "\" selected"));

  // Retired: off the public list, no longer citable (the item citing it keeps it).
  officer->Get("/console/negative-list");
  ASSERT_EQ(officer->Post("/console/negative-list/" + std::to_string(secrets) + "/retire", {{"retired", "1"}}).status,
            303);
  EXPECT_FALSE(Has(Public("/negative-list").body, "涉及国家秘密的信息"));
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/negative-list").body)["total"], 5);
  editor->Get("/console/items/new");
  item.back().second = std::to_string(secrets);
  auto stale = editor->Post("/console/items", item);
  EXPECT_EQ(stale.status, 400);
  EXPECT_TRUE(Has(stale.body, "请从本机关的不予公开事项清单（负面清单）中选择"));
  Browser admin(server_->host(), server_->port());
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  auto audit = admin.Get("/console/audit?action=negative_list.");
  EXPECT_TRUE(Has(audit.body, "negative_list.create"));
  EXPECT_TRUE(Has(audit.body, "negative_list.retire"));
}

}  // namespace
}  // namespace gk::testing
