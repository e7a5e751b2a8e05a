// A spreadsheet (XLSX) of one sheet written from rows, for the exports staff
// keep on file: the catalogue's items, a consultation's comments with their
// decisions. Rows are pulled one at a time and written in libxlsxwriter's
// constant-memory mode, so a sheet of 100,000 rows costs a row's memory.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "common/status.h"

namespace gk::files {

struct SheetSpec {
  std::string tmp_dir;                // where the file is written before it is read back (created if missing)
  std::string name;                   // the sheet's name (at most 31 characters)
  std::vector<std::string> headings;  // the first row, in bold
  std::vector<double> widths;         // column widths in characters; missing ones default
};

// The XLSX file's bytes. `next_row` fills the next row and returns true, or
// returns false when there are no more.
Result<std::string> WriteSheet(const SheetSpec& spec, const std::function<bool(std::vector<std::string>*)>& next_row);

// The MIME type of an XLSX file.
inline constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace gk::files
