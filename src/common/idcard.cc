#include "common/idcard.h"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gk {
namespace {

// GB 11643-1999: weights of the first 17 digits, and the check character for
// each value of (12 − Σ mod 11) mod 11.
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kCheckChars = "0123456789X";
constexpr size_t kIdLength = 18;
constexpr int kMinBirthYear = 1800;  // older is no living applicant's birth date
constexpr int kMaxBirthYear = 2100;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Length in bytes of the UTF-8 character starting at s[i]; 1 for a byte that
// does not start a well-formed sequence, so broken input still makes progress.
size_t CharBytes(std::string_view s, size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  const size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (i + n > s.size()) return 1;
  for (size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
  }
  return n;
}

size_t CountChars(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); i += CharBytes(s, i)) ++count;
  return count;
}

// Keeps at most `head` leading and `tail` trailing characters of `s` and
// writes one '*' for each character in between. Values shorter than
// `full_length` show at most half of their characters, split between both
// ends, the larger share at the start (at the end when `tail_first`).
std::string Mask(std::string_view s, size_t head, size_t tail, size_t full_length,
                 bool tail_first) {
  const size_t n = CountChars(s);
  if (n < full_length) {
    const size_t shown = n / 2;
    const size_t larger = (shown + 1) / 2;
    head = std::min(head, tail_first ? shown - larger : larger);
    tail = std::min(tail, tail_first ? larger : shown - larger);
  }
  std::string out;
  size_t index = 0;
  for (size_t i = 0; i < s.size(); ++index) {
    const size_t bytes = CharBytes(s, i);
    if (index < head || index + tail >= n) {
      out.append(s.substr(i, bytes));
    } else {
      out.push_back('*');
    }
    i += bytes;
  }
  return out;
}

int Digits(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

Status CheckBirthDate(std::string_view id) {
  const std::string_view text = id.substr(6, 8);
  const int year = Digits(text.substr(0, 4));
  const auto ymd = std::chrono::year(year) /
                   std::chrono::month(static_cast<unsigned>(Digits(text.substr(4, 2)))) /
                   std::chrono::day(static_cast<unsigned>(Digits(text.substr(6, 2))));
  if (!ymd.ok() || year < kMinBirthYear || year > kMaxBirthYear) {
    return Status::Invalid("身份证号码中的出生日期“" + std::string(text) + "”不存在");
  }
  return Status::Ok();
}

}  // namespace

Status ValidateResidentId(std::string_view id) {
  const size_t length = CountChars(id);
  if (length != kIdLength) {
    return Status::Invalid("身份证号码应为18位，当前为" + std::to_string(length) + "位");
  }
  size_t position = 1;
  for (size_t i = 0; i < id.size(); ++position) {
    const size_t bytes = CharBytes(id, i);
    const bool ok = bytes == 1 && (IsDigit(id[i]) || (position == kIdLength && id[i] == 'X'));
    if (!ok) {
      return Status::Invalid("身份证号码第" + std::to_string(position) + "位“" +
                             std::string(id.substr(i, bytes)) + "”" +
                             (position == kIdLength ? "应为数字或 X" : "应为数字"));
    }
    i += bytes;
  }
  if (Status s = CheckBirthDate(id); !s.ok()) return s;
  int sum = 0;
  for (size_t i = 0; i + 1 < kIdLength; ++i) sum += (id[i] - '0') * kWeights[i];
  const char expected = kCheckChars[(12 - sum % 11) % 11];
  if (id[17] != expected) {
    return Status::Invalid(std::string("身份证号码校验位错误，应为") + expected);
  }
  return Status::Ok();
}

std::string NormalizeIdNumber(std::string_view input) {
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
  out = out.substr(begin, out.find_last_not_of(" \t\r\n") - begin + 1);
  for (char& ch : out) {
    if (ch == 'x') ch = 'X';
  }
  return out;
}

std::string MaskIdNumber(std::string_view id) { return Mask(id, 6, 4, kIdLength, false); }

std::string MaskPhone(std::string_view phone) { return Mask(phone, 3, 4, 11, true); }

}  // namespace gk
