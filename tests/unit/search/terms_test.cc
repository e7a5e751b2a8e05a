#include "search/terms.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace gk::search::internal {
namespace {

TEST(TermsTest, NormalizeIdentifier) {
  struct Case {
    const char* in;
    const char* want;
  } const cases[] = {
      {"济市监发〔2020〕12号", "济市监发〔2020〕12号"},
      {"济市监发[2020]12号", "济市监发〔2020〕12号"},
      {"济市监发［2020］12号", "济市监发〔2020〕12号"},  // full-width brackets
      {"济市监发（2020）12号", "济市监发〔2020〕12号"},
      {"济市监发【2020】12号", "济市监发〔2020〕12号"},
      {" 济市监发 〔2020〕 12号　", "济市监发〔2020〕12号"},  // incl. U+3000
      {"11370100MB28696235/2020-00757", "11370100mb28696235/2020-00757"},
      {"１１３７０１００ＭＢ28696235／2020－00757", "11370100mb28696235/2020-00757"},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeIdentifier(c.in), c.want) << c.in;
}

// Both the indexer (ascii_quotes) and the query (not: " is query syntax).
TEST(TermsTest, FoldText) {
  struct Case {
    const char* in;
    bool ascii_quotes;
    const char* want;
  } const cases[] = {
      {"关于“放心”消费创建", false, "关于放心消费创建"},
      {"《中华人民共和国食品安全法》解读", false, "《中华人民共和国食品安全法解读"},
      {"「放心」『消费』", false, "「放心消费』"},
      {"关于\"放心\"消费", true, "关于放心消费"},
      {"关于\"放心\"消费", false, "关于\"放心\"消费"},  // a phrase, as typed
      {"ＡＢＣ１２３型", false, "ABC123型"},
      {"ａｂｃ", false, "abc"},
      {"“ABC”消费", false, "“ABC”消费"},           // not between CJK characters
      {"消费“ 放心”", false, "消费“ 放心”"},       // a space is not a mark
      {"（２０２０）－１", false, "（2020）－1"},  // full-width punctuation stays
      {"", true, ""},
  };
  for (const Case& c : cases) EXPECT_EQ(FoldText(c.in, c.ascii_quotes), c.want) << c.in;
}

TEST(TermsTest, ContainsCjk) {
  EXPECT_TRUE(ContainsCjk("ISO9001认证"));
  EXPECT_FALSE(ContainsCjk("ISO 9001 〔〕，。"));  // punctuation is not n-grammed
  EXPECT_FALSE(ContainsCjk(""));
}

TEST(TermsTest, ShortestCjkRun) {
  EXPECT_EQ(ShortestCjkRun("食品 抽查"), 2u);
  EXPECT_EQ(ShortestCjkRun("食品安全 药"), 1u);
  EXPECT_EQ(ShortestCjkRun("ISO9001认证工作"), 4u);
  EXPECT_EQ(ShortestCjkRun("ISO9001"), 0u);
}

TEST(TermsTest, UnmarkLoneCjk) {
  EXPECT_EQ(UnmarkLoneCjk("<m>食</m>用<m>食品</m><m>a</m><m>品</m>", "<m>", "</m>"), "食用<m>食品</m><m>a</m>品");
  EXPECT_EQ(UnmarkLoneCjk("<m></m><m>", "<m>", "</m>"), "<m></m><m>");
}

TEST(TermsTest, Utf8PrefixNeverCutsACharacter) {
  std::string s = "食品安全";  // 3 bytes each
  EXPECT_EQ(Utf8Prefix(s, 100), s);
  EXPECT_EQ(Utf8Prefix(s, 7), "食品");
  EXPECT_EQ(Utf8Prefix(s, 6), "食品");
  EXPECT_EQ(Utf8Prefix(s, 2), "");
}

// Date order's partitions: the month in China time, six digits so that the
// terms sort by time, and every unix time has one.
TEST(TermsTest, MonthTermIsTheChinaMonth) {
  EXPECT_EQ(MonthTerm(1580486400 - 1), "XM202001");  // 2020-01-31 23:59:59 China
  EXPECT_EQ(MonthTerm(1580486400), "XM202002");      // 2020-02-01 00:00:00 China
  EXPECT_EQ(MonthTerm(1600214400), "XM202009");
  EXPECT_EQ(MonthTerm(0), "XM197001");
  EXPECT_EQ(MonthTerm(-86400), "XM197001");
  EXPECT_EQ(MonthTerm(INT64_MAX), "XM999912");
  EXPECT_LT(MonthTerm(1000000000), MonthTerm(2000000000));
  EXPECT_EQ(PartitionYearTerm(1580486400), "XP2020");
  EXPECT_EQ(PartitionYearTerm(1609430400 - 1), "XP2020");  // 2020-12-31 23:59:59 China
  EXPECT_EQ(PartitionYearTerm(1609430400), "XP2021");
}

TEST(TermsTest, LongIdentifiersAreNotTerms) {
  EXPECT_EQ(BooleanTerm("XD", std::string(300, 'x')), "");
  EXPECT_EQ(BooleanTerm("XD", "abc"), "XDabc");
}

TEST(TermsTest, StoredFieldsRoundTrip) {
  Document d;
  d.id = 42;
  d.title = "标题";
  d.url = "/a";
  d.index_no = "1/2020-1";
  d.published_at = 1600000000;
  d.summary = "概述";
  d.body_text = std::string(10000, 'x');
  StoredFields f = DecodeStored(EncodeStored(d));
  EXPECT_EQ(f.id, 42);
  EXPECT_EQ(f.title, "标题");
  EXPECT_EQ(f.url, "/a");
  EXPECT_EQ(f.index_no, "1/2020-1");
  EXPECT_EQ(f.published_at, 1600000000);
  EXPECT_EQ(f.text.rfind("概述\n", 0), 0u);
  EXPECT_EQ(f.text.size(), kSnippetSourceBytes);
  EXPECT_EQ(DecodeStored("not stored data").id, 0);
  std::string data = EncodeStored(d);
  for (size_t cut = 0; cut < 40; ++cut) {  // truncated data never reads out of bounds
    EXPECT_EQ(DecodeStored(data.substr(0, cut)).title, "") << cut;
  }
}

}  // namespace
}  // namespace gk::search::internal
