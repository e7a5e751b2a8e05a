// The content check (content_check.h) over the named fields of one record:
// what every domain that publishes text shows its staff before publication
// (发布前内容检查, work plan 四(三)) — an item's title and body, a message's
// question and answer — with each finding's field, place and surrounding
// text, and the blocking ones as lines for a refusal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/content_check.h"

namespace gk::text {

// One field to check: its code (for a fix form), its Chinese name and text.
struct CheckedField {
  std::string field;  // "title", "answer", …
  std::string label;  // "标题", "答复内容", …
  std::string_view text;
};

struct FieldFinding {
  std::string field;
  std::string label;
  Finding finding;
  std::string context;  // the finding with up to 12 characters either side, "…" where cut
};

// Every finding in the fields, field by field, each sorted by place; empty
// fields are skipped.
std::vector<FieldFinding> CheckFields(const std::vector<CheckedField>& fields, const CheckOptions& options);

// The blocking findings, one line each: "正文：疑似居民身份证号码“370102…”".
std::vector<std::string> BlockingLines(const std::vector<FieldFinding>& findings);

// text[start, end) (in characters) with up to 12 characters either side,
// "…" where cut, line breaks as spaces.
std::string FindingContext(std::string_view text, size_t start, size_t end);

}  // namespace gk::text
