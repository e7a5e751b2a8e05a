#include <gtest/gtest.h>

#include <string>

#include "auth/routes.h"

namespace gk::auth {
namespace {

TEST(SafeNextTest, KeepsLocalPathsAndRefusesEverythingElse) {
  struct Case {
    std::string next;
    std::string want;
  };
  const Case cases[] = {
      {"/console/items", "/console/items"},
      {"/console/items?page=2&q=a%20b", "/console/items?page=2&q=a%20b"},
      {"/a b", "/a b"},
      {"", "/console"},
      {"/", "/console"},
      {"console", "/console"},
      {"https://evil.example/", "/console"},
      {"//evil.example", "/console"},
      {"/\\evil.example", "/console"},
      {"/ /evil.example", "/console"},
      {"/ \\evil.example", "/console"},
      {"/\t/evil.example", "/console"},
      {"/\n/evil.example", "/console"},
      {"/\r\nSet-Cookie: x=1", "/console"},
      {std::string("/a\0b", 4), "/console"},
      {"/a\x7f", "/console"},
      {"/redirect?to=http://evil.example", "/console"},
  };
  for (const auto& c : cases) EXPECT_EQ(SafeNext(c.next), c.want) << c.next;
}

}  // namespace
}  // namespace gk::auth
