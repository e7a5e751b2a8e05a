#include "messages/views.h"

#include <nlohmann/json.hpp>

namespace gk::messages {

void FillMessage(ctemplate::TemplateDictionary& d, const Message& m, bool staff, Date today) {
  d.SetIntValue("ID", static_cast<long>(m.id));
  d.SetValue("TITLE", m.title);
  d.SetValue("CATEGORY", CategoryLabel(m.category));
  d.SetValue("AGENCY", m.agency_name);
  d.SetValue("RECEIVED_ON", m.received_on.ToString());
  d.SetValue("DUE_ON", m.due_on.ToString());
  d.SetValue("STATE", StateLabel(m.state));
  d.SetValue("STATE_CODE", StateCode(m.state));
  d.SetValue("BODY", staff ? m.body : m.public_body);
  d.SetValue("DEPARTMENT", m.department);
  if (!m.department.empty()) d.ShowSection("HAS_DEPARTMENT");
  if (m.answered_on) {
    auto* a = d.AddSectionDictionary("ANSWERED");
    a->SetValue("ON", m.answered_on->ToString());
    a->SetValue("ANSWER", m.answer);
  }
  d.SetValue("PUBLISHED_ON", DateText(m.published_on));
  d.SetIntValue("SATISFIED", static_cast<long>(m.satisfaction[0]));
  d.SetIntValue("BASICALLY", static_cast<long>(m.satisfaction[1]));
  d.SetIntValue("UNSATISFIED", static_cast<long>(m.satisfaction[2]));
  d.SetIntValue("RATINGS", static_cast<long>(m.satisfaction[0] + m.satisfaction[1] + m.satisfaction[2]));
  if (Overdue(m, today)) d.ShowSection("OVERDUE");
  if (InspectionWarning(m, today)) d.ShowSection("NEAR_BREACH");
  if (!staff) return;
  d.SetValue("ASKER", m.asker_name);
  d.SetValue("CONTACT", m.contact);
  if (m.wants_private) d.ShowSection("PRIVATE");
  if (m.state == State::kWithheld) d.AddSectionDictionary("WITHHELD")->SetValue("REASON", m.withhold_reason);
}

nlohmann::json MessageJson(const Message& m) {
  return {{"id", m.id},
          {"category", CategoryCode(m.category)},
          {"category_label", CategoryLabel(m.category)},
          {"title", m.title},
          {"question", m.public_body},
          {"agency", m.agency_name},
          {"department", m.department},
          {"received_on", m.received_on.ToString()},
          {"answer", m.answer},
          {"answered_on", DateText(m.answered_on)},
          {"published_on", DateText(m.published_on)},
          {"satisfaction",
           {{"satisfied", m.satisfaction[0]}, {"basically", m.satisfaction[1]}, {"unsatisfied", m.satisfaction[2]}}},
          {"url", "/messages/" + std::to_string(m.id)}};
}

}  // namespace gk::messages
