// The layers of src/ (docs/architecture.md): a module includes only modules
// below it. The web layer knows no domain — the composition root (app/)
// hands each domain its services — and the shared modules know neither.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "testutil/source_tree.h"

namespace gk {
namespace {

struct Rule {
  std::string module;
  std::set<std::string> forbidden;  // modules it must not include
};

// auth/ is a domain too (accounts, sessions, administration): what the web
// layer needs of identity is in access/, below it.
const std::set<std::string> kDomains = {"auth", "catalogue", "applications", "calendar", "supervision", "ratings", "lists",
                                        "tasks", "consultations", "messages", "decisions", "events", "proposals", "opinions",
                                        "reports", "health"};

std::vector<Rule> Rules() {
  std::set<std::string> above_shared = kDomains;
  for (const char* m : {"web", "app", "cli"}) above_shared.insert(m);
  std::vector<Rule> rules;
  for (const char* shared : {"common", "config", "http", "storage", "search", "text", "files", "access"})
    rules.push_back({shared, above_shared});
  std::set<std::string> above_web = kDomains;
  above_web.insert("app");
  above_web.insert("cli");
  rules.push_back({"web", above_web});
  for (const auto& d : kDomains) rules.push_back({d, {"app", "cli"}});
  rules.push_back({"auth", {"catalogue", "applications", "calendar", "supervision", "ratings"}});
  // 好差评 rates applications through a lookup the composition root wires: no include either way.
  rules.push_back({"ratings", {"catalogue", "applications", "supervision"}});
  rules.push_back({"applications", {"ratings"}});
  rules.push_back({"supervision", {"ratings", "applications", "catalogue"}});
  rules.push_back({"catalogue", {"applications", "calendar"}});
  // 公开清单 stand beside the other domains: the composition root links them to the site search.
  rules.push_back({"lists", {"catalogue", "applications", "supervision", "ratings"}});
  rules.push_back({"calendar", {"catalogue", "applications"}});
  // 重点工作 use only auth/ and the shared modules; none of the other domains includes them.
  rules.push_back({"tasks", {"catalogue", "applications", "calendar", "supervision", "ratings", "lists"}});
  for (const char* other : {"catalogue", "applications", "calendar", "supervision", "ratings", "lists"})
    rules.push_back({other, {"tasks"}});
  // 意见征集 publish their adoption report through a function the composition root wires: no other domain either way.
  rules.push_back(
      {"consultations", {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks"}});
  for (const char* other : {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks"})
    rules.push_back({other, {"consultations"}});
  // 留言咨询 likewise: 好差评 rates an answered message through a lookup the composition root wires.
  rules.push_back({"messages",
                   {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks", "consultations"}});
  for (const char* other :
       {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks", "consultations"})
    rules.push_back({other, {"messages"}});
  // The major-decision catalogue links to consultations and items through lookups the composition root wires.
  rules.push_back({"decisions", {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks",
                                 "consultations", "messages"}});
  for (const char* other : {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks",
                            "consultations", "messages"})
    rules.push_back({other, {"decisions"}});
  // Events (听证会, 开放日, 访谈) use only auth/ and the shared modules; no other domain includes them.
  rules.push_back({"events", {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks",
                              "consultations", "messages", "decisions"}});
  for (const char* other : {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks",
                            "consultations", "messages", "decisions"})
    rules.push_back({other, {"events"}});
  // 建议提案 likewise.
  rules.push_back({"proposals", {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks",
                                 "consultations", "messages", "decisions", "events"}});
  for (const char* other : {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks",
                            "consultations", "messages", "decisions", "events"})
    rules.push_back({other, {"proposals"}});
  // The 舆情 register likewise.
  rules.push_back({"opinions", {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks",
                                "consultations", "messages", "decisions", "events", "proposals"}});
  for (const char* other : {"catalogue", "applications", "calendar", "supervision", "ratings", "lists", "tasks",
                            "consultations", "messages", "decisions", "events", "proposals"})
    rules.push_back({other, {"opinions"}});
  // The annual report and the site-health check read the other domains' records through sources the
  // composition root wires (app/report_sources.cc, app/health_sources.cc): they include none of them,
  // and none includes them.
  const std::set<std::string> others = {"catalogue", "applications", "calendar", "supervision", "ratings", "lists",
                                        "tasks", "consultations", "messages", "decisions", "events", "proposals",
                                        "opinions"};
  for (const char* m : {"reports", "health"}) {
    rules.push_back({m, others});
    for (const auto& other : others) rules.push_back({other, {"reports", "health"}});
  }
  rules.push_back({"reports", {"health"}});
  rules.push_back({"health", {"reports"}});
  return rules;
}

// The modules a file includes with #include "module/...".
std::vector<std::string> Included(const std::filesystem::path& file) {
  static const std::regex kInclude(R"re(^\s*#\s*include\s*"([a-z_]+)/)re");
  std::vector<std::string> out;
  std::ifstream in(file);
  std::string line;
  std::smatch m;
  while (std::getline(in, line))
    if (std::regex_search(line, m, kInclude)) out.push_back(m[1]);
  return out;
}

TEST(LayersTest, EveryModuleIncludesOnlyModulesBelowIt) {
  const std::filesystem::path src = std::filesystem::path(testing::SourceDir()) / "src";
  int files_read = 0;
  for (const Rule& rule : Rules()) {
    const auto dir = src / rule.module;
    ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      const auto ext = entry.path().extension();
      if (ext != ".h" && ext != ".cc") continue;
      ++files_read;
      for (const auto& inc : Included(entry.path()))
        EXPECT_FALSE(rule.forbidden.count(inc))
            << entry.path().lexically_relative(src) << " includes " << inc << "/, above " << rule.module << "/";
    }
  }
  EXPECT_GT(files_read, 50);
}

// The check itself: a forbidden include is seen.
TEST(LayersTest, FindsAnInclude) {
  const auto file = std::filesystem::temp_directory_path() / "gk_layers_probe.h";
  {
    std::ofstream out(file);
    out << "#pragma once\n#include <string>\n  #include \"catalogue/service.h\"\n#include \"web/site.h\"\n";
  }
  EXPECT_EQ(Included(file), (std::vector<std::string>{"catalogue", "web"}));
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace gk
