#include "reports/model.h"

#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "reports/figures_json.h"
#include "reports/prior.h"
#include "text/markdown.h"
#include "text/xml.h"

namespace gk::reports {

const std::vector<std::string>& SectionTitles() {
  static const std::vector<std::string> k = {"一、总体情况",
                                             "二、主动公开政府信息情况",
                                             "三、收到和处理政府信息公开申请情况",
                                             "四、政府信息公开行政复议、行政诉讼情况",
                                             "五、存在的主要问题及改进情况",
                                             "六、其他需要报告的事项"};
  return k;
}

NormativeCounts CountNormative(int year, const std::vector<NormativeRecord>& records, bool rule) {
  NormativeCounts c;
  for (const auto& r : records) {
    if (r.rule != rule) continue;
    if (r.issued_on.year() == year) ++c.issued;
    if (r.ceased_on && r.ceased_on->year() == year && r.issued_on.year() <= year) ++c.repealed;
    const bool issued_by_end = r.issued_on.year() <= year;
    const bool ceased_by_end = r.ceased_on && r.ceased_on->year() <= year;
    if (issued_by_end && !ceased_by_end) ++c.in_force;
  }
  return c;
}

const std::vector<std::string>& Table3Columns() {
  static const std::vector<std::string> k = {"自然人",       "商业企业", "科研机构", "社会公益组织",
                                             "法律服务机构", "其他",     "总计"};
  return k;
}

const std::vector<std::string>& Table4Groups() {
  static const std::vector<std::string> k = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};
  return k;
}

const std::vector<std::string>& Table4Columns() {
  static const std::vector<std::string> k = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
  return k;
}

bool IsAmount(std::string_view s) {
  if (s.empty()) return true;
  size_t dot = s.find('.');
  std::string_view whole = s.substr(0, dot), frac = dot == std::string_view::npos ? "" : s.substr(dot + 1);
  if (whole.empty() || whole.size() > 9) return false;
  if (dot != std::string_view::npos && (frac.empty() || frac.size() > 4)) return false;
  for (char c : whole)
    if (c < '0' || c > '9') return false;
  for (char c : frac)
    if (c < '0' || c > '9') return false;
  return true;
}

namespace {

const LabelledRow* RowStarting(const ApplicationFigures& a, std::string_view prefix) {
  for (const auto& r : a.t3)
    if (r.label.starts_with(prefix) && r.values.size() == Table3Columns().size()) return &r;
  return nullptr;
}


}  // namespace

void ValidateEntries(const Entries& e, FieldErrors* errors) {
  if (!IsAmount(e.fees)) errors->Add("fees", "收费金额应为以万元为单位的数字，最多保留 4 位小数，如 12.5");
  for (auto [field, text] : {std::pair{"overview", &e.overview}, std::pair{"problems", &e.problems},
                             std::pair{"other_matters", &e.other_matters}})
    if (Utf8Length(*text) > 20000) errors->Add(field, "每部分不超过 20000 字");
  if (e.enforcement_entered) {
    for (auto [field, n] : {std::pair{"licensing", e.enforcement.licensing}, std::pair{"penalty", e.enforcement.penalty},
                            std::pair{"coercion", e.enforcement.coercion}})
      if (n < 0 || n > 100000000) errors->Add(field, "请填写 0 至 100000000 之间的整数");
    if (Trim(e.enforcement_note).empty())
      errors->Add("enforcement_note", "手工填写执法决定数量时，请说明数据来源（如“据市场监管综合执法系统统计”）");
  }
  if (Utf8Length(e.enforcement_note) > 500) errors->Add("enforcement_note", "数据来源说明不超过 500 字");
}

void Check(AnnualReport& r, const PriorFigures& prior) {
  r.findings.clear();
  // 一 + 二 = 三（七） + 四 in every column (RULES.md §3).
  const auto* received = RowStarting(r.applications, "一、");
  const auto* carried_in = RowStarting(r.applications, "二、");
  const auto* closed = RowStarting(r.applications, "（七）");
  const auto* carried_out = RowStarting(r.applications, "四、");
  if (!received || !carried_in || !closed || !carried_out) {
    r.findings.push_back({true, "表三缺少“一”“二”“（七）总计”或“四”行，无法核对"});
  } else {
    for (size_t c = 0; c < Table3Columns().size(); ++c) {
      const int64_t left = received->values[c] + carried_in->values[c];
      const int64_t right = closed->values[c] + carried_out->values[c];
      if (left != right)
        r.findings.push_back({true, "表三“" + Table3Columns()[c] + "”列：一 + 二 = " + std::to_string(left) +
                                        "，三（七） + 四 = " + std::to_string(right) + "，不相等"});
    }
  }
  for (const auto& bad : r.applications.imbalances) r.findings.push_back({true, "申请 " + bad});
  // This year's 上年结转 = last year's 结转下年度继续办理, column by column.
  if (prior.carried_out && carried_in)
    for (size_t c = 0; c < Table3Columns().size(); ++c)
      if (carried_in->values[c] != (*prior.carried_out)[c])
        r.findings.push_back({false, "表三“" + Table3Columns()[c] + "”列：上年结转 " +
                                         std::to_string(carried_in->values[c]) + " 件，上年报告“结转下年度继续办理” " +
                                         std::to_string((*prior.carried_out)[c]) +
                                         " 件，不一致。请核对上年报告或平台启用前未结的申请是否已登记"});
  // 现行有效 = last year's 现行有效 + 制发 − 废止.
  if (prior.known) {
    for (auto [label, now, before] : {std::tuple{"规章", &r.t2.rules, &prior.rules},
                                      std::tuple{"行政规范性文件", &r.t2.normative, &prior.normative}}) {
      const int64_t expected = before->in_force + now->issued - now->repealed;
      if (expected != now->in_force)
        r.findings.push_back(
            {false, std::string("表二“") + label + "”：上年报告现行有效 " + std::to_string(before->in_force) +
                        " 件，加本年制发 " + std::to_string(now->issued) + " 件、减本年废止 " +
                        std::to_string(now->repealed) + " 件应为 " + std::to_string(expected) + " 件，本年为 " +
                        std::to_string(now->in_force) + " 件。请核对上年报告或本机关规范性文件的有效性记录"});
    }
  }
  if (!IsAmount(r.t2.fees)) r.findings.push_back({false, "表二“行政事业性收费”金额不是以万元为单位的数字"});
  if (!r.t2.enforcement_from_records && Trim(r.t2.enforcement_note).empty())
    r.findings.push_back({false, "表二执法决定数量为手工填写，未说明数据来源"});
  if (r.t2.enforcement_from_records && !r.t2.enforcement.any_records)
    r.findings.push_back({false, "本机关在平台上没有行政执法决定记录，表二行政许可、处罚、强制均计为 0；"
                                 "如执法数据在其他系统，请手工填写并说明来源"});
  if (Trim(r.entries.overview).empty()) r.findings.push_back({false, "第一部分“总体情况”尚未填写"});
  if (Trim(r.entries.problems).empty()) r.findings.push_back({false, "第五部分“存在的主要问题及改进情况”尚未填写"});
}

std::string DraftOverview(const AnnualReport& r, const Activity& a) {
  std::string s = std::to_string(r.year) + "年，" + r.agency_name +
                  "认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息 " +
                  std::to_string(a.items_published) + " 条";
  if (!a.by_column.empty()) {
    std::vector<std::string> parts;
    for (const auto& [name, n] : a.by_column)
      if (n > 0) parts.push_back(name + " " + std::to_string(n) + " 条");
    if (!parts.empty()) s += "，其中" + Join(parts, "、");
  }
  s += "。";
  if (const auto* received = RowStarting(r.applications, "一、"); received) {
    const auto* closed = RowStarting(r.applications, "（七）");
    const auto* carried = RowStarting(r.applications, "四、");
    s += "全年新收政府信息公开申请 " + std::to_string(received->values.back()) + " 件";
    if (closed) s += "，办结 " + std::to_string(closed->values.back()) + " 件";
    if (carried) s += "，结转下年度继续办理 " + std::to_string(carried->values.back()) + " 件";
    s += "。";
  }
  s += "制发规章 " + std::to_string(r.t2.rules.issued) + " 件、行政规范性文件 " + std::to_string(r.t2.normative.issued) +
       " 件，现行有效行政规范性文件 " + std::to_string(r.t2.normative.in_force) + " 件。";
  for (const auto& [label, n] : a.other) s += label + " " + std::to_string(n) + " 件。";
  return s;
}

std::string ChartUrl(int64_t agency, int year) {
  return "/reports/" + std::to_string(agency) + "/" + std::to_string(year) + "/chart";
}

std::string ReportTitle(const AnnualReport& r) {
  return r.agency_name + std::to_string(r.year) + "年政府信息公开工作年度报告";
}

namespace {

struct Table2Row {
  std::string block;  // 第二十条第（一）项 …
  std::string label;
  std::vector<std::string> cells;
};

std::vector<Table2Row> Table2Rows(const Table2& t) {
  auto n = [](int64_t v) { return std::to_string(v); };
  return {{"第二十条第（一）项", "规章", {n(t.rules.issued), n(t.rules.repealed), n(t.rules.in_force)}},
          {"第二十条第（一）项",
           "行政规范性文件",
           {n(t.normative.issued), n(t.normative.repealed), n(t.normative.in_force)}},
          {"第二十条第（五）项", "行政许可", {n(t.enforcement.licensing)}},
          {"第二十条第（六）项", "行政处罚", {n(t.enforcement.penalty)}},
          {"第二十条第（六）项", "行政强制", {n(t.enforcement.coercion)}},
          {"第二十条第（八）项", "行政事业性收费", {t.fees.empty() ? "0" : t.fees}}};
}

const char* Table2Heading(const std::string& block) {
  if (block == "第二十条第（一）项") return "本年制发件数|本年废止件数|现行有效件数";
  if (block == "第二十条第（八）项") return "本年收费金额（单位：万元）";
  return "本年处理决定数量";
}

std::string Text(const std::string& s, std::string_view fallback) { return Trim(s).empty() ? std::string(fallback) : s; }

// HTML text and attribute values.
std::string Escape(std::string_view s) { return text::XmlEscape(s); }

std::string MdCell(const std::string& s) { return text::EscapeMarkdown(s); }

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    size_t end = s.find(sep, pos);
    out.emplace_back(s.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
    if (end == std::string_view::npos) return out;
    pos = end + 1;
  }
}

}  // namespace

std::string ReportMarkdown(const AnnualReport& r) {
  const auto& titles = SectionTitles();
  std::string md;
  md += "## " + titles[0] + "\n\n" + Text(r.entries.overview, r.overview_draft) + "\n\n";
  md += "## " + titles[1] + "\n\n";
  std::string block;
  for (const auto& row : Table2Rows(r.t2)) {
    if (row.block != block) {
      block = row.block;
      md += "\n" + block + "\n\n| 信息内容 | " + Join(Split(Table2Heading(block), '|'), " | ") + " |\n|---|";
      for (size_t i = 0; i < row.cells.size(); ++i) md += "---:|";
      md += "\n";
    }
    md += "| " + row.label;
    for (const auto& c : row.cells) md += " | " + c;
    md += " |\n";
  }
  if (!r.t2.enforcement_from_records && !Trim(r.t2.enforcement_note).empty())
    md += "\n注：行政许可、行政处罚、行政强制决定数量" + MdCell(r.t2.enforcement_note) + "。\n";
  md += "\n## " + titles[2] + "\n\n（本表数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n\n| 项目";
  for (const auto& c : Table3Columns()) md += " | " + std::string(c == "自然人" || c == "总计" ? "" : "法人或其他组织·") + c;
  md += " |\n|---|";
  for (size_t i = 0; i < Table3Columns().size(); ++i) md += "---:|";
  md += "\n";
  for (const auto& row : r.applications.t3) {
    md += "| " + MdCell(row.label);
    for (size_t i = 0; i < Table3Columns().size(); ++i)
      md += " | " + (i < row.values.size() ? std::to_string(row.values[i]) : std::string());
    md += " |\n";
  }
  md += "\n## " + titles[3] + "\n\n| 类别";
  for (const auto& c : Table4Columns()) md += " | " + c;
  md += " |\n|---|";
  for (size_t i = 0; i < Table4Columns().size(); ++i) md += "---:|";
  md += "\n";
  for (size_t g = 0; g < Table4Groups().size(); ++g) {
    md += "| " + Table4Groups()[g];
    for (size_t c = 0; c < 5; ++c) md += " | " + std::to_string(r.applications.t4[g * 5 + c]);
    md += " |\n";
  }
  md += "\n## " + titles[4] + "\n\n" + Text(r.entries.problems, "无。") + "\n\n";
  md += "## " + titles[5] + "\n\n" + Text(r.entries.other_matters, "无。") + "\n\n";
  md += "[一图读懂](" + ChartUrl(r.agency_id, r.year) + ")\n";
  return md;
}

std::string ReportJson(const AnnualReport& r) {
  nlohmann::json j;
  j["agency"] = r.agency_name;
  j["agency_id"] = r.agency_id;
  j["year"] = r.year;
  j["title"] = ReportTitle(r);
  const auto& titles = SectionTitles();
  const std::string texts[6] = {Text(r.entries.overview, r.overview_draft), "", "", "", r.entries.problems,
                                r.entries.other_matters};
  nlohmann::json sections = nlohmann::json::array();
  for (size_t i = 0; i < titles.size(); ++i) sections.push_back({{"title", titles[i]}, {"text", texts[i]}});
  j["sections"] = sections;
  nlohmann::json t2 = nlohmann::json::array();
  for (const auto& row : Table2Rows(r.t2)) {
    std::vector<std::string> headings;
    for (const auto& h : Split(Table2Heading(row.block), '|')) headings.push_back(h);
    nlohmann::json values = nlohmann::json::object();
    for (size_t i = 0; i < row.cells.size() && i < headings.size(); ++i) values[headings[i]] = row.cells[i];
    t2.push_back({{"block", row.block}, {"label", row.label}, {"values", values}});
  }
  j["table2"] = {{"rows", t2},
                 {"enforcement_source", r.t2.enforcement_from_records ? "records" : "entered"},
                 {"enforcement_note", r.t2.enforcement_note}};
  nlohmann::json t3 = nlohmann::json::array();
  for (const auto& row : r.applications.t3) {
    nlohmann::json x{{"label", row.label}};
    if (!row.values.empty()) x["values"] = row.values;
    t3.push_back(x);
  }
  j["table3"] = {{"columns", Table3Columns()}, {"rows", t3}};
  j["table4"] = {{"groups", Table4Groups()}, {"columns", Table4Columns()}, {"values", r.applications.t4}};
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& f : r.findings) findings.push_back({{"blocking", f.blocking}, {"message", f.message}});
  j["findings"] = findings;
  j["publishable"] = r.Publishable();
  return j.dump(2) + "\n";
}

PriorFigures PriorOf(std::string_view report_json) {
  PriorFigures p;
  auto j = nlohmann::json::parse(report_json, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return p;
  const PriorReport r = PriorReportOf(report_json);
  p.format = r.format;
  // Only the 2021 template counts 现行有效 (prior.h).
  const std::string block = "第二十条第（一）项";
  if (r.format == ReportFormat::k2021 && r.t2.count(Table2Key(block, "规章", "现行有效件数"))) {
    auto n = [&](const char* row, const char* heading) {
      auto it = r.t2.find(Table2Key(block, row, heading));
      return it == r.t2.end() ? int64_t{0} : FigureOf(nlohmann::json(it->second));
    };
    for (auto [row, c] : {std::pair{"规章", &p.rules}, std::pair{"行政规范性文件", &p.normative}})
      *c = {n(row, "本年制发件数"), n(row, "本年废止件数"), n(row, "现行有效件数")};
    p.known = true;
  }
  if (j.contains("table3") && j["table3"].is_object())
    for (const auto& row : j["table3"].value("rows", nlohmann::json::array()))
      if (row.is_object() && row.value("label", "") == PriorTable3Rows()[3] && row.contains("values"))
        p.carried_out = r.t3[3];
  return p;
}

// ---------------------------------------------------------------------------
// HTML in the template's layout.

namespace {

void Paragraphs(std::string& h, const std::string& text) {
  for (const auto& line : Split(text, '\n'))
    if (!Trim(line).empty()) h += "<p>" + Escape(Trim(line)) + "</p>\n";
}

void HtmlTable2(std::string& h, const Table2& t) {
  h += "<div class=\"table-wrap report-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"表：主动公开政府信息情况\">"
       "<table class=\"report-table\"><caption>主动公开政府信息情况</caption>\n";
  std::string block;
  int n = 0;
  for (const auto& row : Table2Rows(t)) {
    if (row.block != block) {
      block = row.block;
      ++n;
      const auto headings = Split(Table2Heading(block), '|');
      h += "<tbody><tr><th colspan=\"" + std::to_string(headings.size() + 1) + "\" scope=\"colgroup\" id=\"t2b" +
           std::to_string(n) + "\">" + Escape(block) + "</th></tr>\n<tr><th scope=\"col\">信息内容</th>";
      for (const auto& hd : headings) h += "<th scope=\"col\">" + Escape(hd) + "</th>";
      h += "</tr>\n";
    }
    h += "<tr><th scope=\"row\">" + Escape(row.label) + "</th>";
    for (const auto& c : row.cells) h += "<td>" + Escape(c) + "</td>";
    h += "</tr>\n";
    if (row.label == "行政规范性文件" || row.label == "行政许可" || row.label == "行政强制" ||
        row.label == "行政事业性收费")
      h += "</tbody>\n";
  }
  h += "</table></div>\n";
}

void HtmlTable3(std::string& h, const ApplicationFigures& a) {
  const auto& cols = Table3Columns();
  h += "<div class=\"table-wrap report-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"表：收到和处理政府信息公开申请情况\">"
       "<table class=\"report-table\"><caption>收到和处理政府信息公开申请情况</caption>\n<thead>\n"
       "<tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
       "<th colspan=\"7\" scope=\"colgroup\" id=\"t3-applicant\">申请人情况</th></tr>\n"
       "<tr><th rowspan=\"2\" scope=\"col\" id=\"t3-c0\" headers=\"t3-applicant\">自然人</th>"
       "<th colspan=\"5\" scope=\"colgroup\" id=\"t3-org\" headers=\"t3-applicant\">法人或其他组织</th>"
       "<th rowspan=\"2\" scope=\"col\" id=\"t3-c6\" headers=\"t3-applicant\">总计</th></tr>\n<tr>";
  for (size_t c = 1; c + 1 < cols.size(); ++c)
    h += "<th scope=\"col\" id=\"t3-c" + std::to_string(c) + "\" headers=\"t3-applicant t3-org\">" + Escape(cols[c]) +
         "</th>";
  h += "</tr>\n</thead>\n<tbody>\n";
  for (const auto& row : a.t3) {
    const bool sub = !row.label.empty() && row.label[0] >= '1' && row.label[0] <= '9';
    const bool part = row.label.starts_with("（");
    h += std::string("<tr") + (row.heading ? " class=\"heading\"" : "") + "><th scope=\"row\" colspan=\"3\" class=\"" +
         (sub ? "indent2" : part ? "indent1" : "") + "\">" + Escape(row.label) + "</th>";
    if (row.values.empty()) h += "<td colspan=\"7\"></td>";
    for (int64_t v : row.values) h += "<td>" + std::to_string(v) + "</td>";
    h += "</tr>\n";
  }
  h += "</tbody>\n</table></div>\n";
}

void HtmlTable4(std::string& h, const ApplicationFigures& a) {
  h += "<div class=\"table-wrap report-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"表：政府信息公开行政复议、行政诉讼情况\">"
       "<table class=\"report-table\"><caption>政府信息公开行政复议、行政诉讼情况</caption>\n<thead>\n<tr>"
       "<th colspan=\"5\" scope=\"colgroup\">行政复议</th><th colspan=\"10\" scope=\"colgroup\">行政诉讼</th></tr>\n<tr>"
       "<td colspan=\"5\"></td><th colspan=\"5\" scope=\"colgroup\">未经复议直接起诉</th>"
       "<th colspan=\"5\" scope=\"colgroup\">复议后起诉</th></tr>\n<tr>";
  for (int g = 0; g < 3; ++g)
    for (const auto& c : Table4Columns()) h += "<th scope=\"col\">" + Escape(c) + "</th>";
  h += "</tr>\n</thead>\n<tbody><tr>";
  for (int64_t v : a.t4) h += "<td>" + std::to_string(v) + "</td>";
  h += "</tr></tbody>\n</table></div>\n";
}

}  // namespace

std::string ReportBodyHtml(const AnnualReport& r) {
  const auto& titles = SectionTitles();
  std::string h;
  h += "<h2>" + titles[0] + "</h2>\n";
  Paragraphs(h, Text(r.entries.overview, r.overview_draft));
  h += "<h2>" + titles[1] + "</h2>\n";
  HtmlTable2(h, r.t2);
  if (!r.t2.enforcement_from_records && !Trim(r.t2.enforcement_note).empty())
    h += "<p class=\"note\">注：行政许可、行政处罚、行政强制决定数量" + Escape(r.t2.enforcement_note) + "。</p>\n";
  h += "<h2>" + titles[2] + "</h2>\n";
  HtmlTable3(h, r.applications);
  h += "<h2>" + titles[3] + "</h2>\n";
  HtmlTable4(h, r.applications);
  h += "<h2>" + titles[4] + "</h2>\n";
  Paragraphs(h, Text(r.entries.problems, "无。"));
  h += "<h2>" + titles[5] + "</h2>\n";
  Paragraphs(h, Text(r.entries.other_matters, "无。"));
  return h;
}

std::string ReportHtml(const AnnualReport& r) {
  const std::string title = Escape(ReportTitle(r));
  return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title +
         "</title>\n<style>\n"
         "@page { size: A4; margin: 20mm 18mm; }\n"
         "body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'AR PL UMing CN', serif; "
         "font-size: 12pt; line-height: 1.7; color: #000; max-width: 190mm; margin: 0 auto; }\n"
         "h1 { font-size: 18pt; text-align: center; margin: 0 0 1em; }\n"
         "h2 { font-size: 14pt; margin: 1.2em 0 .5em; break-after: avoid; }\n"
         "p { text-indent: 2em; margin: .3em 0; }\n"
         "table.report-table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: .5em 0 1em; "
         "break-inside: auto; }\n"
         "table.report-table caption { font-weight: bold; margin-bottom: .3em; }\n"
         ".report-table th, .report-table td { border: 1px solid #000; padding: 3px 4px; text-align: center; }\n"
         ".report-table th[scope=row] { text-align: left; font-weight: normal; }\n"
         ".report-table tr.heading th { font-weight: bold; }\n"
         ".report-table .indent1 { padding-left: 1.5em; } .report-table .indent2 { padding-left: 3em; }\n"
         ".report-table tr { break-inside: avoid; }\n"
         "p.note { text-indent: 0; font-size: 10pt; }\n"
         "</style>\n</head>\n<body>\n<main>\n<h1>" +
         title + "</h1>\n" + ReportBodyHtml(r) + "</main>\n</body>\n</html>\n";
}

}  // namespace gk::reports
