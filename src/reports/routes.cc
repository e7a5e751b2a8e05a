#include "reports/routes.h"

#include <nlohmann/json.hpp>

#include "auth/routes.h"
#include "common/strings.h"
#include "files/sheet.h"
#include "files/store.h"
#include "reports/charts.h"
#include "web/forms.h"

namespace gk::reports {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

std::vector<int64_t> MyAgencies(Context& ctx) { return ctx.scope().Agencies(access::Permission::kCompileReports); }

int64_t AgencyParam(const Request& req) { return web::ParseId(req.Param("agency")); }
int YearParam(const Request& req) { return static_cast<int>(web::ParseId(req.Param("year"))); }

std::string ReportUrl(int64_t agency, int year) {
  return "/console/reports/" + std::to_string(agency) + "/" + std::to_string(year);
}

// Refuses a report of an agency the user does not compile reports for.
std::optional<Response> Refuse(Context& ctx, int64_t agency, int year) {
  if (!ctx.scope().Allows(access::Permission::kCompileReports, agency))
    return ctx.ErrorPage(403, "您不能编制该机构的年度报告。");
  if (!IsReportYear(year)) return ctx.ErrorPage(404, "没有这一年度的报告。");
  return std::nullopt;
}

Response ListPage(Request& req, Context& ctx) {
  auto agencies = auth::Svc(ctx)->ListAgencies();
  if (!ctx.Got(agencies)) return ctx.ErrorPage(503, "");
  const int this_year = Reports(ctx).Today().year();
  int year = static_cast<int>(web::ParseId(req.Query("year")));
  if (!IsReportYear(year)) year = this_year - 1;
  Page page("政府信息公开年度报告", "console/annual_reports.tpl");
  auto& d = page.content();
  d.SetIntValue("YEAR", year);
  for (int y = this_year; y >= this_year - 6; --y)
    web::AddOption(d, "YEARS", std::to_string(y), std::to_string(y) + " 年度", std::to_string(year));
  const auto mine = MyAgencies(ctx);
  for (const auto& a : agencies.value()) {
    if (std::find(mine.begin(), mine.end(), a.id) == mine.end()) continue;
    auto* row = d.AddSectionDictionary("AGENCIES");
    row->SetValue("NAME", a.name);
    row->SetValue("URL", ReportUrl(a.id, year));
    row->SetIntValue("ID", static_cast<long>(a.id));
    auto item = ctx.Get<RouteDeps>().item_status(ReportSource(a.id, year));
    if (item.ok() && item.value()) {
      row->SetValueAndShowSection("STATE", item.value()->state_label, "ITEM");
      row->SetIntValue("ITEM_ID", static_cast<long>(item.value()->id));
    } else {
      row->ShowSection("NO_ITEM");
    }
  }
  if (mine.empty()) d.ShowSection("NO_AGENCIES");
  return ctx.ConsolePage(page, "/console/reports");
}

void FillEntries(ctemplate::TemplateDictionary& d, const AnnualReport& r, const Entries& e) {
  d.SetValue("OVERVIEW", e.overview.empty() ? r.overview_draft : e.overview);
  if (e.overview.empty()) d.ShowSection("OVERVIEW_DRAFTED");
  d.SetValue("PROBLEMS", e.problems);
  d.SetValue("OTHER_MATTERS", e.other_matters);
  if (!Trim(r.last_problems).empty()) d.SetValueAndShowSection("TEXT", r.last_problems, "LAST_PROBLEMS");
  d.SetValue("FEES", e.fees);
  if (e.enforcement_entered) d.ShowSection("ENFORCEMENT_ENTERED");
  d.SetIntValue("LICENSING", static_cast<long>(e.enforcement.licensing));
  d.SetIntValue("PENALTY", static_cast<long>(e.enforcement.penalty));
  d.SetIntValue("COERCION", static_cast<long>(e.enforcement.coercion));
  d.SetValue("ENFORCEMENT_NOTE", e.enforcement_note);
}

Response ReportPage(Context& ctx, int64_t agency, int year, const Entries* typed, const FieldErrors& errors,
                    int status) {
  auto r = Reports(ctx).Compose(agency, year);
  if (!ctx.Got(r)) return ctx.FromStatus(r.status());
  Page page(ReportTitle(*r), "console/annual_report.tpl");
  auto& d = page.content();
  d.SetValue("TITLE", ReportTitle(*r));
  d.SetIntValue("YEAR", year);
  d.SetValue("URL", ReportUrl(agency, year));
  d.SetValue("AGENCY", r->agency_name);
  d.SetValue("CHART_URL", ChartUrl(agency, year));
  for (const auto& f : r->findings) {
    auto* x = d.AddSectionDictionary(f.blocking ? "BLOCKING" : "WARNINGS");
    x->SetValue("MSG", f.message);
  }
  if (r->Publishable()) d.ShowSection("PUBLISHABLE");
  FillEntries(d, *r, typed ? *typed : r->entries);
  d.SetValue("PREVIEW_HTML", ReportBodyHtml(*r));
  auto item = ctx.Get<RouteDeps>().item_status(ReportSource(agency, year));
  if (item.ok() && item.value()) {
    auto* x = d.AddSectionDictionary("ITEM");
    x->SetValue("STATE", item.value()->state_label);
    x->SetValue("URL", "/console/items/" + std::to_string(item.value()->id));
  }
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  return ctx.ConsolePage(page, "/console/reports", status);
}

Response Download(Context& ctx, const AnnualReport& r, const std::string& format) {
  Response out;
  const std::string name = ReportTitle(r);
  if (format == "json") {
    out.body = ReportJson(r);
    out.SetHeader("Content-Type", "application/json; charset=utf-8");
    out.SetHeader("Content-Disposition", files::ContentDisposition(name + ".json"));
  } else if (format == "xlsx") {
    auto x = ReportXlsx(r, ctx.Get<RouteDeps>().tmp_dir);
    if (!x.ok()) return ctx.FromStatus(x.status());
    out.body = std::move(x).value();
    out.SetHeader("Content-Type", files::kXlsxType);
    out.SetHeader("Content-Disposition", files::ContentDisposition(name + ".xlsx"));
  } else {
    out.body = ReportHtml(r);
    out.SetHeader("Content-Type", "text/html; charset=utf-8");
  }
  out.SetHeader("Cache-Control", "no-store");
  return out;
}

Response GetReport(Request& req, Context& ctx) {
  const int64_t agency = AgencyParam(req);
  const int year = YearParam(req);
  if (auto refused = Refuse(ctx, agency, year)) return *refused;
  const std::string format = req.Query("format");
  if (format.empty()) return ReportPage(ctx, agency, year, nullptr, {}, 200);
  if (format != "json" && format != "xlsx" && format != "html")
    return ctx.ErrorPage(400, "下载格式应为 json、xlsx 或 html。");
  auto r = Reports(ctx).Compose(agency, year);
  if (!ctx.Got(r)) return ctx.FromStatus(r.status());
  return Download(ctx, r.value(), format);
}

// A count as typed: Invalid-field when it is not a whole number.
int64_t Count(const Request& req, const char* field, FieldErrors* errors) {
  const std::string typed = Trim(req.Form(field));
  if (typed.empty()) return 0;
  int64_t n = web::ParseId(typed);
  if (n == 0 && typed != "0") {
    errors->Add(field, "请填写 0 或正整数");
    return 0;
  }
  return n;
}

Response PostReport(Request& req, Context& ctx) {
  const int64_t agency = AgencyParam(req);
  const int year = YearParam(req);
  if (auto refused = Refuse(ctx, agency, year)) return *refused;
  Entries e;
  FieldErrors errors;
  e.overview = req.Form("overview");
  e.problems = req.Form("problems");
  e.other_matters = req.Form("other_matters");
  e.fees = req.Form("fees");
  e.enforcement_entered = req.Form("enforcement_entered") == "1";
  e.enforcement.licensing = Count(req, "licensing", &errors);
  e.enforcement.penalty = Count(req, "penalty", &errors);
  e.enforcement.coercion = Count(req, "coercion", &errors);
  e.enforcement_note = req.Form("enforcement_note");
  // The counts' own problems and the rest, all at once.
  Status s = Reports(ctx).SaveEntries(ctx.actor(), *ctx.user(), agency, year, e, &errors);
  auto again = [&](const FieldErrors& errs, int status) { return ReportPage(ctx, agency, year, &e, errs, status); };
  return web::AfterAction(ctx, s, errors, ReportUrl(agency, year), "已保存。", again);
}

Response PostDraft(Request& req, Context& ctx) {
  const int64_t agency = AgencyParam(req);
  const int year = YearParam(req);
  if (auto refused = Refuse(ctx, agency, year)) return *refused;
  auto r = Reports(ctx).Compose(agency, year);
  if (!ctx.Got(r)) return ctx.FromStatus(r.status());
  auto again = [&](const FieldErrors& errs, int status) {
    return ReportPage(ctx, agency, year, nullptr, errs, status);
  };
  FieldErrors errors;
  if (!r->Publishable()) {
    errors.Add("report", "表三不平衡，不能生成信息草稿：请先处理页面上列出的问题。");
    return again(errors, 409);
  }
  const auto& deps = ctx.Get<RouteDeps>();
  auto id = deps.put_item(ctx.actor(), *ctx.user(), ReportItem(r.value(), deps.column, Reports(ctx).Today()), &errors);
  Status s = id.ok() ? Reports(ctx).RecordDrafted(ctx.actor(), *ctx.user(), r.value()) : id.status();
  const std::string url = "/console/items/" + std::to_string(id.ok() ? id.value() : 0);
  return web::AfterAction(ctx, s, errors, url, "已按最新记录生成“" + ReportTitle(*r) + "”，请核对后提交审核。", again);
}

std::string InterpretationSource(int64_t agency, int year) { return ReportSource(agency, year) + "/interpretation"; }

// 文字解读: drafted from the report as drafted for publication.
Response PostInterpretation(Request& req, Context& ctx) {
  const int64_t agency = AgencyParam(req);
  const int year = YearParam(req);
  if (auto refused = Refuse(ctx, agency, year)) return *refused;
  auto again = [&](const FieldErrors& errs, int status) {
    return ReportPage(ctx, agency, year, nullptr, errs, status);
  };
  FieldErrors errors;
  auto drafted = Reports(ctx).Drafted(agency, year);
  if (!drafted.ok()) {
    if (drafted.status().code() != Code::kNotFound) return ctx.FromStatus(drafted.status());
    errors.Add("report", "请先生成年度报告的信息草稿，再生成解读。");
    return again(errors, 409);
  }
  auto last = Reports(ctx).Recorded(agency, year - 1);
  if (!ctx.Got(last)) return ctx.FromStatus(last.status());
  auto body = InterpretationMarkdown(drafted.value(), ChartUrl(agency, year), last.value());
  if (!body.ok()) return ctx.FromStatus(body.status());
  auto r = Reports(ctx).Compose(agency, year);
  if (!ctx.Got(r)) return ctx.FromStatus(r.status());
  const auto& deps = ctx.Get<RouteDeps>();
  GeneratedItem g = ReportItem(r.value(), deps.column, Reports(ctx).Today());
  g.source = InterpretationSource(agency, year);
  g.title = "《" + ReportTitle(*r) + "》解读";
  g.summary = "以文字和图表解读" + r->agency_name + std::to_string(year) + "年政府信息公开工作年度报告的主要数据。";
  g.body_md = body.value();
  g.genre = "解读";
  auto id = deps.put_item(ctx.actor(), *ctx.user(), g, &errors);
  const std::string url = "/console/items/" + std::to_string(id.ok() ? id.value() : 0);
  return web::AfterAction(ctx, id.status(), errors, url, "已生成“" + g.title + "”，请修改完善后提交审核。", again);
}

// 一图读懂: the published report's main figures as charts with their tables.
Response ChartPage(Request& req, Context& ctx) {
  const int64_t agency = AgencyParam(req);
  const int year = YearParam(req);
  auto item = ctx.Get<RouteDeps>().item_status(ReportSource(agency, year));
  if (!item.ok()) return ctx.FromStatus(item.status());
  if (!item.value() || item.value()->stage != GeneratedItemStatus::Stage::kPublished)
    return ctx.ErrorPage(404, "该年度报告尚未发布。");
  auto drafted = Reports(ctx).Drafted(agency, year);
  if (!drafted.ok()) return ctx.FromStatus(drafted.status());
  auto charts = ReportCharts(drafted.value());
  if (!charts.ok()) return ctx.FromStatus(charts.status());
  auto report = nlohmann::json::parse(drafted.value(), nullptr, false);
  const std::string title = report.is_discarded() ? "" : report.value("title", "");
  Page page("一图读懂：" + title, "public/report_chart.tpl");
  auto& d = page.content();
  d.SetValue("TITLE", title);
  d.SetValue("REPORT_URL", "/items/" + item.value()->index_no);
  int n = 0;
  for (const auto& c : charts.value()) {
    auto* x = d.AddSectionDictionary("CHARTS");
    x->SetValue("TITLE", c.title);
    x->SetValue("ID", "chart-" + std::to_string(++n));
    x->SetValue("SVG_HTML", BarChartSvg(c, "chart-" + std::to_string(n)));
    for (const auto& b : c.bars) {
      auto* row = x->AddSectionDictionary("BARS");
      row->SetValue("LABEL", b.label);
      row->SetIntValue("VALUE", static_cast<long>(b.value));
      row->SetValue("UNIT", c.unit);
    }
  }
  return ctx.PublicPage(page, ChartUrl(agency, year));
}

// The figures of a report before the platform as the form holds them; every
// number typed wrong under its field.
PriorReport PriorOfForm(const Request& req, ReportFormat format, FieldErrors* errors) {
  PriorReport p;
  p.format = format;
  const auto& layout = Table2Layout(format);
  for (size_t b = 0; b < layout.size(); ++b)
    for (size_t r = 0; r < layout[b].rows.size(); ++r)
      for (size_t c = 0; c < layout[b].headings.size(); ++c)
        p.t2[Table2Key(layout[b].block, layout[b].rows[r], layout[b].headings[c])] =
            Trim(req.Form(Table2Field(b, r, c)));
  for (size_t r = 0; r < p.t3.size(); ++r)
    for (size_t c = 0; c < p.t3[r].size(); ++c) {
      const std::string field = Table3Field(r, c);
      p.t3[r][c] = Count(req, field.c_str(), errors);
    }
  for (size_t i = 0; i < p.t4.size(); ++i) {
    const std::string field = Table4Field(i);
    p.t4[i] = Count(req, field.c_str(), errors);
  }
  return p;
}

// One input of the prior-report form.
void AddCell(ctemplate::TemplateDictionary& row, const std::string& field, const std::string& label,
             const std::string& value, const FieldErrors& errors) {
  auto* cell = row.AddSectionDictionary("CELLS");
  cell->SetValue("FIELD", field);
  cell->SetValue("LABEL", label);
  cell->SetValue("VALUE", value);
  if (!errors.Get(field).empty()) cell->ShowSection("ERR");
}

void FillPriorTables(ctemplate::TemplateDictionary& d, const PriorReport& p, const FieldErrors& errors) {
  const auto& layout = Table2Layout(p.format);
  for (size_t b = 0; b < layout.size(); ++b) {
    auto* block = d.AddSectionDictionary("T2_BLOCKS");
    block->SetValue("BLOCK", layout[b].block);
    for (const auto& h : layout[b].headings) block->AddSectionDictionary("HEADINGS")->SetValue("TEXT", h);
    for (size_t r = 0; r < layout[b].rows.size(); ++r) {
      auto* row = block->AddSectionDictionary("ROWS");
      row->SetValue("LABEL", layout[b].rows[r]);
      for (size_t c = 0; c < layout[b].headings.size(); ++c) {
        auto it = p.t2.find(Table2Key(layout[b].block, layout[b].rows[r], layout[b].headings[c]));
        AddCell(*row, Table2Field(b, r, c), layout[b].rows[r] + " " + layout[b].headings[c],
                it == p.t2.end() ? "" : it->second, errors);
      }
    }
  }
  for (const auto& c : Table3Columns()) d.AddSectionDictionary("T3_COLUMNS")->SetValue("TEXT", c);
  for (size_t r = 0; r < p.t3.size(); ++r) {
    auto* row = d.AddSectionDictionary("T3_ROWS");
    row->SetValue("LABEL", PriorTable3Rows()[r]);
    for (size_t c = 0; c < p.t3[r].size(); ++c)
      AddCell(*row, Table3Field(r, c), PriorTable3Rows()[r] + " " + Table3Columns()[c], std::to_string(p.t3[r][c]),
              errors);
  }
  for (const auto& c : Table4Columns()) d.AddSectionDictionary("T4_COLUMNS")->SetValue("TEXT", c);
  for (size_t g = 0; g < Table4Groups().size(); ++g) {
    auto* row = d.AddSectionDictionary("T4_ROWS");
    row->SetValue("LABEL", Table4Groups()[g]);
    for (size_t c = 0; c < 5; ++c)
      AddCell(*row, Table4Field(g * 5 + c), Table4Groups()[g] + " " + Table4Columns()[c],
              std::to_string(p.t4[g * 5 + c]), errors);
  }
}

// The year and template chosen (?year=&format=, or the form's hidden
// fields); the template defaults to the year's.
std::pair<int, ReportFormat> PriorChoice(const Request& req, bool form) {
  const int year = static_cast<int>(web::ParseId(Trim(form ? req.Form("year") : req.Query("year"))));
  ReportFormat f = FormatOfYear(year);
  ParseReportFormat(form ? req.Form("format") : req.Query("format"), &f);
  return {year, f};
}

Response PriorPage(Context& ctx, int64_t agency, int year, const PriorReport& p, const FieldErrors& errors,
                   int status) {
  Page page("录入以往年度报告数据", "console/annual_report_prior.tpl");
  auto& d = page.content();
  d.SetIntValue("AGENCY_ID", static_cast<long>(agency));
  d.SetValue("YEAR", year ? std::to_string(year) : "");
  for (auto f : {ReportFormat::k2021, ReportFormat::k2019})
    web::AddOption(d, "FORMATS", ReportFormatCode(f), ReportFormatLabel(f), ReportFormatCode(p.format));
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::SetFieldErrors(d, errors);
  if (IsReportYear(year)) {
    auto* form = d.AddSectionDictionary("TABLES");
    form->SetValue("FORMAT", ReportFormatCode(p.format));
    form->SetValue("FORMAT_LABEL", ReportFormatLabel(p.format));
    FillPriorTables(*form, p, errors);
    for (const auto& w : PriorWarnings(p)) form->AddSectionDictionary("WARNINGS")->SetValue("MSG", w);
  }
  return ctx.ConsolePage(page, "/console/reports", status);
}

Response GetPrior(Request& req, Context& ctx) {
  const int64_t agency = AgencyParam(req);
  if (auto refused = Refuse(ctx, agency, 2008)) return *refused;
  auto [year, format] = PriorChoice(req, false);
  PriorReport p;
  p.format = format;
  if (IsReportYear(year)) {
    auto entered = Reports(ctx).Entered(agency, year);
    if (!ctx.Got(entered)) return ctx.FromStatus(entered.status());
    if (entered->has_value() && (*entered)->format == format) p = **entered;
  }
  return PriorPage(ctx, agency, year, p, {}, 200);
}

Response PostPrior(Request& req, Context& ctx) {
  const int64_t agency = AgencyParam(req);
  if (auto refused = Refuse(ctx, agency, 2008)) return *refused;
  auto [year, format] = PriorChoice(req, true);
  FieldErrors errors;
  const PriorReport p = PriorOfForm(req, format, &errors);
  // Called with the form's own problems too, so the year's are named with them.
  Status s = Reports(ctx).EnterPrior(ctx.actor(), *ctx.user(), agency, year, p, &errors);
  auto again = [&](const FieldErrors& errs, int status) { return PriorPage(ctx, agency, year, p, errs, status); };
  return web::AfterAction(ctx, s, errors, IsReportYear(year) ? ReportUrl(agency, year + 1) : "/console/reports",
                          "已录入 " + std::to_string(year) + " 年度报告的数据，将用于下一年度的核对。", again);
}

}  // namespace

std::string ReportSource(int64_t agency, int year) {
  return "annual-report/" + std::to_string(agency) + "/" + std::to_string(year);
}

GeneratedItem ReportItem(const AnnualReport& r, const std::string& column, Date today) {
  GeneratedItem g;
  g.source = ReportSource(r.agency_id, r.year);
  g.agency_id = r.agency_id;
  g.column_code = column;
  g.title = ReportTitle(r);
  g.summary = "根据《中华人民共和国政府信息公开条例》第五十条，公布" + r.agency_name + std::to_string(r.year) +
              "年政府信息公开工作年度报告。";
  g.body_md = ReportMarkdown(r);
  g.topic = "综合政务";
  g.genre = "报告";
  g.category = "其他文件";
  g.keywords = "政府信息公开 年度报告";
  g.written_on = today;
  return g;
}

void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d) {
  const auto mine = MyAgencies(ctx);
  if (mine.empty()) return;
  const Date today = Reports(ctx).Today();
  if (today.month() > 3) return;  // the reminder runs from January until the report is out
  const int year = today.year() - 1;
  int missing = 0;
  for (int64_t agency : mine) {
    auto item = ctx.Get<RouteDeps>().item_status(ReportSource(agency, year));
    if (item.ok() && !(item.value() && item.value()->stage == GeneratedItemStatus::Stage::kPublished)) ++missing;
  }
  if (missing == 0) return;
  auto* x = d.AddSectionDictionary("ANNUAL_REPORT_DUE");
  x->SetIntValue("YEAR", year);
  x->SetIntValue("N", missing);
  x->SetValue("ALERT", today.month() > 1 ? "alert-error" : "alert-info");
  if (today.month() > 1) x->ShowSection("LATE");
}

void RegisterConsoleRoutes(web::Site& site) {
  const web::Guard compile = web::Staff(access::Permission::kCompileReports);
  site.Add("GET", "/console/reports", compile, ListPage);
  site.Add("GET", "/console/reports/{agency:int}/{year:int}", compile, GetReport);
  site.Add("POST", "/console/reports/{agency:int}/{year:int}", compile, PostReport);
  site.Add("POST", "/console/reports/{agency:int}/{year:int}/draft", compile, PostDraft);
  site.Add("POST", "/console/reports/{agency:int}/{year:int}/interpretation", compile, PostInterpretation);
  site.Add("GET", "/console/reports/{agency:int}/prior", compile, GetPrior);
  site.Add("POST", "/console/reports/{agency:int}/prior", compile, PostPrior);
}

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/reports/{agency:int}/{year:int}/chart", web::Public(), ChartPage);
}

}  // namespace gk::reports
