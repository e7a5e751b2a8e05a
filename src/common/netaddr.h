// IP addresses and networks, for telling a client's address behind a
// trusted reverse proxy (server.trusted_proxies).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gk {

// An IPv4 or IPv6 network: "127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8".
// IPv4 is kept as an IPv4-mapped IPv6 address (::ffff:a.b.c.d), so
// "127.0.0.1" also matches a peer reported as "::ffff:127.0.0.1".
class IpNetwork {
 public:
  // Empty for anything else (host names, ports, a prefix out of range).
  static std::optional<IpNetwork> Parse(std::string_view text);
  bool Contains(std::string_view address) const;

 private:
  std::array<uint8_t, 16> bytes_{};
  int prefix_bits_ = 128;
};

// The 16 bytes of an address (IPv4 mapped), or empty when `text` is not one.
std::optional<std::array<uint8_t, 16>> ParseIpAddress(std::string_view text);

// The key that per-address limits count a client under. One party commonly
// holds a whole IPv6 /64 (a home or a rented server gets one), so IPv6
// addresses are grouped by their /64: "2001:db8:1:2::/64". IPv4 addresses,
// also written IPv4-mapped (::ffff:192.0.2.1), are "192.0.2.1". Text that is
// not an address is returned as it is.
std::string AddressGroup(std::string_view address);

// The address of the client a request comes from. When the peer (the TCP
// remote address) is one of `trusted` proxies, X-Forwarded-For is read from
// the right, the end the proxies append to: the first address that is not a
// trusted proxy is the client's. Entries a client could have forged lie
// further left and are never reached unless every proxy vouched for them.
// An entry that is not an address ends the walk: the peer is answered.
std::string ClientAddress(const std::string& peer, std::string_view forwarded_for,
                          const std::vector<IpNetwork>& trusted);

}  // namespace gk
