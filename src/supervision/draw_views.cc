#include "supervision/draw_views.h"

#include <nlohmann/json.hpp>

#include "common/china_time.h"

namespace gk::supervision {
namespace {

void FillList(ctemplate::TemplateDictionary& d, const char* section, const DrawList& l) {
  auto* s = d.AddSectionDictionary(section);
  s->SetIntValue("ID", static_cast<long>(l.id));
  s->SetValue("NAME", l.name);
  s->SetIntValue("VERSION", static_cast<long>(l.version));
  s->SetIntValue("ENTRIES", static_cast<long>(l.entries));
  s->SetValue("SHA256", l.sha256);
}

std::string Time(int64_t t) { return t ? FormatLocalTime(t) : ""; }

}  // namespace

void FillDraw(ctemplate::TemplateDictionary& d, const DrawView& v, const std::string& agency_name, bool staff,
              bool editable) {
  const DrawRecord& r = v.draw;
  d.SetIntValue("ID", static_cast<long>(r.id));
  d.SetValue("TITLE", r.title);
  d.SetValue("SCOPE", r.scope.empty() ? "—" : r.scope);
  d.SetValue("STATE", DrawStateLabel(r.state));
  d.SetValue("STATE_CODE", DrawStateCode(r.state));
  d.SetValue("AGENCY", agency_name);
  d.SetIntValue("N", r.n);
  d.SetIntValue("M", r.m);
  d.SetValue("SEED_SOURCE", r.seed_source);
  d.SetIntValue("ALGORITHM_VERSION", r.algorithm_version);
  FillList(d, "TARGET_LIST", v.targets);
  FillList(d, "INSPECTOR_LIST", v.inspectors);
  if (r.announced_at) {
    auto* a = d.AddSectionDictionary("ANNOUNCED");
    a->SetValue("AT", Time(r.announced_at));
    a->SetValue("INPUT_SHA256", r.input_sha256);
  }
  if (r.seed_locked_at) {
    auto* s = d.AddSectionDictionary("SEED");
    s->SetValue("SEED", r.seed);
    s->SetValue("AT", Time(r.seed_locked_at));
  } else if (r.state == DrawState::kAnnounced) {
    d.ShowSection("SEED_PENDING");
  }
  if (r.state == DrawState::kCompleted) d.AddSectionDictionary("COMPLETED")->SetValue("AT", Time(r.completed_at));
  if (r.state == DrawState::kCancelled) {
    auto* c = d.AddSectionDictionary("CANCELLED");
    c->SetValue("REASON", r.cancel_reason);
    c->SetValue("AT", Time(r.cancelled_at));
  }
  for (const auto& e : v.exclusions) {
    auto* x = d.AddSectionDictionary("EXCLUSIONS");
    x->SetValue("TARGET", e.target);
    x->SetValue("INSPECTOR", e.inspector);
    if (staff) x->AddSectionDictionary("STAFF")->SetValue("REASON", e.reason);
    if (editable) x->ShowSection("DELETE");
  }
  if (v.exclusions.empty()) d.ShowSection("NO_EXCLUSIONS");
}

void FillResult(ctemplate::TemplateDictionary& d, const DrawView& v, const std::map<std::string, ListEntry>& targets,
                const std::map<std::string, ListEntry>& inspectors) {
  std::map<std::string, const Inspection*> found;
  for (const auto& i : v.inspections) found[i.target] = &i;
  int order = 0;
  for (const auto& a : v.draw.result) {
    auto* row = d.AddSectionDictionary("RESULT");
    row->SetIntValue("ORDER", ++order);
    row->SetValue("TARGET", a.target);
    auto t = targets.find(a.target);
    row->SetValue("TARGET_NAME", t == targets.end() ? "" : t->second.name);
    for (const auto& id : a.inspectors) {
      auto* in = row->AddSectionDictionary("INSPECTORS");
      in->SetValue("ID", id);
      auto n = inspectors.find(id);
      in->SetValue("NAME", n == inspectors.end() ? "" : n->second.name);
    }
    if (auto f = found.find(a.target); f != found.end()) {
      auto* o = row->AddSectionDictionary("OUTCOME");
      o->SetValue("LABEL", InspectionOutcomeLabel(f->second->outcome));
      o->SetValue("CODE", InspectionOutcomeCode(f->second->outcome));
      o->SetValue("DETAILS", f->second->details);
      o->SetValue("ON", f->second->inspected_on.ToString());
    } else {
      row->ShowSection("NO_OUTCOME");
    }
  }
  if (!v.draw.result.empty()) d.ShowSection("HAS_RESULT");
}

void FillDrawRow(ctemplate::TemplateDictionary& row, const DrawRecord& d) {
  row.SetIntValue("ID", static_cast<long>(d.id));
  row.SetValue("TITLE", d.title);
  row.SetValue("STATE", DrawStateLabel(d.state));
  row.SetValue("STATE_CODE", DrawStateCode(d.state));
  row.SetValue("DATE", ChinaDate(d.announced_at ? d.announced_at : d.created_at).ToString());
  row.SetIntValue("N", d.n);
  row.SetIntValue("M", d.m);
}

std::string DrawApiJson(const DrawView& v, const DrawInput& input, const std::string& agency_name) {
  using nlohmann::json;
  const DrawRecord& r = v.draw;
  json j;
  j["id"] = r.id;
  j["title"] = r.title;
  j["scope"] = r.scope;
  j["agency"] = agency_name;
  j["state"] = DrawStateCode(r.state);
  j["url"] = "/draws/" + std::to_string(r.id);
  j["seed_source"] = r.seed_source;
  j["announced_at"] = r.announced_at;
  j["seed_locked_at"] = r.seed_locked_at ? json(r.seed_locked_at) : json(nullptr);
  j["completed_at"] = r.completed_at ? json(r.completed_at) : json(nullptr);
  if (r.state == DrawState::kCancelled) j["cancel_reason"] = r.cancel_reason;
  // The members RULES §9 publishes: `gongkai draw verify` reads these.
  j["seed"] = r.seed_locked_at ? json(r.seed) : json(nullptr);
  j["algorithm_version"] = r.algorithm_version;
  j["targets"] = input.targets;
  j["inspectors"] = input.inspectors;
  j["exclusions"] = json::array();
  for (const auto& [t, i] : input.exclusions) j["exclusions"].push_back({t, i});
  j["n"] = r.n;
  j["m"] = r.m;
  j["input_sha256"] = r.input_sha256;
  if (r.state == DrawState::kCompleted) {
    j["result"] = json::array();
    for (const auto& a : r.result) j["result"].push_back({{"target", a.target}, {"inspectors", a.inspectors}});
  } else {
    j["result"] = nullptr;
  }
  j["inspections"] = json::array();
  for (const auto& i : v.inspections)
    j["inspections"].push_back({{"target", i.target},
                                {"outcome", InspectionOutcomeCode(i.outcome)},
                                {"outcome_label", InspectionOutcomeLabel(i.outcome)},
                                {"details", i.details},
                                {"inspected_on", i.inspected_on.ToString()}});
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace gk::supervision
