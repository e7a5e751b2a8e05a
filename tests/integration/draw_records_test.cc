// 双随机、一公开 from outside: the demo draw is public with its seed, lists and
// result, its downloads hash to what the page says, its JSON passes
// `gongkai draw verify` and the public verification page (and a tampered
// copy fails both); a draw prepared in the console goes through lists,
// exclusions, announcement, seed and run with each role refused what it may
// not do, and nothing of it is public before it is announced.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <string>

#include "common/sha256.h"
#include "common/uscc.h"
#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Qingxi-Mima-2026#";

std::string Uscc(const std::string& first17) { return WithUsccCheckDigit(first17); }

class DrawRecordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  Browser NewBrowser() { return Browser(server_->host(), server_->port()); }
  std::string DrawId(const std::string& title) {
    return Capture(Public("/draws").body, R"re(href="/draws/(\d+)">)re" + title);
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(DrawRecordsTest, TheDemoDrawIsPublishedAndRecomputable) {
  auto list = Public("/draws");
  ASSERT_EQ(list.status, 200);
  const std::string id = DrawId("2026年第一批食品生产企业双随机抽查");
  const std::string pending = DrawId("2026年第二批食品生产企业双随机抽查");
  ASSERT_FALSE(id.empty()) << list.body.substr(0, 3000);
  ASSERT_FALSE(pending.empty());

  auto page = Public("/draws/" + id);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "3051.42"));
  EXPECT_TRUE(Has(page.body, "2026年3月5日上证综合指数收盘价"));
  EXPECT_TRUE(Has(page.body, "发现问题，已责令改正"));
  const std::regex row("<td class=\"num\">");
  EXPECT_EQ(std::distance(std::sregex_iterator(page.body.begin(), page.body.end(), row), std::sregex_iterator()), 5);
  // The exclusion is public; its reason is not.
  EXPECT_TRUE(Has(page.body, "37010003"));
  EXPECT_FALSE(Has(page.body, "近亲属"));

  auto api = Public("/api/v1/draws/" + id);
  ASSERT_EQ(api.status, 200);
  auto j = nlohmann::json::parse(api.body);
  EXPECT_EQ(j["algorithm_version"], 1);
  EXPECT_EQ(j["seed"], "3051.42");
  EXPECT_EQ(j["n"], 5);
  EXPECT_EQ(j["result"].size(), 5u);
  EXPECT_EQ(j["exclusions"].size(), 1u);
  EXPECT_TRUE(Has(page.body, j["input_sha256"].get<std::string>()));
  // The downloads are what was hashed.
  auto input = Public("/draws/" + id + "/input.txt");
  ASSERT_EQ(input.status, 200);
  EXPECT_EQ(Sha256Hex(input.body), j["input_sha256"]);
  auto targets = Public("/draws/" + id + "/targets.txt");
  std::string joined;
  for (const auto& t : j["targets"]) joined += t.get<std::string>() + "\n";
  EXPECT_EQ(targets.body, joined);
  EXPECT_TRUE(Has(page.body, Sha256Hex(targets.body))) << "the page shows the list's SHA-256";
  EXPECT_EQ(Public("/draws/" + id + "/other.txt").status, 404);

  // gongkai draw verify on the published JSON.
  const std::string dir = ServerProcess::MakeTempDir();
  std::ofstream(dir + "/draw.json") << api.body;
  std::string out, err;
  EXPECT_EQ(ServerProcess::Run({"draw", "verify", dir + "/draw.json", "--data", dir}, &out, &err), 0) << out << err;
  std::filesystem::remove_all(dir);

  // The public verification page, without JavaScript: a pasted copy matches,
  // a tampered one is named, an uploaded file works as well.
  Browser b = NewBrowser();
  ASSERT_EQ(b.Get("/draws/verify").status, 200);
  auto ok = b.Post("/draws/verify", {{"json", api.body}});
  EXPECT_EQ(ok.status, 200);
  EXPECT_TRUE(Has(ok.body, "id=\"verify-result\"><p><strong>一致。")) << ok.body.substr(0, 2000);
  nlohmann::json tampered = j;
  tampered["seed"] = "3051.43";
  b.Get("/draws/verify");
  auto bad = b.Post("/draws/verify", {{"json", tampered.dump()}});
  EXPECT_EQ(bad.status, 200);
  EXPECT_TRUE(Has(bad.body, "<strong>不一致。")) << bad.body.substr(0, 2000);
  b.Get("/draws/verify");
  auto file = b.PostFile("/draws/verify", "file", "draw.json", api.body);
  EXPECT_TRUE(Has(file.body, "<strong>一致。"));
  b.Get("/draws/verify");
  auto junk = b.Post("/draws/verify", {{"json", "not json"}});
  EXPECT_EQ(junk.status, 400);
  EXPECT_TRUE(Has(junk.body, "无法核验"));

  // The second draw: plan public, seed pending, no result.
  auto waiting = Public("/draws/" + pending);
  EXPECT_TRUE(Has(waiting.body, "随机种子尚未产生"));
  auto wj = nlohmann::json::parse(Public("/api/v1/draws/" + pending).body);
  EXPECT_TRUE(wj["seed"].is_null());
  EXPECT_TRUE(wj["result"].is_null());

  // Found by a drawn company, listed by the API and the feed.
  const std::string drawn = j["result"][0]["target"];
  EXPECT_TRUE(Has(Public("/draws?q=" + drawn).body, "2026年第一批食品生产企业双随机抽查"));
  EXPECT_FALSE(Has(Public("/draws?q=" + drawn).body, "第二批"));
  auto all = nlohmann::json::parse(Public("/api/v1/draws").body);
  EXPECT_EQ(all["total"], 2);
  auto feed = Public("/draws/feed.xml");
  EXPECT_EQ(feed.status, 200);
  EXPECT_TRUE(Has(feed.body, "<entry><title>2026年第一批食品生产企业双随机抽查"));
  EXPECT_EQ(Public("/api/v1/draws/999999").status, 404);
  EXPECT_EQ(Public("/draws/999999").status, 404);
}

TEST_F(DrawRecordsTest, AConsoleDrawFromListsToResultWithEachRoleInItsPlace) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(officer && editor && reviewer);
  EXPECT_EQ(reviewer->Get("/console/draws").status, 403);

  // A list with bad rows is refused whole, every row named.
  std::string csv = "统一社会信用代码,企业名称\n";
  for (int i = 1; i <= 8; ++i)
    csv += Uscc("91370100MA3D0000" + std::to_string(i)) + ",测试企业" + std::to_string(i) + "\n";
  editor->Get("/console/draws/lists");
  auto bad = editor->PostFile("/console/draws/lists", "file", "targets.csv", csv + "91370100MA3D000099,坏\n,无代码\n",
                              {{"agency_id", "1"}, {"kind", "targets"}, {"name", "测试对象"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "第 10 行")) << bad.body.substr(0, 3000);
  EXPECT_TRUE(Has(bad.body, "第 11 行"));
  EXPECT_FALSE(Has(editor->Get("/console/draws/lists").body, "测试对象"));
  editor->Get("/console/draws/lists");
  auto good = editor->PostFile("/console/draws/lists", "file", "targets.csv", csv,
                               {{"agency_id", "1"}, {"kind", "targets"}, {"name", "测试对象"}});
  ASSERT_EQ(good.status, 303) << good.body.substr(0, 3000);
  editor->Get("/console/draws/lists");
  ASSERT_EQ(
      editor
          ->Post(
              "/console/draws/lists",
              {{"agency_id", "1"}, {"kind", "inspectors"}, {"name", "测试人员"}, {"csv", "A-1,甲\nA-2,乙\nA-3,丙\n"}})
          .status,
      303);
  auto lists = editor->Get("/console/draws/new");
  const std::string targets = Capture(lists.body, R"re(<option value="(\d+)">测试对象)re");
  const std::string inspectors = Capture(lists.body, R"re(<option value="(\d+)">测试人员)re");
  ASSERT_FALSE(targets.empty() || inspectors.empty()) << lists.body.substr(0, 4000);

  auto created = editor->Post("/console/draws", {{"agency_id", "1"},
                                                 {"title", "测试抽查"},
                                                 {"scope", "测试"},
                                                 {"target_list_id", targets},
                                                 {"inspector_list_id", inspectors},
                                                 {"n", "3"},
                                                 {"m", "2"},
                                                 {"seed_source", "测试现场摇号"}});
  ASSERT_EQ(created.status, 303) << created.body.substr(0, 3000);
  const std::string id = Capture(created.Header("Location"), R"(/console/draws/(\d+))");
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(Public("/draws/" + id).status, 404);  // a draft is not public
  EXPECT_EQ(Public("/api/v1/draws/" + id).status, 404);
  const std::string excluded = Uscc("91370100MA3D00001");
  editor->Get("/console/draws/" + id);
  EXPECT_EQ(editor
                ->Post("/console/draws/" + id + "/exclusions",
                       {{"target", excluded}, {"inspector", "A-1"}, {"reason", "曾在该企业任职"}})
                .status,
            303);
  editor->Get("/console/draws/" + id);
  auto unknown = editor->Post("/console/draws/" + id + "/exclusions",
                              {{"target", excluded}, {"inspector", "B-9"}, {"reason", "x"}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_TRUE(Has(unknown.body, "检查人员名录中没有 B-9"));
  // 信息员 prepares; only 公开办 announces, seeds and runs.
  editor->Get("/console/draws/" + id);
  EXPECT_EQ(editor->Post("/console/draws/" + id + "/announce", {}).status, 403);
  officer->Get("/console/draws/" + id);
  ASSERT_EQ(officer->Post("/console/draws/" + id + "/announce", {}).status, 303);
  EXPECT_EQ(Public("/draws/" + id).status, 200);
  officer->Get("/console/draws/" + id);
  EXPECT_EQ(officer->Post("/console/draws/" + id + "/run", {}).status, 409);  // no seed yet
  officer->Get("/console/draws/" + id);
  auto blank = officer->Post("/console/draws/" + id + "/lock-seed", {{"seed", ""}});
  EXPECT_EQ(blank.status, 400);
  EXPECT_TRUE(Has(blank.body, "请填写随机种子"));
  officer->Get("/console/draws/" + id);
  ASSERT_EQ(officer->Post("/console/draws/" + id + "/lock-seed", {{"seed", "07-13-22-31"}}).status, 303);
  officer->Get("/console/draws/" + id);
  ASSERT_EQ(officer->Post("/console/draws/" + id + "/run", {}).status, 303);

  auto j = nlohmann::json::parse(Public("/api/v1/draws/" + id).body);
  ASSERT_EQ(j["result"].size(), 3u);
  for (const auto& a : j["result"]) {
    EXPECT_EQ(a["inspectors"].size(), 2u);
    if (a["target"] == excluded) {
      for (const auto& i : a["inspectors"]) EXPECT_NE(i, "A-1");
    }
  }
  const std::string first = j["result"][0]["target"];
  editor->Get("/console/draws/" + id);
  ASSERT_EQ(editor
                ->Post("/console/draws/" + id + "/inspections", {{"target", first},
                                                                 {"outcome", "case_opened"},
                                                                 {"inspected_on", ChinaDateFromToday(0)},
                                                                 {"details", "涉嫌生产不符合安全标准的食品"}})
                .status,
            303);
  auto shown = Public("/draws/" + id);
  EXPECT_TRUE(Has(shown.body, "发现违法行为，已立案查处"));
  EXPECT_TRUE(Has(shown.body, "07-13-22-31"));
  // The audit log has the steps.
  Browser admin = NewBrowser();
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  auto audit = admin.Get("/console/audit?action=draw.run");
  EXPECT_TRUE(Has(audit.body, "执行抽取")) << audit.body.substr(0, 3000);
}

}  // namespace
}  // namespace gk::testing
