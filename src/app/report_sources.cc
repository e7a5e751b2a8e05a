#include "app/report_sources.h"

#include "applications/report.h"
#include "catalogue/model.h"

namespace gk::app {
namespace {

Result<std::vector<reports::NormativeRecord>> Normative(catalogue::CatalogueService& c, int64_t agency) {
  const std::vector<int64_t> one = {agency};
  auto items = c.NormativeDocuments(&one);
  if (!items.ok()) return items.status();
  std::vector<reports::NormativeRecord> out;
  for (const auto& i : items.value())
    out.push_back({i.normative.kind == catalogue::NormativeKind::kRule, catalogue::NormativeIssuedOn(i),
                   catalogue::NormativeCeasedOn(i)});
  return out;
}

Result<reports::ApplicationFigures> Applications(applications::ApplicationService& a, int64_t agency, int year) {
  auto t = a.reports().Tables(year, {agency});
  if (!t.ok()) return t.status();
  reports::ApplicationFigures f;
  for (const auto& r : applications::Table3Rows(t.value()))
    f.t3.push_back({r.label, r.heading,
                    r.has_values ? std::vector<int64_t>(r.values.begin(), r.values.end()) : std::vector<int64_t>{}});
  std::copy(t->t4.begin(), t->t4.end(), f.t4.begin());
  for (const auto& b : t->imbalances) f.imbalances.push_back(b.number + "：" + b.problem);
  return f;
}

Result<reports::EnforcementCounts> Enforcement(supervision::EnforcementService& e, int64_t agency, int year) {
  const std::vector<int64_t> one = {agency};
  auto counts = e.YearCounts(year, &one);
  if (!counts.ok()) return counts.status();
  reports::EnforcementCounts out;
  auto n = [&](supervision::DecisionKind k) {
    auto it = counts->find(k);
    return it == counts->end() ? int64_t{0} : it->second;
  };
  out.licensing = n(supervision::DecisionKind::kLicence);
  out.penalty = n(supervision::DecisionKind::kPenalty);
  out.coercion = n(supervision::DecisionKind::kCoercive);
  if (out.licensing + out.penalty + out.coercion > 0) {
    out.any_records = true;
  } else {
    auto any = e.HasDecisions(&one);
    if (!any.ok()) return any.status();
    out.any_records = any.value();
  }
  return out;
}

// Items published in the year (and not withdrawn since, or withdrawn), in
// all and by list column: two counts, not one per column.
Result<reports::Activity> Activity(catalogue::CatalogueService& c, int64_t agency, int year) {
  reports::Activity a;
  auto counts = c.PublishedInYear(agency, year, {catalogue::State::kPublished, catalogue::State::kWithdrawn});
  if (!counts.ok()) return counts.status();
  a.items_published = counts->total;
  auto columns = c.Columns(agency);
  if (!columns.ok()) return columns.status();
  for (const auto& col : columns.value()) {
    if (col.kind != catalogue::ColumnKind::kList) continue;
    auto in = counts->by_column.find(col.id);
    if (in != counts->by_column.end() && in->second > 0) a.by_column.emplace_back(col.name, in->second);
  }
  return a;
}

}  // namespace

reports::Sources ReportSources(Services& s) {
  reports::Sources src;
  src.agency_name = [auth = s.auth.get()](int64_t agency) -> Result<std::string> {
    auto a = auth->GetAgency(agency);
    if (!a.ok()) return a.status();
    return a->name;
  };
  src.normative = [c = s.catalogue.get()](int64_t agency) { return Normative(*c, agency); };
  src.applications = [a = s.applications.get()](int64_t agency, int year) { return Applications(*a, agency, year); };
  src.enforcement = [e = s.enforcement.get()](int64_t agency, int year) { return Enforcement(*e, agency, year); };
  src.activity = [&s](int64_t agency, int year) -> Result<reports::Activity> {
    auto a = Activity(*s.catalogue, agency, year);
    if (!a.ok()) return a;
    const std::vector<int64_t> one = {agency};
    consultations::store::ConsultationFilter consultations;
    consultations.agency_ids = &one;
    consultations.public_only = true;
    consultations.opened_in = year;
    consultations.limit = 1;
    auto c = s.consultations->List(consultations);
    if (!c.ok()) return c.status();
    messages::store::MessageFilter messages;
    messages.agency_ids = &one;
    messages.received_in = year;
    messages.limit = 1;
    auto m = s.messages->List(messages);
    if (!m.ok()) return m.status();
    auto proactive = s.applications->ProactiveCount(agency, year);
    if (!proactive.ok()) return proactive.status();
    a->other = {{"公开征集意见", c->total}, {"收到网民留言", m->total}, {"依申请转为主动公开", proactive.value()}};
    return a;
  };
  return src;
}

}  // namespace gk::app
