// The human check shared by the public forms (web/human_check.h), on SQLite
// and (with GK_TEST_PG_URL) PostgreSQL, and its partial template.
#include "web/human_check.h"

#include <ctemplate/template.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <regex>
#include <string>

#include "testutil/source_tree.h"
#include "testutil/test_db.h"

namespace gk::web {
namespace {

constexpr int64_t kNow = 1764136800;

// The answer to a question "三加五等于几？…".
std::string Answer(const std::string& question) {
  static const std::map<std::string, int> digits = {{"一", 1}, {"二", 2}, {"三", 3}, {"四", 4}, {"五", 5},
                                                    {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}};
  std::smatch m;
  if (!std::regex_search(question, m, std::regex("^(一|二|三|四|五|六|七|八|九)加(一|二|三|四|五|六|七|八|九)等于几")))
    return "";
  return std::to_string(digits.at(m[1]) + digits.at(m[2]));
}

class HumanCheckTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    test_db_ = std::make_unique<testing::TestDatabase>(GetParam());
    if (!test_db_->db()) {
      if (GetParam() == storage::Backend::kPostgres && !testing::PgUrl()) GTEST_SKIP() << "GK_TEST_PG_URL not set";
      FAIL() << test_db_->error();
    }
  }
  storage::Database& db() { return *test_db_->db(); }
  std::unique_ptr<testing::TestDatabase> test_db_;
};

TEST_P(HumanCheckTest, RightAnswerPassesOnce) {
  HumanCheck c = NewHumanCheck(db(), kNow);
  const std::string answer = Answer(c.question);
  ASSERT_FALSE(answer.empty()) << c.question;
  EXPECT_TRUE(HumanCheckPasses(db(), c.token, " " + answer + " ", kNow + 10));  // trimmed
  // Spent: the same solved sum does not carry a second form.
  EXPECT_FALSE(HumanCheckPasses(db(), c.token, answer, kNow + 20));
}

TEST_P(HumanCheckTest, WrongAnswerDoesNotSpendTheToken) {
  HumanCheck c = NewHumanCheck(db(), kNow);
  const std::string answer = Answer(c.question);
  EXPECT_FALSE(HumanCheckPasses(db(), c.token, "99", kNow));
  EXPECT_FALSE(HumanCheckPasses(db(), c.token, "", kNow));
  EXPECT_TRUE(HumanCheckPasses(db(), c.token, answer, kNow));
}

TEST_P(HumanCheckTest, ExpiresAfterTwoHours) {
  HumanCheck c = NewHumanCheck(db(), kNow);
  EXPECT_FALSE(HumanCheckPasses(db(), c.token, Answer(c.question), kNow + kHumanCheckSeconds + 1));
  HumanCheck d = NewHumanCheck(db(), kNow);
  EXPECT_TRUE(HumanCheckPasses(db(), d.token, Answer(d.question), kNow + kHumanCheckSeconds));
}

TEST_P(HumanCheckTest, TokensAreTheirOwnAndCannotBeForged) {
  HumanCheck a = NewHumanCheck(db(), kNow), b = NewHumanCheck(db(), kNow);
  EXPECT_NE(a.token, b.token);
  const std::string answer = Answer(a.question);
  // Another expiry with the same signature, or no signature at all.
  const size_t dash = a.token.find('-');
  ASSERT_NE(dash, std::string::npos);
  const std::string later = std::to_string(kNow + 10 * kHumanCheckSeconds) + a.token.substr(dash);
  EXPECT_FALSE(HumanCheckPasses(db(), later, answer, kNow));
  EXPECT_FALSE(HumanCheckPasses(db(), a.token.substr(0, a.token.find('.')), answer, kNow));
  EXPECT_FALSE(HumanCheckPasses(db(), "", answer, kNow));
  EXPECT_FALSE(HumanCheckPasses(db(), "x.y", answer, kNow));
  EXPECT_TRUE(HumanCheckPasses(db(), a.token, answer, kNow));
}

TEST_P(HumanCheckTest, VerifyReportsUnderTheAnswerField) {
  HumanCheck c = NewHumanCheck(db(), kNow);
  http::Request req;
  req.form = {{"check_token", c.token}, {"check_answer", "99"}};
  FieldErrors errors;
  EXPECT_FALSE(VerifyHumanCheck(db(), req, kNow, &errors));
  EXPECT_EQ(errors.Get(kHumanCheckField), kHumanCheckRefused);
  req.form = {{"check_token", c.token}, {"check_answer", Answer(c.question)}};
  FieldErrors none;
  EXPECT_TRUE(VerifyHumanCheck(db(), req, kNow, &none));
  EXPECT_TRUE(none.empty());
}

// The shared partial: the question, the token, and the refusal beside the field.
TEST_P(HumanCheckTest, PartialShowsQuestionTokenAndError) {
  ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(testing::SourceDir() + "/templates");
  // False when an earlier backend's run put it in the cache already.
  (void)ctemplate::StringToTemplateCache("human_check_test_form",
                                         "{{%AUTOESCAPE context=\"HTML\"}}<form>{{>HUMAN_CHECK}}</form>",
                                         ctemplate::DO_NOT_STRIP);
  FieldErrors errors;
  errors.Add(kHumanCheckField, kHumanCheckRefused);
  ctemplate::TemplateDictionary d("form");
  AddHumanCheck(d, db(), kNow, errors);
  std::string html;
  ASSERT_TRUE(ctemplate::ExpandTemplate("human_check_test_form", ctemplate::DO_NOT_STRIP, &d, &html));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(html, m, std::regex("验证题：([^<]+)</label>"))) << html;
  const std::string answer = Answer(m[1]);
  EXPECT_FALSE(answer.empty()) << html;
  EXPECT_NE(html.find(kHumanCheckRefused), std::string::npos) << html;
  EXPECT_NE(html.find("aria-invalid=\"true\""), std::string::npos) << html;
  ASSERT_TRUE(std::regex_search(html, m, std::regex("name=\"check_token\" value=\"([^\"]+)\""))) << html;
  EXPECT_TRUE(HumanCheckPasses(db(), m[1], answer, kNow));

  ctemplate::TemplateDictionary clean("form");
  AddHumanCheck(clean, db(), kNow);
  html.clear();
  ASSERT_TRUE(ctemplate::ExpandTemplate("human_check_test_form", ctemplate::DO_NOT_STRIP, &clean, &html));
  EXPECT_EQ(html.find("field-error"), std::string::npos) << html;
}

INSTANTIATE_TEST_SUITE_P(Backends, HumanCheckTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const auto& info) {
                           return info.param == storage::Backend::kSqlite ? std::string("Sqlite")
                                                                          : std::string("Postgres");
                         });

}  // namespace
}  // namespace gk::web
