// sitemap.xml: the public URLs from a light query (index number and date,
// no bodies), kept between changes, and cut into files of at most
// `per_file` URLs under a sitemap index when there are more.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include "common/status.h"
#include "text/xml.h"

namespace gk::catalogue {

struct SitemapUrl {
  std::string path;     // "/items/..."
  std::string lastmod;  // YYYY-MM-DD or ""
};

// The URL list, loaded once per generation of the page cache (which moves
// at every publication change) and at most every `ttl_seconds`, so that
// changes made by other processes show as they do on cached pages.
class SitemapUrls {
 public:
  using List = std::shared_ptr<const std::vector<SitemapUrl>>;
  using Load = std::function<Result<std::vector<SitemapUrl>>()>;
  Result<List> Get(uint64_t generation, int64_t now_steady, int ttl_seconds, const Load& load);

 private:
  std::mutex mu_;
  List list_;
  uint64_t generation_ = 0;
  int64_t loaded_at_ = 0;
};

// The sitemap protocol's limit of URLs per file.
constexpr size_t kSitemapUrlsPerFile = 50000;

// How many files `urls` URLs make at `per_file` each (at least 1).
size_t SitemapFileCount(size_t urls, size_t per_file);
// <urlset> of `urls`, each prefixed with `base` (the site's address).
std::string SitemapUrlset(const std::string& base, std::span<const SitemapUrl> urls);
// <sitemapindex> of /sitemaps/1.xml ... /sitemaps/`files`.xml.
std::string SitemapIndex(const std::string& base, size_t files);
// "N.xml" -> N (1-based); 0 for anything else.
size_t SitemapFileNumber(const std::string& name);

using text::XmlEscape;  // text/xml.h

}  // namespace gk::catalogue
