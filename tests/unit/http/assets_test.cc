#include "http/assets.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace gk::http {
namespace {

namespace fs = std::filesystem;

// A temporary static directory, removed at the end of the test.
class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = fs::temp_directory_path() / "gk_assets_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    css_ = "body { color: #1a1a1a; }\n";
    while (css_.size() < 3000) css_ += ".item { margin: 0 0 1rem; padding: 0.5rem; }\n";
    Write("css/gongkai.css", css_);
    Write("js/gongkai.js", "document.documentElement.classList.add('js');\n");
    Write("img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
    Write("img/photo.png", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(4000, '\x01'));
    Write("LICENSE", "no extension");
    Write("a.b/c", "dot in the directory name");
    ASSERT_TRUE(files_.Load(dir_).ok());
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  void Write(const std::string& rel, const std::string& body) {
    fs::path p = fs::path(dir_) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << body;
  }

  std::string dir_;
  std::string css_;
  StaticFiles files_;
};

TEST_F(StaticFilesTest, UrlCarriesTheFingerprint) {
  const std::string fp = ContentHash(css_).substr(0, 8);
  EXPECT_EQ(files_.Url("css/gongkai.css"), "/static/css/gongkai." + fp + ".css");
  // No extension: the fingerprint is appended.
  const std::string lic = ContentHash("no extension").substr(0, 8);
  EXPECT_EQ(files_.Url("LICENSE"), "/static/LICENSE." + lic);
  // A dot in a directory name is not an extension.
  const std::string c = ContentHash("dot in the directory name").substr(0, 8);
  EXPECT_EQ(files_.Url("a.b/c"), "/static/a.b/c." + c);
  // Unknown names are returned unchanged under /static/.
  EXPECT_EQ(files_.Url("css/missing.css"), "/static/css/missing.css");
}

TEST_F(StaticFilesTest, FindWithAndWithoutFingerprint) {
  struct Case {
    std::string path;
    std::string body;  // "" = not found
    bool immutable;
  };
  const std::string fp = ContentHash(css_).substr(0, 8);
  const Case cases[] = {
      {files_.Url("css/gongkai.css"), css_, true},
      {"/static/css/gongkai.css", css_, false},
      {"/static/css/gongkai.00000000.css", css_, false},  // stale fingerprint: current file, short cache
      {files_.Url("LICENSE"), "no extension", true},
      {"/static/LICENSE", "no extension", false},
      {files_.Url("a.b/c"), "dot in the directory name", true},
      {files_.Url("js/gongkai.js"), "document.documentElement.classList.add('js');\n", true},
      {"/static/css/missing.css", "", false},
      {"/static/css/missing." + fp + ".css", "", false},
      {"/static/", "", false},
      {"/static", "", false},
      {"/css/gongkai.css", "", false},
      {"/static/../static/css/gongkai.css", "", false},
      {"/static/css", "", false},
  };
  for (const auto& c : cases) {
    bool immutable = true;  // Find must reset it
    const Asset* a = files_.Find(c.path, &immutable);
    if (c.body.empty()) {
      EXPECT_EQ(a, nullptr) << c.path;
      EXPECT_FALSE(immutable) << c.path;
      continue;
    }
    ASSERT_NE(a, nullptr) << c.path;
    EXPECT_EQ(a->body, c.body) << c.path;
    EXPECT_EQ(immutable, c.immutable) << c.path;
  }
}

TEST_F(StaticFilesTest, AssetMetadata) {
  bool immutable = false;
  const Asset* css = files_.Find("/static/css/gongkai.css", &immutable);
  ASSERT_NE(css, nullptr);
  EXPECT_EQ(css->content_type, "text/css; charset=utf-8");
  EXPECT_EQ(css->etag, QuotedHash(css_));
  EXPECT_EQ(css->fingerprint, ContentHash(css_).substr(0, 8));
  ASSERT_FALSE(css->gzip_body.empty()) << "large CSS is precompressed";
  EXPECT_LT(css->gzip_body.size(), css->body.size());

  const Asset* png = files_.Find("/static/img/photo.png", &immutable);
  ASSERT_NE(png, nullptr);
  EXPECT_EQ(png->content_type, "image/png");
  EXPECT_TRUE(png->gzip_body.empty()) << "images are not compressed";

  const Asset* js = files_.Find("/static/js/gongkai.js", &immutable);
  ASSERT_NE(js, nullptr);
  EXPECT_TRUE(js->gzip_body.empty()) << "small files are not compressed";
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
}

TEST(StaticFilesLoadTest, MissingDirectory) {
  StaticFiles f;
  Status s = f.Load("/nonexistent/gk/static");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/gk/static"), std::string::npos) << s.message();
}

// ---------------------------------------------------------------------------
// PageCacheKey: the path and the parameters the route reads, nothing else.

TEST(PageCacheKeyTest, OnlyDeclaredParametersInNameOrder) {
  auto q = [](std::vector<std::pair<std::string, std::string>> kv) { return Params(kv.begin(), kv.end()); };
  const std::vector<std::string> reads = {"year", "page"};
  struct Case {
    const char* why;
    std::string a_path;
    Params a;
    std::string b_path;
    Params b;
    bool same;
  } cases[] = {
      {"unread parameters ignored", "/", q({{"x", "random1"}}), "/", q({{"x", "random2"}}), true},
      {"no query = unread query", "/c", {}, "/c", q({{"utm", "1"}}), true},
      {"order does not matter", "/c", q({{"year", "2020"}, {"page", "2"}}), "/c", q({{"page", "2"}, {"year", "2020"}}),
       true},
      {"empty = absent (Query returns \"\" for both)", "/c", q({{"year", ""}}), "/c", {}, true},
      {"only the first value counts", "/c", q({{"page", "2"}, {"page", "3"}}), "/c", q({{"page", "2"}}), true},
      {"a read parameter makes its own key", "/c", q({{"year", "2020"}}), "/c", q({{"year", "2019"}}), false},
      {"paths differ", "/a", {}, "/b", {}, false},
      {"no confusion between path and query", "/c?year=1", {}, "/c", q({{"year", "1"}}), false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(PageCacheKey(c.a_path, c.a, reads) == PageCacheKey(c.b_path, c.b, reads), c.same) << c.why;
}

// ---------------------------------------------------------------------------
// ResponseCache

std::shared_ptr<const ResponseCache::Entry> MakeEntry(const std::string& body) {
  auto e = std::make_shared<ResponseCache::Entry>();
  e->response = Response::Html(body);
  e->etag = QuotedHash(body);
  return e;
}

TEST(ResponseCacheTest, PutGetInvalidate) {
  ResponseCache cache;
  EXPECT_EQ(cache.Get("/"), nullptr);
  cache.Put("/", cache.generation(), MakeEntry("home"));
  cache.Put("/agencies", cache.generation(), MakeEntry("agencies"));
  ASSERT_NE(cache.Get("/"), nullptr);
  EXPECT_EQ(cache.Get("/")->response.body, "home");
  EXPECT_EQ(cache.Get("/agencies")->response.body, "agencies");
  EXPECT_EQ(cache.Get("/?page=2"), nullptr) << "keyed by the whole target";

  // Replacing an entry.
  cache.Put("/", cache.generation(), MakeEntry("home v2"));
  EXPECT_EQ(cache.Get("/")->response.body, "home v2");

  const uint64_t before = cache.generation();
  cache.Invalidate();
  EXPECT_NE(cache.generation(), before);
  EXPECT_EQ(cache.Get("/"), nullptr);
  EXPECT_EQ(cache.Get("/agencies"), nullptr);
}

TEST(ResponseCacheTest, EntryHeldByReaderSurvivesInvalidate) {
  ResponseCache cache;
  cache.Put("/", cache.generation(), MakeEntry("home"));
  auto held = cache.Get("/");
  cache.Invalidate();
  ASSERT_NE(held, nullptr);
  EXPECT_EQ(held->response.body, "home");
}

// A page rendered before a publish must not be stored after it: the handler
// reads the generation, renders (slowly), and stores with the old generation.
TEST(ResponseCacheTest, PutAfterInvalidateWithOldGenerationIsDropped) {
  ResponseCache cache;
  const uint64_t gen = cache.generation();  // request starts rendering
  cache.Invalidate();                       // content published meanwhile
  cache.Put("/", gen, MakeEntry("stale"));  // request finishes
  EXPECT_EQ(cache.Get("/"), nullptr);
  // A request that started after the publish may store its page.
  cache.Put("/", cache.generation(), MakeEntry("fresh"));
  ASSERT_NE(cache.Get("/"), nullptr);
  EXPECT_EQ(cache.Get("/")->response.body, "fresh");
  // Two invalidations in a row: only the newest generation stores.
  const uint64_t g1 = cache.generation();
  cache.Invalidate();
  const uint64_t g2 = cache.generation();
  cache.Invalidate();
  cache.Put("/a", g1, MakeEntry("a"));
  cache.Put("/b", g2, MakeEntry("b"));
  EXPECT_EQ(cache.Get("/a"), nullptr);
  EXPECT_EQ(cache.Get("/b"), nullptr);
}

TEST(ResponseCacheTest, BoundedSize) {
  ResponseCache cache(3);
  for (int i = 0; i < 10; ++i) cache.Put("/p" + std::to_string(i), cache.generation(), MakeEntry("x"));
  int present = 0;
  for (int i = 0; i < 10; ++i) present += cache.Get("/p" + std::to_string(i)) != nullptr;
  EXPECT_LE(present, 3);
  EXPECT_NE(cache.Get("/p9"), nullptr) << "the newest entry is kept";
}

TEST(ResponseCacheTest, ConcurrentUse) {
  ResponseCache cache(64);
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        const std::string key = "/p" + std::to_string((i + t) % 100);
        cache.Put(key, cache.generation(), MakeEntry(key));
        if (auto e = cache.Get(key)) {
          EXPECT_EQ(e->response.body, key);
        }
      }
    });
  }
  std::thread invalidator([&] {
    while (!stop) cache.Invalidate();
  });
  for (auto& th : threads) th.join();
  stop = true;
  invalidator.join();
}

// ---------------------------------------------------------------------------
// MIME types and helpers

TEST(MimeTypeTest, Table) {
  struct Case {
    std::string name;
    std::string type;
  };
  const Case cases[] = {
      {"a.css", "text/css; charset=utf-8"},
      {"dir/a.js", "text/javascript; charset=utf-8"},
      {"index.html", "text/html; charset=utf-8"},
      {"robots.txt", "text/plain; charset=utf-8"},
      {"data.json", "application/json"},
      {"feed.xml", "application/xml"},
      {"logo.svg", "image/svg+xml"},
      {"a.png", "image/png"},
      {"a.jpg", "image/jpeg"},
      {"a.jpeg", "image/jpeg"},
      {"a.gif", "image/gif"},
      {"favicon.ico", "image/x-icon"},
      {"a.webp", "image/webp"},
      {"font.woff2", "font/woff2"},
      {"report.pdf", "application/pdf"},
      {"archive.tar.gz", "application/octet-stream"},
      {"LICENSE", "application/octet-stream"},
      {"a.exe", "application/octet-stream"},
      {"", "application/octet-stream"},
  };
  for (const auto& c : cases) EXPECT_EQ(MimeType(c.name), c.type) << c.name;
}

TEST(MimeTypeTest, Compressible) {
  EXPECT_TRUE(IsCompressible("text/html; charset=utf-8"));
  EXPECT_TRUE(IsCompressible("text/css"));
  EXPECT_TRUE(IsCompressible("application/json"));
  EXPECT_TRUE(IsCompressible("application/xml"));
  EXPECT_TRUE(IsCompressible("image/svg+xml"));
  EXPECT_FALSE(IsCompressible("image/png"));
  EXPECT_FALSE(IsCompressible("application/pdf"));
  EXPECT_FALSE(IsCompressible("font/woff2"));
  EXPECT_FALSE(IsCompressible(""));
}

TEST(ContentHashTest, StableAndDistinct) {
  EXPECT_EQ(ContentHash("abc"), ContentHash("abc"));
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
  EXPECT_EQ(ContentHash("").size(), 16u);
  EXPECT_EQ(ContentHash("").find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(QuotedHash("abc"), "\"" + ContentHash("abc") + "\"");
}

}  // namespace
}  // namespace gk::http
