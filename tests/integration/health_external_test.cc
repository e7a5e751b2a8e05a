// 外部链接检查 from outside: items published with links to a tiny HTTP
// server on loopback inside this test (200 for /ok, 404 for /missing, 405
// to HEAD but 200 to GET for /get-only), the real server started with short
// intervals, and the background job's findings read back from `gongkai
// health --format json` and /console/health once it has checked (polled,
// bounded). Without external_links.allow_private the same loopback links
// are never fetched: they are recorded as refused and, after two refusals,
// reported as leading to an internal address.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "testutil/http_client.h"

namespace gk::testing {
namespace {

// A one-connection-at-a-time HTTP/1.1 server on 127.0.0.1 that answers by
// path and remembers each request's line and User-Agent.
class TinyHttpServer {
 public:
  TinyHttpServer() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (bind(fd_, reinterpret_cast<sockaddr*>(&a), len) != 0 || listen(fd_, 16) != 0 ||
        getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len) != 0)
      return;
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] { Loop(); });
  }
  ~TinyHttpServer() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    close(fd_);
  }
  int port() const { return port_; }
  std::string Url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
  std::vector<std::string> Requests() {
    std::lock_guard lock(mu_);
    return requests_;
  }

 private:
  void Loop() {
    while (!stop_) {
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, 100) <= 0) continue;
      const int c = accept(fd_, nullptr, nullptr);
      if (c >= 0) Serve(c);
    }
  }
  void Serve(int c) {
    std::string in;
    char buf[4096];
    while (in.find("\r\n\r\n") == std::string::npos && in.size() < 65536) {
      pollfd p{c, POLLIN, 0};
      if (poll(&p, 1, 2000) <= 0) break;
      const ssize_t n = recv(c, buf, sizeof buf, 0);
      if (n <= 0) break;
      in.append(buf, static_cast<size_t>(n));
    }
    const std::string line = in.substr(0, in.find("\r\n"));
    const std::string method = line.substr(0, line.find(' '));
    const std::string path = line.substr(method.size() + 1, line.rfind(' ') - method.size() - 1);
    {
      std::lock_guard lock(mu_);
      requests_.push_back(line + " | " + Capture(in, "(?:^|\r\n)User-Agent: ([^\r]*)"));
    }
    const bool ok = path == "/ok" || (path == "/get-only" && method == "GET");
    const std::string status = ok ? "200 OK" : path == "/get-only" ? "405 Method Not Allowed" : "404 Not Found";
    const std::string body = ok ? "ok" : "";
    const std::string out = "HTTP/1.1 " + status + "\r\nContent-Length: " + std::to_string(body.size()) +
                            "\r\nConnection: close\r\n\r\n" + (method == "HEAD" ? "" : body);
    (void)send(c, out.data(), out.size(), MSG_NOSIGNAL);
    close(c);
  }
  int fd_ = -1;
  int port_ = 0;
  std::thread thread_;
  std::atomic<bool> stop_{false};
  std::mutex mu_;
  std::vector<std::string> requests_;
};

class HealthExternalLinksTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GT(links_.port(), 0); }
  void TearDown() override {
    server_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  // A demo data directory with one item linking to each of `paths` on the
  // tiny server, then the server on it with short intervals.
  void StartWithLinks(const std::vector<std::string>& paths, bool allow_private) {
    dir_ = ServerProcess::MakeTempDir();
    std::string out, err;
    ASSERT_EQ(ServerProcess::Run({"init", "--demo", "--data", dir_, "--admin-password", ServerProcess::kAdminPassword},
                                 &out, &err),
              0)
        << err;
    {
      std::ofstream f(dir_ + "/items.jsonl");
      for (size_t i = 0; i < paths.size(); ++i)
        f << R"({"index_no":"11370100MB28696235/2025-0091)" << i << R"(","title":"外链测试)" << i
          << R"(","published_on":")" << ChinaDateFromToday(-1) << R"(","written_on":")" << ChinaDateFromToday(-1)
          << R"(","topic":"综合政务","category":"通知公告","columns":"tzgg","body":"详见[有关网站]()"
          << links_.Url(paths[i]) << R"()。"})"
          << "\n";
    }
    ASSERT_EQ(ServerProcess::Run({"import", "items", dir_ + "/items.jsonl", "--data", dir_}, &out, &err), 0)
        << out << err;
    server_ = ServerProcess::Start({}, Env(allow_private), "127.0.0.1:0", dir_);
    ASSERT_NE(server_, nullptr);
  }
  static std::map<std::string, std::string> Env(bool allow_private) {
    return {{"GONGKAI_EXTERNAL_LINKS_PAUSE_SECONDS", "0"},
            {"GONGKAI_EXTERNAL_LINKS_HOST_INTERVAL_SECONDS", "0"},
            {"GONGKAI_EXTERNAL_LINKS_RETRY_SECONDS", "1"},
            {"GONGKAI_EXTERNAL_LINKS_ALLOW_PRIVATE", allow_private ? "true" : "false"}};
  }
  nlohmann::json Health() {
    std::string out, err;
    ServerProcess::Run({"health", "--format", "json", "--data", dir_}, &out, &err);
    auto j = nlohmann::json::parse(out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << out << err;
    return j;
  }
  // The report once `done` holds of it, or the last one after 30 s.
  nlohmann::json HealthWhen(const std::function<bool(const nlohmann::json&)>& done) {
    nlohmann::json j;
    for (int i = 0; i < 60; ++i) {
      j = Health();
      if (!j.is_discarded() && done(j)) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    return j;
  }
  static std::vector<std::string> Messages(const nlohmann::json& report, const std::string& text) {
    std::vector<std::string> out;
    for (const auto& f : report["findings"])
      if (f["rule"] == "external_link" && f["message"].get<std::string>().find(text) != std::string::npos)
        out.push_back(f["message"].get<std::string>() + " @ " + f["url"].get<std::string>());
    return out;
  }
  // Today or, when the check fell just before midnight, yesterday.
  static bool DatedRecently(const std::string& message, const std::string& prefix) {
    return Has(message, prefix + ChinaDateFromToday(0)) || Has(message, prefix + ChinaDateFromToday(-1));
  }

  TinyHttpServer links_;
  std::string dir_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(HealthExternalLinksTest, ABrokenLinkIsReportedAfterTwoFailuresAndAWorkingOneIsNot) {
  StartWithLinks({"/ok", "/missing", "/get-only"}, true);
  const std::string missing = links_.Url("/missing");
  auto report = HealthWhen([&](const nlohmann::json& j) {
    return j["external_links"]["broken"] == 1 && j["external_links"]["checked"] == 3;
  });
  ASSERT_EQ(report["external_links"]["linked"], 3) << report.dump(2);
  EXPECT_EQ(report["external_links"]["checked"], 3) << report.dump(2);
  EXPECT_EQ(report["external_links"]["broken"], 1);
  EXPECT_EQ(report["external_links"]["enabled"], true);
  EXPECT_TRUE(report["external_links"]["last_checked"].is_string());
  EXPECT_EQ(report.count("links_checked"), 1u) << "the fields before stay";
  const auto found = Messages(report, missing);
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  EXPECT_TRUE(Has(found[0], "“外链测试1”中的外部链接无法访问：" + missing + "，HTTP 404（页面不存在）")) << found[0];
  EXPECT_TRUE(DatedRecently(found[0], "最近检查于 ")) << found[0];
  EXPECT_TRUE(DatedRecently(found[0], "，自 ")) << found[0];
  EXPECT_TRUE(Has(found[0], "@ /console/items/")) << "linked to the item to fix";
  EXPECT_TRUE(Messages(report, links_.Url("/ok")).empty());
  EXPECT_TRUE(Messages(report, links_.Url("/get-only")).empty()) << "HEAD refused, GET answered 200";
  // What the tiny server saw: HEAD first, GET only where HEAD was refused, a User-Agent naming gongkai.
  int heads_ok = 0, gets_ok = 0, gets_get_only = 0;
  for (const auto& r : links_.Requests()) {
    EXPECT_TRUE(Has(r, "| gongkai/")) << r;
    heads_ok += r.starts_with("HEAD /ok ");
    gets_ok += r.starts_with("GET /ok ");
    gets_get_only += r.starts_with("GET /get-only ");
  }
  EXPECT_EQ(heads_ok, 1) << "a working link waits for its recheck";
  EXPECT_EQ(gets_ok, 0);
  EXPECT_EQ(gets_get_only, 1);
  // The console page: the summary and the finding.
  Browser admin(server_->host(), server_->port());
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  auto page = admin.Get("/console/health");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "外部链接：已检查 3 个，无法访问 1 个，最近检查时间 " + ChinaDateFromToday(0)) ||
              Has(page.body, "外部链接：已检查 3 个，无法访问 1 个，最近检查时间 " + ChinaDateFromToday(-1)))
      << page.body.substr(0, 4000);
  EXPECT_TRUE(Has(page.body, "中的外部链接无法访问：" + missing + "，HTTP 404（页面不存在），最近检查于 "));
  EXPECT_FALSE(Has(page.body, links_.Url("/ok")));
}

TEST_F(HealthExternalLinksTest, WithoutAllowPrivateALoopbackLinkIsNeverFetched) {
  StartWithLinks({"/ok"}, false);
  auto report = HealthWhen([](const nlohmann::json& j) { return j["external_links"]["broken"] == 1; });
  EXPECT_EQ(report["external_links"]["checked"], 1) << report.dump(2);
  const auto found = Messages(report, links_.Url("/ok"));
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  EXPECT_TRUE(Has(found[0], "指向本机或内部网络地址（公众无法访问，未予检查）")) << found[0];
  EXPECT_TRUE(links_.Requests().empty()) << "no connection reached the tiny server";
}

}  // namespace
}  // namespace gk::testing
