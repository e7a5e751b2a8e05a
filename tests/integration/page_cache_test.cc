// Black-box tests of what an anonymous visitor can make the server spend:
// the page cache's key, pages with a failed part, the split sitemap and the
// batched search log (issue 13).
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <chrono>
#include <regex>
#include <thread>

#include "http/forms.h"
#include "storage/database.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPlanItem = "/items/11370100MB28696235/2020-00757";

class PageCacheTest : public ::testing::Test {
 public:
  void SetUp() override { server_ = ServerProcess::Start(); }
  HttpResult Public(const std::string& target) { return Fetch(server_->host(), server_->port(), "GET", target); }
  // The server's own database, opened beside it, for SQL it cannot be made to run.
  std::shared_ptr<storage::Database> Db() {
    auto db = storage::Database::Open({"", server_->data_dir(), 1, 5000});
    EXPECT_TRUE(db.ok()) << db.status().message();
    return db.ok() ? db.value() : nullptr;
  }
  void Sql(const std::string& statement) {
    auto db = Db();
    ASSERT_TRUE(db);
    Status s = db->Transact([&](soci::session& sql) {
      sql << statement;
      return Status::Ok();
    });
    ASSERT_TRUE(s.ok()) << s.message();
  }

 protected:
  std::unique_ptr<ServerProcess> server_;
};

// Random query strings no longer make new cache entries (and full renders):
// the key holds only the parameters the page reads.
TEST_F(PageCacheTest, ParametersThePageDoesNotReadShareOneEntry) {
  auto first = Public("/?x=random1");
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(first.Header("X-Cache"), "");
  auto second = Public("/?x=random2");
  EXPECT_EQ(second.Header("X-Cache"), "hit");
  EXPECT_EQ(second.body, first.body);
  EXPECT_EQ(Public("/").Header("X-Cache"), "hit");
  // A parameter the page reads still makes its own page, cached on its own.
  auto all = Public("/columns/tzgg");
  auto year = Public("/columns/tzgg?year=2020");
  ASSERT_EQ(year.status, 200);
  EXPECT_EQ(year.Header("X-Cache"), "");
  EXPECT_NE(year.body, all.body);
  auto again = Public("/columns/tzgg?utm_source=x&year=2020");
  EXPECT_EQ(again.Header("X-Cache"), "hit");
  EXPECT_EQ(again.body, year.body);
  EXPECT_EQ(Public("/columns/tzgg?year=2019").Header("X-Cache"), "");
}

// A page whose side part could not be read answers, but is not kept: once
// the part reads again, visitors see it at once.
TEST_F(PageCacheTest, PageWithAFailedPartIsNeverCached) {
  Sql("ALTER TABLE item_versions RENAME TO item_versions_away");
  auto broken = Public(kPlanItem);
  ASSERT_EQ(broken.status, 200);
  EXPECT_NE(broken.body.find("政务公开工作要点"), std::string::npos);
  EXPECT_EQ(broken.Header("Cache-Control"), "no-store");
  EXPECT_EQ(Public(kPlanItem).Header("X-Cache"), "");
  Sql("ALTER TABLE item_versions_away RENAME TO item_versions");
  auto whole = Public(kPlanItem);
  EXPECT_EQ(whole.Header("X-Cache"), "");  // rendered, not the broken copy
  EXPECT_NE(whole.Header("Cache-Control"), "no-store");
  EXPECT_EQ(Public(kPlanItem).Header("X-Cache"), "hit");
}

// Each search with words is logged, off the request path: the row shows
// within a few seconds, and what is still queued is written at shutdown.
TEST_F(PageCacheTest, SearchesAreLoggedInBatches) {
  auto count = [&](const std::string& q) {
    long long n = -1;
    auto db = Db();
    if (!db) return n;
    db->Read([&](soci::session& sql) {
        sql << "SELECT COUNT(*) FROM search_queries WHERE query = :q", soci::use(q), soci::into(n);
        return Status::Ok();
      }).ok();
    return n;
  };
  ASSERT_EQ(Public("/search?q=" + http::PercentEncode("食品")).status, 200);
  long long n = 0;
  for (int i = 0; i < 50 && n == 0; ++i) {
    n = count("食品");
    if (n == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(n, 1);
  ASSERT_EQ(Public("/search?q=" + http::PercentEncode("药品")).status, 200);
  EXPECT_EQ(server_->Terminate(), 0);
  EXPECT_EQ(count("药品"), 1);
}

// Sitemap files hold at most catalogue.sitemap_urls_per_file URLs; more
// make /sitemap.xml an index of /sitemaps/N.xml.
TEST(SitemapSplit, ManyUrlsMakeAnIndexOfFiles) {
  auto s = ServerProcess::Start({"--set", "catalogue.sitemap_urls_per_file=3"});
  auto get = [&](const std::string& t) { return Fetch(s->host(), s->port(), "GET", t); };
  auto index = get("/sitemap.xml");
  ASSERT_EQ(index.status, 200);
  EXPECT_NE(index.body.find("<sitemapindex"), std::string::npos);
  const std::regex loc("<loc>http://[^<]*/sitemaps/(\\d+)\\.xml</loc>");
  size_t files = std::distance(std::sregex_iterator(index.body.begin(), index.body.end(), loc), std::sregex_iterator());
  ASSERT_GE(files, 2u);
  size_t urls = 0;
  bool plan = false;
  for (size_t n = 1; n <= files; ++n) {
    auto part = get("/sitemaps/" + std::to_string(n) + ".xml");
    ASSERT_EQ(part.status, 200) << n;
    size_t in_file = 0;
    for (size_t p = part.body.find("<url>"); p != std::string::npos; p = part.body.find("<url>", p + 1)) ++in_file;
    EXPECT_GE(in_file, 1u) << n;
    EXPECT_LE(in_file, 3u) << n;
    urls += in_file;
    plan = plan || part.body.find(kPlanItem) != std::string::npos;
  }
  EXPECT_GT(urls, 3u * (files - 1));
  EXPECT_TRUE(plan);
  EXPECT_EQ(get("/sitemaps/" + std::to_string(files + 1) + ".xml").status, 404);
  EXPECT_EQ(get("/sitemaps/0.xml").status, 404);
  EXPECT_EQ(get("/sitemaps/x.xml").status, 404);
}

}  // namespace
}  // namespace gk::testing

namespace gk::testing {
namespace {

// The reading aids (web/display.h): /display sets the mode and returns only
// to a path of this site; each mode is its own page in the cache; pages tell
// browsers to ask again (no-cache, Vary: Cookie) so a switch shows at once.
TEST_F(PageCacheTest, DisplayModesAreCookiesWithTheirOwnCachedPages) {
  auto set = Fetch(server_->host(), server_->port(), "GET", "/display?mode=care&size=l&next=%2Fxxgk");
  ASSERT_EQ(set.status, 303);
  EXPECT_EQ(set.Header("Location"), "/xxgk");
  EXPECT_NE(set.Header("Set-Cookie").find("gk_display=care-l;"), std::string::npos) << set.Header("Set-Cookie");
  EXPECT_NE(set.Header("Set-Cookie").find("Max-Age=31536000"), std::string::npos);
  for (const char* next : {"//example.com/", "/\\example.com", "https://example.com/", "/\t/example.com", ""}) {
    auto away = Public(std::string("/display?mode=care&next=") + http::PercentEncode(next));
    EXPECT_EQ(away.Header("Location"), "/") << next;
  }
  // The standard mode deletes the cookie.
  auto back = Fetch(server_->host(), server_->port(), "GET", "/display?mode=standard&size=m",
                    {{"Cookie", "gk_display=care-l"}});
  EXPECT_NE(back.Header("Set-Cookie").find("Max-Age=0"), std::string::npos) << back.Header("Set-Cookie");

  auto plain = Public("/");
  ASSERT_EQ(plain.status, 200);
  EXPECT_NE(plain.body.find("<html lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(plain.body.find(">关怀版</a>"), std::string::npos);
  EXPECT_EQ(plain.Header("Cache-Control"), "public, no-cache");
  EXPECT_NE(plain.Header("Vary").find("Cookie"), std::string::npos);
  auto care = [&] { return Fetch(server_->host(), server_->port(), "GET", "/", {{"Cookie", "gk_display=care-hc"}}); };
  auto first = care();
  EXPECT_EQ(first.Header("X-Cache"), "");  // its own entry, not the standard page
  EXPECT_NE(first.body.find("class=\"display-care contrast-high\""), std::string::npos);
  EXPECT_NE(first.body.find(">标准版</a>"), std::string::npos);
  EXPECT_NE(first.body.find(">常规配色</a>"), std::string::npos);
  EXPECT_NE(first.Header("ETag"), plain.Header("ETag"));
  EXPECT_EQ(care().Header("X-Cache"), "hit");
  EXPECT_EQ(Public("/").body, plain.body);
  // Unknown tokens fall back to the standard page (no new entries from junk).
  auto junk = Fetch(server_->host(), server_->port(), "GET", "/", {{"Cookie", "gk_display=x-y-z"}});
  EXPECT_EQ(junk.Header("X-Cache"), "hit");
  EXPECT_EQ(junk.body, plain.body);
  // The links come back to the page they are on.
  EXPECT_NE(Public("/xxgk").body.find("/display?mode=care&amp;next=%2Fxxgk"), std::string::npos);
}

// 分享: an item page links the QR code of its own address; the code is an SVG
// drawn by the server, with the address from server.public_url or the Host.
TEST_F(PageCacheTest, ItemPagesShareAQrCodeOfTheirAddress) {
  auto item = Public(kPlanItem);
  ASSERT_EQ(item.status, 200);
  const std::string qr = std::string("/share/qr.svg?path=") + http::PercentEncode(kPlanItem);
  EXPECT_NE(item.body.find("src=\"" + qr + "\""), std::string::npos);
  EXPECT_NE(item.body.find("data-read-aloud"), std::string::npos);
  auto svg = Public(qr);
  ASSERT_EQ(svg.status, 200);
  EXPECT_EQ(svg.Header("Content-Type"), "image/svg+xml");
  EXPECT_EQ(svg.body.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.body.find("<path fill=\"#000\" d=\"M4 4h7v1h-7z"), std::string::npos);  // the top-left finder
  EXPECT_EQ(svg.Header("Cache-Control"), "private, max-age=3600");  // no public_url: from this request's Host
  // Not a path of this site: the code of the home page instead.
  EXPECT_EQ(Public("/share/qr.svg?path=https%3A%2F%2Fexample.com%2F").body, Public("/share/qr.svg?path=%2F").body);
  EXPECT_EQ(Public("/share/qr.svg?path=%2F" + std::string(3000, 'a')).status, 400);
}

}  // namespace
}  // namespace gk::testing
