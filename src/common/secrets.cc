#include "common/secrets.h"

#include <sodium.h>

#include <cstdlib>
#include <mutex>

namespace gk {

void InitSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) std::abort();  // no safe way to continue without randomness
  });
}

std::string RandomToken() {
  InitSodium();
  unsigned char buf[32];
  randombytes_buf(buf, sizeof buf);
  char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, buf, sizeof buf, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

std::string HashToken(std::string_view token) {
  InitSodium();
  unsigned char h[32];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return hex;
}

bool SecretEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string NewPersonCode() {
  InitSodium();
  static const char* alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  std::string s;
  for (int i = 0; i < 12; ++i) {
    if (i && i % 4 == 0) s += '-';
    s += alphabet[randombytes_uniform(31)];
  }
  return s;
}

std::string NormalizePersonCode(std::string_view typed) {
  std::string s;
  for (char c : typed) {
    if (c == '-' || c == ' ') continue;
    s += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  }
  if (s.size() != 12) return s;
  return s.substr(0, 4) + "-" + s.substr(4, 4) + "-" + s.substr(8, 4);
}

}  // namespace gk
