// Beast/Asio lives here (and in http/file_body.h, included only here) and in
// no other file of the program.
#include <utility>  // before asio: Boost 1.74 + g++ 12 C++20 bug

#include "http/server.h"

#include <sodium.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>
#include <unordered_map>

#include "common/log.h"
#include "common/netaddr.h"
#include "http/file_body.h"
#include "http/forms.h"

namespace gk::http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session;

struct Server::Impl {
  Impl(ServerOptions o, const Router& r, const StaticFiles* a, ResponseCache* c, ErrorPage e)
      : opt(std::move(o)),
        router(r),
        assets(a),
        cache(c),
        error_page(std::move(e)),
        ioc(1),
        workers(static_cast<size_t>(std::max(1, opt.worker_threads))),
        signals(ioc, SIGINT, SIGTERM) {
    unsigned char rnd[4];
    randombytes_buf(rnd, sizeof rnd);
    char hex[9];
    sodium_bin2hex(hex, sizeof hex, rnd, sizeof rnd);
    id_prefix = hex;
    for (const std::string& p : opt.trusted_proxies)
      if (auto n = IpNetwork::Parse(p)) proxies.push_back(*n);
    // One event loop per I/O thread, each serving the connections given to
    // it: a connection's handlers never hop threads and no thread wakes
    // another for them (one shared loop cost a futex wake-up per request).
    // The first loop is `ioc`, which also runs the acceptors and signals.
    for (int i = 1; i < std::max(1, opt.io_threads); ++i) extra_loops.push_back(std::make_unique<net::io_context>(1));
    for (auto& l : extra_loops) loop_guards.emplace_back(net::make_work_guard(*l));
  }

  // The loop the next accepted connection goes to, round robin.
  net::io_context& NextLoop() {
    const size_t n = extra_loops.size() + 1;
    const size_t i = next_loop++ % n;
    return i == 0 ? ioc : *extra_loops[i - 1];
  }
  void StopLoops() {
    ioc.stop();
    for (auto& g : loop_guards) g.reset();
    for (auto& l : extra_loops) l->stop();
  }

  // The client's address: the peer's, or the one a trusted proxy forwarded.
  std::string ClientOf(const std::string& peer, const Headers& headers) const {
    if (proxies.empty()) return peer;
    std::string forwarded;
    auto [from, to] = headers.equal_range("X-Forwarded-For");
    for (auto h = from; h != to; ++h) forwarded += (forwarded.empty() ? "" : ",") + h->second;
    return ClientAddress(peer, forwarded, proxies);
  }

  void Accept(tcp::acceptor& acc);
  void RetryAccept(tcp::acceptor& acc, const beast::error_code& ec);
  void OnAccepted(tcp::socket socket);
  // Counts a connection from `address` unless that address already holds
  // its share; proxies are exempt (their clients are told apart later).
  bool Admit(const std::string& address);
  void Release(const std::string& address);
  void BeginStop();
  void WaitForSessions(std::chrono::steady_clock::time_point deadline);
  std::string NextRequestId() { return id_prefix + "-" + std::to_string(++request_counter); }
  // The page cache's key of a request to `route`: path, the declared query
  // parameters and the rendering variant (ServerOptions::cache_variant).
  std::string CacheKey(const Request& req, const Route& route) const {
    std::string key = PageCacheKey(req.path, req.query, route.options.cache_query);
    if (opt.cache_variant) {
      std::string variant = opt.cache_variant(req);
      if (!variant.empty()) key += "#" + variant;
    }
    return key;
  }

  std::vector<IpNetwork> proxies;

  // Declaration order matters for destruction: handlers still queued in the
  // io_context and the worker pool own sessions, whose destructors use the
  // members above them, so the executors go after those and before the
  // objects bound to them.
  ServerOptions opt;
  const Router& router;
  const StaticFiles* assets;
  ResponseCache* cache;
  ErrorPage error_page;
  std::vector<std::string> urls;
  std::atomic<int> connections{0};
  std::atomic<bool> stopping{false};
  std::atomic<uint64_t> request_counter{0};
  std::string id_prefix;
  std::mutex per_address_mu;
  std::unordered_map<std::string, int> per_address;  // GUARDED_BY(per_address_mu)
  std::mutex accept_mu;
  std::chrono::milliseconds accept_backoff{0};                         // GUARDED_BY(accept_mu)
  std::optional<std::chrono::steady_clock::time_point> accept_logged;  // GUARDED_BY(accept_mu)
  int accept_failures = 0;                                             // GUARDED_BY(accept_mu)
  std::mutex sessions_mu;
  std::map<Session*, std::weak_ptr<Session>> sessions;
  net::io_context ioc;
  std::vector<std::unique_ptr<net::io_context>> extra_loops;
  std::vector<net::executor_work_guard<net::io_context::executor_type>> loop_guards;
  size_t next_loop = 0;  // used on ioc's thread only (the accept handler)
  net::thread_pool workers;
  net::signal_set signals;
  std::vector<std::unique_ptr<tcp::acceptor>> acceptors;
  std::vector<std::unique_ptr<net::steady_timer>> accept_timers;  // one per acceptor
};

namespace {

Response SafeErrorPage(Server::Impl* srv, int status, const Request& req) {
  try {
    return srv->error_page(status, req);
  } catch (...) {
    return Response::Text("error", status);
  }
}

// True when every query parameter the handler read is one its route
// declared: a page that depends on another would be served for the wrong
// request from a key that leaves that parameter out.
bool ReadOnlyDeclared(const Request& req, const std::vector<std::string>& declared) {
  for (const auto& name : req.queried) {
    if (std::find(declared.begin(), declared.end(), name) == declared.end()) {
      spdlog::warn("not cached: {} reads query parameter '{}' its route does not declare", req.path, name);
      return false;
    }
  }
  return true;
}

void AccessLog(const Request& req, int status, size_t bytes, std::chrono::steady_clock::time_point start) {
  auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
  std::string line;
  line.reserve(160 + req.path.size());
  line += "{\"type\":\"access\",\"rid\":\"";
  line += req.request_id;
  line += "\",\"method\":\"";
  AppendJsonEscaped(req.method, line);
  line += "\",\"path\":\"";
  AppendJsonEscaped(req.path, line);
  line += "\",\"status\":";
  line += std::to_string(status);
  line += ",\"bytes\":";
  line += std::to_string(bytes);
  line += ",\"ms\":";  // milliseconds with three decimals, without printf's floating point
  line += std::to_string(us / 1000);
  line += '.';
  const auto frac = us % 1000;
  line += static_cast<char>('0' + frac / 100);
  line += static_cast<char>('0' + frac / 10 % 10);
  line += static_cast<char>('0' + frac % 10);
  line += ",\"ip\":\"";
  AppendJsonEscaped(req.remote_addr, line);
  line += "\"}";
  LogAccess(line);
}

}  // namespace

class Session : public std::enable_shared_from_this<Session> {
 public:
  // `remote` is the peer's address, already counted by Server::Impl::Admit.
  Session(tcp::socket socket, Server::Impl* srv, std::string remote)
      : stream_(std::move(socket)),
        srv_(srv),
        buffer_(static_cast<size_t>(srv->opt.header_limit) + 2 * 65536),
        remote_(std::move(remote)) {
    ++srv_->connections;
  }
  ~Session() {
    {
      std::lock_guard lock(srv_->sessions_mu);
      srv_->sessions.erase(this);
    }
    ReleaseSlot();
    --srv_->connections;
  }

  // Gives the address's connection slot back; called before the last
  // response of a connection is written, so a client reconnecting the
  // moment it reads "Connection: close" (as after keepalive_requests) is not
  // refused because this session still holds its slot.
  void ReleaseSlot() {
    if (released_.exchange(true)) return;
    srv_->Release(remote_);
  }

  void Start() {
    {
      std::lock_guard lock(srv_->sessions_mu);
      srv_->sessions[this] = weak_from_this();
    }
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->ReadHeader(); });
  }

  // On the session's executor: closes an idle connection; a busy one closes
  // after its response.
  void CloseIfIdle() {
    if (busy_) return;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
  }

  tcp::socket::executor_type executor() { return stream_.get_executor(); }

 private:
  void ReadHeader() {
    if (srv_->stopping) return CloseIfIdle();
    pipelined_ = buffer_.size() > 0 ? pipelined_ + 1 : 0;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(srv_->opt.header_limit));
    // Beast checks Content-Length against the limit while parsing the header,
    // before we know the route: start at the larger (upload) limit and
    // lower it in OnHeader for ordinary routes.
    parser_->body_limit(static_cast<std::uint64_t>(std::max(srv_->opt.body_limit, srv_->opt.upload_limit)));
    stream_.expires_after(std::chrono::seconds(srv_->opt.read_timeout_seconds));
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
  }

  void OnHeader(beast::error_code ec, std::size_t) {
    if (ec) return OnReadError(ec);
    start_ = std::chrono::steady_clock::now();
    const auto& h = parser_->get();
    std::string_view target = h.target();
    std::string_view path = target.substr(0, target.find('?'));
    std::string_view method = h.method_string();
    const auto rule = srv_->router.BodyRuleFor(method, path, srv_->opt.body_limit, srv_->opt.upload_limit);
    const auto limit = static_cast<uint64_t>(rule.limit);
    parser_->body_limit(limit);
    if (auto cl = parser_->content_length(); cl && *cl > limit) return FailEarly(413);
    if (!rule.required_cookie.empty()) {
      auto header = h.find(bhttp::field::cookie);
      if (header == h.end() || ParseCookies(header->value()).count(rule.required_cookie) == 0) return FailEarly(403);
    }
    if (parser_->is_done()) return OnRead({}, 0);
    bhttp::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::OnRead, shared_from_this()));
  }

  void OnReadError(beast::error_code ec) {
    if (ec == bhttp::error::header_limit || ec == net::error::no_buffer_space) return FailEarly(431);
    if (ec == bhttp::error::body_limit) return FailEarly(413);
    if (ec == bhttp::error::end_of_stream || ec == net::error::eof || ec == beast::error::timeout ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset ||
        ec == bhttp::error::partial_message)
      return CloseIfIdle();
    return FailEarly(400);
  }

  // Answers a request that could not be read whole, then closes.
  void FailEarly(int status) {
    Request req;
    req.method = "GET";
    req.path = "/";
    // The header may have been read (413): log and answer for its real path,
    // so /api/ clients get JSON.
    if (parser_ && parser_->is_header_done()) {
      std::string target(parser_->get().target());
      req.method = std::string(parser_->get().method_string());
      std::string path, raw_query;
      Params query;
      if (ParseTarget(target, &path, &raw_query, &query)) req.path = path;
    }
    req.remote_addr = remote_;
    req.request_id = srv_->NextRequestId();
    keep_alive_ = false;
    busy_ = true;
    start_ = std::chrono::steady_clock::now();
    // Error pages need no database (the site name is cached): cheap enough
    // for the I/O thread.
    Write(std::move(req), SafeErrorPage(srv_, status, req));
  }

  void OnRead(beast::error_code ec, std::size_t) {
    if (ec) return OnReadError(ec);
    busy_ = true;
    auto msg = parser_->release();
    Request req;
    req.method = std::string(msg.method_string());
    req.target = std::string(msg.target());
    req.remote_addr = remote_;
    req.request_id = srv_->NextRequestId();
    keep_alive_ = msg.keep_alive();
    ++served_;
    for (const auto& f : msg) req.headers.emplace(std::string(f.name_string()), std::string(f.value()));
    req.remote_addr = srv_->ClientOf(remote_, req.headers);
    req.body = std::move(msg.body());
    req.is_head = req.method == "HEAD";
    if (req.method.empty() || !ParseTarget(req.target, &req.path, &req.raw_query, &req.query)) {
      req.path = "/";
      keep_alive_ = false;
      return Dispatch(std::move(req), 400);
    }
    Dispatch(std::move(req), 0);
  }

  void Dispatch(Request req, int early_status) {
    if (early_status != 0) return RunOnWorkers(std::move(req), nullptr, early_status);
    if (req.path.starts_with("/static/") && srv_->assets && (req.method == "GET" || req.is_head)) {
      bool immutable = false;
      if (const Asset* a = srv_->assets->Find(req.path, &immutable)) {
        Response r;
        r.ShareBody(a->body, nullptr);  // the assets outlive the server
        r.SetHeader("Content-Type", a->content_type);
        r.SetHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "public, max-age=300");
        return WriteFinal(std::move(req), std::move(r), a->gzip_body, a->etag);
      }
    }
    auto match = srv_->router.Find(req.method, req.path);
    if (srv_->cache && match.route && (req.method == "GET" || req.is_head)) {
      if (auto e = srv_->cache->Get(srv_->CacheKey(req, *match.route))) {
        Response hit;
        hit.status = e->response.status;
        hit.headers = e->response.headers;
        hit.last_modified = e->response.last_modified;
        hit.ShareBody(e->response.body, e);  // no copy: the entry lives while it is sent
        hit.SetHeader("X-Cache", "hit");     // documented in architecture.md, "The page cache"
        return WriteFinal(std::move(req), std::move(hit), e->gzip_body, e->etag);
      }
    }
    if (match.route == nullptr) {
      if (!match.allowed.empty()) {
        std::string allow;
        for (const auto& m : match.allowed) allow += (allow.empty() ? "" : ", ") + m;
        allow_ = allow;
        return RunOnWorkers(std::move(req), nullptr, 405);
      }
      return RunOnWorkers(std::move(req), nullptr, 404);
    }
    req.path_params = std::move(match.params);
    if (match.route->options.inline_handler) {
      Response r = Invoke(match.route, req);
      return Write(std::move(req), std::move(r));
    }
    RunOnWorkers(std::move(req), match.route, 0);
  }

  Response Invoke(const Route* route, Request& req) {
    try {
      return route->handler(req);
    } catch (const std::exception& e) {
      spdlog::error(nlohmann::json({{"type", "error"}, {"rid", req.request_id}, {"what", e.what()}})
                        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      return SafeErrorPage(srv_, 500, req);
    }
  }

  void RunOnWorkers(Request req, const Route* route, int error_status) {
    uint64_t generation = srv_->cache ? srv_->cache->generation() : 0;
    net::post(srv_->workers,
              [self = shared_from_this(), req = std::move(req), route, error_status, generation]() mutable {
                Response r = route ? self->Invoke(route, req) : SafeErrorPage(self->srv_, error_status, req);
                if (error_status == 405) r.SetHeader("Allow", self->allow_);
                if (r.public_cacheable && r.status == 200 && self->srv_->cache && req.method == "GET" && route &&
                    ReadOnlyDeclared(req, route->options.cache_query)) {
                  auto e = std::make_shared<ResponseCache::Entry>();
                  e->response = r;
                  e->etag = QuotedHash(r.body);
                  if (IsCompressible(r.headers.count("Content-Type") ? r.headers.find("Content-Type")->second : ""))
                    e->gzip_body = Gzip(r.body);
                  self->srv_->cache->Put(self->srv_->CacheKey(req, *route), generation, e);
                }
                net::post(self->stream_.get_executor(), [self, req = std::move(req), r = std::move(r)]() mutable {
                  self->Write(std::move(req), std::move(r));
                });
              });
  }

  // A header with CR, LF or NUL would let whoever chose its value write
  // headers (or a body) of their own. Dropping just that header could
  // change what the response means (a lost Content-Disposition shows a
  // download inline), so the whole response becomes a 500 instead.
  WireResponse RefuseUnsafe(const Request& req, const std::string& header) {
    spdlog::error(
        nlohmann::json(
            {{"type", "error"}, {"rid", req.request_id}, {"what", "unsafe response header"}, {"header", header}})
            .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    Response page = SafeErrorPage(srv_, 500, req);
    if (!UnsafeHeader(page.headers).empty()) page = Response::Text("error", 500);
    return Finalize(req, std::move(page), srv_->opt.hsts);
  }

  void Write(Request req, Response r) { WriteFinal(std::move(req), std::move(r), {}, {}); }

  void WriteFinal(Request req, Response r, std::string_view gzip_body, std::string etag) {
    busy_ = true;
    WireResponse w = Finalize(req, std::move(r), srv_->opt.hsts, gzip_body, std::move(etag));
    if (std::string bad = UnsafeHeader(w.response.headers); !bad.empty()) w = RefuseUnsafe(req, bad);
    if (w.response.file) {
      auto out = std::make_shared<Outgoing<FileRangeBody>>();
      const FileBody& f = *w.response.file;
      beast::error_code ec;
      out->res.body().Open(f.path, static_cast<uint64_t>(f.offset), static_cast<uint64_t>(f.length), ec);
      if (!ec) return Send(req, std::move(w), std::move(out));
      spdlog::error(
          nlohmann::json(
              {{"type", "error"}, {"rid", req.request_id}, {"what", "file body: " + ec.message()}, {"path", f.path}})
              .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      w = Finalize(req, SafeErrorPage(srv_, 500, req), srv_->opt.hsts);
    }
    SendMemory(req, std::move(w));
  }

  // A response whose body is in memory, written as it is: the header block
  // built here in one string, then the body (no copy when it is shared, as
  // for cached pages and assets). Half the work of a cached page was Beast's
  // serializer walking its header list; this path skips it.
  struct MemoryOut {
    std::string head;
    std::string body;                   // owned body, or
    std::string_view view;              // what is sent: `body` or a shared body
    std::shared_ptr<const void> owner;  // keeps a shared body alive
    size_t sent = 0;                    // bytes of head + view written
  };

  bool DecideKeepAlive() {
    bool keep = keep_alive_ && !srv_->stopping && served_ < srv_->opt.keepalive_requests &&
                pipelined_ <= srv_->opt.pipeline_limit;
    if (!keep) ReleaseSlot();  // the client may reconnect as soon as it has read "Connection: close"
    return keep;
  }

  void SendMemory(const Request& req, WireResponse w) {
    auto out = std::make_shared<MemoryOut>();
    Response& r = w.response;
    const bool keep = DecideKeepAlive();
    std::string& h = out->head;
    h.reserve(512);
    h += "HTTP/1.1 ";
    h += std::to_string(r.status);
    h += ' ';
    const auto reason = bhttp::obsolete_reason(static_cast<bhttp::status>(r.status));
    h.append(reason.data(), reason.size());
    h += "\r\n";
    for (const auto& [k, v] : r.headers) {
      h += k;
      h += ": ";
      h += v;
      h += "\r\n";
    }
    h += "X-Request-Id: ";
    h += req.request_id;
    h += "\r\n";
    if (!keep) h += "Connection: close\r\n";
    if (r.status != 304 && r.status != 204) {
      h += "Content-Length: ";
      h += std::to_string(w.content_length);
      h += "\r\n";
    }
    h += "\r\n";
    if (r.body_shared) {
      out->view = r.shared_body;
      out->owner = std::move(r.body_owner);
    } else {
      out->body = std::move(r.body);
      out->view = out->body;
    }
    if (srv_->opt.access_log) AccessLog(req, r.status, w.content_length, start_);
    WriteMemory(std::move(out), keep);
  }

  // Writes in pieces, renewing the timeout before each, like WriteSome.
  void WriteMemory(std::shared_ptr<MemoryOut> out, bool keep) {
    stream_.expires_after(std::chrono::seconds(std::max(30, srv_->opt.read_timeout_seconds)));
    const size_t total = out->head.size() + out->view.size();
    std::array<net::const_buffer, 2> rest{net::buffer(out->head), net::buffer(out->view.data(), out->view.size())};
    if (out->sent < out->head.size()) {
      rest[0] = net::buffer(out->head.data() + out->sent, out->head.size() - out->sent);
    } else {
      rest[0] = net::const_buffer();
      const size_t b = out->sent - out->head.size();
      rest[1] = net::buffer(out->view.data() + b, out->view.size() - b);
    }
    stream_.async_write_some(rest, [self = shared_from_this(), out, keep, total](beast::error_code ec,
                                                                               std::size_t n) mutable {
      out->sent += n;
      if (!ec && out->sent < total) return self->WriteMemory(std::move(out), keep);
      self->FinishResponse(ec, keep);
    });
  }

  // After the last byte of a response: read the next request, or close.
  void FinishResponse(beast::error_code ec, bool keep) {
    busy_ = false;
    if (ec || !keep) {
      beast::error_code ignored;
      stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
      stream_.close();
      return;
    }
    ReadHeader();
  }

  // A response and its serializer, alive until the last byte is written.
  template <class Body>
  struct Outgoing {
    bhttp::response<Body> res;
    std::optional<bhttp::response_serializer<Body>> sr;
  };

  template <class Body>
  void Send(const Request& req, WireResponse w, std::shared_ptr<Outgoing<Body>> out) {
    auto& res = out->res;
    res.version(11);
    res.result(static_cast<unsigned>(w.response.status));
    for (const auto& [k, v] : w.response.headers) res.insert(k, v);
    res.set("X-Request-Id", req.request_id);
    const bool keep = DecideKeepAlive();
    res.keep_alive(keep);
    if (w.response.status != 304 && w.response.status != 204) res.content_length(w.content_length);
    if (srv_->opt.access_log) AccessLog(req, w.response.status, w.content_length, start_);
    out->sr.emplace(res);
    WriteSome(std::move(out), keep);
  }

  // Writes in pieces, renewing the timeout before each: a large download
  // may take long as a whole, but a client that stops reading is cut.
  template <class Body>
  void WriteSome(std::shared_ptr<Outgoing<Body>> out, bool keep) {
    stream_.expires_after(std::chrono::seconds(std::max(30, srv_->opt.read_timeout_seconds)));
    auto& sr = *out->sr;
    bhttp::async_write_some(
        stream_, sr,
        [self = shared_from_this(), out = std::move(out), keep](beast::error_code ec, std::size_t) mutable {
          if (!ec && !out->sr->is_done()) return self->WriteSome(std::move(out), keep);
          self->FinishResponse(ec, keep);
        });
  }

  beast::tcp_stream stream_;
  Server::Impl* srv_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::string remote_;
  std::string allow_;
  bool keep_alive_ = true;
  std::atomic<bool> busy_{false};
  std::atomic<bool> released_{false};
  int served_ = 0;
  int pipelined_ = 0;
  std::chrono::steady_clock::time_point start_;
};

namespace {

std::string PeerAddress(const tcp::socket& socket) {
  beast::error_code ec;
  auto ep = socket.remote_endpoint(ec);
  if (ec) return {};
  auto a = ep.address();
  if (a.is_v6() && a.to_v6().is_v4_mapped()) a = net::ip::make_address_v4(net::ip::v4_mapped, a.to_v6());
  return a.to_string();
}

void RefuseBusy(tcp::socket& socket) {
  static const char kBusy[] =
      "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\nRetry-After: 5\r\n\r\n";
  beast::error_code ignored;
  net::write(socket, net::buffer(kBusy, sizeof kBusy - 1), ignored);
  socket.close(ignored);
}

}  // namespace

bool Server::Impl::Admit(const std::string& address) {
  for (const auto& p : proxies)
    if (p.Contains(address)) return true;
  std::lock_guard lock(per_address_mu);
  int& n = per_address[address];
  if (n >= opt.max_connections_per_address) return false;
  ++n;
  return true;
}

void Server::Impl::Release(const std::string& address) {
  std::lock_guard lock(per_address_mu);
  auto it = per_address.find(address);
  if (it == per_address.end()) return;  // a proxy's: never counted
  if (--it->second <= 0) per_address.erase(it);
}

void Server::Impl::OnAccepted(tcp::socket socket) {
  {
    std::lock_guard lock(accept_mu);
    accept_backoff = std::chrono::milliseconds(0);
  }
  std::string remote = PeerAddress(socket);
  if (connections >= opt.max_connections || !Admit(remote)) return RefuseBusy(socket);
  std::make_shared<Session>(std::move(socket), this, std::move(remote))->Start();
}

void Server::Impl::Accept(tcp::acceptor& acc) {
  acc.async_accept(NextLoop(), [this, &acc](beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || stopping) return;
    if (ec) return RetryAccept(acc, ec);
    OnAccepted(std::move(socket));
    Accept(acc);
  });
}

// Accept fails when the process is out of file descriptors (EMFILE) or
// the kernel is out of memory; trying again at once would spin on the same
// error and flood the log. Wait 10 ms, doubling to 1 s while it lasts, and
// log once a minute at most, with how many failures went unlogged.
void Server::Impl::RetryAccept(tcp::acceptor& acc, const beast::error_code& ec) {
  std::chrono::milliseconds wait;
  {
    std::lock_guard lock(accept_mu);
    accept_backoff = std::clamp(accept_backoff * 2, std::chrono::milliseconds(10), std::chrono::milliseconds(1000));
    wait = accept_backoff;
    ++accept_failures;
    const auto now = std::chrono::steady_clock::now();
    if (!accept_logged || now - *accept_logged >= std::chrono::minutes(1)) {
      spdlog::warn("accept failed: {} ({} times since the last message; retrying in {} ms; open connections {})",
                   ec.message(), accept_failures, wait.count(), connections.load());
      accept_logged = now;
      accept_failures = 0;
    }
  }
  size_t i = 0;
  while (i < acceptors.size() && acceptors[i].get() != &acc) ++i;
  if (i == acceptors.size()) return;
  net::steady_timer& timer = *accept_timers[i];
  timer.expires_after(wait);
  timer.async_wait([this, &acc](beast::error_code e) {
    if (!e && !stopping) Accept(acc);
  });
}

void Server::Impl::BeginStop() {
  if (stopping.exchange(true)) return;
  net::post(ioc, [this] {
    for (auto& a : acceptors) {
      beast::error_code ec;
      a->close(ec);
    }
    for (auto& t : accept_timers) t->cancel();
    std::vector<std::shared_ptr<Session>> live;
    {
      std::lock_guard lock(sessions_mu);
      for (auto& [p, w] : sessions)
        if (auto s = w.lock()) live.push_back(std::move(s));
    }
    for (auto& s : live) net::post(s->executor(), [s] { s->CloseIfIdle(); });
    WaitForSessions(std::chrono::steady_clock::now() + std::chrono::seconds(opt.shutdown_timeout_seconds));
  });
}

void Server::Impl::WaitForSessions(std::chrono::steady_clock::time_point deadline) {
  if (connections == 0 || std::chrono::steady_clock::now() >= deadline) {
    StopLoops();
    return;
  }
  auto t = std::make_shared<net::steady_timer>(ioc, std::chrono::milliseconds(20));
  t->async_wait([this, t, deadline](beast::error_code) { WaitForSessions(deadline); });
}

Server::Server(ServerOptions options, const Router& router, const StaticFiles* assets, ResponseCache* cache,
               ErrorPage error_page)
    : impl_(std::make_unique<Impl>(std::move(options), router, assets, cache, std::move(error_page))) {}

Server::~Server() = default;

Status Server::Bind() {
  for (const auto& spec : impl_->opt.listen) {
    auto colon = spec.rfind(':');
    if (colon == std::string::npos) return Status::Invalid("监听地址格式应为 地址:端口：" + spec);
    std::string host = spec.substr(0, colon);
    std::string port = spec.substr(colon + 1);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    beast::error_code ec;
    auto addr = net::ip::make_address(host, ec);
    if (ec) return Status::Invalid("监听地址无效：" + spec);
    int p = 0;
    try {
      p = std::stoi(port);
    } catch (...) {
      return Status::Invalid("监听端口无效：" + spec);
    }
    if (p < 0 || p > 65535) return Status::Invalid("监听端口无效：" + spec);
    tcp::endpoint ep(addr, static_cast<unsigned short>(p));
    auto acc = std::make_unique<tcp::acceptor>(impl_->ioc);
    acc->open(ep.protocol(), ec);
    if (!ec) acc->set_option(net::socket_base::reuse_address(true), ec);
    if (!ec && addr.is_v6()) acc->set_option(net::ip::v6_only(!addr.is_unspecified()), ec);
    if (!ec) acc->bind(ep, ec);
    if (!ec) acc->listen(net::socket_base::max_listen_connections, ec);
    if (ec) return Status::Unavailable("无法监听 " + spec + "：" + ec.message());
    auto local = acc->local_endpoint(ec);
    std::string shown = addr.is_v6() ? "[" + addr.to_string() + "]" : addr.to_string();
    impl_->urls.push_back("http://" + shown + ":" + std::to_string(local.port()));
    impl_->acceptors.push_back(std::move(acc));
    impl_->accept_timers.push_back(std::make_unique<net::steady_timer>(impl_->ioc));
  }
  return Status::Ok();
}

std::vector<std::string> Server::BoundUrls() const { return impl_->urls; }

namespace {

// Each connection is a file descriptor, and the usual soft limit (1024
// under systemd) is far below max_connections: raise it to the hard limit.
// A few dozen descriptors go to the database, the indexes and the log.
void RaiseFileLimit(int max_connections) {
  constexpr rlim_t kReserve = 64;
  rlimit lim{};
  if (getrlimit(RLIMIT_NOFILE, &lim) != 0) return;
  if (lim.rlim_cur < lim.rlim_max) {
    rlimit raised = lim;
    raised.rlim_cur = lim.rlim_max;
    // An unlimited hard limit is not a valid soft one for NOFILE: keep trying
    // a large figure the kernel accepts.
    if (setrlimit(RLIMIT_NOFILE, &raised) != 0 && lim.rlim_max == RLIM_INFINITY) {
      raised.rlim_cur = 1 << 20;
      (void)setrlimit(RLIMIT_NOFILE, &raised);
    }
    (void)getrlimit(RLIMIT_NOFILE, &lim);
  }
  spdlog::info("open file limit: {}", static_cast<unsigned long long>(lim.rlim_cur));
  if (static_cast<rlim_t>(max_connections) + kReserve > lim.rlim_cur)
    spdlog::warn(
        "server.max_connections is {} but the open file limit {} allows about {} connections; "
        "raise the limit (LimitNOFILE= in the systemd unit) or lower server.max_connections",
        max_connections, static_cast<unsigned long long>(lim.rlim_cur),
        lim.rlim_cur > kReserve ? static_cast<unsigned long long>(lim.rlim_cur - kReserve) : 0ULL);
}

}  // namespace

void Server::Run() {
  Impl* impl = impl_.get();
  RaiseFileLimit(impl->opt.max_connections);
  impl->signals.async_wait([impl](beast::error_code ec, int) {
    if (!ec) impl->BeginStop();
  });
  for (auto& a : impl->acceptors) impl->Accept(*a);
  std::vector<std::thread> threads;
  for (auto& loop : impl->extra_loops) threads.emplace_back([l = loop.get()] { l->run(); });
  impl->ioc.run();
  for (auto& t : threads) t.join();
  impl->workers.join();
}

void Server::Stop() { impl_->BeginStop(); }

}  // namespace gk::http
