// The annual report's tables as an XLSX workbook in the template's layout:
// one sheet per table, header cells merged as in 国办公开办函〔2021〕30号's
// template, figures as numbers (so a spreadsheet sums them).
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/secrets.h"
#include "reports/model.h"

namespace gk::reports {
namespace {

struct Formats {
  lxw_format* head = nullptr;  // bold, centred, bordered, wrapped
  lxw_format* label = nullptr;  // left, bordered, wrapped
  lxw_format* number = nullptr;  // right, bordered
  lxw_format* title = nullptr;
};

Formats MakeFormats(lxw_workbook* wb) {
  Formats f;
  f.head = workbook_add_format(wb);
  format_set_bold(f.head);
  format_set_border(f.head, LXW_BORDER_THIN);
  format_set_align(f.head, LXW_ALIGN_CENTER);
  format_set_align(f.head, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(f.head);
  f.label = workbook_add_format(wb);
  format_set_border(f.label, LXW_BORDER_THIN);
  format_set_align(f.label, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(f.label);
  f.number = workbook_add_format(wb);
  format_set_border(f.number, LXW_BORDER_THIN);
  format_set_align(f.number, LXW_ALIGN_CENTER);
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  return f;
}

void Merge(lxw_worksheet* ws, int r1, int c1, int r2, int c2, const std::string& text, lxw_format* fmt) {
  if (r1 == r2 && c1 == c2) {
    worksheet_write_string(ws, static_cast<lxw_row_t>(r1), static_cast<lxw_col_t>(c1), text.c_str(), fmt);
    return;
  }
  worksheet_merge_range(ws, static_cast<lxw_row_t>(r1), static_cast<lxw_col_t>(c1), static_cast<lxw_row_t>(r2),
                        static_cast<lxw_col_t>(c2), text.c_str(), fmt);
}

void Number(lxw_worksheet* ws, int r, int c, double v, lxw_format* fmt) {
  worksheet_write_number(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), v, fmt);
}

void Sheet2(lxw_workbook* wb, const Formats& f, const AnnualReport& r) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "二、主动公开");
  worksheet_set_column(ws, 0, 0, 22, nullptr);
  worksheet_set_column(ws, 1, 3, 16, nullptr);
  Merge(ws, 0, 0, 0, 3, SectionTitles()[1], f.title);
  int row = 1;
  auto block = [&](const std::string& name, const std::vector<std::string>& headings) {
    Merge(ws, row, 0, row, 3, name, f.head);
    ++row;
    worksheet_write_string(ws, static_cast<lxw_row_t>(row), 0, "信息内容", f.head);
    if (headings.size() == 1) Merge(ws, row, 1, row, 3, headings[0], f.head);
    else
      for (size_t i = 0; i < headings.size(); ++i)
        worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(1 + i), headings[i].c_str(),
                               f.head);
    ++row;
  };
  auto counts = [&](const char* label, const NormativeCounts& c) {
    worksheet_write_string(ws, static_cast<lxw_row_t>(row), 0, label, f.label);
    Number(ws, row, 1, static_cast<double>(c.issued), f.number);
    Number(ws, row, 2, static_cast<double>(c.repealed), f.number);
    Number(ws, row, 3, static_cast<double>(c.in_force), f.number);
    ++row;
  };
  auto one = [&](const char* label, double v) {
    worksheet_write_string(ws, static_cast<lxw_row_t>(row), 0, label, f.label);
    worksheet_merge_range(ws, static_cast<lxw_row_t>(row), 1, static_cast<lxw_row_t>(row), 3, "", f.number);
    Number(ws, row, 1, v, f.number);
    ++row;
  };
  block("第二十条第（一）项", {"本年制发件数", "本年废止件数", "现行有效件数"});
  counts("规章", r.t2.rules);
  counts("行政规范性文件", r.t2.normative);
  block("第二十条第（五）项", {"本年处理决定数量"});
  one("行政许可", static_cast<double>(r.t2.enforcement.licensing));
  block("第二十条第（六）项", {"本年处理决定数量"});
  one("行政处罚", static_cast<double>(r.t2.enforcement.penalty));
  one("行政强制", static_cast<double>(r.t2.enforcement.coercion));
  block("第二十条第（八）项", {"本年收费金额（单位：万元）"});
  one("行政事业性收费", std::strtod(r.t2.fees.c_str(), nullptr));
}

void Sheet3(lxw_workbook* wb, const Formats& f, const AnnualReport& r) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "三、申请情况");
  worksheet_set_column(ws, 0, 2, 14, nullptr);
  worksheet_set_column(ws, 3, 9, 11, nullptr);
  Merge(ws, 0, 0, 0, 9, SectionTitles()[2], f.title);
  Merge(ws, 1, 0, 3, 2, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", f.label);
  Merge(ws, 1, 3, 1, 9, "申请人情况", f.head);
  Merge(ws, 2, 3, 3, 3, "自然人", f.head);
  Merge(ws, 2, 4, 2, 8, "法人或其他组织", f.head);
  Merge(ws, 2, 9, 3, 9, "总计", f.head);
  const auto& cols = Table3Columns();
  for (size_t c = 1; c + 1 < cols.size(); ++c)
    worksheet_write_string(ws, 3, static_cast<lxw_col_t>(3 + c), cols[c].c_str(), f.head);
  int row = 4;
  for (const auto& x : r.applications.t3) {
    Merge(ws, row, 0, row, 2, x.label, x.heading ? f.head : f.label);
    if (x.values.empty()) Merge(ws, row, 3, row, 9, "", f.number);
    for (size_t c = 0; c < x.values.size(); ++c) Number(ws, row, static_cast<int>(3 + c), static_cast<double>(x.values[c]), f.number);
    ++row;
  }
}

void Sheet4(lxw_workbook* wb, const Formats& f, const AnnualReport& r) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "四、复议诉讼");
  worksheet_set_column(ws, 0, 14, 9, nullptr);
  Merge(ws, 0, 0, 0, 14, SectionTitles()[3], f.title);
  Merge(ws, 1, 0, 2, 4, "行政复议", f.head);
  Merge(ws, 1, 5, 1, 14, "行政诉讼", f.head);
  Merge(ws, 2, 5, 2, 9, "未经复议直接起诉", f.head);
  Merge(ws, 2, 10, 2, 14, "复议后起诉", f.head);
  for (int g = 0; g < 3; ++g)
    for (size_t c = 0; c < Table4Columns().size(); ++c)
      worksheet_write_string(ws, 3, static_cast<lxw_col_t>(g * 5 + c), Table4Columns()[c].c_str(), f.head);
  for (size_t c = 0; c < r.applications.t4.size(); ++c)
    Number(ws, 4, static_cast<int>(c), static_cast<double>(r.applications.t4[c]), f.number);
}

}  // namespace

Result<std::string> ReportXlsx(const AnnualReport& r, const std::string& tmp_dir) {
  std::error_code ec;
  std::filesystem::create_directories(tmp_dir, ec);
  const std::string path = tmp_dir + "/report-" + RandomToken().substr(0, 16) + ".xlsx";
  lxw_workbook_options options = {};
  options.tmpdir = const_cast<char*>(tmp_dir.c_str());
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (wb == nullptr) return Status::Unavailable("无法生成表格文件");
  const Formats f = MakeFormats(wb);
  Sheet2(wb, f, r);
  Sheet3(wb, f, r);
  Sheet4(wb, f, r);
  const lxw_error err = workbook_close(wb);
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  ::unlink(path.c_str());
  if (err != LXW_NO_ERROR) return Status::Unavailable("生成表格文件失败");
  return ss.str();
}

}  // namespace gk::reports
