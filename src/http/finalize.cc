#include <cstdlib>
#include <ctime>

#include "http/server.h"

namespace gk::http {
namespace {

constexpr size_t kGzipMin = 1024;

bool AcceptsGzip(const Request& req) {
  std::string ae = req.Header("Accept-Encoding");
  auto pos = ae.find("gzip");
  if (pos == std::string::npos) return false;
  // A client that sends gzip;q=0 refuses it.
  auto q = ae.find("q=", pos);
  auto comma = ae.find(',', pos);
  if (q == std::string::npos || (comma != std::string::npos && q > comma)) return true;
  return std::strtod(ae.c_str() + q + 2, nullptr) > 0;
}

std::string HttpDate(int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buf;
}

int64_t ParseHttpDate(const std::string& s) {
  std::tm tm{};
  const char* end = strptime(s.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (end == nullptr) return -1;
  return static_cast<int64_t>(timegm(&tm));
}

bool EtagMatches(const std::string& header, const std::string& etag) {
  if (header == "*") return true;
  size_t i = 0;
  while (i < header.size()) {
    size_t j = header.find(',', i);
    if (j == std::string::npos) j = header.size();
    std::string tag = header.substr(i, j - i);
    while (!tag.empty() && tag.front() == ' ') tag.erase(0, 1);
    while (!tag.empty() && tag.back() == ' ') tag.pop_back();
    if (tag.starts_with("W/")) tag.erase(0, 2);
    if (tag == etag) return true;
    i = j + 1;
  }
  return false;
}

void AddSecurityHeaders(Response& r, bool hsts) {
  r.SetHeader("X-Content-Type-Options", "nosniff");
  r.SetHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  r.SetHeader("X-Frame-Options", "DENY");
  r.SetHeader("Content-Security-Policy",
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
              "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  r.SetHeader("Server", "gongkai");
  if (hsts) r.SetHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

}  // namespace

WireResponse Finalize(const Request& req, Response r, bool hsts, std::string_view gzip_body,
                      std::string etag) {
  AddSecurityHeaders(r, hsts);
  const bool get_like = req.method == "GET" || req.method == "HEAD";
  std::string content_type;
  if (auto it = r.headers.find("Content-Type"); it != r.headers.end()) content_type = it->second;

  const bool compressible = IsCompressible(content_type) && r.body.size() >= kGzipMin;
  const bool use_gzip = compressible && AcceptsGzip(req);
  if (compressible) r.SetHeader("Vary", "Accept-Encoding");
  if (get_like && r.status == 200) {
    if (etag.empty()) etag = QuotedHash(r.body);
    // Each encoding is a different representation with its own strong tag.
    if (use_gzip && etag.size() >= 2) etag = etag.substr(0, etag.size() - 1) + "-gz\"";
    r.SetHeader("ETag", etag);
    if (r.last_modified > 0) r.SetHeader("Last-Modified", HttpDate(r.last_modified));
    bool not_modified = false;
    std::string inm = req.Header("If-None-Match");
    if (!inm.empty()) {
      not_modified = EtagMatches(inm, etag);
    } else if (r.last_modified > 0) {
      int64_t since = ParseHttpDate(req.Header("If-Modified-Since"));
      not_modified = since >= r.last_modified;
    }
    if (not_modified) {
      r.status = 304;
      r.body.clear();
      r.headers.erase("Content-Type");
      return {std::move(r), 0};
    }
  }
  if (use_gzip) {
    std::string z = gzip_body.empty() ? Gzip(r.body) : std::string(gzip_body);
    if (!z.empty()) {
      r.body = std::move(z);
      r.SetHeader("Content-Encoding", "gzip");
    }
  }
  size_t len = r.body.size();
  if (req.is_head) r.body.clear();
  return {std::move(r), len};
}

}  // namespace gk::http
