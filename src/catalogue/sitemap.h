// sitemap.xml: the public URLs (index number and date, no bodies), cut into
// files of at most `per_file` URLs under a sitemap index when there are
// more; each file is read on its own (feed_routes.cc).
#pragma once

#include <cstdint>
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
