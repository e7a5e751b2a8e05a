// `gongkai import items FILE`: published items with their existing 索引号 from
// CSV (.csv) or JSON Lines (.jsonl, .ndjson). Every row is checked first; a
// file with any rejected row imports nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "catalogue/model.h"
#include "catalogue/service.h"
#include "common/csv.h"
#include "common/status.h"

namespace gk::auth {
class AuthService;
}

namespace gk::catalogue {

// What rows are checked against: agencies, their columns, numbers in use.
struct ImportContext {
  std::vector<access::Agency> agencies;
  std::map<int64_t, std::vector<Column>> columns;  // by agency id
  std::function<bool(const std::string& index_no)> index_no_taken;
};

struct RejectedRow {
  int line = 0;  // line of the file where the row starts (CSV header: 1)
  std::vector<std::string> reasons;
};

struct ImportPlan {
  std::vector<Item> items;            // ready to import, in file order
  std::vector<RejectedRow> rejected;  // non-empty: import nothing
  std::vector<int> lines;             // file line of each item
};

using ImportProgress = std::function<void(int64_t done, int64_t total)>;

// "第 12 行：请填写标题；发布日期格式应为 年-月-日".
std::string FormatRejection(const RejectedRow& row);

// Parses and checks a file's content; the format comes from `file_name`'s
// extension. Errors only for an unsupported format; problems with the
// content are rejections.
Result<ImportPlan> PlanImport(const std::string& file_name, std::string_view content, const ImportContext& context,
                              const CatalogueService& service, const ImportProgress& progress = {});

// The context from the live services.
Result<ImportContext> LoadImportContext(CatalogueService& catalogue, auth::AuthService& auth);

// Plain text as Markdown: specials escaped, blank-line paragraphs kept, line
// breaks inside a paragraph kept as hard breaks.
std::string PlainTextToMarkdown(std::string_view text);

}  // namespace gk::catalogue
