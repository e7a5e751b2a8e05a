// Console pages of 依申请公开 over many cases: the annual tables 三 and 四,
// the case library, statistics, the masked export, and the agencies' signers.
#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "applications/console.h"
#include "auth/routes.h"
#include "catalogue/model.h"
#include "common/idcard.h"
#include "common/strings.h"
#include "http/forms.h"
#include "web/forms.h"

namespace gk::applications {
namespace {

using console::FillRow;
using console::HandledAgencies;
using console::ParseInt;
using console::SetPage;
using console::Svc;
using http::Request;
using http::Response;
using web::Context;
using web::Page;

// ---------------------------------------------------------------------------
// Annual tables 三 and 四.

// The agencies a table or statistic covers: ?agency=ID when the user handles
// its applications, else every agency they handle.
std::vector<int64_t> ReportAgencies(Context& ctx, const Request& req) {
  const int64_t want = web::ParseId(req.Query("agency"));
  if (want == 0) return HandledAgencies(ctx);
  if (ctx.scope().Allows(access::Permission::kHandleApplications, want)) return {want};
  return {-1};
}

Response GetReport(Request& req, Context& ctx) {
  auto& svc = Svc(ctx);
  int year = ParseInt(req.Query("year"));
  if (req.Query("year").empty()) year = svc.Today().year() - 1;
  auto t = svc.reports().Tables(year, ReportAgencies(ctx, req));
  if (!t.ok()) {
    if (t.status().code() == Code::kInvalid) return ctx.ErrorPage(400, "年份无效，请输入如 2025 的四位年份。");
    return ctx.FromStatus(t.status());
  }
  const std::string format = req.Query("format");
  if (format == "json") {
    auto r = Response::Text(TablesJson(*t), 200);
    r.SetHeader("Content-Type", "application/json; charset=utf-8");
    return r;
  }
  if (format == "csv") {
    auto r = Response::Text(TablesCsv(*t, CsvWriter::Bom::kExcel), 200);
    r.SetHeader("Content-Type", "text/csv; charset=utf-8");
    r.SetHeader("Content-Disposition", "attachment; filename=\"applications-" + std::to_string(year) + ".csv\"");
    return r;
  }
  Page page("年度报告统计", "console/application_report.tpl");
  auto& d = page.content();
  d.SetIntValue("YEAR", year);
  for (const auto& c : Table3Columns()) d.AddSectionDictionary("T3_COLUMNS")->SetValue("LABEL", c);
  for (const auto& r : Table3Rows(*t)) {
    auto* x = d.AddSectionDictionary("T3_ROWS");
    x->SetValue("LABEL", r.label);
    if (r.heading) x->ShowSection("HEADING");
    if (r.has_values)
      for (int64_t v : r.values) x->AddSectionDictionary("VALUES")->SetIntValue("V", static_cast<long>(v));
    else x->AddSectionDictionary("EMPTY")->SetIntValue("SPAN", kColumns);
  }
  for (int64_t v : t->t4) d.AddSectionDictionary("T4_VALUES")->SetIntValue("V", static_cast<long>(v));
  if (t->balanced) d.ShowSection("BALANCED");
  else {
    auto* x = d.AddSectionDictionary("UNBALANCED");
    for (const auto& b : t->imbalances) {
      auto* y = x->AddSectionDictionary("BAD");
      y->SetIntValue("ID", static_cast<long>(b.id));
      y->SetValue("NUMBER", b.number);
      y->SetValue("PROBLEM", b.problem);
    }
  }
  return ctx.ConsolePage(page, "/console/applications/report");
}

// 案例库: closed cases by outcome, sub-reason, topic and text.
Response GetCases(Request& req, Context& ctx) {
  auto& svc = Svc(ctx);
  store::Filter f;
  f.agencies = HandledAgencies(ctx);
  f.states = {State::kClosed, State::kArchived};
  f.order_by_due = false;
  const std::string q = std::string(Trim(req.Query("q"))).substr(0, 300);
  // Chinese full text through the index (n-grams), else a plain LIKE.
  if (!q.empty()) {
    auto ids = svc.SearchIds(q, f.agencies.size() == 1 ? f.agencies : std::vector<int64_t>{}, 100);
    if (ids.ok()) {
      f.use_ids = true;
      f.ids = ids.value();
    } else {
      f.text = q;
    }
  }
  Outcome o;
  if (ParseOutcome(req.Query("outcome"), &o)) f.outcome_prefix = OutcomeCode(o);
  else if (int row = ParseInt(req.Query("outcome")); row >= 1 && row <= 6) f.outcome_prefix = std::to_string(row);
  const auto& topics = catalogue::Topics();
  if (std::find(topics.begin(), topics.end(), req.Query("topic")) != topics.end()) f.topic = req.Query("topic");
  const int page_no = SetPage(f, req);
  int64_t total = 0;
  auto list = svc.List(f, &total);
  if (!list.ok()) return ctx.FromStatus(list.status());
  Page page("案例库", "console/application_cases.tpl");
  auto& d = page.content();
  d.SetValue("Q", q);
  for (int row = 1; row <= 6; ++row) {
    auto* x = d.AddSectionDictionary("OUTCOME_OPTIONS");
    x->SetValue("VALUE", std::to_string(row));
    x->SetValue("LABEL", OutcomeRowTitle(row));
    if (f.outcome_prefix == std::to_string(row)) x->ShowSection("SELECTED");
    for (int sub = 1; sub <= OutcomeSubCount(row); ++sub) {
      auto* y = d.AddSectionDictionary("OUTCOME_OPTIONS");
      y->SetValue("VALUE", OutcomeCode({row, sub}));
      y->SetValue("LABEL", "　" + OutcomeLabel({row, sub}));
      if (f.outcome_prefix == OutcomeCode({row, sub})) y->ShowSection("SELECTED");
    }
  }
  for (const auto& t : topics) {
    auto* x = d.AddSectionDictionary("TOPIC_OPTIONS");
    x->SetValue("VALUE", t);
    if (t == f.topic) x->ShowSection("SELECTED");
  }
  for (const auto& a : list.value()) {
    FillRow(d, a, svc.Today(), false);
  }
  d.SetIntValue("TOTAL", static_cast<long>(total));
  if (list->empty()) d.ShowSection("EMPTY");
  web::SetPagination(d,
                     "/console/applications/cases?q=" + http::PercentEncode(q) + "&outcome=" +
                         http::PercentEncode(f.outcome_prefix) + "&topic=" + http::PercentEncode(f.topic) + "&",
                     page_no, f.limit, total);
  return ctx.ConsolePage(page, "/console/applications");
}

// Statistics of a year's applications.
Response GetStats(Request& req, Context& ctx) {
  auto& svc = Svc(ctx);
  int year = ParseInt(req.Query("year"));
  if (req.Query("year").empty()) year = svc.Today().year();
  if (year < 2000 || year > 9998) return ctx.ErrorPage(400, "年份无效，请输入如 2025 的四位年份。");
  const Date first = *Date::FromYmd(year, 1, 1), last = *Date::FromYmd(year, 12, 31);
  auto st = svc.reports().Statistics(ReportAgencies(ctx, req), first, last);
  if (!st.ok()) return ctx.FromStatus(st.status());
  Page page("依申请公开统计", "console/application_stats.tpl");
  auto& d = page.content();
  d.SetIntValue("YEAR", year);
  d.SetIntValue("TOTAL", static_cast<long>(st->total));
  std::map<std::string, std::string> dept_names;
  if (auto depts = auth::Svc(ctx)->ListDepartments(0); depts.ok())
    for (const auto& dp : depts.value()) dept_names[std::to_string(dp.id)] = dp.name;
  auto block = [&](const char* title, const std::vector<std::pair<std::string, int64_t>>& rows,
                   const std::function<std::string(const std::string&)>& label) {
    auto* b = d.AddSectionDictionary("BLOCKS");
    b->SetValue("TITLE", title);
    for (const auto& [key, n] : rows) {
      auto* r = b->AddSectionDictionary("ROWS");
      r->SetValue("LABEL", label(key));
      r->SetIntValue("N", static_cast<long>(n));
      r->SetIntValue("MAX", static_cast<long>(std::max<int64_t>(st->total, 1)));
    }
    if (rows.empty()) b->ShowSection("NONE");
  };
  block("按月份（收到申请）", st->by_month, [](const std::string& k) { return k.empty() ? "未接收" : k; });
  block("按申请渠道", st->by_channel, [](const std::string& k) { return std::string(LabelOf(Channels(), k)); });
  block("按申请人类型", st->by_type, [](const std::string& k) { return std::string(LabelOf(ApplicantTypes(), k)); });
  block("按协查部门", st->by_department, [&](const std::string& k) {
    return k == "0" ? std::string("未交办") : dept_names.count(k) ? dept_names[k] : k;
  });
  block("按主题分类", st->by_topic, [](const std::string& k) { return k.empty() ? std::string("未设置") : k; });
  std::vector<std::pair<std::string, int64_t>> by_outcome;
  for (const auto& [o, n] : st->by_outcome) by_outcome.push_back({o ? OutcomeLabel(*o) : "尚未办结", n});
  block("按办理结果", by_outcome, [](const std::string& label) { return label; });
  return ctx.ConsolePage(page, "/console/applications/report");
}

// CSV of the cases in a list view, personal data masked (ID and phone
// numbers); the export is audited.
Response GetExport(Request& req, Context& ctx) {
  auto& svc = Svc(ctx);
  store::Filter f;  // the 公开办's own agencies, never 协查 cases of others
  f.agencies = HandledAgencies(ctx);
  f.order_by_due = false;
  f.limit = 100000;
  int year = ParseInt(req.Query("year"));
  if (year >= 2000 && year <= 9998) {
    f.received_from = *Date::FromYmd(year, 1, 1);
    f.received_to = *Date::FromYmd(year, 12, 31);
  }
  int64_t total = 0;
  auto list = svc.List(f, &total);
  if (!list.ok()) return ctx.FromStatus(list.status());
  CsvWriter out(CsvWriter::Bom::kExcel);
  out.Row({"申请编号", "申请人类型", "申请人", "证件号码", "联系电话", "申请渠道", "收到日期", "答复期限", "状态",
           "办理结果", "办结日期", "申请内容"});
  for (const auto& a : list.value()) {
    std::string outcome = a.outcome && a.closed_on ? OutcomeLabel(*a.outcome) : "";
    out.Row({a.number, ApplicantTypes()[static_cast<size_t>(a.applicant_type)].label, a.applicant_name,
             MaskIdNumber(a.id_number), MaskPhone(a.phone), LabelOf(Channels(), a.channel), DateText(a.received_on),
             DateText(a.due_on), StateLabel(a.state), outcome, DateText(a.closed_on), a.description});
  }
  Status audited =
      svc.AuditExport(ctx.actor(), f.agencies.size() == 1 ? f.agencies[0] : 0,
                      "导出依申请公开申请 " + std::to_string(list->size()) + " 件（证件号码、电话已脱敏）");
  if (!audited.ok()) return ctx.FromStatus(audited);
  auto r = Response::Text(out.text(), 200);
  r.SetHeader("Content-Type", "text/csv; charset=utf-8");
  r.SetHeader("Content-Disposition", "attachment; filename=\"applications.csv\"");
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

Response GetSigners(Request&, Context& ctx) {
  Page page("答复审签人", "console/application_signers.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  auto agencies = auth::Svc(ctx)->ListAgencies();
  auto users = auth::Svc(ctx)->ListUsers(nullptr);
  if (!agencies.ok() || !users.ok()) return ctx.ErrorPage(503);
  const access::AgencyTree tree(agencies.value());
  for (const auto& a : agencies.value()) {
    if (!ctx.scope().Allows(access::Permission::kManageAgencies, a.id)) continue;
    auto* x = d.AddSectionDictionary("AGENCIES");
    x->SetIntValue("ID", static_cast<long>(a.id));
    x->SetValue("NAME", a.name);
    auto signers = Svc(ctx).Signers(a.id);
    // Only staff of the 公开办 of this agency can sign its replies.
    const auto ancestors = tree.Ancestors(a.id);
    for (const auto& u : users.value()) {
      if (!access::AllowsFor(u, access::Permission::kHandleApplications, a.id, ancestors)) continue;
      auto* y = x->AddSectionDictionary("USERS");
      y->SetIntValue("AGENCY", static_cast<long>(a.id));
      y->SetIntValue("ID", static_cast<long>(u.id));
      y->SetValue("NAME", u.display_name.empty() ? u.username : u.display_name);
      y->SetValue("USERNAME", u.username);
      if (signers.ok() && std::find(signers->begin(), signers->end(), u.id) != signers->end())
        y->ShowSection("CHECKED");
    }
  }
  return ctx.ConsolePage(page, "/console/applications");
}

Response PostSigners(Request& req, Context& ctx) {
  const int64_t agency = web::ParseId(req.Param("agency"));
  std::vector<int64_t> ids;
  auto [b, e] = req.form.equal_range("signers");
  for (auto it = b; it != e; ++it)
    if (int64_t v = web::ParseId(it->second)) ids.push_back(v);
  Status s = Svc(ctx).SetSigners(ctx.actor(), ctx.user(), agency, ids);
  if (!s.ok()) {
    if (s.code() == Code::kInvalid || s.code() == Code::kNotFound)
      return ctx.RedirectWithFlash("/console/applications/signers", s.message(), false);
    return ctx.FromStatus(s);
  }
  return ctx.RedirectWithFlash("/console/applications/signers", "已保存审签人。");
}

}  // namespace

void console::RegisterReportRoutes(web::Site& site) {
  using access::Permission;
  site.Add("GET", "/console/applications/report", web::Staff(Permission::kHandleApplications), GetReport);
  site.Add("GET", "/console/applications/cases", web::Staff(Permission::kHandleApplications), GetCases);
  site.Add("GET", "/console/applications/stats", web::Staff(Permission::kHandleApplications), GetStats);
  site.Add("GET", "/console/applications/export", web::Staff(Permission::kHandleApplications), GetExport);
  site.Add("GET", "/console/applications/signers", web::Staff(Permission::kManageAgencies), GetSigners);
  site.Add("POST", "/console/applications/signers/{agency}", web::Staff(Permission::kManageAgencies), PostSigners);
}

}  // namespace gk::applications
