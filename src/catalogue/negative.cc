#include "catalogue/negative.h"

#include "common/strings.h"

namespace gk::catalogue {

void ValidateNegativeEntry(const NegativeEntry& e, FieldErrors* errors) {
  if (Trim(e.name).empty()) errors->Add("name", "请填写不予公开的事项");
  else if (Utf8Length(e.name) > 100) errors->Add("name", "事项不超过 100 个字");
  if (Trim(e.basis).empty()) errors->Add("basis", "请填写法律依据，如《中华人民共和国政府信息公开条例》第十四条");
  else if (Utf8Length(e.basis) > 500) errors->Add("basis", "依据不超过 500 个字");
  if (Utf8Length(e.description) > 2000) errors->Add("description", "具体情形不超过 2000 个字");
}

}  // namespace gk::catalogue
