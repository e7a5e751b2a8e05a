#include "tasks/views.h"

#include <nlohmann/json.hpp>

#include "common/china_time.h"

namespace gk::tasks {

std::string ChinaDay(int64_t unix_seconds) { return ChinaDate(unix_seconds).ToString(); }

void FillTask(ctemplate::TemplateDictionary& d, const Task& t, Date today) {
  d.SetIntValue("ID", static_cast<long>(t.id));
  d.SetValue("TITLE", t.title);
  d.SetIntValue("YEAR", t.year);
  d.SetValue("KIND", KindLabel(t.kind));
  d.SetValue("KIND_CODE", KindCode(t.kind));
  d.SetValue("AGENCY", t.agency_name);
  d.SetValue("OWNER", t.owner);
  d.SetValue("PERSON", t.person);
  if (!t.person.empty()) d.ShowSection("HAS_PERSON");
  d.SetValue("DEADLINE", t.deadline.ToString());
  d.SetValue("CURRENT_DEADLINE", t.current_deadline.ToString());
  const Progress p = ProgressOf(t, today);
  d.SetValue("STATUS", ProgressLabel(p));
  d.SetValue("STATUS_CODE", ProgressCode(p));
  d.SetValue("STATE", StateLabel(t.state));
  d.SetValue("STATE_CODE", StateCode(t.state));
  d.ShowSection(IsPublic(t.state) ? "PUBLIC_STATE" : "NOT_PUBLIC");
  d.SetValue("PUBLISHED_ON", DateText(t.published_on));
  d.SetValue("CONTENT", t.content);
  d.SetValue("CONTENT_LABEL", ContentLabel(t.kind));
  if (t.kind == TaskKind::kRectification) {
    auto* r = d.AddSectionDictionary("RECTIFICATION");
    r->SetValue("SOURCE", t.source ? SourceLabel(*t.source) : "");
    r->SetValue("PROBLEM", t.problem);
  }
  if (t.postponed_on) {
    auto* s = d.AddSectionDictionary("POSTPONED");
    s->SetValue("ON", t.postponed_on->ToString());
    s->SetValue("REASON", t.postpone_reason);
    s->SetValue("NEW_DEADLINE", t.current_deadline.ToString());
  }
  if (t.completed_on) {
    auto* s = d.AddSectionDictionary("COMPLETED");
    s->SetValue("ON", t.completed_on->ToString());
    s->SetValue("SUMMARY", t.completion_summary);
  }
  if (t.state == TaskState::kWithdrawn) {
    auto* s = d.AddSectionDictionary("WITHDRAWN");
    s->SetValue("REASON", t.withdraw_reason);
    s->SetValue("AT", ChinaDay(t.withdrawn_at));
  }
  if (PastDeadline(t, today)) d.ShowSection("PAST_DEADLINE");
  d.SetIntValue("MILESTONES_DONE", DoneMilestones(t));
  d.SetIntValue("MILESTONES_TOTAL", static_cast<long>(t.milestones.size()));
  d.ShowSection(t.milestones.empty() ? "NO_MILESTONES" : "HAS_MILESTONES");
  const int overdue = OverdueMilestones(t, today);
  d.SetIntValue("OVERDUE_MILESTONES", overdue);
  if (overdue > 0) d.ShowSection("HAS_OVERDUE_MILESTONES");
  d.SetIntValue("REPORT_COUNT", t.report_count);
  d.SetValue("LATEST_REPORT_ON", DateText(t.latest_report_on));
  d.ShowSection(t.latest_report_on ? "HAS_REPORT" : "NO_REPORT");
}

void FillMilestones(ctemplate::TemplateDictionary& d, const Task& t, Date today, bool can_mark, bool can_delete) {
  int number = 0;
  for (const auto& m : t.milestones) {
    auto* row = d.AddSectionDictionary("MILESTONES");
    row->SetIntValue("MID", static_cast<long>(m.id));
    row->SetIntValue("NUMBER", ++number);
    row->SetValue("TITLE", m.title);
    row->SetValue("DUE_ON", m.due_on.ToString());
    if (m.done_on) row->AddSectionDictionary("DONE")->SetValue("ON", m.done_on->ToString());
    else if (MilestoneOverdue(t, m, today)) row->ShowSection("OVERDUE");
    else row->ShowSection("PENDING");
    if (can_mark) {  // sections are not inherited: each row gets its own
      auto* ops = row->AddSectionDictionary("OPS");
      if (!m.done_on) ops->ShowSection("MARK");
      if (can_delete) ops->ShowSection("DELETE");
    }
  }
  if (t.milestones.empty()) d.ShowSection("NO_MILESTONES");
}

void FillReports(ctemplate::TemplateDictionary& d, const Task& t) {
  for (const auto& r : t.reports) {
    auto* row = d.AddSectionDictionary("REPORTS");
    row->SetValue("ON", r.reported_on.ToString());
    row->SetValue("PROGRESS", r.progress);
    if (!r.results.empty()) row->AddSectionDictionary("RESULTS")->SetValue("TEXT", r.results);
    if (!r.next_steps.empty()) row->AddSectionDictionary("NEXT_STEPS")->SetValue("TEXT", r.next_steps);
  }
  if (t.reports.empty()) d.ShowSection("NO_REPORTS");
}

namespace {
nlohmann::json DateOrNull(const std::optional<Date>& d) {
  return d ? nlohmann::json(d->ToString()) : nlohmann::json(nullptr);
}
}  // namespace

nlohmann::json TaskJson(const Task& t, Date today, bool full) {
  const Progress p = ProgressOf(t, today);
  nlohmann::json postponed = nullptr, completed = nullptr;
  if (t.postponed_on) postponed = {{"on", t.postponed_on->ToString()}, {"reason", t.postpone_reason}};
  if (t.completed_on) completed = {{"on", t.completed_on->ToString()}, {"summary", t.completion_summary}};
  nlohmann::json j = {
      {"id", t.id},
      {"year", t.year},
      {"kind", KindCode(t.kind)},
      {"kind_label", KindLabel(t.kind)},
      {"title", t.title},
      {"agency", t.agency_name},
      {"owner", t.owner},
      {"person", t.person},
      {"deadline", t.deadline.ToString()},
      {"current_deadline", t.current_deadline.ToString()},
      {"status", ProgressCode(p)},
      {"status_label", ProgressLabel(p)},
      {"source", t.source ? nlohmann::json(SourceLabel(*t.source)) : nlohmann::json(nullptr)},
      {"problem", t.kind == TaskKind::kRectification ? nlohmann::json(t.problem) : nlohmann::json(nullptr)},
      {"postponed", std::move(postponed)},
      {"completed", std::move(completed)},
      {"milestones_total", t.milestones.size()},
      {"milestones_done", DoneMilestones(t)},
      {"milestones_overdue", OverdueMilestones(t, today)},
      {"latest_report_on", DateOrNull(t.latest_report_on)},
      {"published_on", DateOrNull(t.published_on)},
      {"url", "/tasks/" + std::to_string(t.id)},
      {"api_url", "/api/v1/tasks/" + std::to_string(t.id)}};
  if (!full) return j;
  j["content"] = t.content;
  nlohmann::json milestones = nlohmann::json::array();
  for (const auto& m : t.milestones)
    milestones.push_back({{"title", m.title},
                          {"due_on", m.due_on.ToString()},
                          {"done_on", DateOrNull(m.done_on)},
                          {"overdue", MilestoneOverdue(t, m, today)}});
  j["milestones"] = std::move(milestones);
  nlohmann::json reports = nlohmann::json::array();
  for (const auto& r : t.reports)
    reports.push_back({{"reported_on", r.reported_on.ToString()},
                       {"progress", r.progress},
                       {"results", r.results},
                       {"next_steps", r.next_steps}});
  j["reports"] = std::move(reports);
  return j;
}

}  // namespace gk::tasks
