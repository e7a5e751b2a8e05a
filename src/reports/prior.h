// Reports of years before the platform (以往年度报告): staff enter the
// figures of the report as it was published, in the template of its year —
// 国办公开办函〔2021〕30号 (reports of 2021 on) or the trial template of
// 国办公开办函〔2019〕60号 (reports of 2019 and 2020) — so that the next
// year's checks and comparisons have last year's figures:
//   - table 二 in full, as that template lays it out (the 2019 template counts
//     规章/规范性文件 as 本年新制作 / 本年新公开 / 对外公开总数量, which is no
//     现行有效 count: only a 2021-template year feeds the 现行有效 check);
//   - of table 三 the rows the balance and the carry-over need, in every
//     column: 一 本年新收, 二 上年结转, 三（七）总计, 四 结转下年度继续办理
//     (next year's 二 should equal this 四);
//   - table 四 in full (the same in both templates).
// Stored as the report's JSON (ReportJson's shape plus "format" and
// "entered"), which PriorOf reads like a report drafted here.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace gk::reports {

enum class ReportFormat { k2021, k2019 };
const char* ReportFormatCode(ReportFormat f);   // "2021" "2019"
const char* ReportFormatLabel(ReportFormat f);  // "2021年格式（国办公开办函〔2021〕30号）" …
bool ParseReportFormat(std::string_view code, ReportFormat* out);
// The template a year's report was published in: 2019 and 2020 the trial
// template of 2019, later years that of 2021. (Reports before 2019 followed
// older formats; their table 二 is entered in the 2019 layout, the closest.)
ReportFormat FormatOfYear(int year);

// A block of table 二 in a template: 第二十条第（一）项 …, its column headings
// and its rows. `amount` columns take 万元 with up to 4 decimals; `signed`
// ones (本年增/减) may be negative; the rest are counts.
struct Table2Block {
  std::string block;
  std::vector<std::string> headings;
  std::vector<std::string> rows;
};
const std::vector<Table2Block>& Table2Layout(ReportFormat f);
bool IsAmountHeading(std::string_view heading);
bool IsSignedHeading(std::string_view heading);

// The rows of table 三 a prior report holds, labelled as in ReportJson.
const std::vector<std::string>& PriorTable3Rows();

struct PriorReport {
  ReportFormat format = ReportFormat::k2021;
  // Table 二's cells as typed, by Table2Key.
  std::map<std::string, std::string> t2;
  // PriorTable3Rows() × Table3Columns().
  std::array<std::array<int64_t, 7>, 4> t3{};
  std::array<int64_t, 15> t4{};
};
// The key of a table 二 cell, and the form field it is typed in
// ("t2_<block>_<row>_<column>", all 0-based).
std::string Table2Key(const std::string& block, const std::string& row, const std::string& heading);
std::string Table2Field(size_t block, size_t row, size_t column);
// The form fields of table 三's cells ("t3_<row>_<column>") and table 四's
// ("t4_<i>", i = group × 5 + column), 0-based.
std::string Table3Field(size_t row, size_t column);
std::string Table4Field(size_t i);

// Every problem at once (fields as Table2Field, Table3Field and
// Table4Field), in Chinese: counts whole and not negative, 本年增/减 whole,
// amounts in 万元.
void ValidatePrior(const PriorReport& p, FieldErrors* errors);
// Warnings that do not stop the entry: table 三's balance (一 + 二 =
// 三（七） + 四) per column, as the published report may itself break it.
std::vector<std::string> PriorWarnings(const PriorReport& p);

// The report's JSON for storage; and back (none when the text is no such
// JSON: a report drafted here reads as a 2021-format prior report).
std::string PriorJson(const PriorReport& p, int64_t agency_id, const std::string& agency_name, int year);
PriorReport PriorReportOf(std::string_view report_json);

}  // namespace gk::reports
