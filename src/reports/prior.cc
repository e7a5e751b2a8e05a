#include "reports/prior.h"

#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "reports/figures_json.h"
#include "reports/model.h"

namespace gk::reports {
namespace {

using json = nlohmann::json;

constexpr int64_t kMaxCount = 100000000;

// A whole number as typed, optionally signed; none when it is not one.
std::optional<int64_t> WholeNumber(std::string_view s, bool allow_sign) {
  bool negative = false;
  if (allow_sign && !s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || s.size() > 9) return std::nullopt;
  int64_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return negative ? -n : n;
}

}  // namespace

const char* ReportFormatCode(ReportFormat f) { return f == ReportFormat::k2019 ? "2019" : "2021"; }

const char* ReportFormatLabel(ReportFormat f) {
  return f == ReportFormat::k2019 ? "2019年格式（国办公开办函〔2019〕60号，2019、2020年度报告）"
                                  : "2021年格式（国办公开办函〔2021〕30号，2021年度起）";
}

bool ParseReportFormat(std::string_view code, ReportFormat* out) {
  if (code == "2019") *out = ReportFormat::k2019;
  else if (code == "2021") *out = ReportFormat::k2021;
  else return false;
  return true;
}

ReportFormat FormatOfYear(int year) { return year >= 2021 ? ReportFormat::k2021 : ReportFormat::k2019; }

const std::vector<Table2Block>& Table2Layout(ReportFormat f) {
  // 国办公开办函〔2021〕30号, table 二 (RULES.md §3).
  static const std::vector<Table2Block> k2021 = {
      {"第二十条第（一）项", {"本年制发件数", "本年废止件数", "现行有效件数"}, {"规章", "行政规范性文件"}},
      {"第二十条第（五）项", {"本年处理决定数量"}, {"行政许可"}},
      {"第二十条第（六）项", {"本年处理决定数量"}, {"行政处罚", "行政强制"}},
      {"第二十条第（八）项", {"本年收费金额（单位：万元）"}, {"行政事业性收费"}},
  };
  // 国办公开办函〔2019〕60号 《中华人民共和国政府信息公开工作年度报告格式（试行）》, table 二.
  static const std::vector<Table2Block> k2019 = {
      {"第二十条第（一）项", {"本年新制作数量", "本年新公开数量", "对外公开总数量"}, {"规章", "规范性文件"}},
      {"第二十条第（五）项", {"上一年项目数量", "本年增/减", "处理决定数量"}, {"行政许可", "其他对外管理服务事项"}},
      {"第二十条第（六）项", {"上一年项目数量", "本年增/减", "处理决定数量"}, {"行政处罚", "行政强制"}},
      {"第二十条第（八）项", {"上一年项目数量", "本年增/减"}, {"行政事业性收费"}},
      {"第二十条第（九）项", {"采购项目数量", "采购总金额"}, {"政府集中采购"}},
  };
  return f == ReportFormat::k2019 ? k2019 : k2021;
}

bool IsAmountHeading(std::string_view heading) { return heading.find("金额") != std::string_view::npos; }
bool IsSignedHeading(std::string_view heading) { return heading == "本年增/减"; }

const std::vector<std::string>& PriorTable3Rows() {
  static const std::vector<std::string> k = {"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                                             "（七）总计", "四、结转下年度继续办理"};
  return k;
}

std::string Table2Key(const std::string& block, const std::string& row, const std::string& heading) {
  return block + "|" + row + "|" + heading;
}

std::string Table2Field(size_t block, size_t row, size_t column) {
  return "t2_" + std::to_string(block) + "_" + std::to_string(row) + "_" + std::to_string(column);
}

std::string Table3Field(size_t row, size_t column) {
  return "t3_" + std::to_string(row) + "_" + std::to_string(column);
}

std::string Table4Field(size_t i) { return "t4_" + std::to_string(i); }

void ValidatePrior(const PriorReport& p, FieldErrors* errors) {
  const auto& layout = Table2Layout(p.format);
  for (size_t b = 0; b < layout.size(); ++b)
    for (size_t r = 0; r < layout[b].rows.size(); ++r)
      for (size_t c = 0; c < layout[b].headings.size(); ++c) {
        const std::string& heading = layout[b].headings[c];
        auto it = p.t2.find(Table2Key(layout[b].block, layout[b].rows[r], heading));
        const std::string text = it == p.t2.end() ? "" : it->second;
        const std::string where = "表二“" + layout[b].rows[r] + "·" + heading + "”";
        if (IsAmountHeading(heading)) {
          if (!IsAmount(text)) errors->Add(Table2Field(b, r, c), where + "应为以万元为单位的数字，最多 4 位小数");
        } else if (!text.empty() && !WholeNumber(text, IsSignedHeading(heading))) {
          errors->Add(Table2Field(b, r, c),
                      where + (IsSignedHeading(heading) ? "应为整数，减少时填负数" : "应为不小于 0 的整数"));
        }
      }
  for (size_t r = 0; r < p.t3.size(); ++r)
    for (size_t c = 0; c < p.t3[r].size(); ++c)
      if (p.t3[r][c] < 0 || p.t3[r][c] > kMaxCount)
        errors->Add(Table3Field(r, c),
                    "表三“" + PriorTable3Rows()[r] + "·" + Table3Columns()[c] + "”应为 0 至 100000000 之间的整数");
  for (size_t i = 0; i < p.t4.size(); ++i)
    if (p.t4[i] < 0 || p.t4[i] > kMaxCount)
      errors->Add(Table4Field(i),
                  "表四“" + Table4Groups()[i / 5] + "·" + Table4Columns()[i % 5] + "”应为 0 至 100000000 之间的整数");
}

std::vector<std::string> PriorWarnings(const PriorReport& p) {
  std::vector<std::string> out;
  for (size_t c = 0; c < Table3Columns().size(); ++c) {
    const int64_t left = p.t3[0][c] + p.t3[1][c], right = p.t3[2][c] + p.t3[3][c];
    if (left != right)
      out.push_back("表三“" + Table3Columns()[c] + "”列：一 + 二 = " + std::to_string(left) +
                    "，三（七） + 四 = " + std::to_string(right) + "，不相等（如与已发布报告一致，可不修改）");
  }
  return out;
}

std::string PriorJson(const PriorReport& p, int64_t agency_id, const std::string& agency_name, int year) {
  json j;
  j["agency_id"] = agency_id;
  j["agency"] = agency_name;
  j["year"] = year;
  j["title"] = agency_name + std::to_string(year) + "年政府信息公开工作年度报告";
  j["format"] = ReportFormatCode(p.format);
  j["entered"] = true;
  json t2 = json::array();
  for (const auto& block : Table2Layout(p.format))
    for (const auto& row : block.rows) {
      json values = json::object();
      for (const auto& h : block.headings) {
        auto it = p.t2.find(Table2Key(block.block, row, h));
        const std::string text = it == p.t2.end() ? "" : Trim(it->second);
        values[h] = text.empty() ? "0" : text;
      }
      t2.push_back({{"block", block.block}, {"label", row}, {"values", values}});
    }
  j["table2"] = {{"rows", t2}};
  json t3 = json::array();
  for (size_t r = 0; r < p.t3.size(); ++r) t3.push_back({{"label", PriorTable3Rows()[r]}, {"values", p.t3[r]}});
  j["table3"] = {{"columns", Table3Columns()}, {"rows", t3}};
  j["table4"] = {{"groups", Table4Groups()}, {"columns", Table4Columns()}, {"values", p.t4}};
  return j.dump(2) + "\n";
}

PriorReport PriorReportOf(std::string_view report_json) {
  PriorReport p;
  const json j = json::parse(report_json, nullptr, false);
  if (!j.is_object()) return p;
  auto part = [&](const char* table, const char* key) {
    const auto t = j.find(table);
    if (t == j.end() || !t->is_object()) return json::array();
    const auto v = t->find(key);
    return v != t->end() && v->is_array() ? *v : json::array();
  };
  if (j.contains("format") && j["format"].is_string()) ParseReportFormat(j["format"].get<std::string>(), &p.format);
  for (const auto& row : part("table2", "rows")) {
    if (!row.is_object() || !row.contains("values") || !row["values"].is_object()) continue;
    const std::string block = row.value("block", ""), label = row.value("label", "");
    for (const auto& [heading, v] : row["values"].items())
      p.t2[Table2Key(block, label, heading)] = v.is_string() ? v.get<std::string>() : v.dump();
  }
  for (const auto& row : part("table3", "rows")) {
    if (!row.is_object() || !row.contains("values") || !row["values"].is_array()) continue;
    const std::string label = row.value("label", "");
    const json& values = row["values"];
    for (size_t r = 0; r < PriorTable3Rows().size(); ++r)
      if (label == PriorTable3Rows()[r])
        for (size_t c = 0; c < p.t3[r].size() && c < values.size(); ++c) p.t3[r][c] = FigureOf(values[c]);
  }
  const json t4 = part("table4", "values");
  for (size_t i = 0; i < p.t4.size() && i < t4.size(); ++i) p.t4[i] = FigureOf(t4[i]);
  return p;
}

}  // namespace gk::reports
