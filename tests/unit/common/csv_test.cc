// The one CSV writer: RFC 4180 quoting, and cells a spreadsheet would run as
// a formula written as text.
#include "common/csv.h"

#include <gtest/gtest.h>

#include <string>

namespace gk {
namespace {

TEST(CsvTest, CellsAreQuotedAndDefused) {
  struct Case {
    std::string value;
    std::string cell;
  };
  const Case cases[] = {
      {"", ""},
      {"依申〔2026〕1号", "依申〔2026〕1号"},
      {"a,b", "\"a,b\""},
      {"他说\"公开\"", "\"他说\"\"公开\"\"\""},
      {"两行\n文字", "\"两行\n文字\""},
      {"回车\r", "\"回车\r\""},
      // What a spreadsheet runs: prefixed with ' and so kept as text.
      {"=HYPERLINK(\"http://x.invalid\",\"点此\")", "\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"点此\"\")\""},
      {"=1+1", "'=1+1"},
      {"+1+cmd", "'+1+cmd"},
      {"-2+3", "'-2+3"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\t=1", "'\t=1"},
      {"\r=1", "\"'\r=1\""},
      {"-", "'-"},
      {"+", "'+"},
      // Plain numbers stay numbers; = further in is harmless.
      {"-12", "-12"},
      {"+3.5", "+3.5"},
      {"0", "0"},
      {"1=1", "1=1"},
      {" =1", " =1"},
      {"'quoted", "'quoted"},
  };
  for (const Case& c : cases) EXPECT_EQ(CsvCell(c.value), c.cell) << c.value;
}

TEST(CsvTest, RowsEndWithCrlfAndTheBomComesOnce) {
  CsvWriter plain;
  plain.Row({"a", "=b", "c,d"});
  plain.Row({});
  plain.Row({"", ""});
  EXPECT_EQ(plain.text(), "a,'=b,\"c,d\"\r\n\r\n,\r\n");
  CsvWriter excel(CsvWriter::Bom::kExcel);
  excel.Row({"申请编号"});
  excel.Row({"1"});
  EXPECT_EQ(excel.text(), "\xEF\xBB\xBF申请编号\r\n1\r\n");
}

}  // namespace
}  // namespace gk
