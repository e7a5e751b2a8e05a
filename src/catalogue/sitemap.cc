#include "catalogue/sitemap.h"

#include <charconv>

namespace gk::catalogue {

size_t SitemapFileCount(size_t urls, size_t per_file) {
  if (per_file == 0) per_file = kSitemapUrlsPerFile;
  return urls <= per_file ? 1 : (urls + per_file - 1) / per_file;
}

std::string SitemapUrlset(const std::string& base, std::span<const SitemapUrl> urls) {
  std::string x =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
  for (const auto& u : urls) {
    x += "<url><loc>" + XmlEscape(base + u.path) + "</loc>";
    if (!u.lastmod.empty()) x += "<lastmod>" + XmlEscape(u.lastmod) + "</lastmod>";
    x += "</url>";
  }
  return x + "</urlset>\n";
}

std::string SitemapIndex(const std::string& base, size_t files) {
  std::string x =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex "
      "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
  for (size_t n = 1; n <= files; ++n)
    x += "<sitemap><loc>" + XmlEscape(base + "/sitemaps/" + std::to_string(n) + ".xml") + "</loc></sitemap>";
  return x + "</sitemapindex>\n";
}

size_t SitemapFileNumber(const std::string& name) {
  if (!name.ends_with(".xml") || name.size() > 12 || name.size() < 5 || name[0] == '0') return 0;
  size_t n = 0;
  const char* end = name.data() + name.size() - 4;
  auto [p, ec] = std::from_chars(name.data(), end, n);
  return ec == std::errc() && p == end ? n : 0;
}

}  // namespace gk::catalogue
