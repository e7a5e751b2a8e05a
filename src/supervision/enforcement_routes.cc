// The console's 行政执法公示 pages: the decisions of the user's agencies with
// what is due and overdue on the statutory clock, entering and correcting a
// draft (shown beside the masked text the public will see), publishing,
// withdrawing, and importing a 双公示 file. The rules are the service's
// (enforcement_service.h); handlers parse and render.
#include <algorithm>

#include "auth/routes.h"
#include "common/strings.h"
#include "http/forms.h"
#include "supervision/enforcement_views.h"
#include "supervision/routes.h"
#include "web/forms.h"

namespace gk::supervision {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr int64_t kMaxImportUpload = 64 << 20;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kManageEnforcement); }

int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }

DecisionKind KindOf(const std::string& code) {
  DecisionKind k = DecisionKind::kPenalty;
  ParseDecisionKind(code, &k);
  return k;
}

Response ListPage(Request& req, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  store::DecisionFilter f;
  f.agency_ids = &mine;
  f.text = Trim(req.Query("q")).substr(0, 200);
  f.status = req.Query("status");
  if (DecisionKind k; ParseDecisionKind(req.Query("kind"), &k)) f.kind = k;
  const int page_no = static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("page")), 1, 10000));
  f.offset = (page_no - 1) * f.limit;
  auto list = Enforcement(ctx).List(f);
  auto due = Enforcement(ctx).Due(&mine);
  if (!list.ok() || !due.ok()) return ctx.FromStatus(!list.ok() ? list.status() : due.status());
  Page page("行政执法公示", "console/enforcement.tpl");
  auto& d = page.content();
  d.SetValue("Q", f.text);
  d.SetIntValue("DUE", static_cast<long>(due->due));
  d.SetIntValue("OVERDUE", static_cast<long>(due->overdue));
  if (due->overdue > 0) d.ShowSection("HAS_OVERDUE");
  const Date today = Enforcement(ctx).Today();
  for (const auto& v : list->decisions) FillDecisionRow(*d.AddSectionDictionary("DECISIONS"), v, today);
  if (list->decisions.empty()) d.ShowSection("NO_DECISIONS");
  for (const char* s : {"draft", "overdue", "published", "expired", "withdrawn", "not_public"})
    if (f.status == s) d.ShowSection(std::string("STATUS_") + web::Upper(s));
  for (DecisionKind k : AllDecisionKinds()) {
    auto* o = d.AddSectionDictionary("KINDS");
    o->SetValue("VALUE", DecisionKindCode(k));
    o->SetValue("LABEL", DecisionKindLabel(k));
    if (f.kind == k) o->ShowSection("SELECTED");
  }
  if (ctx.scope().AllowsSomewhere(access::Permission::kPublishEnforcement)) d.ShowSection("CAN_IMPORT");
  web::SetPagination(d,
                     "/console/enforcement?q=" + http::PercentEncode(f.text) + "&status=" +
                         http::PercentEncode(f.status) + "&kind=" + http::PercentEncode(req.Query("kind")) + "&",
                     page_no, f.limit, list->total);
  return ctx.ConsolePage(page, "/console/enforcement");
}

// The entry form for a kind, new (id 0) or editing a draft.
Response FormPage(Context& ctx, int64_t id, const DecisionForm& form, const FieldErrors& errors, int status) {
  const std::string kind_label = DecisionKindLabel(form.kind);
  Page page(id ? "修改" + kind_label + "决定" : "录入" + kind_label + "决定", "console/enforcement_edit.tpl");
  auto& d = page.content();
  d.SetValue("HEADING", id ? "修改" + kind_label + "决定" : "录入" + kind_label + "决定");
  d.SetValue("ACTION", id ? "/console/enforcement/" + std::to_string(id) : "/console/enforcement");
  d.SetValue("KIND", DecisionKindCode(form.kind));
  if (id == 0) {
    auto agencies = auth::Svc(ctx)->ListAgencies();
    if (!ctx.Got(agencies)) return ctx.ErrorPage(503, "");
    const auto mine = MyAgencies(ctx);
    auto* sel = d.AddSectionDictionary("AGENCY_SELECT");
    for (const auto& a : agencies.value()) {
      if (std::find(mine.begin(), mine.end(), a.id) == mine.end()) continue;
      auto* o = sel->AddSectionDictionary("OPTIONS");
      o->SetIntValue("VALUE", static_cast<long>(a.id));
      o->SetValue("LABEL", a.name);
      if (a.id == form.agency_id) o->ShowSection("SELECTED");
    }
  }
  FillDecisionForm(d, form, errors);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  if (!errors.empty()) d.ShowSection("HAS_ERRORS");
  return ctx.ConsolePage(page, "/console/enforcement", status);
}

DecisionForm FormOf(const Request& req) {
  DecisionForm form;
  form.agency_id = web::ParseId(req.Form("agency_id"));
  form.kind = KindOf(req.Form("kind"));
  for (const auto& f : DecisionFields()) form.fields[f.code] = req.Form(f.code);
  return form;
}

Response GetNew(Request& req, Context& ctx) {
  DecisionForm form;
  form.kind = KindOf(req.Query("kind"));
  const auto mine = MyAgencies(ctx);
  if (!mine.empty()) form.agency_id = mine.front();
  return FormPage(ctx, 0, form, {}, 200);
}

Response PostNew(Request& req, Context& ctx) {
  DecisionForm form = FormOf(req);
  FieldErrors errors;
  auto id = Enforcement(ctx).Create(ctx.actor(), *ctx.user(), form, &errors);
  if (!errors.empty()) return FormPage(ctx, 0, form, errors, 400);
  if (!id.ok()) return ctx.FromStatus(id.status());
  return ctx.RedirectWithFlash("/console/enforcement/" + std::to_string(id.value()),
                               "已保存。请核对下方“公示效果预览”中的脱敏结果，再公示。");
}

// The decision in the console: the record, the masked preview, the clock
// and the actions the table allows now.
Response DecisionPage(Context& ctx, int64_t id, const FieldErrors& errors, int status) {
  auto v = Enforcement(ctx).Get(id);
  if (!v.ok()) return ctx.FromStatus(v.status());
  if (!ctx.scope().Allows(access::Permission::kManageEnforcement, v->agency_id))
    return ctx.ErrorPage(403, "该决定不属于您可以管理的机构。");
  Page page(std::string(DecisionKindLabel(v->kind)) + "决定 " + v->doc_no, "console/enforcement_decision.tpl");
  auto& d = page.content();
  const Date today = Enforcement(ctx).Today();
  FillDecisionRow(d, v.value(), today);
  FillDecision(*d.AddSectionDictionary("RECORD"), v.value(), true);
  FillDecision(*d.AddSectionDictionary("PREVIEW"), Enforcement(ctx).Masked(v.value()), false);
  FillClock(d, v.value(), Enforcement(ctx).settings(), today, Enforcement(ctx).WithdrawDeadline(v.value()));
  for (DecisionAction a : EnforcementService::Allowed(v.value(), ctx.scope())) {
    static const char* kSections[] = {"CAN_EDIT", "CAN_PUBLISH", "CAN_WITHDRAW"};
    d.ShowSection(kSections[static_cast<int>(a)]);
  }
  d.SetValue("TODAY", today.ToString());
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  if (!errors.empty()) d.ShowSection("HAS_ERRORS");
  return ctx.ConsolePage(page, "/console/enforcement", status);
}

Response GetDecision(Request& req, Context& ctx) { return DecisionPage(ctx, Id(req), {}, 200); }

Response GetEdit(Request& req, Context& ctx) {
  auto v = Enforcement(ctx).Get(Id(req));
  if (!v.ok()) return ctx.FromStatus(v.status());
  if (!ctx.scope().Allows(access::Permission::kManageEnforcement, v->agency_id))
    return ctx.ErrorPage(403, "该决定不属于您可以管理的机构。");
  return FormPage(ctx, v->id, FormFromDecision(v.value()), {}, 200);
}

// The outcome of an action: back to the decision with a message, or the
// page again with what was wrong.
Response AfterAction(Context& ctx, int64_t id, const Status& s, const FieldErrors& errors, const std::string& done) {
  return web::AfterAction(ctx, s, errors, "/console/enforcement/" + std::to_string(id), done,
                          [&](const FieldErrors& e, int status) { return DecisionPage(ctx, id, e, status); });
}

Response PostEdit(Request& req, Context& ctx) {
  DecisionForm form = FormOf(req);
  FieldErrors errors;
  Status s = Enforcement(ctx).Update(ctx.actor(), *ctx.user(), Id(req), form, &errors);
  if (!errors.empty()) return FormPage(ctx, Id(req), form, errors, 400);
  return AfterAction(ctx, Id(req), s, {}, "已保存修改。");
}

Response PostPublish(Request& req, Context& ctx) {
  Status s = Enforcement(ctx).Publish(ctx.actor(), *ctx.user(), Id(req));
  return AfterAction(ctx, Id(req), s, {}, "已公示。公示期满后将自动停止公示。");
}

Response PostWithdraw(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s =
      Enforcement(ctx).Withdraw(ctx.actor(), *ctx.user(), Id(req), req.Form("reason"), req.Form("revoked_on"), &errors);
  return AfterAction(ctx, Id(req), s, errors, "已撤下，公众页面不再显示该决定。");
}

Response ImportPage(Context& ctx, const std::vector<std::string>& row_errors, const ImportSummary* done, int status) {
  Page page("导入执法决定", "console/enforcement_import.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  for (const auto& e : row_errors) d.AddSectionDictionary("ROW_ERRORS")->SetValue("MSG", e);
  if (!row_errors.empty()) d.ShowSection("HAS_ERRORS");
  if (done) FillImportSummary(*d.AddSectionDictionary("DONE"), *done);
  FillImportColumns(d);
  return ctx.ConsolePage(page, "/console/enforcement", status);
}

Response GetImport(Request&, Context& ctx) { return ImportPage(ctx, {}, nullptr, 200); }

Response PostImport(Request& req, Context& ctx) {
  const http::UploadedFile* file = nullptr;
  for (const auto& f : req.files)
    if (f.field == "file" && !f.data.empty()) file = &f;
  if (!file) return ImportPage(ctx, {"请选择要导入的文件（CSV、XLSX 或 JSONL）"}, nullptr, 400);
  std::vector<std::string> row_errors;
  const access::User& user = *ctx.user();
  auto summary = Enforcement(ctx).Import(ctx.actor(), &user, file->filename, file->data, &row_errors);
  if (!row_errors.empty()) return ImportPage(ctx, row_errors, nullptr, 400);
  if (!summary.ok()) return ctx.FromStatus(summary.status());
  return ImportPage(ctx, {}, &summary.value(), 200);
}

}  // namespace

void FillEnforcementDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  if (!ctx.scope().AllowsSomewhere(access::Permission::kManageEnforcement)) return;
  auto mine = MyAgencies(ctx);
  if (mine.empty()) mine = {-1};  // agencies unreadable: count nothing rather than everything
  auto due = Enforcement(ctx).Due(&mine);
  if (!due.ok()) return;
  auto* e = d.AddSectionDictionary("ENFORCEMENT");
  e->SetIntValue("DUE", static_cast<long>(due->due));
  e->SetIntValue("OVERDUE", static_cast<long>(due->overdue));
  if (due->overdue > 0) e->ShowSection("HAS_OVERDUE");
}

void RegisterEnforcementConsoleRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageEnforcement);
  site.Add("GET", "/console/enforcement", manage, ListPage);
  site.Add("GET", "/console/enforcement/new", manage, GetNew);
  site.Add("POST", "/console/enforcement", manage, PostNew);
  site.Add("GET", "/console/enforcement/{id:int}", manage, GetDecision);
  site.Add("GET", "/console/enforcement/{id:int}/edit", manage, GetEdit);
  site.Add("POST", "/console/enforcement/{id:int}", manage, PostEdit);
  // The service checks kPublishEnforcement in the decision's agency (or each
  // row's); the guard lets an officer of any agency through.
  const web::Guard publish = web::Staff(access::Permission::kPublishEnforcement);
  site.Add("POST", "/console/enforcement/{id:int}/publish", publish, PostPublish);
  site.Add("POST", "/console/enforcement/{id:int}/withdraw", publish, PostWithdraw);
  site.Add("GET", "/console/enforcement/import", publish, GetImport);
  site.Add("POST", "/console/enforcement/import", publish, PostImport, {.upload = true, .max_body = kMaxImportUpload});
}

}  // namespace gk::supervision
