// docs/api.md against the real binary: every `$ curl .../api/v1/...` example
// in it is run on the demo installation, and the JSON answered has exactly
// the members the example shows (objects in lists too); for the work plan,
// whose data is fixed, the metadata values match as well. The 行政执法公示
// and 监督抽查 examples match in every value but their dates (and the years
// in titles and 文号), which the demo sets relative to the day of `init`; a
// documented 410 of a notice is checked after the test withdraws that notice
// with the documented reason. The 公开清单 examples match in every value but
// their dates. The 好差评 statistics of a given month match exactly; those
// of the current month depend on the day of the month the demo was
// installed, so they are checked for their shape, their arithmetic and
// their services.
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

// `text` with its dates as placeholders: 2026-11-16 → YYYY-MM-DD, a month
// 2026-12 → YYYY-MM, the year of a 文号 〔2026〕 → 〔YYYY〕, a year in a
// title 2026年 → YYYY年.
std::string WithoutDates(const std::string& text) {
  static const std::regex kDay(R"(\d{4}-\d{2}-\d{2})"), kMonth(R"(\d{4}-\d{2})"), kDocYear(R"(〔\d{4}〕)"),
      kYear(R"(\d{4}年)");
  std::string out = std::regex_replace(text, kDay, "YYYY-MM-DD");
  out = std::regex_replace(out, kMonth, "YYYY-MM");
  out = std::regex_replace(out, kDocYear, "〔YYYY〕");
  return std::regex_replace(out, kYear, "YYYY年");
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

// The documented members of the 监督抽查 row objects: of one notice's rows,
// and of the rows across notices (which also name their notice).
struct DocumentedRowKeys {
  std::set<std::string> in_notice, across;
};
DocumentedRowKeys DocumentedSamplingRowKeys(const std::vector<Example>& examples) {
  DocumentedRowKeys out;
  for (const auto& ex : examples) {
    if (!ex.target.starts_with("/api/v1/sampling/")) continue;
    auto doc = nlohmann::json::parse(ex.json, nullptr, false);
    if (doc.is_discarded() || !doc.contains("results") || doc["results"].empty()) continue;
    (ex.target.starts_with("/api/v1/sampling/results") ? out.across : out.in_notice) = Keys(doc["results"][0]);
  }
  return out;
}

// A 好差评 statistics answer of the current month against the documented
// one: the same members at every level, this month, the levels adding up to
// each line's total (and the lines to the month's), 差评 and 好评率 as the
// levels give them, and only the services the documented answer names.
void ExpectStatsLike(const nlohmann::json& doc, const nlohmann::json& got) {
  ASSERT_TRUE(got.contains("lines") && got.contains("total")) << got.dump().substr(0, 300);
  EXPECT_EQ(Keys(got), Keys(doc));
  EXPECT_EQ(got.value("month", ""), ChinaDateFromToday(0).substr(0, 7));
  ASSERT_FALSE(doc["lines"].empty()) << "the documented current month has no line";
  std::set<std::pair<std::string, std::string>> documented;
  for (const auto& l : doc["lines"]) documented.insert({l.value("subject", ""), l.value("department", "")});
  const std::set<std::string> line_keys = Keys(doc["lines"][0]), level_keys = Keys(doc["lines"][0]["levels"]);
  EXPECT_FALSE(got["lines"].empty()) << "the demo rates services on the day of init";
  auto check = [&](const nlohmann::json& line, const std::string& where) {
    ASSERT_TRUE(line.contains("levels")) << where;
    EXPECT_EQ(Keys(line["levels"]), level_keys) << where;
    int sum = 0;
    for (const auto& n : line["levels"]) sum += n.get<int>();
    const int total = line.value("total", -1), bad = line.value("bad", -1);
    EXPECT_EQ(sum, total) << where;
    EXPECT_EQ(bad, line["levels"].value("不满意", 0) + line["levels"].value("非常不满意", 0)) << where;
    EXPECT_LE(line.value("bad_rectified", -1), bad) << where;
    if (total == 0) {
      EXPECT_TRUE(line["good_rate"].is_null()) << where;
    } else {
      const double rate = ((total - bad) * 1000 + total / 2) / total / 1000.0;
      EXPECT_DOUBLE_EQ(line["good_rate"].get<double>(), rate) << where;
    }
  };
  std::map<std::string, int> sums;
  for (const auto& l : got["lines"]) {
    const std::string where = l.value("subject", "?");
    EXPECT_EQ(Keys(l), line_keys) << where;
    EXPECT_TRUE(documented.count({l.value("subject", ""), l.value("department", "")})) << where;
    check(l, where);
    for (const char* k : {"total", "bad", "bad_rectified"}) sums[k] += l.value(k, 0);
  }
  EXPECT_EQ(Keys(got["total"]), Keys(doc["total"]));
  check(got["total"], "total");
  for (const auto& [k, n] : sums) EXPECT_EQ(got["total"].value(k, -1), n) << k;
}

// Withdraws a published demo item through the console; returns its 索引号.
std::string WithdrawOne(Browser& officer) {
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
  auto officer = SignInDemo(*server, "officer", "Wendang-Ceshi-2026#");
  ASSERT_TRUE(officer.has_value());
  const std::string withdrawn = WithdrawOne(*officer);
  ASSERT_FALSE(withdrawn.empty());
  auto examples = Examples();
  ASSERT_GE(examples.size(), 4u) << "examples not found in docs/api.md";
  const auto decision_keys = DocumentedDecisionKeys(examples);
  for (const char* kind : {"penalty", "licence", "coercive"})
    EXPECT_TRUE(decision_keys.count(kind)) << "no documented 行政执法公示 decision of kind " << kind;
  const auto row_keys = DocumentedSamplingRowKeys(examples);
  EXPECT_FALSE(row_keys.in_notice.empty()) << "no documented row of /api/v1/sampling/{id}";
  EXPECT_FALSE(row_keys.across.empty()) << "no documented row of /api/v1/sampling/results";
  int enforcement_examples = 0, gone = 0, sampling_examples = 0, stats_examples = 0;
  std::vector<std::pair<Example, nlohmann::json>> withdrawn_notices;  // checked after withdrawing them
  for (const auto& ex : examples) {
    SCOPED_TRACE(ex.target);
    // The documented answer may be shortened with "…" inside strings only.
    auto doc = nlohmann::json::parse(ex.json, nullptr, false);
    ASSERT_FALSE(doc.is_discarded()) << "not JSON in docs/api.md: " << ex.json.substr(0, 200);
    const bool enforcement = ex.target.starts_with("/api/v1/enforcement");
    const bool sampling = ex.target.starts_with("/api/v1/sampling");
    const bool stats = ex.target.starts_with("/api/v1/ratings/stats");
    const bool list_entries = ex.target.starts_with("/api/v1/lists/");  // 公开清单: fixed but for dates
    // A withdrawn notice is withdrawn after the other examples, which show it published.
    if (sampling && doc.contains("error") && doc["error"].value("status", 0) == 410) {
      withdrawn_notices.push_back({ex, doc});
      continue;
    }
    // The withdrawn example's item is withdrawn here first (the demo has none).
    const std::string target = doc.contains("withdrawn_reason") ? "/api/v1/items/" + withdrawn : ex.target;
    auto r = Fetch(server->host(), server->port(), "GET", target);
    auto got = nlohmann::json::parse(r.body, nullptr, false);
    ASSERT_FALSE(got.is_discarded()) << r.body.substr(0, 300);
    // The demo's enforcement decisions and sampling notices are fixed but
    // for their dates: the whole answer is compared, errors (404, 410)
    // included; so are the statistics of a month named in the request.
    if (enforcement) ++enforcement_examples;
    if (sampling) ++sampling_examples;
    if (enforcement || sampling || list_entries || (stats && ex.target.find("month=") != std::string::npos)) {
      ExpectSameButDates(doc, got, ex.target);
    } else if (stats) {
      ++stats_examples;
      ExpectStatsLike(doc, got);
    }
    if (doc.contains("error")) {
      EXPECT_EQ(r.status, doc["error"]["status"].get<int>());
      EXPECT_EQ(Keys(got["error"]), Keys(doc["error"]));
      if (enforcement && r.status == 410) ++gone;
      continue;
    }
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(Keys(got), Keys(doc));
    for (const char* list : {"items", "draws", "decisions", "batches", "results", "tasks", "lists", "entries",
                             "consultations", "comments", "messages", "policies", "interpretations", "events", "participants", "proposals", "documents",
                             "decisions", "stages"}) {
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
  // The notices, one notice, rows across notices and a draft; then a withdrawn one.
  EXPECT_GE(sampling_examples, 4);
  EXPECT_GE(stats_examples, 1) << "no documented /api/v1/ratings/stats of the current month";
  ASSERT_EQ(withdrawn_notices.size(), 1u) << "no documented 410 of /api/v1/sampling/{id}";
  for (const auto& [ex, doc] : withdrawn_notices) {
    SCOPED_TRACE(ex.target);
    const std::string id = ex.target.substr(ex.target.rfind('/') + 1);
    const std::string message = doc["error"].value("message", "");
    const std::string because = "原因：";
    const size_t why = message.find(because);
    ASSERT_NE(why, std::string::npos) << message;
    officer->Get("/console/sampling/" + id);
    EXPECT_EQ(
        officer->Post("/console/sampling/" + id + "/withdraw", {{"reason", message.substr(why + because.size())}}).status,
        303);
    auto r = Fetch(server->host(), server->port(), "GET", ex.target);
    EXPECT_EQ(r.status, 410);
    auto got = nlohmann::json::parse(r.body, nullptr, false);
    ASSERT_FALSE(got.is_discarded()) << r.body.substr(0, 300);
    ExpectSameButDates(doc, got, ex.target);
  }
  // Every row public in the demo has the members documented for its route.
  auto rows = nlohmann::json::parse(
      Fetch(server->host(), server->port(), "GET", "/api/v1/sampling/results?per_page=100").body, nullptr, false);
  ASSERT_TRUE(rows.contains("results")) << rows.dump().substr(0, 300);
  ASSERT_FALSE(rows["results"].empty());
  for (const auto& row : rows["results"]) EXPECT_EQ(Keys(row), row_keys.across) << row.dump();
  auto notice = nlohmann::json::parse(Fetch(server->host(), server->port(), "GET", "/api/v1/sampling/2").body,
                                      nullptr, false);
  ASSERT_TRUE(notice.contains("results")) << notice.dump().substr(0, 300);
  for (const auto& row : notice["results"]) EXPECT_EQ(Keys(row), row_keys.in_notice) << row.dump();
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
