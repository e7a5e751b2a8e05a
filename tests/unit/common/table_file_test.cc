// The import files' rows: CSV, XLSX (real workbooks written by libxlsxwriter,
// and ZIP archives made by hand for what it never writes) and JSON Lines.
#include "common/table_file.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace gk {
namespace {

using Cells = std::map<std::string, std::string>;

// ---- Helpers -----------------------------------------------------------------

// An .xlsx written by libxlsxwriter: `fill` writes into the workbook, the
// bytes of the closed file come back.
std::string MakeXlsx(const std::function<void(lxw_workbook*)>& fill, bool constant_memory = false) {
  static int counter = 0;
  const std::string path =
      ::testing::TempDir() + "/table_file_" + std::to_string(getpid()) + "_" + std::to_string(++counter) + ".xlsx";
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  EXPECT_NE(wb, nullptr);
  fill(wb);
  EXPECT_EQ(workbook_close(wb), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::remove(path.c_str());
  return bytes.str();
}

void PutLe(std::string* out, uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

std::string RawDeflate(const std::string& data) {
  z_stream s{};
  EXPECT_EQ(deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&s, data.size()), '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&s, Z_FINISH), Z_STREAM_END);
  out.resize(s.total_out);
  deflateEnd(&s);
  return out;
}

// One entry of a hand-made ZIP archive. `declared_size` (when set) is what
// the headers claim the entry inflates to, whatever it really does.
struct ZipPart {
  std::string name;
  std::string data;
  uint16_t method = 8;  // 0 stored, 8 deflated, anything else as is
  int64_t declared_size = -1;
  uint16_t flags = 0;
};

std::string MakeZip(const std::vector<ZipPart>& parts, const std::string& comment = "") {
  std::string zip, directory;
  for (const ZipPart& p : parts) {
    const std::string packed = p.method == 8 ? RawDeflate(p.data) : p.data;
    const uint32_t crc = crc32(0, reinterpret_cast<const Bytef*>(p.data.data()), static_cast<uInt>(p.data.size()));
    const uint32_t size = p.declared_size >= 0 ? static_cast<uint32_t>(p.declared_size) : p.data.size();
    const uint32_t offset = zip.size();
    auto common = [&](std::string* out) {  // version .. extra length, shared by both headers
      PutLe(out, 20, 2), PutLe(out, p.flags, 2), PutLe(out, p.method, 2), PutLe(out, 0, 4);
      PutLe(out, crc, 4), PutLe(out, packed.size(), 4), PutLe(out, size, 4);
      PutLe(out, p.name.size(), 2), PutLe(out, 0, 2);
    };
    PutLe(&zip, 0x04034b50, 4);
    common(&zip);
    zip += p.name + packed;
    PutLe(&directory, 0x02014b50, 4);
    PutLe(&directory, 20, 2);
    common(&directory);
    PutLe(&directory, 0, 2), PutLe(&directory, 0, 2), PutLe(&directory, 0, 2), PutLe(&directory, 0, 4);
    PutLe(&directory, offset, 4);
    directory += p.name;
  }
  const uint32_t directory_at = zip.size();
  zip += directory;
  PutLe(&zip, 0x06054b50, 4), PutLe(&zip, 0, 2), PutLe(&zip, 0, 2);
  PutLe(&zip, parts.size(), 2), PutLe(&zip, parts.size(), 2);
  PutLe(&zip, directory.size(), 4), PutLe(&zip, directory_at, 4), PutLe(&zip, comment.size(), 2);
  return zip + comment;
}

// A workbook of one sheet, by hand.
std::string SheetZip(const std::string& sheet_data, const std::string& shared = "") {
  std::vector<ZipPart> parts = {
      {"xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + sheet_data + "</sheetData></worksheet>"}};
  if (!shared.empty()) parts.push_back({"xl/sharedStrings.xml", "<sst>" + shared + "</sst>"});
  return MakeZip(parts);
}

std::string ErrorOf(const std::string& name, const std::string& content) {
  auto table = ReadTableFile(name, content);
  return table.ok() ? "ok" : table.status().message();
}

// ---- Format and file-level errors ----------------------------------------

TEST(TableFileTest, FormatComesFromTheExtension) {
  struct Case {
    std::string name;
    std::string content;
    std::string error;  // "ok" when read
  };
  const Case cases[] = {
      {"名单.csv", "名称\n甲\n", "ok"},
      {"名单.CSV", "名称\n甲\n", "ok"},
      {"名单.Jsonl", "{\"名称\":\"甲\"}\n", "ok"},
      {"名单.NDJSON", "{\"名称\":\"甲\"}\n", "ok"},
      {"名单.txt", "名称\n甲\n", "只能导入 .csv、.xlsx、.jsonl 或 .ndjson 文件"},
      {"名单", "名称\n甲\n", "只能导入 .csv、.xlsx、.jsonl 或 .ndjson 文件"},
      {"名单.csv.gz", "名称\n甲\n", "只能导入 .csv、.xlsx、.jsonl 或 .ndjson 文件"},
      {"名单.XLS", "whatever", "不支持 .xls 文件，请在 Excel 中另存为 .xlsx"},
      {"名单.csv", "", "文件为空"},
      {"名单.csv", "\xEF\xBB\xBF \r\n\r\n", "文件为空"},
      {"名单.jsonl", "\n\n", "文件为空"},
      {"名单.xlsx", "", "文件为空"},
      {"名单.csv", ",,\n , \n", "文件中没有标题行"},
      {"名单.jsonl", "{}\n{ }\n", "文件中没有标题行"},
  };
  for (const Case& c : cases) EXPECT_EQ(ErrorOf(c.name, c.content), c.error) << c.name << " " << c.content;
}

// ---- CSV -----------------------------------------------------------------------

TEST(TableFileTest, CsvRowsKeepTheLineTheyStartOn) {
  const std::string csv =
      "\xEF\xBB\xBF 行政相对人名称 ,统一社会信用代码,\xE3\x80\x80罚款金额（万元）\t,备注\r\n"  // line 1
      "甲公司, 91370100MA3C00000X ,0.5,\"第一行\r\n第二行\"\r\n"                               // 2-3
      "\r\n"                                                                                   // 4 blank
      ",,,\r\n"                                                                                // 5 empty cells
      "乙公司\r\n"                                                                             // 6 short row
      "\"丙\"\"公司\",X,,\"多\n行\n\"\r\n"                                                     // 7-9
      "丁,Y,3,\xE3\x80\x80\r\n";                                                               // 10
  auto table = ReadTableFile("处罚.csv", csv);
  ASSERT_TRUE(table.ok()) << table.status().message();
  EXPECT_EQ(table->headers,
            (std::vector<std::string>{"行政相对人名称", "统一社会信用代码", "罚款金额（万元）", "备注"}));
  ASSERT_EQ(table->rows.size(), 4u);
  EXPECT_EQ(table->rows[0].line, 2);
  EXPECT_EQ(table->rows[0].cells, (Cells{{"行政相对人名称", "甲公司"},
                                         {"统一社会信用代码", "91370100MA3C00000X"},
                                         {"罚款金额（万元）", "0.5"},
                                         {"备注", "第一行\r\n第二行"}}));
  EXPECT_EQ(table->rows[1].line, 6);
  EXPECT_EQ(table->rows[1].cells,
            (Cells{{"行政相对人名称", "乙公司"}, {"统一社会信用代码", ""}, {"罚款金额（万元）", ""}, {"备注", ""}}));
  EXPECT_EQ(table->rows[2].line, 7);
  EXPECT_EQ(table->rows[2].cells.at("行政相对人名称"), "丙\"公司");
  EXPECT_EQ(table->rows[2].cells.at("备注"), "多\n行");
  EXPECT_EQ(table->rows[3].line, 10);
  EXPECT_EQ(table->rows[3].cells.at("备注"), "");
}

TEST(TableFileTest, CsvThatIsNotATableIsRefused) {
  struct Case {
    std::string content;
    std::string error;
  };
  const Case cases[] = {
      {"名称,金额\n甲,\"1\n乙,2\n", "第 2 行：引号未闭合"},
      {"\n\n名称,名称 \n甲,乙\n", "第 3 行：列“名称”重复"},
      // An unquoted thousands separator shifts the row: refused, not guessed.
      {"名称,金额\n甲,1,000\n", "第 2 行：第 3 列有内容，但该列没有列名（含逗号的内容须加引号）"},
      {"名称,,金额\n甲,x,1\n", "第 2 行：第 2 列有内容，但该列没有列名（含逗号的内容须加引号）"},
      // Saved by Excel as GBK ("名称" in GBK is C3 FB B3 C6).
      {"\xC3\xFB\xB3\xC6\n\xBC\xD7\n", "第 1 行：不是有效的 UTF-8 文本或含有空字符（CSV 文件请以 UTF-8 编码保存）"},
      {"名称\n甲\n\xE4\xB9\n", "第 3 行：不是有效的 UTF-8 文本或含有空字符（CSV 文件请以 UTF-8 编码保存）"},
      {std::string("名称\n甲\0乙\n", sizeof("名称\n甲\0乙\n") - 1),
       "第 2 行：不是有效的 UTF-8 文本或含有空字符（CSV 文件请以 UTF-8 编码保存）"},
  };
  for (const Case& c : cases) EXPECT_EQ(ErrorOf("a.csv", c.content), c.error) << c.content;
  // Extra cells that are empty are fine (a trailing comma).
  EXPECT_EQ(ErrorOf("a.csv", "名称,金额\n甲,1,,\n"), "ok");
}

// ---- JSON Lines ----------------------------------------------------------

TEST(TableFileTest, JsonLinesValuesBecomeText) {
  const std::string jsonl =
      "\xEF\xBB\xBF{\"行政相对人名称\":\" 甲公司 \",\"罚款金额（万元）\":0.5,\"件数\":3,\"整数\":12.0,"
      "\"负数\":-7,\"大数\":1e20,\"是否\":true,\"否\":false,\"备注\":null}\r\n"       // line 1
      "\r\n"                                                                          // 2
      "   \n"                                                                         // 3
      "{\"行政相对人名称\":\"乙\",\"标签\":[\"a\",1],\"对象\":{\"k\":\"值\"}}\n"      // 4
      "{\"行政相对人名称\":\"\",\"罚款金额（万元）\":null,\" 新列 \":\"\\u3000\"}\n"  // 5: empty
      "{\"新列\":18446744073709551615}";                                              // 6
  auto table = ReadTableFile("a.ndjson", jsonl);
  ASSERT_TRUE(table.ok()) << table.status().message();
  EXPECT_EQ(table->headers, (std::vector<std::string>{"行政相对人名称", "罚款金额（万元）", "件数", "整数", "负数",
                                                      "大数", "是否", "否", "备注", "标签", "对象", "新列"}));
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(table->rows[0].line, 1);
  EXPECT_EQ(table->rows[0].cells, (Cells{{"行政相对人名称", "甲公司"},
                                         {"罚款金额（万元）", "0.5"},
                                         {"件数", "3"},
                                         {"整数", "12"},
                                         {"负数", "-7"},
                                         {"大数", "1e+20"},
                                         {"是否", "true"},
                                         {"否", "false"},
                                         {"备注", ""},
                                         {"标签", ""},
                                         {"对象", ""},
                                         {"新列", ""}}));
  EXPECT_EQ(table->rows[1].line, 4);
  EXPECT_EQ(table->rows[1].cells.at("标签"), "[\"a\",1]");
  EXPECT_EQ(table->rows[1].cells.at("对象"), "{\"k\":\"值\"}");
  EXPECT_EQ(table->rows[1].cells.at("件数"), "");
  EXPECT_EQ(table->rows[2].line, 6);
  EXPECT_EQ(table->rows[2].cells.at("新列"), "18446744073709551615");
}

TEST(TableFileTest, JsonLinesThatAreNotObjectsAreRefused) {
  const std::string first = "{\"名称\":\"甲\"}\n\n";
  struct Case {
    std::string line3;
    std::string error;
  };
  const Case cases[] = {
      {"[1,2]", "第 3 行：不是 JSON 对象"},
      {"\"甲\"", "第 3 行：不是 JSON 对象"},
      {"42", "第 3 行：不是 JSON 对象"},
      {"{\"名称\":", "第 3 行：不是 JSON 对象"},
      {"{\"名称\":\"甲\"} {\"名称\":\"乙\"}", "第 3 行：不是 JSON 对象"},
      {"名称,金额", "第 3 行：不是 JSON 对象"},
      {"{\"a\":" + std::string(100, '[') + std::string(100, ']') + "}", "第 3 行：嵌套层数过多"},
      {"{\"名称\":\"\xC3\xFB\"}", "第 3 行：不是有效的 UTF-8 文本"},
      {"{\"名称\":\"a\\u0000b\"}", "第 3 行：不是有效的 UTF-8 文本或含有空字符"},
      {"{\"\":\"无名\"}", "第 3 行：有内容的字段没有字段名"},
  };
  for (const Case& c : cases) EXPECT_EQ(ErrorOf("a.jsonl", first + c.line3 + "\n"), c.error) << c.line3;
}

// ---- XLSX from libxlsxwriter ---------------------------------------------

TEST(TableFileTest, XlsxWrittenByLibxlsxwriterReadsBack) {
  const std::string bytes = MakeXlsx([](lxw_workbook* wb) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, "处罚决定");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    const char* headers[] = {"行政相对人名称", "统一社会信用代码", "罚款金额（万元）",
                             "决定日期",       "是否公示",         " 备注\xE3\x80\x80"};
    for (lxw_col_t c = 0; c < 6; ++c) worksheet_write_string(ws, 0, c, headers[c], bold);
    // Row 2: every kind of cell.
    worksheet_write_string(ws, 1, 0, "济南某某食品有限公司", nullptr);
    worksheet_write_string(ws, 1, 1, "91370100MA3C00000X", nullptr);
    worksheet_write_number(ws, 1, 2, 0.5, nullptr);
    worksheet_write_number(ws, 1, 3, 45658, date);
    worksheet_write_boolean(ws, 1, 4, 1, nullptr);
    char text1[] = "限期", text2[] = "整改 & <复查>";
    lxw_rich_string_tuple part1 = {bold, text1};
    lxw_rich_string_tuple part2 = {nullptr, text2};
    lxw_rich_string_tuple* rich[] = {&part1, &part2, nullptr};
    worksheet_write_rich_string(ws, 1, 5, rich, nullptr);
    // Row 3 is not written at all; row 4 has a gap in column B.
    worksheet_write_string(ws, 3, 0, "乙公司", nullptr);
    worksheet_write_number(ws, 3, 2, 1200, nullptr);
    worksheet_write_formula_num(ws, 3, 3, "=45000+658", date, 45658);
    worksheet_write_string(ws, 3, 5, "第一行\r\n第二行", nullptr);
    // Row 5 holds only white space and a formatted blank: left out.
    worksheet_write_string(ws, 4, 0, "  ", nullptr);
    worksheet_write_blank(ws, 4, 1, bold);
    // Row 6: the same string again (one shared string), a zero.
    worksheet_write_string(ws, 5, 0, "济南某某食品有限公司", nullptr);
    worksheet_write_number(ws, 5, 2, 0, nullptr);
    worksheet_write_boolean(ws, 5, 4, 0, nullptr);
    // The second sheet is not read.
    lxw_worksheet* other = workbook_add_worksheet(wb, "说明");
    worksheet_write_string(other, 0, 0, "说明", nullptr);
  });
  auto table = ReadTableFile("处罚.xlsx", bytes);
  ASSERT_TRUE(table.ok()) << table.status().message();
  EXPECT_EQ(table->headers, (std::vector<std::string>{"行政相对人名称", "统一社会信用代码", "罚款金额（万元）",
                                                      "决定日期", "是否公示", "备注"}));
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(table->rows[0].line, 2);
  EXPECT_EQ(table->rows[0].cells, (Cells{{"行政相对人名称", "济南某某食品有限公司"},
                                         {"统一社会信用代码", "91370100MA3C00000X"},
                                         {"罚款金额（万元）", "0.5"},
                                         {"决定日期", "45658"},
                                         {"是否公示", "true"},
                                         {"备注", "限期整改 & <复查>"}}));
  EXPECT_EQ(ExcelSerialToIsoDate(table->rows[0].cells.at("决定日期")), "2025-01-01");
  EXPECT_EQ(table->rows[1].line, 4);
  EXPECT_EQ(table->rows[1].cells, (Cells{{"行政相对人名称", "乙公司"},
                                         {"统一社会信用代码", ""},
                                         {"罚款金额（万元）", "1200"},
                                         {"决定日期", "45658"},
                                         {"是否公示", ""},
                                         {"备注", "第一行\r\n第二行"}}));
  EXPECT_EQ(table->rows[2].line, 6);
  EXPECT_EQ(table->rows[2].cells.at("罚款金额（万元）"), "0");
  EXPECT_EQ(table->rows[2].cells.at("是否公示"), "false");
}

TEST(TableFileTest, XlsxWithInlineStringsReadsBack) {
  // In constant-memory mode libxlsxwriter writes strings inline, not shared.
  const std::string bytes = MakeXlsx(
      [](lxw_workbook* wb) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        worksheet_write_string(ws, 1, 1, "抽检产品", nullptr);
        worksheet_write_string(ws, 1, 3, "检验结论", nullptr);
        worksheet_write_string(ws, 2, 1, "大米 \"五常\"", nullptr);
        worksheet_write_string(ws, 2, 3, "合格\r\n（复检）", nullptr);
      },
      /*constant_memory=*/true);
  auto table = ReadTableFile("抽检.xlsx", bytes);
  ASSERT_TRUE(table.ok()) << table.status().message();
  EXPECT_EQ(table->headers, (std::vector<std::string>{"抽检产品", "检验结论"}));
  ASSERT_EQ(table->rows.size(), 1u);
  EXPECT_EQ(table->rows[0].line, 3);
  EXPECT_EQ(table->rows[0].cells, (Cells{{"抽检产品", "大米 \"五常\""}, {"检验结论", "合格\r\n（复检）"}}));
}

TEST(TableFileTest, XlsxCellOutsideTheHeaderIsRefused) {
  const std::string bytes = MakeXlsx([](lxw_workbook* wb) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    worksheet_write_string(ws, 0, 0, "名称", nullptr);
    worksheet_write_string(ws, 1, 0, "甲", nullptr);
    worksheet_write_string(ws, 1, 7, "备注写在表外", nullptr);
  });
  EXPECT_EQ(ErrorOf("a.xlsx", bytes), "第 2 行：H 列有内容，但该列没有列名");
}

TEST(TableFileTest, XlsxEmptySheetHasNoHeader) {
  const std::string bytes = MakeXlsx([](lxw_workbook* wb) { workbook_add_worksheet(wb, nullptr); });
  EXPECT_EQ(ErrorOf("a.xlsx", bytes), "文件中没有标题行");
}

// ---- XLSX by hand: what other programs write ---------------------------------

TEST(TableFileTest, XlsxFirstSheetThroughTheWorkbookAndItsRelationships) {
  const std::string ns = "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
  const std::string zip = MakeZip(
      {
          {"[Content_Types].xml", "<Types/>"},
          {"xl/workbook.xml",
           "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<x:workbook " + ns +
               " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><x:sheets>"
               "<x:sheet name=\"数据\" sheetId=\"2\" r:id=\"rId7\"/><x:sheet name=\"旧\" sheetId=\"1\" "
               "r:id=\"rId1\"/></x:sheets></x:workbook>"},
          {"xl/_rels/workbook.xml.rels",
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
           "<Relationship Target='/xl/worksheets/../worksheets/data.xml' Type='http://x/worksheet' Id='rId7' />"
           "<Relationship Id=\"rId3\" Type=\"http://x/sharedStrings\" Target=\"strings/ss.xml\"/>"
           "</Relationships>"},
          {"xl/worksheets/sheet1.xml",
           "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>旧表"
           "</t></is></c></row></sheetData></worksheet>"},
          {"xl/strings/ss.xml",
           "<x:sst " + ns +
               " count=\"3\"><x:si><x:t>名称</x:t></x:si>"
               "<x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space=\"preserve\">东 </x:t></x:r><x:r><x:t>营</x:t></x:r>"
               "<x:rPh sb=\"0\" eb=\"1\"><x:t>とう</x:t></x:rPh><x:phoneticPr fontId=\"1\"/></x:si>"
               "<x:si><x:t>A_x005F_x000D_&amp;B_x000D_\nC</x:t></x:si><x:si><x:t/></x:si></x:sst>"},
          {"xl/worksheets/data.xml",
           "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x \"y\">]><!-- 由某系统导出 -->\n<x:worksheet " + ns +
               "><x:dimension ref=\"A1:E3\"/><x:sheetData>\n"
               "<x:row r=\"1\" spans=\"1:5\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c><x:c t=\"inlineStr\"><x:is>"
               "<x:t>金额&#x FF08;</x:t></x:is></x:c><x:c t=\"inlineStr\"><x:is><x:t>说明&#12288;</x:t></x:is></x:c>"
               "<x:c r=\"D1\" t=\"inlineStr\"><x:is><x:t>状态</x:t></x:is></x:c><x:c r=\"E1\" "
               "t=\"str\"><x:f>\"公式\"</x:f><x:v>公式</x:v></x:c></x:row>\n"
               "<x:row><x:c r=\"A2\" t=\"s\"><x:v>1</x:v></x:c><x:c r=\"B2\" s=\"3\"><x:v>1.5E-3</x:v></x:c>"
               "<x:c r=\"C2\" t=\"inlineStr\"><x:is><x:r><x:t>&lt;a&gt; &quot;&apos; &#20013;&#x6587;</x:t></x:r>"
               "<x:r><x:t><![CDATA[<b>&amp;]]></x:t></x:r></x:is></x:c><x:c r=\"D2\" t=\"e\"><x:v>#N/A</x:v></x:c>"
               "<x:c r=\"E2\" t=\"s\"><x:v>3</x:v></x:c></x:row>\n"
               "<x:row r=\"7\"><x:c r=\"C7\" t=\"s\"><x:v>2</x:v></x:c><x:c/><x:c><x:v>&unknown;</x:v></x:c></x:row>"
               "</x:sheetData></x:worksheet>"},
      },
      "归档注释 archive comment");
  auto table = ReadTableFile("a.xlsx", zip);
  ASSERT_TRUE(table.ok()) << table.status().message();
  EXPECT_EQ(table->headers, (std::vector<std::string>{"名称", "金额&#x FF08;", "说明", "状态", "公式"}));
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0].line, 2);
  EXPECT_EQ(table->rows[0].cells, (Cells{{"名称", "东 营"},
                                         {"金额&#x FF08;", "1.5E-3"},
                                         {"说明", "<a> \"' 中文<b>&amp;"},
                                         {"状态", "#N/A"},
                                         {"公式", ""}}));
  EXPECT_EQ(table->rows[1].line, 7);
  EXPECT_EQ(
      table->rows[1].cells,
      (Cells{{"名称", ""}, {"金额&#x FF08;", ""}, {"说明", "A_x000D_&B\r\nC"}, {"状态", ""}, {"公式", "&unknown;"}}));
}

TEST(TableFileTest, XlsxWithoutWorkbookFallsBackToSheet1) {
  auto table = ReadTableFile(
      "a.xlsx",
      SheetZip("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"B2\"><v>7</v></c></row>",
               "<si><t>数量</t></si>"));
  ASSERT_TRUE(table.ok()) << table.status().message();
  ASSERT_EQ(table->rows.size(), 1u);
  EXPECT_EQ(table->rows[0].cells, (Cells{{"数量", "7"}}));
}

TEST(TableFileTest, MalformedXlsxIsRefusedNotACrash) {
  struct Case {
    std::string what;
    std::string content;
    std::string error;
  };
  const std::string header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c></row>";
  std::string no_end_record = SheetZip(header);
  no_end_record[no_end_record.size() - 22] = 'X';
  std::string bad_directory = SheetZip(header);
  bad_directory[bad_directory.size() - 5] = '\x7F';  // the directory's offset past the end
  const std::string zeros(1 << 20, '\0');
  const Case cases[] = {
      {"garbage", "名称,金额\n甲,1\n乙,2\n丙,3\n丁,4\n", "不是有效的 XLSX 文件：找不到 ZIP 目录"},
      {"short", "PK\x03\x04", "不是有效的 XLSX 文件：文件过短"},
      {"no end record", no_end_record, "不是有效的 XLSX 文件：找不到 ZIP 目录"},
      {"directory out of bounds", bad_directory, "不是有效的 XLSX 文件：ZIP 目录损坏"},
      {"no sheet", MakeZip({{"xl/workbook.xml", "<workbook/>"}}),
       "不是有效的 XLSX 文件：缺少 xl/worksheets/sheet1.xml"},
      {"unclosed quote", SheetZip(header + "<row r=\"2></row>"), "不是有效的 XLSX 文件：工作表格式错误"},
      {"unclosed comment", SheetZip(header + "<!-- "), "不是有效的 XLSX 文件：工作表格式错误"},
      {"shared string out of range", SheetZip("<row><c t=\"s\"><v>5</v></c></row>", "<si><t>a</t></si>"),
       "不是有效的 XLSX 文件：共享字符串编号“5”无效"},
      {"no shared strings", SheetZip("<row><c t=\"s\"><v>0</v></c></row>"),
       "不是有效的 XLSX 文件：共享字符串编号“0”无效"},
      {"bad column", SheetZip("<row><c r=\"XFE1\"><v>1</v></c></row>"), "不是有效的 XLSX 文件：单元格位置“XFE1”无效"},
      {"bad row", SheetZip("<row r=\"0\"><c><v>1</v></c></row>"), "不是有效的 XLSX 文件：行号“0”无效"},
      {"cell outside a row", SheetZip("<c><v>1</v></c>"), "不是有效的 XLSX 文件：单元格不在行内"},
      {"encrypted", MakeZip({{"xl/worksheets/sheet1.xml", "<worksheet/>", 8, -1, 1}}),
       "不是有效的 XLSX 文件：文件已加密"},
      {"bzip2", MakeZip({{"xl/worksheets/sheet1.xml", "<worksheet/>", 12}}),
       "不是有效的 XLSX 文件：xl/worksheets/sheet1.xml 的压缩方式不受支持"},
      {"stored, size differs", MakeZip({{"xl/worksheets/sheet1.xml", "<worksheet/>", 0, 5}}),
       "不是有效的 XLSX 文件：xl/worksheets/sheet1.xml 的大小不符"},
      // Inflates to 1 MB where the headers say 100 bytes: stopped at 101.
      {"inflates past its size", MakeZip({{"xl/worksheets/sheet1.xml", zeros, 8, 100}}),
       "不是有效的 XLSX 文件：xl/worksheets/sheet1.xml 已损坏或大小与声明不符"},
      {"inflates short of its size", MakeZip({{"xl/worksheets/sheet1.xml", zeros, 8, (1 << 20) + 1}}),
       "不是有效的 XLSX 文件：xl/worksheets/sheet1.xml 已损坏或大小与声明不符"},
      {"more than deflate can do", MakeZip({{"xl/worksheets/sheet1.xml", "<worksheet/>", 8, 150 << 20}}),
       "不是有效的 XLSX 文件：xl/worksheets/sheet1.xml 的压缩比异常"},
      {"over 200 MB", MakeZip({{"xl/worksheets/sheet1.xml", "<worksheet/>", 8, 201 << 20}}),
       "不是有效的 XLSX 文件：xl/worksheets/sheet1.xml 超过 200 MB"},
  };
  for (const Case& c : cases) EXPECT_EQ(ErrorOf("a.xlsx", c.content), c.error) << c.what;

  // A stored entry whose bytes were changed: the CRC catches it.
  std::string stored = MakeZip({{"xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>", 0}});
  stored[30 + 24 + 5] = 'X';
  EXPECT_EQ(ErrorOf("a.xlsx", stored), "不是有效的 XLSX 文件：xl/worksheets/sheet1.xml 校验失败");
}

TEST(TableFileTest, TruncatedOrDamagedXlsxNeverCrashes) {
  const std::string bytes = MakeXlsx([](lxw_workbook* wb) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    worksheet_write_string(ws, 0, 0, "名称", nullptr);
    worksheet_write_string(ws, 1, 0, "甲", nullptr);
  });
  ASSERT_TRUE(ReadTableFile("a.xlsx", bytes).ok());
  // Every proper prefix lacks the end record.
  for (size_t n = 0; n < bytes.size(); ++n) EXPECT_FALSE(ReadTableFile("a.xlsx", bytes.substr(0, n)).ok()) << n;
  // Any byte changed: read or refused, never out of bounds.
  for (size_t i = 0; i < bytes.size(); ++i) {
    for (unsigned char flip : {0x01, 0x80, 0xFF}) {
      std::string damaged = bytes;
      damaged[i] = static_cast<char>(damaged[i] ^ flip);
      auto table = ReadTableFile("a.xlsx", damaged);
      if (!table.ok()) {
        EXPECT_EQ(table.status().code(), Code::kInvalid) << i;
      }
    }
  }
}

// ---- Dates ---------------------------------------------------------------------

TEST(TableFileTest, ExcelSerialToIsoDate) {
  struct Case {
    std::string serial;
    std::optional<std::string> date;
  };
  const Case cases[] = {
      {"45658", "2025-01-01"},
      {"45658.75", "2025-01-01"},
      {"45658.", "2025-01-01"},
      {"1", "1900-01-01"},
      {"59", "1900-02-28"},
      {"60", std::nullopt},  // Excel's 1900-02-29, a day that never was
      {"61", "1900-03-01"},
      {"25569", "1970-01-01"},
      {"46022", "2025-12-31"},
      {"2958465", "9999-12-31"},
      {"2958466", std::nullopt},
      {"0", std::nullopt},
      {"", std::nullopt},
      {"-1", std::nullopt},
      {".5", std::nullopt},
      {"4.5e4", std::nullopt},
      {" 45658", std::nullopt},
      {"2025-01-01", std::nullopt},
      {"99999999999999999999", std::nullopt},
  };
  for (const Case& c : cases) EXPECT_EQ(ExcelSerialToIsoDate(c.serial), c.date) << c.serial;
}

}  // namespace
}  // namespace gk
