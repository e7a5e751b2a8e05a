#include "ratings/views.h"

#include <nlohmann/json.hpp>

namespace gk::ratings {

void FillRating(ctemplate::TemplateDictionary& d, const Rating& r, bool staff, Date today) {
  d.SetIntValue("ID", static_cast<long>(r.id));
  d.SetValue("SUBJECT", r.subject_label);
  d.SetValue("DEPARTMENT", r.department);
  d.SetIntValue("LEVEL", r.level);
  d.SetValue("LEVEL_LABEL", LevelLabel(r.level));
  d.SetValue("CHANNEL", ChannelLabel(r.channel));
  d.SetValue("RATED_ON", r.rated_on.ToString());
  d.SetValue("STATE", RatingStateLabel(r.state));
  d.SetValue("STATE_CODE", RatingStateCode(r.state));
  d.SetValue("COMMENT", staff ? r.comment : r.public_comment);
  d.ShowSection(IsBad(r.level) ? "BAD" : "GOOD");
  d.SetValue("VISIT_DUE", DateText(r.visit_due));
  d.SetValue("RECTIFY_DUE", DateText(r.rectify_due));
  if (r.visited_on && staff) {
    auto* v = d.AddSectionDictionary("VISITED");
    v->SetValue("ON", r.visited_on->ToString());
    v->SetValue("NOTE", r.visit_note);
  }
  if (r.rectified_on) {
    auto* v = d.AddSectionDictionary("RECTIFIED");
    v->SetValue("ON", r.rectified_on->ToString());
    v->SetValue("NOTE", r.rectify_note);
  }
  if (!r.response.empty()) {
    auto* v = d.AddSectionDictionary("RESPONSE");
    v->SetValue("LABEL", ResponseLabel(r.response));
    v->SetValue("NOTE", r.response_note);
  }
  if (staff && !r.appeal_reason.empty()) {
    auto* v = d.AddSectionDictionary("APPEAL");
    v->SetValue("REASON", r.appeal_reason);
    v->SetValue("DECISION", r.appeal_decision);
  }
  if (staff && !r.contact.empty()) d.AddSectionDictionary("CONTACT")->SetValue("VALUE", r.contact);
  if (FollowUpOverdue(r, today)) d.ShowSection("OVERDUE");
}

namespace {
void FillLine(ctemplate::TemplateDictionary& d, const StatLine& l) {
  d.SetValue("SUBJECT", l.subject);
  d.SetValue("DEPARTMENT", l.department);
  for (int level = kMinLevel; level <= kMaxLevel; ++level) d.SetIntValue("L" + std::to_string(level), l.counts[level]);
  d.SetIntValue("TOTAL", l.Total());
  d.SetIntValue("BAD", l.Bad());
  d.SetIntValue("RECTIFIED", l.rectified);
  d.SetValue("GOOD_RATE", PercentText(l.GoodPerMille()));
}
}  // namespace

void FillStats(ctemplate::TemplateDictionary& d, const MonthStats& s) {
  for (const auto& l : s.lines) FillLine(*d.AddSectionDictionary("LINES"), l);
  FillLine(*d.AddSectionDictionary("TOTAL"), s.total);
  if (s.lines.empty()) d.ShowSection("NO_RATINGS");
}

void FillReportMonth(ctemplate::TemplateDictionary& d, const std::string& month, const MonthStats& s,
                     const std::optional<GeneratedItemStatus>& item) {
  d.SetValue("MONTH", month);
  d.SetValue("MONTH_LABEL", MonthLabel(month));
  d.SetIntValue("TOTAL", s.total.Total());
  d.SetIntValue("BAD", s.total.Bad());
  d.SetIntValue("RECTIFIED", s.total.rectified);
  using Stage = GeneratedItemStatus::Stage;
  const char* button = !item || item->stage == Stage::kWithdrawn ? "CAN_CREATE"
                       : item->stage == Stage::kDraft            ? "CAN_REFRESH"
                       : item->stage == Stage::kPublished        ? "CAN_REVISE"
                                                                 : nullptr;
  if (button) {
    d.ShowSection("CAN_GENERATE");
    d.ShowSection(button);
  } else {
    d.ShowSection("IN_REVIEW");
  }
  if (!item) return;
  auto* i = d.AddSectionDictionary("ITEM");
  i->SetIntValue("ID", static_cast<long>(item->id));
  i->SetValue("STATE", item->state_label);
  i->SetValue("STATE_CODE", item->state_code);
  if (!item->index_no.empty()) i->AddSectionDictionary("PUBLISHED")->SetValue("INDEX_NO", item->index_no);
}

std::string MonthLabel(const std::string& month) {
  if (!IsMonth(month)) return month;
  return month.substr(0, 4) + " 年 " + std::to_string(std::stoi(month.substr(5))) + " 月";
}

nlohmann::json StatsJson(const std::string& month, const MonthStats& s) {
  auto line = [](const StatLine& l) {
    nlohmann::json levels = nlohmann::json::object();
    for (int level = kMaxLevel; level >= kMinLevel; --level) levels[LevelLabel(level)] = l.counts[level];
    nlohmann::json j = {{"subject", l.subject},     {"department", l.department}, {"levels", levels},
                        {"total", l.Total()},       {"bad", l.Bad()},             {"bad_rectified", l.rectified},
                        {"good_rate", nullptr}};
    if (l.GoodPerMille() >= 0) j["good_rate"] = l.GoodPerMille() / 1000.0;
    return j;
  };
  nlohmann::json lines = nlohmann::json::array();
  for (const auto& l : s.lines) lines.push_back(line(l));
  nlohmann::json total = line(s.total);
  total.erase("subject");
  total.erase("department");
  return {{"month", month}, {"lines", std::move(lines)}, {"total", std::move(total)}};
}

}  // namespace gk::ratings
