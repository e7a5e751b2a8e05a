#include "proposals/views.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "proposals/rules.h"
#include "text/markdown.h"

namespace gk::proposals {
namespace {

std::string Rate(int64_t part, int64_t whole) {
  if (whole == 0) return "—";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return buf;
}

}  // namespace

void FillProposal(ctemplate::TemplateDictionary& d, const Proposal& p, Date today, bool with_reply, bool staff) {
  d.SetIntValue("ID", static_cast<long>(p.id));
  d.SetIntValue("YEAR", p.year);
  d.SetValue("KIND", KindLabel(p.kind));
  d.SetValue("KIND_CODE", KindCode(p.kind));
  d.SetValue("NUMBER", p.number);
  d.SetValue("TITLE", p.title);
  d.SetValue("PROPOSER", p.proposer);
  d.SetValue("ROLE", RoleLabel(p.role));
  d.SetValue("AGENCY", p.agency_name);
  d.SetValue("SUMMARY", p.summary);
  d.SetValue("ASSIGNED_ON", p.assigned_on.ToString());
  d.SetValue("DUE_ON", p.due_on.ToString());
  d.SetValue("STATE", StateLabel(p.state));
  d.SetValue("STATE_CODE", StateCode(p.state));
  if (Overdue(p, today)) d.ShowSection("OVERDUE");
  if (p.result && p.replied_on) {
    auto* a = d.AddSectionDictionary("ANSWERED");
    a->SetValue("RESULT", OutcomeLabel(*p.result));
    a->SetValue("RESULT_CODE", OutcomeCode(*p.result));
    a->SetValue("REPLIED_ON", p.replied_on->ToString());
    a->ShowSection(OnTime(p) ? "ON_TIME" : "LATE");
    a->SetValue("PUBLIC_SUMMARY", p.public_summary);
    if (with_reply && (staff || p.reply_public))
      a->AddSectionDictionary("REPLY")->SetValue("TEXT_HTML", text::RenderMarkdown(p.reply));
  }
  d.SetValue("PUBLISHED_ON", DateText(p.published_on));
  if (staff && p.state == State::kWithheld) d.AddSectionDictionary("WITHHELD")->SetValue("REASON", p.withhold_reason);
  if (staff && p.reply_public) d.ShowSection("REPLY_PUBLIC");
}

void FillFigures(ctemplate::TemplateDictionary& d, const YearFigures& y) {
  d.SetIntValue("TOTAL", static_cast<long>(y.total));
  d.SetIntValue("SUGGESTIONS", static_cast<long>(y.suggestions));
  d.SetIntValue("PROPOSALS", static_cast<long>(y.proposals));
  d.SetIntValue("LEAD", static_cast<long>(y.lead));
  d.SetIntValue("ASSIST", static_cast<long>(y.assist));
  d.SetIntValue("REPLIED", static_cast<long>(y.replied));
  d.SetIntValue("ON_TIME", static_cast<long>(y.on_time));
  d.SetValue("ON_TIME_RATE", Rate(y.on_time, y.replied));
  d.SetIntValue("OVERDUE_OPEN", static_cast<long>(y.overdue_open));
  d.SetIntValue("RESULT_A", static_cast<long>(y.by_result[0]));
  d.SetIntValue("RESULT_B", static_cast<long>(y.by_result[1]));
  d.SetIntValue("RESULT_C", static_cast<long>(y.by_result[2]));
  d.SetIntValue("PUBLISHED", static_cast<long>(y.published));
}

nlohmann::json ProposalJson(const Proposal& p) {
  nlohmann::json j = {{"id", p.id},
                      {"year", p.year},
                      {"kind", KindCode(p.kind)},
                      {"kind_label", KindLabel(p.kind)},
                      {"number", p.number},
                      {"title", p.title},
                      {"proposer", p.proposer},
                      {"role", RoleCode(p.role)},
                      {"role_label", RoleLabel(p.role)},
                      {"agency", p.agency_name},
                      {"assigned_on", p.assigned_on.ToString()},
                      {"due_on", p.due_on.ToString()},
                      {"replied_on", DateText(p.replied_on)},
                      {"on_time", OnTime(p)},
                      {"result", p.result ? OutcomeCode(*p.result) : ""},
                      {"result_label", p.result ? OutcomeLabel(*p.result) : ""},
                      {"handling_result", p.public_summary},
                      {"published_on", DateText(p.published_on)},
                      {"url", "/proposals/" + std::to_string(p.id)}};
  j["reply"] = p.reply_public ? nlohmann::json(p.reply) : nlohmann::json(nullptr);
  return j;
}

nlohmann::json FiguresJson(const YearFigures& y) {
  return {{"total", y.total},
          {"suggestions", y.suggestions},
          {"proposals", y.proposals},
          {"lead", y.lead},
          {"assist", y.assist},
          {"replied", y.replied},
          {"on_time", y.on_time},
          {"overdue_open", y.overdue_open},
          {"results", {{"A", y.by_result[0]}, {"B", y.by_result[1]}, {"C", y.by_result[2]}}},
          {"published", y.published}};
}

}  // namespace gk::proposals
