// The rows of an import file — CSV, XLSX (Excel) or JSON Lines — as records
// keyed by their header, for the imports that take spreadsheets
// (`gongkai import enforcement FILE`, `gongkai import sampling FILE`).
//
// Every format gives the same shape: the header names (trimmed of ASCII
// white space and the ideographic space U+3000, a UTF-8 BOM skipped) and,
// for every row that has any non-empty cell, a value (trimmed the same way)
// under every header name, "" where the row has none. The caller checks
// which headers it needs and what the values mean.
//
// - CSV (.csv): RFC 4180 through gk::ParseCsv, UTF-8. The header is the
//   first record that is not blank.
// - XLSX (.xlsx): the first sheet of the workbook (hidden or not); the header
//   is its first row with a non-empty cell. Values are the cells' stored text:
//   shared and inline strings, booleans as "true"/"false", and numbers as
//   written in the file ("0.5", "1200"). A date typed into Excel is stored as
//   a number, its serial ("45658" for 2025-01-01): a date column should
//   accept that form too, through ExcelSerialToIsoDate. Formulas give their
//   cached result; merged cells hold their value in the top-left cell only.
// - JSON Lines (.jsonl, .ndjson): one JSON object per line, blank lines
//   skipped; the headers are the keys in the order they first appear.
//   Strings as they are, numbers as their text (12, 12.0 → "12"; 0.5 →
//   "0.5"), true/false → "true"/"false", null → "", arrays and objects as
//   their JSON text.
//
// The file is refused as a whole (Invalid, a Chinese message naming the
// line) when it cannot be read as a table: an unsupported extension, an
// empty file or one without a header, two columns of the same name, a CSV
// quote never closed, a workbook that cannot be read, a JSON line that is not
// an object, a non-empty cell in a column without a name (in CSV usually an
// unquoted comma, "1,000"), or text that is not UTF-8 (a CSV saved from
// Excel as GBK: the message says to save it as UTF-8) or holds a NUL.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"
#include "common/status.h"

namespace gk {

struct TableRow {
  // Where the record starts: the CSV line (the header is line 1 when it is
  // the first), the XLSX row number (1-based, header row included), the JSON
  // Lines line.
  int line = 0;
  std::map<std::string, std::string> cells;  // every header name → value
};

struct TableFile {
  std::vector<std::string> headers;  // in file order, none empty, no repeats
  std::vector<TableRow> rows;        // in file order, blank rows left out
};

// A date as import files write it: YYYY-MM-DD, YYYY/M/D, YYYY.M.D,
// YYYY年M月D日, YYYYMMDD or a spreadsheet's day number, a time after it
// ignored; none when it is not a date.
std::optional<Date> ParseDayText(std::string_view text);

// A header as compared with the names an import knows: half-width
// brackets as full-width, spaces dropped (罚款金额(万元) is 罚款金额（万元）).
std::string NormalizeHeader(std::string_view header);

// The values of a cell that holds a list, split at line breaks, ';' and
// '；': "a；b\nc" → {"a", "b", "c"}, each trimmed, blanks dropped.
std::vector<std::string> SplitCellList(const std::string& cell);

// The format comes from `file_name`'s extension: .csv, .xlsx, .jsonl or
// .ndjson, in any case.
Result<TableFile> ReadTableFile(const std::string& file_name, std::string_view content);

// Every sheet of an XLSX workbook as stored, for checking what gongkai
// writes (the annual report's tables): its name, its cells by reference
// ("B3" → the stored text, numbers as written) and its merged ranges
// ("A1:D1"), in workbook order.
struct XlsxSheet {
  std::string name;
  std::map<std::string, std::string> cells;
  std::vector<std::string> merges;
};
Result<std::vector<XlsxSheet>> ReadXlsxSheets(std::string_view content);

// An Excel date serial ("45658", "45658.75": the time of day is dropped) as
// "YYYY-MM-DD" ("2025-01-01"), in the 1900 date system, with its fictitious
// 1900-02-29 (serial 60, none). None for anything else, or a date outside
// years 1900–9999.
std::optional<std::string> ExcelSerialToIsoDate(std::string_view serial);

}  // namespace gk
