// The console's 监督抽查 pages: the batches of the user's agencies; a new
// batch from the notice's title and text and a results file (every bad
// row named, nothing imported); a batch's page with its table, the file
// replaced while it is a draft, publication and withdrawal. The rules are
// the service's (sampling_service.h); handlers parse and render.
#include <algorithm>

#include "auth/routes.h"
#include "common/strings.h"
#include "http/forms.h"
#include "supervision/routes.h"
#include "supervision/sampling_views.h"
#include "web/forms.h"

namespace gk::supervision {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr int64_t kMaxUpload = 32 << 20;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kManageSampling); }

int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }

// The uploaded results file, or null.
const http::UploadedFile* FileOf(const Request& req) {
  for (const auto& f : req.files)
    if (f.field == "file" && !f.data.empty()) return &f;
  return nullptr;
}

void FillRowErrors(ctemplate::TemplateDictionary& d, const std::vector<std::string>& row_errors) {
  for (const auto& e : row_errors) d.AddSectionDictionary("ROW_ERRORS")->SetValue("MSG", e);
  if (!row_errors.empty()) d.ShowSection("HAS_ROW_ERRORS");
}

Response ListPage(Request& req, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  store::BatchFilter f;
  f.agency_ids = &mine;
  f.text = web::QueryText(req, "q");
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Sampling(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("监督抽查", "console/sampling.tpl");
  auto& d = page.content();
  d.SetValue("Q", f.text);
  for (const auto& b : list->batches) FillBatch(*d.AddSectionDictionary("BATCHES"), b);
  if (list->batches.empty()) d.ShowSection("NO_BATCHES");
  web::SetPagination(d, "/console/sampling?q=" + http::PercentEncode(f.text) + "&", page_no, f.limit, list->total);
  return ctx.ConsolePage(page, "/console/sampling");
}

// The form of a new batch (id 0) or of a draft's notice text.
Response FormPage(Context& ctx, int64_t id, const BatchForm& form, const FieldErrors& errors,
                  const std::vector<std::string>& row_errors, int status) {
  Page page(id ? "修改抽查通告" : "导入监督抽查结果", "console/sampling_edit.tpl");
  auto& d = page.content();
  d.SetValue("ACTION", id ? "/console/sampling/" + std::to_string(id) : "/console/sampling");
  d.SetValue("TITLE", form.title);
  d.SetValue("NOTICE_NO", form.notice_no);
  d.SetValue("INTRO", form.intro);
  if (id == 0) {
    d.ShowSection("NEW");
    if (auth::AgencyOptions(ctx, d, "AGENCIES", access::Permission::kManageSampling, form.agency_id) < 0)
      return ctx.ErrorPage(503, "");
  } else {
    d.SetIntValue("ID", static_cast<long>(id));
    d.ShowSection("EDIT");
  }
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  FillRowErrors(d, row_errors);
  return ctx.ConsolePage(page, "/console/sampling", status);
}

BatchForm FormOf(const Request& req) {
  return {web::ParseId(req.Form("agency_id")), req.Form("title"), req.Form("notice_no"), req.Form("intro")};
}

Response GetNew(Request&, Context& ctx) {
  BatchForm form;
  const auto mine = MyAgencies(ctx);
  if (!mine.empty()) form.agency_id = mine.front();
  return FormPage(ctx, 0, form, {}, {}, 200);
}

Response PostNew(Request& req, Context& ctx) {
  BatchForm form = FormOf(req);
  const http::UploadedFile* file = FileOf(req);
  FieldErrors errors;
  std::vector<std::string> row_errors;
  // Checked with or without a file, so every problem is reported at once.
  auto id = Sampling(ctx).Create(ctx.actor(), *ctx.user(), form, file ? file->filename : "",
                                 file ? std::string_view(file->data) : std::string_view(), &errors, &row_errors);
  if (!file) row_errors = {"请选择抽查结果文件（CSV、XLSX 或 JSONL）"};
  if (!errors.empty() || !row_errors.empty()) return FormPage(ctx, 0, form, errors, row_errors, 400);
  if (!id.ok()) return ctx.FromStatus(id.status());
  return ctx.RedirectWithFlash("/console/sampling/" + std::to_string(id.value()),
                               "已导入。请核对下方的抽查结果，确认无误后发布。");
}

// A batch in the console: the notice, its table (a page of rows, sortable
// and filterable as on the public page) and the actions the table allows.
Response BatchPage(Request& req, Context& ctx, int64_t id, const FieldErrors& errors,
                   const std::vector<std::string>& row_errors, int status) {
  auto b = Sampling(ctx).Get(id);
  if (!b.ok()) return ctx.FromStatus(b.status());
  if (!ctx.scope().Allows(access::Permission::kManageSampling, b->agency_id))
    return ctx.ErrorPage(403, "该批次不属于您可以管理的机构。");
  store::ResultFilter f = ResultFilterOf(req, false);
  f.batch_id = id;
  auto rows = Sampling(ctx).Results(f);
  if (!rows.ok()) return ctx.FromStatus(rows.status());
  Page page(b->title, "console/sampling_batch.tpl");
  auto& d = page.content();
  FillBatch(d, b.value());
  FillResultsTable(d, rows.value(), f, "/console/sampling/" + std::to_string(id), web::PageNumber(req), false);
  for (BatchAction a : SamplingService::Allowed(b.value(), ctx.scope())) {
    static const char* kSections[] = {"CAN_EDIT", "CAN_PUBLISH", "CAN_WITHDRAW"};
    d.ShowSection(kSections[static_cast<int>(a)]);
  }
  if (b->state == BatchState::kPublished) d.ShowSection("IS_PUBLIC");
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  FillRowErrors(d, row_errors);
  return ctx.ConsolePage(page, "/console/sampling", status);
}

Response GetBatch(Request& req, Context& ctx) { return BatchPage(req, ctx, Id(req), {}, {}, 200); }

Response AfterAction(Request& req, Context& ctx, const Status& s, const FieldErrors& errors, const std::string& done) {
  return web::AfterAction(ctx, s, errors, "/console/sampling/" + std::to_string(Id(req)), done,
                          [&](const FieldErrors& e, int status) { return BatchPage(req, ctx, Id(req), e, {}, status); });
}

Response GetEdit(Request& req, Context& ctx) {
  auto b = Sampling(ctx).Get(Id(req));
  if (!b.ok()) return ctx.FromStatus(b.status());
  if (!ctx.scope().Allows(access::Permission::kManageSampling, b->agency_id))
    return ctx.ErrorPage(403, "该批次不属于您可以管理的机构。");
  return FormPage(ctx, b->id, {b->agency_id, b->title, b->notice_no, b->intro}, {}, {}, 200);
}

Response PostEdit(Request& req, Context& ctx) {
  BatchForm form = FormOf(req);
  FieldErrors errors;
  Status s = Sampling(ctx).Update(ctx.actor(), *ctx.user(), Id(req), form, &errors);
  if (!errors.empty()) return FormPage(ctx, Id(req), form, errors, {}, 400);
  return AfterAction(req, ctx, s, {}, "已保存修改。");
}

Response PostFile(Request& req, Context& ctx) {
  const http::UploadedFile* file = FileOf(req);
  std::vector<std::string> row_errors;
  if (!file) return BatchPage(req, ctx, Id(req), {}, {"请选择抽查结果文件（CSV、XLSX 或 JSONL）"}, 400);
  Status s = Sampling(ctx).ReplaceFile(ctx.actor(), *ctx.user(), Id(req), file->filename, file->data, &row_errors);
  if (!row_errors.empty()) return BatchPage(req, ctx, Id(req), {}, row_errors, 400);
  return AfterAction(req, ctx, s, {}, "已用新文件替换本批次的全部抽查结果。");
}

Response PostPublish(Request& req, Context& ctx) {
  Status s = Sampling(ctx).Publish(ctx.actor(), *ctx.user(), Id(req));
  return AfterAction(req, ctx, s, {}, "已发布。公众可在“监督抽查”栏目查看和查询。");
}

Response PostWithdraw(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Sampling(ctx).Withdraw(ctx.actor(), *ctx.user(), Id(req), req.Form("reason"), &errors);
  return AfterAction(req, ctx, s, errors, "已撤下，公众页面不再显示本批次。");
}

}  // namespace

void RegisterSamplingConsoleRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageSampling);
  site.Add("GET", "/console/sampling", manage, ListPage);
  site.Add("GET", "/console/sampling/new", manage, GetNew);
  site.Add("POST", "/console/sampling", manage, PostNew, {.upload = true, .max_body = kMaxUpload});
  site.Add("GET", "/console/sampling/{id:int}", manage, GetBatch);
  site.Add("GET", "/console/sampling/{id:int}/edit", manage, GetEdit);
  site.Add("POST", "/console/sampling/{id:int}", manage, PostEdit);
  site.Add("POST", "/console/sampling/{id:int}/file", manage, PostFile, {.upload = true, .max_body = kMaxUpload});
  // The service checks kPublishSampling in the batch's agency.
  const web::Guard publish = web::Staff(access::Permission::kPublishSampling);
  site.Add("POST", "/console/sampling/{id:int}/publish", publish, PostPublish);
  site.Add("POST", "/console/sampling/{id:int}/withdraw", publish, PostWithdraw);
}

}  // namespace gk::supervision
