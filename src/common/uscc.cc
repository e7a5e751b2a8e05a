#include "common/uscc.h"

#include "common/strings.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace gk {
namespace {

// GB 32100-2015: code characters valued 0-30 (no I, O, S, V, Z), weights
// Wi = 3^(i-1) mod 31, C18 = 31 - (Σ Ci·Wi mod 31) with 31 written as 0.
constexpr std::string_view kCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr size_t kLength = 18;

int CharValue(char c) {
  const size_t pos = kCodeChars.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

std::string InvalidCharMessage(std::string_view ch, size_t position) {
  std::string msg = "统一社会信用代码含有无效字符“" + std::string(ch) + "”（第" + std::to_string(position) + "位）";
  const char c = ch.size() == 1 ? ch[0] : '\0';
  if (c >= 'a' && c <= 'z') {
    msg += "，字母应为大写";
  } else if (c != '\0' && std::string_view("IOSVZ").find(c) != std::string_view::npos) {
    msg += "，代码中不使用字母 I、O、S、V、Z";
  }
  return msg;
}

}  // namespace

int UsccWeightedSum(std::string_view first17) {
  if (first17.size() != 17) return -1;
  int sum = 0;
  for (size_t i = 0; i < first17.size(); ++i) {
    const int v = CharValue(first17[i]);
    if (v < 0) return -1;
    sum += v * kWeights[i];
  }
  return sum;
}

int UsccCheckDigitValue(std::string_view first17) {
  const int sum = UsccWeightedSum(first17);
  if (sum < 0) return -1;
  return (31 - sum % 31) % 31;
}

Status ValidateUscc(std::string_view code) {
  const size_t length = Utf8Length(code);
  if (length != kLength) {
    return Status::Invalid("统一社会信用代码应为18位，当前为" + std::to_string(length) + "位");
  }
  size_t position = 1;
  for (size_t i = 0; i < code.size(); ++position) {
    const size_t n = Utf8CharBytes(code, i);
    if (n != 1 || CharValue(code[i]) < 0) {
      return Status::Invalid(InvalidCharMessage(code.substr(i, n), position));
    }
    i += n;
  }
  const int expected = UsccCheckDigitValue(code.substr(0, 17));
  if (CharValue(code[17]) != expected) {
    return Status::Invalid(std::string("统一社会信用代码校验位错误，应为") + kCodeChars[expected]);
  }
  return Status::Ok();
}

std::string NormalizeUscc(std::string_view input) {
  std::string out = HalfWidthTrimmed(input);
  for (char& ch : out) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  return out;
}

std::string WithUsccCheckDigit(std::string_view first17) {
  static const char kChars[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const int v = UsccCheckDigitValue(first17);
  return v < 0 ? std::string(first17) : std::string(first17) + kChars[v];
}

}  // namespace gk
