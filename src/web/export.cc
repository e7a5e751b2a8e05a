#include "web/export.h"

#include "common/csv.h"
#include "files/sheet.h"
#include "files/store.h"

namespace gk::web {

http::Response TableDownload(Context& ctx, const http::Request& req, Table table) {
  http::Response r;
  if (req.Query("format") == "xlsx") {
    files::SheetSpec spec{ctx.services().config.data_dir + "/tmp", table.sheet, table.headings, table.widths};
    size_t next = 0;
    auto x = files::WriteSheet(spec, [&](std::vector<std::string>* row) {
      if (next == table.rows.size()) return false;
      *row = std::move(table.rows[next++]);
      return true;
    });
    if (!x.ok()) return ctx.FromStatus(x.status());
    r.body = std::move(x).value();
    r.SetHeader("Content-Type", files::kXlsxType);
    r.SetHeader("Content-Disposition", files::ContentDisposition(table.file_name + ".xlsx"));
  } else {
    CsvWriter out(CsvWriter::Bom::kExcel);
    out.Row(table.headings);
    for (const auto& row : table.rows) out.Row(row);
    r.body = out.text();
    r.SetHeader("Content-Type", "text/csv; charset=utf-8");
    r.SetHeader("Content-Disposition", files::ContentDisposition(table.file_name + ".csv"));
  }
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

}  // namespace gk::web
