// CSV and XLSX export of a column's items or a search result, for staff.
#include "auth/routes.h"
#include "catalogue/routes.h"
#include "catalogue/service.h"
#include "common/csv.h"
#include "files/sheet.h"
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
  files::SheetSpec spec{ctx.services().config.data_dir + "/tmp", "信息目录", Headings(), {32, 60}};
  size_t next = 0;
  return files::WriteSheet(spec, [&](std::vector<std::string>* row) {
    if (next == items.size()) return false;
    *row = Cells(ctx, items[next++]);
    return true;
  });
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
    r.SetHeader("Content-Type", files::kXlsxType);
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
