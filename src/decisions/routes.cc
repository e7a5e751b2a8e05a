// The console's 重大行政决策 pages: the entries of the user's agencies by
// year, a new entry or an entry's fields (its stages' planned and done
// dates, its consultation and the decision's 索引号), and an entry's page
// with publish and withdraw. The rules are the service's; handlers parse
// and render.
#include <algorithm>

#include "auth/routes.h"
#include "decisions/routes.h"
#include "decisions/views.h"
#include "http/forms.h"
#include "web/forms.h"

namespace gk::decisions {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kManageDecisions); }
int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }
std::string Url(int64_t id) { return "/console/decisions/" + std::to_string(id); }

Links LinksOf(Context& ctx, const MajorDecision& d) {
  return {Decisions(ctx).ConsultationTitle(d.consultation_id), Decisions(ctx).ItemTitle(d.result_index_no)};
}

Response ListPage(Request& req, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  store::DecisionFilter f;
  f.agency_ids = &mine;
  const int64_t y = web::ParseId(req.Query("year"));
  f.year = y >= 2000 && y <= 2100 ? static_cast<int>(y) : Decisions(ctx).Today().year();
  auto list = Decisions(ctx).List(f);
  auto years = Decisions(ctx).Years(false, &mine);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("重大行政决策事项目录", "console/decisions.tpl");
  auto& d = page.content();
  for (const auto& m : list->decisions) FillDecision(*d.AddSectionDictionary("DECISIONS"), m, LinksOf(ctx, m));
  if (list->decisions.empty()) d.ShowSection("NO_DECISIONS");
  std::vector<int> all = years.ok() ? years.value() : std::vector<int>{};
  if (std::find(all.begin(), all.end(), f.year) == all.end()) all.insert(all.begin(), f.year);
  std::sort(all.rbegin(), all.rend());
  for (int year : all)
    web::AddOption(d, "YEARS", std::to_string(year), std::to_string(year) + " 年", std::to_string(f.year));
  d.SetIntValue("YEAR", f.year);
  return ctx.ConsolePage(page, "/console/decisions");
}

DecisionForm FormOf(const Request& req) {
  DecisionForm f;
  f.agency_id = web::ParseId(req.Form("agency_id"));
  f.year = req.Form("year");
  f.title = req.Form("title");
  f.summary = req.Form("summary");
  f.owner = req.Form("owner");
  f.consultation_id = req.Form("consultation_id");
  f.result_index_no = req.Form("result_index_no");
  for (size_t i = 0; i < kStages; ++i) {
    f.planned[i] = req.Form(std::string("planned_") + StageCode(AllStages()[i]));
    f.done[i] = req.Form(std::string("done_") + StageCode(AllStages()[i]));
  }
  return f;
}

DecisionForm FormFrom(const MajorDecision& m) {
  DecisionForm f;
  f.agency_id = m.agency_id;
  f.year = std::to_string(m.year);
  f.title = m.title;
  f.summary = m.summary;
  f.owner = m.owner;
  f.consultation_id = m.consultation_id ? std::to_string(m.consultation_id) : "";
  f.result_index_no = m.result_index_no;
  for (size_t i = 0; i < kStages; ++i) {
    f.planned[i] = DateText(m.stages[i].planned);
    f.done[i] = DateText(m.stages[i].done);
  }
  return f;
}

Response FormPage(Context& ctx, int64_t id, const DecisionForm& form, const FieldErrors& errors, int status) {
  Page page(id ? "修改重大行政决策事项" : "新增重大行政决策事项", "console/decision_form.tpl");
  auto& d = page.content();
  d.SetValue("ACTION", id ? Url(id) + "/edit" : "/console/decisions");
  if (id == 0) {
    d.ShowSection("NEW");
    if (auth::AgencyOptions(ctx, d, "AGENCIES", access::Permission::kManageDecisions, form.agency_id) < 0)
      return ctx.ErrorPage(503, "");
  } else {
    d.SetIntValue("ID", static_cast<long>(id));
    d.ShowSection("EDIT");
  }
  const std::pair<const char*, const std::string*> values[] = {{"YEAR", &form.year},
                                                               {"TITLE", &form.title},
                                                               {"SUMMARY", &form.summary},
                                                               {"OWNER", &form.owner},
                                                               {"CONSULTATION_ID", &form.consultation_id},
                                                               {"RESULT_INDEX_NO", &form.result_index_no}};
  for (const auto& [name, value] : values) d.SetValue(name, *value);
  for (size_t i = 0; i < kStages; ++i) {
    auto* row = d.AddSectionDictionary("STAGES");
    row->SetValue("LABEL", StageLabel(AllStages()[i]));
    row->SetValue("CODE", StageCode(AllStages()[i]));
    row->SetValue("PLANNED", form.planned[i]);
    row->SetValue("DONE", form.done[i]);
    if (const std::string e = errors.Get(std::string("stage_") + StageCode(AllStages()[i])); !e.empty())
      row->AddSectionDictionary("STAGE_ERROR")->SetValue("MSG", e);
  }
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/decisions", status);
}

Response GetNew(Request&, Context& ctx) {
  DecisionForm form;
  const auto mine = MyAgencies(ctx);
  if (!mine.empty()) form.agency_id = mine.front();
  form.year = std::to_string(Decisions(ctx).Today().year());
  return FormPage(ctx, 0, form, {}, 200);
}

Response PostNew(Request& req, Context& ctx) {
  const DecisionForm form = FormOf(req);
  FieldErrors errors;
  auto id = Decisions(ctx).Create(ctx.actor(), *ctx.user(), form, &errors);
  if (!errors.empty()) return FormPage(ctx, 0, form, errors, 400);
  if (!id.ok()) return ctx.FromStatus(id.status());
  return ctx.RedirectWithFlash(Url(id.value()), "已保存为草稿。核对后由公开办公开。");
}

Response DecisionPage(Request& req, Context& ctx, const FieldErrors& errors, int status) {
  auto m = Decisions(ctx).Get(Id(req));
  if (!m.ok()) return ctx.FromStatus(m.status());
  if (!ctx.scope().Allows(access::Permission::kManageDecisions, m->agency_id))
    return ctx.ErrorPage(403, "该事项不属于您可以管理的机构。");
  Page page(m->title, "console/decision.tpl");
  auto& d = page.content();
  FillDecision(d, m.value(), LinksOf(ctx, m.value()));
  for (Action a : Decisions(ctx).Allowed(m.value(), ctx.scope())) d.ShowSection("CAN_" + web::Upper(ActionCode(a)));
  d.SetValue("IN_REASON", req.Form("reason"));
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/decisions", status);
}

Response GetDecision(Request& req, Context& ctx) { return DecisionPage(req, ctx, {}, 200); }

Response After(Request& req, Context& ctx, const Status& s, const FieldErrors& errors, const std::string& done) {
  return web::AfterAction(ctx, s, errors, Url(Id(req)), done,
                          [&](const FieldErrors& e, int status) { return DecisionPage(req, ctx, e, status); });
}

Response GetEdit(Request& req, Context& ctx) {
  auto m = Decisions(ctx).Get(Id(req));
  if (!m.ok()) return ctx.FromStatus(m.status());
  if (!ctx.scope().Allows(access::Permission::kManageDecisions, m->agency_id))
    return ctx.ErrorPage(403, "该事项不属于您可以管理的机构。");
  if (m->state == State::kWithdrawn) return ctx.RedirectWithFlash(Url(m->id), "已撤回的事项不能修改。", false);
  return FormPage(ctx, m->id, FormFrom(m.value()), {}, 200);
}

Response PostEdit(Request& req, Context& ctx) {
  const DecisionForm form = FormOf(req);
  FieldErrors errors;
  Status s = Decisions(ctx).Update(ctx.actor(), *ctx.user(), Id(req), form, &errors);
  if (!errors.empty()) return FormPage(ctx, Id(req), form, errors, 400);
  return After(req, ctx, s, {}, "已保存。");
}

Response PostPublish(Request& req, Context& ctx) {
  return After(req, ctx, Decisions(ctx).Publish(ctx.actor(), *ctx.user(), Id(req)), {},
               "已公开。公众可在“重大行政决策”目录中查看，各环节进展随时更新。");
}

Response PostWithdraw(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Decisions(ctx).Withdraw(ctx.actor(), *ctx.user(), Id(req), req.Form("reason"), &errors);
  return After(req, ctx, s, errors, "已撤回。");
}

}  // namespace

void RegisterConsoleRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageDecisions);
  site.Add("GET", "/console/decisions", manage, ListPage);
  site.Add("GET", "/console/decisions/new", manage, GetNew);
  site.Add("POST", "/console/decisions", manage, PostNew);
  site.Add("GET", "/console/decisions/{id:int}", manage, GetDecision);
  site.Add("GET", "/console/decisions/{id:int}/edit", manage, GetEdit);
  site.Add("POST", "/console/decisions/{id:int}/edit", manage, PostEdit);
  // The service checks kPublishDecisions in the entry's agency.
  const web::Guard publish = web::Staff(access::Permission::kPublishDecisions);
  site.Add("POST", "/console/decisions/{id:int}/publish", publish, PostPublish);
  site.Add("POST", "/console/decisions/{id:int}/withdraw", publish, PostWithdraw);
}

}  // namespace gk::decisions
