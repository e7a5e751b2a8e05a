#include "storage/sql_text.h"

namespace gk::storage {

std::string IdList(const std::vector<int64_t>& ids) {
  std::string s;
  for (int64_t id : ids) s += (s.empty() ? "" : ",") + std::to_string(id);
  return s.empty() ? "0" : s;
}

std::string LikeContains(std::string_view text) {
  std::string p = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '!') p += '!';
    p += c;
  }
  return p + "%";
}

}  // namespace gk::storage
