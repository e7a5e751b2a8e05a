#include "common/netaddr.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gk {
namespace {

TEST(NetaddrTest, NetworksParseAndMatch) {
  struct Case {
    const char* network;
    const char* address;
    bool contains;
  } cases[] = {
      {"127.0.0.1", "127.0.0.1", true},
      {"127.0.0.1", "::ffff:127.0.0.1", true},  // as a dual-stack socket reports it
      {"127.0.0.1", "127.0.0.2", false},
      {"10.0.0.0/8", "10.255.3.4", true},
      {"10.0.0.0/8", "11.0.0.1", false},
      {"192.168.16.0/20", "192.168.31.255", true},
      {"192.168.16.0/20", "192.168.32.0", false},
      {"0.0.0.0/0", "8.8.8.8", true},
      {"::1", "::1", true},
      {"::1", "127.0.0.1", false},
      {"fd00::/8", "fd12:3456::1", true},
      {"fd00::/8", "fe80::1", false},
      {"10.0.0.0/8", "not an address", false},
      {"10.0.0.0/8", "", false},
  };
  for (const Case& c : cases) {
    auto n = IpNetwork::Parse(c.network);
    ASSERT_TRUE(n.has_value()) << c.network;
    EXPECT_EQ(n->Contains(c.address), c.contains) << c.network << " " << c.address;
  }
  for (const char* bad :
       {"", "localhost", "10.0.0.0/33", "::1/129", "10.0.0.0/", "10.0.0.0/x", "1.2.3.4:80", "[::1]", "300.1.1.1"}) {
    EXPECT_FALSE(IpNetwork::Parse(bad).has_value()) << bad;
  }
}

TEST(NetaddrTest, ClientAddressTrustsOnlyWhatTrustedProxiesAppended) {
  const std::vector<IpNetwork> proxies = {*IpNetwork::Parse("127.0.0.1"), *IpNetwork::Parse("10.0.0.0/8")};
  struct Case {
    const char* peer;
    const char* forwarded_for;
    const char* want;
  } cases[] = {
      {"127.0.0.1", "203.0.113.7", "203.0.113.7"},
      {"::ffff:127.0.0.1", "203.0.113.7", "203.0.113.7"},
      // Two proxies: the client is the first hop from the right that is
      // not a proxy; what the client wrote further left is not read.
      {"127.0.0.1", "198.51.100.1, 203.0.113.7, 10.1.2.3", "203.0.113.7"},
      {"127.0.0.1", " 2001:db8::7 ", "2001:db8::7"},
      // Not from a proxy: the header is the client's own claim.
      {"203.0.113.9", "198.51.100.1", "203.0.113.9"},
      {"127.0.0.1", "", "127.0.0.1"},
      // Garbage in the proxy's position: the peer, not the garbage.
      {"127.0.0.1", "evil\r\nX-Injected: 1", "127.0.0.1"},
      {"127.0.0.1", "203.0.113.7, unknown", "127.0.0.1"},
      {"127.0.0.1", "10.0.0.1, 127.0.0.1", "127.0.0.1"},  // proxies all the way
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ClientAddress(c.peer, c.forwarded_for, proxies), c.want) << c.peer << " / " << c.forwarded_for;
  }
  EXPECT_EQ(ClientAddress("127.0.0.1", "203.0.113.7", {}), "127.0.0.1");  // no proxies configured
}

// Per-address limits count an IPv6 client by its /64 (one party holds a
// whole one); IPv4 stays the address itself, also when written IPv4-mapped.
TEST(NetaddrTest, AddressGroup) {
  struct Case {
    const char* address;
    const char* group;
  } cases[] = {
      {"192.0.2.10", "192.0.2.10"},
      {"::ffff:192.0.2.10", "192.0.2.10"},
      {"::FFFF:c000:20a", "192.0.2.10"},
      {"2001:db8:1:2::1", "2001:db8:1:2::/64"},
      {"2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"},
      {"2001:0db8:0001:0002:0:0:0:7", "2001:db8:1:2::/64"},
      {"2001:db8:1:3::1", "2001:db8:1:3::/64"},
      {"::1", "0:0:0:0::/64"},
      {"fe80::1", "fe80:0:0:0::/64"},
      {"not an address", "not an address"},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(AddressGroup(c.address), c.group) << c.address;
}

}  // namespace
}  // namespace gk
