#include "common/strings.h"

#include <gtest/gtest.h>

namespace gk {
namespace {

TEST(StringsTest, TrimRemovesAsciiAndIdeographicSpaceAtBothEnds) {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"  食品 \t", "食品"},
      {"\xE3\x80\x80食品\xE3\x80\x80安全\xE3\x80\x80", "食品\xE3\x80\x80安全"},  // U+3000 inside is kept
      {" \n\r\f\v ", ""},
      {"", ""},
      {"a", "a"},
      {"\xE3\x80\x80 \xE3\x80\x80x \xE3\x80\x80", "x"},
      {"\xE3\x80", "\xE3\x80"},  // a cut sequence is not a space
  };
  for (const auto& c : cases) EXPECT_EQ(Trim(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace gk
