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
// A code given once to a person who filed something without an account (an
// application's 查询码, a rating's): 12 characters without look-alikes
// (0/O, 1/I/L), grouped "ABCD-EFGH-JKMN". Stored as HashToken of it.
std::string NewPersonCode();
// What a person typed as such a code, made comparable: dashes and spaces
// dropped, upper case, grouped again when it has 12 characters.
std::string NormalizePersonCode(std::string_view typed);
// Constant-time equality for secrets of any length.
bool SecretEquals(std::string_view a, std::string_view b);

}  // namespace gk
