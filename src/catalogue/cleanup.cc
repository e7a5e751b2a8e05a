#include "catalogue/cleanup.h"

#include <array>

#include "common/strings.h"
#include "text/markdown.h"

namespace gk::catalogue {
namespace {

constexpr std::array kDecisions = {CleanupDecision::kKeep, CleanupDecision::kAmend, CleanupDecision::kRepeal,
                                   CleanupDecision::kInvalidate};

std::string ChineseDay(Date d) {
  return std::to_string(d.year()) + "年" + std::to_string(d.month()) + "月" + std::to_string(d.day()) + "日";
}

}  // namespace

const char* CleanupDecisionCode(CleanupDecision d) {
  switch (d) {
    case CleanupDecision::kNone:
      return "";
    case CleanupDecision::kKeep:
      return "keep";
    case CleanupDecision::kAmend:
      return "amend";
    case CleanupDecision::kRepeal:
      return "repeal";
    case CleanupDecision::kInvalidate:
      return "invalidate";
  }
  return "";
}

const char* CleanupDecisionLabel(CleanupDecision d) {
  switch (d) {
    case CleanupDecision::kNone:
      return "";
    case CleanupDecision::kKeep:
      return "继续有效";
    case CleanupDecision::kAmend:
      return "修改";
    case CleanupDecision::kRepeal:
      return "废止";
    case CleanupDecision::kInvalidate:
      return "宣布失效";
  }
  return "";
}

bool ParseCleanupDecision(std::string_view code, CleanupDecision* out) {
  for (CleanupDecision d : kDecisions)
    if (code == CleanupDecisionCode(d)) {
      *out = d;
      return true;
    }
  return false;
}

void ValidateCleanupHeader(const Cleanup& c, FieldErrors* errors) {
  if (Trim(c.title).empty()) errors->Add("title", "请填写清理结果的标题，如“2026年规章和行政规范性文件清理结果”");
  else if (Utf8Length(c.title) > 100) errors->Add("title", "标题不超过 100 个字");
  if (Utf8Length(c.basis) > 2000) errors->Add("basis", "清理依据和说明不超过 2000 个字");
}

void ValidateCleanupDecisions(const Cleanup& c, Date today, FieldErrors* errors) {
  if (!c.decided_on) errors->Add("decided_on", "请填写决定日期（YYYY-MM-DD），清理决定自该日起生效");
  else if (*c.decided_on > today.AddDays(366)) errors->Add("decided_on", "决定日期不能晚于一年以后");
  else if (c.decided_on->year() < 1949) errors->Add("decided_on", "决定日期应在 1949 年以后");
  int decided = 0;
  for (const auto& e : c.entries) {
    if (e.decision == CleanupDecision::kNone) continue;
    ++decided;
    const std::string id = std::to_string(e.item_id);
    const std::string name = "《" + e.title + "》";
    if (e.decision != CleanupDecision::kKeep && Trim(e.reason).empty())
      errors->Add("reason_" + id, name + "决定" + CleanupDecisionLabel(e.decision) + "，请填写理由");
    if (Utf8Length(e.reason) > 500) errors->Add("reason_" + id, name + "的理由不超过 500 个字");
    if (e.expires_on && e.decision != CleanupDecision::kKeep)
      errors->Add("expires_" + id, name + "只有继续有效的文件可以重新确定有效期");
    if (e.expires_on && c.decided_on && *e.expires_on <= *c.decided_on)
      errors->Add("expires_" + id, name + "新的有效期至应晚于决定日期");
  }
  if (decided == 0) errors->Add("entries", "请至少对一件文件作出清理决定");
}

ValidityOutcome ApplyDecision(const Item& doc, const CleanupEntry& e, Date decided_on) {
  ValidityOutcome out{doc.validity, doc.validity_changed_on, doc.normative.expires_on};
  switch (e.decision) {
    case CleanupDecision::kNone:
    case CleanupDecision::kAmend:  // in force until the amended text replaces it
      break;
    case CleanupDecision::kKeep:
      out.validity = Validity::kValid;
      out.changed_on.reset();
      if (e.expires_on) out.expires_on = e.expires_on;
      break;
    case CleanupDecision::kRepeal:
      out.validity = Validity::kRepealed;
      out.changed_on = decided_on;
      break;
    case CleanupDecision::kInvalidate:
      out.validity = Validity::kInvalid;
      out.changed_on = decided_on;
      break;
  }
  return out;
}

const char* ValidityChangeSourceCode(ValidityChange::Source s) {
  switch (s) {
    case ValidityChange::Source::kPublish:
      return "publish";
    case ValidityChange::Source::kRevision:
      return "revision";
    case ValidityChange::Source::kCleanup:
      return "cleanup";
  }
  return "";
}

const char* ValidityChangeSourceLabel(ValidityChange::Source s) {
  switch (s) {
    case ValidityChange::Source::kPublish:
      return "发布";
    case ValidityChange::Source::kRevision:
      return "修订";
    case ValidityChange::Source::kCleanup:
      return "清理决定";
  }
  return "";
}

bool ParseValidityChangeSource(std::string_view code, ValidityChange::Source* out) {
  for (auto s : {ValidityChange::Source::kPublish, ValidityChange::Source::kRevision, ValidityChange::Source::kCleanup})
    if (code == ValidityChangeSourceCode(s)) {
      *out = s;
      return true;
    }
  return false;
}

std::string CleanupMarkdown(const Cleanup& c, const std::string& agency_name) {
  using text::EscapeMarkdown;
  std::string md;
  int total = 0;
  for (const auto& e : c.entries) total += e.decision != CleanupDecision::kNone;
  md += "根据有关规定，" + EscapeMarkdown(agency_name) + "对本机关制定的规章和行政规范性文件进行了清理，共清理文件 " +
        std::to_string(total) + " 件";
  if (c.decided_on) md += "，清理决定自" + ChineseDay(*c.decided_on) + "起施行";
  md += "。";
  std::string counts;
  for (CleanupDecision d : kDecisions) {
    int n = 0;
    for (const auto& e : c.entries) n += e.decision == d;
    if (n == 0) continue;
    counts += (counts.empty() ? "" : "，") + std::string(CleanupDecisionLabel(d)) + " " + std::to_string(n) + " 件";
  }
  if (!counts.empty()) md += "其中" + counts + "。";
  md += "\n\n";
  if (!Trim(c.basis).empty()) md += EscapeMarkdown(Trim(c.basis)) + "\n\n";
  int part = 0;
  for (CleanupDecision d : kDecisions) {
    int n = 0;
    for (const auto& e : c.entries) {
      if (e.decision != d) continue;
      if (n++ == 0) {
        static constexpr const char* kParts[] = {"一", "二", "三", "四"};
        md += "## " + std::string(kParts[part++]) + "、" + CleanupDecisionLabel(d) + "的文件目录\n\n";
        md += d == CleanupDecision::kKeep ? "| 序号 | 文件名称 | 发文字号 | 有效期至 |\n|---:|---|---|---|\n"
                                          : "| 序号 | 文件名称 | 发文字号 | 理由 |\n|---:|---|---|---|\n";
      }
      const std::string name =
          e.index_no.empty() ? EscapeMarkdown(e.title) : "[" + EscapeMarkdown(e.title) + "](/items/" + e.index_no + ")";
      const std::string last = d == CleanupDecision::kKeep ? (e.expires_on       ? e.expires_on->ToString()
                                                              : e.doc_expires_on ? e.doc_expires_on->ToString()
                                                                                 : "长期")
                                                           : EscapeMarkdown(e.reason);
      md += "| " + std::to_string(n) + " | " + name + " | " + EscapeMarkdown(e.doc_no.empty() ? "—" : e.doc_no) +
            " | " + last + " |\n";
    }
    if (n > 0) md += "\n";
  }
  return md;
}

}  // namespace gk::catalogue
