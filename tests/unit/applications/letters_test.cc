// The letter templates (templates/letters/, contract in its README.md), the
// letter kind each action issues, and the {{placeholder}} merger.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "applications/letters.h"
#include "applications/model.h"
#include "applications/workflow.h"

#include "testutil/source_tree.h"

namespace gk::applications {
namespace {

namespace fs = std::filesystem;

fs::path LettersDir() { return fs::path(testing::SourceDir()) / "templates" / "letters"; }

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The placeholders templates/letters/README.md allows: the contract.
const std::set<std::string>& AllowedPlaceholders() {
  static const std::set<std::string> k = {
      "agency_name",      "agency_address",   "agency_phone",         "letter_no",      "today",
      "applicant_name",   "application_no",   "submitted_on",         "received_on",    "description",
      "due_on",           "correction_items", "correction_until",     "extension_days", "extended_due_on",
      "extension_reason", "third_party",      "consultation_until",   "fee_method",     "fee_amount",
      "fee_working",      "fee_pay_until",    "explanation",          "public_link",    "holder_agency",
      "withheld",         "legal_basis",      "reconsideration_body", "court",
  };
  return k;
}

// The letter kinds of model.h: five notices and one reply per outcome.
std::set<std::string> ExpectedKinds() {
  std::set<std::string> k = {"acknowledgement", "correction", "extension", "consultation", "fee"};
  for (Outcome o : AllOutcomes())
    k.insert("reply-" + std::to_string(o.row) + (o.sub ? "-" + std::to_string(o.sub) : std::string()));
  return k;
}

struct Template {
  std::string kind;  // file name without ".md"
  std::string text;
};

std::vector<Template> Templates() {
  std::vector<Template> out;
  for (const auto& entry : fs::directory_iterator(LettersDir())) {
    const fs::path& p = entry.path();
    if (p.extension() != ".md" || p.filename() == "README.md") continue;
    out.push_back({p.stem().string(), ReadFile(p)});
  }
  std::sort(out.begin(), out.end(), [](const Template& a, const Template& b) { return a.kind < b.kind; });
  return out;
}

// Every "{{...}}" in `text`; a "{{" without "}}" is reported as "<unclosed>".
std::vector<std::string> Placeholders(const std::string& text) {
  std::vector<std::string> names;
  for (size_t pos = text.find("{{"); pos != std::string::npos; pos = text.find("{{", pos)) {
    const size_t close = text.find("}}", pos + 2);
    if (close == std::string::npos) {
      names.push_back("<unclosed>");
      break;
    }
    names.push_back(text.substr(pos + 2, close - pos - 2));
    pos = close + 2;
  }
  return names;
}

// Paragraphs: blocks separated by blank lines, trimmed of their line breaks.
std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string block;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!block.empty()) out.push_back(block);
      block.clear();
    } else {
      block += block.empty() ? line : "\n" + line;
    }
  }
  if (!block.empty()) out.push_back(block);
  return out;
}

bool FileExists(const std::string& kind) { return fs::is_regular_file(LettersDir() / (kind + ".md")); }

// ---------------------------------------------------------------------------
// The templates

TEST(ApplicationLettersTest, OneTemplatePerKind) {
  std::set<std::string> found;
  for (const auto& t : Templates()) found.insert(t.kind);
  EXPECT_EQ(found, ExpectedKinds());
  EXPECT_EQ(found.size(), 26u);  // 5 notices + 21 replies
}

TEST(ApplicationLettersTest, PlaceholdersAreTheAllowedNames) {
  const auto templates = Templates();
  ASSERT_FALSE(templates.empty()) << LettersDir();
  for (const auto& t : templates) {
    const auto names = Placeholders(t.text);
    EXPECT_FALSE(names.empty()) << t.kind;
    for (const auto& name : names) EXPECT_TRUE(AllowedPlaceholders().count(name)) << t.kind << ": {{" << name << "}}";
    // No stray closing braces either.
    size_t opens = 0, closes = 0;
    for (size_t p = t.text.find("{{"); p != std::string::npos; p = t.text.find("{{", p + 2)) ++opens;
    for (size_t p = t.text.find("}}"); p != std::string::npos; p = t.text.find("}}", p + 2)) ++closes;
    EXPECT_EQ(opens, closes) << t.kind;
  }
}

TEST(ApplicationLettersTest, TitleOnTheFirstLine) {
  for (const auto& t : Templates()) {
    ASSERT_TRUE(t.text.starts_with("# ")) << t.kind;
    const std::string title = t.text.substr(2, t.text.find('\n') - 2);
    EXPECT_FALSE(title.empty()) << t.kind;
    // The title is the letter kind's label (all replies share one).
    LetterType type;
    ASSERT_TRUE(ParseLetterType(t.kind, &type)) << t.kind;
    EXPECT_EQ(title, LetterTypeLabel(type)) << t.kind;
  }
}

TEST(ApplicationLettersTest, LayoutOfTheReadme) {
  for (const auto& t : Templates()) {
    const auto p = Paragraphs(t.text);
    ASSERT_GE(p.size(), 6u) << t.kind;
    EXPECT_EQ(p[1], "{{letter_no}}") << t.kind;
    const bool consultation = t.kind == "consultation";
    EXPECT_EQ(p[2], consultation ? "{{third_party}}：" : "{{applicant_name}}：") << t.kind;
    EXPECT_EQ(p[p.size() - 2], "{{agency_name}}") << t.kind;
    EXPECT_EQ(p[p.size() - 1], "{{today}}") << t.kind;
    if (consultation) {
      EXPECT_EQ(t.text.find("{{applicant_name}}"), std::string::npos);
    }
    // Reply letters name where to appeal.
    if (t.kind.starts_with("reply-")) {
      EXPECT_NE(t.text.find("{{reconsideration_body}}"), std::string::npos) << t.kind;
      EXPECT_NE(t.text.find("行政复议"), std::string::npos) << t.kind;
    }
  }
}

// ---------------------------------------------------------------------------
// Letter kinds of the actions

// The stored kinds and template names round-trip; nothing else parses.
TEST(ApplicationLettersTest, LetterTypeCodesRoundTrip) {
  for (const auto& code : ExpectedKinds()) {
    LetterType type;
    ASSERT_TRUE(ParseLetterType(code, &type)) << code;
    EXPECT_EQ(LetterTypeCode(type), code);
    EXPECT_EQ(type.kind == LetterKind::kReply, code.starts_with("reply-")) << code;
  }
  for (const char* bad : {"", "reply", "reply-3", "reply-3-9", "reply-1-1", "reply-7", "Fee", "fee "}) {
    LetterType type = ReplyLetter({1, 0});
    EXPECT_FALSE(ParseLetterType(bad, &type)) << bad;
    EXPECT_TRUE(type == ReplyLetter({1, 0})) << "unchanged on failure: " << bad;
  }
}

TEST(ApplicationLettersTest, EveryOutcomeHasAReplyTemplate) {
  std::set<std::string> kinds;
  for (Outcome o : AllOutcomes()) {
    const auto letter = ActionLetter(Action::kDraftDecision, o);
    ASSERT_TRUE(letter.has_value()) << OutcomeCode(o);
    const std::string kind = LetterTypeCode(*letter);
    EXPECT_TRUE(kind.starts_with("reply-")) << OutcomeCode(o) << " → " << kind;
    EXPECT_TRUE(FileExists(kind)) << OutcomeCode(o) << " → " << kind;
    kinds.insert(kind);
  }
  EXPECT_EQ(kinds.size(), AllOutcomes().size()) << "one template per outcome";
  EXPECT_EQ(LetterTypeCode(*ActionLetter(Action::kDraftDecision, Outcome{3, 4})), "reply-3-4");
  EXPECT_EQ(LetterTypeCode(*ActionLetter(Action::kDraftDecision, Outcome{1, 0})), "reply-1");
  for (std::optional<Outcome> bad : {std::optional<Outcome>(), std::optional<Outcome>(Outcome{3, 9}),
                                     std::optional<Outcome>(Outcome{7, 0}), std::optional<Outcome>(Outcome{3, 0})})
    EXPECT_FALSE(ActionLetter(Action::kDraftDecision, bad).has_value()) << (bad ? OutcomeCode(*bad) : "none");
}

TEST(ApplicationLettersTest, NoticesOfTheActionsHaveTemplates) {
  const std::pair<Action, const char*> cases[] = {
      {Action::kReceive, "acknowledgement"},
      {Action::kRequestCorrection, "correction"},
      {Action::kExtend, "extension"},
      {Action::kSendConsultation, "consultation"},
      {Action::kNotifyFee, "fee"},
      // Lapses close as 其他处理·1 and ·2 (RULES.md §1 Art. 30, §2).
      {Action::kLapseCorrection, "reply-6-1"},
      {Action::kLapseFee, "reply-6-2"},
  };
  for (const auto& [action, expected] : cases) {
    const auto letter = ActionLetter(action);
    ASSERT_TRUE(letter.has_value()) << ActionCode(action);
    const std::string kind = LetterTypeCode(*letter);
    EXPECT_EQ(kind, expected) << ActionCode(action);
    EXPECT_TRUE(FileExists(kind)) << ActionCode(action) << " → " << kind;
    // Replies are drafted for sign-off; their drafter may not sign them.
    EXPECT_EQ(DraftsReply(action), kind.starts_with("reply-")) << ActionCode(action);
  }
  EXPECT_TRUE(DraftsReply(Action::kDraftDecision));
  // Every other action writes no letter.
  for (Action a : AllActions()) {
    const bool listed = std::any_of(std::begin(cases), std::end(cases), [&](const auto& c) { return c.first == a; });
    if (!listed && a != Action::kDraftDecision) {
      EXPECT_FALSE(ActionLetter(a).has_value()) << ActionCode(a);
    }
  }
}

// ---------------------------------------------------------------------------
// Merge

TEST(ApplicationLettersTest, MergeReplacesKnownNamesAndKeepsOthers) {
  const std::map<std::string, std::string> values = {
      {"applicant_name", "张三"}, {"today", "2026年11月26日"}, {"empty", ""}, {"braces", "{{today}}"}};
  struct Case {
    const char* text;
    const char* merged;
  };
  const Case cases[] = {
      {"", ""},
      {"没有占位符。", "没有占位符。"},
      {"{{applicant_name}}：", "张三："},
      {"{{applicant_name}}{{today}}", "张三2026年11月26日"},
      {"{{ applicant_name }}：", "张三："},
      {"{{  today\t}}", "2026年11月26日"},
      {"{{unknown}}，{{applicant_name}}", "{{unknown}}，张三"},
      {"{{ unknown }}", "{{ unknown }}"},
      {"[{{empty}}]", "[]"},
      // Values are not merged again, and their braces become character
      // references: no value can turn into a placeholder later.
      {"{{braces}}", "&#123;&#123;today&#125;&#125;"},
      {"{{applicant_name}}，{{today", "张三，{{today"},
      {"{{", "{{"},
      {"}}{{applicant_name}}", "}}张三"},
      {"a {{applicant_name}} b {{applicant_name}} c", "a 张三 b 张三 c"},
  };
  for (const Case& c : cases) EXPECT_EQ(LetterService::Merge(c.text, values), c.merged) << c.text;
}

TEST(ApplicationLettersTest, MergingEveryAllowedNameLeavesNoPlaceholder) {
  std::map<std::string, std::string> values;
  for (const auto& name : AllowedPlaceholders()) values[name] = "〔" + name + "〕";
  for (const auto& t : Templates()) {
    const std::string merged = LetterService::Merge(t.text, values);
    EXPECT_EQ(merged.find("{{"), std::string::npos) << t.kind;
    EXPECT_EQ(merged.find("}}"), std::string::npos) << t.kind;
    EXPECT_NE(merged.find("〔agency_name〕"), std::string::npos) << t.kind;
  }
}

}  // namespace
}  // namespace gk::applications
