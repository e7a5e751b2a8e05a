#include <gtest/gtest.h>

#include "testutil/http_client.h"

namespace gk::testing {
namespace {

TEST(Smoke, HomePageServes) {
  auto s = ServerProcess::Start();
  auto r = Fetch(s->host(), s->port(), "GET", "/");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("济南市市场监督管理局"), std::string::npos);
  EXPECT_EQ(s->Terminate(), 0);
}

}  // namespace
}  // namespace gk::testing
