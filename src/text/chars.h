// Character classes of the text scanners (personal_info.cc, content_check.cc)
// over UTF-8 as typed in Chinese documents: digits and letters, ASCII or the
// full-width forms an input method produces. Each *At function returns the
// bytes the character at s[i] takes, 0 when it is not of the class; nothing
// reads past the end of `s`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/strings.h"

namespace gk::text::chars {

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline unsigned char Byte(std::string_view s, size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; }
inline bool Has(std::string_view s, size_t i, std::string_view word) {
  return i <= s.size() && s.substr(i).starts_with(word);
}

// 1 for 0–9, 3 for full-width ０–９ (U+FF10..FF19).
inline size_t DigitAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (IsAsciiDigit(s[i])) return 1;
  if (Byte(s, i) == 0xEF && Byte(s, i + 1) == 0xBC && Byte(s, i + 2) >= 0x90 && Byte(s, i + 2) <= 0x99) return 3;
  return 0;
}
// The ASCII digit of the digit at s[i]. REQUIRES: DigitAt(s, i) > 0.
inline char DigitValue(std::string_view s, size_t i) {
  return IsAsciiDigit(s[i]) ? s[i] : static_cast<char>('0' + (Byte(s, i + 2) - 0x90));
}

// ASCII, or full-width Ａ–Ｚ (U+FF21..FF3A) and ａ–ｚ (U+FF41..FF5A).
inline size_t LetterAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (IsAsciiLetter(s[i])) return 1;
  if (Byte(s, i) != 0xEF) return 0;
  const unsigned char b1 = Byte(s, i + 1), b2 = Byte(s, i + 2);
  if (b1 == 0xBC && b2 >= 0xA1 && b2 <= 0xBA) return 3;
  if (b1 == 0xBD && b2 >= 0x81 && b2 <= 0x9A) return 3;
  return 0;
}
inline size_t AlnumAt(std::string_view s, size_t i) {
  const size_t d = DigitAt(s, i);
  return d ? d : LetterAt(s, i);
}

// Start of the character that ends at s[i] (i > 0); continuation bytes that
// do not complete a character count one by one.
inline size_t PrevStart(std::string_view s, size_t i) {
  size_t j = i - 1;
  while (j > 0 && i - j < 4 && (Byte(s, j) & 0xC0) == 0x80) --j;
  return Utf8CharBytes(s, j) == i - j ? j : i - 1;
}
inline bool AlnumBefore(std::string_view s, size_t i) {
  if (i == 0) return false;
  const size_t j = PrevStart(s, i);
  return AlnumAt(s, j) == i - j;
}
inline bool LetterBefore(std::string_view s, size_t i) {
  if (i == 0) return false;
  const size_t j = PrevStart(s, i);
  return LetterAt(s, j) == i - j;
}

inline std::string_view PrevChar(std::string_view s, size_t i) {
  if (i == 0) return {};
  const size_t j = PrevStart(s, i);
  return s.substr(j, i - j);
}
// The code point at s[i]; a byte that starts no well-formed sequence is
// returned as its own value (0x80..0xFF: no CJK, no mark).
inline uint32_t CodePointAt(std::string_view s, size_t i) {
  const size_t n = Utf8CharBytes(s, i);
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (n == 1) return b0;
  uint32_t cp = b0 & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}
inline bool IsHan(uint32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF); }

}  // namespace gk::text::chars
