// 规章和行政规范性文件清理 in the console (cleanup.h): the agency's cleanups,
// a new one, and one cleanup's decisions — saved as a draft, then decided.
#include <map>

#include "auth/routes.h"
#include "catalogue/routes.h"
#include "catalogue/service.h"
#include "common/china_time.h"
#include "web/forms.h"

namespace gk::catalogue {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr auto kCleanup = access::Permission::kCleanupNormative;
constexpr const char* kListUrl = "/console/normative/cleanups";

CatalogueService& Svc(Context& ctx) { return *Deps(ctx).catalogue; }
std::string CleanupUrl(int64_t id) { return std::string(kListUrl) + "/" + std::to_string(id); }

// What the form held, to show it again as typed.
struct Typed {
  std::string title, decided_on, basis;
  struct Row {
    std::string decision, reason, expires_on;
  };
  std::map<int64_t, Row> rows;
};

Typed TypedOf(const Cleanup& c) {
  Typed t{c.title, DateText(c.decided_on), c.basis, {}};
  for (const auto& e : c.entries)
    t.rows[e.item_id] = {CleanupDecisionCode(e.decision), e.reason, DateText(e.expires_on)};
  return t;
}

// The documents a cleanup of `agency` decides on: its published 规章 and
// 行政规范性文件 not marked 废止, 失效 or 修订.
Result<std::vector<Item>> Candidates(Context& ctx, int64_t agency) {
  const std::vector<int64_t> one = {agency};
  auto docs = Svc(ctx).NormativeDocuments(&one);
  if (!docs.ok()) return docs.status();
  std::vector<Item> out;
  for (auto& i : docs.value())
    if (i.validity == Validity::kNone || i.validity == Validity::kValid) out.push_back(std::move(i));
  return out;
}

// A date field: none when empty; an error under `field` when not a date.
std::optional<Date> ReadDate(const std::string& field, const std::string& text, FieldErrors* errors) {
  if (text.empty()) return std::nullopt;
  auto d = DateOf(text);
  if (!d) errors->Add(field, "日期格式应为 YYYY-MM-DD，如 2026-12-31");
  return d;
}

// The cleanup as the form has it: its header, and a decision for each candidate.
Cleanup FromForm(const Request& req, int64_t id, const std::vector<Item>& docs, Typed* typed, FieldErrors* errors) {
  Cleanup c;
  c.id = id;
  c.title = typed->title = req.Form("title");
  typed->decided_on = req.Form("decided_on");
  c.decided_on = ReadDate("decided_on", typed->decided_on, errors);
  c.basis = typed->basis = req.Form("basis");
  for (const auto& doc : docs) {
    const std::string n = std::to_string(doc.id);
    Typed::Row row{req.Form("decision_" + n), req.Form("reason_" + n), req.Form("expires_" + n)};
    CleanupEntry e;
    e.item_id = doc.id;
    e.title = doc.title;
    if (!row.decision.empty() && !ParseCleanupDecision(row.decision, &e.decision))
      errors->Add("decision_" + n, "《" + doc.title + "》的清理决定无效");
    e.reason = row.reason;
    e.expires_on = ReadDate("expires_" + n, row.expires_on, errors);
    typed->rows[doc.id] = row;
    c.entries.push_back(std::move(e));
  }
  return c;
}

void FillDocument(ctemplate::TemplateDictionary& row, const Item& doc, const Typed::Row* typed,
                  const FieldErrors& errors) {
  row.SetIntValue("ID", static_cast<long>(doc.id));
  const std::string n = std::to_string(doc.id);
  for (const char* field : {"decision_", "reason_", "expires_"})
    if (auto msg = errors.Get(field + n); !msg.empty()) row.AddSectionDictionary("ROW_ERRORS")->SetValue("MSG", msg);
  row.SetValue("TITLE", doc.title);
  row.SetValue("DOC_NO", doc.doc_no);
  row.SetValue("KIND", NormativeKindLabel(doc.normative.kind));
  row.SetValue("WRITTEN_ON", DateText(doc.written_on));
  row.SetValue("EXPIRES_ON", doc.normative.expires_on ? doc.normative.expires_on->ToString() : "长期");
  const std::string chosen = typed ? typed->decision : "";
  web::AddOption(row, "DECISIONS", "", "暂不决定", chosen);
  for (auto d :
       {CleanupDecision::kKeep, CleanupDecision::kAmend, CleanupDecision::kRepeal, CleanupDecision::kInvalidate})
    web::AddOption(row, "DECISIONS", CleanupDecisionCode(d), CleanupDecisionLabel(d), chosen);
  if (typed) {
    row.SetValue("REASON", typed->reason);
    row.SetValue("NEW_EXPIRES_ON", typed->expires_on);
  }
}

void FillDecided(Context& ctx, ctemplate::TemplateDictionary& d, const Cleanup& c) {
  auto* done = d.AddSectionDictionary("DECIDED");
  for (const auto& e : c.entries) {
    auto* row = done->AddSectionDictionary("ENTRIES");
    row->SetValue("TITLE", e.title);
    row->SetValue("URL", "/console/items/" + std::to_string(e.item_id));
    row->SetValue("DOC_NO", e.doc_no);
    row->SetValue("DECISION", CleanupDecisionLabel(e.decision));
    row->SetValue("REASON", e.reason);
    row->SetValue("NEW_EXPIRES_ON", e.expires_on ? e.expires_on->ToString() : "—");
  }
  auto list = Svc(ctx).GeneratedStatus("cleanup/" + std::to_string(c.id));
  if (ctx.Got(list) && list->has_value()) {
    auto* l = done->AddSectionDictionary("RESULT_LIST");
    l->SetValue("URL", "/console/items/" + std::to_string((*list)->id));
    l->SetValue("STATE", (*list)->state_label);
  }
}

Response CleanupPage(Context& ctx, const Cleanup& c, const Typed& typed, const FieldErrors& errors, int status) {
  Page page(c.title.empty() ? "文件清理" : c.title, "console/normative_cleanup.tpl");
  auto& d = page.content();
  auto agency = auth::Svc(ctx)->GetAgency(c.agency_id);
  d.SetValue("AGENCY", ctx.Got(agency) ? agency->name : "");
  d.SetIntValue("ID", static_cast<long>(c.id));
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  if (c.decided) {
    d.SetValue("TITLE", c.title);
    d.SetValue("DECIDED_ON", DateText(c.decided_on));
    d.SetValue("BASIS", c.basis);
    FillDecided(ctx, d, c);
    return ctx.ConsolePage(page, kListUrl, status);
  }
  auto docs = Candidates(ctx, c.agency_id);
  if (!ctx.Got(docs)) return ctx.FromStatus(docs.status());
  auto* draft = d.AddSectionDictionary("DRAFT");
  draft->SetValue("TITLE", typed.title);
  draft->SetValue("DECIDED_ON", typed.decided_on);
  draft->SetValue("BASIS", typed.basis);
  draft->SetValue("CSRF_TOKEN", ctx.CsrfToken());
  draft->SetIntValue("ID", static_cast<long>(c.id));
  web::SetFieldErrors(*draft, errors);
  for (const auto& doc : docs.value()) {
    auto it = typed.rows.find(doc.id);
    FillDocument(*draft->AddSectionDictionary("DOCS"), doc, it == typed.rows.end() ? nullptr : &it->second, errors);
  }
  if (docs->empty()) draft->ShowSection("NO_DOCS");
  return ctx.ConsolePage(page, kListUrl, status);
}

Response GetList(Request&, Context& ctx) {
  const auto mine = ctx.scope().Agencies(kCleanup);
  auto cleanups = Svc(ctx).Cleanups(&mine);
  auto agencies = auth::Svc(ctx)->ListAgencies();
  if (!ctx.Got(cleanups) || !ctx.Got(agencies)) return ctx.ErrorPage(503, "");
  Page page("规章和行政规范性文件清理", "console/normative_cleanups.tpl");
  auto& d = page.content();
  std::map<int64_t, std::string> names;
  for (const auto& a : agencies.value()) {
    names[a.id] = a.name;
    if (ctx.scope().Allows(kCleanup, a.id)) web::AddOption(d, "AGENCIES", std::to_string(a.id), a.name, "");
  }
  for (const auto& c : cleanups.value()) {
    auto* row = d.AddSectionDictionary("CLEANUPS");
    row->SetValue("TITLE", c.title);
    row->SetValue("URL", CleanupUrl(c.id));
    row->SetValue("AGENCY", names[c.agency_id]);
    row->SetValue("STATE", c.decided ? "已决定" : "草稿");
    row->SetValue("DECIDED_ON", DateText(c.decided_on));
  }
  d.ShowSection(cleanups->empty() ? "EMPTY" : "HAS_CLEANUPS");
  d.SetValue("NEW_TITLE", std::to_string(ChinaToday(*ctx.services().clock).year()) + "年规章和行政规范性文件清理结果");
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  return ctx.ConsolePage(page, kListUrl);
}

Response PostNew(Request& req, Context& ctx) {
  Cleanup c;
  c.agency_id = web::ParseId(req.Form("agency_id"));
  c.title = req.Form("title");
  if (!ctx.scope().Allows(kCleanup, c.agency_id)) return ctx.ErrorPage(403, "您不能清理该机构的文件。");
  FieldErrors errors;
  auto id = Svc(ctx).CreateCleanup(ctx.actor(), *ctx.user(), c, &errors);
  if (!errors.empty()) return ctx.RedirectWithFlash(kListUrl, "未新建：" + errors.all().begin()->second);
  if (!id.ok()) return ctx.FromStatus(id.status());
  return ctx.RedirectWithFlash(CleanupUrl(id.value()), "已新建，请逐件作出清理决定。");
}

// The cleanup, or the error page when it is not there or not this person's.
Result<Cleanup> Load(Request& req, Context& ctx) {
  auto c = Svc(ctx).GetCleanup(web::ParseId(req.Param("id")));
  if (!c.ok()) return c.status();
  if (!ctx.scope().Allows(kCleanup, c->agency_id)) return Status::Denied("您不能清理该机构的文件。");
  return c;
}

Response GetOne(Request& req, Context& ctx) {
  auto c = Load(req, ctx);
  if (!c.ok()) return ctx.FromStatus(c.status());
  return CleanupPage(ctx, c.value(), TypedOf(c.value()), {}, 200);
}

// 保存 keeps the draft; 作出清理决定 saves it and decides.
Response PostOne(Request& req, Context& ctx) {
  auto c = Load(req, ctx);
  if (!c.ok()) return ctx.FromStatus(c.status());
  if (c->decided) return ctx.RedirectWithFlash(CleanupUrl(c->id), "这次清理已经作出决定。");
  auto docs = Candidates(ctx, c->agency_id);
  if (!ctx.Got(docs)) return ctx.FromStatus(docs.status());
  Typed typed;
  FieldErrors errors;
  Cleanup typed_cleanup = FromForm(req, c->id, docs.value(), &typed, &errors);
  typed_cleanup.agency_id = c->agency_id;
  auto again = [&](const FieldErrors& errs, int status) { return CleanupPage(ctx, *c, typed, errs, status); };
  if (!errors.empty()) return again(errors, 400);
  Status s = Svc(ctx).SaveCleanup(ctx.actor(), *ctx.user(), typed_cleanup, &errors);
  if (!s.ok() || req.Form("action") != "decide")
    return web::AfterAction(ctx, s, errors, CleanupUrl(c->id), "已保存草稿。", again);
  auto list = Svc(ctx).DecideCleanup(ctx.actor(), *ctx.user(), c->id, &errors);
  return web::AfterAction(ctx, list.status(), errors, CleanupUrl(c->id),
                          "清理决定已生效，清理结果已生成草稿，请提交审核后发布。", again);
}

}  // namespace

void RegisterCleanupRoutes(web::Site& site) {
  const web::Guard cleanup = web::Staff(kCleanup);
  site.Add("GET", kListUrl, cleanup, GetList);
  site.Add("POST", kListUrl, cleanup, PostNew);
  site.Add("GET", "/console/normative/cleanups/{id:int}", cleanup, GetOne);
  site.Add("POST", "/console/normative/cleanups/{id:int}", cleanup, PostOne);
}

}  // namespace gk::catalogue
