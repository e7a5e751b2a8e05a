#include "ratings/report.h"

#include "common/strings.h"
#include "text/markdown.h"

namespace gk::ratings {
namespace {

std::string CompactMonth(const std::string& month) {
  if (month.size() != 7) return month;
  return month.substr(0, 4) + "年" + std::to_string(std::stoi(month.substr(5))) + "月";
}

// Text typed by people as one table cell: Markdown-escaped (so a '|' stays
// in its cell) and on one line.
std::string Cell(const std::string& text) {
  std::string flat;
  for (char c : text) flat += (c == '\n' || c == '\r') ? ' ' : c;
  flat = Trim(flat);
  return flat.empty() ? "—" : text::EscapeMarkdown(flat);
}

std::string Row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& c : cells) out += " " + c + " |";
  return out + "\n";
}

std::string Counts(const StatLine& l) {
  std::string out;
  for (int level = kMaxLevel; level >= kMinLevel; --level) {
    if (!out.empty()) out += "、";
    out += std::string(LevelLabel(level)) + " " + std::to_string(l.counts[level]) + " 条";
  }
  return out;
}

std::vector<std::string> StatCells(const StatLine& l, const std::string& subject, const std::string& department) {
  std::vector<std::string> cells = {subject, department};
  for (int level = kMaxLevel; level >= kMinLevel; --level) cells.push_back(std::to_string(l.counts[level]));
  cells.push_back(std::to_string(l.Total()));
  cells.push_back(PercentText(l.GoodPerMille()));
  cells.push_back(std::to_string(l.rectified) + " / " + std::to_string(l.Bad()));
  return cells;
}

}  // namespace

std::string ReportSource(int64_t agency_id, const std::string& month) {
  return "ratings/" + std::to_string(agency_id) + "/" + month;
}

std::string ReportTitle(const std::string& month) { return CompactMonth(month) + "政务服务“好差评”情况"; }

std::string ReportSummary(const MonthReport& r) {
  const StatLine& t = r.stats.total;
  if (t.Total() == 0) return CompactMonth(r.month) + "，" + r.agency_name + "未收到政务服务评价。";
  return CompactMonth(r.month) + "，" + r.agency_name + "共收到政务服务评价 " + std::to_string(t.Total()) +
         " 条，好评率 " + PercentText(t.GoodPerMille()) + "；差评 " + std::to_string(t.Bad()) + " 条，已整改 " +
         std::to_string(t.rectified) + " 条。";
}

std::string ReportMarkdown(const MonthReport& r) {
  const StatLine& t = r.stats.total;
  std::string md = "## 一、总体情况\n\n" + text::EscapeMarkdown(ReportSummary(r));
  if (t.Total() > 0) md += "其中" + Counts(t) + "。";
  md += "\n\n按照《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》（国办发〔2019〕51号），差评在 " +
        std::to_string(r.settings.visit_days) + " 个工作日内回访核实、" + std::to_string(r.settings.rectify_days) +
        " 个工作日内整改反馈；经申诉核实属误评、恶意评价的，不计入统计。以上数据截至 " + r.as_of.ToString() + "。\n\n";

  md += "## 二、分事项评价情况\n\n";
  if (r.stats.lines.empty()) {
    md += "本月无评价。\n\n";
  } else {
    std::vector<std::string> head = {"服务事项", "承办处室"};
    for (int level = kMaxLevel; level >= kMinLevel; --level) head.push_back(LevelLabel(level));
    for (const char* h : {"合计", "好评率", "差评已整改"}) head.push_back(h);
    md += Row(head);
    std::vector<std::string> align(head.size(), "---:");  // figures to the right
    align[0] = align[1] = "---";
    md += Row(align);
    for (const auto& l : r.stats.lines) md += Row(StatCells(l, Cell(l.subject), Cell(l.department)));
    md += Row(StatCells(t, "合计", "")) + "\n";
  }

  md += "## 三、差评处理情况\n\n";
  if (r.bad.empty()) return md + "本月无差评。\n";
  md += Row({"评价日期", "服务事项", "评价等级", "评价内容", "整改情况", "评价人意见", "办理状态"});
  md += Row(std::vector<std::string>(7, "---"));
  for (const auto& b : r.bad) {
    // The rater's own note stays with staff, as on the public page.
    md += Row({b.rated_on.ToString(), Cell(b.subject_label), LevelLabel(b.level), Cell(b.public_comment),
               Cell(b.rectify_note), Cell(ResponseLabel(b.response)), RatingStateLabel(b.state)});
  }
  if (r.bad_total > static_cast<int64_t>(r.bad.size()))
    md += "\n另有 " + std::to_string(r.bad_total - static_cast<int64_t>(r.bad.size())) +
          " 条差评未列出，见本网站“好差评”栏目。\n";
  return md;
}

GeneratedItem ReportItem(const MonthReport& r, const std::string& column_code) {
  GeneratedItem g;
  g.source = ReportSource(r.agency_id, r.month);
  g.agency_id = r.agency_id;
  g.column_code = column_code;
  g.title = ReportTitle(r.month);
  g.summary = ReportSummary(r);
  g.body_md = ReportMarkdown(r);
  g.topic = "综合政务";
  g.genre = "报告";
  g.category = "其他文件";
  g.keywords = "好差评,政务服务";
  g.written_on = r.as_of;
  return g;
}

}  // namespace gk::ratings
