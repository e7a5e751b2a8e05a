// Markdown through cmark's safe mode, with pipe tables added on top.
#include "text/markdown.h"

#include <gtest/gtest.h>

namespace gk::text {
namespace {

bool Has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(MarkdownTest, PipeTablesBecomeTablesWithInlineMarkdownInCells) {
  std::string html = RenderMarkdown(
      "抽检结果如下：\n\n"
      "| 企业名称 | 不合格项目 | 数量 |\n"
      "|:---|:---:|---:|\n"
      "| 济南**某某**食品有限公司 | 菌落总数 | 2 |\n"
      "| 历下区某超市 | `a|b` 与 a\\|b | 1 |\n"
      "\n以上为第三季度结果。\n");
  EXPECT_TRUE(Has(html, "<p>抽检结果如下：</p>")) << html;
  EXPECT_TRUE(Has(html, "<table class=\"table\">")) << html;
  EXPECT_TRUE(
      Has(html, "<th scope=\"col\">企业名称</th><th class=\"align-center\" scope=\"col\">不合格项目</th><th "
                "class=\"align-right\" scope=\"col\">数量</th>"))
      << html;
  EXPECT_TRUE(Has(html, "<td>济南<strong>某某</strong>食品有限公司</td>")) << html;
  EXPECT_TRUE(Has(html, "<code>a|b</code> 与 a|b")) << html;
  EXPECT_TRUE(Has(html, "<p>以上为第三季度结果。</p>")) << html;
}

// Each table's scrolling region has a name of its own (axe: landmark-unique).
TEST(MarkdownTest, TablesAreNumberedRegions) {
  std::string html = RenderMarkdown("| a |\n|---|\n| 1 |\n\n段落\n\n| b |\n|---|\n| 2 |\n");
  EXPECT_TRUE(Has(html, "role=\"region\" aria-label=\"表格 1\"")) << html;
  EXPECT_TRUE(Has(html, "role=\"region\" aria-label=\"表格 2\"")) << html;
}

TEST(MarkdownTest, CellsStaySafe) {
  std::string html = RenderMarkdown(
      "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |\n| <b>bold</b> | ok |\n");
  EXPECT_FALSE(Has(html, "<script>")) << html;
  EXPECT_FALSE(Has(html, "javascript:")) << html;
  EXPECT_FALSE(Has(html, "<b>")) << html;
  EXPECT_TRUE(Has(html, "<td>ok</td>")) << html;
}

TEST(MarkdownTest, RowsAreCutOrFilledToTheHeader) {
  std::string html = RenderMarkdown("| a | b |\n| - | - |\n| 1 |\n| 1 | 2 | 3 |\n");
  EXPECT_TRUE(Has(html, "<tr><td>1</td><td></td></tr>")) << html;
  EXPECT_TRUE(Has(html, "<tr><td>1</td><td>2</td></tr>")) << html;
}

TEST(MarkdownTest, WhatIsNotATableStaysAsItWas) {
  // In fenced code.
  std::string code = RenderMarkdown("```\n| a | b |\n|---|---|\n```\n");
  EXPECT_FALSE(Has(code, "<table")) << code;
  EXPECT_TRUE(Has(code, "<pre><code>| a | b |")) << code;
  // Header and delimiter of different widths.
  EXPECT_FALSE(Has(RenderMarkdown("| a | b |\n|---|\n| 1 | 2 |\n"), "<table"));
  // The last line of a paragraph is not a header.
  EXPECT_FALSE(Has(RenderMarkdown("一段文字\n| a | b |\n|---|---|\n"), "<table"));
  // A delimiter row needs dashes.
  EXPECT_FALSE(Has(RenderMarkdown("| a | b |\n| : | : |\n"), "<table"));
  // After a heading it is one.
  EXPECT_TRUE(Has(RenderMarkdown("## 表一\n| a | b |\n|---|---|\n| 1 | 2 |\n"), "<table"));
  // Plain Markdown renders as before.
  EXPECT_EQ(RenderMarkdown("# 标题\n\n正文 *强调*\n"), "<h1>标题</h1>\n<p>正文 <em>强调</em></p>\n");
}

}  // namespace
}  // namespace gk::text

namespace gk::text {
namespace {

// The text for the search index and snippets: no Markdown syntax, and a
// table as its cells' words, one row a line, without pipes or delimiters.
TEST(MarkdownTest, TextHasNoMarkupAndTablesBecomeTheirWords) {
  struct Case {
    const char* markdown;
    const char* text;
  } cases[] = {
      {"# 标题\n\n正文**加粗**，[链接](https://example.gov.cn)。", "标题\n正文加粗，链接。\n"},
      {"说明：\n\n| 类别 | 批次 | 不合格 |\n|:---|---:|---:|\n| 粮食加工品 | 212 | 2 |\n| **餐饮食品** | 305 | 6 "
       "|\n\n结束。",
       "说明：\n类别 批次 不合格\n粮食加工品 212 2\n餐饮食品 305 6\n结束。\n"},
      {"```\n| a | b |\n|---|---|\n```", "| a | b |\n|---|---|\n"},  // code stays as written
  };
  for (const Case& c : cases) EXPECT_EQ(MarkdownToText(c.markdown), c.text) << c.markdown;
}

// Text typed by people, escaped, renders as exactly that text: no markup,
// no link, no HTML, no table, no heading or list.
TEST(MarkdownTest, EscapedTextRendersAsItself) {
  struct Case {
    const char* text;
    const char* html;
  };
  const Case cases[] = {
      {"请公开抽检报告。", "<p>请公开抽检报告。</p>\n"},
      {"**bold** _em_ `code`", "<p>**bold** _em_ `code`</p>\n"},
      {"[link](javascript:x)", "<p>[link](javascript:x)</p>\n"},
      {"![img](x.png)", "<p>![img](x.png)</p>\n"},
      {"<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"},
      {"&amp; &#123;", "<p>&amp;amp; &amp;#123;</p>\n"},
      {"# 标题", "<p># 标题</p>\n"},
      {"  ## 标题", "<p>## 标题</p>\n"},
      {"> 引用", "<p>&gt; 引用</p>\n"},
      {"- 一项", "<p>- 一项</p>\n"},
      {"+ 一项", "<p>+ 一项</p>\n"},
      {"1. 一项", "<p>1. 一项</p>\n"},
      {"2) 一项", "<p>2) 一项</p>\n"},
      {"a\\*b\\", "<p>a\\*b\\</p>\n"},
      {"~~del~~", "<p>~~del~~</p>\n"},
      {"2026-01-01 至 2026-03-31", "<p>2026-01-01 至 2026-03-31</p>\n"},
      {"正文\n# 第二行", "<p>正文\n# 第二行</p>\n"},
      {"正文\n===", "<p>正文\n===</p>\n"},
      {"正文\n---", "<p>正文\n---</p>\n"},
      {"| a | b |\n| - | - |\n| 1 | 2 |", "<p>| a | b |\n| - | - |\n| 1 | 2 |</p>\n"},
  };
  for (const Case& c : cases) EXPECT_EQ(RenderMarkdown(EscapeMarkdown(c.text)), c.html) << c.text;
}

}  // namespace
}  // namespace gk::text

namespace gk::text {
namespace {

// A header row and a delimiter row of `columns` columns, then `rows` rows of
// one character each: the shape that used to make every row cost the
// header's width.
std::string WideTable(size_t columns, size_t rows) {
  std::string md;
  for (size_t c = 0; c < columns; ++c) md += "|a";
  md += "|\n";
  for (size_t c = 0; c < columns; ++c) md += "|-";
  md += "|\n";
  for (size_t r = 0; r < rows; ++r) md += "|\n";
  return md;
}

// Output is linear in the input whatever the shape: a table wider than the
// column cap stays text, and a short row costs its own cells plus one span.
TEST(MarkdownTest, OutputStaysLinearInTheInput) {
  struct Case {
    size_t columns;
    size_t rows;
    bool table;
    size_t max_ratio;  // output bytes per input byte, at most
  } cases[] = {
      {5000, 5000, false, 4},  // wider than the cap: text
      {64, 5000, true, 32},    // at the cap: a table, rows padded by one span
  };
  for (const Case& c : cases) {
    const std::string md = WideTable(c.columns, c.rows);
    const std::string html = RenderMarkdown(md);
    EXPECT_EQ(Has(html, "<table"), c.table) << c.columns;
    EXPECT_LT(html.size(), c.max_ratio * md.size()) << c.columns;
    EXPECT_LT(MarkdownToText(md).size(), 2 * md.size()) << c.columns;
  }
  EXPECT_TRUE(Has(RenderMarkdown(WideTable(64, 1)), "<tr><td></td><td colspan=\"63\"></td></tr>"));
}

}  // namespace
}  // namespace gk::text
