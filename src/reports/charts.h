// 一图读懂 and 文字解读 of the annual report, as Jinan's district sites
// publish them beside it: bar charts of the report's main figures, each an
// accessible SVG (role="img" with its title and a description listing every
// value) followed by the same figures as a table, and a plain-language
// interpretation drafted from the figures for staff to edit. Both read the
// report as it was drafted for publication (its JSON, model.h ReportJson),
// so they say what the published report says.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace gk::reports {

struct Bar {
  std::string label;
  int64_t value = 0;
};

struct Chart {
  std::string title;  // e.g. "政府信息公开申请办理情况"
  std::string unit;   // e.g. "件"
  std::vector<Bar> bars;
};

// The charts of a report's JSON: 规章和规范性文件, 行政执法决定, 申请收办,
// 办理结果, 复议诉讼. Invalid when the text is not a report's JSON.
Result<std::vector<Chart>> ReportCharts(std::string_view report_json);

// A horizontal bar chart as inline SVG: scaled to the largest value, each
// bar labelled with its value; `id` makes the title and description ids
// unique on the page.
std::string BarChartSvg(const Chart& chart, const std::string& id);

// The 文字解读 of the report drafted from its JSON, as Markdown, ending
// with a link to `chart_url` (一图读懂).
// `last_year_json`: last year's report (drafted here or entered, prior.h),
// "" when unknown; with it the text compares the year's applications.
Result<std::string> InterpretationMarkdown(std::string_view report_json, const std::string& chart_url,
                                           std::string_view last_year_json = "");

}  // namespace gk::reports
