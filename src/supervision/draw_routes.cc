// The console's 双随机 pages: the draws of the user's agencies, the lists
// (import as a new version), a draw's plan with its exclusions and the
// actions the transition table allows now, and its inspection results. The
// rules are the service's (draw_service.h); handlers parse and render.
#include <algorithm>

#include "auth/routes.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"
#include "supervision/draw_views.h"
#include "supervision/routes.h"
#include "web/forms.h"

namespace gk::supervision {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr int64_t kMaxListUpload = 20 << 20;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kManageDraws); }

// The agencies the user prepares draws for, as select options.
void AgencyOptions(Context& ctx, ctemplate::TemplateDictionary& d, int64_t selected) {
  (void)auth::AgencyOptions(ctx, d, "AGENCY_OPTIONS", access::Permission::kManageDraws, selected);
}

std::string AgencyName(Context& ctx, int64_t id) {
  auto a = auth::Svc(ctx)->GetAgency(id);
  return ctx.Got(a) ? a->name : "";
}

Response DrawsPage(Request& req, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  store::DrawFilter f;
  f.agency_ids = &mine;
  f.text = Trim(req.Query("q"));
  const int page_no = static_cast<int>(std::max<int64_t>(1, web::ParseId(req.Query("page"))));
  f.offset = (page_no - 1) * f.limit;
  auto draws = Draws(ctx).List(f);
  if (!draws.ok()) return ctx.FromStatus(draws.status());
  Page page("双随机抽查", "console/draws.tpl");
  auto& d = page.content();
  d.SetValue("Q", f.text);
  for (const auto& r : draws->draws) FillDrawRow(*d.AddSectionDictionary("DRAWS"), r);
  if (draws->draws.empty()) d.ShowSection("NO_DRAWS");
  web::SetPagination(d, "/console/draws?q=" + http::PercentEncode(f.text), page_no, f.limit, draws->total);
  return ctx.ConsolePage(page, "/console/draws");
}

Response ListsPage(Context& ctx, const ListUpload& form, const FieldErrors& errors,
                   const std::vector<std::string>& row_errors, int status) {
  const auto mine = MyAgencies(ctx);
  auto lists = Draws(ctx).Lists(&mine);
  if (!lists.ok()) return ctx.FromStatus(lists.status());
  Page page("抽查名录", "console/draw_lists.tpl");
  auto& d = page.content();
  for (const auto& l : lists.value()) {
    auto* row = d.AddSectionDictionary("LISTS");
    row->SetIntValue("ID", static_cast<long>(l.id));
    row->SetValue("KIND", ListKindLabel(l.kind));
    row->SetValue("NAME", l.name);
    row->SetIntValue("VERSION", static_cast<long>(l.version));
    row->SetIntValue("ENTRIES", static_cast<long>(l.entries));
    row->SetValue("SHA256", l.sha256.substr(0, 16));
    row->SetValue("CREATED", FormatLocalTime(l.created_at) + " " + l.created_by);
  }
  if (lists->empty()) d.ShowSection("NO_LISTS");
  AgencyOptions(ctx, d, form.agency_id);
  d.SetValue("NAME", form.name);
  d.ShowSection(form.kind == ListKind::kTargets ? "KIND_TARGETS" : "KIND_INSPECTORS");
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  for (const auto& e : row_errors) d.AddSectionDictionary("ROW_ERRORS")->SetValue("MSG", e);
  if (!errors.empty() || !row_errors.empty()) d.ShowSection("HAS_ERRORS");
  return ctx.ConsolePage(page, "/console/draws", status);
}

Response GetLists(Request&, Context& ctx) { return ListsPage(ctx, {}, {}, {}, 200); }

Response PostList(Request& req, Context& ctx) {
  ListUpload up;
  up.agency_id = web::ParseId(req.Form("agency_id"));
  if (!ParseListKind(req.Form("kind"), &up.kind)) up.kind = ListKind::kTargets;
  up.name = req.Form("name");
  up.csv = req.Form("csv");
  for (const auto& f : req.files)
    if (f.field == "file" && !f.data.empty()) up.csv = f.data;
  FieldErrors errors;
  std::vector<std::string> row_errors;
  auto list = Draws(ctx).ImportList(ctx.actor(), *ctx.user(), up, &errors, &row_errors);
  if (!errors.empty() || !row_errors.empty()) return ListsPage(ctx, up, errors, row_errors, 400);
  if (!list.ok()) return ctx.FromStatus(list.status());
  return ctx.RedirectWithFlash("/console/draws/lists", std::string("已导入") + ListKindLabel(list->kind) + "“" +
                                                           list->name + "”第 " + std::to_string(list->version) +
                                                           " 版，共 " + std::to_string(list->entries) + " 条。");
}

DrawForm FormOf(const Request& req) {
  return {web::ParseId(req.Form("agency_id")), req.Form("title"), req.Form("scope"), req.Form("target_list_id"),
          req.Form("inspector_list_id"),       req.Form("n"),     req.Form("m"),     req.Form("seed_source")};
}

// The plan form, new (id 0) or editing a draft.
Response PlanPage(Context& ctx, int64_t id, const DrawForm& form, const FieldErrors& errors, int status) {
  const auto mine = MyAgencies(ctx);
  auto lists = Draws(ctx).Lists(&mine);
  if (!lists.ok()) return ctx.FromStatus(lists.status());
  Page page(id ? "修改抽查方案" : "新建双随机抽查", "console/draw_edit.tpl");
  auto& d = page.content();
  d.SetValue("ACTION", id ? "/console/draws/" + std::to_string(id) : "/console/draws");
  if (id) d.AddSectionDictionary("EDITING")->SetIntValue("ID", static_cast<long>(id));
  else d.ShowSection("CREATING");
  AgencyOptions(ctx, d, form.agency_id);
  for (const auto& l : lists.value()) {
    const bool targets = l.kind == ListKind::kTargets;
    auto* o = d.AddSectionDictionary(targets ? "TARGET_LISTS" : "INSPECTOR_LISTS");
    o->SetIntValue("VALUE", static_cast<long>(l.id));
    o->SetValue("LABEL", l.name + "（第 " + std::to_string(l.version) + " 版，" + std::to_string(l.entries) + " 条）");
    if (std::to_string(l.id) == (targets ? form.target_list_id : form.inspector_list_id)) o->ShowSection("SELECTED");
  }
  d.SetValue("TITLE", form.title);
  d.SetValue("SCOPE", form.scope);
  d.SetValue("N", form.n);
  d.SetValue("M", form.m);
  d.SetValue("SEED_SOURCE", form.seed_source);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  if (!errors.empty()) d.ShowSection("HAS_ERRORS");
  return ctx.ConsolePage(page, "/console/draws", status);
}

Response GetNew(Request&, Context& ctx) {
  DrawForm form;
  form.m = "2";
  const auto mine = MyAgencies(ctx);
  if (!mine.empty()) form.agency_id = mine.front();
  return PlanPage(ctx, 0, form, {}, 200);
}

Response PostNew(Request& req, Context& ctx) {
  DrawForm form = FormOf(req);
  FieldErrors errors;
  auto id = Draws(ctx).Create(ctx.actor(), *ctx.user(), form, &errors);
  if (!errors.empty()) return PlanPage(ctx, 0, form, errors, 400);
  if (!id.ok()) return ctx.FromStatus(id.status());
  return ctx.RedirectWithFlash("/console/draws/" + std::to_string(id.value()), "已保存抽查方案草稿。");
}

// The draw's page in the console: plan, exclusions, actions, result.
Response DrawPage(Context& ctx, int64_t id, const FieldErrors& errors, int status) {
  auto v = Draws(ctx).Get(id);
  if (!v.ok()) return ctx.FromStatus(v.status());
  if (!ctx.scope().Allows(access::Permission::kManageDraws, v->draw.agency_id))
    return ctx.ErrorPage(403, "该抽查不属于您可以管理的机构。");
  Page page(v->draw.title, "console/draw.tpl");
  auto& d = page.content();
  const auto allowed = DrawService::Allowed(v.value(), ctx.scope());
  const bool editable = std::find(allowed.begin(), allowed.end(), DrawAction::kEdit) != allowed.end();
  FillDraw(d, v.value(), AgencyName(ctx, v->draw.agency_id), true, editable);
  auto targets = Draws(ctx).Names(v->draw, ListKind::kTargets);
  auto inspectors = Draws(ctx).Names(v->draw, ListKind::kInspectors);
  if (!targets.ok() || !inspectors.ok()) return ctx.FromStatus(!targets.ok() ? targets.status() : inspectors.status());
  FillResult(d, v.value(), targets.value(), inspectors.value());
  for (DrawAction a : allowed) {
    static const char* kSections[] = {"CAN_EDIT", "CAN_ANNOUNCE", "CAN_LOCK", "CAN_RUN", "CAN_CANCEL", "CAN_RECORD"};
    d.ShowSection(kSections[static_cast<int>(a)]);
  }
  for (InspectionOutcome o : AllInspectionOutcomes()) {
    auto* opt = d.AddSectionDictionary("OUTCOME_OPTIONS");
    opt->SetValue("VALUE", InspectionOutcomeCode(o));
    opt->SetValue("LABEL", InspectionOutcomeLabel(o));
  }
  d.SetValue("TODAY", ChinaToday(*ctx.services().clock).ToString());
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  if (!errors.empty()) d.ShowSection("HAS_ERRORS");
  return ctx.ConsolePage(page, "/console/draws", status);
}

Response GetDraw(Request& req, Context& ctx) { return DrawPage(ctx, web::ParseId(req.Param("id")), {}, 200); }

// The edit form for a draft, filled from the record.
Response GetEdit(Request& req, Context& ctx) {
  const int64_t id = web::ParseId(req.Param("id"));
  auto v = Draws(ctx).Get(id);
  if (!v.ok()) return ctx.FromStatus(v.status());
  if (!ctx.scope().Allows(access::Permission::kManageDraws, v->draw.agency_id))
    return ctx.ErrorPage(403, "该抽查不属于您可以管理的机构。");
  const DrawRecord& r = v->draw;
  DrawForm form{r.agency_id,
                r.title,
                r.scope,
                std::to_string(r.target_list_id),
                std::to_string(r.inspector_list_id),
                std::to_string(r.n),
                std::to_string(r.m),
                r.seed_source};
  return PlanPage(ctx, id, form, {}, 200);
}

// The outcome of an action on the draw's page: back to it with a message,
// or the page again with what was wrong.
Response AfterAction(Context& ctx, int64_t id, const Status& s, const FieldErrors& errors, const std::string& done) {
  return web::AfterAction(ctx, s, errors, "/console/draws/" + std::to_string(id), done,
                          [&](const FieldErrors& e, int status) { return DrawPage(ctx, id, e, status); });
}

Response PostEdit(Request& req, Context& ctx) {
  const int64_t id = web::ParseId(req.Param("id"));
  DrawForm form = FormOf(req);
  FieldErrors errors;
  Status s = Draws(ctx).Update(ctx.actor(), *ctx.user(), id, form, &errors);
  if (!errors.empty()) return PlanPage(ctx, id, form, errors, 400);
  return AfterAction(ctx, id, s, {}, "已保存抽查方案。");
}

int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }

Response PostAnnounce(Request& req, Context& ctx) {
  Status s = Draws(ctx).Announce(ctx.actor(), *ctx.user(), Id(req));
  return AfterAction(ctx, Id(req), s, {}, "抽查方案已公布。随机种子产生后，请在本页录入并锁定。");
}

Response PostLockSeed(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Draws(ctx).LockSeed(ctx.actor(), *ctx.user(), Id(req), Trim(req.Form("seed")), &errors);
  return AfterAction(ctx, Id(req), s, errors, "随机种子已锁定并公开。");
}

Response PostRun(Request& req, Context& ctx) {
  Status s = Draws(ctx).Run(ctx.actor(), *ctx.user(), Id(req));
  return AfterAction(ctx, Id(req), s, {}, "已完成抽取，结果已公开。");
}

Response PostCancel(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Draws(ctx).Cancel(ctx.actor(), *ctx.user(), Id(req), req.Form("reason"), &errors);
  return AfterAction(ctx, Id(req), s, errors, "已取消该抽查。");
}

Response PostExclusion(Request& req, Context& ctx) {
  FieldErrors errors;
  Exclusion e{req.Form("target"), req.Form("inspector"), req.Form("reason")};
  Status s = Draws(ctx).AddExclusion(ctx.actor(), *ctx.user(), Id(req), e, &errors);
  return AfterAction(ctx, Id(req), s, errors, "已登记回避。");
}

Response PostExclusionDelete(Request& req, Context& ctx) {
  Status s = Draws(ctx).RemoveExclusion(ctx.actor(), *ctx.user(), Id(req), req.Form("target"), req.Form("inspector"));
  return AfterAction(ctx, Id(req), s, {}, "已撤销回避登记。");
}

Response PostInspection(Request& req, Context& ctx) {
  const int64_t id = web::ParseId(req.Param("id"));
  Inspection i;
  i.target = req.Form("target");
  i.details = Trim(req.Form("details"));
  FieldErrors errors;
  if (!ParseInspectionOutcome(req.Form("outcome"), &i.outcome)) errors.Add("outcome", "请选择检查结果");
  if (auto on = Date::Parse(Trim(req.Form("inspected_on"))); on.ok()) i.inspected_on = *on;
  else errors.Add("inspected_on", "检查日期应为 YYYY-MM-DD");
  if (!errors.empty()) return DrawPage(ctx, id, errors, 400);
  Status s = Draws(ctx).RecordInspection(ctx.actor(), *ctx.user(), id, i, &errors);
  return AfterAction(ctx, id, s, errors, "已登记 " + i.target + " 的检查结果。");
}

}  // namespace

void RegisterDrawConsoleRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageDraws);
  site.Add("GET", "/console/draws", manage, DrawsPage);
  site.Add("GET", "/console/draws/new", manage, GetNew);
  site.Add("POST", "/console/draws", manage, PostNew);
  site.Add("GET", "/console/draws/lists", manage, GetLists);
  site.Add("POST", "/console/draws/lists", manage, PostList, {.upload = true, .max_body = kMaxListUpload});
  site.Add("GET", "/console/draws/{id:int}", manage, GetDraw);
  site.Add("GET", "/console/draws/{id:int}/edit", manage, GetEdit);
  site.Add("POST", "/console/draws/{id:int}", manage, PostEdit);
  site.Add("POST", "/console/draws/{id:int}/inspections", manage, PostInspection);
  site.Add("POST", "/console/draws/{id:int}/exclusions", manage, PostExclusion);
  site.Add("POST", "/console/draws/{id:int}/exclusions/delete", manage, PostExclusionDelete);
  // The service checks kRunDraws in the draw's agency; the guard lets an
  // officer of any agency through, as for the other per-agency actions.
  const web::Guard run = web::Staff(access::Permission::kRunDraws);
  site.Add("POST", "/console/draws/{id:int}/announce", run, PostAnnounce);
  site.Add("POST", "/console/draws/{id:int}/lock-seed", run, PostLockSeed);
  site.Add("POST", "/console/draws/{id:int}/run", run, PostRun);
  site.Add("POST", "/console/draws/{id:int}/cancel", run, PostCancel);
}

}  // namespace gk::supervision
