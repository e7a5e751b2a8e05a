// The console's 意见征集 pages: the consultations of the user's agencies, a
// new consultation or a draft's fields, and a consultation's page with its
// counts, its actions (publish, withdraw) and the adoption report. The
// comments, moderation, decisions and export are comment_routes.cc. The
// rules are the service's (service.h); handlers parse and render.
#include "consultations/routes.h"

#include <algorithm>

#include "auth/routes.h"
#include "common/strings.h"
#include "consultations/views.h"
#include "http/forms.h"
#include "web/forms.h"

namespace gk::consultations {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kManageConsultations); }

int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }
std::string Url(int64_t id) { return "/console/consultations/" + std::to_string(id); }

Response ListPage(Request& req, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  const Date today = Consultations(ctx).Today();
  store::ConsultationFilter f;
  f.agency_ids = &mine;
  const std::string view = req.Query("view");
  State s;
  if (ParseState(view, &s)) f.state = s;
  else if (view == "open") f.phase = Phase::kOpen;
  else if (view == "upcoming") f.phase = Phase::kUpcoming;
  else if (view == "closed") f.phase = Phase::kClosed;
  f.today = today.ToString();
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Consultations(ctx).List(f);
  auto due = Consultations(ctx).ReportsDue(&mine);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("意见征集", "console/consultations.tpl");
  auto& d = page.content();
  for (const auto& c : list->consultations) FillConsultation(*d.AddSectionDictionary("CONSULTATIONS"), c, today, false);
  if (list->consultations.empty()) d.ShowSection("NO_CONSULTATIONS");
  for (const char* v : {"", "draft", "upcoming", "open", "closed", "withdrawn"})
    if (view == v) d.ShowSection(std::string("VIEW_") + (*v ? web::Upper(v) : "ALL"));
  if (due.ok() && due.value() > 0)
    d.AddSectionDictionary("REPORTS_DUE")->SetIntValue("N", static_cast<long>(due.value()));
  d.SetIntValue("REPORT_DAYS", Consultations(ctx).settings().report_days);
  web::SetPagination(d, "/console/consultations?view=" + http::PercentEncode(view) + "&", page_no, f.limit,
                     list->total);
  return ctx.ConsolePage(page, "/console/consultations");
}

ConsultationForm FormOf(const Request& req) {
  ConsultationForm f;
  f.agency_id = web::ParseId(req.Form("agency_id"));
  f.title = req.Form("title");
  f.draft_md = req.Form("draft_md");
  f.explanation_md = req.Form("explanation_md");
  f.how_to = req.Form("how_to");
  f.opens_on = req.Form("opens_on");
  f.closes_on = req.Form("closes_on");
  f.short_reason = req.Form("short_reason");
  f.articles = req.Form("articles");
  f.identity = req.Form("identity");
  f.moderation = req.Form("moderation");
  return f;
}

Response FormPage(Context& ctx, int64_t id, const ConsultationForm& form, const FieldErrors& errors, int status) {
  Page page(id ? "修改意见征集" : "新增意见征集", "console/consultation_form.tpl");
  auto& d = page.content();
  d.SetValue("ACTION", id ? Url(id) + "/edit" : "/console/consultations");
  if (id == 0) {
    d.ShowSection("NEW");
    if (auth::AgencyOptions(ctx, d, "AGENCIES", access::Permission::kManageConsultations, form.agency_id) < 0)
      return ctx.ErrorPage(503, "");
  } else {
    d.SetIntValue("ID", static_cast<long>(id));
    d.ShowSection("EDIT");
  }
  for (Identity i : {Identity::kAnonymous, Identity::kNamed})
    web::AddOption(d, "IDENTITIES", IdentityCode(i), IdentityLabel(i), form.identity);
  for (Moderation m : {Moderation::kPre, Moderation::kScreen})
    web::AddOption(d, "MODERATIONS", ModerationCode(m), ModerationLabel(m), form.moderation);
  const std::pair<const char*, const std::string*> values[] = {
      {"TITLE", &form.title},       {"DRAFT_MD", &form.draft_md},        {"EXPLANATION_MD", &form.explanation_md},
      {"HOW_TO", &form.how_to},     {"OPENS_ON", &form.opens_on},        {"CLOSES_ON", &form.closes_on},
      {"ARTICLES", &form.articles}, {"SHORT_REASON", &form.short_reason}};
  for (const auto& [name, value] : values) d.SetValue(name, *value);
  d.SetIntValue("MIN_DAYS", kMinPeriodDays);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/consultations", status);
}

Response GetNew(Request&, Context& ctx) {
  ConsultationForm form;
  const auto mine = MyAgencies(ctx);
  if (!mine.empty()) form.agency_id = mine.front();
  const Date today = Consultations(ctx).Today();
  form.opens_on = today.AddDays(1).ToString();
  form.closes_on = today.AddDays(kMinPeriodDays).ToString();
  form.identity = IdentityCode(Identity::kAnonymous);
  form.moderation = ModerationCode(Moderation::kPre);
  return FormPage(ctx, 0, form, {}, 200);
}

Response PostNew(Request& req, Context& ctx) {
  const ConsultationForm form = FormOf(req);
  FieldErrors errors;
  auto id = Consultations(ctx).Create(ctx.actor(), *ctx.user(), form, &errors);
  if (!errors.empty()) return FormPage(ctx, 0, form, errors, 400);
  if (!id.ok()) return ctx.FromStatus(id.status());
  return ctx.RedirectWithFlash(Url(id.value()), "已保存为草稿。核对后由公开办发布，到开始日期自动开始征集。");
}

bool Has(const std::vector<Action>& actions, Action a) {
  return std::find(actions.begin(), actions.end(), a) != actions.end();
}

// A consultation in the console: its facts, the comment counts, the
// adoption counts once closed, and the forms of the actions allowed.
Response ConsultationPage(Request& req, Context& ctx, int64_t id, const FieldErrors& errors, int status) {
  auto c = Consultations(ctx).Get(id);
  if (!c.ok()) return ctx.FromStatus(c.status());
  if (!ctx.scope().Allows(access::Permission::kManageConsultations, c->agency_id))
    return ctx.ErrorPage(403, "该意见征集不属于您可以管理的机构。");
  auto decisions = Consultations(ctx).Decisions(id);
  auto reasons = Consultations(ctx).Reasons(id, 50);
  auto states = Consultations(ctx).CommentStates(id);
  if (!decisions.ok() || !reasons.ok() || !states.ok()) return ctx.ErrorPage(503, "");
  Page page(c->title, "console/consultation.tpl");
  auto& d = page.content();
  const Date today = Consultations(ctx).Today();
  FillConsultation(d, c.value(), today, true);
  FillDecisions(d, decisions.value(), reasons.value());
  d.SetIntValue("PENDING", static_cast<long>((*states)[0]));
  d.SetIntValue("HIDDEN", static_cast<long>((*states)[2]));
  const auto allowed = Consultations(ctx).Allowed(c.value(), ctx.scope(), decisions->Undecided());
  for (Action a : allowed) d.ShowSection("CAN_" + web::Upper(ActionCode(a)));
  // The report form is offered to the 公开办 once closed, even with comments
  // still undecided (it says how many).
  if (!Has(allowed, Action::kPublishReport) && c->state == State::kPublished &&
      PhaseOf(c.value(), today) == Phase::kClosed &&
      ctx.scope().Allows(access::Permission::kPublishConsultations, c->agency_id))
    d.ShowSection("REPORT_WAITS");
  d.SetValue("IN_REPORT_MD", req.Form("report_md").empty() ? c->report_md : req.Form("report_md"));
  d.SetValue("IN_REASON", req.Form("reason"));
  d.SetIntValue("MAX_FILES", static_cast<long>(ConsultationService::kMaxFiles));
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/consultations", status);
}

Response GetConsultation(Request& req, Context& ctx) { return ConsultationPage(req, ctx, Id(req), {}, 200); }

Response After(Request& req, Context& ctx, const Status& s, const FieldErrors& errors, const std::string& done) {
  return web::AfterAction(ctx, s, errors, Url(Id(req)), done, [&](const FieldErrors& e, int status) {
    return ConsultationPage(req, ctx, Id(req), e, status);
  });
}

Response GetEdit(Request& req, Context& ctx) {
  auto c = Consultations(ctx).Get(Id(req));
  if (!c.ok()) return ctx.FromStatus(c.status());
  if (!ctx.scope().Allows(access::Permission::kManageConsultations, c->agency_id))
    return ctx.ErrorPage(403, "该意见征集不属于您可以管理的机构。");
  if (c->state != State::kDraft) return ctx.RedirectWithFlash(Url(c->id), "只有草稿可以修改。", false);
  ConsultationForm form{c->agency_id,
                        c->title,
                        c->draft_md,
                        c->explanation_md,
                        c->how_to,
                        c->opens_on.ToString(),
                        c->closes_on.ToString(),
                        c->short_reason,
                        std::to_string(c->articles),
                        IdentityCode(c->identity),
                        ModerationCode(c->moderation)};
  return FormPage(ctx, c->id, form, {}, 200);
}

Response PostEdit(Request& req, Context& ctx) {
  const ConsultationForm form = FormOf(req);
  FieldErrors errors;
  Status s = Consultations(ctx).Update(ctx.actor(), *ctx.user(), Id(req), form, &errors);
  if (!errors.empty()) return FormPage(ctx, Id(req), form, errors, 400);
  return After(req, ctx, s, {}, "已保存修改。");
}

Response PostPublish(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Consultations(ctx).Publish(ctx.actor(), *ctx.user(), Id(req), &errors);
  return After(req, ctx, s, errors, "已发布。到开始日期自动开始征集，截止日期后自动结束。");
}

Response PostWithdraw(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Consultations(ctx).Withdraw(ctx.actor(), *ctx.user(), Id(req), req.Form("reason"), &errors);
  return After(req, ctx, s, errors, "已撤回。原网址显示撤回原因，不再接收意见。");
}

constexpr int64_t kMaxUpload = 20 << 20;

// A file for a draft: checked by its content and stored, then recorded.
Response PostFile(Request& req, Context& ctx) {
  auto c = Consultations(ctx).Get(Id(req));
  if (!c.ok()) return ctx.FromStatus(c.status());
  if (!ctx.scope().Allows(access::Permission::kManageConsultations, c->agency_id))
    return ctx.ErrorPage(403, "该意见征集不属于您可以管理的机构。");
  const http::UploadedFile* file = nullptr;
  for (const auto& f : req.files)
    if (f.field == "file" && !f.data.empty()) file = &f;
  FieldErrors errors;
  if (!file) errors.Add("file", "请选择要上传的文件");
  Result<files::StoredFile> stored = Status::Invalid("");
  if (file) stored = ctx.Get<RouteDeps>().files->Store(file->filename, file->data);
  if (file && !stored.ok()) {
    if (stored.status().code() != Code::kInvalid) return ctx.FromStatus(stored.status());
    errors.Add("file", stored.status().message());
  }
  if (!errors.empty()) return ConsultationPage(req, ctx, Id(req), errors, 400);
  Status s = Consultations(ctx).AddFile(ctx.actor(), *ctx.user(), Id(req), stored.value());
  return After(req, ctx, s, {}, "已添加附件“" + stored->name + "”。");
}

Response PostFileDelete(Request& req, Context& ctx) {
  Status s = Consultations(ctx).RemoveFile(ctx.actor(), *ctx.user(), Id(req), web::ParseId(req.Param("fid")));
  return After(req, ctx, s, {}, "已删除附件。");
}

// The adoption report: public on the consultation's page at once, and
// drafted into the catalogue for the normal review.
Response PostReport(Request& req, Context& ctx) {
  FieldErrors errors;
  auto& svc = Consultations(ctx);
  Status s = svc.PublishReport(ctx.actor(), *ctx.user(), Id(req), req.Form("report_md"), &errors);
  if (!s.ok()) return After(req, ctx, s, errors, "");
  auto c = svc.Get(Id(req));
  if (!c.ok()) return ctx.ErrorPage(503, "");
  const auto& deps = ctx.Get<RouteDeps>();
  FieldErrors item_errors;
  auto item = deps.put_item(ctx.actor(), *ctx.user(), ReportItem(c.value(), deps.report_column), &item_errors);
  if (!item.ok())
    return ctx.RedirectWithFlash(
        Url(Id(req)),
        "采纳情况已在征集页面公开，但未能生成公开目录信息：" +
            (item_errors.empty() ? item.status().message() : item_errors.all().begin()->second),
        false);
  return ctx.RedirectWithFlash("/console/items/" + std::to_string(item.value()),
                               "采纳情况已在征集页面公开，并已生成公开目录信息草稿，请核对后提交审核。");
}

}  // namespace

void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  if (!ctx.scope().AllowsSomewhere(access::Permission::kManageConsultations)) return;
  auto mine = MyAgencies(ctx);
  if (mine.empty()) mine = {-1};
  auto due = Consultations(ctx).ReportsDue(&mine);
  if (!due.ok()) return;
  auto* c = d.AddSectionDictionary("CONSULTATIONS");
  c->SetIntValue("REPORTS_DUE", static_cast<long>(due.value()));
  c->SetIntValue("REPORT_DAYS", Consultations(ctx).settings().report_days);
  if (due.value() > 0) c->ShowSection("HAS_DUE");
}

void RegisterConsoleRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageConsultations);
  site.Add("GET", "/console/consultations", manage, ListPage);
  site.Add("GET", "/console/consultations/new", manage, GetNew);
  site.Add("POST", "/console/consultations", manage, PostNew);
  site.Add("GET", "/console/consultations/{id:int}", manage, GetConsultation);
  site.Add("GET", "/console/consultations/{id:int}/edit", manage, GetEdit);
  site.Add("POST", "/console/consultations/{id:int}/edit", manage, PostEdit);
  site.Add("POST", "/console/consultations/{id:int}/files", manage, PostFile, {.upload = true, .max_body = kMaxUpload});
  site.Add("POST", "/console/consultations/{id:int}/files/{fid:int}/delete", manage, PostFileDelete);
  // The service checks kPublishConsultations in the consultation's agency.
  const web::Guard publish = web::Staff(access::Permission::kPublishConsultations);
  site.Add("POST", "/console/consultations/{id:int}/publish", publish, PostPublish);
  site.Add("POST", "/console/consultations/{id:int}/withdraw", publish, PostWithdraw);
  site.Add("POST", "/console/consultations/{id:int}/report", publish, PostReport);
  RegisterCommentRoutes(site);
}

}  // namespace gk::consultations
