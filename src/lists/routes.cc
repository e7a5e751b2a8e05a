// The console's 公开清单 pages: every list with its counts; a list's entries
// in the user's agencies with the import form; an entry's form (new, draft,
// published) with the workflow's actions. The rules are the service's
// (service.h, workflow.h); handlers parse and render.
#include "lists/routes.h"

#include <algorithm>

#include "auth/routes.h"
#include "common/strings.h"
#include "files/store.h"
#include "http/forms.h"
#include "lists/views.h"
#include "web/forms.h"

namespace gk::lists {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr int64_t kMaxUpload = 16 << 20;
constexpr const char* kNav = "/console/lists";

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kManageLists); }

int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }

const KindDef* KindOf(const Request& req) { return FindKind(req.Param("kind")); }

// The agencies the user writes lists for, as select options.
bool FillAgencies(Context& ctx, ctemplate::TemplateDictionary& d, int64_t selected) {
  auto agencies = auth::Svc(ctx)->ListAgencies();
  if (!ctx.Got(agencies)) return false;
  const auto mine = MyAgencies(ctx);
  int n = 0;
  int64_t only = 0;
  for (const auto& a : agencies.value()) {
    if (std::find(mine.begin(), mine.end(), a.id) == mine.end()) continue;
    auto* o = d.AddSectionDictionary("AGENCIES");
    o->SetIntValue("VALUE", static_cast<long>(a.id));
    o->SetValue("LABEL", a.name);
    if (a.id == selected) o->ShowSection("SELECTED");
    only = a.id;
    ++n;
  }
  if (n > 1) {
    d.ShowSection("MANY_AGENCIES");
  } else if (n == 1) {
    d.ShowSection("ONE_AGENCY");
    d.SetIntValue("AGENCY_ID", static_cast<long>(only));
  }
  return true;
}

Response HubPage(Request&, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  auto counts = Lists(ctx).Counts(&mine);
  if (!counts.ok()) return ctx.FromStatus(counts.status());
  auto counted = counts.value();
  Page page("公开清单", "console/lists.tpl");
  auto& d = page.content();
  for (const auto& k : AllKinds()) {
    auto* row = d.AddSectionDictionary("KINDS");
    FillKind(*row, k);
    const auto& c = counted[k.code];
    for (EntryState s : {EntryState::kDraft, EntryState::kPublished, EntryState::kWithdrawn}) {
      auto it = c.find(s);
      row->SetIntValue(web::Upper(EntryStateCode(s)), static_cast<long>(it == c.end() ? 0 : it->second));
    }
  }
  return ctx.ConsolePage(page, kNav);
}

Response ListPage(Request& req, Context& ctx, const std::vector<std::string>& row_errors, int status) {
  const KindDef* kind = KindOf(req);
  if (!kind) return ctx.ErrorPage(404, "没有这个清单。");
  const auto mine = MyAgencies(ctx);
  store::EntryFilter f;
  f.kind = kind->code;
  f.agency_ids = &mine;
  f.text = web::QueryText(req, "q");
  const std::string state = req.Query("state");
  if (EntryState s; ParseEntryState(state, &s)) f.state = s;
  const int page_no = web::PageNumber(req);
  f.offset = (page_no - 1) * f.limit;
  auto list = Lists(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page(kind->label, "console/list.tpl");
  auto& d = page.content();
  FillKind(d, *kind);
  d.SetValue("Q", f.text);
  for (const char* s : {"", "draft", "published", "withdrawn"})
    if (state == s) d.ShowSection(std::string("STATE_") + (*s ? web::Upper(s) : "ALL"));
  for (const auto& e : list->entries) FillRow(*d.AddSectionDictionary("ENTRIES"), *kind, e);
  if (list->entries.empty()) d.ShowSection("NO_ENTRIES");
  if (!FillAgencies(ctx, d, web::ParseId(req.Form("agency_id")) ?: (mine.empty() ? 0 : mine.front())))
    return ctx.ErrorPage(503, "");
  if (ctx.scope().AllowsSomewhere(access::Permission::kPublishLists)) d.ShowSection("CAN_PUBLISH");
  for (const auto& e : row_errors) d.AddSectionDictionary("ROW_ERRORS")->SetValue("MSG", e);
  if (!row_errors.empty()) d.ShowSection("HAS_ROW_ERRORS");
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetPagination(d,
                     std::string("/console/lists/") + kind->code + "?q=" + http::PercentEncode(f.text) +
                         "&state=" + http::PercentEncode(state) + "&",
                     page_no, f.limit, list->total);
  return ctx.ConsolePage(page, kNav, status);
}

Response GetList(Request& req, Context& ctx) { return ListPage(req, ctx, {}, 200); }

// The form of a new entry (`e` without id) or of an existing one, with
// the actions its state allows.
Response EntryPage(Context& ctx, const KindDef& kind, const Entry& e, const Values& values, const FieldErrors& errors,
                   int status) {
  Page page(e.id ? e.Title() : std::string("新增") + kind.label + "条目", "console/list_entry.tpl");
  auto& d = page.content();
  FillKind(d, kind);
  FillForm(d, kind, values, errors);
  web::SetFieldErrors(d, errors);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  if (e.id == 0) {
    d.ShowSection("NEW");
    d.SetValue("ACTION", std::string("/console/lists/") + kind.code + "/new");
    if (!FillAgencies(ctx, d, e.agency_id)) return ctx.ErrorPage(503, "");
  } else {
    auto* s = d.AddSectionDictionary("EXISTING");
    FillRow(*s, kind, e);
    d.SetIntValue("ID", static_cast<long>(e.id));
    d.SetValue("ACTION", std::string("/console/lists/") + kind.code + "/" + std::to_string(e.id));
    if (e.state == EntryState::kWithdrawn) s->AddSectionDictionary("WITHDRAWN")->SetValue("REASON", e.withdraw_reason);
    if (e.state == EntryState::kPublished) s->ShowSection("PUBLIC");
    access::Permission edit;
    if (EditPermission(e.state, &edit) && ctx.scope().Allows(edit, e.agency_id)) d.ShowSection("CAN_EDIT");
    else d.ShowSection("READ_ONLY");
    for (EntryAction a : AllEntryActions())
      if (StateAllows(a, e.state) && ctx.scope().Allows(ActionPermission(a), e.agency_id)) {
        auto* b = d.AddSectionDictionary(a == EntryAction::kWithdraw ? "WITHDRAW" : "ACTIONS");
        b->SetValue("CODE", EntryActionCode(a));
        b->SetValue("LABEL", EntryActionLabel(a));
        b->SetValue("URL", std::string("/console/lists/") + kind.code + "/" + std::to_string(e.id) + "/" +
                               EntryActionCode(a));
        b->SetValue("CSRF_TOKEN", ctx.CsrfToken());
        b->ShowSection(a == EntryAction::kDelete ? "DANGER" : "SAFE");
        if (std::string err = errors.Get("reason"); !err.empty() && a == EntryAction::kWithdraw)
          b->AddSectionDictionary("ERROR")->SetValue("MESSAGE", err);
      }
  }
  return ctx.ConsolePage(page, kNav, status);
}

// The entry of the URL, in the list of the URL, in one of the user's agencies.
Result<Entry> EntryOf(const Request& req, Context& ctx) {
  auto e = Lists(ctx).Get(Id(req));
  if (!e.ok()) return e.status();
  if (e->kind != req.Param("kind")) return Status::NotFound("该清单条目不存在");
  if (!ctx.scope().Allows(access::Permission::kManageLists, e->agency_id))
    return Status::Denied("该条目不属于您可以管理的机构");
  return e;
}

Response GetNew(Request& req, Context& ctx) {
  const KindDef* kind = KindOf(req);
  if (!kind) return ctx.ErrorPage(404, "没有这个清单。");
  Entry e;
  const auto mine = MyAgencies(ctx);
  if (!mine.empty()) e.agency_id = mine.front();
  return EntryPage(ctx, *kind, e, {}, {}, 200);
}

Response PostNew(Request& req, Context& ctx) {
  const KindDef* kind = KindOf(req);
  if (!kind) return ctx.ErrorPage(404, "没有这个清单。");
  Entry e;
  e.agency_id = web::ParseId(req.Form("agency_id"));
  Values values = FormValues(*kind, [&](const std::string& k) { return req.Form(k); });
  FieldErrors errors;
  auto id = Lists(ctx).Create(ctx.actor(), *ctx.user(), e.agency_id, kind->code, values, &errors);
  if (!errors.empty()) return EntryPage(ctx, *kind, e, values, errors, 400);
  if (!id.ok()) return ctx.FromStatus(id.status());
  return ctx.RedirectWithFlash(std::string("/console/lists/") + kind->code + "/" + std::to_string(id.value()),
                               "已保存为草稿。核对无误后由公开办公开。");
}

Response GetEntry(Request& req, Context& ctx) {
  auto e = EntryOf(req, ctx);
  if (!e.ok()) return ctx.FromStatus(e.status());
  return EntryPage(ctx, *FindKind(e->kind), e.value(), e->fields, {}, 200);
}

Response PostEntry(Request& req, Context& ctx) {
  auto e = EntryOf(req, ctx);
  if (!e.ok()) return ctx.FromStatus(e.status());
  const KindDef& kind = *FindKind(e->kind);
  Values values = FormValues(kind, [&](const std::string& k) { return req.Form(k); });
  FieldErrors errors;
  Status s = Lists(ctx).Update(ctx.actor(), *ctx.user(), e->id, values, &errors);
  const std::string url = std::string("/console/lists/") + kind.code + "/" + std::to_string(e->id);
  return web::AfterAction(ctx, s, errors, url, "已保存。", [&](const FieldErrors& errs, int status) {
    return EntryPage(ctx, kind, e.value(), values, errs, status);
  });
}

Response PostAction(Request& req, Context& ctx) {
  EntryAction action;
  if (!ParseEntryAction(req.Param("action"), &action)) return ctx.ErrorPage(404, "没有这个操作。");
  auto e = EntryOf(req, ctx);
  if (!e.ok()) return ctx.FromStatus(e.status());
  const KindDef& kind = *FindKind(e->kind);
  FieldErrors errors;
  Status s = Lists(ctx).Act(ctx.actor(), *ctx.user(), e->id, action, req.Form("reason"), &errors);
  const std::string base = std::string("/console/lists/") + kind.code;
  const std::string url = action == EntryAction::kDelete ? base : base + "/" + std::to_string(e->id);
  return web::AfterAction(ctx, s, errors, url, std::string("已") + EntryActionLabel(action) + "。",
                          [&](const FieldErrors& errs, int status) {
                            return EntryPage(ctx, kind, e.value(), e->fields, errs, status);
                          });
}

Response PostImport(Request& req, Context& ctx) {
  const KindDef* kind = KindOf(req);
  if (!kind) return ctx.ErrorPage(404, "没有这个清单。");
  const http::UploadedFile* file = nullptr;
  for (const auto& f : req.files)
    if (f.field == "file" && !f.data.empty()) file = &f;
  if (!file) return ListPage(req, ctx, {"请选择清单文件（CSV、XLSX 或 JSONL）"}, 400);
  std::vector<std::string> row_errors;
  // The form names the agency only when the user writes lists for several.
  int64_t agency_id = web::ParseId(req.Form("agency_id"));
  if (const auto mine = MyAgencies(ctx); agency_id == 0 && mine.size() == 1) agency_id = mine.front();
  if (agency_id == 0) return ListPage(req, ctx, {"请选择清单所属的机构"}, 400);
  auto done = Lists(ctx).Import(ctx.actor(), *ctx.user(), agency_id, kind->code,
                                file->filename, file->data, req.Form("publish") == "1", &row_errors);
  if (!row_errors.empty()) return ListPage(req, ctx, row_errors, 400);
  if (!done.ok()) return ctx.FromStatus(done.status());
  std::string msg = "已导入 " + std::to_string(done->imported) + " 条" + (done->published ? "并公开。" : "草稿。");
  if (!done->ignored_columns.empty()) msg += "未识别的列（已忽略）：" + Join(done->ignored_columns, "、") + "。";
  return ctx.RedirectWithFlash(std::string("/console/lists/") + kind->code, msg);
}

Response GetTemplate(Request& req, Context& ctx) {
  const KindDef* kind = KindOf(req);
  if (!kind) return ctx.ErrorPage(404, "没有这个清单。");
  Response r = Response::Text(CsvTemplate(*kind));
  r.SetHeader("Content-Type", "text/csv; charset=utf-8");
  r.SetHeader("Content-Disposition", files::ContentDisposition(std::string(kind->label) + "导入模板.csv"));
  return r;
}

}  // namespace

void RegisterConsoleRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageLists);
  site.Add("GET", "/console/lists", manage, HubPage);
  site.Add("GET", "/console/lists/{kind}", manage, GetList);
  site.Add("GET", "/console/lists/{kind}/template.csv", manage, GetTemplate);
  site.Add("POST", "/console/lists/{kind}/import", manage, PostImport, {.upload = true, .max_body = kMaxUpload});
  site.Add("GET", "/console/lists/{kind}/new", manage, GetNew);
  site.Add("POST", "/console/lists/{kind}/new", manage, PostNew);
  site.Add("GET", "/console/lists/{kind}/{id:int}", manage, GetEntry);
  site.Add("POST", "/console/lists/{kind}/{id:int}", manage, PostEntry);
  // The service checks each action's permission (publishing: kPublishLists).
  site.Add("POST", "/console/lists/{kind}/{id:int}/{action}", manage, PostAction);
}

}  // namespace gk::lists
