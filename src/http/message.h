// Plain request and response structs: the only HTTP types the rest of the
// program sees. No Beast here; src/http/server.cc converts at the edge.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gk::http {

// Case-insensitive ASCII comparison for header names.
struct CaseLess {
  bool operator()(std::string_view a, std::string_view b) const;
};

using Headers = std::multimap<std::string, std::string, CaseLess>;
// Query and form fields keep every value of a repeated name, in order.
using Params = std::multimap<std::string, std::string>;

struct UploadedFile {
  std::string field;         // form field name
  std::string filename;      // as sent by the client (UTF-8), never trusted as a path
  std::string content_type;  // as sent by the client, never trusted
  std::string data;
};

struct Request {
  std::string method;     // "GET", "POST", ... (HEAD is served as GET)
  std::string target;     // raw request-target, e.g. "/a%20b?x=1"
  std::string path;       // percent-decoded path, valid UTF-8, starts with '/'
  std::string raw_query;  // after '?', undecoded
  Params query;           // decoded query parameters
  Headers headers;
  std::string body;
  std::string remote_addr;  // peer address without port
  std::string request_id;
  bool is_head = false;

  // Filled by the router: typed path parameters by name ("{id:int}" -> "id").
  std::map<std::string, std::string> path_params;
  // Filled lazily by forms: decoded urlencoded or multipart body.
  Params form;
  std::vector<UploadedFile> files;
  // The query parameters the handler asked for through Query(): the server
  // stores a page in its cache only when the route declared all of them.
  mutable std::vector<std::string> queried;

  // First header value or "".
  std::string Header(std::string_view name) const;
  // First query parameter value or "". Records the name in `queried`.
  std::string Query(std::string_view name) const;
  // First form field value or "".
  std::string Form(std::string_view name) const;
  // Path parameter or "".
  std::string Param(std::string_view name) const;
  // Cookie value or "".
  std::string Cookie(std::string_view name) const;
};

// A file sent as a response body: streamed from disk by the server, never
// read whole into memory. Finalize narrows offset/length for a Range request.
struct FileBody {
  std::string path;
  int64_t size = 0;    // of the whole file
  int64_t offset = 0;  // of the part sent
  int64_t length = 0;  // of the part sent
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;
  // When set, the body is this file instead of `body` (downloads).
  std::optional<FileBody> file;
  // When set, the body is `shared_body` instead of `body`: memory kept alive
  // by `body_owner` (a page cache entry) or by the server itself (static
  // files), sent without a copy per request.
  bool body_shared = false;
  std::string_view shared_body;
  std::shared_ptr<const void> body_owner;
  std::string_view BodyView() const { return body_shared ? shared_body : std::string_view(body); }
  void ShareBody(std::string_view view, std::shared_ptr<const void> owner) {
    body.clear();
    body_shared = true;
    shared_body = view;
    body_owner = std::move(owner);
  }
  void ClearBody() {
    body.clear();
    body_shared = false;
    shared_body = {};
    body_owner.reset();
  }
  // Set by handlers for public pages that are the same for every visitor:
  // the server may keep the response in its page cache until invalidated.
  bool public_cacheable = false;
  // Unix seconds; 0 = unknown. Sent as Last-Modified when set.
  int64_t last_modified = 0;

  void SetHeader(std::string name, std::string value);
  // Adds a Set-Cookie header.
  void AddCookie(const std::string& set_cookie_value);

  static Response Html(std::string body, int status = 200);
  static Response Json(std::string body, int status = 200);
  static Response Text(std::string body, int status = 200);
  // The file at `path` (`size` bytes) as the body, streamed; answers
  // single byte ranges (Range: bytes=...) with 206.
  static Response File(std::string path, int64_t size, std::string content_type);
  // 303 See Other to a local path.
  static Response Redirect(std::string location, int status = 303);
};

// The first header whose name is not an HTTP token, or whose value holds
// CR, LF or NUL; "" when every header is safe to send. Such a header would
// split or extend the response (header injection), so the server never
// sends it, whoever set it.
std::string UnsafeHeader(const Headers& headers);

}  // namespace gk::http
