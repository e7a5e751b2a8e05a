// Static files served from memory, with fingerprinted long-cache URLs, and
// the small content helpers (gzip, ETag, MIME types) the server uses.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "http/message.h"

namespace gk::http {

// gzip (RFC 1952) of `in` at a moderate level.
std::string Gzip(std::string_view in);
// Stable 64-bit content hash as 16 hex digits (FNV-1a), for ETags and fingerprints.
std::string ContentHash(std::string_view in);
// ContentHash in double quotes, as an ETag.
std::string QuotedHash(std::string_view in);
// Content-Type for a file name by extension; "application/octet-stream" if unknown.
std::string MimeType(std::string_view filename);
// True for types worth compressing (text, JSON, JS, XML, SVG).
bool IsCompressible(std::string_view content_type);

struct Asset {
  std::string body;
  std::string gzip_body;  // empty when not worth compressing
  std::string content_type;
  std::string etag;         // quoted
  std::string fingerprint;  // 8 hex digits of the content hash
};

// All files under a directory, loaded once at start. Immutable afterwards,
// so it is safe to read from every thread.
class StaticFiles {
 public:
  // Loads every regular file below `dir` (relative names use '/').
  Status Load(const std::string& dir);
  // "/static/css/gongkai.css" -> "/static/css/gongkai.1a2b3c4d.css";
  // an unknown name is returned unchanged under /static/.
  std::string Url(std::string_view relative_name) const;
  // Resolves a request path under /static/. `immutable` is set when the path
  // carried the current fingerprint (long cache). Null when not found.
  const Asset* Find(std::string_view path, bool* immutable) const;

 private:
  std::map<std::string, Asset, std::less<>> files_;  // by relative name
};

// The page cache's key for a request to `path`: the path and, in name
// order, the first value of each of `names` that is present and not empty —
// exactly what Request::Query returns to the handler for them.
std::string PageCacheKey(std::string_view path, const Params& query, std::vector<std::string> names);

// Whole responses for public pages, keyed by PageCacheKey, served straight
// from the I/O threads. Invalidate() drops everything: a change made through
// this process calls it. Entries also expire after `ttl_seconds`, so changes
// made elsewhere (the command line, another instance on the same database)
// show within that time.
class ResponseCache {
 public:
  struct Entry {
    Response response;
    std::string gzip_body;
    std::string etag;
    int64_t expires = 0;  // steady-clock seconds
  };
  explicit ResponseCache(size_t max_entries = 4096, int ttl_seconds = 30);
  std::shared_ptr<const Entry> Get(const std::string& key) const;
  // Stores `r` unless the cache was invalidated since `generation` was read.
  void Put(const std::string& key, uint64_t generation, std::shared_ptr<const Entry> e);
  uint64_t generation() const;
  void Invalidate();
  // 0 disables the cache.
  void set_ttl(int seconds);
  // Unix time of the last Invalidate (or of start-up): the Last-Modified of
  // cached public pages.
  int64_t changed_at() const;

 private:
  mutable std::mutex mu_;
  size_t max_entries_;
  int ttl_seconds_;
  uint64_t generation_ = 0;
  int64_t changed_at_;
  std::map<std::string, std::shared_ptr<const Entry>> entries_;
};

}  // namespace gk::http
