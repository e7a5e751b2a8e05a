// The month's 好差评 report as a catalogue item (国办发〔2019〕51号: the
// statistics and the handling of bad ratings are made public): the figures
// per service and department and each counted bad rating with its
// rectification, as Markdown with tables, drafted into the agency's column
// for the normal review (common/generated_item.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/calendar.h"
#include "common/generated_item.h"
#include "ratings/rules.h"

namespace gk::ratings {

struct MonthReport {
  int64_t agency_id = 0;
  std::string agency_name;
  std::string month;  // YYYY-MM
  Date as_of;         // the figures as they were on this China date
  MonthStats stats;
  std::vector<Rating> bad;  // the month's counted bad ratings, oldest first
  int64_t bad_total = 0;    // all of them, when `bad` was cut short
  RatingSettings settings;
};

// "ratings/3/2026-11": the key of the agency's item for the month.
std::string ReportSource(int64_t agency_id, const std::string& month);
// "2026年11月政务服务“好差评”情况".
std::string ReportTitle(const std::string& month);
// The one-paragraph summary (内容概述): counts, 好评率, bad ratings rectified.
std::string ReportSummary(const MonthReport& r);
// The body: 一、总体情况, 二、分事项评价情况 (a table with the total row),
// 三、差评处理情况 (a table, or a line saying there was none). The raters'
// words are the masked public ones, escaped so they stay text.
std::string ReportMarkdown(const MonthReport& r);
// The catalogue item of the report, in the column `column_code`: 综合政务,
// 报告, dated `as_of`.
GeneratedItem ReportItem(const MonthReport& r, const std::string& column_code);

}  // namespace gk::ratings
