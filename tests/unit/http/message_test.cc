#include "http/message.h"

#include <gtest/gtest.h>

#include <string>

namespace gk::http {
namespace {

TEST(UnsafeHeaderTest, FindsHeadersThatWouldSplitTheResponse) {
  struct Case {
    std::string name;
    std::string value;
    bool safe;
  };
  const Case cases[] = {
      {"Location", "/console", true},
      {"Content-Disposition", "attachment; filename*=UTF-8''%E6%96%87.pdf", true},
      {"X-Tab", "a\tb", true},  // HTAB is allowed inside a field value
      {"Location", "/\r\nSet-Cookie: x=1", false},
      {"Location", "/\nx", false},
      {"Location", "/\rx", false},
      {"Location", std::string("/\0x", 3), false},
      {"X-Bad\r\nInjected", "1", false},
      {"X Space", "1", false},
      {"X:Colon", "1", false},
      {"", "1", false},
  };
  for (const auto& c : cases) {
    Headers h{{"Content-Type", "text/html"}, {c.name, c.value}};
    EXPECT_EQ(UnsafeHeader(h).empty(), c.safe) << c.name << ": " << c.value;
  }
  EXPECT_EQ(UnsafeHeader({}), "");
}

}  // namespace
}  // namespace gk::http
