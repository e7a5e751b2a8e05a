#include "web/content_check.h"

namespace gk::web {

int FillContentFindings(ctemplate::TemplateDictionary& card, const std::vector<text::FieldFinding>& findings,
                        const std::function<void(ctemplate::TemplateDictionary&, const text::FieldFinding&)>& each) {
  int blocking = 0;
  for (const auto& f : findings) {
    auto* row = card.AddSectionDictionary("FINDINGS");
    row->SetValue("FIELD", f.label);
    row->SetValue("KIND", f.finding.blocking ? "须处理" : "提示");
    row->SetValue("BADGE", f.finding.blocking ? "badge-error" : "badge-warn");
    row->SetValue("MESSAGE", f.finding.message);
    row->SetValue("CONTEXT", f.context);
    row->SetValue("TEXT", f.finding.text);
    if (f.finding.blocking) {
      row->ShowSection("BLOCKING");
      ++blocking;
    }
    if (!f.finding.suggestion.empty()) row->SetValueAndShowSection("SUGGESTION", f.finding.suggestion, "HAS_SUGGESTION");
    if (each) each(*row, f);
  }
  card.SetIntValue("COUNT", static_cast<long>(findings.size()));
  card.SetIntValue("BLOCKING_COUNT", blocking);
  if (findings.empty()) card.ShowSection("CLEAN");
  return blocking;
}

void AddContentFix(ctemplate::TemplateDictionary& row, const text::FieldFinding& f, int64_t id,
                   const std::string& csrf_token) {
  if (f.finding.suggestion.empty()) return;
  auto* fix = row.AddSectionDictionary("FIX");
  fix->SetIntValue("ID", static_cast<long>(id));
  fix->SetValue("FIELD_CODE", f.field);
  fix->SetIntValue("START", static_cast<long>(f.finding.start));
  fix->SetIntValue("END", static_cast<long>(f.finding.end));
  fix->SetValue("TEXT", f.finding.text);
  fix->SetValue("CSRF_TOKEN", csrf_token);
}

}  // namespace gk::web
