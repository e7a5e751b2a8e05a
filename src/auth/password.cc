#include "auth/password.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <mutex>

#include "common/secrets.h"
#include "common/strings.h"

namespace gk::auth {
namespace {

// The passwords tried first by anyone guessing, in China and elsewhere.
constexpr std::array<std::string_view, 48> kCommon = {
    "123456",     "12345678", "123456789",  "1234567890", "12345678910",   "111111",    "000000",      "888888",
    "666666",     "123123",   "1234567",    "5201314",    "password",      "password1", "password123", "passw0rd",
    "p@ssw0rd",   "qwerty",   "qwerty123",  "qwertyuiop", "abc123",        "abc123456", "a123456",     "a123456789",
    "aa123456",   "admin",    "admin123",   "admin@123",  "administrator", "root",      "iloveyou",    "woaini",
    "woaini1314", "1qaz2wsx", "1q2w3e4r",   "zxcvbnm",    "asdfghjkl",     "letmein",   "welcome",     "welcome1",
    "changeme",   "gongkai",  "gongkai123", "zhengwu123", "gov123456",     "Aa123456",  "Abc@123456",  "Admin@123",
};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

}  // namespace

Result<std::string> HashPassword(std::string_view password) {
  InitSodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return Status::Internal("内存不足，无法计算密码散列");
  return std::string(out);
}

bool VerifyPassword(const std::string& hash, std::string_view password) {
  InitSodium();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

Status CheckPasswordPolicy(std::string_view pw, std::string_view username, int min_length) {
  if (Utf8Length(pw) < static_cast<size_t>(min_length))
    return Status::Invalid("密码至少需要 " + std::to_string(min_length) + " 个字符", "password");
  if (pw.size() > 512) return Status::Invalid("密码过长（最多 512 字节）", "password");
  std::string lower = Lower(pw);
  for (auto c : kCommon) {
    if (lower == Lower(c)) return Status::Invalid("该密码过于常见，容易被猜中，请换一个", "password");
  }
  if (!username.empty() && lower.find(Lower(username)) != std::string::npos)
    return Status::Invalid("密码不能包含用户名", "password");
  if (std::all_of(pw.begin(), pw.end(), [&](char c) { return c == pw[0]; }))
    return Status::Invalid("密码不能由同一个字符重复组成", "password");
  // Chinese characters come from an alphabet of thousands: a password that
  // uses them needs no mix of ASCII character classes.
  if (std::any_of(pw.begin(), pw.end(), [](unsigned char c) { return c >= 0x80; })) return Status::Ok();
  int classes = 0;
  classes += std::any_of(pw.begin(), pw.end(), [](unsigned char c) { return std::isdigit(c); });
  classes += std::any_of(pw.begin(), pw.end(), [](unsigned char c) { return std::isalpha(c); });
  classes += std::any_of(pw.begin(), pw.end(), [](unsigned char c) { return !std::isalnum(c); });
  if (classes < 2) return Status::Invalid("密码需包含字母、数字、符号中的至少两类", "password");
  return Status::Ok();
}

std::string GeneratePassword() {
  InitSodium();
  static constexpr std::string_view kAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  for (;;) {
    std::string pw;
    for (int i = 0; i < 16; ++i) pw += kAlphabet[randombytes_uniform(static_cast<uint32_t>(kAlphabet.size()))];
    if (CheckPasswordPolicy(pw, "", 12).ok()) return pw;
  }
}

}  // namespace gk::auth
