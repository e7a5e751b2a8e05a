#include "tasks/text_checks.h"

#include "common/strings.h"
#include "http/forms.h"

namespace gk::tasks {

void CheckText(const std::string& field, const std::string& value, const char* label, size_t max, bool required,
               FieldErrors* errors) {
  if (!http::IsValidUtf8(value)) errors->Add(field, std::string(label) + "含有无效字符");
  else if (required && Trim(value).empty()) errors->Add(field, std::string("请填写") + label);
  else if (Utf8Length(value) > max)
    errors->Add(field, std::string(label) + "不能超过 " + std::to_string(max) + " 个字");
}

}  // namespace gk::tasks
