#include "reports/charts.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "reports/figures_json.h"
#include "text/xml.h"

namespace gk::reports {
namespace {

using nlohmann::json;


// Table 二's value of a row and column title.
int64_t T2(const json& j, const std::string& label, const std::string& column) {
  for (const auto& row : j["table2"]["rows"])
    if (row.value("label", "") == label && row["values"].contains(column)) return FigureOf(row["values"][column]);
  return 0;
}

// Table 三's 总计 (last) value of the row whose label starts with `prefix`.
int64_t T3(const json& j, std::string_view prefix) {
  for (const auto& row : j["table3"]["rows"])
    if (row.value("label", "").starts_with(prefix) && row.contains("values") && !row["values"].empty())
      return FigureOf(row["values"].back());
  return 0;
}

// Table 三's outcome (（一）…（六）) 总计: the row itself, or the sum of its numbered sub-rows.
int64_t Outcome(const json& j, std::string_view prefix) {
  int64_t sum = 0;
  bool inside = false;
  for (const auto& row : j["table3"]["rows"]) {
    const std::string label = row.value("label", "");
    if (label.starts_with(prefix)) {
      if (row.contains("values") && !row["values"].empty()) return FigureOf(row["values"].back());
      inside = true;
      continue;
    }
    if (inside && !label.empty() && label[0] >= '1' && label[0] <= '9') {
      if (row.contains("values") && !row["values"].empty()) sum += FigureOf(row["values"].back());
    } else if (inside) {
      break;
    }
  }
  return sum;
}

Result<json> Parse(std::string_view text) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.contains("table2") || !j.contains("table3") || !j.contains("table4"))
    return Status::Invalid("不是年度报告的数据");
  return j;
}

std::string N(int64_t n) { return std::to_string(n); }

}  // namespace

Result<std::vector<Chart>> ReportCharts(std::string_view report_json) {
  auto parsed = Parse(report_json);
  if (!parsed.ok()) return parsed.status();
  const json& j = parsed.value();
  std::vector<Chart> out;
  out.push_back({"规章和行政规范性文件",
                 "件",
                 {{"规章·本年制发", T2(j, "规章", "本年制发件数")},
                  {"规章·现行有效", T2(j, "规章", "现行有效件数")},
                  {"规范性文件·本年制发", T2(j, "行政规范性文件", "本年制发件数")},
                  {"规范性文件·本年废止", T2(j, "行政规范性文件", "本年废止件数")},
                  {"规范性文件·现行有效", T2(j, "行政规范性文件", "现行有效件数")}}});
  out.push_back({"行政执法决定",
                 "件",
                 {{"行政许可", T2(j, "行政许可", "本年处理决定数量")},
                  {"行政处罚", T2(j, "行政处罚", "本年处理决定数量")},
                  {"行政强制", T2(j, "行政强制", "本年处理决定数量")}}});
  out.push_back({"政府信息公开申请收办情况",
                 "件",
                 {{"本年新收", T3(j, "一、")},
                  {"上年结转", T3(j, "二、")},
                  {"本年办结", T3(j, "（七）")},
                  {"结转下年", T3(j, "四、")}}});
  out.push_back({"申请办理结果",
                 "件",
                 {{"予以公开", Outcome(j, "（一）")},
                  {"部分公开", Outcome(j, "（二）")},
                  {"不予公开", Outcome(j, "（三）")},
                  {"无法提供", Outcome(j, "（四）")},
                  {"不予处理", Outcome(j, "（五）")},
                  {"其他处理", Outcome(j, "（六）")}}});
  const auto& t4 = j["table4"]["values"];
  auto total = [&](size_t group) { return t4.size() == 15 ? FigureOf(t4[group * 5 + 4]) : 0; };
  out.push_back({"行政复议和行政诉讼",
                 "件",
                 {{"行政复议", total(0)}, {"行政诉讼（未经复议直接起诉）", total(1)}, {"行政诉讼（复议后起诉）", total(2)}}});
  return out;
}

std::string BarChartSvg(const Chart& chart, const std::string& id) {
  constexpr int kLabel = 230, kBarMax = 330, kRow = 34, kTop = 8;
  int64_t max = 0;
  for (const auto& b : chart.bars) max = std::max(max, b.value);
  const int height = kTop * 2 + kRow * static_cast<int>(chart.bars.size());
  std::vector<std::string> described;
  for (const auto& b : chart.bars) described.push_back(b.label + " " + N(b.value) + " " + chart.unit);
  std::string svg = "<svg class=\"bar-chart\" role=\"img\" viewBox=\"0 0 640 " + N(height) +
                    "\" preserveAspectRatio=\"xMinYMin meet\" aria-labelledby=\"" + id + "-t " + id + "-d\">";
  svg += "<title id=\"" + id + "-t\">" + text::XmlEscape(chart.title) + "</title>";
  svg += "<desc id=\"" + id + "-d\">" + text::XmlEscape(Join(described, "；")) + "</desc>";
  int y = kTop;
  for (const auto& b : chart.bars) {
    const int width = max > 0 ? static_cast<int>(b.value * kBarMax / max) : 0;
    svg += "<text x=\"" + N(kLabel - 8) + "\" y=\"" + N(y + 21) + "\" text-anchor=\"end\" class=\"bar-label\">" +
           text::XmlEscape(b.label) + "</text>";
    svg += "<rect x=\"" + N(kLabel) + "\" y=\"" + N(y + 6) + "\" width=\"" + N(std::max(width, b.value > 0 ? 2 : 0)) +
           "\" height=\"22\" rx=\"3\" class=\"bar\"/>";
    svg += "<text x=\"" + N(kLabel + width + 8) + "\" y=\"" + N(y + 22) + "\" class=\"bar-value\">" + N(b.value) +
           "</text>";
    y += kRow;
  }
  return svg + "</svg>";
}

Result<std::string> InterpretationMarkdown(std::string_view report_json, const std::string& chart_url,
                                           std::string_view last_year_json) {
  auto parsed = Parse(report_json);
  if (!parsed.ok()) return parsed.status();
  const json& j = parsed.value();
  const std::string who = j.value("agency", ""), year = N(j.value("year", 0));
  const int64_t received = T3(j, "一、"), carried = T3(j, "二、"), closed = T3(j, "（七）"), left = T3(j, "四、");
  const int64_t open = Outcome(j, "（一）"), partly = Outcome(j, "（二）");
  std::string md = "近日，" + who + "发布了《" + j.value("title", "") + "》。现将报告的主要内容解读如下。\n\n";
  md += "## 一、主动公开情况\n\n" + year + "年，本机关制发规章 " + N(T2(j, "规章", "本年制发件数")) +
        " 件、行政规范性文件 " + N(T2(j, "行政规范性文件", "本年制发件数")) + " 件，废止行政规范性文件 " +
        N(T2(j, "行政规范性文件", "本年废止件数")) + " 件，年末现行有效的行政规范性文件 " +
        N(T2(j, "行政规范性文件", "现行有效件数")) + " 件。作出行政许可决定 " +
        N(T2(j, "行政许可", "本年处理决定数量")) + " 件、行政处罚决定 " + N(T2(j, "行政处罚", "本年处理决定数量")) +
        " 件、行政强制决定 " + N(T2(j, "行政强制", "本年处理决定数量")) + " 件。\n\n";
  md += "## 二、依申请公开情况\n\n全年新收政府信息公开申请 " + N(received) + " 件";
  if (auto last = Parse(last_year_json); last.ok()) {
    const int64_t before = T3(last.value(), "一、");
    md += before == received ? "，与上年持平"
                             : std::string("，比上年") + (received > before ? "增加 " : "减少 ") +
                                   N(received > before ? received - before : before - received) + " 件";
  }
  md += "，上年结转 " + N(carried) +
        " 件；办结 " + N(closed) + " 件，结转下年度继续办理 " + N(left) + " 件。";
  if (closed > 0) {
    const int64_t pct = (open + partly) * 1000 / closed;
    md += "办结的申请中，予以公开 " + N(open) + " 件、部分公开 " + N(partly) + " 件，合计占 " + N(pct / 10) + "." +
          N(pct % 10) + "%。";
  }
  md += "\n\n";
  const auto& t4 = j["table4"]["values"];
  const int64_t reviews = t4.size() == 15 ? FigureOf(t4[4]) : 0;
  const int64_t suits = t4.size() == 15 ? FigureOf(t4[9]) + FigureOf(t4[14]) : 0;
  md += "## 三、行政复议和行政诉讼情况\n\n因政府信息公开工作被申请行政复议 " + N(reviews) + " 件，被提起行政诉讼 " +
        N(suits) + " 件。\n\n";
  md += "## 四、一图读懂\n\n[点击查看《" + j.value("title", "") + "》一图读懂](" + chart_url + ")\n";
  return md;
}

}  // namespace gk::reports
