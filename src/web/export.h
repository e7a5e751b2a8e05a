// A table staff keep on file, answered as a download: CSV (UTF-8 with the
// BOM Excel needs) by default, XLSX with ?format=xlsx; never cached. The
// exports of 意见征集's comments and 留言咨询's messages.
#pragma once

#include <string>
#include <vector>

#include "http/message.h"
#include "web/site.h"

namespace gk::web {

struct Table {
  std::string file_name;  // without the extension, e.g. "意见征集3-意见及处理情况"
  std::string sheet;      // the XLSX sheet's name (at most 31 characters)
  std::vector<std::string> headings;
  std::vector<double> widths;  // XLSX column widths in characters
  std::vector<std::vector<std::string>> rows;
};

http::Response TableDownload(Context& ctx, const http::Request& req, Table table);

}  // namespace gk::web
