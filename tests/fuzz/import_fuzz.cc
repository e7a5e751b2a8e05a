// Import files (src/catalogue/import.h) without a database: the context
// stands in for the agencies, columns and numbers in use, as in the unit
// tests. The first byte picks the format (even: CSV, odd: JSON Lines); the
// rest is the file. Beyond memory safety, checks that a plan either imports
// everything or nothing and that accepted items carry clean text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/import.h"
#include "common/clock.h"
#include "fuzz_util.h"

namespace {

using gk::fuzz::Check;
using gk::fuzz::IsCleanText;

struct Fixture {
  gk::FakeClock clock{1700000000};
  gk::catalogue::CatalogueService service{nullptr, clock, {}};
  gk::catalogue::ImportContext context;
  Fixture() {
    using gk::catalogue::ColumnKind;
    context.agencies = {{1, "济南市市场监督管理局", "市场监管局", "11370100MB28696235", 0, 0, 0},
                        {2, "历下区市场监督管理局", "历下区局", "11370102MB2869623X", 1, 0, 0}};
    context.columns[1] = {{10, 1, 0, "tzgg", "通知公告", ColumnKind::kList, 1},
                          {11, 1, 0, "xxgk-zd", "政府信息公开制度", ColumnKind::kList, 2}};
    context.columns[2] = {{20, 2, 0, "gzdt", "工作动态", ColumnKind::kList, 1}};
    context.index_no_taken = [](const std::string& no) { return no == "11370100MB28696235/2020-00757"; };
  }
};

void FuzzCsvRecords(std::string_view content) {
  std::vector<gk::CsvRecord> records;
  int error_line = 0;
  if (!gk::ParseCsv(content, &records, &error_line)) {
    Check(error_line >= 1, "unterminated quote without a line");
    return;
  }
  int last = 0;
  for (const auto& r : records) {
    Check(r.line > last, "record lines not increasing");
    Check(!r.fields.empty(), "record without fields");
    last = r.line;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture* f = new Fixture;
  if (size == 0) return 0;
  const std::string name = data[0] % 2 == 0 ? "items.csv" : "items.jsonl";
  std::string_view content(reinterpret_cast<const char*>(data) + 1, size - 1);
  FuzzCsvRecords(content);
  (void)gk::catalogue::PlainTextToMarkdown(content);
  auto plan = gk::catalogue::PlanImport(name, content, f->context, f->service);
  Check(plan.ok(), "a .csv/.jsonl file gave an error, not a plan");
  const auto& p = plan.value();
  Check(p.items.size() == p.lines.size(), "items and lines differ");
  for (const auto& r : p.rejected) {
    Check(r.line >= 1, "rejection without a line");
    Check(!r.reasons.empty(), "rejection without a reason");
    Check(IsCleanText(gk::catalogue::FormatRejection(r)), "rejection message not clean UTF-8");
  }
  for (const auto& item : p.items) {
    Check(!item.index_no.empty() && item.published_on.has_value(), "item without 索引号 or 发布日期");
    Check(IsCleanText(item.title) && IsCleanText(item.body_md) && IsCleanText(item.index_no), "item text not clean");
  }
  return 0;
}
