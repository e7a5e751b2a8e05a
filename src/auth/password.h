// Passwords and secret tokens (libsodium).
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"

namespace gk::auth {

// argon2id with libsodium's INTERACTIVE limits (about 60 ms, 64 MiB).
Result<std::string> HashPassword(std::string_view password);
bool VerifyPassword(const std::string& hash, std::string_view password);

// The password rules for staff accounts; the message says what to change.
Status CheckPasswordPolicy(std::string_view password, std::string_view username, int min_length);

// A one-time password for a new or reset account: 16 characters without
// look-alikes (0/O, 1/l/I), always passing the policy.
std::string GeneratePassword();

// 256-bit random token, base64url without padding (43 characters).
std::string RandomToken();
// What the database stores for a token: BLAKE2b-256, hex.
std::string HashToken(std::string_view token);
// Constant-time equality for secrets of any length.
bool SecretEquals(std::string_view a, std::string_view b);

}  // namespace gk::auth
