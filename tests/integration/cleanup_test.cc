// 规章和行政规范性文件清理 from outside: the 公开办 drafts a cleanup of the demo
// bureau's documents in force (others refused), every problem named at once,
// decides it; the documents' 有效性 and 有效期至 follow, the 现行有效 list and
// table 二 count the repeal, the document shows its 有效性 history, and the
// result list, drafted for review, links from that history once published.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Qingli-Wenjian-2026#";

class CleanupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  // Table 二's 本年废止 of 行政规范性文件 this year, from `gongkai report annual`.
  int64_t Repealed() {
    std::string out, err;
    const std::string year = std::to_string(ChinaYearNow());
    EXPECT_EQ(ServerProcess::Run(
                  {"report", "annual", "--year", year, "--format", "json", "--data", server_->data_dir()}, &out, &err),
              0)
        << err;
    auto report = nlohmann::json::parse(out, nullptr, false);
    for (const auto& row : report["table2"]["rows"]) {
      if (row["label"] != "行政规范性文件") continue;
      const auto& v = row["values"]["本年废止件数"];
      return v.is_string() ? std::stoll(v.get<std::string>()) : v.get<int64_t>();
    }
    ADD_FAILURE() << out.substr(0, 2000);
    return -1;
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(CleanupTest, TheOfficeDecidesACleanupAndTheDocumentsFollow) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  ASSERT_TRUE(officer && editor);
  EXPECT_EQ(editor->Get("/console/normative/cleanups").status, 403);
  EXPECT_EQ(editor->Post("/console/normative/cleanups", {{"agency_id", "1"}, {"title", "清理"}}).status, 403);

  // The two documents in force, from the public API.
  auto before = nlohmann::json::parse(Public("/api/v1/normative").body);
  ASSERT_EQ(before["total"], 2);
  const std::string kept_no = before["documents"][0]["index_no"], repealed_no = before["documents"][1]["index_no"];
  const std::string kept_title = before["documents"][0]["title"], repealed_title = before["documents"][1]["title"];

  const int64_t repealed_before = Repealed();
  ASSERT_EQ(officer->Get("/console/normative/cleanups").status, 200);
  auto made = officer->Post("/console/normative/cleanups", {{"agency_id", "1"}, {"title", "本年度规范性文件清理结果"}});
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 2000);
  const std::string url = made.Header("Location");
  ASSERT_TRUE(std::regex_match(url, std::regex("/console/normative/cleanups/\\d+"))) << url;
  EXPECT_EQ(editor->Get(url).status, 403);
  auto page = officer->Get(url);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, kept_title) && Has(page.body, repealed_title)) << page.body.substr(0, 4000);
  // The documents' ids, from the form's field names, in the order shown.
  std::vector<std::string> ids;
  const std::regex field("name=\"decision_(\\d+)\"");
  for (auto it = std::sregex_iterator(page.body.begin(), page.body.end(), field); it != std::sregex_iterator(); ++it)
    ids.push_back((*it)[1]);
  ASSERT_EQ(ids.size(), 2u);
  // Which id is which document: the row's link comes before its title.
  const bool first_is_kept = page.body.find(kept_title) < page.body.find(repealed_title);
  const std::string kept = first_is_kept ? ids[0] : ids[1], repealed = first_is_kept ? ids[1] : ids[0];

  const std::string far = ChinaDateFromToday(5 * 365);
  // Every problem at once: no decision day, a repeal without a reason, a new
  // 有效期至 that is no date.
  auto bad = officer->Post(url, {{"title", "本年度规范性文件清理结果"},
                                 {"decided_on", ""},
                                 {"decision_" + kept, "keep"},
                                 {"expires_" + kept, "明年"},
                                 {"decision_" + repealed, "repeal"},
                                 {"reason_" + repealed, ""},
                                 {"action", "decide"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "日期格式应为 YYYY-MM-DD")) << bad.body.substr(0, 4000);
  bad = officer->Post(url, {{"title", "本年度规范性文件清理结果"},
                            {"decided_on", ""},
                            {"decision_" + kept, "keep"},
                            {"expires_" + kept, far},
                            {"decision_" + repealed, "repeal"},
                            {"reason_" + repealed, ""},
                            {"action", "decide"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "请填写决定日期")) << bad.body.substr(0, 4000);
  EXPECT_TRUE(Has(bad.body, "请填写理由"));
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/normative").body)["total"], 2) << "nothing decided yet";

  // Saved as a draft, shown again as saved.
  const std::string today = ChinaDateFromToday(0);
  std::vector<std::pair<std::string, std::string>> form = {{"title", "本年度规范性文件清理结果"},
                                                           {"decided_on", today},
                                                           {"basis", "依据《行政规范性文件管理办法》开展清理。"},
                                                           {"decision_" + kept, "keep"},
                                                           {"expires_" + kept, far},
                                                           {"decision_" + repealed, "repeal"},
                                                           {"reason_" + repealed, "上位法已修改"},
                                                           {"action", "save"}};
  auto saved = officer->Post(url, form);
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 3000);
  page = officer->Get(url);
  EXPECT_TRUE(Has(page.body, "上位法已修改"));
  EXPECT_TRUE(Has(page.body, far));

  form.back() = {"action", "decide"};
  auto decided = officer->Post(url, form);
  ASSERT_EQ(decided.status, 303) << decided.body.substr(0, 3000);
  page = officer->Get(url);
  EXPECT_TRUE(Has(page.body, "已决定"));
  EXPECT_TRUE(Has(page.body, "清理结果目录"));
  EXPECT_EQ(officer->Post(url, form).status, 303) << "deciding twice changes nothing";

  // The repealed document left the 现行有效 list; the kept one has its new 有效期至.
  auto after = nlohmann::json::parse(Public("/api/v1/normative").body);
  ASSERT_EQ(after["total"], 1);
  EXPECT_EQ(after["documents"][0]["index_no"], kept_no);
  EXPECT_EQ(after["documents"][0]["expires_on"], far);
  auto repealed_page = Public("/items/" + repealed_no);
  EXPECT_TRUE(Has(repealed_page.body, "有效性变更记录"));
  EXPECT_TRUE(Has(repealed_page.body, "清理决定：废止（上位法已修改）"));
  EXPECT_FALSE(Has(officer->Get("/console").body, "还有 60 天")) << "the kept document no longer nears its end";
  auto api = nlohmann::json::parse(Public("/api/v1/items/" + repealed_no).body);
  ASSERT_TRUE(api.contains("normative")) << api.dump();
  const auto& history = api["normative"]["validity_history"];
  ASSERT_GE(history.size(), 1u) << api.dump();
  EXPECT_EQ(history.back()["source"], "cleanup");
  EXPECT_EQ(history.back()["validity"], "废止");
  EXPECT_EQ(history.back()["note"], "废止（上位法已修改）");
  EXPECT_EQ(history.back()["on"], today);

  // Table 二 counts the repeal in this year.
  EXPECT_EQ(Repealed(), repealed_before + 1);

  // The result list is a draft for review in 法规文件; once published the history links to it.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page.body, m, std::regex(R"re(清理结果目录：<a href="/console/items/(\d+)")re")));
  const std::string list = m[1];
  auto draft = officer->Get("/console/items/" + list);
  EXPECT_TRUE(Has(draft.body, "废止的文件目录")) << draft.body.substr(0, 3000);
  EXPECT_EQ(officer->Post("/console/items/" + list + "/submit", {}).status, 303);
  int stage = 0;
  for (const char* name : {"reviewer", "qlfushen", "qlzhongshen"}) {
    auto reviewer =
        stage == 0 ? SignInDemo(*server_, name, kPassword) : NewDemoStaff(*server_, name, "reviewer", kPassword);
    ASSERT_TRUE(reviewer) << name;
    reviewer->Get("/console/items/" + list);
    ASSERT_EQ(reviewer->Post("/console/items/" + list + "/approve", {{"comment", ""}}).status, 303) << name;
    ++stage;
  }
  repealed_page = Public("/items/" + repealed_no);
  EXPECT_TRUE(std::regex_search(repealed_page.body, std::regex(R"re(<a href="/items/[^"]+">清理结果</a>)re")))
      << repealed_page.body.substr(0, 6000);
}

}  // namespace
}  // namespace gk::testing
