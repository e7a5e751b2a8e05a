#include "decisions/views.h"

#include <nlohmann/json.hpp>

#include "http/forms.h"

namespace gk::decisions {

void FillDecision(ctemplate::TemplateDictionary& d, const MajorDecision& m, const Links& links) {
  d.SetIntValue("ID", static_cast<long>(m.id));
  d.SetValue("TITLE", m.title);
  d.SetIntValue("YEAR", m.year);
  d.SetValue("OWNER", m.owner);
  d.SetValue("SUMMARY", m.summary);
  if (!m.summary.empty()) d.ShowSection("HAS_SUMMARY");
  d.SetValue("AGENCY", m.agency_name);
  d.SetValue("STATE", StateLabel(m.state));
  d.SetValue("STATE_CODE", StateCode(m.state));
  d.SetValue("PROGRESS", ProgressLabel(m));
  d.SetValue("PROGRESS_CODE", ProgressCode(m));
  d.SetValue("PUBLISHED_ON", DateText(m.published_on));
  for (size_t i = 0; i < kStages; ++i) {
    auto* row = d.AddSectionDictionary("STAGES");
    row->SetValue("LABEL", StageLabel(AllStages()[i]));
    row->SetValue("CODE", StageCode(AllStages()[i]));
    row->SetValue("PLANNED", DateText(m.stages[i].planned));
    row->SetValue("DONE", DateText(m.stages[i].done));
    row->ShowSection(m.stages[i].done ? "IS_DONE" : m.stages[i].planned ? "IS_PLANNED" : "IS_NONE");
  }
  if (m.consultation_id) {
    auto* c = d.AddSectionDictionary("CONSULTATION");
    c->SetIntValue("ID", static_cast<long>(m.consultation_id));
    c->SetValue("TITLE", links.consultation_title.empty() ? "意见征集 " + std::to_string(m.consultation_id)
                                                          : links.consultation_title);
  }
  if (!m.result_index_no.empty()) {
    auto* r = d.AddSectionDictionary("RESULT");
    r->SetValue("INDEX_NO", m.result_index_no);
    r->SetValue("TITLE", links.item_title.empty() ? m.result_index_no : links.item_title);
  }
  if (m.state == State::kWithdrawn) d.AddSectionDictionary("WITHDRAWN")->SetValue("REASON", m.withdraw_reason);
}

nlohmann::json DecisionJson(const MajorDecision& m, const Links& links) {
  nlohmann::json stages = nlohmann::json::array();
  for (size_t i = 0; i < kStages; ++i)
    stages.push_back({{"stage", StageCode(AllStages()[i])},
                      {"label", StageLabel(AllStages()[i])},
                      {"planned_on", m.stages[i].planned ? nlohmann::json(m.stages[i].planned->ToString()) : nullptr},
                      {"done_on", m.stages[i].done ? nlohmann::json(m.stages[i].done->ToString()) : nullptr}});
  nlohmann::json j = {{"id", m.id},
                      {"year", m.year},
                      {"title", m.title},
                      {"summary", m.summary},
                      {"owner", m.owner},
                      {"agency", m.agency_name},
                      {"progress", ProgressCode(m)},
                      {"progress_label", ProgressLabel(m)},
                      {"stages", stages},
                      {"consultation", nullptr},
                      {"decision", nullptr},
                      {"published_on", DateText(m.published_on)},
                      {"url", "/decisions/" + std::to_string(m.id)}};
  if (m.consultation_id)
    j["consultation"] = {{"id", m.consultation_id},
                         {"title", links.consultation_title},
                         {"url", "/consultations/" + std::to_string(m.consultation_id)}};
  if (!m.result_index_no.empty())
    j["decision"] = {
        {"index_no", m.result_index_no}, {"title", links.item_title}, {"url", "/items/" + m.result_index_no}};
  return j;
}

}  // namespace gk::decisions
