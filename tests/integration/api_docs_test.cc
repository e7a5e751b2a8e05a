// docs/api.md against the real binary: every `$ curl .../api/v1/...` example
// in it is run on the demo installation, and the JSON answered has exactly
// the members the example shows (objects in lists too); for the work plan,
// whose data is fixed, the metadata values match as well. The 行政执法公示
// examples match in every value but their dates, which the demo sets
// relative to the day of `init`.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
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

// `text` with its dates as placeholders: 2026-11-16 → YYYY-MM-DD, the year of
// a 文号 〔2026〕 → 〔YYYY〕.
std::string WithoutDates(const std::string& text) {
  static const std::regex kDay(R"(\d{4}-\d{2}-\d{2})"), kDocYear(R"(〔\d{4}〕)");
  return std::regex_replace(std::regex_replace(text, kDay, "YYYY-MM-DD"), kDocYear, "〔YYYY〕");
}

// The answer has what the documented one has, value for value, dates aside;
// a documented string may end early with "…".
void ExpectSameButDates(const nlohmann::json& doc, const nlohmann::json& got, const std::string& where) {
  if (doc.is_object()) {
    ASSERT_TRUE(got.is_object()) << where;
    EXPECT_EQ(Keys(got), Keys(doc)) << where;
    for (auto it = doc.begin(); it != doc.end(); ++it)
      if (got.contains(it.key())) ExpectSameButDates(it.value(), got[it.key()], where + "." + it.key());
  } else if (doc.is_array()) {
    ASSERT_TRUE(got.is_array()) << where;
    ASSERT_EQ(got.size(), doc.size()) << where;
    for (size_t i = 0; i < doc.size(); ++i) ExpectSameButDates(doc[i], got[i], where + "[" + std::to_string(i) + "]");
  } else if (doc.is_string() && got.is_string()) {
    const std::string d = WithoutDates(doc.get<std::string>()), g = WithoutDates(got.get<std::string>());
    const size_t cut = d.find("…");
    if (cut == std::string::npos) {
      EXPECT_EQ(g, d) << where;
    } else {
      EXPECT_TRUE(g.starts_with(d.substr(0, cut))) << where << ": " << g;
    }
  } else {
    EXPECT_EQ(got, doc) << where;
  }
}

// The members of a documented 行政执法公示 decision of each kind (penalty,
// licence and coercive decisions carry different ones), from the examples.
std::map<std::string, std::set<std::string>> DocumentedDecisionKeys(const std::vector<Example>& examples) {
  std::map<std::string, std::set<std::string>> out;
  for (const auto& ex : examples) {
    if (!ex.target.starts_with("/api/v1/enforcement")) continue;
    auto doc = nlohmann::json::parse(ex.json, nullptr, false);
    if (doc.is_discarded()) continue;
    std::vector<nlohmann::json> decisions = doc.contains("decisions")
                                                ? doc["decisions"].get<std::vector<nlohmann::json>>()
                                                : std::vector<nlohmann::json>{doc};
    for (const auto& d : decisions)
      if (d.contains("kind")) out[d["kind"].get<std::string>()] = Keys(d);
  }
  return out;
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
  const auto decision_keys = DocumentedDecisionKeys(examples);
  for (const char* kind : {"penalty", "licence", "coercive"})
    EXPECT_TRUE(decision_keys.count(kind)) << "no documented 行政执法公示 decision of kind " << kind;
  int enforcement_examples = 0, gone = 0;
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
    // The demo's enforcement decisions are fixed but for their dates: the
    // whole answer is compared, errors (404, 410) included.
    const bool enforcement = ex.target.starts_with("/api/v1/enforcement");
    if (enforcement) {
      ++enforcement_examples;
      ExpectSameButDates(doc, got, ex.target);
    }
    if (doc.contains("error")) {
      EXPECT_EQ(r.status, doc["error"]["status"].get<int>());
      EXPECT_EQ(Keys(got["error"]), Keys(doc["error"]));
      if (enforcement && r.status == 410) ++gone;
      continue;
    }
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(Keys(got), Keys(doc));
    for (const char* list : {"items", "draws", "decisions"}) {
      if (!doc.contains(list)) continue;
      ASSERT_FALSE(got[list].empty()) << list;
      for (const auto& entry : got[list]) {
        if (std::string(list) == "decisions") {
          auto documented = decision_keys.find(entry.value("kind", ""));
          ASSERT_NE(documented, decision_keys.end()) << entry.dump();
          EXPECT_EQ(Keys(entry), documented->second) << list;
        } else {
          EXPECT_EQ(Keys(entry), Keys(doc[list][0])) << list;
        }
      }
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
  // The list and one decision, something never public and something gone.
  EXPECT_GE(enforcement_examples, 4);
  EXPECT_GE(gone, 1) << "no documented 410 of /api/v1/enforcement/{id}";
  // Every decision public in the demo has the members documented for its kind.
  auto all = nlohmann::json::parse(
      Fetch(server->host(), server->port(), "GET", "/api/v1/enforcement?per_page=100").body, nullptr, false);
  ASSERT_TRUE(all.contains("decisions")) << all.dump().substr(0, 300);
  ASSERT_FALSE(all["decisions"].empty());
  for (const auto& d : all["decisions"]) {
    auto documented = decision_keys.find(d.value("kind", ""));
    ASSERT_NE(documented, decision_keys.end()) << d.dump();
    EXPECT_EQ(Keys(d), documented->second) << d.dump();
  }
}

}  // namespace
}  // namespace gk::testing
