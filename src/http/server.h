// The HTTP/1.1 server: Beast/Asio listeners and sessions, the worker pool,
// limits, caching, compression, security headers and the access log.
// This header carries no Beast type (pimpl), so including it costs little.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "http/assets.h"
#include "http/message.h"
#include "http/router.h"

namespace gk::http {

struct ServerOptions {
  std::vector<std::string> listen{"[::]:8080"};  // ADDR:PORT; port 0 picks a free one
  int io_threads = 2;
  int worker_threads = 4;
  int max_connections = 10000;
  // Open connections one client address may hold; trusted proxies are exempt.
  int max_connections_per_address = 64;
  int64_t header_limit = 16384;
  int64_t body_limit = 1 << 20;
  int64_t upload_limit = 50 << 20;
  int read_timeout_seconds = 30;
  int pipeline_limit = 16;        // requests already buffered behind the current one
  int keepalive_requests = 1000;  // then the connection is closed
  int shutdown_timeout_seconds = 10;
  bool hsts = false;
  bool access_log = true;
  // Reverse proxies ("127.0.0.1", "10.0.0.0/8") whose X-Forwarded-For gives
  // Request::remote_addr; entries that do not parse are ignored (the
  // configuration has checked them).
  std::vector<std::string> trusted_proxies;
  // A short string that selects one of several renderings of the same page
  // (the display mode of the public site): part of the page cache's key, so
  // each rendering is kept apart. Called on the I/O threads: keep it cheap.
  std::function<std::string(const Request&)> cache_variant;
};

// Renders an error page (400, 404, 405, 413, 431, 500, 503) for a request.
// Called on worker threads; must not throw.
using ErrorPage = std::function<Response(int status, const Request& req)>;

class Server {
 public:
  // `router`, `assets` and `cache` must outlive the server; `cache` may be null.
  Server(ServerOptions options, const Router& router, const StaticFiles* assets, ResponseCache* cache,
         ErrorPage error_page);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds every listen address. Fails with a message naming the address.
  Status Bind();
  // "http://127.0.0.1:43121" for each bound address, in order.
  std::vector<std::string> BoundUrls() const;
  // Serves until SIGINT/SIGTERM or Stop(); then stops accepting, lets requests
  // in flight finish (up to the shutdown timeout) and returns.
  void Run();
  // Thread-safe; begins the graceful shutdown.
  void Stop();

 public:
  struct Impl;  // defined in server.cc only

 private:
  std::unique_ptr<Impl> impl_;
};

// Applies the cross-cutting rules to a handler's response: security headers,
// ETag and conditional GET, gzip when the client accepts it, HEAD without a
// body. `gzip_body` and `etag` may be precomputed (cache, static files).
struct WireResponse {
  Response response;
  size_t content_length = 0;  // of the body a GET would carry (HEAD keeps it)
};
// A Range header against a representation of `size` bytes (RFC 9110
// §14.1.2). Only one byte range is served ("bytes=0-99", "bytes=100-",
// "bytes=-100"); several ranges, another unit or bad syntax are ignored,
// which the RFC allows: the whole is sent.
enum class RangeKind { kWhole, kPart, kUnsatisfiable };
struct ByteRange {
  int64_t offset = 0;
  int64_t length = 0;
};
RangeKind ParseRange(std::string_view header, int64_t size, ByteRange* out);

WireResponse Finalize(const Request& req, Response r, bool hsts, std::string_view gzip_body = {},
                      std::string etag = {});

}  // namespace gk::http
