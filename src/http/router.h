// Router: method + path pattern -> handler. Knows no domain and no Beast.
//
// Patterns are '/'-separated segments. A segment is literal text, "{name}"
// (one non-empty segment), "{name:int}" (1-18 ASCII digits) or, as the last
// segment only, "{name:path}" (the rest of the path, possibly with slashes).
// Literal segments win over parameters: routes are tried from the most
// specific to the least (compared segment by segment from the left: literal,
// then int, then string, then path), so registration order does not matter.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "http/message.h"

namespace gk::http {

using Handler = std::function<Response(Request&)>;

struct RouteOptions {
  // Accepts bodies up to the upload limit instead of the normal body limit.
  bool upload = false;
  // For upload routes: the largest body the handler can accept (0: the upload
  // limit). The server refuses a longer one with 413 before reading it, so
  // nobody makes it buffer more than the route could ever use.
  int64_t max_body = 0;
  // For upload routes: the request must carry this cookie (the session) or
  // it is refused with 403 before its body is read, so an anonymous client
  // cannot make the server buffer uploads that the guard would refuse anyway.
  // Empty: no such check.
  std::string require_cookie = {};
  // Runs on the I/O thread: only for handlers that never block (no database,
  // no search, no hashing), such as static files.
  bool inline_handler = false;
  // The query parameters the handler reads. The page cache keys a response
  // on the path and the first value of each of these; any other parameter is
  // left out of the key, so random query strings cannot multiply entries
  // (http/assets.h, PageCacheKey). A response whose handler read a parameter
  // not listed here is not cached.
  std::vector<std::string> cache_query = {};
};

struct Route {
  std::string method;
  std::string pattern;
  Handler handler;
  RouteOptions options;
};

class Router {
 public:
  // Returns Invalid for a malformed pattern or a duplicate (method, pattern).
  Status Add(std::string method, std::string pattern, Handler handler, RouteOptions options = {});

  struct Match {
    const Route* route = nullptr;  // null when nothing matched
    std::map<std::string, std::string> params;
    std::vector<std::string> allowed;  // methods of routes whose path matched
  };
  // HEAD matches GET routes. Thread-safe for concurrent Find after setup.
  Match Find(std::string_view method, std::string_view path) const;
  // What the server decides about a request's body before reading it, from
  // one route lookup: the largest body accepted (`body_limit` for ordinary
  // routes and unknown paths, `upload_limit` for upload routes, lowered to
  // their own max_body) and the cookie the request must carry
  // (RouteOptions::require_cookie; "" for none).
  struct BodyRule {
    int64_t limit = 0;
    std::string required_cookie;
  };
  BodyRule BodyRuleFor(std::string_view method, std::string_view path, int64_t body_limit, int64_t upload_limit) const;
  int64_t BodyLimit(std::string_view method, std::string_view path, int64_t body_limit, int64_t upload_limit) const {
    return BodyRuleFor(method, path, body_limit, upload_limit).limit;
  }

  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Segment {
    enum Kind { kLiteral, kString, kInt, kPath } kind;
    std::string text;  // literal text or parameter name
  };
  struct Compiled {
    std::vector<Segment> segments;
  };
  static bool MatchSegments(const Compiled& c, const std::vector<std::string_view>& parts, std::string_view path,
                            std::map<std::string, std::string>* params);

  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
  std::vector<size_t> order_;  // indexes into routes_, most specific first
  // order_ split by the first segment: the routes starting with each literal,
  // and those starting with a parameter (which rank after every literal), so
  // a lookup tries only the routes that can match.
  std::unordered_map<std::string, std::vector<size_t>> by_first_literal_;
  std::vector<size_t> parameter_first_;
};

}  // namespace gk::http
