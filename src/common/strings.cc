#include "common/strings.h"

#include <cstdint>

namespace gk {

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

std::string Trim(std::string_view s) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  constexpr std::string_view kAscii = " \t\r\n\f\v";
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (kAscii.find(s.front()) != std::string_view::npos) s.remove_prefix(1), changed = true;
    else if (s.starts_with(kIdeographicSpace)) s.remove_prefix(kIdeographicSpace.size()), changed = true;
  }
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (kAscii.find(s.back()) != std::string_view::npos) s.remove_suffix(1), changed = true;
    else if (s.ends_with(kIdeographicSpace)) s.remove_suffix(kIdeographicSpace.size()), changed = true;
  }
  return std::string(s);
}

size_t Utf8CharBytes(std::string_view s, size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  const size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (i + n > s.size()) return 1;
  for (size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
  }
  return n;
}

std::string_view Utf8Prefix(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t n = max_bytes;
  // Step back over continuation bytes to the start of the cut character.
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

size_t Utf8Length(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); i += Utf8CharBytes(s, i)) ++count;
  return count;
}

std::string HalfWidthTrimmed(std::string_view input) {
  std::string out;
  for (size_t i = 0; i < input.size(); ++i) {
    const auto c = static_cast<unsigned char>(input[i]);
    const auto next = i + 2 < input.size() ? static_cast<unsigned char>(input[i + 1]) : 0;
    const auto last = i + 2 < input.size() ? static_cast<unsigned char>(input[i + 2]) : 0;
    if (c == 0xE3 && next == 0x80 && last == 0x80) {  // U+3000 ideographic space
      out.push_back(' ');
      i += 2;
    } else if (c == 0xEF && (next == 0xBC || next == 0xBD) && last >= 0x80 && last <= 0xBF &&
               (next == 0xBC ? last >= 0x81 : last <= 0x9E)) {
      // Full-width forms U+FF01..U+FF5E map onto ASCII 0x21..0x7E.
      const uint32_t cp = 0xFF00 + ((next & 0x03u) << 6) + (last & 0x3Fu);
      out.push_back(static_cast<char>(cp - 0xFF01 + 0x21));
      i += 2;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  const size_t begin = out.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return {};
  return out.substr(begin, out.find_last_not_of(" \t\r\n") - begin + 1);
}

}  // namespace gk
