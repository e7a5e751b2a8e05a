// docs/api.md against the real binary: every `$ curl .../api/v1/...` example
// in it is run on the demo installation, and the JSON answered has exactly
// the members the example shows (objects in lists too); for the work plan,
// whose data is fixed, the metadata values match as well.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "testutil/http_client.h"

#include "testutil/source_tree.h"

namespace gk::testing {
namespace {

struct Example {
  std::string target;  // "/api/v1/items?per_page=2"
  std::string json;    // the documented answer's body
};

std::vector<Example> Examples() {
  std::ifstream in(SourceDir() + "/docs/api.md");
  std::vector<Example> out;
  std::string line;
  Example current;
  while (std::getline(in, line)) {
    const std::string marker = "http://127.0.0.1:8080";
    if (line.starts_with("$ curl") && line.find(marker + "/api/v1/") != std::string::npos) {
      std::string target = line.substr(line.find(marker) + marker.size());
      while (!target.empty() && (target.back() == '\'' || target.back() == ' ')) target.pop_back();
      current = {target, ""};
    } else if (!current.target.empty() && line.starts_with("{")) {
      current.json = line;
      out.push_back(current);
      current = {};
    } else if (line.starts_with("```")) {
      current = {};
    }
  }
  return out;
}

std::set<std::string> Keys(const nlohmann::json& j) {
  std::set<std::string> k;
  for (auto it = j.begin(); it != j.end(); ++it) k.insert(it.key());
  return k;
}

// Withdraws a published demo item through the console; returns its 索引号.
std::string WithdrawOne(ServerProcess& server) {
  Browser officer(server.host(), server.port());
  const std::string otp = server.DemoPassword("officer");
  EXPECT_EQ(officer.Login("officer", otp).status, 303);
  officer.Get("/console/password");
  const std::string pw = "Wendang-Ceshi-2026#";
  EXPECT_EQ(officer.Post("/console/password", {{"current", otp}, {"password", pw}, {"password2", pw}}).status, 303);
  std::smatch m;
  std::string list = officer.Get("/console/items?view=published").body;
  if (!std::regex_search(list, m, std::regex(R"re(href="/console/items/(\d+)">关于调整行政审批服务大厅)re"))) return "";
  const std::string id = m[1];
  std::string page = officer.Get("/console/items/" + id).body;
  if (!std::regex_search(page, m, std::regex(R"re(href="/items/([^"]+)")re"))) return "";
  const std::string index_no = m[1];
  EXPECT_EQ(officer.Post("/console/items/" + id + "/withdraw", {{"reason", "以新通告为准"}}).status, 303);
  return index_no;
}

TEST(ApiDocsTest, EveryDocumentedExampleHasTheMembersTheServerAnswers) {
  auto server = ServerProcess::Start();
  const std::string withdrawn = WithdrawOne(*server);
  ASSERT_FALSE(withdrawn.empty());
  auto examples = Examples();
  ASSERT_GE(examples.size(), 4u) << "examples not found in docs/api.md";
  for (const auto& ex : examples) {
    SCOPED_TRACE(ex.target);
    // The documented answer may be shortened with "…" inside strings only.
    auto doc = nlohmann::json::parse(ex.json, nullptr, false);
    ASSERT_FALSE(doc.is_discarded()) << "not JSON in docs/api.md: " << ex.json.substr(0, 200);
    // The withdrawn example's item is withdrawn here first (the demo has none).
    const std::string target = doc.contains("withdrawn_reason") ? "/api/v1/items/" + withdrawn : ex.target;
    auto r = Fetch(server->host(), server->port(), "GET", target);
    auto got = nlohmann::json::parse(r.body, nullptr, false);
    ASSERT_FALSE(got.is_discarded()) << r.body.substr(0, 300);
    if (doc.contains("error")) {
      EXPECT_EQ(r.status, doc["error"]["status"].get<int>());
      EXPECT_EQ(Keys(got["error"]), Keys(doc["error"]));
      continue;
    }
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(Keys(got), Keys(doc));
    for (const char* list : {"items", "draws"}) {
      if (!doc.contains(list)) continue;
      ASSERT_FALSE(got[list].empty()) << list;
      for (const auto& entry : got[list]) EXPECT_EQ(Keys(entry), Keys(doc[list][0])) << list;
    }
    if (doc.value("index_no", "") == "11370100MB28696235/2020-00757") {
      for (const char* k : {"title", "index_no", "published_on", "written_on", "category", "publisher",
                            "publisher_uscc", "doc_no", "validity", "topic", "genre", "summary", "url"})
        EXPECT_EQ(got[k], doc[k]) << k;
      const std::string body = doc["body_markdown"].get<std::string>();
      const std::string shown = body.substr(0, body.find("…"));
      EXPECT_TRUE(got["body_markdown"].get<std::string>().starts_with(shown));
    }
  }
}

}  // namespace
}  // namespace gk::testing
