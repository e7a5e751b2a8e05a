// Console pages for catalogue items.
#include "auth/routes.h"
#include "catalogue/routes.h"

#include <algorithm>

#include "catalogue/columns.h"
#include "catalogue/service.h"
#include "common/china_time.h"
#include "common/clock.h"
#include "common/strings.h"
#include "http/forms.h"
#include "text/markdown.h"
#include "web/content_check.h"
#include "web/forms.h"

namespace gk::catalogue {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

CatalogueService& Svc(Context& ctx) { return *Deps(ctx).catalogue; }

// Agencies the user may write for.
std::vector<access::Agency> WritableAgencies(Context& ctx) {
  std::vector<access::Agency> out;
  auto all = auth::Svc(ctx)->ListAgencies();
  if (!all.ok()) return out;
  for (const auto& a : all.value())
    if (ctx.scope().Allows(access::Permission::kEditItems, a.id)) out.push_back(a);
  return out;
}

// "2026-12-01T09:30" in China time (a datetime-local field) as Unix time;
// 0 when empty or malformed.
int64_t ParseLocalDateTime(const std::string& v) { return ParseChinaDateTime(v).value_or(0); }

std::string FormatLocalDateTime(int64_t t) { return t <= 0 ? "" : FormatChinaTime(t, "%Y-%m-%dT%H:%M"); }

// What the item form sent: the item, its dates as typed (shown again as
// they were when they are not dates) and the problems with them.
struct ItemInput {
  Item item;
  std::string written_on;
  std::string validity_changed_on;
  std::string effective_on, expires_on;  // 实施日期, 有效期至 as typed
  PolicyFormText policy;
  FieldErrors errors;
};

ItemInput InputOf(const Item& item) {
  ItemInput in;
  in.item = item;
  in.written_on = DateText(item.written_on);
  in.validity_changed_on = DateText(item.validity_changed_on);
  in.effective_on = DateText(item.normative.effective_on);
  in.expires_on = DateText(item.normative.expires_on);
  in.policy = TypedOf(item);
  return in;
}

ItemInput ItemFromForm(const Request& req) {
  ItemInput in;
  Item& i = in.item;
  i.publish_at = ParseLocalDateTime(req.Form("publish_at"));
  i.agency_id = web::ParseId(req.Form("agency_id"));
  i.department_id = web::ParseId(req.Form("department_id"));
  i.title = req.Form("title");
  i.doc_no = req.Form("doc_no");
  i.unified_no = req.Form("unified_no");
  in.written_on = req.Form("written_on");
  i.written_on = ReadItemDate("written_on", in.written_on, &in.errors);
  ParseValidity(req.Form("validity"), &i.validity);
  in.validity_changed_on = req.Form("validity_changed_on");
  i.validity_changed_on = ReadItemDate("validity_changed_on", in.validity_changed_on, &in.errors);
  i.replaced_by_index_no = req.Form("replaced_by");
  i.topic = req.Form("topic");
  i.category = req.Form("category");
  i.genre = req.Form("genre");
  i.art20 = static_cast<int>(web::ParseId(req.Form("art20")));
  i.keywords = req.Form("keywords");
  i.summary = req.Form("summary");
  if (!ParseDisclosure(req.Form("disclosure"), &i.disclosure)) i.disclosure = Disclosure::kProactive;
  i.exempt_reason = req.Form("exempt_reason");
  i.exempt_entry_id = web::ParseId(req.Form("exempt_entry_id"));
  i.body_md = req.Form("body_md");
  i.change_note = req.Form("change_note");
  // 相关信息: index numbers, one per line (commas and spaces also separate).
  std::string related = req.Form("related");
  for (char& c : related)
    if (c == ',' || c == ' ' || c == '\r' || c == '\t') c = '\n';
  for (size_t pos = 0; pos < related.size();) {
    size_t end = related.find('\n', pos);
    if (end == std::string::npos) end = related.size();
    if (end > pos) i.related_index_nos.push_back(related.substr(pos, end - pos));
    pos = end + 1;
  }
  i.change_major = req.Form("change_major") == "1";
  auto [b, e] = req.form.equal_range("columns");
  for (auto it = b; it != e; ++it)
    if (int64_t c = web::ParseId(it->second)) i.column_ids.push_back(c);
  ReadPolicyForm(req, i, &in.policy, &in.errors);
  // 规章 / 行政规范性文件: the dates only count for one of them.
  in.effective_on = req.Form("normative_effective_on");
  in.expires_on = req.Form("normative_expires_on");
  if (ParseNormativeKind(req.Form("normative_kind"), &i.normative.kind) && !i.normative.Empty()) {
    i.normative.effective_on = ReadItemDate("normative_effective_on", in.effective_on, &in.errors);
    i.normative.expires_on = ReadItemDate("normative_expires_on", in.expires_on, &in.errors);
  }
  return in;
}

void Options(ctemplate::TemplateDictionary& d, const char* section, const std::vector<std::string>& values,
             const std::string& selected) {
  for (const auto& v : values) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("VALUE", v);
    if (v == selected) o->ShowSection("SELECTED");
  }
}

Response ItemForm(Context& ctx, const ItemInput& in, const FieldErrors& errors, int status) {
  const Item& item = in.item;
  const bool is_new = item.id == 0;
  Page page(is_new ? "新建信息" : "编辑信息", "console/item_form.tpl");
  auto& d = page.content();
  d.SetValue("HEADING", is_new ? "新建信息" : "编辑信息");
  d.SetValue("ACTION", is_new ? "/console/items" : "/console/items/" + std::to_string(item.id) + "/edit");
  if (!is_new) d.AddSectionDictionary("EXISTING")->SetIntValue("ID", static_cast<long>(item.id));
  d.SetValue("TITLE", item.title);
  d.SetValue("DOC_NO", item.doc_no);
  d.SetValue("UNIFIED_NO", item.unified_no);
  d.SetValue("WRITTEN_ON", in.written_on);
  d.SetValue("KEYWORDS", item.keywords);
  d.SetValue("SUMMARY", item.summary);
  d.SetValue("EXEMPT_REASON", item.exempt_reason);
  d.SetValue("BODY_MD", item.body_md);
  d.SetValue("PUBLISH_AT", FormatLocalDateTime(item.publish_at));
  std::string related;
  if (!item.related_index_nos.empty() || item.id == 0) {
    for (const auto& r : item.related_index_nos) related += r + "\n";
  } else if (auto linked = Svc(ctx).Related(item.id, false); linked.ok()) {
    for (const auto& r : linked.value()) related += r.index_no + "\n";
  }
  d.SetValue("RELATED", related);
  d.SetValue("VALIDITY_CHANGED_ON", in.validity_changed_on);
  std::string replaced_by = item.replaced_by_index_no;
  if (replaced_by.empty() && item.replaced_by_id != 0)
    if (auto r = Svc(ctx).Get(item.replaced_by_id); r.ok()) replaced_by = r->index_no;
  d.SetValue("REPLACED_BY", replaced_by);
  if (item.revision_of != 0) {
    auto* rev = d.AddSectionDictionary("REVISION");
    rev->SetValue("CHANGE_NOTE", item.change_note);
    if (item.change_major) rev->ShowSection("MAJOR");
    for (const auto& [field, msg] : errors.all())
      if (field == "change_note") rev->AddSectionDictionary("ERR_CHANGE_NOTE")->SetValue("MSG", msg);
  }
  auto agencies = WritableAgencies(ctx);
  int64_t agency = item.agency_id ? item.agency_id : (agencies.empty() ? 0 : agencies.front().id);
  for (const auto& a : agencies) {
    auto* o = d.AddSectionDictionary("AGENCY_OPTIONS");
    o->SetIntValue("ID", static_cast<long>(a.id));
    o->SetValue("NAME", a.name);
    if (a.id == agency) o->ShowSection("SELECTED");
  }
  Options(d, "TOPIC_OPTIONS", Topics(), item.topic);
  Options(d, "GENRE_OPTIONS", Genres(), item.genre);
  {
    // The agency's own 组配分类, and the item's current one if it is no longer listed.
    auto categories = AgencyCategories(*ctx.services().db, agency);
    std::vector<std::string> list = categories.ok() ? categories.value() : DefaultCategories();
    if (!item.category.empty() && std::find(list.begin(), list.end(), item.category) == list.end())
      list.push_back(item.category);
    Options(d, "CATEGORY_OPTIONS", list, item.category);
  }
  for (Validity v : {Validity::kNone, Validity::kValid, Validity::kInvalid, Validity::kRepealed, Validity::kAmended}) {
    auto* o = d.AddSectionDictionary("VALIDITY_OPTIONS");
    o->SetValue("VALUE", ValidityCode(v));
    o->SetValue("LABEL", v == Validity::kNone ? "（不标注）" : ValidityLabel(v));
    if (v == item.validity) o->ShowSection("SELECTED");
  }
  for (int n = 0; n <= 15; ++n) {
    auto* o = d.AddSectionDictionary("ART20_OPTIONS");
    o->SetIntValue("VALUE", n);
    o->SetValue("LABEL", n == 0 ? "不属于第二十条所列类别" : Art20Label(n));
    if (n == item.art20) o->ShowSection("SELECTED");
  }
  // 负面清单: the entries of each agency the user writes for (an agency's
  // entries can only be cited by its own items; the service checks).
  for (const auto& a : agencies) {
    auto entries = Svc(ctx).NegativeList(a.id, true);
    if (!entries.ok()) continue;
    for (const auto& e : entries.value()) {
      if (e.retired && e.id != item.exempt_entry_id) continue;
      auto* o = d.AddSectionDictionary("EXEMPT_OPTIONS");
      o->SetIntValue("ID", static_cast<long>(e.id));
      o->SetValue("LABEL", (agencies.size() > 1 ? (a.short_name.empty() ? a.name : a.short_name) + "：" : "") + e.name +
                               "（" + e.basis + "）");
      if (e.id == item.exempt_entry_id) o->ShowSection("SELECTED");
    }
  }
  for (Disclosure x : {Disclosure::kProactive, Disclosure::kOnRequest, Disclosure::kExempt}) {
    auto* o = d.AddSectionDictionary("DISCLOSURE_OPTIONS");
    o->SetValue("VALUE", DisclosureCode(x));
    o->SetValue("LABEL", DisclosureLabel(x));
    if (x == item.disclosure) o->ShowSection("CHECKED");
  }
  for (const auto& a : agencies) {
    auto cols = Svc(ctx).Columns(a.id);
    if (!cols.ok()) continue;
    for (const auto& c : cols.value()) {
      if (c.kind != ColumnKind::kList && c.kind != ColumnKind::kPage) continue;
      auto* o = d.AddSectionDictionary("COLUMN_OPTIONS");
      o->SetIntValue("ID", static_cast<long>(c.id));
      o->SetValue("NAME", c.name);
      o->SetValue("AGENCY", a.short_name.empty() ? a.name : a.short_name);
      if (std::find(item.column_ids.begin(), item.column_ids.end(), c.id) != item.column_ids.end())
        o->ShowSection("CHECKED");
    }
  }
  FillPolicyForm(ctx, d, item, in.policy);
  for (auto k : {NormativeKind::kNone, NormativeKind::kRule, NormativeKind::kNormative}) {
    auto* o = d.AddSectionDictionary("NORMATIVE_OPTIONS");
    o->SetValue("VALUE", NormativeKindCode(k));
    o->SetValue("LABEL", k == NormativeKind::kNone ? "否" : NormativeKindLabel(k));
    if (k == item.normative.kind) o->ShowSection("SELECTED");
  }
  d.SetValue("NORMATIVE_EFFECTIVE_ON", in.effective_on);
  d.SetValue("NORMATIVE_EXPIRES_ON", in.expires_on);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/items", status);
}

Response GetNew(Request&, Context& ctx) { return ItemForm(ctx, InputOf(Item{}), {}, 200); }

Response PostNew(Request& req, Context& ctx) {
  ItemInput in = ItemFromForm(req);
  FieldErrors errors = in.errors;
  auto id = Svc(ctx).CreateDraft(ctx.actor(), *ctx.user(), in.item, &errors);
  if (id.ok()) return ctx.RedirectWithFlash("/console/items/" + std::to_string(id.value()), "已保存草稿。");
  if (errors.empty()) {
    if (id.status().code() != Code::kInvalid) return ctx.FromStatus(id.status());
    errors.Add(id.status().field().empty() ? "title" : id.status().field(), id.status().message());
  }
  return ItemForm(ctx, in, errors, 400);
}

Response GetEdit(Request& req, Context& ctx) {
  auto item = Svc(ctx).Get(web::ParseId(req.Param("id")));
  if (!item.ok()) return ctx.FromStatus(item.status());
  auto refusals = Svc(ctx).Refusals(Action::kEdit, item.value(), *ctx.user());
  if (!refusals.empty()) return ctx.ErrorPage(StateAllows(Action::kEdit, item->state) ? 403 : 409, refusals.front());
  return ItemForm(ctx, InputOf(item.value()), {}, 200);
}

Response PostEdit(Request& req, Context& ctx) {
  ItemInput in = ItemFromForm(req);
  Item& item = in.item;
  item.id = web::ParseId(req.Param("id"));
  auto current = Svc(ctx).Get(item.id);
  if (!current.ok()) return ctx.FromStatus(current.status());
  item.agency_id = current->agency_id;
  FieldErrors errors = in.errors;
  Status s = Svc(ctx).UpdateDraft(ctx.actor(), *ctx.user(), item, &errors);
  if (s.ok()) return ctx.RedirectWithFlash("/console/items/" + std::to_string(item.id), "已保存修改。");
  if (errors.empty()) return ctx.FromStatus(s);
  return ItemForm(ctx, in, errors, 400);
}

void ShowAction(Context& ctx, ctemplate::TemplateDictionary& d, Action a, const Item& item, const char* section) {
  auto refusals = Svc(ctx).Refusals(a, item, *ctx.user());
  if (refusals.empty()) {
    d.ShowSection(section);
  } else if (a == Action::kApprove && access::Allows(*ctx.user(), access::Permission::kReviewItems) &&
             (item.state == State::kSubmitted || item.state == State::kInReview)) {
    for (const auto& r : refusals) d.AddSectionDictionary("REVIEW_REFUSALS")->SetValue("REASON", r);
  }
}

}  // namespace

Response ItemEditor(Context& ctx, const Item& item) { return ItemForm(ctx, InputOf(item), {}, 200); }

// Shared with the public pages: the metadata block of an item.
void FillMetadata(Context& ctx, ctemplate::TemplateDictionary& d, const Item& item);

namespace {

// 内容检查: CONTENT_CHECK with the findings and their one-click fixes where
// the user may edit the item, and CONTENT_REASON in the approval form when
// something blocks (templates/console/item_view.tpl).
void FillContentCheck(Context& ctx, ctemplate::TemplateDictionary& d, const Item& item, bool editable) {
  if (item.state == State::kPublished || item.state == State::kWithdrawn) return;
  auto findings = Svc(ctx).CheckContent(item);
  if (!findings.ok()) return;
  auto* card = d.AddSectionDictionary("CONTENT_CHECK");
  const int blocking = web::FillContentFindings(
      *card, findings.value(), [&](ctemplate::TemplateDictionary& row, const ItemFinding& f) {
        if (editable) web::AddContentFix(row, f, item.id, ctx.CsrfToken());
      });
  if (blocking > 0) d.ShowSection("CONTENT_REASON");
}

Response ItemPage(Context& ctx, const Item& item, const FieldErrors& errors, int status) {
  Page page(item.title, "console/item_view.tpl");
  auto& d = page.content();
  FillMetadata(ctx, d, item);
  d.SetIntValue("ID", static_cast<long>(item.id));
  d.SetValue("STATE", StateLabel(item.state));
  d.SetValue("STATE_CODE", StateCode(item.state));
  d.SetValue("BODY_HTML", text::RenderMarkdown(item.body_md));
  FillAttachments(ctx, d, item.id, Svc(ctx).Refusals(Action::kEdit, item, *ctx.user()).empty());
  FillRelated(ctx, d, item.id);
  if (Svc(ctx).AwaitsRelease(item)) d.SetValue("NEXT_STAGE", "待同步发布");
  else if (item.state == State::kSubmitted || item.state == State::kInReview)
    d.SetValue("NEXT_STAGE", Svc(ctx).StageName(item.review_stage + 1));
  if (!item.index_no.empty()) d.ShowSection("PUBLIC_LINK");
  FillPolicyConsole(ctx, d, item);
  FillContentCheck(ctx, d, item, Svc(ctx).Refusals(Action::kEdit, item, *ctx.user()).empty());
  if (!item.withdrawn_reason.empty()) d.AddSectionDictionary("WITHDRAWN")->SetValue("REASON", item.withdrawn_reason);
  if (!item.late_reason.empty()) d.AddSectionDictionary("LATE")->SetValue("REASON", item.late_reason);
  if (item.publish_at > 0 && item.state != State::kPublished)
    d.AddSectionDictionary("SCHEDULED")->SetValue("AT", FormatLocalTime(item.publish_at));
  ShowAction(ctx, d, Action::kEdit, item, "CAN_EDIT");
  ShowAction(ctx, d, Action::kSubmit, item, "CAN_SUBMIT");
  ShowAction(ctx, d, Action::kApprove, item, "CAN_REVIEW");
  ShowAction(ctx, d, Action::kWithdraw, item, "CAN_WITHDRAW");
  if (item.state == State::kPublished && Svc(ctx).CanSee(item, *ctx.user()) &&
      access::Allows(*ctx.user(), access::Permission::kEditItems))
    d.ShowSection("CAN_REVISE");
  if (item.revision_of != 0) {
    auto original = Svc(ctx).Get(item.revision_of);
    auto* rev = d.AddSectionDictionary("IS_REVISION");
    rev->SetIntValue("ORIGINAL_ID", static_cast<long>(item.revision_of));
    rev->SetValue("ORIGINAL_TITLE", original.ok() ? original->title : "");
    rev->SetValue("CHANGE_NOTE", item.change_note);
  }
  if (auto versions = Svc(ctx).Versions(item.id); versions.ok()) {
    for (const auto& v : versions.value()) {
      auto* row = d.AddSectionDictionary("VERSIONS");
      row->SetIntValue("VERSION", v.version);
      row->SetValue("URL", "/console/items/" + std::to_string(item.id) + "/versions/" + std::to_string(v.version));
      row->SetValue("DATE", FormatLocalTime(v.published_at));
      row->SetValue("NOTE", v.change_note);
      row->SetValue("KIND", v.major ? "重要修订" : (v.version == 1 ? "" : "一般修订"));
    }
  }
  if (item.index_no.empty() && item.revision_of == 0 && Svc(ctx).Late(item, ChinaToday(*ctx.services().clock)))
    d.ShowSection("LATE_WARNING");
  // Art. 26 counted on a year the State Council has not announced yet.
  if (item.written_on && item.index_no.empty()) {
    std::string years;
    for (int y : ctx.services().calendar.MissingYears(*item.written_on, ChinaToday(*ctx.services().clock)))
      years += (years.empty() ? "" : "、") + std::to_string(y);
    if (!years.empty()) d.AddSectionDictionary("CALENDAR_FALLBACK")->SetValue("YEARS", years);
  }
  auto reviews = Svc(ctx).Reviews(item.id);
  if (reviews.ok()) {
    for (const auto& r : reviews.value()) {
      auto* row = d.AddSectionDictionary("REVIEWS");
      row->SetIntValue("ROUND", r.round);
      row->SetValue("STAGE", Svc(ctx).StageName(r.stage));
      row->SetValue("REVIEWER", r.reviewer_name);
      row->SetValue("DECISION", r.approved ? "通过" : "退回");
      row->SetValue("COMMENT", r.comment);
      row->SetValue("AT", FormatLocalTime(r.at));
    }
    if (reviews->empty()) d.ShowSection("NO_REVIEWS");
  }
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/items", status);
}

Response GetItem(Request& req, Context& ctx) {
  auto item = Svc(ctx).Get(web::ParseId(req.Param("id")));
  if (!item.ok()) return ctx.FromStatus(item.status());
  if (!Svc(ctx).CanSee(item.value(), *ctx.user())) return ctx.ErrorPage(403, "该信息属于您没有权限的机构");
  return ItemPage(ctx, item.value(), {}, 200);
}

// An earlier (or the current) published version, readable by staff who may
// see the item: its title and body as they were then.
Response GetVersion(Request& req, Context& ctx) {
  auto item = Svc(ctx).Get(web::ParseId(req.Param("id")));
  if (!item.ok()) return ctx.FromStatus(item.status());
  if (!Svc(ctx).CanSee(item.value(), *ctx.user())) return ctx.ErrorPage(403, "该信息属于您没有权限的机构");
  auto versions = Svc(ctx).Versions(item->id);
  if (!versions.ok()) return ctx.FromStatus(versions.status());
  const int64_t wanted = web::ParseId(req.Param("version"));
  auto v = std::find_if(versions->begin(), versions->end(), [&](const Version& x) { return x.version == wanted; });
  if (v == versions->end()) return ctx.ErrorPage(404, "没有这一版");
  const int latest = std::max_element(versions->begin(), versions->end(), [](const Version& a, const Version& b) {
                       return a.version < b.version;
                     })->version;
  Page page("第 " + std::to_string(v->version) + " 版：" + item->title, "console/item_version.tpl");
  auto& d = page.content();
  d.SetIntValue("ID", static_cast<long>(item->id));
  d.SetValue("TITLE", item->title);
  d.SetIntValue("VERSION", v->version);
  d.SetValue("VERSION_TITLE", v->title);
  d.SetValue("DATE", FormatLocalTime(v->published_at));
  if (v->version > 1) d.SetValueAndShowSection("KIND", v->major ? "重要修订" : "一般修订", "KIND");
  if (!v->change_note.empty()) d.SetValueAndShowSection("NOTE", v->change_note, "NOTE");
  d.ShowSection(v->version == latest && item->state == State::kPublished ? "CURRENT" : "PAST");
  d.SetValue("BODY_HTML", text::RenderMarkdown(v->body_md));
  return ctx.ConsolePage(page, "/console/items");
}

// Runs one workflow action and returns to the item.
template <typename Fn>
Response Act(Request& req, Context& ctx, const char* done, Fn fn) {
  int64_t id = web::ParseId(req.Param("id"));
  FieldErrors errors;
  Status s = fn(id, &errors);
  if (s.ok()) {
    return ctx.RedirectWithFlash("/console/items/" + std::to_string(id), done);
  }
  auto item = Svc(ctx).Get(id);
  if (!item.ok()) return ctx.FromStatus(item.status());
  if (errors.empty()) {
    if (s.code() != Code::kDenied && s.code() != Code::kConflict) return ctx.FromStatus(s);
    errors.Add("action", s.message());
  }
  int status = s.code() == Code::kDenied ? 403 : s.code() == Code::kConflict ? 409 : 400;
  return ItemPage(ctx, item.value(), errors, status);
}

Response PostSubmit(Request& req, Context& ctx) {
  return Act(req, ctx, "已提交审核。",
             [&](int64_t id, FieldErrors*) { return Svc(ctx).Submit(ctx.actor(), *ctx.user(), id); });
}

Response PostApprove(Request& req, Context& ctx) {
  return Act(req, ctx, "审核已通过。", [&](int64_t id, FieldErrors* e) {
    return Svc(ctx).Approve(ctx.actor(), *ctx.user(), id, req.Form("comment"), req.Form("late_reason"), e,
                            req.Form("content_reason"));
  });
}

// 一键替换: a content-check finding replaced by its suggestion.
Response PostContentFix(Request& req, Context& ctx) {
  return Act(req, ctx, "已按建议替换，请核对后提交审核。", [&](int64_t id, FieldErrors* e) {
    return Svc(ctx).FixContent(ctx.actor(), *ctx.user(), id, req.Form("field"),
                               static_cast<size_t>(web::ParseId(req.Form("start"))),
                               static_cast<size_t>(web::ParseId(req.Form("end"))), req.Form("text"), e);
  });
}

Response PostReject(Request& req, Context& ctx) {
  return Act(req, ctx, "已退回修改。", [&](int64_t id, FieldErrors* e) {
    return Svc(ctx).Reject(ctx.actor(), *ctx.user(), id, req.Form("comment"), e);
  });
}

Response PostWithdraw(Request& req, Context& ctx) {
  return Act(req, ctx, "信息已撤回。", [&](int64_t id, FieldErrors* e) {
    return Svc(ctx).Withdraw(ctx.actor(), *ctx.user(), id, req.Form("reason"), e);
  });
}

Response PostRevise(Request& req, Context& ctx) {
  int64_t id = web::ParseId(req.Param("id"));
  auto draft = Svc(ctx).Revise(ctx.actor(), *ctx.user(), id);
  if (!draft.ok()) {
    if (draft.status().code() == Code::kConflict || draft.status().code() == Code::kDenied)
      return ctx.RedirectWithFlash("/console/items/" + std::to_string(id), draft.status().message(), false);
    return ctx.FromStatus(draft.status());
  }
  return ctx.RedirectWithFlash("/console/items/" + std::to_string(draft.value()) + "/edit",
                               "已建立修订稿：修改后填写修订说明并提交审核，审核通过后替换原信息。");
}

Response GetList(Request& req, Context& ctx) {
  std::string view = req.Query("view");
  if (view != "review" && view != "published") view = "mine";
  Page page("信息发布", "console/items.tpl");
  auto& d = page.content();
  store::ItemFilter f;
  // Filters: title words, year, 主题分类, 组配分类; 50 a page.
  f.title = std::string(Trim(req.Query("q"))).substr(0, 200);
  f.year = static_cast<int>(web::ParseId(req.Query("year")));
  f.topic = req.Query("topic");
  f.category = req.Query("category");
  const int page_no = static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("page")), 1, 100000));
  f.limit = 50;
  f.offset = (page_no - 1) * f.limit;
  d.SetValue("Q", f.title);
  d.SetValue("VIEW", view);
  d.SetValue("YEAR", f.year ? std::to_string(f.year) : "");
  Options(d, "TOPIC_OPTIONS", Topics(), f.topic);
  {
    std::vector<std::string> categories;
    for (const auto& a : WritableAgencies(ctx))
      if (auto c = AgencyCategories(*ctx.services().db, a.id); c.ok())
        for (const auto& n : c.value())
          if (std::find(categories.begin(), categories.end(), n) == categories.end()) categories.push_back(n);
    if (categories.empty()) categories = DefaultCategories();
    Options(d, "CATEGORY_OPTIONS", categories, f.category);
  }
  if (view == "mine") {
    f.author_id = ctx.user()->id;
    f.states = {State::kDraft, State::kSubmitted, State::kInReview};
  } else if (view == "review") {
    f.states = {State::kSubmitted, State::kInReview};
  } else {
    f.states = {State::kPublished, State::kScheduled, State::kWithdrawn};
  }
  d.ShowSection(view == "mine" ? "VIEW_MINE" : view == "review" ? "VIEW_REVIEW" : "VIEW_PUBLISHED");
  auto list = Svc(ctx).List(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  int shown = 0;
  for (const auto& item : list->items) {
    // The review queue shows what this reviewer may decide now.
    if (view == "review" && !Svc(ctx).Refusals(Action::kApprove, item, *ctx.user()).empty()) continue;
    if (view == "published" && !Svc(ctx).CanSee(item, *ctx.user())) continue;
    auto* row = d.AddSectionDictionary("ITEMS");
    row->SetIntValue("ID", static_cast<long>(item.id));
    row->SetValue("TITLE", item.title);
    row->SetValue("STATE", StateLabel(item.state));
    row->SetValue("STATE_CODE", StateCode(item.state));
    row->SetValue("INDEX_NO", item.index_no.empty() ? "—" : item.index_no);
    row->SetValue("UPDATED", FormatLocalTime(item.updated_at));
    // A policy or interpretation that passed every stage waits for the other (政策解读).
    if (Svc(ctx).AwaitsRelease(item)) row->SetValue("STAGE", "待同步发布");
    else if (item.state == State::kSubmitted || item.state == State::kInReview)
      row->SetValue("STAGE", Svc(ctx).StageName(item.review_stage + 1));
    ++shown;
  }
  if (shown == 0) d.ShowSection("NO_ITEMS");
  web::SetPagination(d,
                     "/console/items?view=" + view + "&q=" + http::PercentEncode(f.title) +
                         "&year=" + (f.year ? std::to_string(f.year) : "") + "&topic=" + http::PercentEncode(f.topic) +
                         "&category=" + http::PercentEncode(f.category) + "&",
                     page_no, f.limit, list->total);
  if (access::Allows(*ctx.user(), access::Permission::kEditItems)) d.ShowSection("CAN_CREATE");
  return ctx.ConsolePage(page, "/console/items");
}

}  // namespace

void RegisterConsoleRoutes(web::Site& site) {
  using P = access::Permission;
  site.Add("GET", "/console/items", web::Staff(), GetList);
  site.Add("GET", "/console/items/new", web::Staff(P::kEditItems), GetNew);
  site.Add("POST", "/console/items", web::Staff(P::kEditItems), PostNew);
  site.Add("GET", "/console/items/{id:int}", web::Staff(), GetItem);
  site.Add("GET", "/console/items/{id:int}/versions/{version:int}", web::Staff(), GetVersion);
  site.Add("GET", "/console/items/{id:int}/edit", web::Staff(P::kEditItems), GetEdit);
  site.Add("POST", "/console/items/{id:int}/edit", web::Staff(P::kEditItems), PostEdit);
  site.Add("POST", "/console/items/{id:int}/submit", web::Staff(P::kEditItems), PostSubmit);
  site.Add("POST", "/console/items/{id:int}/approve", web::Staff(P::kReviewItems), PostApprove);
  site.Add("POST", "/console/items/{id:int}/content-fix", web::Staff(P::kEditItems), PostContentFix);
  site.Add("POST", "/console/items/{id:int}/reject", web::Staff(P::kReviewItems), PostReject);
  site.Add("POST", "/console/items/{id:int}/withdraw", web::Staff(P::kWithdrawItems), PostWithdraw);
  site.Add("POST", "/console/items/{id:int}/revise", web::Staff(P::kEditItems), PostRevise);
}

}  // namespace gk::catalogue
