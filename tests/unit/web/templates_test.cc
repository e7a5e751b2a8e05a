// Rules every template under templates/ must follow: HTML auto-escaping
// declared first, no escaping switched off, no inline script or style (the
// Content-Security-Policy forbids them), and every file parses.
#include <ctemplate/template.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "testutil/source_tree.h"

namespace gk::web {
namespace {

namespace fs = std::filesystem;

std::string TemplatesDir() { return testing::SourceDir() + "/templates"; }

std::string ReadFile(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

struct Template {
  std::string name;  // relative to templates/, '/'-separated
  std::string text;
};

std::vector<Template> AllTemplates() {
  std::vector<Template> out;
  const std::string dir = TemplatesDir();
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    // letters/*.md are Markdown merge templates, not ctemplate (see
    // tests/unit/applications/letters_test.cc).
    if (!it->is_regular_file() || it->path().extension() != ".tpl") continue;
    out.push_back({fs::relative(it->path(), dir).generic_string(), ReadFile(it->path())});
  }
  std::sort(out.begin(), out.end(), [](const Template& a, const Template& b) { return a.name < b.name; });
  return out;
}

// Line number (1-based) of byte offset `pos`.
int LineOf(const std::string& text, size_t pos) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
}

TEST(TemplatesTest, DirectoryFound) {
  auto all = AllTemplates();
  ASSERT_FALSE(all.empty()) << "no templates under " << TemplatesDir();
  // The two layouts and the error page at least.
  std::vector<std::string> names;
  for (const auto& t : all) names.push_back(t.name);
  for (const char* must : {"layouts/public.tpl", "layouts/console.tpl", "errors/error.tpl"})
    EXPECT_NE(std::find(names.begin(), names.end(), must), names.end()) << must;
}

TEST(TemplatesTest, StartWithHtmlAutoescape) {
  const std::string kPragma = "{{%AUTOESCAPE context=\"HTML\"}}";
  for (const auto& t : AllTemplates()) {
    EXPECT_TRUE(t.text.starts_with(kPragma)) << t.name << " must start with exactly " << kPragma;
    // And only once: a second pragma would be ignored or an error.
    EXPECT_EQ(t.text.find("{{%AUTOESCAPE", 1), std::string::npos) << t.name;
  }
}

TEST(TemplatesTest, NoEscapingSwitchedOff) {
  // ":none" turns auto-escaping off for a variable. Only variables named
  // *_HTML may use it: they hold HTML made by our own sanitising renderers
  // (text::RenderMarkdown in safe mode, search snippets), never raw input.
  const std::regex kNone(R"(\{\{([^}:]*)(:[^}]*)?:none[^}]*\}\})");
  for (const auto& t : AllTemplates()) {
    for (auto it = std::sregex_iterator(t.text.begin(), t.text.end(), kNone); it != std::sregex_iterator(); ++it) {
      std::string var = (*it)[1];
      if (!var.ends_with("_HTML"))
        ADD_FAILURE() << t.name << ":" << LineOf(t.text, static_cast<size_t>(it->position(0))) << ": " << it->str(0);
    }
  }
}

TEST(TemplatesTest, NoInlineScript) {
  // <script> elements may only load a file: src= and an empty body.
  const std::regex kScript(R"(<script\b([^>]*)>([\s\S]*?)</script\s*>)", std::regex::icase);
  const std::regex kOnHandler(R"(<[^>]*\son[a-z]+\s*=)", std::regex::icase);
  for (const auto& t : AllTemplates()) {
    for (auto it = std::sregex_iterator(t.text.begin(), t.text.end(), kScript); it != std::sregex_iterator(); ++it) {
      const std::string attrs = (*it)[1].str();
      const std::string body = (*it)[2].str();
      const int line = LineOf(t.text, static_cast<size_t>(it->position(0)));
      EXPECT_NE(attrs.find("src="), std::string::npos) << t.name << ":" << line << ": <script> without src";
      EXPECT_EQ(body.find_first_not_of(" \t\r\n"), std::string::npos)
          << t.name << ":" << line << ": inline script body: " << body;
    }
    std::smatch m;
    if (std::regex_search(t.text, m, kOnHandler))
      ADD_FAILURE() << t.name << ":" << LineOf(t.text, static_cast<size_t>(m.position(0)))
                    << ": inline event handler: " << m.str(0);
    EXPECT_EQ(t.text.find("javascript:"), std::string::npos) << t.name << ": javascript: URL";
  }
}

TEST(TemplatesTest, NoInlineStyle) {
  const std::regex kStyleAttr(R"(\sstyle\s*=)", std::regex::icase);
  const std::regex kStyleElement(R"(<style\b)", std::regex::icase);
  for (const auto& t : AllTemplates()) {
    std::smatch m;
    if (std::regex_search(t.text, m, kStyleAttr))
      ADD_FAILURE() << t.name << ":" << LineOf(t.text, static_cast<size_t>(m.position(0))) << ": style= attribute";
    if (std::regex_search(t.text, m, kStyleElement))
      ADD_FAILURE() << t.name << ":" << LineOf(t.text, static_cast<size_t>(m.position(0))) << ": <style> element";
  }
}

TEST(TemplatesTest, EveryTemplateParses) {
  const std::string dir = TemplatesDir();
  ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(dir);
  for (const auto& t : AllTemplates()) {
    ctemplate::TemplateDictionary empty("empty");
    std::string out;
    EXPECT_TRUE(ctemplate::ExpandTemplate(t.name, ctemplate::DO_NOT_STRIP, &empty, &out))
        << t.name << " does not parse (see ctemplate's message above)";
  }
}

// The layouts carry the page structure the accessibility rules rely on.
TEST(TemplatesTest, LayoutsDeclareLanguageAndLandmarks) {
  for (const auto& t : AllTemplates()) {
    if (!t.name.starts_with("layouts/")) continue;
    EXPECT_NE(t.text.find("lang=\"zh-CN\""), std::string::npos) << t.name;
    EXPECT_NE(t.text.find("<main"), std::string::npos) << t.name;
    EXPECT_NE(t.text.find("charset=\"utf-8\""), std::string::npos) << t.name;
  }
}

}  // namespace
}  // namespace gk::web
