// http::Finalize: the rules every response passes through on its way out.
#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "http/assets.h"
#include "http/server.h"

namespace gk::http {
namespace {

// As the server builds it: HEAD keeps its method name and sets is_head.
Request Get(const std::string& method = "GET") {
  Request req;
  req.method = method;
  req.is_head = method == "HEAD";
  req.target = "/page";
  req.path = "/page";
  return req;
}

Request WithHeader(Request req, const std::string& name, const std::string& value) {
  req.headers.emplace(name, value);
  return req;
}

std::string Header(const Response& r, const std::string& name) {
  auto it = r.headers.find(name);
  return it == r.headers.end() ? std::string() : it->second;
}

bool HasHeader(const Response& r, const std::string& name) { return r.headers.count(name) > 0; }

// A text body above the gzip threshold that compresses well.
std::string LongHtml(size_t n = 4096) {
  std::string s = "<!doctype html><title>公开</title>";
  while (s.size() < n) s += "<p>政府信息公开 government information disclosure</p>\n";
  return s;
}

std::string Gunzip(const std::string& in) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return "<inflateInit2 failed>";
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  std::string out;
  char buf[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
  }
  inflateEnd(&zs);
  return rc == Z_STREAM_END ? out : "<inflate failed>";
}

// ---------------------------------------------------------------------------
// Security headers

TEST(FinalizeTest, SecurityHeadersOnEveryResponse) {
  struct Case {
    std::string method;
    Response response;
  };
  std::vector<Case> cases;
  cases.push_back({"GET", Response::Html("<p>hi</p>")});
  cases.push_back({"GET", Response::Html(LongHtml())});
  cases.push_back({"HEAD", Response::Html("<p>hi</p>")});
  cases.push_back({"POST", Response::Html("<p>form</p>", 400)});
  cases.push_back({"POST", Response::Redirect("/console")});
  cases.push_back({"GET", Response::Json("{}")});
  cases.push_back({"GET", Response::Text("not found", 404)});
  cases.push_back({"GET", Response::Text("", 500)});
  for (bool hsts : {false, true}) {
    for (const auto& c : cases) {
      WireResponse w = Finalize(Get(c.method), c.response, hsts);
      const Response& r = w.response;
      SCOPED_TRACE(c.method + " status " + std::to_string(c.response.status) + (hsts ? " hsts" : ""));
      std::string csp = Header(r, "Content-Security-Policy");
      EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
      EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << csp;
      EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << csp;
      EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos) << csp;
      EXPECT_EQ(Header(r, "X-Content-Type-Options"), "nosniff");
      EXPECT_FALSE(Header(r, "Referrer-Policy").empty());
      EXPECT_EQ(HasHeader(r, "Strict-Transport-Security"), hsts);
      if (hsts) {
        EXPECT_NE(Header(r, "Strict-Transport-Security").find("max-age="), std::string::npos);
      }
      EXPECT_EQ(r.headers.count("Content-Security-Policy"), 1u) << "set once, not appended";
    }
  }
}

TEST(FinalizeTest, SecurityHeadersOnNotModified) {
  Response first = Finalize(Get(), Response::Html("<p>x</p>"), true).response;
  Request again = WithHeader(Get(), "If-None-Match", Header(first, "ETag"));
  Response r = Finalize(again, Response::Html("<p>x</p>"), true).response;
  ASSERT_EQ(r.status, 304);
  EXPECT_EQ(Header(r, "X-Content-Type-Options"), "nosniff");
  EXPECT_NE(Header(r, "Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_TRUE(HasHeader(r, "Strict-Transport-Security"));
}

// ---------------------------------------------------------------------------
// ETag and If-None-Match

TEST(FinalizeTest, EtagAndIfNoneMatch) {
  const std::string body = "<p>事项</p>";
  WireResponse first = Finalize(Get(), Response::Html(body), false);
  const std::string etag = Header(first.response, "ETag");
  ASSERT_GE(etag.size(), 3u);
  EXPECT_EQ(etag.front(), '"');
  EXPECT_EQ(etag.back(), '"');
  EXPECT_EQ(first.response.status, 200);
  EXPECT_EQ(first.response.body, body);
  EXPECT_EQ(first.content_length, body.size());
  // Same body, same tag; another body, another tag.
  EXPECT_EQ(Header(Finalize(Get(), Response::Html(body), false).response, "ETag"), etag);
  EXPECT_NE(Header(Finalize(Get(), Response::Html(body + " "), false).response, "ETag"), etag);

  struct Case {
    std::string if_none_match;
    int status;
  };
  const Case cases[] = {
      {etag, 304},
      {"W/" + etag, 304},
      {"\"other\", " + etag, 304},
      {"\"other\",W/" + etag + " , \"more\"", 304},
      {"*", 304},
      {"\"other\"", 200},
      {"\"other\", W/\"more\"", 200},
      {etag.substr(1, etag.size() - 2), 200},  // unquoted is not the same tag
  };
  for (const auto& c : cases) {
    WireResponse w = Finalize(WithHeader(Get(), "If-None-Match", c.if_none_match), Response::Html(body), false);
    EXPECT_EQ(w.response.status, c.status) << "If-None-Match: " << c.if_none_match;
    if (c.status == 304) {
      EXPECT_TRUE(w.response.body.empty());
      EXPECT_EQ(w.content_length, 0u);
      EXPECT_EQ(Header(w.response, "ETag"), etag);
    } else {
      EXPECT_EQ(w.response.body, body);
    }
  }
}

TEST(FinalizeTest, PrecomputedEtagIsUsed) {
  WireResponse w = Finalize(Get(), Response::Text("x"), false, {}, "\"abc\"");
  EXPECT_EQ(Header(w.response, "ETag"), "\"abc\"");
  w = Finalize(WithHeader(Get(), "If-None-Match", "\"abc\""), Response::Text("x"), false, {}, "\"abc\"");
  EXPECT_EQ(w.response.status, 304);
}

TEST(FinalizeTest, NoConditionalAnswersForUnsafeMethodsOrErrors) {
  const std::string body = "<p>x</p>";
  const std::string etag = Header(Finalize(Get(), Response::Html(body), false).response, "ETag");
  // POST never gets a 304.
  WireResponse w = Finalize(WithHeader(Get("POST"), "If-None-Match", etag), Response::Html(body), false);
  EXPECT_EQ(w.response.status, 200);
  EXPECT_EQ(w.response.body, body);
  // Nor does an error page.
  w = Finalize(WithHeader(Get(), "If-None-Match", "*"), Response::Html(body, 404), false);
  EXPECT_EQ(w.response.status, 404);
  EXPECT_EQ(w.response.body, body);
}

// ---------------------------------------------------------------------------
// Last-Modified and If-Modified-Since

TEST(FinalizeTest, LastModifiedAndIfModifiedSince) {
  Response page = Response::Html("<p>page</p>");
  page.last_modified = 1764136800;  // Wed, 26 Nov 2025 06:00:00 GMT
  WireResponse w = Finalize(Get(), page, false);
  EXPECT_EQ(Header(w.response, "Last-Modified"), "Wed, 26 Nov 2025 06:00:00 GMT");

  struct Case {
    std::string since;
    int status;
  };
  const Case cases[] = {
      {"Wed, 26 Nov 2025 06:00:00 GMT", 304},  // exactly then
      {"Thu, 27 Nov 2025 00:00:00 GMT", 304},  // later
      {"Wed, 26 Nov 2025 05:59:59 GMT", 200},  // a second before
      {"Mon, 01 Jan 2024 00:00:00 GMT", 200},
      {"yesterday", 200},  // unparsable: ignored
      {"", 200},
  };
  for (const auto& c : cases) {
    Request req = Get();
    if (!c.since.empty()) req.headers.emplace("If-Modified-Since", c.since);
    WireResponse r = Finalize(req, page, false);
    EXPECT_EQ(r.response.status, c.status) << "If-Modified-Since: " << c.since;
  }
  // If-None-Match takes precedence over If-Modified-Since (RFC 9110 13.2.2).
  Request both = Get();
  both.headers.emplace("If-None-Match", "\"different\"");
  both.headers.emplace("If-Modified-Since", "Thu, 27 Nov 2025 00:00:00 GMT");
  EXPECT_EQ(Finalize(both, page, false).response.status, 200);
  // Without a known modification time there is no Last-Modified.
  EXPECT_FALSE(HasHeader(Finalize(Get(), Response::Html("x"), false).response, "Last-Modified"));
}

// ---------------------------------------------------------------------------
// gzip

TEST(FinalizeTest, GzipWhenAcceptedLargeAndCompressible) {
  const std::string big = LongHtml();
  const std::string small(1023, 'a');
  const std::string threshold(1024, 'b');
  struct Case {
    std::string name;
    std::string accept_encoding;  // "" = no header
    std::string content_type;
    std::string body;
    bool gzip;
  };
  const Case cases[] = {
      {"html accepted", "gzip, deflate, br", "text/html; charset=utf-8", big, true},
      {"plain gzip", "gzip", "text/html; charset=utf-8", big, true},
      {"json", "gzip", "application/json; charset=utf-8", big, true},
      {"css", "gzip", "text/css; charset=utf-8", big, true},
      {"svg", "gzip", "image/svg+xml", big, true},
      {"exactly 1 KB", "gzip", "text/plain; charset=utf-8", threshold, true},
      {"below 1 KB", "gzip", "text/plain; charset=utf-8", small, false},
      {"not accepted", "", "text/html; charset=utf-8", big, false},
      {"only deflate", "deflate, br", "text/html; charset=utf-8", big, false},
      {"gzip;q=0", "gzip;q=0", "text/html; charset=utf-8", big, false},
      {"gzip; q=0.0", "br, gzip; q=0.0", "text/html; charset=utf-8", big, false},
      {"gzip;q=0.5", "gzip;q=0.5", "text/html; charset=utf-8", big, true},
      {"q=0 for another coding", "gzip, br;q=0", "text/html; charset=utf-8", big, true},
      {"png", "gzip", "image/png", big, false},
      {"pdf", "gzip", "application/pdf", big, false},
      {"no content type", "gzip", "", big, false},
  };
  for (const auto& c : cases) {
    Response r;
    r.body = c.body;
    if (!c.content_type.empty()) r.SetHeader("Content-Type", c.content_type);
    Request req = Get();
    if (!c.accept_encoding.empty()) req.headers.emplace("Accept-Encoding", c.accept_encoding);
    WireResponse w = Finalize(req, r, false);
    SCOPED_TRACE(c.name);
    EXPECT_EQ(w.response.status, 200);
    EXPECT_EQ(Header(w.response, "Content-Encoding") == "gzip", c.gzip);
    if (c.gzip) {
      EXPECT_LT(w.response.body.size(), c.body.size());
      EXPECT_EQ(Gunzip(w.response.body), c.body);
      EXPECT_EQ(w.content_length, w.response.body.size());
    } else {
      EXPECT_EQ(w.response.body, c.body);
      EXPECT_EQ(w.content_length, c.body.size());
    }
    // Caches must know the answer depends on Accept-Encoding whenever it could.
    if (c.gzip) {
      EXPECT_NE(Header(w.response, "Vary").find("Accept-Encoding"), std::string::npos);
    }
  }
}

TEST(FinalizeTest, GzipHasItsOwnEtag) {
  const std::string big = LongHtml();
  WireResponse plain = Finalize(Get(), Response::Html(big), false);
  WireResponse zipped = Finalize(WithHeader(Get(), "Accept-Encoding", "gzip"), Response::Html(big), false);
  ASSERT_EQ(Header(zipped.response, "Content-Encoding"), "gzip");
  const std::string plain_tag = Header(plain.response, "ETag");
  const std::string gzip_tag = Header(zipped.response, "ETag");
  EXPECT_FALSE(plain_tag.empty());
  EXPECT_FALSE(gzip_tag.empty());
  EXPECT_NE(plain_tag, gzip_tag);
  EXPECT_EQ(gzip_tag.front(), '"');
  EXPECT_EQ(gzip_tag.back(), '"');
  // Each tag revalidates its own representation only.
  Request revalidate_gzip = WithHeader(WithHeader(Get(), "Accept-Encoding", "gzip"), "If-None-Match", gzip_tag);
  EXPECT_EQ(Finalize(revalidate_gzip, Response::Html(big), false).response.status, 304);
  Request plain_with_gzip_tag = WithHeader(Get(), "If-None-Match", gzip_tag);
  EXPECT_EQ(Finalize(plain_with_gzip_tag, Response::Html(big), false).response.status, 200);
  Request gzip_with_plain_tag = WithHeader(WithHeader(Get(), "Accept-Encoding", "gzip"), "If-None-Match", plain_tag);
  EXPECT_EQ(Finalize(gzip_with_plain_tag, Response::Html(big), false).response.status, 200);
}

TEST(FinalizeTest, PrecomputedGzipBodyIsUsed) {
  const std::string big = LongHtml();
  const std::string z = Gzip(big);
  ASSERT_FALSE(z.empty());
  WireResponse w = Finalize(WithHeader(Get(), "Accept-Encoding", "gzip"), Response::Html(big), false, z);
  EXPECT_EQ(w.response.body, z);
  EXPECT_EQ(Gunzip(w.response.body), big);
}

// ---------------------------------------------------------------------------
// HEAD

TEST(FinalizeTest, HeadKeepsLengthButNoBody) {
  const std::string small = "<p>head</p>";
  WireResponse w = Finalize(Get("HEAD"), Response::Html(small), false);
  EXPECT_EQ(w.response.status, 200);
  EXPECT_TRUE(w.response.body.empty());
  EXPECT_EQ(w.content_length, small.size());
  EXPECT_EQ(Header(w.response, "ETag"), Header(Finalize(Get(), Response::Html(small), false).response, "ETag"));

  const std::string big = LongHtml();
  WireResponse g = Finalize(WithHeader(Get(), "Accept-Encoding", "gzip"), Response::Html(big), false);
  WireResponse h = Finalize(WithHeader(Get("HEAD"), "Accept-Encoding", "gzip"), Response::Html(big), false);
  EXPECT_TRUE(h.response.body.empty());
  EXPECT_EQ(Header(h.response, "Content-Encoding"), "gzip");
  EXPECT_EQ(h.content_length, g.response.body.size());
  EXPECT_EQ(Header(h.response, "ETag"), Header(g.response, "ETag"));
}

}  // namespace
}  // namespace gk::http
