#include "common/netaddr.h"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "common/strings.h"

namespace gk {
namespace {

bool Trusted(std::string_view address, const std::vector<IpNetwork>& trusted) {
  return std::any_of(trusted.begin(), trusted.end(), [&](const IpNetwork& n) { return n.Contains(address); });
}

}  // namespace

std::optional<std::array<uint8_t, 16>> ParseIpAddress(std::string_view text) {
  if (text.empty() || text.size() > 45) return std::nullopt;
  const std::string s(text);
  std::array<uint8_t, 16> bytes{};
  if (s.find(':') == std::string::npos) {
    in_addr v4{};
    if (inet_pton(AF_INET, s.c_str(), &v4) != 1) return std::nullopt;
    bytes[10] = bytes[11] = 0xff;
    std::copy_n(reinterpret_cast<const uint8_t*>(&v4), 4, bytes.begin() + 12);
    return bytes;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, s.c_str(), &v6) != 1) return std::nullopt;
  std::copy_n(reinterpret_cast<const uint8_t*>(&v6), 16, bytes.begin());
  return bytes;
}

std::string AddressGroup(std::string_view address) {
  auto bytes = ParseIpAddress(address);
  if (!bytes) return std::string(address);
  const auto& b = *bytes;
  const bool v4 =
      std::all_of(b.begin(), b.begin() + 10, [](uint8_t x) { return x == 0; }) && b[10] == 0xff && b[11] == 0xff;
  if (v4) {
    return std::to_string(b[12]) + "." + std::to_string(b[13]) + "." + std::to_string(b[14]) + "." +
           std::to_string(b[15]);
  }
  char out[48];
  std::snprintf(out, sizeof out, "%x:%x:%x:%x::/64", b[0] << 8 | b[1], b[2] << 8 | b[3], b[4] << 8 | b[5],
                b[6] << 8 | b[7]);
  return out;
}

std::optional<IpNetwork> IpNetwork::Parse(std::string_view text) {
  const std::string trimmed = Trim(std::string(text));
  text = trimmed;
  std::string_view address = text;
  int bits = -1;
  if (size_t slash = text.find('/'); slash != std::string_view::npos) {
    address = text.substr(0, slash);
    std::string_view digits = text.substr(slash + 1);
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), bits);
    if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty()) return std::nullopt;
  }
  auto bytes = ParseIpAddress(address);
  if (!bytes) return std::nullopt;
  const bool v4 = address.find(':') == std::string_view::npos;
  const int max_bits = v4 ? 32 : 128;
  if (bits == -1) bits = max_bits;
  if (bits < 0 || bits > max_bits) return std::nullopt;
  IpNetwork n;
  n.bytes_ = *bytes;
  n.prefix_bits_ = v4 ? 96 + bits : bits;
  return n;
}

bool IpNetwork::Contains(std::string_view address) const {
  auto bytes = ParseIpAddress(Trim(std::string(address)));
  if (!bytes) return false;
  int bits = prefix_bits_;
  for (size_t i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
    const uint8_t mask = bits >= 8 ? 0xff : static_cast<uint8_t>(0xff << (8 - bits));
    if (((*bytes)[i] & mask) != (bytes_[i] & mask)) return false;
  }
  return true;
}

std::string ClientAddress(const std::string& peer, std::string_view forwarded_for,
                          const std::vector<IpNetwork>& trusted) {
  if (trusted.empty() || forwarded_for.empty() || !Trusted(peer, trusted)) return peer;
  std::string_view rest = forwarded_for;
  while (!rest.empty()) {
    size_t comma = rest.rfind(',');
    const std::string entry = Trim(std::string(comma == std::string_view::npos ? rest : rest.substr(comma + 1)));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    if (!ParseIpAddress(entry)) return peer;
    if (!Trusted(entry, trusted)) return entry;
  }
  return peer;  // every hop a trusted proxy: the request began among them
}

}  // namespace gk
