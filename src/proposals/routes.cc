// The console's 建议提案 pages. The rules are the service's; handlers parse
// and render.
#include "auth/routes.h"
#include "http/forms.h"
#include "proposals/routes.h"
#include "proposals/views.h"
#include "web/forms.h"

namespace gk::proposals {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kManageProposals); }
int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }
std::string Url(int64_t id) { return "/console/proposals/" + std::to_string(id); }

Response ListPage(Request& req, Context& ctx) {
  const auto mine = MyAgencies(ctx);
  const Date today = Proposals(ctx).Today();
  store::ProposalFilter f;
  f.agency_ids = &mine;
  f.year = static_cast<int>(web::ParseId(req.Query("year")));
  if (f.year == 0) f.year = today.year();
  const std::string view = req.Query("view");
  State s;
  if (ParseState(view, &s)) f.state = s;
  else if (view == "overdue") f.overdue_on = today.ToString();
  f.text = web::QueryText(req, "q");
  f.limit = 50;
  f.offset = (web::PageNumber(req) - 1) * f.limit;
  auto list = Proposals(ctx).List(f);
  auto figures = Proposals(ctx).Figures(&mine, f.year);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("建议提案办理", "console/proposals.tpl");
  auto& d = page.content();
  d.SetIntValue("YEAR", f.year);
  d.SetValue("Q", f.text);
  d.SetValue("VIEW", view);
  if (auto years = Proposals(ctx).Years(&mine); years.ok()) {
    std::vector<int> all = years.value();
    if (std::find(all.begin(), all.end(), today.year()) == all.end()) all.insert(all.begin(), today.year());
    for (int y : all) web::AddOption(d, "YEARS", std::to_string(y), std::to_string(y) + " 年", std::to_string(f.year));
  }
  for (const auto& p : list->proposals) FillProposal(*d.AddSectionDictionary("PROPOSALS"), p, today, false, true);
  if (list->proposals.empty()) d.ShowSection("NO_PROPOSALS");
  if (figures.ok()) FillFigures(*d.AddSectionDictionary("FIGURES"), figures.value());
  for (const char* v : {"", "handling", "overdue", "replied", "published", "withheld"})
    if (view == v) d.ShowSection(std::string("VIEW_") + (*v ? web::Upper(v) : "ALL"));
  web::SetPagination(d,
                     "/console/proposals?year=" + std::to_string(f.year) + "&view=" + http::PercentEncode(view) +
                         "&q=" + http::PercentEncode(f.text) + "&",
                     web::PageNumber(req), f.limit, list->total);
  return ctx.ConsolePage(page, "/console/proposals");
}

ProposalForm FormOf(const Request& req) {
  return {web::ParseId(req.Form("agency_id")),
          req.Form("year"),
          req.Form("kind"),
          req.Form("number"),
          req.Form("title"),
          req.Form("proposer"),
          req.Form("role"),
          req.Form("summary"),
          req.Form("assigned_on")};
}

ProposalForm FormOf(const Proposal& p) {
  return {p.agency_id, std::to_string(p.year),  KindCode(p.kind), p.number, p.title, p.proposer, RoleCode(p.role),
          p.summary,   p.assigned_on.ToString()};
}

Response FormPage(Context& ctx, int64_t id, const ProposalForm& in, const FieldErrors& errors, int status) {
  Page page(id ? "修改建议提案" : "登记建议提案", "console/proposal_form.tpl");
  auto& d = page.content();
  d.SetValue("HEADING", id ? "修改建议提案" : "登记建议提案");
  d.SetValue("ACTION", id ? Url(id) + "/edit" : "/console/proposals");
  if (id) d.AddSectionDictionary("EXISTING")->SetIntValue("ID", static_cast<long>(id));
  if (auto agencies = auth::Svc(ctx)->ListAgencies(); agencies.ok())
    for (const auto& a : agencies.value())
      if (ctx.scope().Allows(access::Permission::kManageProposals, a.id))
        web::AddOption(d, "AGENCIES", std::to_string(a.id), a.name, std::to_string(in.agency_id));
  for (Kind k : AllKinds()) web::AddOption(d, "KINDS", KindCode(k), KindLabel(k), in.kind);
  for (Role r : {Role::kLead, Role::kAssist})
    web::AddOption(d, "ROLES", RoleCode(r), RoleLabel(r), in.role.empty() ? "lead" : in.role);
  d.SetValue("YEAR", in.year.empty() ? std::to_string(Proposals(ctx).Today().year()) : in.year);
  d.SetValue("NUMBER", in.number);
  d.SetValue("TITLE", in.title);
  d.SetValue("PROPOSER", in.proposer);
  d.SetValue("SUMMARY", in.summary);
  d.SetValue("ASSIGNED_ON", in.assigned_on);
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/proposals", status);
}

Response GetNew(Request&, Context& ctx) { return FormPage(ctx, 0, {}, {}, 200); }

Response PostNew(Request& req, Context& ctx) {
  FieldErrors errors;
  auto id = Proposals(ctx).Create(ctx.actor(), *ctx.user(), FormOf(req), &errors);
  if (id.ok()) return ctx.RedirectWithFlash(Url(id.value()), "已登记。");
  if (errors.empty()) return ctx.FromStatus(id.status());
  return FormPage(ctx, 0, FormOf(req), errors, 400);
}

Response ProposalPage(Request& req, Context& ctx, int64_t id, const FieldErrors& errors, int status) {
  auto p = Proposals(ctx).Get(id);
  if (!p.ok()) return ctx.FromStatus(p.status());
  if (!ctx.scope().Allows(access::Permission::kManageProposals, p->agency_id))
    return ctx.ErrorPage(403, "该建议提案不属于您可以办理的机构。");
  Page page(p->title, "console/proposal.tpl");
  auto& d = page.content();
  FillProposal(d, p.value(), Proposals(ctx).Today(), true, true);
  for (Action a : Proposals(ctx).Allowed(p.value(), ctx.scope())) d.ShowSection("CAN_" + web::Upper(ActionCode(a)));
  const std::string result = req.Form("result").empty() && p->result ? OutcomeCode(*p->result) : req.Form("result");
  for (Outcome r : AllOutcomes())
    web::AddOption(d, "RESULTS", OutcomeCode(r), std::string(OutcomeCode(r)) + " 类：" + OutcomeLabel(r), result);
  d.SetValue("IN_REPLY", req.Form("reply").empty() ? p->reply : req.Form("reply"));
  d.SetValue("IN_PUBLIC_SUMMARY", req.Form("public_summary").empty() ? p->public_summary : req.Form("public_summary"));
  d.SetValue("IN_REPLIED_ON", req.Form("replied_on").empty() ? DateText(p->replied_on) : req.Form("replied_on"));
  if (req.Form("reply_public") == "1" || (req.Form("reply").empty() && p->reply_public))
    d.ShowSection("IN_REPLY_PUBLIC");
  d.SetValue("IN_REASON", req.Form("reason"));
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/proposals", status);
}

Response GetProposal(Request& req, Context& ctx) { return ProposalPage(req, ctx, Id(req), {}, 200); }

Response GetEdit(Request& req, Context& ctx) {
  auto p = Proposals(ctx).Get(Id(req));
  if (!p.ok()) return ctx.FromStatus(p.status());
  if (!ctx.scope().Allows(access::Permission::kManageProposals, p->agency_id))
    return ctx.ErrorPage(403, "该建议提案不属于您可以办理的机构。");
  if (!StateAllows(Action::kEdit, p->state)) return ctx.ErrorPage(409, "已公开或不公开的建议提案不能修改登记信息。");
  return FormPage(ctx, p->id, FormOf(p.value()), {}, 200);
}

Response PostEdit(Request& req, Context& ctx) {
  FieldErrors errors;
  ProposalForm in = FormOf(req);
  auto current = Proposals(ctx).Get(Id(req));
  if (!current.ok()) return ctx.FromStatus(current.status());
  in.agency_id = current->agency_id;
  Status s = Proposals(ctx).Update(ctx.actor(), *ctx.user(), Id(req), in, &errors);
  if (s.ok()) return ctx.RedirectWithFlash(Url(Id(req)), "已保存修改。");
  if (errors.empty()) return ctx.FromStatus(s);
  return FormPage(ctx, Id(req), in, errors, 400);
}

Response PostAction(Request& req, Context& ctx, Action action) {
  FieldErrors errors;
  Status s;
  auto& svc = Proposals(ctx);
  if (action == Action::kReply)
    s = svc.Reply(ctx.actor(), *ctx.user(), Id(req),
                  {req.Form("result"), req.Form("reply"), req.Form("public_summary"), req.Form("replied_on"),
                   req.Form("reply_public") == "1"},
                  &errors);
  else if (action == Action::kPublish) s = svc.Publish(ctx.actor(), *ctx.user(), Id(req));
  else s = svc.Withhold(ctx.actor(), *ctx.user(), Id(req), req.Form("reason"), &errors);
  return web::AfterAction(ctx, s, errors, Url(Id(req)), std::string("已") + ActionLabel(action) + "。",
                          [&](const FieldErrors& e, int st) { return ProposalPage(req, ctx, Id(req), e, st); });
}

}  // namespace

void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  if (!ctx.scope().AllowsSomewhere(access::Permission::kManageProposals)) return;
  auto mine = MyAgencies(ctx);
  if (mine.empty()) mine = {-1};
  auto n = Proposals(ctx).OverdueCount(&mine);
  if (!n.ok() || n.value() == 0) return;
  d.AddSectionDictionary("PROPOSALS_OVERDUE")->SetIntValue("N", static_cast<long>(n.value()));
}

void RegisterConsoleRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageProposals);
  site.Add("GET", "/console/proposals", manage, ListPage);
  site.Add("GET", "/console/proposals/new", manage, GetNew);
  site.Add("POST", "/console/proposals", manage, PostNew);
  site.Add("GET", "/console/proposals/{id:int}", manage, GetProposal);
  site.Add("GET", "/console/proposals/{id:int}/edit", manage, GetEdit);
  site.Add("POST", "/console/proposals/{id:int}/edit", manage, PostEdit);
  for (Action a : AllActions()) {
    if (a == Action::kEdit) continue;
    site.Add("POST", std::string("/console/proposals/{id:int}/") + ActionCode(a), web::Staff(ActionPermission(a)),
             [a](Request& req, Context& ctx) { return PostAction(req, ctx, a); });
  }
}

}  // namespace gk::proposals
