// Feeds for every public record type: the Atom document, absolute links and
// the response that may or may not be shared through the page cache.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "text/xml.h"
#include "web/site.h"

namespace gk::web {

using text::XmlEscape;  // text/xml.h
// A time in UTC with strftime's `format` ("%Y-%m-%dT%H:%M:%SZ").
std::string UtcTime(int64_t unix_seconds, const char* format);

// The site's address for absolute links: server.public_url, or else the Host
// the request came to (only when it looks like a host), or "".
std::string BaseUrl(Context& ctx, const http::Request& req);

struct FeedEntry {
  std::string title;
  std::string path;  // of the entry's page, from the site's root
  int64_t updated = 0;
  std::string summary;
};

// An Atom document (RFC 4287) titled `title` for the page at `path`.
std::string AtomFeed(const std::string& base, const std::string& title, const std::string& path, int64_t updated,
                     const std::vector<FeedEntry>& entries);

// Feed autodiscovery in the page's <head>: <link rel="alternate"> to the RSS
// and Atom feeds at `rss_path` and `atom_path`, titled `title` — absolute
// under server.public_url when it is set, else from the site's root (never
// from the Host header: the page may be shared through the page cache).
void AddFeedLinks(Context& ctx, Page& page, const std::string& title, const std::string& rss_path,
                  const std::string& atom_path);

// A feed response. Only a feed whose links come from server.public_url may
// go into the shared page cache: with links from the Host header, one forged
// request would poison everyone's copy.
http::Response FeedResponse(Context& ctx, std::string body, const char* content_type);

// A response of the public JSON API: any origin may read it (CORS), and a
// 200 is cached like a public page (Context::Cacheable); an error answer is
// not cached.
http::Response ApiJson(Context& ctx, std::string body, int status = 200);
// The same for a JSON value: written compact, text that is not UTF-8
// replaced rather than thrown on.
http::Response ApiJson(Context& ctx, const nlohmann::json& body);

}  // namespace gk::web
