// Staff passwords (libsodium argon2id). Tokens: common/secrets.h.
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

}  // namespace gk::auth
