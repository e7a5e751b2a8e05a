#include "search/query_builder.h"

#include <gtest/gtest.h>

#include <string>

namespace gk::search::internal {
namespace {

std::string Parsed(const std::string& text) {
  Xapian::Database empty;
  return LeanNgrams(ParseText(text, empty)).get_description();
}

// The unigrams of CJK n-gram matching are dropped wherever a bigram of the
// same AND implies them; everything else stays as the parser made it.
TEST(QueryBuilderTest, LeanNgramsKeepsOnlyWhatChangesTheMatches) {
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"食品安全", "Query((食品@1 AND 品安@1 AND 安全@1))"},
      {"知识产权 商标", "Query((知识@1 AND 识产@1 AND 产权@1 AND 商标@2))"},
      // One character typed alone has no bigram: it stays.
      {"药", "Query(药@1)"},
      {"药 食品", "Query((药@1 AND 食品@2))"},
      {"abc食品", "Query((abc@1 AND 食品@2))"},
      {"食品 OR 药品", "Query((食品@1 OR 药品@2))"},
      {"食品 -药品", "Query((食品@1 AND_NOT 药品@2))"},
      {"title:食品安全", "Query((S食品@1 AND S品安@1 AND S安全@1))"},
      // A title unigram is not implied by a body bigram.
      {"title:药 药品", "Query((S药@1 AND 药品@2))"},
      // Phrases keep their unigrams: positions are what they match.
      {"\"食品安全\"", "Query((食@1 PHRASE 4 品@1 PHRASE 4 安@1 PHRASE 4 全@1))"},
  };
  for (const Case& c : cases) EXPECT_EQ(Parsed(c.text), c.want) << c.text;
}

TEST(QueryBuilderTest, BracketCjkRunsWrapsEachRunOfCjkWordCharacters) {
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"食品a", "(食品)a"},
      {"a 食品 b", "a (食品) b"},
      {"2026年食品，安全", "2026(年食品)，(安全)"},
      {"title:食品", "title:(食品)"},
      {"\"食品 安全\"", "\"(食品) (安全)\""},
      // Full-width letters are CJK to the parser.
      {"食品Ａ", "(食品Ａ)"},
      {"abc", "abc"},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(BracketCjkRuns(c.text), c.want) << c.text;
}

// Found by the query_builder fuzzer: Xapian throws "parse error" on a word
// followed by CJK text run into Latin ("a 食品a"), and when the text also
// starts with an operator the throw leaks (LeakSanitizer, 96 bytes a
// request). Both now parse as the words typed.
TEST(QueryBuilderTest, WordsOnBothSidesOfCjkTextParse) {
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"a 食品 b", "Query((a@1 AND 食品@2 AND b@3))"},
      {"a 食品a", "Query((a@1 AND 食品@2 AND a@3))"},
      {"GB 食品 2760", "Query((gb@1 AND 食品@2 AND 2760@3))"},
      {"a 〇 b", "Query((a@1 AND 〇@2 AND b@3))"},
      {"a title:食品 b", "Query((a@1 AND S食品@2 AND b@3))"},
      {"a 食品 OR b", "Query(((a@1 AND 食品@2) OR b@3))"},
      {"\"a 食品 b\"", "Query((a@1 PHRASE 4 食@2 PHRASE 4 品@2 PHRASE 4 b@3))"},
  };
  for (const Case& c : cases) EXPECT_EQ(Parsed(c.text), c.want) << c.text;
  // A leading operator is a syntax error, retried as plain words.
  EXPECT_NE(Parsed("NOT a 食品a"), "Query()");
}

// NEAR and ADJ are words, not operators: Xapian 1.4.22 leaks on "-a NEAR b c"
// (the query_builder fuzzer's finding; make test-sanitize checks the leak).
TEST(QueryBuilderTest, ProximityOperatorsAreReadAsWords) {
  EXPECT_EQ(DisarmProximity("-a NEAR b c ADJ/3 d"), "-a near b c adj/3 d");
  EXPECT_EQ(DisarmProximity("NEARBY ADJUST XNEAR 食品NEAR"), "NEARBY ADJUST XNEAR 食品NEAR");
  for (const char* text : {"-a NEAR b c", "-d NEAR 3 O", "-a NEAR/3 b c"}) {
    const std::string q = Parsed(text);
    EXPECT_EQ(q.find("NEAR"), std::string::npos) << text << ": " << q;
    EXPECT_NE(q.find("near@"), std::string::npos) << text << ": " << q;
  }
}

}  // namespace
}  // namespace gk::search::internal
