// HTTP handlers of 年度报告 (the published report is a catalogue item; its
// 一图读懂 is the one public page here): the agencies and years the user compiles reports for,
// one report with its checks, its entries form, its preview in the
// template's layout and its downloads (JSON, XLSX, HTML), the action that
// drafts it as a catalogue item for review, and the form for the figures of
// years before the platform.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "access/model.h"
#include "common/generated_item.h"
#include "reports/service.h"
#include "web/site.h"

namespace gk::reports {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  ReportService* reports = nullptr;
  // The catalogue (CatalogueService::PutGenerated and GeneratedStatus).
  std::function<Result<int64_t>(const access::Actor&, const access::User&, const GeneratedItem&, FieldErrors*)>
      put_item;
  std::function<Result<std::optional<GeneratedItemStatus>>(const std::string& source)> item_status;
  std::string column = "xxgk-ndbg";  // 政府信息公开年度报告
  std::string tmp_dir;               // for the XLSX writer
};

inline ReportService& Reports(web::Context& ctx) { return *ctx.Get<RouteDeps>().reports; }

// "annual-report/<agency>/<year>": the catalogue item's source key.
std::string ReportSource(int64_t agency, int year);
// The catalogue item of a report drafted on `today` (its 成文日期).
GeneratedItem ReportItem(const AnnualReport& r, const std::string& column, Date today);

void RegisterConsoleRoutes(web::Site& site);
// /reports/<agency>/<year>/chart: 一图读懂 of a published report.
void RegisterPublicRoutes(web::Site& site);
// The dashboard's reminder from 1 December until last year's report is drafted (due 31 January).
void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);

}  // namespace gk::reports
