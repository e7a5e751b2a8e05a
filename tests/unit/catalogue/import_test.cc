// Parsing and checking import files (CSV and JSON Lines) without a database:
// the context stands in for the agencies, columns and numbers in use.
#include "catalogue/import.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/clock.h"

namespace gk::catalogue {
namespace {

constexpr char kBureau[] = "11370100MB28696235";
constexpr char kBom[] = "\xEF\xBB\xBF";

class ImportTest : public ::testing::Test {
 protected:
  ImportTest() : service_(nullptr, clock_, {}) {
    context_.agencies = {{1, "济南市市场监督管理局", "市场监管局", kBureau, 0, 0, 0},
                         {2, "历下区市场监督管理局", "历下区局", "11370102MB2869623X", 1, 0, 0}};
    context_.columns[1] = {{10, 1, 0, "tzgg", "通知公告", ColumnKind::kList, 1},
                           {11, 1, 0, "xxgk-zd", "政府信息公开制度", ColumnKind::kList, 2}};
    context_.columns[2] = {{20, 2, 0, "gzdt", "工作动态", ColumnKind::kList, 1}};
    context_.index_no_taken = [](const std::string& no) { return no == "11370100MB28696235/2020-00757"; };
  }

  ImportPlan Plan(const std::string& name, const std::string& content) {
    auto plan = PlanImport(name, content, context_, service_);
    EXPECT_TRUE(plan.ok()) << plan.status().message();
    return plan.ok() ? plan.value() : ImportPlan{};
  }

  // Every rejection, formatted, one per line.
  static std::string Rejections(const ImportPlan& plan) {
    std::string text;
    for (const auto& r : plan.rejected) text += FormatRejection(r) + "\n";
    return text;
  }

  FakeClock clock_{0};
  CatalogueService service_;
  ImportContext context_;
};

TEST(CsvTest, QuotingFollowsRfc4180AndRecordsStartLines) {
  std::vector<CsvRecord> records;
  int error_line = 0;
  ASSERT_TRUE(ParseCsv("a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n", &records, &error_line));
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].line, 2);
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"x,1", "say \"hi\"", "two\nlines"}));
  EXPECT_EQ(records[2].line, 4);
  EXPECT_EQ(records[2].fields, (std::vector<std::string>{"last", "", ""}));
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"a", "b", "c"}));
}

TEST(CsvTest, SkipsTheBomAndReportsAnUnterminatedQuote) {
  std::vector<CsvRecord> records;
  int error_line = 0;
  ASSERT_TRUE(ParseCsv(std::string(kBom) + "索引号\n1\n", &records, &error_line));
  EXPECT_EQ(records[0].fields[0], "索引号");
  records.clear();
  EXPECT_FALSE(ParseCsv("a\nb\n\"open\nstill open\n", &records, &error_line));
  EXPECT_EQ(error_line, 3);
}

TEST_F(ImportTest, CsvWithChineseHeadersAndBom) {
  auto plan = Plan("items.CSV", std::string(kBom) +
                                    "索引号,标题,发布机构代码,发文字号,统一编号,成文日期,发布日期,有效性,主题分类,"
                                    "组配分类,体裁,第二十条,关键词,内容概述,栏目,正文\n" +
                                    kBureau +
                                    "/2021-00001,\"关于“食品安全”抽检的通告\",11370100mb28696235,济市监发〔2021〕1号,"
                                    "SDAC01-2021-0001,2021-01-04,2021-01-05,有效,综合政务,通知公告,通告,（十三）,"
                                    "食品;抽检,抽检结果,tzgg、政府信息公开制度,\"# 标题\n\n正文\"\n");
  ASSERT_TRUE(plan.rejected.empty()) << Rejections(plan);
  ASSERT_EQ(plan.items.size(), 1u);
  const Item& item = plan.items[0];
  EXPECT_EQ(plan.lines[0], 2);
  EXPECT_EQ(item.index_no, std::string(kBureau) + "/2021-00001");
  EXPECT_EQ(item.title, "关于“食品安全”抽检的通告");
  EXPECT_EQ(item.agency_id, 1);
  EXPECT_EQ(item.doc_no, "济市监发〔2021〕1号");
  EXPECT_EQ(item.unified_no, "SDAC01-2021-0001");
  EXPECT_EQ(DateText(item.written_on), "2021-01-04");
  EXPECT_EQ(DateText(item.published_on), "2021-01-05");
  EXPECT_EQ(item.validity, Validity::kValid);
  EXPECT_EQ(item.topic, "综合政务");
  EXPECT_EQ(item.category, "通知公告");
  EXPECT_EQ(item.genre, "通告");
  EXPECT_EQ(item.art20, 13);
  EXPECT_EQ(item.keywords, "食品;抽检");
  EXPECT_EQ(item.summary, "抽检结果");
  EXPECT_EQ(item.column_ids, (std::vector<int64_t>{10, 11}));
  EXPECT_EQ(item.body_md, "# 标题\n\n正文");
}

TEST_F(ImportTest, EnglishHeadersDefaultAgencyAndCodes) {
  auto plan = Plan("items.csv",
                   "index_no,title,published_on,validity,art20,columns,agency_uscc\n"
                   "X/1,甲,2020-01-01,repealed,2,tzgg,\n"
                   "X/2,乙,2020-01-02,修订,(三),gzdt,11370102MB2869623X\n");
  ASSERT_TRUE(plan.rejected.empty()) << Rejections(plan);
  ASSERT_EQ(plan.items.size(), 2u);
  EXPECT_EQ(plan.items[0].agency_id, 1);  // the first top-level agency
  EXPECT_EQ(plan.items[0].validity, Validity::kRepealed);
  EXPECT_EQ(plan.items[0].art20, 2);
  EXPECT_EQ(plan.items[1].agency_id, 2);
  EXPECT_EQ(plan.items[1].validity, Validity::kAmended);
  EXPECT_EQ(plan.items[1].art20, 3);
  EXPECT_EQ(plan.items[1].column_ids, (std::vector<int64_t>{20}));
}

TEST_F(ImportTest, JsonLinesWithArraysNumbersAndBlankLines) {
  auto plan = Plan("items.jsonl",
                   "{\"index_no\":\"X/1\",\"title\":\"甲\",\"published_on\":\"2020-01-01\",\"art20\":5,"
                   "\"columns\":[\"tzgg\",\"xxgk-zd\"]}\n"
                   "\n"
                   "{\"索引号\":\"X/2\",\"标题\":\"乙\",\"发布日期\":\"2020-01-02\",\"有效性\":null}\n");
  ASSERT_TRUE(plan.rejected.empty()) << Rejections(plan);
  ASSERT_EQ(plan.items.size(), 2u);
  EXPECT_EQ(plan.items[0].art20, 5);
  EXPECT_EQ(plan.items[0].column_ids, (std::vector<int64_t>{10, 11}));
  EXPECT_EQ(plan.lines, (std::vector<int>{1, 3}));
  EXPECT_EQ(plan.items[1].title, "乙");
}

TEST_F(ImportTest, EveryKindOfRejectionWithItsLine) {
  auto plan = Plan("bad.csv",
                   "index_no,title,published_on,written_on,validity,art20,columns,agency_uscc,topic,body_format\n"
                   "X/1,好,2020-01-01,,,,,,,\n"                            // 2: fine
                   ",,,,,,,,,\n"                                           // 3: missing everything
                   "X/3,丙,2020-02-30,2020/01/01,作废,16,,,,\n"            // 4: dates, validity, art20
                   "X/4,丁,2020-01-01,,,,无此栏目,,,\n"                    // 5: unknown column
                   "X/5,戊,2020-01-01,,,,,91110000000000000X,,\n"          // 6: unknown agency
                   "X/1,己,2020-01-01,,,,,,,\n"                            // 7: duplicate in file
                   "11370100MB28696235/2020-00757,庚,2020-01-01,,,,,,,\n"  // 8: already taken
                   "X/8,辛,2020-01-01,,,,,,不存在的主题,html\n"            // 9: topic, body format
                   "X/9,壬,2020-01-01\n");                                 // 10: too few cells
  EXPECT_EQ(plan.rejected.size(), 8u);
  std::string text = Rejections(plan);
  EXPECT_EQ(text.find("第 2 行："), std::string::npos) << text;
  EXPECT_NE(text.find("第 3 行：缺少索引号；缺少发布日期；"), std::string::npos) << text;
  EXPECT_NE(text.find("请填写标题"), std::string::npos) << text;
  EXPECT_NE(text.find("第 4 行：有效性“作废”无效"), std::string::npos) << text;
  EXPECT_NE(text.find("第二十条类别“16”无效"), std::string::npos) << text;
  EXPECT_NE(text.find("发布日期格式应为 年-月-日"), std::string::npos) << text;
  EXPECT_NE(text.find("成文日期格式应为"), std::string::npos) << text;
  EXPECT_NE(text.find("第 5 行：栏目“无此栏目”不是济南市市场监督管理局的栏目"), std::string::npos) << text;
  EXPECT_NE(text.find("第 6 行：发布机构代码 91110000000000000X 不是已登记的机构"), std::string::npos) << text;
  EXPECT_NE(text.find("第 7 行：索引号 X/1 与第 2 行重复"), std::string::npos) << text;
  EXPECT_NE(text.find("第 8 行：索引号 11370100MB28696235/2020-00757 已被使用"), std::string::npos) << text;
  EXPECT_NE(text.find("第 9 行：正文格式“html”无效"), std::string::npos) << text;
  EXPECT_NE(text.find("请从列表中选择主题分类"), std::string::npos) << text;
  EXPECT_NE(text.find("第 10 行：有 3 列，标题行有 10 列"), std::string::npos) << text;
}

TEST_F(ImportTest, LineNumbersCountQuotedLineBreaks) {
  auto plan = Plan("bad.csv", "index_no,title,published_on,body\nX/1,甲,2020-01-01,\"一\n二\n三\"\nX/2,,2020-01-01,\n");
  ASSERT_EQ(plan.rejected.size(), 1u);
  EXPECT_EQ(FormatRejection(plan.rejected[0]), "第 5 行：请填写标题");
}

TEST_F(ImportTest, HeaderProblemsRejectLineOne) {
  auto plan = Plan("bad.csv", "index_no,title,标题,颜色\nX/1,甲,甲,红\n");
  ASSERT_EQ(plan.rejected.size(), 1u);
  std::string text = FormatRejection(plan.rejected[0]);
  EXPECT_TRUE(text.starts_with("第 1 行：")) << text;
  EXPECT_NE(text.find("列“标题”重复"), std::string::npos) << text;
  EXPECT_NE(text.find("未知的列“颜色”"), std::string::npos) << text;
  EXPECT_NE(text.find("缺少“发布日期”列"), std::string::npos) << text;
  EXPECT_TRUE(plan.items.empty());
}

TEST_F(ImportTest, JsonLinesRejections) {
  auto plan = Plan("bad.ndjson",
                   "{\"index_no\":\"X/1\",\"title\":\"甲\",\"published_on\":\"2020-01-01\"}\n"
                   "not json\n"
                   "[1,2]\n"
                   "{\"index_no\":\"X/4\",\"title\":\"丁\",\"published_on\":\"2020-01-01\",\"colour\":\"红\"}\n"
                   "{\"index_no\":\"X/5\",\"title\":{\"a\":1},\"published_on\":\"2020-01-01\"}\n");
  std::string text = Rejections(plan);
  EXPECT_EQ(plan.rejected.size(), 4u) << text;
  EXPECT_NE(text.find("第 2 行：不是有效的 JSON 对象"), std::string::npos) << text;
  EXPECT_NE(text.find("第 3 行：不是有效的 JSON 对象"), std::string::npos) << text;
  EXPECT_NE(text.find("第 4 行：未知的字段“colour”"), std::string::npos) << text;
  EXPECT_NE(text.find("第 5 行：字段“title”应为文本"), std::string::npos) << text;
}

TEST_F(ImportTest, InvalidUtf8AndEmptyFilesAreRejected) {
  auto plan = Plan("bad.csv", "index_no,title,published_on\nX/1,\xB0\xA1,2020-01-01\n");
  EXPECT_EQ(Rejections(plan), "第 2 行：不是有效的 UTF-8 文本\n");
  plan = Plan("empty.csv", "index_no,published_on\n");
  EXPECT_EQ(Rejections(plan), "第 1 行：文件中没有可导入的信息\n");
}

// Found by fuzzing (tests/fuzz/import_fuzz.cc): the old check took any lead
// byte's length on trust, so overlong forms, UTF-16 surrogates and NUL bytes
// reached items (which PostgreSQL refuses) and rejection messages.
TEST_F(ImportTest, MalformedUtf8AndNulBytesAreRejectedWithTheirLine) {
  using namespace std::string_literals;
  const struct {
    std::string content;
    std::string want;
  } cases[] = {
      {"index_no,title,published_on\nX/1,\xC0\xAF,2020-01-01\n", "第 2 行：不是有效的 UTF-8 文本\n"},  // overlong '/'
      {"index_no,title,published_on\nX/1,\xED\xA0\x80,2020-01-01\n", "第 2 行：不是有效的 UTF-8 文本\n"},  // surrogate
      {"index_no,title,published_on\n\nX/1,\xF5\x80\x80\x80,2020-01-01\n", "第 3 行：不是有效的 UTF-8 文本\n"},
      {"index_no,ti\0tle,published_on\nX/1,a,2020-01-01\n"s, "第 1 行：含有空字符\n"},
      {"index_no,title,published_on\nX/1,\"a\nb\0\",2020-01-01\n"s, "第 3 行：含有空字符\n"},
  };
  for (const auto& c : cases) EXPECT_EQ(Rejections(Plan("items.csv", c.content)), c.want) << c.content;
  auto plan = Plan("items.jsonl",
                   "{\"index_no\":\"X/1\",\"title\":\"甲\\u0000\",\"published_on\":\"2020-01-01\"}\n"
                   "{\"index_no\":\"X/2\",\"published_on\":\"2020-01-01\",\"k\\u0000\":1}\n"
                   "{\"index_no\":\"X/3\",\"published_on\":\"2020-01-01\",\"columns\":[\"a\\u0000\"]}\n");
  const std::string text = Rejections(plan);
  ASSERT_EQ(plan.rejected.size(), 3u) << text;
  for (int line = 1; line <= 3; ++line)
    EXPECT_NE(text.find("第 " + std::to_string(line) + " 行：含有空字符（\\u0000）"), std::string::npos) << text;
}

TEST_F(ImportTest, UnsupportedExtensionIsAnError) {
  EXPECT_FALSE(PlanImport("items.xlsx", "", context_, service_).ok());
}

TEST_F(ImportTest, PlainTextBodyBecomesEscapedMarkdown) {
  auto plan = Plan("items.jsonl",
                   "{\"index_no\":\"X/1\",\"title\":\"甲\",\"published_on\":\"2020-01-01\",\"body_format\":\"text\","
                   "\"body\":\"第一段*强调*\\r\\n  第二行 <b>\\n\\n\\n# 不是标题\\n1. 不是列表\\n- 也不是\"}\n");
  ASSERT_TRUE(plan.rejected.empty()) << Rejections(plan);
  EXPECT_EQ(plan.items[0].body_md, "第一段\\*强调\\*\\\n第二行 \\<b\\>\n\n\\# 不是标题\\\n1\\. 不是列表\\\n\\- 也不是");
}

TEST(PlainTextToMarkdownTest, KeepsParagraphs) {
  EXPECT_EQ(PlainTextToMarkdown("一\n\n二\n三"), "一\n\n二\\\n三");
  EXPECT_EQ(PlainTextToMarkdown("a_b [c](d) `e` & f"), "a\\_b \\[c\\](d) \\`e\\` \\& f");
  EXPECT_EQ(PlainTextToMarkdown("\n\n"), "");
}

}  // namespace
}  // namespace gk::catalogue
