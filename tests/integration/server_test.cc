// Black-box tests of the HTTP server: the real binary on a random loopback
// port, spoken to over plain sockets.
#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>
#include <regex>
#include <thread>

#include "testutil/http_client.h"

namespace gk::testing {
namespace {

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = ServerProcess::Start({"--set", "server.read_timeout_seconds=2"}).release(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static HttpResult Get(const std::string& target, const std::map<std::string, std::string>& h = {}) {
    return Fetch(server_->host(), server_->port(), "GET", target, h);
  }
  static std::string Raw(const std::string& bytes, int timeout_ms = 3000) {
    return RawExchange(server_->host(), server_->port(), bytes, timeout_ms);
  }
  static ServerProcess* server_;
};
ServerProcess* ServerTest::server_ = nullptr;

TEST_F(ServerTest, HomePageIsChineseAndCarriesSecurityHeaders) {
  auto r = Get("/");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<html lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(r.body.find("济南市市场监督管理局"), std::string::npos);
  EXPECT_NE(r.Header("Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(r.Header("Content-Security-Policy").find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(r.Header("X-Content-Type-Options"), "nosniff");
  EXPECT_FALSE(r.Header("Referrer-Policy").empty());
  EXPECT_FALSE(r.Header("ETag").empty());
  EXPECT_TRUE(r.Header("Strict-Transport-Security").empty());  // not behind TLS here
}

TEST_F(ServerTest, ConditionalGetAnswers304) {
  auto first = Get("/");
  ASSERT_EQ(first.status, 200);
  auto again = Get("/", {{"If-None-Match", first.Header("ETag")}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  auto other = Get("/", {{"If-None-Match", "\"something-else\""}});
  EXPECT_EQ(other.status, 200);
}

TEST_F(ServerTest, HeadHasLengthButNoBody) {
  auto get = Get("/");
  auto head = Fetch(server_->host(), server_->port(), "HEAD", "/");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
  EXPECT_EQ(head.Header("Content-Length"), get.Header("Content-Length"));
}

std::string Gunzip(const std::string& in) {
  z_stream zs{};
  inflateInit2(&zs, 15 + 16);
  std::string out(in.size() * 20 + 1024, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  inflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  inflateEnd(&zs);
  return out;
}

TEST_F(ServerTest, GzipWhenAccepted) {
  auto plain = Get("/");
  auto z = Get("/", {{"Accept-Encoding", "gzip, deflate"}});
  ASSERT_EQ(z.status, 200);
  EXPECT_EQ(z.Header("Content-Encoding"), "gzip");
  EXPECT_LT(z.body.size(), plain.body.size());
  EXPECT_EQ(Gunzip(z.body), plain.body);
  EXPECT_NE(z.Header("ETag"), plain.Header("ETag"));
  auto refused = Get("/", {{"Accept-Encoding", "gzip;q=0"}});
  EXPECT_TRUE(refused.Header("Content-Encoding").empty());
}

TEST_F(ServerTest, StaticFilesHaveFingerprintedLongCacheUrls) {
  auto home = Get("/");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(home.body, m, std::regex(R"((/static/css/gongkai\.[0-9a-f]{8}\.css))")));
  auto css = Get(m[1]);
  ASSERT_EQ(css.status, 200);
  EXPECT_NE(css.Header("Content-Type").find("text/css"), std::string::npos);
  EXPECT_NE(css.Header("Cache-Control").find("immutable"), std::string::npos);
  auto plain = Get("/static/css/gongkai.css");
  EXPECT_EQ(plain.status, 200);
  EXPECT_EQ(plain.Header("Cache-Control").find("immutable"), std::string::npos);
  EXPECT_EQ(Get("/static/css/missing.css").status, 404);
  EXPECT_EQ(Get("/static/../CMakeLists.txt").status, 400);
}

TEST_F(ServerTest, ErrorPagesAreInChineseInTheLayout) {
  auto r = Get("/no/such/page");
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.body.find("页面不存在"), std::string::npos);
  EXPECT_NE(r.body.find("<html lang=\"zh-CN\">"), std::string::npos);
  auto m = Fetch(server_->host(), server_->port(), "DELETE", "/");
  EXPECT_EQ(m.status, 405);
  EXPECT_EQ(m.Header("Allow"), "GET");
}

TEST_F(ServerTest, HealthChecks) {
  auto h = Get("/healthz");
  EXPECT_EQ(h.status, 200);
  EXPECT_NE(h.body.find("ok"), std::string::npos);
  auto r = Get("/readyz");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("\"database\":\"ok\""), std::string::npos);
}

TEST_F(ServerTest, OversizedHeaderGets431) {
  std::string req = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n";
  auto r = ParseResponse(Raw(req));
  EXPECT_EQ(r.status, 431);
  EXPECT_EQ(Get("/healthz").status, 200);
}

TEST_F(ServerTest, OversizedBodyGets413) {
  std::string req =
      "POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
      "Content-Length: 5000000\r\n\r\n" +
      std::string(1000, 'a');
  auto r = ParseResponse(Raw(req));
  EXPECT_EQ(r.status, 413);
  EXPECT_NE(r.body.find("提交的内容过大"), std::string::npos);
  EXPECT_EQ(Get("/healthz").status, 200);
}

TEST_F(ServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  std::string one = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  std::string raw = Raw(one + one + "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  size_t count = 0;
  for (size_t pos = raw.find("HTTP/1.1 200"); pos != std::string::npos; pos = raw.find("HTTP/1.1 200", pos + 1))
    ++count;
  EXPECT_EQ(count, 3u);
}

TEST_F(ServerTest, PipelinedRequestsAreCapped) {
  std::string many;
  for (int i = 0; i < 60; ++i) many += "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  std::string raw = Raw(many, 4000);
  size_t count = 0;
  for (size_t pos = raw.find("HTTP/1.1 200"); pos != std::string::npos; pos = raw.find("HTTP/1.1 200", pos + 1))
    ++count;
  EXPECT_GE(count, 2u);
  EXPECT_LT(count, 60u) << "a client may not queue unbounded work on one connection";
  EXPECT_EQ(Get("/healthz").status, 200);
}

TEST_F(ServerTest, SlowClientIsDisconnected) {
  auto start = std::chrono::steady_clock::now();
  std::string got = Raw("GET / HTTP/1.1\r\nHost: x\r\n", 8000);  // never finishes the header
  auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_LT(waited, std::chrono::seconds(6)) << "connection was not closed after the read timeout";
  EXPECT_EQ(got.find("HTTP/1.1 200"), std::string::npos);
  EXPECT_EQ(Get("/healthz").status, 200);
}

// Each malformed request gets a 4xx or a closed connection, and the server
// keeps serving.
TEST_F(ServerTest, MalformedRequestsNeverCrashTheServer) {
  const std::vector<std::string> broken = {
      "GARBAGE\r\n\r\n",
      "GET\r\n\r\n",
      "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
      "GET / HTTP/1.1\r\nHost x\r\n\r\n",
      "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /%C3%28 HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /a/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET http://evil/ HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET * HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /?a=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n",
      "POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
      "POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
      "POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef",
      "POST /login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n",
      "POST /login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
      "POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=zz\r\n"
      "Content-Length: 20\r\n\r\n--zz\r\nbroken-part-x",
      "POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
      "Content-Length: 9\r\n\r\nu=%E4%B8",
      "GET / HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n",
      "GET /\x01\x02 HTTP/1.1\r\nHost: x\r\n\r\n",
      "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",  // a TLS ClientHello on the plain port
      "GET / HTTP/1.1\r\nHost: x\r\nX-Bad\x7fHeader: 1\r\n\r\n",
      "GET /" + std::string(20000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n",
      std::string(100, '\r') + std::string(100, '\n'),
      "G\0T / HTTP/1.1\r\nHost: x\r\n\r\n",
  };
  ASSERT_GE(broken.size(), 20u);
  for (size_t i = 0; i < broken.size(); ++i) {
    std::string raw = Raw(broken[i], 4000);
    auto r = ParseResponse(raw);
    bool ok = raw.empty() || (r.status >= 400 && r.status < 500);
    EXPECT_TRUE(ok) << "case " << i << " got: " << raw.substr(0, 60);
    ASSERT_EQ(Get("/healthz").status, 200) << "server stopped serving after case " << i;
  }
  EXPECT_TRUE(server_->Running());
}

TEST(ServerLimits, ConnectionsBeyondTheMaximumGet503) {
  auto s = ServerProcess::Start({"--set", "server.max_connections=2"});
  // Two idle keep-alive connections hold both places.
  std::vector<std::thread> holders;
  for (int i = 0; i < 2; ++i)
    holders.emplace_back([&] { RawExchange(s->host(), s->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 1500); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto r = ParseResponse(RawExchange(s->host(), s->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 1000));
  EXPECT_EQ(r.status, 503);
  for (auto& t : holders) t.join();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(Fetch(s->host(), s->port(), "GET", "/healthz").status, 200);
}

TEST(ServerIpv6, ServesOnLoopbackV6) {
  auto s = ServerProcess::Start({}, {}, "[::1]:0");
  ASSERT_EQ(s->host(), "[::1]");
  auto r = Fetch(s->host(), s->port(), "GET", "/");
  EXPECT_EQ(r.status, 200);
  // The real home page, not an error page that happens to say 200.
  EXPECT_NE(r.body.find("济南市市场监督管理局"), std::string::npos);
  EXPECT_NE(r.body.find("政府信息公开"), std::string::npos);
  // A signed-in session works over IPv6 too (the client address is logged
  // and rate-limited as an IPv6 address).
  Browser b(s->host(), s->port());
  EXPECT_EQ(b.Login("admin", ServerProcess::kAdminPassword).status, 303);
  EXPECT_EQ(b.Get("/console/users").status, 200);
  EXPECT_EQ(s->Terminate(), 0);
}

TEST(ServerShutdown, FinishesRequestInFlightThenExitsZero) {
  auto s = ServerProcess::Start();
  Browser b(s->host(), s->port());
  b.Get("/login");
  // A login takes tens of milliseconds (argon2id): still running when the
  // signal arrives.
  HttpResult login;
  std::thread t([&] {
    login = b.Post("/login", {{"username", "admin"}, {"password", ServerProcess::kAdminPassword}});
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(15));
  int rc = s->Terminate();
  t.join();
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(login.status, 303) << "the request in flight was not answered";
}

TEST(ServerConfig, InvalidConfigRefusesToStartAndNamesTheKey) {
  std::string out, err;
  int rc = ServerProcess::Run({"serve", "--data", "/tmp", "--set", "server.io_threads=0"}, &out, &err);
  EXPECT_NE(rc, 0);
  EXPECT_NE(err.find("server.io_threads"), std::string::npos) << err;
  rc = ServerProcess::Run({"config", "show"}, &out, &err, {{"GONGKAI_SERVER_NO_SUCH_KEY", "1"}});
  EXPECT_NE(rc, 0);
  EXPECT_NE(err.find("GONGKAI_SERVER_NO_SUCH_KEY"), std::string::npos) << err;
}

}  // namespace
}  // namespace gk::testing
