// The annual report's tables 三 and 四 (国办公开办函〔2021〕30号, RULES.md §3),
// computed from application records. Pure: the caller loads the records.
//
// Table 三 for year Y, per applicant-type column:
//   一  received in Y;
//   二  received before Y and not closed before Y (carried over);
//   三  closed in Y, by outcome; 三（七）their total;
//   四  received by the end of Y and not closed by then (carried into Y+1).
// So 一 + 二 = 三（七） + 四 in every column whenever every received case is
// closed at most once, with an outcome, not before its receipt; the cases
// that break it are named.
// Table 四 counts the appeals filed in Y, by their result at the end of Y.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "applications/model.h"
#include "common/csv.h"

namespace gk::applications {

struct ReportCase {
  int64_t id = 0;
  std::string number;
  ApplicantType type = ApplicantType::kPerson;
  std::optional<Date> received_on;  // none: never received, not counted
  std::optional<Date> closed_on;    // none: open
  std::optional<Outcome> outcome;   // none (or invalid): undecided
};

struct ReportAppeal {
  int64_t application_id = 0;
  std::string kind;  // reconsideration | litigation
  bool after_reconsideration = false;
  std::optional<Date> filed_on;
  std::string result;  // pending | upheld | corrected | other
  std::optional<Date> decided_on;
};

constexpr int kColumns = kApplicantTypes + 1;  // + 总计
using Row = std::array<int64_t, kColumns>;

struct Table3 {
  Row received{};                                 // 一
  Row carried_in{};                               // 二
  std::vector<std::pair<Outcome, Row>> outcomes;  // 三（一）–（六）, AllOutcomes() order
  Row closed_total{};                             // 三（七）
  Row carried_out{};                              // 四
};

// 行政复议 | 行政诉讼·未经复议直接起诉 | 行政诉讼·复议后起诉; each: 维持 纠正 其他 尚未审结 总计.
using Table4 = std::array<int64_t, 15>;

struct Imbalance {
  int64_t id = 0;
  std::string number;
  std::string problem;  // Chinese
};

struct AnnualTables {
  int year = 0;
  Table3 t3;
  Table4 t4{};
  bool balanced = true;  // 一 + 二 = 三（七） + 四 in every column
  std::vector<Imbalance> imbalances;
};

AnnualTables ComputeTables(int year, const std::vector<ReportCase>& cases, const std::vector<ReportAppeal>& appeals);

// JSON (nlohmann) text: {"year", "table3": {"columns", "rows": [{"label","values"}]}, "table4": {...}, "balanced",
// "imbalances"}.
std::string TablesJson(const AnnualTables& t);
// CSV with the report's row and column titles, table 三 then table 四;
// `bom` as the reader needs it (CsvWriter::Bom::kExcel for a download).
std::string TablesCsv(const AnnualTables& t, CsvWriter::Bom bom = CsvWriter::Bom::kNone);

// Row titles of table 三 in order, with their values (for pages and exports).
struct LabelledRow {
  std::string label;
  bool heading = false;  // 三、本年度办理结果 and the outcome-row titles with sub-reasons
  Row values{};
  bool has_values = true;
};
std::vector<LabelledRow> Table3Rows(const AnnualTables& t);
std::vector<std::string> Table3Columns();  // 自然人 … 总计
std::vector<std::string> Table4Columns();  // 15 titles "行政复议·结果维持" …

}  // namespace gk::applications
