#include "net/http_probe.h"

#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "common/netaddr.h"

namespace gk::net {
namespace {

// The networks refused without allow_private, as text parsed once.
struct Net {
  std::array<uint8_t, 16> bytes{};
  int bits = 0;
};

std::vector<Net> InternalNetworks() {
  static const char* const kText[][2] = {
      {"::ffff:0.0.0.0", "104"},      // 0.0.0.0/8 "this network"
      {"::ffff:10.0.0.0", "104"},     // RFC 1918
      {"::ffff:100.64.0.0", "106"},   // carrier-grade NAT (RFC 6598)
      {"::ffff:127.0.0.0", "104"},    // loopback
      {"::ffff:169.254.0.0", "112"},  // link-local
      {"::ffff:172.16.0.0", "108"},   // RFC 1918
      {"::ffff:192.0.0.0", "120"},    // IETF protocol assignments
      {"::ffff:192.168.0.0", "112"},  // RFC 1918
      {"::ffff:198.18.0.0", "111"},   // benchmarking
      {"::ffff:224.0.0.0", "99"},     // multicast 224/4 and reserved 240/4
      {"::", "128"},                  // unspecified
      {"::1", "128"},                 // loopback
      {"fc00::", "7"},                // unique local
      {"fe80::", "10"},               // link-local
      {"ff00::", "8"},                // multicast
  };
  std::vector<Net> out;
  for (const auto& t : kText) out.push_back({*ParseIpAddress(t[0]), std::atoi(t[1])});
  return out;
}

bool InNet(const std::array<uint8_t, 16>& a, const Net& n) {
  int bits = n.bits;
  for (size_t i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
    const uint8_t mask = bits >= 8 ? 0xff : static_cast<uint8_t>(0xff << (8 - bits));
    if ((a[i] & mask) != (n.bytes[i] & mask)) return false;
  }
  return true;
}

// What one transfer's callbacks share.
struct Transfer {
  const ProbeOptions* options = nullptr;
  bool refused = false;  // the address check refused a connection
  int64_t body = 0;
};

std::array<uint8_t, 16> AddressBytes(const sockaddr* sa) {
  std::array<uint8_t, 16> a{};
  if (sa->sa_family == AF_INET6) {
    std::memcpy(a.data(), &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr, 16);
  } else {
    a[10] = a[11] = 0xff;
    std::memcpy(a.data() + 12, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, 4);
  }
  return a;
}

curl_socket_t OpenSocket(void* clientp, curlsocktype purpose, curl_sockaddr* address) {
  auto* t = static_cast<Transfer*>(clientp);
  const int family = address->family;
  if (purpose != CURLSOCKTYPE_IPCXN || (family != AF_INET && family != AF_INET6)) return CURL_SOCKET_BAD;
  if (!t->options->allow_private && IsInternalAddress(AddressBytes(&address->addr))) {
    t->refused = true;
    return CURL_SOCKET_BAD;
  }
  return socket(family, address->socktype, address->protocol);
}

size_t Discard(char*, size_t size, size_t n, void* userdata) {
  auto* t = static_cast<Transfer*>(userdata);
  t->body += static_cast<int64_t>(size * n);
  return t->body > t->options->max_body_bytes ? 0 : size * n;  // 0 ends the transfer: enough was read
}

int Progress(void* clientp, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* cancel = static_cast<Transfer*>(clientp)->options->cancel;
  return cancel && cancel->load() ? 1 : 0;
}

ProbeError ErrorOf(CURLcode code, bool refused) {
  switch (code) {
    case CURLE_OK:
      return ProbeError::kNone;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      return ProbeError::kBadUrl;
    case CURLE_COULDNT_RESOLVE_HOST:
      return ProbeError::kDns;
    case CURLE_COULDNT_CONNECT:
      return refused ? ProbeError::kPrivateAddress : ProbeError::kConnect;
    case CURLE_OPERATION_TIMEDOUT:
      return ProbeError::kTimeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
      return ProbeError::kTls;
    case CURLE_TOO_MANY_REDIRECTS:
      return ProbeError::kTooManyRedirects;
    case CURLE_ABORTED_BY_CALLBACK:
      return ProbeError::kCancelled;
    default:
      return refused ? ProbeError::kPrivateAddress : ProbeError::kOther;
  }
}

void Configure(CURL* h, const std::string& url, const ProbeOptions& o, Transfer* t, char* error) {
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(h, CURLOPT_MAXREDIRS, static_cast<long>(o.max_redirects));
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, static_cast<long>(o.connect_timeout_seconds));
  curl_easy_setopt(h, CURLOPT_TIMEOUT, static_cast<long>(o.total_timeout_seconds));
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_PROXY, "");  // the address check must see the real peer
  curl_easy_setopt(h, CURLOPT_USERAGENT, o.user_agent.c_str());
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, OpenSocket);
  curl_easy_setopt(h, CURLOPT_OPENSOCKETDATA, t);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, Discard);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, t);
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, Progress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, t);
}

// One request on a configured handle: HEAD or GET.
ProbeResult Perform(CURL* h, bool head, Transfer* t, const char* error) {
  curl_easy_setopt(h, head ? CURLOPT_NOBODY : CURLOPT_HTTPGET, 1L);
  t->body = 0;
  const CURLcode code = curl_easy_perform(h);
  ProbeResult r;
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  // The write callback stopping a long body still leaves a status to use.
  if (code == CURLE_OK || (code == CURLE_WRITE_ERROR && status > 0)) {
    r.http_status = static_cast<int>(status);
    return r;
  }
  r.error = ErrorOf(code, t->refused);
  r.detail = error[0] ? error : curl_easy_strerror(code);
  return r;
}

bool HttpUrl(const std::string& url) {
  auto starts = [&](std::string_view p) {
    if (url.size() <= p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != p[i]) return false;
    return true;
  };
  return starts("http://") || starts("https://");
}

}  // namespace

const char* ProbeErrorCode(ProbeError e) {
  switch (e) {
    case ProbeError::kNone:
      return "";
    case ProbeError::kBadUrl:
      return "bad_url";
    case ProbeError::kPrivateAddress:
      return "private_address";
    case ProbeError::kDns:
      return "dns";
    case ProbeError::kConnect:
      return "connect";
    case ProbeError::kTimeout:
      return "timeout";
    case ProbeError::kTls:
      return "tls";
    case ProbeError::kTooManyRedirects:
      return "redirects";
    case ProbeError::kCancelled:
      return "cancelled";
    case ProbeError::kOther:
      break;
  }
  return "other";
}

void GlobalInit() {
  static const bool done = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  (void)done;
}

bool IsInternalAddress(const std::array<uint8_t, 16>& address) {
  static const std::vector<Net> kNets = InternalNetworks();
  static const Net kNat64 = {*ParseIpAddress("64:ff9b::"), 96};
  if (InNet(address, kNat64)) {
    std::array<uint8_t, 16> v4{};
    v4[10] = v4[11] = 0xff;
    std::memcpy(v4.data() + 12, address.data() + 12, 4);
    return IsInternalAddress(v4);
  }
  for (const auto& n : kNets)
    if (InNet(address, n)) return true;
  return false;
}

ProbeResult Probe(const std::string& url, const ProbeOptions& options) {
  if (!HttpUrl(url)) return {0, ProbeError::kBadUrl, "not an http or https URL"};
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> h(curl_easy_init(), curl_easy_cleanup);
  if (!h) return {0, ProbeError::kOther, "curl_easy_init failed"};
  Transfer t;
  t.options = &options;
  char error[CURL_ERROR_SIZE] = {};
  Configure(h.get(), url, options, &t, error);
  ProbeResult r = Perform(h.get(), true, &t, error);
  if (r.http_status == 405 || r.http_status == 403 || r.http_status == 501) {
    error[0] = '\0';
    r = Perform(h.get(), false, &t, error);
  }
  return r;
}

}  // namespace gk::net
