#include "common/idcard.h"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/strings.h"

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

// Keeps at most `head` leading and `tail` trailing characters of `s` and
// writes one '*' for each character in between. Values shorter than
// `full_length` show at most half of their characters, split between both
// ends, the larger share at the start (at the end when `tail_first`).
std::string Mask(std::string_view s, size_t head, size_t tail, size_t full_length, bool tail_first) {
  const size_t n = Utf8Length(s);
  if (n < full_length) {
    const size_t shown = n / 2;
    const size_t larger = (shown + 1) / 2;
    head = std::min(head, tail_first ? shown - larger : larger);
    tail = std::min(tail, tail_first ? larger : shown - larger);
  }
  std::string out;
  size_t index = 0;
  for (size_t i = 0; i < s.size(); ++index) {
    const size_t bytes = Utf8CharBytes(s, i);
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
  const auto ymd = std::chrono::year(year) / std::chrono::month(static_cast<unsigned>(Digits(text.substr(4, 2)))) /
                   std::chrono::day(static_cast<unsigned>(Digits(text.substr(6, 2))));
  if (!ymd.ok() || year < kMinBirthYear || year > kMaxBirthYear) {
    return Status::Invalid("身份证号码中的出生日期“" + std::string(text) + "”不存在");
  }
  return Status::Ok();
}

}  // namespace

Status ValidateResidentId(std::string_view id) {
  const size_t length = Utf8Length(id);
  if (length != kIdLength) {
    return Status::Invalid("身份证号码应为18位，当前为" + std::to_string(length) + "位");
  }
  size_t position = 1;
  for (size_t i = 0; i < id.size(); ++position) {
    const size_t bytes = Utf8CharBytes(id, i);
    const bool ok = bytes == 1 && (IsDigit(id[i]) || (position == kIdLength && id[i] == 'X'));
    if (!ok) {
      return Status::Invalid("身份证号码第" + std::to_string(position) + "位“" + std::string(id.substr(i, bytes)) +
                             "”" + (position == kIdLength ? "应为数字或 X" : "应为数字"));
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
  std::string out = HalfWidthTrimmed(input);
  for (char& ch : out) {
    if (ch == 'x') ch = 'X';
  }
  return out;
}

std::string MaskIdNumber(std::string_view id) { return Mask(id, 6, 4, kIdLength, false); }

std::string MaskPhone(std::string_view phone) { return Mask(phone, 3, 4, 11, true); }

}  // namespace gk
