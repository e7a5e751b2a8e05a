// Item bodies (src/text/markdown.h): RenderMarkdown and MarkdownToText on any
// bytes. Beyond memory safety, checks that the HTML stays safe (no raw
// script-capable tags, no javascript: links) and that both outputs are
// valid UTF-8 (cmark validates its input; the table code must not break it).
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "text/markdown.h"

namespace {

using gk::fuzz::Check;

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

void CheckSafeHtml(const std::string& html) {
  const std::string lower = Lower(html);
  for (const char* bad : {"<script", "<iframe", "<object", "<embed", "<style", "<form", "<svg",
                          "href=\"javascript:", "src=\"javascript:", "href=\"vbscript:", "src=\"vbscript:"})
    Check(lower.find(bad) == std::string::npos, bad);
  // cmark's safe mode lets through data: URLs of raster images only (they
  // cannot run script, and browsers refuse to navigate to them).
  for (const char* attr : {"href=\"data:", "src=\"data:"}) {
    for (size_t at = lower.find(attr); at != std::string::npos; at = lower.find(attr, at + 1)) {
      std::string_view rest = std::string_view(lower).substr(at + std::string_view(attr).size());
      bool raster = false;
      for (std::string_view type : {"image/png", "image/gif", "image/jpeg", "image/webp"})
        raster = raster || rest.substr(0, type.size()) == type;
      Check(raster, "data: URL that is not a raster image");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view md(reinterpret_cast<const char*>(data), size);
  std::string html = gk::text::RenderMarkdown(md);
  CheckSafeHtml(html);
  Check(gk::http::IsValidUtf8(html), "HTML is not valid UTF-8");
  std::string text = gk::text::MarkdownToText(md);
  Check(gk::http::IsValidUtf8(text), "text is not valid UTF-8");
  return 0;
}
