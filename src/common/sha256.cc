#include "common/sha256.h"

#include <sodium.h>

namespace gk {

static_assert(crypto_hash_sha256_BYTES == 32);

std::array<unsigned char, 32> Sha256(std::string_view data) {
  std::array<unsigned char, 32> h;
  crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return h;
}

std::string Sha256Hex(std::string_view data) {
  const auto h = Sha256(data);
  char hex[2 * 32 + 1];
  sodium_bin2hex(hex, sizeof hex, h.data(), h.size());
  return hex;
}

}  // namespace gk
