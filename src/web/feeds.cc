#include "web/feeds.h"

#include <nlohmann/json.hpp>

#include <ctime>

namespace gk::web {

std::string UtcTime(int64_t t, const char* format) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

std::string BaseUrl(Context& ctx, const http::Request& req) {
  std::string base = ctx.services().config.server.public_url;
  if (base.empty()) {
    std::string host = req.Header("Host");
    // Only what a host header may hold; anything else falls back to a path-only feed.
    bool ok = !host.empty() &&
              host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]") ==
                  std::string::npos;
    base = ok ? (ctx.services().config.server.tls ? "https://" : "http://") + host : "";
  }
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

std::string AtomFeed(const std::string& base, const std::string& title, const std::string& path, int64_t updated,
                     const std::vector<FeedEntry>& entries) {
  std::string x =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">";
  x += "<title>" + XmlEscape(title) + "</title><id>" + XmlEscape(base + path) + "</id>";
  x += "<link href=\"" + XmlEscape(base + path) + "\"/>";
  x += "<updated>" + UtcTime(updated, "%Y-%m-%dT%H:%M:%SZ") + "</updated>";
  for (const auto& e : entries) {
    const std::string link = base + e.path;
    x += "<entry><title>" + XmlEscape(e.title) + "</title><id>" + XmlEscape(link) + "</id>";
    x += "<link href=\"" + XmlEscape(link) + "\"/>";
    x += "<updated>" + UtcTime(e.updated, "%Y-%m-%dT%H:%M:%SZ") + "</updated>";
    x += "<summary>" + XmlEscape(e.summary.empty() ? e.title : e.summary) + "</summary></entry>";
  }
  x += "</feed>\n";
  return x;
}

void AddFeedLinks(Context& ctx, Page& page, const std::string& title, const std::string& rss_path,
                  const std::string& atom_path) {
  std::string base = ctx.services().config.server.public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  for (const auto& [type, path] : {std::pair{"application/rss+xml", &rss_path}, std::pair{"application/atom+xml", &atom_path}}) {
    auto* f = page.layout().AddSectionDictionary("FEEDS");
    f->SetValue("TYPE", type);
    f->SetValue("TITLE", title);
    f->SetValue("URL", base + *path);
  }
}

http::Response FeedResponse(Context& ctx, std::string body, const char* content_type) {
  http::Response r;
  r.body = std::move(body);
  r.SetHeader("Content-Type", content_type);
  r.public_cacheable = !ctx.services().config.server.public_url.empty();
  r.last_modified = ctx.services().cache.changed_at();  // the last publication change
  r.SetHeader("Cache-Control", "public, max-age=300");
  return r;
}

http::Response ApiJson(Context& ctx, std::string body, int status) {
  auto r = http::Response::Json(std::move(body));
  r.status = status;
  r.SetHeader("Access-Control-Allow-Origin", "*");
  return status == 200 ? ctx.Cacheable(std::move(r)) : r;
}

http::Response ApiJson(Context& ctx, const nlohmann::json& body) {
  return ApiJson(ctx, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace gk::web
