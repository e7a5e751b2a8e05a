// The outgoing client's guards (net/http_probe.h): which addresses it will
// not connect to, and that such a URL is refused before any connection.
// No test here needs the network.
#include "net/http_probe.h"

#include <gtest/gtest.h>

#include "common/netaddr.h"

namespace gk::net {
namespace {

TEST(IsInternalAddressTest, LoopbackPrivateLinkLocalAndUniqueLocalAreInternal) {
  struct Case {
    const char* address;
    bool internal;
  };
  const Case cases[] = {
      {"127.0.0.1", true},
      {"127.255.255.254", true},
      {"10.1.2.3", true},
      {"172.16.0.1", true},
      {"172.31.255.255", true},
      {"172.32.0.1", false},
      {"192.168.1.1", true},
      {"169.254.169.254", true},
      {"100.64.0.1", true},
      {"100.128.0.1", false},
      {"0.0.0.0", true},
      {"224.0.0.1", true},
      {"255.255.255.255", true},
      {"198.18.0.1", true},
      {"8.8.8.8", false},
      {"202.108.22.5", false},
      {"::1", true},
      {"::", true},
      {"fe80::1", true},
      {"fd12:3456::1", true},
      {"fc00::1", true},
      {"ff02::1", true},
      {"::ffff:127.0.0.1", true},
      {"64:ff9b::a00:1", true},
      {"64:ff9b::808:808", false},
      {"2001:db8::1", false},
      {"240e:1::1", false},
  };
  for (const auto& c : cases) EXPECT_EQ(IsInternalAddress(*ParseIpAddress(c.address)), c.internal) << c.address;
}

TEST(ProbeTest, RefusesWhatIsNotHttpOrLeadsInside) {
  GlobalInit();
  ProbeOptions o;
  o.connect_timeout_seconds = 2;
  o.total_timeout_seconds = 3;
  for (const char* url : {"ftp://example.com/", "file:///etc/passwd", "javascript:alert(1)", "http://", ""})
    EXPECT_EQ(Probe(url, o).error, ProbeError::kBadUrl) << url;
  for (const char* url : {"http://127.0.0.1:9/", "http://[::1]:9/", "http://localhost:9/", "https://10.0.0.1/"}) {
    const ProbeResult r = Probe(url, o);
    EXPECT_EQ(r.error, ProbeError::kPrivateAddress) << url << ": " << r.detail;
    EXPECT_EQ(r.http_status, 0);
  }
  EXPECT_STREQ(ProbeErrorCode(ProbeError::kPrivateAddress), "private_address");
  EXPECT_STREQ(ProbeErrorCode(ProbeError::kNone), "");
}

}  // namespace
}  // namespace gk::net
