#include "consultations/views.h"

#include <nlohmann/json.hpp>

#include "common/china_time.h"
#include "files/store.h"
#include "http/forms.h"
#include "text/markdown.h"

namespace gk::consultations {
namespace {

std::string Day(int64_t unix_seconds) { return ChinaDate(unix_seconds).ToString(); }

}  // namespace

void FillConsultation(ctemplate::TemplateDictionary& d, const Consultation& c, Date today, bool full) {
  d.SetIntValue("ID", static_cast<long>(c.id));
  d.SetValue("TITLE", c.title);
  d.SetValue("AGENCY", c.agency_name);
  d.SetValue("OPENS_ON", c.opens_on.ToString());
  d.SetValue("CLOSES_ON", c.closes_on.ToString());
  d.SetIntValue("PERIOD_DAYS", PeriodDays(c.opens_on, c.closes_on));
  if (PeriodDays(c.opens_on, c.closes_on) < kMinPeriodDays && !c.short_reason.empty())
    d.AddSectionDictionary("SHORT")->SetValue("REASON", c.short_reason);
  d.SetValue("STATE", StateLabel(c.state));
  d.SetValue("STATE_CODE", StateCode(c.state));
  if (c.state == State::kPublished) {
    const Phase p = PhaseOf(c, today);
    d.SetValue("PHASE", PhaseLabel(p));
    d.SetValue("PHASE_CODE", PhaseCode(p));
    d.ShowSection(p == Phase::kOpen ? "IS_OPEN" : p == Phase::kUpcoming ? "IS_UPCOMING" : "IS_CLOSED");
    d.ShowSection("IS_PUBLISHED");
  }
  d.SetValue("PUBLISHED_ON", DateText(c.published_on));
  d.SetValue("IDENTITY", IdentityLabel(c.identity));
  d.SetValue("MODERATION", ModerationLabel(c.moderation));
  d.SetIntValue("ARTICLES", c.articles);
  d.SetIntValue("PUBLISHED_COMMENTS", static_cast<long>(c.published_comments));
  d.SetIntValue("ALL_COMMENTS", static_cast<long>(c.all_comments));
  if (full) {
    d.SetValue("DRAFT_HTML", text::RenderMarkdown(c.draft_md));
    d.SetValue("EXPLANATION_HTML", text::RenderMarkdown(c.explanation_md));
    d.SetValue("HOW_TO", c.how_to);
    if (!c.how_to.empty()) d.ShowSection("HAS_HOW_TO");
  }
  for (const auto& f : c.files) {
    auto* row = d.AddSectionDictionary("FILES");
    row->SetIntValue("FID", static_cast<long>(f.id));
    row->SetValue("NAME", f.name);
    row->SetValue("SIZE", files::HumanSize(f.size));
    row->SetValue("URL", "/consultations/" + std::to_string(c.id) + "/files/" + std::to_string(f.id) + "/" +
                             http::PercentEncode(f.name));
    if (c.state == State::kDraft) row->ShowSection("FILE_OPS");  // the console offers removal
  }
  d.ShowSection(c.files.empty() ? "NO_FILES" : "HAS_FILES");
  if (c.state == State::kWithdrawn) {
    auto* w = d.AddSectionDictionary("WITHDRAWN");
    w->SetValue("REASON", c.withdraw_reason);
    w->SetValue("AT", Day(c.withdrawn_at));
  }
  if (c.report_published_on) {
    auto* r = d.AddSectionDictionary("REPORT");
    r->SetValue("ON", c.report_published_on->ToString());
    r->SetValue("REPORT_HTML", text::RenderMarkdown(c.report_md));
  }
}

void FillComment(ctemplate::TemplateDictionary& d, const Comment& m, bool staff) {
  d.SetIntValue("CID", static_cast<long>(m.id));
  d.SetValue("ARTICLE", ArticleLabel(m.article));
  d.SetValue("NAME", staff ? (m.author_name.empty() ? "匿名" : m.author_name) : PublicName(m.author_name));
  d.SetValue("BODY", staff ? m.body : m.public_body);
  d.SetValue("AT", FormatChinaTime(m.created_at, "%Y-%m-%d %H:%M"));
  d.SetValue("STATE", CommentStateLabel(m.state));
  d.SetValue("STATE_CODE", CommentStateCode(m.state));
  d.SetValue("DECISION", DecisionLabel(m.decision));
  d.SetValue("DECISION_CODE", m.decision == Decision::kNone ? "none" : DecisionCode(m.decision));
  if (m.decision != Decision::kNone) {
    auto* decided = d.AddSectionDictionary("DECIDED");
    decided->SetValue("REASON", m.decision_reason);
    if (!m.decision_reason.empty()) decided->ShowSection("HAS_REASON");
  }
  if (!staff) return;
  if (!m.contact.empty()) d.AddSectionDictionary("CONTACT")->SetValue("VALUE", m.contact);
  if (!m.held_for.empty()) d.AddSectionDictionary("HELD")->SetValue("WORD", m.held_for);
  if (m.state == CommentState::kHidden) d.AddSectionDictionary("HIDDEN")->SetValue("REASON", m.hide_reason);
}

void FillDecisions(ctemplate::TemplateDictionary& d, const DecisionCounts& counts,
                   const std::vector<DecisionReason>& reasons) {
  for (Decision x : AllDecisions()) {
    auto* c = d.AddSectionDictionary("COUNTS");
    c->SetValue("LABEL", DecisionLabel(x));
    c->SetValue("CODE", DecisionCode(x));
    c->SetIntValue("N", static_cast<long>(counts.Of(x)));
  }
  d.SetIntValue("TOTAL", static_cast<long>(counts.Total()));
  d.SetIntValue("UNDECIDED", static_cast<long>(counts.Undecided()));
  for (const auto& r : reasons) {
    auto* row = d.AddSectionDictionary("REASONS");
    row->SetValue("DECISION", DecisionLabel(r.decision));
    row->SetValue("TEXT", r.reason);
    row->SetIntValue("N", static_cast<long>(r.count));
  }
  d.ShowSection(reasons.empty() ? "NO_REASONS" : "HAS_REASONS");
}

void FillArticles(ctemplate::TemplateDictionary& d, const Consultation& c, const std::string& chosen) {
  if (c.articles > 0) d.ShowSection("HAS_ARTICLES");
  for (int a = 0; a <= c.articles; ++a) {
    auto* o = d.AddSectionDictionary("ARTICLES");
    o->SetIntValue("VALUE", a);
    o->SetValue("LABEL", ArticleLabel(a));
    if (std::to_string(a) == chosen) o->ShowSection("SELECTED");
  }
}

nlohmann::json ConsultationJson(const Consultation& c, Date today, bool full) {
  nlohmann::json j = {
      {"id", c.id},
      {"title", c.title},
      {"agency", c.agency_name},
      {"opens_on", c.opens_on.ToString()},
      {"closes_on", c.closes_on.ToString()},
      {"period_days", PeriodDays(c.opens_on, c.closes_on)},
      {"short_period_reason", c.short_reason.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.short_reason)},
      {"phase", PhaseCode(PhaseOf(c, today))},
      {"anonymous_allowed", c.identity == Identity::kAnonymous},
      {"articles", c.articles},
      {"published_comments", c.published_comments},
      {"published_on", DateText(c.published_on)},
      {"url", "/consultations/" + std::to_string(c.id)},
      {"report_published_on",
       c.report_published_on ? nlohmann::json(c.report_published_on->ToString()) : nlohmann::json(nullptr)}};
  if (full) {
    nlohmann::json files = nlohmann::json::array();
    for (const auto& f : c.files)
      files.push_back({{"name", f.name},
                       {"content_type", f.content_type},
                       {"size", f.size},
                       {"url", "/consultations/" + std::to_string(c.id) + "/files/" + std::to_string(f.id) + "/" +
                                   http::PercentEncode(f.name)}});
    j["attachments"] = files;
    j["draft_md"] = c.draft_md;
    j["explanation_md"] = c.explanation_md;
    j["how_to"] = c.how_to;
    if (c.report_published_on) j["report_md"] = c.report_md;
  }
  return j;
}

nlohmann::json CommentJson(const Comment& m) {
  nlohmann::json j = {
      {"id", m.id},
      {"article", m.article},
      {"article_label", ArticleLabel(m.article)},
      {"name", PublicName(m.author_name)},
      {"body", m.public_body},
      {"submitted_at", FormatChinaTime(m.created_at, "%Y-%m-%dT%H:%M:%S+08:00")},
      {"decision", m.decision == Decision::kNone ? nlohmann::json(nullptr) : nlohmann::json(DecisionCode(m.decision))}};
  if (m.decision != Decision::kNone) j["decision_reason"] = m.decision_reason;
  return j;
}

GeneratedItem ReportItem(const Consultation& c, const std::string& column_code) {
  const DecisionCounts& counts = c.report_counts;
  const std::vector<DecisionReason>& reasons = c.report_reasons;
  auto row = [](std::vector<std::string> cells) {
    std::string out = "|";
    for (const auto& x : cells) out += " " + x + " |";
    return out + "\n";
  };
  std::string md =
      "## 一、征求意见基本情况\n\n" +
      text::EscapeMarkdown(c.agency_name + "于 " + c.opens_on.ToString() + " 至 " + c.closes_on.ToString() +
                           " 公开征求意见（" + c.title + "），共收到意见 " + std::to_string(counts.Total()) + " 条。") +
      "\n\n## 二、意见采纳情况\n\n" + row({"处理结果", "条数"}) + row({"---", "---:"});
  for (Decision d : AllDecisions()) md += row({DecisionLabel(d), std::to_string(counts.Of(d))});
  md += row({"合计", std::to_string(counts.Total())}) + "\n";
  if (!reasons.empty()) {
    md +=
        "## 三、部分采纳、未采纳的理由\n\n" + row({"处理结果", "理由", "涉及意见（条）"}) + row({"---", "---", "---:"});
    for (const auto& r : reasons) {
      std::string flat;
      for (char ch : r.reason) flat += (ch == '\n' || ch == '\r') ? ' ' : ch;
      md += row({DecisionLabel(r.decision), text::EscapeMarkdown(flat), std::to_string(r.count)});
    }
    md += "\n";
  }
  md += std::string(reasons.empty() ? "## 三、" : "## 四、") + "主要修改情况\n\n" + c.report_md + "\n\n" +
        "意见原文及逐条处理情况见本网站“意见征集”栏目：/consultations/" + std::to_string(c.id) + "\n";
  GeneratedItem g;
  g.source = "consultations/" + std::to_string(c.id);
  g.agency_id = c.agency_id;
  g.column_code = column_code;
  g.title = c.title + "——意见采纳情况";
  g.summary = "共收到意见 " + std::to_string(counts.Total()) + " 条，采纳 " +
              std::to_string(counts.Of(Decision::kAdopted)) + " 条、部分采纳 " +
              std::to_string(counts.Of(Decision::kPartly)) + " 条、未采纳 " +
              std::to_string(counts.Of(Decision::kNotAdopted)) + " 条、不属于征求范围 " +
              std::to_string(counts.Of(Decision::kOutOfScope)) + " 条。";
  g.body_md = md;
  g.topic = "综合政务";
  g.genre = "报告";
  g.category = "其他文件";
  g.keywords = "意见征集,采纳情况";
  g.written_on = c.report_published_on;
  return g;
}

}  // namespace gk::consultations
