// Secret tokens (libsodium): session and CSRF tokens, their stored hashes,
// comparisons that do not leak timing.
#pragma once

#include <string>
#include <string_view>

namespace gk {

// Initialises libsodium once (aborts when the system has no randomness).
void InitSodium();

// 256-bit random token, base64url without padding (43 characters).
std::string RandomToken();
// What the database stores for a token: BLAKE2b-256, hex.
std::string HashToken(std::string_view token);
// Constant-time equality for secrets of any length.
bool SecretEquals(std::string_view a, std::string_view b);

}  // namespace gk
