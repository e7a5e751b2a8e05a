// Black-box tests of the security review's findings (issue 13): redirects,
// header injection, per-route body limits, /readyz, cookies over HTTPS,
// connection limits and file downloads.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "testutil/http_client.h"

namespace gk::testing {
namespace {

std::vector<std::string> SetCookies(const HttpResult& r) {
  std::vector<std::string> out;
  auto [first, last] = r.headers.equal_range("Set-Cookie");
  for (auto it = first; it != last; ++it) out.push_back(it->second);
  return out;
}

TEST(HardeningTest, LoginNextIsASameSitePathWithoutControlCharacters) {
  auto server = ServerProcess::Start();
  Browser b(server->host(), server->port());
  ASSERT_EQ(b.Login("admin", ServerProcess::kAdminPassword).status, 303);
  auto split = b.Get("/login?next=/%0d%0aSet-Cookie:%20x=1");
  EXPECT_EQ(split.status, 303);
  EXPECT_EQ(split.Header("Location"), "/console");
  for (const auto& c : SetCookies(split)) EXPECT_NE(c.rfind("x=", 0), 0u) << c;
  auto tab = b.Get("/login?next=/%09/evil.example");
  EXPECT_EQ(tab.Header("Location"), "/console");
  auto backslash = b.Get("/login?next=/%5Cevil.example");
  EXPECT_EQ(backslash.Header("Location"), "/console");
  auto local = b.Get("/login?next=/console/items");
  EXPECT_EQ(local.Header("Location"), "/console/items");
}

TEST(HardeningTest, ReadyzKeepsErrorDetailsInTheLog) {
  auto server = ServerProcess::Start();
  auto ok = Fetch(server->host(), server->port(), "GET", "/readyz");
  ASSERT_EQ(ok.status, 200);
  EXPECT_EQ(ok.body, R"({"database":"ok","search":"ok","status":"ok"})");
  // A second server on the same data directory finds the search index held
  // by the first: its /readyz says so without the reason (which may name
  // paths or library internals).
  auto second = ServerProcess::Start({"--data", server->data_dir()});
  auto bad = Fetch(second->host(), second->port(), "GET", "/readyz");
  EXPECT_EQ(bad.status, 503);
  EXPECT_EQ(bad.body, R"({"database":"ok","search":"unavailable","status":"unavailable"})");
}

TEST(HardeningTest, UploadRouteRefusesMoreThanItCanUseBeforeReadingIt) {
  // The global upload limit is far above what /apply can use (3 files of
  // 10 MB and its form): a longer body is refused at once, not buffered.
  auto server = ServerProcess::Start(
      {"--set", "server.upload_limit=400000000", "--set", "server.read_timeout_seconds=2"});
  const std::string head =
      "POST /apply HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
      "Content-Length: 40000000\r\n\r\n";
  auto r = ParseResponse(RawExchange(server->host(), server->port(), head + std::string(1000, 'a'), 5000));
  EXPECT_EQ(r.status, 413);
  EXPECT_NE(r.body.find("提交的内容过大"), std::string::npos);
  // Chunked, so no Content-Length to judge by: cut once the body passes the limit.
  std::string chunked =
      "POST /apply HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
      "Transfer-Encoding: chunked\r\n\r\n";
  const std::string chunk(1 << 20, 'a');
  char size[32];
  std::snprintf(size, sizeof size, "%zx\r\n", chunk.size());
  for (int i = 0; i < 34; ++i) chunked += size + chunk + "\r\n";
  auto c = ParseResponse(RawExchange(server->host(), server->port(), chunked, 10000));
  EXPECT_EQ(c.status, 413);
  // Catalogue uploads still take what the upload limit allows.
  const std::string big_head =
      "POST /console/items/1/attachments HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; "
      "boundary=b\r\nContent-Length: 40000000\r\n\r\n";
  auto staff = ParseResponse(RawExchange(server->host(), server->port(), big_head, 3000));
  EXPECT_NE(staff.status, 413);
}

TEST(HardeningTest, CookiesOverPlainHttpKeepTheirNames) {
  auto server = ServerProcess::Start();
  Browser b(server->host(), server->port());
  auto page = b.Get("/login");
  auto cookies = SetCookies(page);
  ASSERT_EQ(cookies.size(), 1u);
  EXPECT_EQ(cookies[0].rfind("gk_csrf=", 0), 0u);
  EXPECT_EQ(cookies[0].find("Secure"), std::string::npos);
  auto in = b.Post("/login", {{"username", "admin"}, {"password", ServerProcess::kAdminPassword}});
  EXPECT_EQ(in.status, 303);
  EXPECT_FALSE(b.Cookie("gk_session").empty());
}

TEST(HardeningTest, CookiesOverHttpsAreSecureWithHostPrefix) {
  auto server = ServerProcess::Start({"--set", "server.public_url=https://example.test"});
  Browser b(server->host(), server->port());
  std::vector<std::string> all;
  auto page = b.Get("/login");
  for (auto& c : SetCookies(page)) all.push_back(c);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].rfind("__Host-gk_csrf=", 0), 0u) << all[0];
  auto in = b.Post("/login", {{"username", "admin"}, {"password", ServerProcess::kAdminPassword}});
  ASSERT_EQ(in.status, 303) << in.body.substr(0, 500);
  for (auto& c : SetCookies(in)) all.push_back(c);
  EXPECT_FALSE(b.Cookie("__Host-gk_session").empty());
  EXPECT_TRUE(b.Cookie("gk_session").empty());
  EXPECT_EQ(b.Get("/console").status, 200);
  // A session cookie without the prefix, as a plain-HTTP page could plant, is ignored.
  Browser planted(server->host(), server->port());
  planted.SetCookie("gk_session", b.Cookie("__Host-gk_session"));
  EXPECT_EQ(planted.Get("/console").status, 303);
  auto out = b.Post("/logout", {});
  EXPECT_EQ(out.status, 303);
  for (auto& c : SetCookies(out)) all.push_back(c);
  EXPECT_GE(all.size(), 4u);  // csrf, session, flash, session cleared
  for (const auto& c : all) {
    EXPECT_NE(c.find("; Secure"), std::string::npos) << c;
    EXPECT_NE(c.find("; Path=/"), std::string::npos) << c;
    EXPECT_EQ(c.find("Domain"), std::string::npos) << c;
  }
}

}  // namespace
}  // namespace gk::testing
