// Tables 三 and 四 of the annual report (国办公开办函〔2021〕30号); see report.h.
#include "applications/report.h"

#include <nlohmann/json.hpp>

namespace gk::applications {
namespace {

void Add(Row& r, ApplicantType t) {
  r[static_cast<size_t>(t)] += 1;
  r[kApplicantTypes] += 1;
}

}  // namespace

AnnualTables ComputeTables(int year, const std::vector<ReportCase>& cases, const std::vector<ReportAppeal>& appeals) {
  AnnualTables t;
  t.year = year;
  const Date first = *Date::FromYmd(year, 1, 1);
  const Date last = *Date::FromYmd(year, 12, 31);
  for (Outcome o : AllOutcomes()) t.t3.outcomes.push_back({o, Row{}});

  for (const auto& c : cases) {
    if (!c.received_on) continue;  // never received (Art. 31): not an application yet
    const Date received = *c.received_on;
    if (received > last) continue;
    const std::optional<Date>& closed = c.closed_on;
    const bool open_at_start = received < first && (!closed || *closed >= first);
    const bool received_now = received >= first;
    const bool closed_now = closed && *closed >= first && *closed <= last;
    const bool open_at_end = !closed || *closed > last;
    if (!received_now && !open_at_start) continue;  // closed before this year
    if (received_now) Add(t.t3.received, c.type);
    if (open_at_start) Add(t.t3.carried_in, c.type);
    if (open_at_end) Add(t.t3.carried_out, c.type);

    const bool has_outcome = c.outcome && ValidOutcome(*c.outcome);
    if (closed_now && has_outcome) {
      for (auto& [oc, row] : t.t3.outcomes)
        if (oc == *c.outcome) Add(row, c.type);
      Add(t.t3.closed_total, c.type);
    }
    std::string problem;
    if (closed_now && !has_outcome) problem = "已办结但没有记录办理结果";
    else if (closed && *closed < received) problem = "办结日期早于收到日期";
    if (!problem.empty()) t.imbalances.push_back({c.id, c.number, problem});
  }
  for (size_t col = 0; col < kColumns; ++col)
    if (t.t3.received[col] + t.t3.carried_in[col] != t.t3.closed_total[col] + t.t3.carried_out[col]) t.balanced = false;
  if (!t.imbalances.empty()) t.balanced = false;

  for (const auto& a : appeals) {
    if (!a.filed_on || a.filed_on->year() != year) continue;
    size_t block = a.kind == "reconsideration" ? 0 : (a.after_reconsideration ? 10 : 5);
    bool decided = a.result != "pending" && a.decided_on && *a.decided_on <= last;
    size_t col = !decided ? 3 : a.result == "upheld" ? 0 : a.result == "corrected" ? 1 : 2;
    t.t4[block + col] += 1;
    t.t4[block + 4] += 1;
  }
  return t;
}

std::vector<std::string> Table3Columns() {
  std::vector<std::string> v;
  for (const auto& c : ApplicantTypes()) v.push_back(c.label);
  v.push_back("总计");
  return v;
}

std::vector<std::string> Table4Columns() {
  std::vector<std::string> v;
  for (const char* block : {"行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉"})
    for (const char* col : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"})
      v.push_back(std::string(block) + "·" + col);
  return v;
}

std::vector<LabelledRow> Table3Rows(const AnnualTables& t) {
  std::vector<LabelledRow> rows;
  rows.push_back({"一、本年新收政府信息公开申请数量", false, t.t3.received, true});
  rows.push_back({"二、上年结转政府信息公开申请数量", false, t.t3.carried_in, true});
  rows.push_back({"三、本年度办理结果", true, {}, false});
  int shown_row = 0;
  for (const auto& [o, values] : t.t3.outcomes) {
    if (o.sub == 0) {
      rows.push_back({OutcomeRowTitle(o.row), false, values, true});
      continue;
    }
    if (shown_row != o.row) {
      rows.push_back({OutcomeRowTitle(o.row), true, {}, false});
      shown_row = o.row;
    }
    rows.push_back({std::to_string(o.sub) + "." + OutcomeSubTitle(o.row, o.sub), false, values, true});
  }
  rows.push_back({"（七）总计", false, t.t3.closed_total, true});
  rows.push_back({"四、结转下年度继续办理", false, t.t3.carried_out, true});
  return rows;
}

std::string TablesJson(const AnnualTables& t) {
  nlohmann::json j;
  j["year"] = t.year;
  j["balanced"] = t.balanced;
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : Table3Rows(t)) {
    nlohmann::json row{{"label", r.label}};
    if (r.has_values) row["values"] = r.values;
    rows.push_back(row);
  }
  j["table3"] = {{"columns", Table3Columns()}, {"rows", rows}};
  j["table4"] = {{"columns", Table4Columns()}, {"values", t.t4}};
  nlohmann::json bad = nlohmann::json::array();
  for (const auto& b : t.imbalances) bad.push_back({{"id", b.id}, {"number", b.number}, {"problem", b.problem}});
  j["imbalances"] = bad;
  return j.dump(2) + "\n";
}

std::string TablesCsv(const AnnualTables& t, CsvWriter::Bom bom) {
  CsvWriter out(bom);
  out.Row({"三、收到和处理政府信息公开申请情况（" + std::to_string(t.year) + "年）"});
  std::vector<std::string> cells = {"项目"};
  for (const auto& c : Table3Columns()) cells.push_back(c);
  out.Row(cells);
  for (const auto& r : Table3Rows(t)) {
    cells = {r.label};
    for (size_t i = 0; i < kColumns; ++i) cells.push_back(r.has_values ? std::to_string(r.values[i]) : std::string());
    out.Row(cells);
  }
  out.Row({});
  out.Row({"四、政府信息公开行政复议、行政诉讼情况"});
  out.Row(Table4Columns());
  cells.clear();
  for (int64_t v : t.t4) cells.push_back(std::to_string(v));
  out.Row(cells);
  return out.text();
}

}  // namespace gk::applications
