#include "files/sheet.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/secrets.h"

namespace gk::files {

Result<std::string> WriteSheet(const SheetSpec& spec, const std::function<bool(std::vector<std::string>*)>& next_row) {
  std::error_code ec;
  std::filesystem::create_directories(spec.tmp_dir, ec);
  const std::string path = spec.tmp_dir + "/sheet-" + RandomToken().substr(0, 16) + ".xlsx";
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = const_cast<char*>(spec.tmp_dir.c_str());
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (wb == nullptr) return Status::Unavailable("无法生成表格文件");
  lxw_worksheet* ws = workbook_add_worksheet(wb, spec.name.c_str());
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  // Widths first: constant-memory mode writes rows as they come.
  for (size_t c = 0; c < spec.widths.size(); ++c)
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), spec.widths[c], nullptr);
  for (size_t c = 0; c < spec.headings.size(); ++c)
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), spec.headings[c].c_str(), bold);
  lxw_row_t r = 1;
  std::vector<std::string> cells;
  while (next_row(&cells)) {
    for (size_t c = 0; c < cells.size(); ++c)
      worksheet_write_string(ws, r, static_cast<lxw_col_t>(c), cells[c].c_str(), nullptr);
    ++r;
    cells.clear();
  }
  const lxw_error err = workbook_close(wb);
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  ::unlink(path.c_str());
  if (err != LXW_NO_ERROR) return Status::Unavailable("生成表格文件失败");
  return ss.str();
}

}  // namespace gk::files
