// CSV and XLSX export of a column's items or a search result, for staff.
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "auth/routes.h"
#include "catalogue/routes.h"
#include "catalogue/service.h"
#include "common/csv.h"
#include "common/secrets.h"
#include "files/store.h"
#include "web/forms.h"

namespace gk::catalogue {
namespace {

using http::Request;
using http::Response;
using web::Context;

const std::vector<std::string>& Headings() {
  static const std::vector<std::string> k = {"索引号",   "标题",     "发文字号", "成文日期", "发布日期", "发布机构",
                                             "主题分类", "组配分类", "体裁",     "有效性",   "公开方式", "网址"};
  return k;
}

std::vector<std::string> Cells(Context& ctx, const Item& i) {
  auto agency = auth::Svc(ctx)->GetAgency(i.agency_id);
  const std::string written_on = DateText(i.written_on), published_on = DateText(i.published_on);
  return {i.index_no,
          i.title,
          i.doc_no,
          written_on,
          published_on,
          agency.ok() ? agency->name : "",
          i.topic,
          i.category,
          i.genre,
          ValidityLabel(i.validity),
          DisclosureLabel(i.disclosure),
          "/items/" + i.index_no};
}

std::string Csv(Context& ctx, const std::vector<Item>& items) {
  CsvWriter out(CsvWriter::Bom::kExcel);
  out.Row(Headings());
  for (const auto& i : items) out.Row(Cells(ctx, i));
  return out.text();
}

Result<std::string> Xlsx(Context& ctx, const std::vector<Item>& items) {
  std::string dir = ctx.services().config.data_dir + "/tmp";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::string path = dir + "/export-" + RandomToken().substr(0, 16) + ".xlsx";
  lxw_workbook* wb = workbook_new(path.c_str());
  if (wb == nullptr) return Status::Unavailable("无法生成表格文件");
  lxw_worksheet* ws = workbook_add_worksheet(wb, "信息目录");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  for (size_t c = 0; c < Headings().size(); ++c)
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), Headings()[c].c_str(), bold);
  lxw_row_t r = 1;
  for (const auto& i : items) {
    auto cells = Cells(ctx, i);
    for (size_t c = 0; c < cells.size(); ++c)
      worksheet_write_string(ws, r, static_cast<lxw_col_t>(c), cells[c].c_str(), nullptr);
    ++r;
  }
  worksheet_set_column(ws, 0, 0, 32, nullptr);
  worksheet_set_column(ws, 1, 1, 60, nullptr);
  lxw_error err = workbook_close(wb);
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  ::unlink(path.c_str());
  if (err != LXW_NO_ERROR) return Status::Unavailable("生成表格文件失败");
  return ss.str();
}

Response Export(Request& req, Context& ctx) {
  auto& svc = *Deps(ctx).catalogue;
  std::vector<Item> items;
  std::string name = "信息目录";
  const std::string q = req.Query("q");
  if (!q.empty()) {
    if (!Deps(ctx).search) return ctx.ErrorPage(503, "搜索服务暂时不可用");
    search::Query query;
    query.text = q;
    query.per_page = 100;
    for (query.page = 1; query.page <= 10; ++query.page) {
      auto r = Deps(ctx).search->Search(query);
      if (!r.ok()) return ctx.ErrorPage(503, "搜索服务暂时不可用");
      for (const auto& hit : r->hits)
        if (auto item = svc.Get(hit.id); item.ok()) items.push_back(std::move(item).value());
      if (r->hits.size() < 100) break;
    }
    name = "检索结果";
  } else {
    store::ItemFilter f;
    f.states = {State::kPublished};
    f.limit = 50000;
    if (int64_t column = web::ParseId(req.Query("column"))) {
      auto c = svc.GetColumn(column);
      if (!c.ok()) return ctx.FromStatus(c.status());
      f.column_id = column;
      name = c->name;
    }
    auto page = svc.List(f);
    if (!page.ok()) return ctx.FromStatus(page.status());
    items = std::move(page->items);
  }
  Response r;
  if (req.Query("format") == "xlsx") {
    auto x = Xlsx(ctx, items);
    if (!x.ok()) return ctx.FromStatus(x.status());
    r.body = std::move(x).value();
    r.SetHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    r.SetHeader("Content-Disposition", files::ContentDisposition(name + ".xlsx"));
  } else {
    r.body = Csv(ctx, items);
    r.SetHeader("Content-Type", "text/csv; charset=utf-8");
    r.SetHeader("Content-Disposition", files::ContentDisposition(name + ".csv"));
  }
  return r;
}

}  // namespace

void RegisterExportRoutes(web::Site& site) { site.Add("GET", "/console/export", web::Staff(), Export); }

}  // namespace gk::catalogue
