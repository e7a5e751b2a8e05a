// The one CSV writer of the code base (every export goes through it), and
// the reader the imports share.
// Exports carry text typed by the public (an application's description) and
// are opened by staff in spreadsheet programs, which run a cell starting
// with = + - @ (or a tab or carriage return before one) as a formula: such a
// cell is written as text, prefixed with a single quote ('=HYPERLINK(...)).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gk {

// One cell: defused as above, then quoted per RFC 4180 when it holds a
// comma, a double quote, CR or LF. A plain number ("-12", "+3.5") is left a
// number: it cannot run anything, and the reports' figures stay figures.
std::string CsvCell(std::string_view value);

class CsvWriter {
 public:
  // kExcel starts the text with a UTF-8 byte order mark: without it Excel
  // reads the file in the local code page and garbles Chinese.
  enum class Bom { kNone, kExcel };
  explicit CsvWriter(Bom bom = Bom::kNone);

  // One record, ended by CRLF as RFC 4180 has it. An empty list writes an
  // empty line (the reports' gap between tables).
  void Row(const std::vector<std::string>& cells);
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

// The reader every import shares: the records of a CSV text, each with the
// line it starts on. RFC 4180 quoting; a leading BOM is skipped. Returns
// false (with `error_line`) on an unterminated quote.
struct CsvRecord {
  int line = 0;
  std::vector<std::string> fields;
};
bool ParseCsv(std::string_view content, std::vector<CsvRecord>* records, int* error_line);

}  // namespace gk
