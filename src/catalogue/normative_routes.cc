// 规章 and 行政规范性文件 on the pages (normative.h): the public 现行有效 list
// of a year (/normative, /api/v1/normative) and the dashboard's warnings
// before 有效期至 (work plan 四(一): 立改废, 清理).
#include <nlohmann/json.hpp>

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

Date Today(Context& ctx) { return ChinaToday(*ctx.services().clock); }

// The day a year's list is taken on: the year's last day, or today for
// this year; none for a year outside 1949..this year.
std::optional<Date> ListDay(const Request& req, Date today) {
  const std::string typed = req.Query("year");
  if (typed.empty()) return today;
  const int64_t year = web::ParseId(typed);
  if (year < 1949 || year > today.year()) return std::nullopt;
  if (year == today.year()) return today;
  return Date::FromYmd(static_cast<int>(year), 12, 31).value();
}

// The documents in force on `day`: 规章 first, then 行政规范性文件, each by 成文日期.
std::vector<Item> InForce(const std::vector<Item>& all, Date day) {
  std::vector<Item> out;
  for (auto kind : {NormativeKind::kRule, NormativeKind::kNormative})
    for (const auto& i : all)
      if (i.normative.kind == kind && InForceOn(i, day)) out.push_back(i);
  return out;
}

Response NormativePage(Request& req, Context& ctx) {
  const Date today = Today(ctx);
  const auto day = ListDay(req, today);
  if (!day) return ctx.ErrorPage(404, "没有这一年度的现行有效文件目录。");
  auto all = Deps(ctx).catalogue->NormativeDocuments(nullptr);
  if (!ctx.Got(all)) return ctx.FromStatus(all.status());
  Page page("现行有效规章和行政规范性文件", "public/normative.tpl");
  auto& d = page.content();
  d.SetValue("DAY", day->ToString());
  int first = today.year();
  for (const auto& i : all.value()) first = std::min(first, NormativeIssuedOn(i).year());
  for (int y = today.year(); y >= first; --y)
    web::AddOption(d, "YEARS", std::to_string(y), std::to_string(y) + " 年", std::to_string(day->year()));
  int64_t n = 0;
  for (const auto& i : InForce(all.value(), *day)) {
    auto* row = d.AddSectionDictionary("DOCS");
    row->SetValue("KIND", NormativeKindLabel(i.normative.kind));
    row->SetValue("TITLE", i.title);
    row->SetValue("URL", "/items/" + i.index_no);
    row->SetValue("DOC_NO", i.doc_no);
    row->SetValue("EFFECTIVE_ON", DateText(i.normative.effective_on ? i.normative.effective_on : i.published_on));
    row->SetValue("EXPIRES_ON", i.normative.expires_on ? i.normative.expires_on->ToString() : "长期");
    ++n;
  }
  if (n == 0) d.ShowSection("EMPTY");
  d.SetIntValue("TOTAL", static_cast<long>(n));
  // Not cached: what is in force changes with the day (有效期至), not only with an edit.
  return ctx.PublicPage(page, "/normative");
}

Response ApiNormative(Request& req, Context& ctx) {
  const auto day = ListDay(req, Today(ctx));
  if (!day) return web::JsonError(400, "年份无效");
  auto all = Deps(ctx).catalogue->NormativeDocuments(nullptr);
  if (!all.ok()) return web::JsonError(503, "服务暂时不可用");
  nlohmann::json docs = nlohmann::json::array();
  for (const auto& i : InForce(all.value(), *day))
    docs.push_back({{"index_no", i.index_no},
                    {"title", i.title},
                    {"doc_no", i.doc_no},
                    {"kind", NormativeKindCode(i.normative.kind)},
                    {"kind_label", NormativeKindLabel(i.normative.kind)},
                    {"written_on", DateText(i.written_on)},
                    {"effective_on", DateText(i.normative.effective_on)},
                    {"expires_on", DateText(i.normative.expires_on)},
                    {"url", "/items/" + i.index_no}});
  auto r = http::Response::Text(nlohmann::json({{"on", day->ToString()}, {"total", docs.size()}, {"documents", docs}})
                                    .dump(),
                                200);
  r.SetHeader("Content-Type", "application/json; charset=utf-8");
  return r;
}

}  // namespace

void FillNormativeDashboard(Context& ctx, ctemplate::TemplateDictionary& d) {
  const auto mine = ctx.scope().Agencies(access::Permission::kEditItems);
  if (mine.empty()) return;
  auto docs = Deps(ctx).catalogue->NormativeDocuments(&mine);
  if (!docs.ok()) return;
  const Date today = Today(ctx);
  const Date horizon = today.AddDays(kExpiryWarningDays);
  ctemplate::TemplateDictionary* card = nullptr;
  for (const auto& i : docs.value()) {
    if (!i.normative.expires_on) continue;
    const Date end = *i.normative.expires_on;
    const bool marked_valid = i.validity == Validity::kValid || i.validity == Validity::kNone;
    const bool lapsed = end < today && marked_valid;
    if (!lapsed && !(InForceOn(i, today) && end <= horizon)) continue;
    if (!card) card = d.AddSectionDictionary("NORMATIVE_EXPIRING");
    auto* row = card->AddSectionDictionary("DOCS");
    row->SetValue("TITLE", i.title);
    row->SetValue("URL", "/console/items/" + std::to_string(i.id));
    row->SetValue("EXPIRES_ON", end.ToString());
    if (lapsed) row->ShowSection("LAPSED");
    else
      row->AddSectionDictionary("LEFT")->SetIntValue("DAYS",
                                                     static_cast<long>(end.DaysSinceEpoch() - today.DaysSinceEpoch()));
  }
}

void RegisterNormativeRoutes(web::Site& site) {
  site.Add("GET", "/normative", web::Public(), NormativePage);
  site.Add("GET", "/api/v1/normative", web::Public(), ApiNormative);
}

}  // namespace gk::catalogue
