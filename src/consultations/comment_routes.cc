// The console's comments of a consultation: moderation while it runs (each
// held comment published, or hidden with the reason its author will see),
// decisions once it has closed (alike comments ticked and decided in bulk,
// with the reason), and the export of every comment with its decision as
// CSV or XLSX for the file.
#include <algorithm>

#include "common/china_time.h"
#include "consultations/routes.h"
#include "consultations/views.h"
#include "http/forms.h"
#include "web/export.h"
#include "web/forms.h"

namespace gk::consultations {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

constexpr int kPerPage = 50;

int64_t Id(const Request& req) { return web::ParseId(req.Param("id")); }
std::string CommentsUrl(int64_t id) { return "/console/consultations/" + std::to_string(id) + "/comments"; }

// The consultation, when the user may handle its comments.
Result<Consultation> Mine(Context& ctx, int64_t id) {
  auto c = Consultations(ctx).Get(id);
  if (!c.ok()) return c.status();
  if (!ctx.scope().Allows(access::Permission::kManageConsultations, c->agency_id))
    return Status::Denied("该意见征集不属于您可以管理的机构。");
  return c;
}

// The list's filter from the query: `view` moderate (by state, the held
// first) or decide (by decision, the undecided first).
store::CommentFilter FilterOf(const Request& req, int64_t id, bool decide) {
  store::CommentFilter f;
  f.consultation_id = id;
  f.limit = kPerPage;
  f.offset = (web::PageNumber(req) - 1) * kPerPage;
  const std::string which = req.Query(decide ? "decision" : "state");
  if (decide) {
    Decision d;
    if (which == "none" || which.empty()) f.decision = Decision::kNone;
    else if (ParseDecision(which, &d)) f.decision = d;
  } else {
    CommentState s;
    if (which.empty()) f.state = CommentState::kPending;
    else if (ParseCommentState(which, &s)) f.state = s;
  }
  return f;
}

Response CommentsPage(Request& req, Context& ctx, const FieldErrors& errors, int status) {
  auto c = Mine(ctx, Id(req));
  if (!c.ok()) return ctx.FromStatus(c.status());
  const Date today = Consultations(ctx).Today();
  const bool closed = c->state == State::kPublished && PhaseOf(c.value(), today) == Phase::kClosed;
  const bool decide = req.Query("view").empty() ? closed : req.Query("view") == "decide";
  const store::CommentFilter f = FilterOf(req, c->id, decide);
  auto list = Consultations(ctx).Comments(f);
  auto decisions = Consultations(ctx).Decisions(c->id);
  auto states = Consultations(ctx).CommentStates(c->id);
  if (!list.ok() || !decisions.ok() || !states.ok()) return ctx.ErrorPage(503, "");
  Page page("意见 - " + c->title, "console/consultation_comments.tpl");
  auto& d = page.content();
  FillConsultation(d, c.value(), today, false);
  const bool may_moderate =
      ctx.scope().Allows(access::Permission::kManageConsultations, c->agency_id) && c->state == State::kPublished;
  for (const auto& m : list->comments) {
    auto* row = d.AddSectionDictionary("COMMENTS");
    FillComment(*row, m, true);
    row->SetValue("CSRF_TOKEN", ctx.CsrfToken());
    row->SetIntValue("ID", static_cast<long>(c->id));
    if (may_moderate && !decide && m.state != CommentState::kPublished) row->ShowSection("CAN_PUBLISH");
    if (may_moderate && !decide && m.state != CommentState::kHidden) row->ShowSection("CAN_HIDE");
    if (decide && closed) row->ShowSection("CAN_DECIDE");
  }
  if (list->comments.empty()) d.ShowSection("NO_COMMENTS");
  d.ShowSection(decide ? "DECIDE" : "MODERATE");
  if (decide && closed && !list->comments.empty()) d.ShowSection("DECIDE_FORM");
  if (decide && !closed) d.ShowSection("NOT_CLOSED");
  for (Decision x : AllDecisions()) {
    auto* o = d.AddSectionDictionary("DECISIONS");
    o->SetValue("VALUE", DecisionCode(x));
    o->SetValue("LABEL", DecisionLabel(x));
  }
  d.SetIntValue("PENDING", static_cast<long>((*states)[0]));
  d.SetIntValue("PUBLISHED", static_cast<long>((*states)[1]));
  d.SetIntValue("HIDDEN", static_cast<long>((*states)[2]));
  d.SetIntValue("UNDECIDED", static_cast<long>(decisions->Undecided()));
  const std::string filter = decide ? req.Query("decision") : req.Query("state");
  d.ShowSection((decide ? "D_" : "S_") + web::Upper(filter.empty() ? (decide ? "none" : "pending") : filter));
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  d.SetValue("IN_REASON", req.Form("reason"));
  web::SetFieldErrors(d, errors);
  const std::string base = CommentsUrl(c->id) + "?view=" + (decide ? "decide&decision=" : "moderate&state=") +
                           http::PercentEncode(filter) + "&";
  web::SetPagination(d, base, web::PageNumber(req), kPerPage, list->total);
  return ctx.ConsolePage(page, "/console/consultations", status);
}

Response GetComments(Request& req, Context& ctx) { return CommentsPage(req, ctx, {}, 200); }

// Back to the list the action came from (its query kept in `back`).
std::string BackUrl(const Request& req) {
  const std::string back = req.Form("back");
  const std::string base = CommentsUrl(Id(req));
  return back.starts_with(base) ? back : base;
}

Response AfterComment(Request& req, Context& ctx, const Status& s, const FieldErrors& errors, const std::string& done) {
  return web::AfterAction(ctx, s, errors, BackUrl(req), done,
                          [&](const FieldErrors& e, int status) { return CommentsPage(req, ctx, e, status); });
}

Response PostPublishComment(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s =
      Consultations(ctx).Moderate(ctx.actor(), *ctx.user(), Id(req), web::ParseId(req.Param("cid")), true, "", &errors);
  return AfterComment(req, ctx, s, errors, "已公开该意见。");
}

Response PostHideComment(Request& req, Context& ctx) {
  FieldErrors errors;
  Status s = Consultations(ctx).Moderate(ctx.actor(), *ctx.user(), Id(req), web::ParseId(req.Param("cid")), false,
                                         req.Form("reason"), &errors);
  return AfterComment(req, ctx, s, errors, "该意见不予公开，提交人凭查询码可看到理由。");
}

Response PostDecide(Request& req, Context& ctx) {
  std::vector<int64_t> ids;
  for (auto [it, end] = req.form.equal_range("ids"); it != end; ++it)
    if (int64_t id = web::ParseId(it->second)) ids.push_back(id);
  FieldErrors errors;
  auto n = Consultations(ctx).Decide(ctx.actor(), *ctx.user(), Id(req), ids, req.Form("decision"), req.Form("reason"),
                                     &errors);
  return AfterComment(req, ctx, n.status(), errors, "已处理 " + std::to_string(n.ok() ? n.value() : 0) + " 条意见。");
}

const std::vector<std::string>& ExportHeadings() {
  static const std::vector<std::string> k = {"编号",     "提交时间", "针对条款",     "姓名",     "联系方式",
                                             "意见内容", "公开状态", "不予公开理由", "处理结果", "理由"};
  return k;
}

std::vector<std::string> ExportCells(const Comment& m) {
  return {std::to_string(m.id),
          FormatChinaTime(m.created_at, "%Y-%m-%d %H:%M"),
          ArticleLabel(m.article),
          m.author_name,
          m.contact,
          m.body,
          CommentStateLabel(m.state),
          m.hide_reason,
          DecisionLabel(m.decision),
          m.decision_reason};
}

// Every comment with its decision, for the file: CSV (the default) or XLSX.
Response GetExport(Request& req, Context& ctx) {
  auto c = Mine(ctx, Id(req));
  if (!c.ok()) return ctx.FromStatus(c.status());
  web::Table t{"意见征集" + std::to_string(c->id) + "-意见及处理情况",
               "意见及处理情况",
               ExportHeadings(),
               {8, 18, 10, 12, 18, 60, 10, 20, 14, 40},
               {}};
  if (Status s = Consultations(ctx).ForEachComment(c->id, [&](const Comment& m) { t.rows.push_back(ExportCells(m)); });
      !s.ok())
    return ctx.FromStatus(s);
  return web::TableDownload(ctx, req, std::move(t));
}

}  // namespace

void RegisterCommentRoutes(web::Site& site) {
  const web::Guard manage = web::Staff(access::Permission::kManageConsultations);
  site.Add("GET", "/console/consultations/{id:int}/comments", manage, GetComments);
  site.Add("POST", "/console/consultations/{id:int}/comments/{cid:int}/publish", manage, PostPublishComment);
  site.Add("POST", "/console/consultations/{id:int}/comments/{cid:int}/hide", manage, PostHideComment);
  site.Add("POST", "/console/consultations/{id:int}/decide", manage, PostDecide);
  site.Add("GET", "/console/consultations/{id:int}/export", manage, GetExport);
}

}  // namespace gk::consultations
