// SHA-256 (libsodium), for content addresses of stored files and the
// published hashes and random stream of 双随机 draws.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace gk {

std::array<unsigned char, 32> Sha256(std::string_view data);
// Lower-case hex of Sha256(data).
std::string Sha256Hex(std::string_view data);

}  // namespace gk
