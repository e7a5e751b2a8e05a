// 依申请转主动 in the console (proactive.h): /console/applications/proactive
// lists the candidates with a decision form each and the year's decisions;
// POST /console/applications/proactive/{id} records one. The 公开办's.
#include "applications/console.h"
#include "applications/proactive.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "web/forms.h"

namespace gk::applications {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr const char* kPath = "/console/applications/proactive";

void FillCandidates(Context& ctx, ctemplate::TemplateDictionary& d, const std::vector<ProactiveCandidate>& list,
                    int64_t failed_id, const Request& req) {
  for (const auto& c : list) {
    auto* row = d.AddSectionDictionary("CANDIDATES");
    row->SetIntValue("ID", static_cast<long>(c.app.id));
    row->SetValue("NUMBER", c.app.number);
    row->SetValue("DESCRIPTION", std::string(Utf8Prefix(c.app.description, 300)));
    row->SetValue("OUTCOME", c.app.outcome ? OutcomeLabel(*c.app.outcome) : "");
    row->SetValue("CLOSED_ON", DateText(c.app.closed_on));
    row->SetIntValue("SIMILAR", static_cast<long>(c.similar));
    if (c.similar > 0) row->ShowSection("HAS_SIMILAR");
    row->SetValue("CSRF_TOKEN", ctx.CsrfToken());
    if (c.app.id == failed_id) {
      row->SetValue("IN_INDEX_NO", req.Form("index_no"));
      row->SetValue("IN_REASON", req.Form("reason"));
    }
  }
  if (list.empty()) d.ShowSection("NO_CANDIDATES");
}

Response ProactivePage(Request& req, Context& ctx, int64_t failed_id, const FieldErrors& errors, int status) {
  auto& svc = console::Svc(ctx);
  const auto agencies = console::HandledAgencies(ctx);
  auto candidates = svc.ProactiveCandidates(agencies);
  if (!candidates.ok()) return ctx.FromStatus(candidates.status());
  const int year = svc.Today().year();
  auto decided = svc.ProactiveDecisions(agencies, year);
  if (!decided.ok()) return ctx.FromStatus(decided.status());
  Page page("依申请转主动", "console/application_proactive.tpl");
  auto& d = page.content();
  d.SetIntValue("YEAR", year);
  d.SetIntValue("WINDOW_DAYS", kProactiveWindowDays);
  FillCandidates(ctx, d, candidates.value(), failed_id, req);
  int published = 0;
  for (const auto& x : decided.value()) {
    auto* row = d.AddSectionDictionary("DECISIONS");
    row->SetValue("NUMBER", x.application_number);
    row->SetIntValue("ID", static_cast<long>(x.application_id));
    row->SetValue("DESCRIPTION", std::string(Utf8Prefix(x.description, 180)));
    row->SetValue("CHOICE", ProactiveChoiceLabel(x.choice));
    row->SetValue("ON", x.decided_on.ToString());
    if (x.choice == ProactiveChoice::kPublish) {
      row->SetValueAndShowSection("INDEX_NO", x.index_no, "PUBLISHED");
      ++published;
    } else {
      row->SetValueAndShowSection("REASON", x.reason, "UNSUITABLE");
    }
  }
  d.SetIntValue("PUBLISHED_COUNT", published);
  if (failed_id) d.SetIntValue("FAILED_ID", static_cast<long>(failed_id));
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/applications", status);
}

Response GetProactive(Request& req, Context& ctx) { return ProactivePage(req, ctx, 0, {}, 200); }

Response PostProactive(Request& req, Context& ctx) {
  const int64_t id = web::ParseId(req.Param("id"));
  FieldErrors errors;
  Status s = console::Svc(ctx).DecideProactive(ctx.actor(), *ctx.user(), id, req.Form("choice"), req.Form("index_no"),
                                               req.Form("reason"), &errors);
  return web::AfterAction(ctx, s, errors, kPath, "已记录是否转为主动公开。",
                          [&](const FieldErrors& e, int st) { return ProactivePage(req, ctx, id, e, st); });
}

}  // namespace

void console::RegisterProactiveRoutes(web::Site& site) {
  using access::Permission;
  site.Add("GET", kPath, web::Staff(Permission::kHandleApplications), GetProactive);
  site.Add("POST", "/console/applications/proactive/{id:int}", web::Staff(Permission::kHandleApplications),
           PostProactive);
}

}  // namespace gk::applications
