// 政策解读 and 惠企政策 on the pages (catalogue/policy.h): their fields in the
// item editor, the console's gate box (interpretations, 起草解读, the
// 公开办's waiver), the public item page's 「政策解读」/「原文」 links, 图解 and
// video with their text, the enterprise card, /policies and its API.
#include <nlohmann/json.hpp>

#include "auth/routes.h"
#include "catalogue/routes.h"
#include "catalogue/service.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"
#include "text/markdown.h"
#include "web/forms.h"

namespace gk::catalogue {

namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

CatalogueService& Svc(Context& ctx) { return *Deps(ctx).catalogue; }

Date Today(Context& ctx) { return ChinaToday(*ctx.services().clock); }

std::string JoinAudiences(const std::vector<std::string>& a) { return Join(a, "、"); }

// One date of the enterprise terms as typed: none when blank, else a real day.
std::optional<Date> ReadTermsDate(const std::string& field, const std::string& typed, FieldErrors* errors) {
  std::string t = Trim(typed);
  if (t.empty()) return std::nullopt;
  auto d = Date::Parse(t);
  if (!d.ok() || !IsItemDate(d.value())) {
    errors->Add(field, "请按“年-月-日”填写日期，如 2026-03-01");
    return std::nullopt;
  }
  return d.value();
}

}  // namespace

void ReadPolicyForm(const Request& req, Item& item, PolicyFormText* typed, FieldErrors* errors) {
  PolicyFacets& p = item.policy;
  p.needs_interpretation = req.Form("needs_interpretation") == "1";
  p.interprets_id = web::ParseId(req.Form("interprets_id"));
  if (!ParseInterpretationForm(req.Form("interpretation_form"), &p.form)) p.form = InterpretationForm::kText;
  p.media_text = req.Form("interpretation_media_text");
  p.video_url = req.Form("interpretation_video_url");
  if (p.interprets_id != 0) {
    for (size_t n = 1; n <= InterpretationSections().size(); ++n)
      p.sections.push_back(req.Form("section_" + std::to_string(n)));
  }
  typed->starts_on = req.Form("enterprise_starts_on");
  typed->ends_on = req.Form("enterprise_ends_on");
  if (req.Form("enterprise") != "1") return;
  EnterpriseTerms t;
  t.audiences = SplitAudiences(req.Form("enterprise_audiences"));
  t.conditions = req.Form("enterprise_conditions");
  t.materials = req.Form("enterprise_materials");
  t.procedure = req.Form("enterprise_procedure");
  t.department = req.Form("enterprise_department");
  t.contact = req.Form("enterprise_contact");
  t.basis = req.Form("enterprise_basis");
  t.starts_on = ReadTermsDate("enterprise_starts_on", typed->starts_on, errors);
  t.ends_on = ReadTermsDate("enterprise_ends_on", typed->ends_on, errors);
  item.enterprise = std::move(t);
}

PolicyFormText TypedOf(const Item& item) {
  PolicyFormText t;
  if (item.enterprise) {
    t.starts_on = DateText(item.enterprise->starts_on);
    t.ends_on = DateText(item.enterprise->ends_on);
  }
  return t;
}

void FillPolicyForm(Context& ctx, ctemplate::TemplateDictionary& d, const Item& item, const PolicyFormText& typed) {
  const PolicyFacets& p = item.policy;
  if (p.interprets_id == 0) {
    auto* gate = d.AddSectionDictionary("NEEDS_INTERPRETATION");
    if (p.needs_interpretation) gate->ShowSection("CHECKED");
  } else {
    auto* jd = d.AddSectionDictionary("INTERPRETATION");
    jd->SetIntValue("INTERPRETS_ID", static_cast<long>(p.interprets_id));
    auto policy = Svc(ctx).Get(p.interprets_id);
    jd->SetValue("POLICY_TITLE", policy.ok() ? policy->title : "");
    jd->SetValue("POLICY_URL", "/console/items/" + std::to_string(p.interprets_id));
    jd->SetValue("MEDIA_TEXT", p.media_text);
    jd->SetValue("VIDEO_URL", p.video_url);
    for (auto f : {InterpretationForm::kText, InterpretationForm::kGraphic, InterpretationForm::kVideo}) {
      auto* o = jd->AddSectionDictionary("FORM_OPTIONS");
      o->SetValue("VALUE", InterpretationFormCode(f));
      o->SetValue("LABEL", InterpretationFormLabel(f));
      if (f == p.form) o->ShowSection("CHECKED");
    }
    const auto& titles = InterpretationSections();
    for (size_t n = 0; n < titles.size(); ++n) {
      auto* s = jd->AddSectionDictionary("SECTIONS");
      s->SetIntValue("N", static_cast<long>(n + 1));
      s->SetValue("TITLE", titles[n]);
      s->SetValue("TEXT", n < p.sections.size() ? p.sections[n] : "");
    }
  }
  d.SetValue("ENTERPRISE_STARTS_ON", typed.starts_on);
  d.SetValue("ENTERPRISE_ENDS_ON", typed.ends_on);
  if (!item.enterprise) return;
  const EnterpriseTerms& t = *item.enterprise;
  d.ShowSection("ENTERPRISE_ON");
  d.SetValue("ENTERPRISE_AUDIENCES", JoinAudiences(t.audiences));
  d.SetValue("ENTERPRISE_CONDITIONS", t.conditions);
  d.SetValue("ENTERPRISE_MATERIALS", t.materials);
  d.SetValue("ENTERPRISE_PROCEDURE", t.procedure);
  d.SetValue("ENTERPRISE_DEPARTMENT", t.department);
  d.SetValue("ENTERPRISE_CONTACT", t.contact);
  d.SetValue("ENTERPRISE_BASIS", t.basis);
}

Item NewInterpretationOf(const Item& policy) {
  Item i;
  i.agency_id = policy.agency_id;
  i.department_id = policy.department_id;
  i.title = "《" + policy.title + "》政策解读";
  i.topic = policy.topic;
  i.category = "政策解读";
  i.genre = "解读";
  i.policy.interprets_id = policy.id;
  i.policy.sections.resize(InterpretationSections().size());
  return i;
}

void FillPolicyConsole(Context& ctx, ctemplate::TemplateDictionary& d, const Item& item) {
  const PolicyFacets& p = item.policy;
  if (Svc(ctx).AwaitsRelease(item))
    d.SetValueAndShowSection("WHY",
                             p.interprets_id ? "各审核环节均已通过，将在所解读的政策发布时同步发布。"
                                             : "各审核环节均已通过，待政策解读审核通过后同步发布。",
                             "AWAITS_RELEASE");
  if (p.interprets_id != 0) {
    auto policy = Svc(ctx).Get(p.interprets_id);
    auto* o = d.AddSectionDictionary("INTERPRETS");
    o->SetValue("TITLE", policy.ok() ? policy->title : "（已删除）");
    o->SetValue("URL", "/console/items/" + std::to_string(p.interprets_id));
    o->SetValue("STATE", policy.ok() ? StateLabel(policy->state) : "");
    o->SetValue("FORM", InterpretationFormLabel(p.form));
    if (!p.media_text.empty()) o->SetValueAndShowSection("TEXT", p.media_text, "MEDIA_TEXT");
    if (!p.video_url.empty()) o->SetValueAndShowSection("URL", p.video_url, "VIDEO");
    return;
  }
  if (!p.needs_interpretation) return;
  auto* gate = d.AddSectionDictionary("GATE");
  gate->SetIntValue("ID", static_cast<long>(item.id));
  if (auto list = Svc(ctx).Interpretations(item.id); ctx.Got(list)) {
    for (const auto& i : list.value()) {
      auto* row = gate->AddSectionDictionary("INTERPRETATIONS");
      row->SetValue("TITLE", i.title);
      row->SetValue("URL", "/console/items/" + std::to_string(i.id));
      row->SetValue("STATE", Svc(ctx).AwaitsRelease(i) ? "已审定，待同步发布" : StateLabel(i.state));
      row->SetValue("FORM", InterpretationFormLabel(i.policy.form));
    }
  }
  if (item.state != State::kWithdrawn && ctx.scope().Allows(access::Permission::kEditItems, item.agency_id))
    gate->ShowSection("CAN_DRAFT");
  if (!p.waiver_reason.empty()) {
    auto* w = gate->AddSectionDictionary("WAIVER");
    w->SetValue("REASON", p.waiver_reason);
    w->SetValue("AT", FormatLocalTime(p.waiver_at));
    auto by = auth::Svc(ctx)->GetUser(p.waiver_by);
    w->SetValue("BY", by.ok() ? by->display_name : "");
  } else if (item.state != State::kPublished && item.state != State::kWithdrawn && item.state != State::kScheduled &&
             ctx.scope().Allows(access::Permission::kWaiveInterpretation, item.agency_id)) {
    gate->AddSectionDictionary("CAN_WAIVE")->SetValue("CSRF", ctx.CsrfToken());
  }
}

void FillPolicyPublic(Context& ctx, ctemplate::TemplateDictionary& d, const Item& item) {
  const PolicyFacets& p = item.policy;
  if (p.interprets_id != 0) {
    auto policy = Svc(ctx).Get(p.interprets_id);
    if (ctx.Got(policy) && policy->state == State::kPublished) {
      auto* o = d.AddSectionDictionary("ORIGINAL");
      o->SetValue("TITLE", policy->title);
      o->SetValue("URL", "/items/" + policy->index_no);
    }
  }
  if (auto list = Svc(ctx).Interpretations(item.id); ctx.Got(list)) {
    for (const auto& i : list.value()) {
      if (i.state != State::kPublished) continue;
      auto* row = d.AddSectionDictionary("INTERPRETATIONS");
      row->SetValue("TITLE", i.title);
      row->SetValue("URL", "/items/" + i.index_no);
      row->SetValue("FORM", InterpretationFormLabel(i.policy.form));
    }
  }
  if (!item.enterprise) return;
  const EnterpriseTerms& t = *item.enterprise;
  auto* card = d.AddSectionDictionary("ENTERPRISE");
  const EnterprisePhase phase = PhaseOn(t, Today(ctx));
  card->SetValue("PHASE", PhaseLabel(phase));
  card->SetValue("PHASE_CODE", PhaseCode(phase));
  card->SetValue("AUDIENCES", JoinAudiences(t.audiences));
  card->SetValue("CONDITIONS_HTML", text::RenderMarkdown(t.conditions));
  card->SetValue("MATERIALS_HTML", text::RenderMarkdown(t.materials));
  card->SetValue("PROCEDURE_HTML", text::RenderMarkdown(t.procedure));
  card->SetValue("DEPARTMENT", t.department);
  card->SetValue("CONTACT", t.contact);
  card->SetValue("PERIOD", (t.starts_on ? t.starts_on->ToString() : "发布之日") + " 至 " +
                               (t.ends_on ? t.ends_on->ToString() : "长期有效"));
  card->SetValue("BASIS", t.basis);
}

// The media of a 图解 or video interpretation: the images and videos among
// its attachments shown in place, with the full text beside them.
void FillInterpretationMedia(Context& ctx, ctemplate::TemplateDictionary& content, const Item& item) {
  const PolicyFacets& p = item.policy;
  if (p.interprets_id == 0 || p.form == InterpretationForm::kText) return;
  auto* m = content.AddSectionDictionary(p.form == InterpretationForm::kGraphic ? "GRAPHIC" : "VIDEO");
  m->SetValue("TEXT_HTML", text::RenderMarkdown(p.media_text));
  if (!p.video_url.empty()) m->SetValueAndShowSection("URL", p.video_url, "VIDEO_LINK");
  auto files = Deps(ctx).attachments->List(item.id);
  if (!ctx.Got(files)) return;
  const char* prefix = p.form == InterpretationForm::kGraphic ? "image/" : "video/";
  for (const auto& a : files.value()) {
    if (a.content_type.rfind(prefix, 0) != 0) continue;
    auto* f = m->AddSectionDictionary("FILES");
    f->SetValue("URL", "/files/" + std::to_string(a.id) + "/" + http::PercentEncode(a.name));
    f->SetValue("TYPE", a.content_type);
    f->SetValue("NAME", a.name);
  }
}

nlohmann::json PolicyJson(Context& ctx, const Item& item) {
  nlohmann::json j = nlohmann::json::object();
  const PolicyFacets& p = item.policy;
  if (p.interprets_id != 0) {
    auto policy = Svc(ctx).Get(p.interprets_id);
    nlohmann::json jd = {{"form", InterpretationFormCode(p.form)}, {"form_label", InterpretationFormLabel(p.form)}};
    if (!p.media_text.empty()) jd["text_alternative"] = p.media_text;
    if (!p.video_url.empty()) jd["video_url"] = p.video_url;
    if (policy.ok() && policy->state == State::kPublished)
      jd["policy"] = {{"index_no", policy->index_no}, {"title", policy->title}, {"url", "/items/" + policy->index_no}};
    j["interpretation"] = jd;
  }
  nlohmann::json list = nlohmann::json::array();
  if (auto interpretations = Svc(ctx).Interpretations(item.id); interpretations.ok())
    for (const auto& i : interpretations.value())
      if (i.state == State::kPublished)
        list.push_back({{"index_no", i.index_no},
                        {"title", i.title},
                        {"form", InterpretationFormCode(i.policy.form)},
                        {"url", "/items/" + i.index_no}});
  if (!list.empty()) j["interpretations"] = list;
  if (item.enterprise) j["enterprise"] = EnterpriseJson(*item.enterprise, Today(ctx));
  if (!item.normative.Empty())
    j["normative"] = {{"kind", NormativeKindCode(item.normative.kind)},
                      {"kind_label", NormativeKindLabel(item.normative.kind)},
                      {"effective_on", DateText(item.normative.effective_on)},
                      {"expires_on", DateText(item.normative.expires_on)}};
  return j;
}

nlohmann::json EnterpriseJson(const EnterpriseTerms& t, Date today) {
  const EnterprisePhase phase = PhaseOn(t, today);
  return {{"audiences", t.audiences},           {"conditions", t.conditions},      {"materials", t.materials},
          {"procedure", t.procedure},           {"department", t.department},      {"contact", t.contact},
          {"starts_on", DateText(t.starts_on)}, {"ends_on", DateText(t.ends_on)},  {"basis", t.basis},
          {"phase", PhaseCode(phase)},          {"phase_label", PhaseLabel(phase)}};
}

namespace {

Response PostWaive(Request& req, Context& ctx) {
  const int64_t id = web::ParseId(req.Param("id"));
  FieldErrors errors;
  Status s = Svc(ctx).WaiveInterpretation(ctx.actor(), *ctx.user(), id, req.Form("waiver_reason"), &errors);
  if (s.ok()) return ctx.RedirectWithFlash("/console/items/" + std::to_string(id), "已记录不配发解读的理由。");
  if (s.code() == Code::kNotFound) return ctx.FromStatus(s);
  std::string message = errors.empty() ? s.message() : errors.all().begin()->second;
  return ctx.RedirectWithFlash("/console/items/" + std::to_string(id), message, false);
}

// GET /console/items/new?interprets=ID: the interpretation editor, in sections.
Response GetNewInterpretation(Request& req, Context& ctx) {
  auto policy = Svc(ctx).Get(web::ParseId(req.Query("interprets")));
  if (!policy.ok()) return ctx.FromStatus(policy.status());
  if (!Svc(ctx).CanSee(policy.value(), *ctx.user())) return ctx.ErrorPage(403, "该信息属于您没有权限的机构");
  if (policy->policy.interprets_id != 0 || policy->revision_of != 0)
    return ctx.ErrorPage(409, "只能为政策文件起草解读");
  Item draft = NewInterpretationOf(policy.value());
  if (auto column = Svc(ctx).GetColumnByCode(policy->agency_id, "zcjd"); column.ok())
    draft.column_ids.push_back(column->id);  // 政策解读
  return ItemEditor(ctx, draft);
}

store::EnterpriseFilter FilterOf(const Request& req, Context& ctx, int per_page) {
  store::EnterpriseFilter f;
  f.audience = std::string(Trim(req.Query("audience"))).substr(0, 100);
  f.department = std::string(Trim(req.Query("department"))).substr(0, 100);
  f.today = Today(ctx).ToString();
  f.limit = per_page;
  f.offset = (static_cast<int>(std::max<int64_t>(1, web::ParseId(req.Query("page")))) - 1) * per_page;
  return f;
}

// /policies: 惠企政策, open ones first, by 适用对象 and 承办部门.
Response PoliciesPage(Request& req, Context& ctx) {
  const int per_page = 20;
  store::EnterpriseFilter f = FilterOf(req, ctx, per_page);
  auto list = Svc(ctx).ListEnterprise(f);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("惠企政策", "public/policies.tpl");
  auto& d = page.content();
  if (auto choices = Svc(ctx).EnterpriseChoices(); ctx.Got(choices)) {
    for (const auto& [section, values, chosen] : {std::tuple{"AUDIENCE_OPTIONS", &choices->first, &f.audience},
                                                  std::tuple{"DEPARTMENT_OPTIONS", &choices->second, &f.department}}) {
      for (const auto& v : *values) {
        auto* o = d.AddSectionDictionary(section);
        o->SetValue("VALUE", v);
        if (v == *chosen) o->ShowSection("SELECTED");
      }
    }
  }
  const Date today = Today(ctx);
  for (const auto& i : list->items) {
    auto* row = d.AddSectionDictionary("POLICIES");
    row->SetValue("TITLE", i.title);
    row->SetValue("URL", "/items/" + i.index_no);
    row->SetValue("DATE", DateText(i.published_on));
    if (!i.enterprise) continue;
    const EnterprisePhase phase = PhaseOn(*i.enterprise, today);
    row->SetValue("PHASE", PhaseLabel(phase));
    row->SetValue("PHASE_CODE", PhaseCode(phase));
    row->SetValue("AUDIENCES", JoinAudiences(i.enterprise->audiences));
    row->SetValue("DEPARTMENT", i.enterprise->department);
    row->SetValue("PERIOD", (i.enterprise->starts_on ? i.enterprise->starts_on->ToString() : "发布之日") + " 至 " +
                                (i.enterprise->ends_on ? i.enterprise->ends_on->ToString() : "长期有效"));
  }
  if (list->items.empty()) d.ShowSection("EMPTY");
  d.SetIntValue("TOTAL", static_cast<long>(list->total));
  const std::string base = "/policies?" +
                           (f.audience.empty() ? "" : "audience=" + http::PercentEncode(f.audience) + "&") +
                           (f.department.empty() ? "" : "department=" + http::PercentEncode(f.department) + "&");
  web::SetPagination(d, base, f.offset / per_page + 1, per_page, list->total);
  return ctx.Cacheable(ctx.PublicPage(page, "/policies"));
}

Response ApiPolicies(Request& req, Context& ctx) {
  const int per_page =
      static_cast<int>(std::min<int64_t>(100, std::max<int64_t>(1, web::ParseId(req.Query("per_page")) ?: 20)));
  store::EnterpriseFilter f = FilterOf(req, ctx, per_page);
  auto list = Svc(ctx).ListEnterprise(f);
  if (!list.ok()) return web::JsonError(503, "服务暂时不可用");
  nlohmann::json items = nlohmann::json::array();
  const Date today = Today(ctx);
  for (const auto& i : list->items) {
    nlohmann::json j = ItemJson(ctx, i, false);
    if (i.enterprise) j["enterprise"] = EnterpriseJson(*i.enterprise, today);
    items.push_back(std::move(j));
  }
  return JsonBody(
      ctx, {{"total", list->total}, {"page", f.offset / per_page + 1}, {"per_page", per_page}, {"policies", items}});
}

}  // namespace

void RegisterPolicyRoutes(web::Site& site) {
  site.Add("POST", "/console/items/{id:int}/waive-interpretation", web::Staff(access::Permission::kWaiveInterpretation),
           PostWaive);
  site.Add("GET", "/console/items/new-interpretation", web::Staff(access::Permission::kEditItems),
           GetNewInterpretation);
  site.Add("GET", "/policies", web::Public(), PoliciesPage, {.cache_query = {"audience", "department", "page"}});
  site.Add("GET", "/api/v1/policies", web::Public(), ApiPolicies,
           {.cache_query = {"audience", "department", "page", "per_page"}});
}

}  // namespace gk::catalogue
