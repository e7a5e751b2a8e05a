#include "applications/routes.h"
#include "text/markdown.h"
#include "web/forms.h"

namespace gk::applications::views {

void Choices(ctemplate::TemplateDictionary& d, const char* section, const std::vector<Choice>& list,
             const std::string& selected) {
  for (const auto& c : list) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("VALUE", c.code);
    o->SetValue("LABEL", c.label);
    if (selected == c.code) o->ShowSection("SELECTED");
  }
}

void FillClock(ctemplate::TemplateDictionary& d, const Clock& c) {
  auto* k = d.AddSectionDictionary("CLOCK");
  if (!c.started) {
    k->ShowSection("NOT_STARTED");
  } else if (c.due) {
    k->AddSectionDictionary("DUE_SET")->SetValue("DUE", c.due->ToString());
  } else {
    k->ShowSection("PAUSED");
  }
  k->SetIntValue("USED", c.used_days);
  k->SetIntValue("ALLOWED", c.allowed_days);
  const char* waiting = c.waiting == Waiting::kApplicantCorrection ? "等待申请人补正"
                        : c.waiting == Waiting::kApplicantFee      ? "等待申请人缴费"
                        : c.waiting == Waiting::kThirdParty        ? "等待第三方或有关机关意见"
                                                                   : "";
  if (*waiting) {
    auto* w = k->AddSectionDictionary("WAITING");
    w->SetValue("TEXT", waiting);
    w->SetValueAndShowSection("UNTIL", c.waiting_until ? c.waiting_until->ToString() : "", "UNTIL");
  }
  for (const auto& s : c.steps) k->AddSectionDictionary("STEPS")->SetValue("TEXT", s);
  if (!c.missing_years.empty()) {
    std::string years;
    for (int y : c.missing_years) years += (years.empty() ? "" : "、") + std::to_string(y);
    k->AddSectionDictionary("FALLBACK")->SetValue("YEARS", years);
  }
}

Application ApplicationFromForm(const http::Request& req) {
  Application a;
  a.agency_id = web::ParseId(req.Form("agency_id"));
  for (size_t i = 0; i < ApplicantTypes().size(); ++i)
    if (req.Form("applicant_type") == ApplicantTypes()[i].code) a.applicant_type = static_cast<ApplicantType>(i);
  a.applicant_name = req.Form("applicant_name");
  a.contact_person = req.Form("contact_person");
  a.id_type = req.Form("id_type");
  a.id_number = req.Form("id_number");
  a.phone = req.Form("phone");
  a.email = req.Form("email");
  a.address = req.Form("address");
  a.postcode = req.Form("postcode");
  a.description = req.Form("description");
  a.medium = req.Form("medium");
  a.delivery = req.Form("delivery");
  a.channel = req.Form("channel");  // the public form's is always online (SubmitOnline)
  return a;
}

ctemplate::TemplateDictionary* FillLetter(ctemplate::TemplateDictionary& d, const Letter& l, bool with_body) {
  auto* s = d.AddSectionDictionary("LETTERS");
  s->SetIntValue("ID", static_cast<long>(l.id));
  s->SetValue("TITLE", l.title);
  s->SetValue("NUMBER", l.number);
  s->SetValue("ISSUED_ON", DateText(l.issued_on));
  s->SetValue("KIND", LetterTypeLabel(l.type));
  if (!l.issued) s->ShowSection("DRAFT");
  if (!l.signed_by_name.empty()) s->AddSectionDictionary("SIGNED")->SetValue("NAME", l.signed_by_name);
  if (!l.to_applicant) s->ShowSection("TO_THIRD_PARTY");
  if (with_body) s->SetValue("BODY_HTML", text::RenderMarkdown(l.body_md));
  return s;
}

}  // namespace gk::applications::views
