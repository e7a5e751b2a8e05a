// Reading aids of the public site (work plan 四(二), 无障碍 and 适老化): the
// 关怀版 (senior mode, after 工业和信息化部《互联网网站适老化通用设计规范》),
// 字号 大/中/小 and a high-contrast mode. They work without JavaScript: the
// choice is a cookie set by GET /display (so a mode is also a link that can
// be shared), the public layout renders it as classes on <html>, and the
// page cache keeps one copy of a page per combination (CacheVariant).
#pragma once

#include <string>
#include <string_view>

#include "http/message.h"

namespace gk::web {

inline constexpr const char* kDisplayCookie = "gk_display";

enum class FontSize { kSmall, kMedium, kLarge };

struct Display {
  bool care = false;      // 关怀版
  FontSize size = FontSize::kMedium;
  bool contrast = false;  // 高对比度

  bool is_default() const { return !care && size == FontSize::kMedium && !contrast; }
  // "care-l-hc" style: the tokens of what differs from the default, "" for
  // the default. Also the cookie's value and the page cache's variant.
  std::string Token() const;
  // The classes for <html>: "display-care font-l contrast-high" ("" for the default).
  std::string HtmlClass() const;
  bool operator==(const Display&) const = default;
};

// Reads a cookie value; unknown tokens are ignored, so any value maps to
// one of the twelve combinations.
Display ParseDisplay(std::string_view token);
Display DisplayOf(const http::Request& req);

// The page cache's variant of a request: the display token for HTML pages,
// "" for the API (its answers are the same in every mode).
std::string CacheVariant(const http::Request& req);

// Applies /display's query to `d`: mode=care|standard, size=s|m|l,
// contrast=high|normal; anything else leaves that part unchanged.
Display ApplyDisplayQuery(Display d, std::string_view mode, std::string_view size, std::string_view contrast);

// A same-site path to return to, or `fallback`: refuses "//host", "/\host",
// schemes and control characters (an open redirect or a split header).
std::string SafeLocalPath(const std::string& next, const std::string& fallback);

}  // namespace gk::web
