#include "events/views.h"

#include <nlohmann/json.hpp>

#include "common/china_time.h"
#include "events/rules.h"
#include "text/markdown.h"

namespace gk::events {

const char* PhaseCode(const Event& e, int64_t now) {
  if (e.state == State::kDraft) return "draft";
  if (e.state == State::kCancelled) return "cancelled";
  if (e.state == State::kHeld || e.starts_at <= now) return "past";
  if (RegistrationOpen(e, now)) return "open";
  return "upcoming";
}

const char* PhaseLabel(const Event& e, int64_t now) {
  const std::string code = PhaseCode(e, now);
  if (code == "draft") return "草稿";
  if (code == "cancelled") return "已取消";
  if (code == "past") return e.summary.empty() ? "已举行" : "已发布综述";
  if (code == "open")
    return e.confirmed < e.capacity ? "报名中" : e.waiting < e.waitlist ? "名额已满，可候补" : "名额已满";
  return e.capacity > 0 ? "报名已截止" : "即将举行";
}

void FillEvent(ctemplate::TemplateDictionary& d, const Event& e, int64_t now) {
  d.SetIntValue("ID", static_cast<long>(e.id));
  d.SetValue("KIND", KindLabel(e.kind));
  d.SetValue("KIND_CODE", KindCode(e.kind));
  d.SetValue("TITLE", e.title);
  d.SetValue("AGENCY", e.agency_name);
  d.SetValue("PLACE", e.place);
  d.SetValue("STARTS", FormatChinaTime(e.starts_at, "%Y-%m-%d %H:%M"));
  d.SetValue("STATE", StateLabel(e.state));
  d.SetValue("STATE_CODE", StateCode(e.state));
  d.SetValue("PHASE", PhaseLabel(e, now));
  d.SetValue("PHASE_CODE", PhaseCode(e, now));
  d.SetValue("DESCRIPTION_HTML", text::RenderMarkdown(e.description));
  if (e.capacity > 0) {
    auto* r = d.AddSectionDictionary("REGISTRATION");
    r->SetIntValue("CAPACITY", e.capacity);
    r->SetIntValue("CONFIRMED", static_cast<long>(e.confirmed));
    r->SetIntValue("WAITING", static_cast<long>(e.waiting));
    r->SetIntValue("WAITLIST", e.waitlist);
    r->SetIntValue("LEFT", static_cast<long>(std::max<int64_t>(0, e.capacity - e.confirmed)));
    r->SetValue("CLOSES", FormatChinaTime(e.registration_closes_at, "%Y-%m-%d %H:%M"));
  }
  if (!e.materials.empty()) d.SetValueAndShowSection("TEXT_HTML", text::RenderMarkdown(e.materials), "MATERIALS");
  if (e.kind == Kind::kHearing && e.published_on) {
    auto* h = d.AddSectionDictionary("HEARING");
    h->SetValue("PUBLISHED_ON", e.published_on->ToString());
    h->SetIntValue("NOTICE_DAYS",
                   static_cast<long>(ChinaDate(e.starts_at).DaysSinceEpoch() - e.published_on->DaysSinceEpoch()));
  }
  if (!e.summary.empty()) d.SetValueAndShowSection("TEXT_HTML", text::RenderMarkdown(e.summary), "SUMMARY");
  if (e.state == State::kCancelled) d.AddSectionDictionary("CANCELLED")->SetValue("REASON", e.cancel_reason);
}

void FillParticipants(ctemplate::TemplateDictionary& d, const std::vector<Registration>& regs) {
  for (const auto& r : regs) {
    if (r.state != RegState::kConfirmed) continue;
    auto* p = d.AddSectionDictionary("PARTICIPANTS");
    p->SetValue("NAME", r.name);
    p->SetValue("AFFILIATION", r.affiliation);
  }
}

nlohmann::json EventJson(const Event& e, const std::vector<Registration>* participants, int64_t now) {
  nlohmann::json j = {{"id", e.id},
                      {"kind", KindCode(e.kind)},
                      {"kind_label", KindLabel(e.kind)},
                      {"title", e.title},
                      {"agency", e.agency_name},
                      {"description", e.description},
                      {"place", e.place},
                      {"starts_at", FormatChinaTime(e.starts_at, "%Y-%m-%dT%H:%M:%S+08:00")},
                      {"state", StateCode(e.state)},
                      {"phase", PhaseCode(e, now)},
                      {"phase_label", PhaseLabel(e, now)},
                      {"published_on", DateText(e.published_on)},
                      {"materials", e.materials},
                      {"summary", e.summary},
                      {"url", "/events/" + std::to_string(e.id)}};
  if (e.capacity > 0)
    j["registration"] = {{"capacity", e.capacity},
                         {"confirmed", e.confirmed},
                         {"waiting", e.waiting},
                         {"waitlist", e.waitlist},
                         {"closes_at", FormatChinaTime(e.registration_closes_at, "%Y-%m-%dT%H:%M:%S+08:00")}};
  else j["registration"] = nullptr;
  if (e.state == State::kCancelled) j["cancel_reason"] = e.cancel_reason;
  if (participants) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : *participants)
      if (r.state == RegState::kConfirmed) list.push_back({{"name", r.name}, {"affiliation", r.affiliation}});
    j["participants"] = list;
  } else {
    j["participants"] = nullptr;
  }
  return j;
}

}  // namespace gk::events
