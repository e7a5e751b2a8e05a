#include "web/human_check.h"

#include <sodium.h>

#include <charconv>
#include <mutex>

#include "common/strings.h"
#include "web/limits.h"

namespace gk::web {
namespace {

// HMAC of `text` with the installation's "form_check" secret, hex-encoded;
// "" when the secret cannot be read (then no form passes: the database is
// failing anyway).
std::string Sign(storage::Database& db, const std::string& text) {
  static std::mutex mu;
  static unsigned char key[crypto_auth_KEYBYTES];
  static bool loaded = false;
  {
    std::lock_guard lock(mu);
    if (!loaded) {
      auto hex = InstallationSecret(db, "form_check", crypto_auth_KEYBYTES);
      size_t len = 0;
      if (hex.ok() && sodium_hex2bin(key, sizeof key, hex->data(), hex->size(), nullptr, &len, nullptr) == 0 &&
          len == sizeof key) {
        loaded = true;
      } else {
        return "";
      }
    }
  }
  unsigned char mac[crypto_auth_BYTES];
  crypto_auth(mac, reinterpret_cast<const unsigned char*>(text.data()), text.size(), key);
  static const char* hex = "0123456789abcdef";
  std::string s;
  for (unsigned char b : mac) {
    s += hex[b >> 4];
    s += hex[b & 15];
  }
  return s;
}

}  // namespace

HumanCheck NewHumanCheck(storage::Database& db, int64_t now) {
  static const char* digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  int a = static_cast<int>(randombytes_uniform(9)) + 1, b = static_cast<int>(randombytes_uniform(9)) + 1;
  // A random part makes every form's token its own: two forms served in the
  // same second with the same sum would otherwise share one, and spending it
  // on one would refuse the other.
  unsigned char nonce[8];
  randombytes_buf(nonce, sizeof nonce);
  char nonce_hex[2 * sizeof nonce + 1];
  sodium_bin2hex(nonce_hex, sizeof nonce_hex, nonce, sizeof nonce);
  const std::string head = std::to_string(now + kHumanCheckSeconds) + "-" + nonce_hex;
  return {std::string(digits[a]) + "加" + digits[b] + "等于几？（请填写阿拉伯数字）",
          head + "." + Sign(db, head + ":" + std::to_string(a + b))};
}

bool HumanCheckPasses(storage::Database& db, const std::string& token, const std::string& answer, int64_t now) {
  size_t dot = token.find('.');
  if (dot == std::string::npos) return false;
  const std::string head = token.substr(0, dot);  // expiry "-" nonce
  int64_t until = 0;
  auto [p, ec] = std::from_chars(head.data(), head.data() + head.size(), until);
  if (ec != std::errc() || p == head.data() + head.size() || *p != '-' || until < now) return false;
  std::string want = Sign(db, head + ":" + std::string(Trim(answer)));
  std::string got = token.substr(dot + 1);
  return !want.empty() && got.size() == want.size() && sodium_memcmp(got.data(), want.data(), want.size()) == 0 &&
         UseOnce(db, "form_check", got, until, now);
}

bool VerifyHumanCheck(storage::Database& db, const http::Request& req, int64_t now, FieldErrors* errors) {
  if (HumanCheckPasses(db, req.Form("check_token"), req.Form(kHumanCheckField), now)) return true;
  if (errors) errors->Add(kHumanCheckField, kHumanCheckRefused);
  return false;
}

void AddHumanCheck(ctemplate::TemplateDictionary& d, storage::Database& db, int64_t now, const FieldErrors& errors) {
  HumanCheck c = NewHumanCheck(db, now);
  auto* inc = d.AddIncludeDictionary("HUMAN_CHECK");
  inc->SetFilename("public/_human_check.tpl");
  inc->SetValue("CHECK_QUESTION", c.question);
  inc->SetValue("CHECK_TOKEN", c.token);
  if (std::string msg = errors.Get(kHumanCheckField); !msg.empty())
    inc->AddSectionDictionary("ERR_CHECK_ANSWER")->SetValue("MSG", msg);
}

bool PassPublicForm(storage::Database& db, const http::Request& req, int64_t now, std::string_view bucket,
                    int per_hour, const std::function<void(FieldErrors*)>& check, FieldErrors* errors) {
  (void)VerifyHumanCheck(db, req, now, errors);
  check(errors);
  if (!errors->empty()) return false;
  return AllowAttempt(db, bucket, req.remote_addr, per_hour, 3600, now);
}

}  // namespace gk::web
