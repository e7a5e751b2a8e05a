// Outgoing HTTP(S) requests: whether a URL on another site answers. The only
// folder that includes libcurl, and like common/ it knows no domain: it
// sits below the domains (common ← net ← domains) so that site health (and
// whatever later needs to look at another site) shares one careful client.
// Its own folder rather than common/ because it is the one module that
// opens connections to the outside world, which an air-gapped installation
// must be able to find and switch off in one place.
//
// Probe is blocking and thread-safe (one curl handle a call); call
// GlobalInit once before any thread probes.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <string>

namespace gk::net {

// Why a probe got no usable HTTP answer. Codes are stable (they are stored).
enum class ProbeError {
  kNone,
  kBadUrl,            // "bad_url": not http(s), no host, unparsable
  kPrivateAddress,    // "private_address": the host resolves to a refused address
  kDns,               // "dns": the host name does not resolve
  kConnect,           // "connect": connection refused or unreachable
  kTimeout,           // "timeout"
  kTls,               // "tls": handshake or certificate failure
  kTooManyRedirects,  // "redirects"
  kCancelled,         // "cancelled": stopped by the caller (shutdown)
  kOther,             // "other"
};
const char* ProbeErrorCode(ProbeError e);

struct ProbeOptions {
  std::string user_agent = "gongkai";
  int connect_timeout_seconds = 5;
  int total_timeout_seconds = 15;
  int max_redirects = 5;
  // When false (the default) a connection to a loopback, private,
  // link-local, unique-local or otherwise non-public address is refused
  // (the check applies to each address actually connected, redirects
  // included), so links written into pages cannot make the server probe
  // its own network.
  bool allow_private = false;
  // A GET (after HEAD was refused) reads at most this much body, discarded.
  int64_t max_body_bytes = 64 * 1024;
  // When set and true, the transfer in progress is abandoned (kCancelled).
  const std::atomic<bool>* cancel = nullptr;
};

struct ProbeResult {
  int http_status = 0;  // the final status after redirects; 0 when none came
  ProbeError error = ProbeError::kNone;
  std::string detail;  // libcurl's message, English, for the log
};

// curl_global_init; idempotent, not thread-safe: call before threads start.
void GlobalInit();

// HEAD `url` (http:// or https:// only), following up to max_redirects
// redirects; when the answer is 405, 403 or 501 (servers that refuse HEAD),
// GET it instead with the body discarded. No proxies from the environment
// are used (the address check must see the real peer). TLS certificates are
// verified against the system's store.
ProbeResult Probe(const std::string& url, const ProbeOptions& options);

// Whether an address (16 bytes, IPv4 mapped as ::ffff:a.b.c.d) is one the
// checker must not connect to without allow_private: loopback, unspecified,
// RFC 1918 private, carrier-grade NAT, link-local, unique-local, multicast,
// reserved, and the same embedded in NAT64 (64:ff9b::/96).
bool IsInternalAddress(const std::array<uint8_t, 16>& address);

}  // namespace gk::net
