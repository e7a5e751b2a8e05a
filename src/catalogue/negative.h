// 不予公开事项清单 (负面清单, work plan 四(三)): the categories of
// information an agency does not disclose, each with its legal basis (the
// 《政府信息公开条例》 articles 14–16, the secrets law …), kept by the 公开办
// and published at /negative-list. An item marked 不予公开 cites one of its
// agency's entries besides giving its own reason.
#pragma once

#include <cstdint>
#include <string>

#include "common/status.h"

namespace gk::catalogue {

struct NegativeEntry {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string name;         // 事项
  std::string basis;        // 依据
  std::string description;  // 具体情形 (optional)
  int position = 0;         // order in the list
  bool retired = false;     // no longer citable; kept for what cites it
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// Every problem with an entry (fields name, basis, description), in Chinese.
void ValidateNegativeEntry(const NegativeEntry& e, FieldErrors* errors);

}  // namespace gk::catalogue
