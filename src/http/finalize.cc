#include <algorithm>
#include <cstdlib>
#include <ctime>

#include "common/strings.h"
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
  // Pages of one site mostly share a few Last-Modified times: remember the last.
  thread_local int64_t last_t = -1;
  thread_local std::string last;
  if (t == last_t) return last;
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  last_t = t;
  last = buf;
  return last;
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

// Digits only, at most 18 of them (no overflow).
bool ParseCount(const std::string& s, int64_t* out) {
  if (s.empty() || s.size() > 18) return false;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

// A file body: whole (200, with Accept-Ranges), one range (206) or none (416).
WireResponse FinalizeFile(const Request& req, Response r, const std::string& etag) {
  FileBody& f = *r.file;
  f.offset = 0;
  f.length = f.size;
  r.body.clear();
  const std::string range = req.Header("Range");
  const std::string if_range = req.Header("If-Range");
  // If-Range: the range only of the representation the client already has
  // part of; otherwise all of the current one.
  const bool ranged = r.status == 200 && req.method == "GET" && !range.empty() &&
                      (if_range.empty() || (!etag.empty() && if_range == etag));
  if (r.status == 200) r.SetHeader("Accept-Ranges", "bytes");
  ByteRange part;
  switch (ranged ? ParseRange(range, f.size, &part) : RangeKind::kWhole) {
    case RangeKind::kWhole:
      break;
    case RangeKind::kPart:
      r.status = 206;
      f.offset = part.offset;
      f.length = part.length;
      r.SetHeader("Content-Range", "bytes " + std::to_string(part.offset) + "-" +
                                       std::to_string(part.offset + part.length - 1) + "/" + std::to_string(f.size));
      break;
    case RangeKind::kUnsatisfiable:
      r.status = 416;
      r.file.reset();
      r.headers.erase("Content-Type");
      r.SetHeader("Content-Range", "bytes */" + std::to_string(f.size));
      return {std::move(r), 0};
  }
  const auto len = static_cast<size_t>(f.length);
  if (req.is_head) r.file.reset();
  return {std::move(r), len};
}

}  // namespace

RangeKind ParseRange(std::string_view header, int64_t size, ByteRange* out) {
  std::string spec = Trim(std::string(header));
  if (spec.size() < 6 ||
      !std::equal(spec.begin(), spec.begin() + 6, "bytes=", [](char a, char b) { return (a | 0x20) == b; }))
    return RangeKind::kWhole;
  spec = Trim(spec.substr(6));
  const auto dash = spec.find('-');
  if (spec.find(',') != std::string::npos || dash == std::string::npos) return RangeKind::kWhole;
  const std::string first = Trim(spec.substr(0, dash));
  const std::string last = Trim(spec.substr(dash + 1));
  int64_t a = 0, b = 0;
  if (first.empty()) {  // the last `b` bytes
    if (!ParseCount(last, &b)) return RangeKind::kWhole;
    if (b == 0 || size <= 0) return RangeKind::kUnsatisfiable;
    b = std::min(b, size);
    *out = {size - b, b};
    return RangeKind::kPart;
  }
  if (!ParseCount(first, &a)) return RangeKind::kWhole;
  if (last.empty()) {
    b = size - 1;
  } else if (!ParseCount(last, &b) || b < a) {
    return RangeKind::kWhole;
  }
  if (a >= size) return RangeKind::kUnsatisfiable;
  b = std::min(b, size - 1);
  *out = {a, b - a + 1};
  return RangeKind::kPart;
}

WireResponse Finalize(const Request& req, Response r, bool hsts, std::string_view gzip_body, std::string etag) {
  AddSecurityHeaders(r, hsts);
  const bool get_like = req.method == "GET" || req.method == "HEAD";
  std::string content_type;
  if (auto it = r.headers.find("Content-Type"); it != r.headers.end()) content_type = it->second;

  const bool compressible = IsCompressible(content_type) && r.BodyView().size() >= kGzipMin;
  const bool use_gzip = compressible && AcceptsGzip(req);
  if (compressible) {
    auto vary = r.headers.find("Vary");
    r.SetHeader("Vary", vary == r.headers.end() ? std::string("Accept-Encoding") : vary->second + ", Accept-Encoding");
  }
  if (get_like && r.status == 200) {
    // A file's tag is the handler's (it knows the content hash): hashing it
    // here would read it whole.
    if (etag.empty() && r.file) {
      if (auto it = r.headers.find("ETag"); it != r.headers.end()) etag = it->second;
    } else if (etag.empty()) {
      etag = QuotedHash(r.BodyView());
    }
    // Each encoding is a different representation with its own strong tag.
    if (use_gzip && etag.size() >= 2) etag = etag.substr(0, etag.size() - 1) + "-gz\"";
    if (!etag.empty()) r.SetHeader("ETag", etag);
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
      r.ClearBody();
      r.file.reset();
      r.headers.erase("Content-Type");
      return {std::move(r), 0};
    }
  }
  if (r.file) return FinalizeFile(req, std::move(r), etag);
  if (use_gzip) {
    if (!gzip_body.empty() && r.body_shared) {
      r.shared_body = gzip_body;  // kept alive by the same owner
      r.SetHeader("Content-Encoding", "gzip");
    } else if (std::string z = gzip_body.empty() ? Gzip(r.BodyView()) : std::string(gzip_body);
               !z.empty()) {
      r.ClearBody();
      r.body = std::move(z);
      r.SetHeader("Content-Encoding", "gzip");
    }
  }
  size_t len = r.BodyView().size();
  if (req.is_head) r.ClearBody();
  return {std::move(r), len};
}

}  // namespace gk::http
