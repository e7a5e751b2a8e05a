// Console pages of 依申请公开: lists by due date, registration, the case file
// with its clock and actions, letters and sign-off. The annual tables, the
// case library, statistics, export and the signers are in report_routes.cc.
#include "auth/routes.h"
#include "applications/routes.h"

#include <algorithm>
#include <charconv>

#include "applications/console.h"
#include "catalogue/model.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "files/store.h"
#include "http/forms.h"
#include "web/forms.h"

namespace gk::applications {

namespace console {

ApplicationService& Svc(web::Context& ctx) { return *Deps(ctx).applications; }

// The cases the user may list: every case of the agencies where they handle
// applications (公开办), and the cases assigned to their departments (协查).
store::Filter ScopeFilter(web::Context& ctx) {
  store::Filter f;
  f.agencies = HandledAgencies(ctx);
  f.department_ids = ctx.scope().Departments(access::Permission::kAnswerApplications);
  return f;
}

std::vector<int64_t> HandledAgencies(web::Context& ctx) {
  auto agencies = ctx.scope().Agencies(access::Permission::kHandleApplications);
  if (agencies.empty()) agencies = {-1};  // none: matches no case
  return agencies;
}

ctemplate::TemplateDictionary* FillRow(ctemplate::TemplateDictionary& d, const Application& a, Date today,
                                       bool personal) {
  auto* r = d.AddSectionDictionary("CASES");
  r->SetIntValue("ID", static_cast<long>(a.id));
  r->SetValue("NUMBER", a.number);
  r->SetValue("STATE", StateLabel(a.state));
  r->SetValue("STATE_CODE", StateCode(a.state));
  r->SetValue("NAME", personal ? a.applicant_name : "—");
  std::string desc(Utf8Prefix(a.description, 90));
  r->SetValue("DESCRIPTION", desc + (desc.size() < a.description.size() ? "…" : ""));
  r->SetValue("RECEIVED_ON", DateText(a.received_on));
  r->SetValue("DUE_ON", DateText(a.due_on));
  r->SetValueAndShowSection("WAITING_UNTIL", DateText(a.waiting_until), "WAITING_UNTIL");
  r->SetValue("CLOSED_ON", DateText(a.closed_on));
  if (a.outcome && a.closed_on) r->SetValueAndShowSection("OUTCOME", OutcomeLabel(*a.outcome), "OUTCOME");
  if (a.due_on && !a.closed_on && *a.due_on < today) r->ShowSection("OVERDUE");
  return r;
}

// 50 a page; returns the page number asked for (from 1).
int SetPage(store::Filter& f, const http::Request& req) {
  const int page_no = static_cast<int>(std::clamp<int64_t>(web::ParseId(req.Query("page")), 1, 100000));
  f.limit = 50;
  f.offset = (page_no - 1) * f.limit;
  return page_no;
}

int ParseInt(const std::string& s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size() ? v : -1;
}

}  // namespace console

namespace {

using console::FillRow;
using console::HandledAgencies;
using console::ParseInt;
using console::ScopeFilter;
using console::SetPage;
using console::Svc;
using http::Request;
using http::Response;
using web::Context;
using web::Page;

std::string CaseUrl(int64_t id) { return "/console/applications/" + std::to_string(id); }

// An outcome code from a form or query ("3.4"); none unless valid.
std::optional<Outcome> OutcomeFromForm(const std::string& code) {
  Outcome o;
  if (!ParseOutcome(code, &o)) return std::nullopt;
  return o;
}

// Art. 31: an online application is confirmed normally by the next working
// day; later than that, the list says so.
void FlagLateConfirmation(ctemplate::TemplateDictionary& row, const Application& a, Date today,
                          const WorkCalendar& cal) {
  if (a.state != State::kSubmitted) return;
  if (cal.AddWorkingDays(ChinaDate(a.submitted_at), 1, nullptr) < today) row.ShowSection("CONFIRM_LATE");
}

struct Bucket {
  const char* code;
  const char* label;
};
constexpr Bucket kBuckets[] = {{"open", "全部在办"},   {"confirm", "待接收确认"},   {"due_soon", "3 个工作日内到期"},
                               {"overdue", "已超期"},  {"applicant", "等待申请人"}, {"third_party", "等待第三方"},
                               {"sign_off", "待审签"}, {"closed", "已办结"}};

Response GetList(Request& req, Context& ctx) {
  auto& svc = Svc(ctx);
  const Date today = svc.Today();
  store::Filter f = ScopeFilter(ctx);
  std::string view = req.Query("view").empty() ? "open" : req.Query("view");
  if (int64_t dept = web::ParseId(req.Query("department")); dept) f.department_id = dept;
  const std::vector<State> running = {State::kProcessing, State::kConsulting, State::kSignOff};
  if (view == "confirm") f.states = {State::kSubmitted};
  else if (view == "due_soon") {
    f.states = running;
    f.due_from = today;
    f.due_to = ctx.services().calendar.AddWorkingDays(today, 3, nullptr);
  } else if (view == "overdue") {
    f.states = running;
    f.due_to = today.AddDays(-1);
  } else if (view == "applicant") f.states = {State::kCorrection, State::kFeePending};
  else if (view == "third_party") f.states = {State::kConsulting};
  else if (view == "sign_off") f.states = {State::kSignOff};
  else if (view == "closed") {
    f.states = {State::kClosed, State::kArchived};
    f.order_by_due = false;
  } else {
    view = "open";
    f.states = {State::kSubmitted,  State::kProcessing, State::kCorrection,
                State::kConsulting, State::kFeePending, State::kSignOff};
  }
  const int page_no = SetPage(f, req);
  int64_t total = 0;
  auto list = svc.List(f, &total);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("依申请公开", "console/applications.tpl");
  auto& d = page.content();
  const access::Scope& scope = ctx.scope();
  const bool officer = scope.AllowsSomewhere(access::Permission::kHandleApplications);
  if (officer) d.ShowSection("CAN_REGISTER");
  auto counts = svc.Dashboard(HandledAgencies(ctx));
  for (const auto& b : kBuckets) {
    auto* t = d.AddSectionDictionary("TABS");
    t->SetValue("CODE", b.code);
    t->SetValue("LABEL", b.label);
    if (view == b.code) t->ShowSection("CURRENT");
    if (counts.ok()) {
      int64_t n = -1;
      std::string c = b.code;
      if (c == "open") n = counts->open + counts->to_confirm;
      else if (c == "confirm") n = counts->to_confirm;
      else if (c == "due_soon") n = counts->due_soon;
      else if (c == "overdue") n = counts->overdue;
      else if (c == "applicant") n = counts->waiting_applicant;
      else if (c == "third_party") n = counts->waiting_third_party;
      else if (c == "sign_off") n = counts->sign_off;
      if (n >= 0 && officer) t->AddSectionDictionary("COUNT")->SetIntValue("N", static_cast<long>(n));
    }
  }
  d.SetValue("VIEW", view);
  for (const auto& a : list.value()) {
    const bool personal = scope.Allows(access::Permission::kHandleApplications, a.agency_id);
    FlagLateConfirmation(*FillRow(d, a, today, personal), a, today, ctx.services().calendar);
  }
  if (list->empty()) d.ShowSection("EMPTY");
  if (officer) {
    auto depts = auth::Svc(ctx)->ListDepartments(0);
    if (depts.ok())
      for (const auto& dp : depts.value()) {
        if (!scope.Allows(access::Permission::kHandleApplications, dp.agency_id)) continue;
        auto* o = d.AddSectionDictionary("DEPT_OPTIONS");
        o->SetIntValue("VALUE", static_cast<long>(dp.id));
        o->SetValue("LABEL", dp.name);
        if (dp.id == f.department_id) o->ShowSection("SELECTED");
      }
  }
  web::SetPagination(d, "/console/applications?view=" + view + "&", page_no, f.limit, total);
  return ctx.ConsolePage(page, "/console/applications");
}

// ---------------------------------------------------------------------------
// Registration of applications received in person, by post, letter or fax.

Response RegisterForm(Context& ctx, const Request& req, const FieldErrors& errors, int status) {
  Page page("登记申请", "console/application_new.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::KeepInput(d, req,
                 {"applicant_name", "contact_person", "id_number", "phone", "email", "address", "postcode",
                  "description", "received_on"});
  if (req.Form("received_on").empty()) d.SetValue("RECEIVED_ON", Svc(ctx).Today().ToString());
  std::vector<Choice> offline;
  for (const auto& c : Channels())
    if (std::string(c.code) != "online") offline.push_back(c);
  views::Choices(d, "CHANNEL_OPTIONS", offline, req.Form("channel").empty() ? "in_person" : req.Form("channel"));
  views::Choices(d, "TYPE_OPTIONS", ApplicantTypes(), req.Form("applicant_type"));
  views::Choices(d, "ID_TYPE_OPTIONS", IdTypes(), req.Form("id_type"));
  views::Choices(d, "MEDIUM_OPTIONS", Media(), req.Form("medium").empty() ? "paper" : req.Form("medium"));
  views::Choices(d, "DELIVERY_OPTIONS", Deliveries(), req.Form("delivery").empty() ? "pickup" : req.Form("delivery"));
  auto agencies = auth::Svc(ctx)->ListAgencies();
  if (agencies.ok())
    for (const auto& a : agencies.value()) {
      if (!ctx.scope().Allows(access::Permission::kHandleApplications, a.id)) continue;
      auto* o = d.AddSectionDictionary("AGENCY_OPTIONS");
      o->SetIntValue("VALUE", static_cast<long>(a.id));
      o->SetValue("LABEL", a.name);
      if (a.id == web::ParseId(req.Form("agency_id"))) o->ShowSection("SELECTED");
    }
  // The 登记回执, editable; its placeholders are filled when it is issued.
  std::string letter = req.Form("letter_body");
  if (letter.empty()) {
    auto tpl = Svc(ctx).letters().Template({LetterKind::kAcknowledgement, {}});
    if (tpl.ok()) letter = *tpl;
  }
  d.SetValue("LETTER_BODY", letter);
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/applications", status);
}

Response GetNew(Request& req, Context& ctx) { return RegisterForm(ctx, req, {}, 200); }

Response PostNew(Request& req, Context& ctx) {
  FieldErrors errors;
  auto r = Svc(ctx).Register(ctx.actor(), *ctx.user(), views::ApplicationFromForm(req), DateOf(req.Form("received_on")),
                             req.Form("letter_body"), &errors);
  if (!r.ok()) {
    if (r.status().code() == Code::kInvalid) {
      if (errors.empty()) errors.Add("description", r.status().message());
      return RegisterForm(ctx, req, errors, 400);
    }
    return ctx.FromStatus(r.status());
  }
  return ctx.RedirectWithFlash(CaseUrl(r->id), "已登记申请 " + r->number + "，已出具登记回执。查询码：" +
                                                   r->tracking_code + "（请告知申请人，仅显示一次）");
}

// ---------------------------------------------------------------------------
// The case file.

void FillPersonal(ctemplate::TemplateDictionary& d, const Application& a) {
  auto* p = d.AddSectionDictionary("PERSONAL");
  p->SetValue("APPLICANT_TYPE", ApplicantTypes()[static_cast<size_t>(a.applicant_type)].label);
  p->SetValue("APPLICANT_NAME", a.applicant_name);
  p->SetValueAndShowSection("CONTACT_PERSON", a.contact_person, "CONTACT_PERSON");
  p->SetValue("ID_TYPE", LabelOf(IdTypes(), a.id_type));
  p->SetValue("ID_NUMBER", a.id_number);
  p->SetValueAndShowSection("PHONE", a.phone, "PHONE");
  p->SetValueAndShowSection("EMAIL", a.email, "EMAIL");
  p->SetValueAndShowSection("ADDRESS", a.address, "ADDRESS");
  p->SetValue("POSTCODE", a.postcode);
}

// What staff submitted for an action that was refused as invalid: shown
// again, so that a letter edited at length is not lost to a missing date.
struct KeptAction {
  Action action;
  ActionInput in;
  std::string message;
};

// One action's form block, shown only when the rules allow it now; with
// `kept` (for this action), holding what was submitted and open.
ctemplate::TemplateDictionary* ActionBlock(ctemplate::TemplateDictionary& d, ApplicationService& svc, const CaseFile& f,
                                           const access::User& u, const CaseFacts& facts, Action a,
                                           const KeptAction* kept) {
  if (!Refusals(a, f.app, u, facts).empty()) return nullptr;
  if (kept && kept->action != a) kept = nullptr;
  auto* b = d.AddSectionDictionary(std::string("ACT_") + web::Upper(ActionCode(a)));
  b->SetValue("ACTION_URL", CaseUrl(f.app.id) + "/act/" + ActionCode(a));
  b->SetValue("LABEL", ActionLabel(a));
  if (auto letter = ActionLetter(a)) {
    b->SetValue("LETTER_TITLE", LetterTypeLabel(*letter));
    if (kept) {
      b->SetValue("LETTER_BODY", kept->in.letter_body);
    } else {
      auto draft = svc.letters().Draft(f, *letter, {});
      b->SetValue("LETTER_BODY", draft.ok() ? draft.value() : "");
    }
  }
  if (kept) {
    b->ShowSection("OPEN");
    b->SetValue("KEPT_NOTE", kept->in.note);
  }
  return b;
}

Response CasePage(Context& ctx, int64_t id, const FieldErrors& errors, int status, const KeptAction* kept = nullptr) {
  auto& svc = Svc(ctx);
  auto f = svc.Open(ctx.actor(), *ctx.user(), id);
  if (!f.ok()) return ctx.FromStatus(f.status());
  const Application& a = f->app;
  const access::User& u = *ctx.user();
  auto facts = svc.Facts(u, a);
  const bool officer = f->personal;
  Page page("申请 " + a.number, "console/application.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  d.SetIntValue("ID", static_cast<long>(a.id));
  d.SetValue("NUMBER", a.number);
  d.SetValue("STATE", StateLabel(a.state));
  d.SetValue("STATE_CODE", StateCode(a.state));
  d.SetValue("CHANNEL", LabelOf(Channels(), a.channel));
  d.SetValue("SUBMITTED_AT", FormatChinaTime(a.submitted_at, "%Y-%m-%d %H:%M"));
  d.SetValue("RECEIVED_ON", a.received_on ? a.received_on->ToString() : "（待接收确认）");
  d.SetValue("DESCRIPTION", a.description);
  d.SetValue("MEDIUM", LabelOf(Media(), a.medium));
  d.SetValue("DELIVERY", LabelOf(Deliveries(), a.delivery));
  d.SetValue("TOPIC", a.topic.empty() ? "（未设置）" : a.topic);
  if (officer) FillPersonal(d, a);
  if (a.dept_due_on || !a.dept_answer.empty()) {
    auto* x = d.AddSectionDictionary("ASSIST");
    auto dept = auth::Svc(ctx)->GetDepartment(a.department_id);
    x->SetValue("DEPARTMENT", dept.ok() ? dept->name : "");
    x->SetValue("DUE", DateText(a.dept_due_on));
    x->SetValue("ANSWER", a.dept_answer.empty() ? "（尚未答复）" : a.dept_answer);
  }
  if (a.joint_review) d.AddSectionDictionary("JOINT")->SetValue("NOTES", a.joint_notes);
  if (a.outcome) {
    auto* x = d.AddSectionDictionary("DECISION");
    x->SetValue("OUTCOME", OutcomeLabel(*a.outcome));
    x->SetValueAndShowSection("EXPLANATION", a.explanation, "EXPLANATION");
    x->SetValueAndShowSection("LEGAL_BASIS", a.legal_basis, "LEGAL_BASIS");
    x->SetValueAndShowSection("WITHHELD", a.withheld, "WITHHELD");
    x->SetValueAndShowSection("HOLDER", a.holder_agency, "HOLDER");
    x->SetValueAndShowSection("PUBLIC_INDEX_NO", a.public_index_no, "PUBLIC_INDEX_NO");
    if (a.closed_on) x->AddSectionDictionary("CLOSED")->SetValue("ON", a.closed_on->ToString());
  }
  if (a.fee_method != FeeMethod::kNone) {
    auto* x = d.AddSectionDictionary("FEE");
    x->SetValue("METHOD", FeeMethodLabel(a.fee_method));
    x->SetIntValue("YUAN", static_cast<long>(a.fee_yuan));
    Fee fee = a.fee_method == FeeMethod::kPerPage ? PerPageFee(a.fee_quantity) : PerApplicationFee(a.fee_quantity);
    for (const auto& line : fee.working) x->AddSectionDictionary("WORKING")->SetValue("TEXT", line);
  }
  if (!a.closed_on) views::FillClock(d, f->clock);
  // Art. 30: the correction notice must go out within 7 working days of receipt.
  if (facts.ok() && f->clock.started && !facts->correction_requested && a.state == State::kProcessing) {
    const Date today = svc.Today();
    const int left = ctx.services().calendar.WorkingDaysBetween(today, f->clock.correction_notice_by, nullptr);
    if (today <= f->clock.correction_notice_by && left <= 2) {
      auto* w = d.AddSectionDictionary("CORRECTION_WARNING");
      w->SetValue("BY", f->clock.correction_notice_by.ToString());
    }
  }
  for (const auto& e : f->events) {
    auto* x = d.AddSectionDictionary("EVENTS");
    x->SetValue("AT", FormatChinaTime(e.at, "%Y-%m-%d %H:%M"));
    x->SetValue("LABEL", EventLabel(e.kind));
    x->SetValue("ON", DateText(e.on));
    x->SetValueAndShowSection("UNTIL", DateText(e.until), "UNTIL");
    x->SetValue("NOTE", e.kind == Action::kDeptAnswer && !officer ? "" : e.note);
    x->SetValue("USER", e.user_name.empty() ? "申请人/系统" : e.user_name);
    if (e.days) x->SetValueAndShowSection("DAYS", std::to_string(e.days), "DAYS");
  }
  for (const auto& l : f->letters) {
    auto* x = views::FillLetter(d, l, false);
    x->SetValue("URL", CaseUrl(a.id) + "/letters/" + std::to_string(l.id));
  }
  for (const auto& file : f->files) {
    auto* x = d.AddSectionDictionary("FILES");
    x->SetValue("NAME", file.name);
    x->SetValue("URL", CaseUrl(a.id) + "/files/" + std::to_string(file.id));
    x->SetIntValue("KB", static_cast<long>((file.size + 1023) / 1024));
  }
  for (const auto& ap : f->appeals) {
    auto* x = d.AddSectionDictionary("APPEALS");
    x->SetValue("KIND", ap.kind == "reconsideration" ? "行政复议"
                        : ap.after_reconsideration   ? "行政诉讼（复议后起诉）"
                                                     : "行政诉讼（直接起诉）");
    x->SetValue("FILED_ON", DateText(ap.filed_on));
    x->SetValue("BODY", ap.body);
    x->SetValue("RESULT", LabelOf(AppealResults(), ap.result));
    x->SetValue("DECIDED_ON", DateText(ap.decided_on));
    x->SetIntValue("APPEAL_ID", static_cast<long>(ap.id));
    if (ap.result == "pending" && officer) {
      auto* u = x->AddSectionDictionary("PENDING");
      u->SetValue("ACTION_URL", CaseUrl(a.id) + "/act/appeal");
      views::Choices(*u, "RESULT_OPTIONS", {AppealResults().begin(), AppealResults().end() - 1}, "upheld");
    }
  }
  if (officer) {
    // Repeat applications: the applicant's earlier ones and similar requests.
    auto related = svc.Related(a);
    if (related.ok())
      for (const auto& r : related.value()) FillRow(d, r, svc.Today(), true);
    // Every action of the table the rules allow now, but the decision (its
    // own page, linked) and the department's answer (offered below to
    // 协查 staff as well).
    for (Action act : AllActions())
      if (facts.ok() && act != Action::kDraftDecision && act != Action::kDeptAnswer)
        ActionBlock(d, svc, *f, u, *facts, act, kept);
    if (facts.ok() && Refusals(Action::kDraftDecision, a, u, *facts).empty()) d.ShowSection("CAN_DECIDE");
    if (a.state == State::kSignOff && facts.ok() && !facts->is_signer) d.AddSectionDictionary("SIGNOFF_WAIT");
  }
  if (facts.ok()) ActionBlock(d, svc, *f, u, *facts, Action::kDeptAnswer, kept);
  views::Choices(d, "RESULT_OPTIONS", AppealResults(), "pending");
  for (const auto& t : catalogue::Topics()) {
    auto* x = d.AddSectionDictionary("TOPIC_OPTIONS");
    x->SetValue("VALUE", t);
    if (t == a.topic) x->ShowSection("SELECTED");
  }
  auto depts = auth::Svc(ctx)->ListDepartments(a.agency_id);
  if (depts.ok())
    for (const auto& dp : depts.value()) {
      auto* x = d.AddSectionDictionary("DEPT_OPTIONS");
      x->SetIntValue("VALUE", static_cast<long>(dp.id));
      x->SetValue("LABEL", dp.name);
    }
  d.SetValue(
      "CORRECTION_UNTIL",
      ctx.services().calendar.AddWorkingDays(svc.Today(), svc.options().correction_period_days, nullptr).ToString());
  d.SetValue("TODAY", svc.Today().ToString());
  web::SetFieldErrors(d, errors);
  if (kept)
    d.SetValueAndShowSection("MESSAGE", std::string(ActionLabel(kept->action)) + "未完成：" + kept->message,
                             "ACTION_ERROR");
  return ctx.ConsolePage(page, "/console/applications", status);
}

Response GetCase(Request& req, Context& ctx) { return CasePage(ctx, web::ParseId(req.Param("id")), {}, 200); }

Response DecidePage(Context& ctx, int64_t id, std::optional<Outcome> chosen, const ActionInput* kept,
                    const std::string& error);

Response PostAction(Request& req, Context& ctx) {
  const int64_t id = web::ParseId(req.Param("id"));
  Action action;
  if (!ParseAction(req.Param("action"), &action)) return ctx.ErrorPage(404);
  ActionInput in;
  in.on = req.Form("on");
  in.until = req.Form("until");
  in.days = ParseInt(req.Form("days"));
  in.note = req.Form("note");
  in.third_party = req.Form("third_party");
  in.outcome = OutcomeFromForm(req.Form("outcome"));
  in.explanation = req.Form("explanation");
  in.public_index_no = req.Form("public_index_no");
  in.holder_agency = req.Form("holder_agency");
  in.legal_basis = req.Form("legal_basis");
  in.withheld = req.Form("withheld");
  ParseFeeMethod(req.Form("fee_method"), &in.fee_method);
  in.pages = ParseInt(req.Form("pages"));
  in.department_id = web::ParseId(req.Form("department_id"));
  in.topic = req.Form("topic");
  in.letter_title = req.Form("letter_title");
  in.letter_body = req.Form("letter_body");
  in.appeal.kind = req.Form("appeal_kind");
  in.appeal.after_reconsideration = req.Form("after_reconsideration") == "1";
  in.appeal.filed_on = DateOf(req.Form("filed_on"));
  in.appeal.body = req.Form("body");
  in.appeal.result = req.Form("result");
  in.appeal.decided_on = DateOf(req.Form("decided_on"));
  in.appeal.id = web::ParseId(req.Form("appeal_id"));
  FieldErrors errors;
  Status s = Svc(ctx).Perform(ctx.actor(), *ctx.user(), id, action, in, &errors);
  if (!s.ok()) {
    if (s.code() == Code::kInvalid) {
      // The form again with what was typed, not a redirect that drops it.
      if (action == Action::kDraftDecision) return DecidePage(ctx, id, in.outcome, &in, s.message());
      KeptAction kept{action, in, s.message()};
      return CasePage(ctx, id, {}, 400, &kept);
    }
    if (s.code() == Code::kConflict) return ctx.RedirectWithFlash(CaseUrl(id), s.message(), false);
    return ctx.FromStatus(s);
  }
  return ctx.RedirectWithFlash(CaseUrl(id), std::string(ActionLabel(action)) + "：已完成。");
}

// The decision form: the outcome chosen first (GET), then its reply letter;
// with `kept`, what was submitted and refused (`error`), answered with 400.
Response DecidePage(Context& ctx, int64_t id, std::optional<Outcome> chosen, const ActionInput* kept,
                    const std::string& error) {
  auto& svc = Svc(ctx);
  auto f = svc.Open(ctx.actor(), *ctx.user(), id);
  if (!f.ok()) return ctx.FromStatus(f.status());
  auto why = svc.Refusals(Action::kDraftDecision, *f, *ctx.user());
  if (!why.empty()) {
    std::string m;
    for (const auto& w : why) m += w;
    return ctx.RedirectWithFlash(CaseUrl(id), m, false);
  }
  Page page("拟定答复", "console/application_decide.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  d.SetIntValue("ID", static_cast<long>(id));
  d.SetValue("NUMBER", f->app.number);
  d.SetValue("DESCRIPTION", f->app.description);
  if (kept) d.SetValueAndShowSection("MESSAGE", "拟定答复未完成：" + error, "ACTION_ERROR");
  for (const auto& oc : AllOutcomes()) {
    auto* x = d.AddSectionDictionary("OUTCOME_OPTIONS");
    x->SetValue("VALUE", OutcomeCode(oc));
    x->SetValue("LABEL", OutcomeLabel(oc));
    if (chosen == oc) x->ShowSection("SELECTED");
  }
  if (auto letter = ActionLetter(Action::kDraftDecision, chosen)) {
    const Outcome o = *chosen;
    auto* x = d.AddSectionDictionary("CHOSEN");
    x->SetValue("OUTCOME", OutcomeCode(o));
    x->SetValue("OUTCOME_LABEL", OutcomeLabel(o));
    if (o.row == 1) x->ShowSection("NEED_PUBLIC");
    if (o.row == 2) x->ShowSection("NEED_WITHHELD");
    if (o.row == 3 || o.row == 2) x->ShowSection("NEED_BASIS");
    if (o.row == 4 && o.sub == 1) x->ShowSection("NEED_HOLDER");
    x->SetValue("LETTER_TITLE", LetterTypeLabel(*letter));
    if (kept) {
      x->SetValue("LETTER_BODY", kept->letter_body);
      x->SetValue("PUBLIC_INDEX_NO", kept->public_index_no);
      x->SetValue("WITHHELD", kept->withheld);
      x->SetValue("LEGAL_BASIS", kept->legal_basis);
      x->SetValue("HOLDER", kept->holder_agency);
      x->SetValue("EXPLANATION", kept->explanation);
    } else {
      auto draft = svc.letters().Draft(*f, *letter, {});
      x->SetValue("LETTER_BODY", draft.ok() ? draft.value() : "");
    }
  }
  // Repeat applications: evidence for 重复申请.
  auto related = svc.Related(f->app);
  if (related.ok())
    for (const auto& r : related.value()) FillRow(d, r, svc.Today(), true);
  return ctx.ConsolePage(page, "/console/applications", kept ? 400 : 200);
}

Response GetDecide(Request& req, Context& ctx) {
  return DecidePage(ctx, web::ParseId(req.Param("id")), OutcomeFromForm(req.Query("outcome")), nullptr, "");
}

// Letters and the applicant's files carry the applicant's personal data:
// the 公开办 only, not 协查 staff.
const char kPersonalOnly[] = "信件和申请人提交的附件含申请人个人信息，仅公开办可以查看。";

Response GetLetter(Request& req, Context& ctx) {
  auto f = Svc(ctx).Open(ctx.actor(), *ctx.user(), web::ParseId(req.Param("id")));
  if (!f.ok()) return ctx.FromStatus(f.status());
  if (!f->personal) return ctx.ErrorPage(403, kPersonalOnly);
  const int64_t lid = web::ParseId(req.Param("letter"));
  for (const auto& l : f->letters) {
    if (l.id != lid) continue;
    Page page(l.title, "public/letter.tpl");
    views::FillLetter(page.content(), l, true);
    return ctx.ConsolePage(page, "/console/applications");
  }
  return ctx.ErrorPage(404);
}

// A file the applicant attached: only for those who may open the case (the
// view is audited by Open).
Response GetFile(Request& req, Context& ctx) {
  auto f = Svc(ctx).Open(ctx.actor(), *ctx.user(), web::ParseId(req.Param("id")));
  if (!f.ok()) return ctx.FromStatus(f.status());
  if (!f->personal) return ctx.ErrorPage(403, kPersonalOnly);
  const int64_t fid = web::ParseId(req.Param("file"));
  for (const auto& file : f->files) {
    if (file.id != fid) continue;
    auto stored = Deps(ctx).files->Locate(file.sha256);
    if (!stored.ok()) return ctx.FromStatus(stored.status());
    Response r = Response::File(stored->path, stored->size, file.content_type);
    r.SetHeader("Content-Disposition", files::ContentDisposition(file.name));
    r.SetHeader("ETag", "\"" + file.sha256 + "\"");
    r.SetHeader("Cache-Control", "no-store");
    return r;
  }
  return ctx.ErrorPage(404);
}

}  // namespace

void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  using access::Permission;
  if (!ctx.scope().AllowsSomewhere(Permission::kHandleApplications)) return;
  auto handled = ctx.scope().Agencies(Permission::kHandleApplications);
  if (handled.empty()) handled = {-1};  // agencies unreadable: count nothing rather than everything
  auto counts = console::Svc(ctx).Dashboard(handled);
  if (!counts.ok()) return;
  auto* a = d.AddSectionDictionary("APPLICATIONS");
  a->SetIntValue("TO_CONFIRM", static_cast<long>(counts->to_confirm));
  a->SetIntValue("DUE_SOON", static_cast<long>(counts->due_soon));
  a->SetIntValue("OVERDUE", static_cast<long>(counts->overdue));
  a->SetIntValue("WAITING", static_cast<long>(counts->waiting_applicant + counts->waiting_third_party));
  a->SetIntValue("SIGN_OFF", static_cast<long>(counts->sign_off));
  if (counts->overdue > 0) a->ShowSection("HAS_OVERDUE");
}

void RegisterConsoleRoutes(web::Site& site) {
  using access::Permission;
  site.Add("GET", "/console/applications", web::Staff(Permission::kAnswerApplications), GetList);
  site.Add("GET", "/console/applications/new", web::Staff(Permission::kHandleApplications), GetNew);
  site.Add("POST", "/console/applications", web::Staff(Permission::kHandleApplications), PostNew);
  console::RegisterReportRoutes(site);  // before /{id}: literal paths first
  console::RegisterProactiveRoutes(site);
  site.Add("GET", "/console/applications/{id}", web::Staff(Permission::kAnswerApplications), GetCase);
  site.Add("GET", "/console/applications/{id}/decide", web::Staff(Permission::kHandleApplications), GetDecide);
  site.Add("GET", "/console/applications/{id}/letters/{letter}", web::Staff(Permission::kAnswerApplications),
           GetLetter);
  site.Add("GET", "/console/applications/{id}/files/{file}", web::Staff(Permission::kAnswerApplications), GetFile);
  site.Add("POST", "/console/applications/{id}/act/{action}", web::Staff(Permission::kAnswerApplications), PostAction);
}

}  // namespace gk::applications
