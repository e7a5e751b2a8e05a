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

}  // namespace
}  // namespace gk::search::internal
