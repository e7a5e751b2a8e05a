// The annual report on government information disclosure (政府信息公开工作
// 年度报告, 国办公开办函〔2021〕30号; RULES.md §3; work plan 五(二)): its six
// sections, and the figures of its tables 二, 三 and 四 as they come from the
// agency's own records. Pure: the service gathers the records through the
// sources the composition root wires (reports/ includes no other domain).
//
// Table 二 (第二十条 items (一), (五), (六), (八)):
//   规章 / 行政规范性文件 — 本年制发: issued in the year (成文日期, else the
//     发布日期); 本年废止: ceased in the year (废止, 失效 or 修订 dated in the
//     year, or 有效期至 passed in it); 现行有效: issued by the end of the year
//     and not ceased by then. So 现行有效(Y) = 现行有效(Y−1) + 制发 − 废止
//     always holds for figures computed here; the check compares with last
//     year's report as it was published (entered figures of years before the
//     platform included).
//   行政许可 / 行政处罚 / 行政强制 — 本年处理决定数量 from the enforcement
//     records (decisions dated in the year), or a figure staff enter with a
//     note where the records are not kept here.
//   行政事业性收费 — 本年收费金额（万元）, entered.
// Tables 三 and 四 come whole from the applications' records
// (applications/report.h), with the cases that break the balance named.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"
#include "common/status.h"
#include "reports/prior.h"

namespace gk::reports {

// 一、总体情况 … 六、其他需要报告的事项, in order (RULES.md §3).
const std::vector<std::string>& SectionTitles();

// A 规章 or 行政规范性文件 as table 二 counts it.
struct NormativeRecord {
  bool rule = false;  // 规章; else 行政规范性文件
  Date issued_on;     // 成文日期, else 发布日期
  std::optional<Date> ceased_on;  // 废止/失效/修订 date, or the day after 有效期至; none: in force
};

struct NormativeCounts {
  int64_t issued = 0;    // 本年制发件数
  int64_t repealed = 0;  // 本年废止件数
  int64_t in_force = 0;  // 现行有效件数 (at the end of the year)
  bool operator==(const NormativeCounts&) const = default;
};

// The counts of `year` over the records of one kind (rule or not).
NormativeCounts CountNormative(int year, const std::vector<NormativeRecord>& records, bool rule);

// Decisions dated in the year, by kind, from the enforcement records.
struct EnforcementCounts {
  int64_t licensing = 0;  // 行政许可
  int64_t penalty = 0;    // 行政处罚
  int64_t coercion = 0;   // 行政强制
  bool any_records = false;  // the agency keeps its decisions here at all
};

// A row of table 三 as the applications give it.
struct LabelledRow {
  std::string label;
  bool heading = false;         // a title row (三、本年度办理结果, （三）不予公开 …)
  std::vector<int64_t> values;  // 7 values; empty for a title row without figures
};

// Tables 三 and 四 from the applications' records.
struct ApplicationFigures {
  std::vector<LabelledRow> t3;
  std::array<int64_t, 15> t4{};
  // The cases that break 一 + 二 = 三（七） + 四: "number：problem".
  std::vector<std::string> imbalances;
};

// Table 三's columns: 自然人 | 法人或其他组织 (商业企业 科研机构 社会公益组织
// 法律服务机构 其他) | 总计.
const std::vector<std::string>& Table3Columns();
// Table 四's groups (行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉)
// and the five columns under each (结果维持 结果纠正 其他结果 尚未审结 总计).
const std::vector<std::string>& Table4Groups();
const std::vector<std::string>& Table4Columns();

// What staff enter: the texts of sections 一, 五 and 六, the fee, and the
// enforcement figures where the records are not kept here.
struct Entries {
  std::string overview;       // 一、总体情况
  std::string problems;       // 五、存在的主要问题及改进情况
  std::string other_matters;  // 六、其他需要报告的事项
  std::string fees;           // 行政事业性收费 本年收费金额（万元）, decimal text; "" for 0
  bool enforcement_entered = false;
  EnforcementCounts enforcement;  // when entered
  std::string enforcement_note;   // where the entered figures come from
};

// 万元 as typed: digits, an optional fraction of at most 4 digits ("" is 0).
bool IsAmount(std::string_view s);

// Every problem with the entries (fields "fees", "licensing", "penalty",
// "coercion", "enforcement_note", the texts), in Chinese.
void ValidateEntries(const Entries& e, FieldErrors* errors);

struct Table2 {
  NormativeCounts rules;      // 规章
  NormativeCounts normative;  // 行政规范性文件
  EnforcementCounts enforcement;
  bool enforcement_from_records = true;
  std::string enforcement_note;
  std::string fees;  // 万元, "0" when none entered
};

// A report's figures as published: what next year's checks compare with.
// Entered by staff for years before the platform.
struct PriorFigures {
  NormativeCounts rules, normative;
  bool known = false;  // table 二's 规章/规范性文件 counts, in the 2021 template
  ReportFormat format = ReportFormat::k2021;
  // Table 三's 四、结转下年度继续办理 per column, when the report has it.
  std::optional<std::array<int64_t, 7>> carried_out;
};

struct Finding {
  bool blocking = false;  // the balance rule; the rest warn
  std::string message;    // Chinese
};

struct AnnualReport {
  int64_t agency_id = 0;
  std::string agency_name;
  int year = 0;
  Entries entries;
  Table2 t2;
  ApplicationFigures applications;
  std::vector<Finding> findings;
  // Texts offered to the writer: section 一 from the figures, and last
  // year's section 五 (its problems, to report on).
  std::string overview_draft;
  std::string last_problems;
  bool Publishable() const {
    for (const auto& f : findings)
      if (f.blocking) return false;
    return true;
  }
};

// Fills findings: the balance rule over table 三 (一 + 二 = 三（七） + 四 in
// every column; blocking, with the cases the applications name), and the
// warnings: 现行有效 against last year's report, negative figures, a fee that
// is not a number of 万元, entered enforcement figures without a note.
void Check(AnnualReport& r, const PriorFigures& prior);

// Section 一 drafted from the figures: items published, applications
// received and answered, and what the sources count besides.
struct Activity {
  int64_t items_published = 0;
  std::vector<std::pair<std::string, int64_t>> by_column;  // column name, items published in the year
  std::vector<std::pair<std::string, int64_t>> other;      // e.g. 意见征集, 留言咨询 — label, count
};
std::string DraftOverview(const AnnualReport& r, const Activity& a);

// The public page of the report's 一图读懂 (charts.h): /reports/<agency>/<year>/chart.
std::string ChartUrl(int64_t agency, int year);

// The report's title: "<agency>2026年政府信息公开工作年度报告".
std::string ReportTitle(const AnnualReport& r);

// The report as Markdown for the catalogue item: the six sections, tables
// as pipe tables (table 三's two header rows flattened into one: "法人或其他
// 组织·商业企业"), figures as integers, and a link to its 一图读懂.
std::string ReportMarkdown(const AnnualReport& r);

// JSON: {"agency", "year", "title", "sections": [{"title","text"}],
// "table2": {"rows": [...]}, "table3": {"columns", "rows": [{"label",
// "values"}]}, "table4": {"groups", "columns", "values"}, "findings",
// "publishable"}.
std::string ReportJson(const AnnualReport& r);

// A whole HTML document (A4 print styles, Chinese fonts) with the tables in
// the template's layout: merged header cells with scope and headers for
// screen readers. What the console previews and the PDF is printed from.
std::string ReportHtml(const AnnualReport& r);

// The six sections and three tables as an HTML fragment (h2 headings), for
// a page that has its own title: the console's preview.
std::string ReportBodyHtml(const AnnualReport& r);

// The XLSX workbook in the template's layout (one sheet per table, merged
// header cells), written through a temporary file under `tmp_dir`.
Result<std::string> ReportXlsx(const AnnualReport& r, const std::string& tmp_dir);

// The figures next year's report compares with, from ReportJson's text.
PriorFigures PriorOf(std::string_view report_json);

}  // namespace gk::reports
