// The sitemap's split into files and its URL list kept between changes.
#include "catalogue/sitemap.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gk::catalogue {
namespace {

size_t Count(const std::string& s, const std::string& part) {
  size_t n = 0;
  for (size_t p = s.find(part); p != std::string::npos; p = s.find(part, p + 1)) ++n;
  return n;
}

TEST(SitemapTest, FilesHoldAtMostTheLimit) {
  struct Case {
    size_t urls, per_file, files;
  } cases[] = {{0, 3, 1},
               {3, 3, 1},
               {4, 3, 2},
               {6, 3, 2},
               {7, 3, 3},
               {50000, kSitemapUrlsPerFile, 1},
               {50001, kSitemapUrlsPerFile, 2},
               {120000, kSitemapUrlsPerFile, 3}};
  for (const Case& c : cases) EXPECT_EQ(SitemapFileCount(c.urls, c.per_file), c.files) << c.urls << "/" << c.per_file;
}

TEST(SitemapTest, UrlsetAndIndex) {
  std::vector<SitemapUrl> urls = {{"/", ""}, {"/items/A/2020-00001", "2020-09-16"}, {"/items/B&C", "2021-01-02"}};
  std::string x = SitemapUrlset("https://gk.example", urls);
  EXPECT_EQ(Count(x, "<url>"), 3u);
  EXPECT_NE(x.find("<url><loc>https://gk.example/</loc></url>"), std::string::npos) << x;
  EXPECT_NE(x.find("<loc>https://gk.example/items/A/2020-00001</loc><lastmod>2020-09-16</lastmod>"), std::string::npos);
  EXPECT_NE(x.find("/items/B&amp;C"), std::string::npos);
  std::string index = SitemapIndex("https://gk.example", 3);
  EXPECT_NE(index.find("<sitemapindex"), std::string::npos);
  EXPECT_EQ(Count(index, "<sitemap>"), 3u);
  EXPECT_NE(index.find("<loc>https://gk.example/sitemaps/3.xml</loc>"), std::string::npos) << index;
}

TEST(SitemapTest, FileNumbers) {
  struct Case {
    const char* name;
    size_t n;
  } cases[] = {{"1.xml", 1}, {"12.xml", 12},   {"0.xml", 0}, {"01.xml", 0}, {"x.xml", 0},
               {"1", 0},     {"1.xml.xml", 0}, {".xml", 0},  {"-1.xml", 0}, {"99999999999999999999.xml", 0}};
  for (const Case& c : cases) EXPECT_EQ(SitemapFileNumber(c.name), c.n) << c.name;
}

}  // namespace
}  // namespace gk::catalogue
