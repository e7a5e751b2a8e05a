// A figure of the report's JSON (model.h ReportJson) as a number: table 二's
// values are text ("31", "0.35" — the whole part is taken), tables 三 and
// 四's are numbers. Shared by PriorOf and the charts.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace gk::reports {

inline int64_t FigureOf(const nlohmann::json& v) {
  if (v.is_number_integer()) return v.get<int64_t>();
  if (!v.is_string()) return 0;
  int64_t n = 0;
  for (char c : v.get<std::string>()) {
    if (c == '.') break;
    if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace gk::reports
