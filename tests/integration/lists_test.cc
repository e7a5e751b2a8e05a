// 公开清单 from outside: the demo's lists on the public site, in the API,
// the feed and the site search; an editor imports a 证明事项清单 file with
// bad rows (nothing imported, every row named), fixes it, and the drafts
// stay off the site; the editor cannot publish, the officer can; a
// published entry is corrected and withdrawn with its reason, after which
// its page and API answer 410. Each role in its place. The command line
// imports a list all or nothing.
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

constexpr const char* kPassword = "Gongkai-Qingdan-2026#";

std::string Q(const std::string& text) { return http::PercentEncode(text); }

class ListsTest : public ::testing::Test {
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
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(ListsTest, TheDemoListsArePublic) {
  auto hub = Public("/lists");
  ASSERT_EQ(hub.status, 200);
  for (const char* name : {"执法主体", "权责清单", "执法流程", "办事指南", "证明事项清单"})
    EXPECT_TRUE(Has(hub.body, name)) << name;
  auto powers = Public("/lists/powers?facet=" + Q("行政许可"));
  EXPECT_TRUE(Has(powers.body, "食品经营许可"));
  EXPECT_FALSE(Has(powers.body, "特种设备安全监督检查"));  // 行政检查, filtered out
  EXPECT_FALSE(Has(powers.body, "计量器具型式批准"));      // withdrawn
  // The withdrawn power answers 410 with its reason; the draft guide is not found.
  auto gone = Public("/lists/powers/7");
  EXPECT_EQ(gone.status, 410);
  EXPECT_TRUE(Has(gone.body, "省级市场监管部门"));
  EXPECT_TRUE(Has(Public("/api/v1/lists/powers/7").body, "省级市场监管部门"));
  EXPECT_EQ(Public("/lists/guides/18").status, 404);
  EXPECT_EQ(Public("/lists/powers/11").status, 404);  // a guide's id under another list
  EXPECT_EQ(Public("/lists/nosuch").status, 404);
  // A guide's steps are numbered from its lines.
  auto guide = Public("/lists/guides/11");
  ASSERT_EQ(guide.status, 200);
  EXPECT_TRUE(Has(guide.body, "<li>营业执照复印件</li>"));
  auto api = Json("/api/v1/lists/certificates?facet=" + Q("保留"));
  EXPECT_EQ(api["total"], 2);
  EXPECT_EQ(api["entries"][0]["fields"]["status"], "保留");
  auto kinds = Json("/api/v1/lists");
  ASSERT_EQ(kinds["lists"].size(), 5u);
  EXPECT_EQ(kinds["lists"][1]["code"], "powers");
  EXPECT_EQ(kinds["lists"][1]["published"], 4);
  EXPECT_TRUE(Has(Public("/lists/feed.xml").body, "食品经营许可"));
  auto search = Public("/search?q=" + Q("告知承诺"));
  EXPECT_TRUE(Has(search.body, "/lists/certificates?q=")) << search.body.substr(0, 3000);
}

TEST_F(ListsTest, AnImportIsAllOrNothingAndPublishedByTheOfficer) {
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(editor && officer && reviewer);
  EXPECT_EQ(reviewer->Get("/console/lists").status, 403);
  auto console = editor->Get("/console/lists/certificates");
  ASSERT_EQ(console.status, 200);
  const std::string agency = Capture(console.body, R"re(<option value="(\d+)"[^>]*>济南市市场监督管理局<)re");
  ASSERT_FALSE(agency.empty()) << console.body.substr(0, 3000);
  const std::string bad =
      "证明名称,状态,设定依据,开具单位,备注\n"
      "居住证明,取消,《某某办法》第五条,社区居委会,x\n"
      "婚姻状况证明,暂停,《某某条例》,民政部门,\n"
      ",保留,,,\n";
  auto refused = editor->PostFile("/console/lists/certificates/import", "file", "清单.csv", bad, {{"agency_id", agency}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(Has(refused.body, "第 3 行：状态应为保留、取消、告知承诺之一")) << refused.body.substr(0, 4000);
  EXPECT_TRUE(Has(refused.body, "第 4 行：请填写证明名称"));
  EXPECT_TRUE(Has(refused.body, "第 4 行：请填写设定依据"));
  EXPECT_FALSE(Has(Public("/lists/certificates?q=" + Q("居住证明")).body, "居住证明</a>"));
  const std::string good =
      "证明名称,状态,设定依据,开具单位,备注\n"
      "居住证明,取消,《某某办法》第五条,社区居委会,x\n";
  editor->Get("/console/lists/certificates");
  auto done = editor->PostFile("/console/lists/certificates/import", "file", "清单.csv", good, {{"agency_id", agency}, {"publish", "1"}});
  // The editor may not publish on import: refused, nothing written.
  EXPECT_EQ(done.status, 403) << done.body.substr(0, 2000);
  editor->Get("/console/lists/certificates");
  done = editor->PostFile("/console/lists/certificates/import", "file", "清单.csv", good, {{"agency_id", agency}});
  ASSERT_EQ(done.status, 303) << done.body.substr(done.body.find("<main"), 1500);
  auto listed = editor->Get("/console/lists/certificates?state=draft");
  EXPECT_TRUE(Has(listed.body, "备注")) << "the ignored column is reported in the flash";
  const std::string id = Capture(listed.body, R"re(<a href="/console/lists/certificates/(\d+)">居住证明<)re");
  ASSERT_FALSE(id.empty()) << listed.body.substr(0, 4000);
  EXPECT_EQ(Public("/lists/certificates/" + id).status, 404);
  // The editor cannot publish; the officer can.
  editor->Get("/console/lists/certificates/" + id);
  EXPECT_EQ(editor->Post("/console/lists/certificates/" + id + "/publish", {}).status, 403);
  officer->Get("/console/lists/certificates/" + id);
  ASSERT_EQ(officer->Post("/console/lists/certificates/" + id + "/publish", {}).status, 303);
  auto page = Public("/lists/certificates/" + id);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "社区居委会"));
  // A published entry: the editor may no longer change it, the officer may.
  editor->Get("/console/lists/certificates/" + id);
  EXPECT_EQ(editor->Post("/console/lists/certificates/" + id,
                         {{"name", "居住证明"}, {"status", "取消"}, {"basis", "改"}, {"issuer", "街道办事处"}})
                .status,
            403);
  officer->Get("/console/lists/certificates/" + id);
  auto invalid = officer->Post("/console/lists/certificates/" + id,
                               {{"name", ""}, {"status", "不知道"}, {"basis", "《某某办法》第五条"}});
  EXPECT_EQ(invalid.status, 400);
  EXPECT_TRUE(Has(invalid.body, "请填写证明名称"));
  EXPECT_TRUE(Has(invalid.body, "状态应为"));
  officer->Get("/console/lists/certificates/" + id);
  ASSERT_EQ(officer->Post("/console/lists/certificates/" + id,
                          {{"name", "居住证明"}, {"status", "取消"}, {"basis", "《某某办法》第五条"},
                           {"issuer", "街道办事处"}})
                .status,
            303);
  EXPECT_TRUE(Has(Public("/lists/certificates/" + id).body, "街道办事处"));
  // Withdrawn: a reason is required, then the page and API answer 410.
  officer->Get("/console/lists/certificates/" + id);
  EXPECT_EQ(officer->Post("/console/lists/certificates/" + id + "/withdraw", {{"reason", ""}}).status, 400);
  officer->Get("/console/lists/certificates/" + id);
  ASSERT_EQ(officer->Post("/console/lists/certificates/" + id + "/withdraw", {{"reason", "已并入其他事项"}}).status,
            303);
  auto gone = Public("/lists/certificates/" + id);
  EXPECT_EQ(gone.status, 410);
  EXPECT_TRUE(Has(gone.body, "已并入其他事项"));
  EXPECT_EQ(Json("/api/v1/lists/certificates/" + id, 410).is_object(), true);
  Browser admin(server_->host(), server_->port());
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  auto audit = admin.Get("/console/audit?action=list_entry.");
  EXPECT_TRUE(Has(audit.body, "撤下证明事项清单“居住证明”")) << audit.body.substr(0, 3000);
}

TEST(ListsImportTest, TheCommandLineImportsAWholeListOrNothing) {
  const std::string dir = ServerProcess::MakeTempDir();
  std::string out, err;
  ASSERT_EQ(ServerProcess::Run({"init", "--demo", "--data", dir, "--admin-password", ServerProcess::kAdminPassword},
                               &out, &err),
            0)
      << err;
  const std::string header = "事项名称,事项类别,设定依据,实施主体,备注\n";
  const std::string good1 = "股权出质登记,行政确认,《股权出质登记办法》,济南市市场监督管理局,\n";
  const std::string good2 = "广告经营许可抽查,行政检查,《中华人民共和国广告法》第四十九条,济南市市场监督管理局,\n";
  // Line 3 has an unknown category and no basis: nothing imported, both named.
  std::ofstream(dir + "/bad.csv") << header << good1 << "无照经营查处,行政处分,,济南市市场监督管理局,\n" << good2;
  EXPECT_NE(ServerProcess::Run({"import", "lists", "powers", dir + "/bad.csv", "--publish", "--data", dir}, &out, &err),
            0);
  std::string said = out + err;
  EXPECT_TRUE(Has(said, "未导入")) << said;
  EXPECT_TRUE(Has(said, "第 3 行：事项类别应为")) << said;
  EXPECT_TRUE(Has(said, "第 3 行：请填写设定依据")) << said;
  EXPECT_FALSE(Has(said, "第 2 行")) << said;
  // An unknown list names the lists there are.
  std::ofstream(dir + "/good.csv") << header << good1 << good2;
  EXPECT_NE(ServerProcess::Run({"import", "lists", "rules", dir + "/good.csv", "--data", dir}, &out, &err), 0);
  EXPECT_TRUE(Has(out + err, "powers（权责清单）")) << out << err;

  ASSERT_EQ(ServerProcess::Run({"import", "lists", "powers", dir + "/good.csv", "--publish", "--data", dir}, &out, &err),
            0)
      << out << err;
  EXPECT_TRUE(Has(out, "已导入 2 条并公开")) << out;
  EXPECT_TRUE(Has(out, "未识别的列（已忽略）：备注")) << out;
  auto server = ServerProcess::Start({}, {}, "127.0.0.1:0", dir);
  ASSERT_NE(server, nullptr);
  auto j = nlohmann::json::parse(
      Fetch(server->host(), server->port(), "GET", "/api/v1/lists/powers?facet=" + Q("行政确认")).body, nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  ASSERT_EQ(j["total"], 1);
  EXPECT_EQ(j["entries"][0]["title"], "股权出质登记");
  EXPECT_EQ(j["entries"][0]["fields"]["body"], "济南市市场监督管理局");
  server->Terminate();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gk::testing
