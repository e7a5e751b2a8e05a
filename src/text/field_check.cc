#include "text/field_check.h"

#include <algorithm>

#include "common/strings.h"

namespace gk::text {
namespace {

// Byte offset of character `n` in `s` (s.size() past the end).
size_t ByteAt(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t c = 0; c < n && i < s.size(); ++c) i += Utf8CharBytes(s, i);
  return std::min(i, s.size());
}

}  // namespace

std::string FindingContext(std::string_view s, size_t start, size_t end) {
  constexpr size_t kAround = 12;
  const size_t from = start > kAround ? start - kAround : 0;
  const size_t b0 = ByteAt(s, from), b1 = ByteAt(s, end + kAround);
  std::string out = from > 0 ? "…" : "";
  for (char c : s.substr(b0, b1 - b0)) out += (c == '\n' || c == '\r') ? ' ' : c;
  if (b1 < s.size()) out += "…";
  return out;
}

std::vector<FieldFinding> CheckFields(const std::vector<CheckedField>& fields, const CheckOptions& options) {
  std::vector<FieldFinding> out;
  for (const auto& f : fields) {
    if (f.text.empty()) continue;
    for (auto& finding : CheckContent(f.text, options)) {
      std::string context = FindingContext(f.text, finding.start, finding.end);
      out.push_back({f.field, f.label, std::move(finding), std::move(context)});
    }
  }
  return out;
}

std::vector<std::string> BlockingLines(const std::vector<FieldFinding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings)
    if (f.finding.blocking) out.push_back(f.label + "：" + f.finding.message + "“" + f.finding.text + "”");
  return out;
}

}  // namespace gk::text
