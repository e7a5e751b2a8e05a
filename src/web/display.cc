#include "web/display.h"

#include "web/site.h"

namespace gk::web {

std::string Display::Token() const {
  std::string t;
  auto add = [&t](const char* part) {
    if (!t.empty()) t += '-';
    t += part;
  };
  if (care) add("care");
  if (size == FontSize::kSmall) add("s");
  if (size == FontSize::kLarge) add("l");
  if (contrast) add("hc");
  return t;
}

std::string Display::HtmlClass() const {
  std::string c;
  auto add = [&c](const char* part) {
    if (!c.empty()) c += ' ';
    c += part;
  };
  if (care) add("display-care");
  if (size == FontSize::kSmall) add("font-s");
  if (size == FontSize::kLarge) add("font-l");
  if (contrast) add("contrast-high");
  return c;
}

Display ParseDisplay(std::string_view token) {
  Display d;
  while (!token.empty()) {
    const auto dash = token.find('-');
    const std::string_view part = token.substr(0, dash);
    if (part == "care") d.care = true;
    if (part == "s") d.size = FontSize::kSmall;
    if (part == "l") d.size = FontSize::kLarge;
    if (part == "hc") d.contrast = true;
    if (dash == std::string_view::npos) break;
    token.remove_prefix(dash + 1);
  }
  return d;
}

Display DisplayOf(const http::Request& req) { return ParseDisplay(req.Cookie(kDisplayCookie)); }

std::string CacheVariant(const http::Request& req) {
  if (IsApiPath(req.path)) return {};
  return DisplayOf(req).Token();
}

Display ApplyDisplayQuery(Display d, std::string_view mode, std::string_view size, std::string_view contrast) {
  if (mode == "care") d.care = true;
  if (mode == "standard") d.care = false;
  if (size == "s") d.size = FontSize::kSmall;
  if (size == "m") d.size = FontSize::kMedium;
  if (size == "l") d.size = FontSize::kLarge;
  if (contrast == "high") d.contrast = true;
  if (contrast == "normal") d.contrast = false;
  return d;
}

std::string SafeLocalPath(const std::string& next, const std::string& fallback) {
  if (next.size() < 1 || next[0] != '/') return fallback;
  // Control characters would split a header (CR, LF) or be dropped by the
  // browser (tab), turning "/\t/evil" into "//evil".
  std::string squeezed;
  for (char c : next) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return fallback;
    if (c != ' ') squeezed += c;
  }
  // "//host" and "/\host" are network paths to another site.
  if (squeezed.size() >= 2 && (squeezed[1] == '/' || squeezed[1] == '\\')) return fallback;
  if (next.find("://") != std::string::npos) return fallback;
  return next;
}

}  // namespace gk::web
