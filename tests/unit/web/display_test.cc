// The reading aids' cookie (web/display.h), the safe return path, and the
// QR code of a page (web/share.h).
#include "web/display.h"

#include <gtest/gtest.h>

#include <regex>

#include "web/share.h"

namespace gk::web {
namespace {

TEST(DisplayTest, TokensRoundTripAndJunkIsTheDefault) {
  struct Case {
    const char* token;
    Display want;
    const char* html_class;
  };
  const Case cases[] = {
      {"", {}, ""},
      {"care", {true, FontSize::kMedium, false}, "display-care"},
      {"l", {false, FontSize::kLarge, false}, "font-l"},
      {"s-hc", {false, FontSize::kSmall, true}, "font-s contrast-high"},
      {"care-l-hc", {true, FontSize::kLarge, true}, "display-care font-l contrast-high"},
      {"x-y-z", {}, ""},
      {"care--junk-hc", {true, FontSize::kMedium, true}, "display-care contrast-high"},
  };
  for (const auto& c : cases) {
    const Display d = ParseDisplay(c.token);
    EXPECT_EQ(d, c.want) << c.token;
    EXPECT_EQ(d.HtmlClass(), c.html_class) << c.token;
    EXPECT_EQ(ParseDisplay(d.Token()), d) << c.token;
  }
  EXPECT_EQ(Display{}.Token(), "");
  EXPECT_TRUE(Display{}.is_default());
}

TEST(DisplayTest, QueryChangesOnlyWhatItNames) {
  Display d = ApplyDisplayQuery({}, "care", "", "");
  EXPECT_EQ(d.Token(), "care");
  d = ApplyDisplayQuery(d, "", "l", "high");
  EXPECT_EQ(d.Token(), "care-l-hc");
  d = ApplyDisplayQuery(d, "standard", "bogus", "");
  EXPECT_EQ(d.Token(), "l-hc");
  d = ApplyDisplayQuery(d, "", "m", "normal");
  EXPECT_TRUE(d.is_default());
}

TEST(DisplayTest, SafeLocalPathKeepsToThisSite) {
  const std::pair<const char*, const char*> cases[] = {
      {"/xxgk", "/xxgk"},
      {"/items/a?b=1#c", "/items/a?b=1#c"},
      {"/", "/"},
      {"", "/home"},
      {"xxgk", "/home"},
      {"//example.com", "/home"},
      {"/\\example.com", "/home"},
      {"/ /example.com", "/home"},
      {"/\t/example.com", "/home"},
      {"/a\r\nSet-Cookie: x=1", "/home"},
      {"/redirect?to=https://example.com", "/home"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(SafeLocalPath(in, "/home"), want) << in;
}

// The three finder patterns (7×7 squares) sit at three corners inside the
// four-module quiet zone; the size follows the version.
TEST(ShareTest, QrSvgDrawsAWholeSymbol) {
  auto svg = QrSvg("https://www.example.gov.cn/items/11370100MB28696235/2026-00001");
  ASSERT_TRUE(svg);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(*svg, m, std::regex("viewBox=\"0 0 (\\d+) \\1\"")));
  const int size = std::stoi(m[1]);
  const int width = size - 8;
  EXPECT_EQ((width - 17) % 4, 0) << width;  // 21, 25, 29, … modules
  const std::string w = std::to_string(width - 3);
  EXPECT_NE(svg->find("M4 4h7v1h-7z"), std::string::npos);             // top left
  EXPECT_NE(svg->find("M" + w + " 4h7v1h-7z"), std::string::npos);     // top right
  EXPECT_NE(svg->find("M4 " + w + "h7v1h-7z"), std::string::npos);     // bottom left
  EXPECT_EQ(svg->find("M" + w + " " + w + "h7"), std::string::npos);  // no finder at bottom right
  EXPECT_FALSE(QrSvg(std::string(4000, 'x')));                          // beyond version 40
  EXPECT_EQ(QrImagePath("/items/a b"), "/share/qr.svg?path=%2Fitems%2Fa%20b");
}

}  // namespace
}  // namespace gk::web
