#include "auth/password.h"

#include "common/secrets.h"
#include "common/strings.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace gk::auth {
namespace {

TEST(PasswordTest, HashAndVerifyRoundTrip) {
  auto h = HashPassword("Gongkai-2026!");
  ASSERT_TRUE(h.ok()) << h.status().message();
  EXPECT_TRUE(h.value().starts_with("$argon2id$")) << h.value();
  EXPECT_TRUE(VerifyPassword(h.value(), "Gongkai-2026!"));
  EXPECT_FALSE(VerifyPassword(h.value(), "gongkai-2026!"));
  EXPECT_FALSE(VerifyPassword(h.value(), "Gongkai-2026"));
  EXPECT_FALSE(VerifyPassword(h.value(), ""));
  // Salted: the same password hashes differently each time.
  auto h2 = HashPassword("Gongkai-2026!");
  ASSERT_TRUE(h2.ok());
  EXPECT_NE(h.value(), h2.value());
  EXPECT_TRUE(VerifyPassword(h2.value(), "Gongkai-2026!"));
}

TEST(PasswordTest, NonAsciiPassword) {
  auto h = HashPassword("政务公开密码2026");
  ASSERT_TRUE(h.ok());
  EXPECT_TRUE(VerifyPassword(h.value(), "政务公开密码2026"));
  EXPECT_FALSE(VerifyPassword(h.value(), "政务公开密码2025"));
}

TEST(PasswordTest, VerifyRejectsGarbageHashes) {
  EXPECT_FALSE(VerifyPassword("", "x"));
  EXPECT_FALSE(VerifyPassword("not a hash", "not a hash"));
  EXPECT_FALSE(VerifyPassword("$argon2id$v=19$m=65536,t=2,p=1$", "x"));
}

TEST(PasswordPolicyTest, Table) {
  struct Case {
    std::string password;
    std::string username;
    bool ok;
    std::string why;  // a fragment of the message when refused
  };
  const Case cases[] = {
      // Too short (code points, not bytes).
      {"", "zhang", false, "至少需要 10 个字符"},
      {"a1b2c3d4e", "zhang", false, "至少需要 10 个字符"},
      {"政务公开1", "zhang", false, "至少需要 10 个字符"},  // 15 bytes but 5 characters
      // Common passwords, whatever the case.
      {"1234567890", "zhang", false, "过于常见"},
      {"password123", "zhang", false, "过于常见"},
      {"PASSWORD123", "zhang", false, "过于常见"},
      {"woaini1314", "zhang", false, "过于常见"},
      {"Abc@123456", "zhang", false, "过于常见"},
      // Contains the user name, whatever the case.
      {"zhangsan2026!", "zhangsan", false, "用户名"},
      {"2026ZhangSan!", "zhangsan", false, "用户名"},
      // One character repeated.
      {"aaaaaaaaaaaa", "zhang", false, "同一个字符"},
      {"777777777777", "zhang", false, "同一个字符"},
      // Only one class of characters.
      {"abcdefghijkl", "zhang", false, "至少两类"},
      {"9081726354", "zhang", false, "至少两类"},
      {"!@#$%^&*()_+", "zhang", false, "至少两类"},
      // Too long.
      {std::string(513, 'a') + "1", "zhang", false, "过长"},
      // Good ones.
      {"correct-horse-battery", "zhang", true, ""},
      {"Jinan2026scjg", "zhang", true, ""},
      {"a1b2c3d4e5", "zhang", true, ""},
      {"政务公开信息平台2026", "zhang", true, ""},
      {"泉城济南市场监督管理", "zhang", true, ""},  // Chinese only: no ASCII classes needed
      {"zhangsan2026!", "", true, ""},              // no user name to compare against
  };
  for (const auto& c : cases) {
    Status s = CheckPasswordPolicy(c.password, c.username, 10);
    EXPECT_EQ(s.ok(), c.ok) << "\"" << c.password << "\" user " << c.username << ": " << s.message();
    if (!c.ok && !s.ok()) {
      EXPECT_EQ(s.code(), Code::kInvalid);
      EXPECT_NE(s.message().find(c.why), std::string::npos) << c.password << ": " << s.message();
      EXPECT_EQ(s.field(), "password");
    }
  }
}

TEST(PasswordPolicyTest, MinimumLengthIsConfigurable) {
  EXPECT_TRUE(CheckPasswordPolicy("a1b2c3d4", "", 8).ok());
  Status s = CheckPasswordPolicy("a1b2c3d4", "", 12);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("12"), std::string::npos) << s.message();
}

TEST(PasswordTest, GeneratedPasswordsPassThePolicy) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    std::string pw = GeneratePassword();
    EXPECT_EQ(pw.size(), 16u) << pw;
    EXPECT_TRUE(CheckPasswordPolicy(pw, "", 16).ok()) << pw;
    EXPECT_TRUE(CheckPasswordPolicy(pw, "admin", 10).ok()) << pw;
    // No look-alikes a person could misread from a printout.
    EXPECT_EQ(pw.find_first_of("0O1lI"), std::string::npos) << pw;
    seen.insert(pw);
  }
  EXPECT_EQ(seen.size(), 200u);
}

TEST(TokenTest, RandomTokenIs43Base64UrlCharsAndUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    std::string t = RandomToken();
    ASSERT_EQ(t.size(), 43u) << t;
    EXPECT_EQ(t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos)
        << t;
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(TokenTest, HashTokenIsStable64Hex) {
  const std::string t = RandomToken();
  const std::string h = HashToken(t);
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos) << h;
  EXPECT_EQ(HashToken(t), h);
  EXPECT_NE(HashToken(t + "x"), h);
  EXPECT_NE(h, t);
  EXPECT_EQ(HashToken("").size(), 64u);
}

TEST(TokenTest, SecretEquals) {
  struct Case {
    std::string a, b;
    bool equal;
  };
  const Case cases[] = {
      {"", "", true},
      {"abc", "abc", true},
      {"abc", "abd", false},
      {"abc", "ab", false},
      {"", "a", false},
      {"a", "", false},
      {std::string("a\0b", 3), std::string("a\0c", 3), false},
      {std::string("a\0b", 3), std::string("a\0b", 3), true},
  };
  for (const auto& c : cases) EXPECT_EQ(SecretEquals(c.a, c.b), c.equal) << c.a << " / " << c.b;
  const std::string t = RandomToken();
  EXPECT_TRUE(SecretEquals(t, std::string(t)));
}

// Password length counts characters (gk::Utf8Length), not bytes.
TEST(PasswordTest, LengthCountsCharacters) {
  EXPECT_EQ(Utf8Length(""), 0u);
  EXPECT_EQ(Utf8Length("abc"), 3u);
  EXPECT_EQ(Utf8Length("公开"), 2u);
  EXPECT_EQ(Utf8Length("\xF0\x9F\x98\x80"), 1u);
}

}  // namespace
}  // namespace gk::auth
