// The command line: init, agency, user, config, migrate, and PostgreSQL.
#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <sodium.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "storage/database.h"
#include "testutil/http_client.h"
#include "testutil/tcp_proxy.h"
#include "testutil/test_db.h"

namespace gk::testing {
namespace {

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = ServerProcess::MakeTempDir(); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  int Run(std::vector<std::string> args, std::string* out, std::string* err = nullptr) {
    args.push_back("--data");
    args.push_back(dir_);
    std::string e;
    int rc = ServerProcess::Run(args, out, err ? err : &e);
    return rc;
  }
  std::string dir_;
};

TEST_F(CliTest, InitPrintsTheAdministratorsOneTimePasswordAndRefusesTwice) {
  std::string out, err;
  ASSERT_EQ(Run({"init"}, &out, &err), 0) << err;
  EXPECT_NE(out.find("管理员账号: admin"), std::string::npos);
  EXPECT_NE(out.find("一次性密码: "), std::string::npos);
  EXPECT_NE(out.find("首次登录后须修改密码"), std::string::npos);
  EXPECT_NE(Run({"init"}, &out, &err), 0);
  EXPECT_NE(err.find("已经初始化"), std::string::npos);
}

TEST_F(CliTest, AgencyAddValidatesTheCreditCode) {
  std::string out, err;
  ASSERT_EQ(Run({"init"}, &out), 0);
  EXPECT_NE(Run({"agency", "add", "--name", "测试局", "--uscc", "11370100MB28696230"}, &out, &err), 0);
  EXPECT_NE(err.find("校验位错误，应为5"), std::string::npos) << err;
  EXPECT_EQ(Run({"agency", "add", "--name", "济南市市场监督管理局", "--uscc", "11370100mb28696235"}, &out, &err), 0)
      << err;
  ASSERT_EQ(Run({"agency", "list"}, &out), 0);
  EXPECT_NE(out.find("11370100MB28696235"), std::string::npos);
  EXPECT_NE(Run({"agency", "add", "--name", "重复", "--uscc", "11370100MB28696235"}, &out, &err), 0);
}

TEST_F(CliTest, UserAddListAndResetPassword) {
  std::string out, err;
  ASSERT_EQ(Run({"init", "--demo"}, &out), 0);
  ASSERT_EQ(Run({"user", "add", "--username", "chenjing", "--name", "陈静", "--role", "officer", "--agency",
                 "11370100MB28696235", "--department", "办公室"},
                &out, &err),
            0)
      << err;
  EXPECT_NE(out.find("一次性密码: "), std::string::npos);
  ASSERT_EQ(Run({"user", "list"}, &out), 0);
  EXPECT_NE(out.find("chenjing"), std::string::npos);
  EXPECT_NE(out.find("待改密"), std::string::npos);
  ASSERT_EQ(Run({"user", "reset-password", "chenjing"}, &out, &err), 0) << err;
  EXPECT_NE(out.find("一次性密码: "), std::string::npos);
  EXPECT_NE(Run({"user", "reset-password", "nobody"}, &out, &err), 0);
  EXPECT_NE(err.find("不存在"), std::string::npos);
  EXPECT_NE(Run({"user", "add", "--username", "x", "--name", "y", "--role", "boss"}, &out, &err), 0);
  EXPECT_NE(err.find("--role"), std::string::npos);
}

TEST_F(CliTest, ConfigShowHidesTheDatabasePassword) {
  std::string out, err;
  int rc = ServerProcess::Run({"config", "show", "--data", dir_}, &out, &err,
                              {{"GONGKAI_DATABASE_URL", "postgresql://gk:s3cret@127.0.0.1:5432/gk"}});
  ASSERT_EQ(rc, 0) << err;
  EXPECT_EQ(out.find("s3cret"), std::string::npos);
  EXPECT_NE(out.find("****"), std::string::npos);
  EXPECT_NE(out.find("[server]"), std::string::npos);
}

TEST_F(CliTest, HelpVersionAndUnknownCommands) {
  std::string out, err;
  EXPECT_EQ(ServerProcess::Run({"--help"}, &out, &err), 0);
  EXPECT_NE(out.find("gongkai serve"), std::string::npos);
  EXPECT_EQ(ServerProcess::Run({"version"}, &out, &err), 0);
  EXPECT_NE(out.find("gongkai "), std::string::npos);
  EXPECT_NE(ServerProcess::Run({"frobnicate"}, &out, &err), 0);
  EXPECT_NE(err.find("未知命令"), std::string::npos);
}

TEST_F(CliTest, MigrateIsIdempotent) {
  std::string out, err;
  ASSERT_EQ(Run({"migrate"}, &out, &err), 0) << err;
  EXPECT_NE(out.find("0001_foundation.sql"), std::string::npos);
  ASSERT_EQ(Run({"migrate"}, &out, &err), 0) << err;
  EXPECT_NE(out.find("已是最新"), std::string::npos);
}

// A fresh database on the test run's PostgreSQL server, dropped afterwards.
class PostgresDb {
 public:
  PostgresDb() {
    const char* base = std::getenv("GK_TEST_PG_URL");
    if (base == nullptr) return;
    base_ = base;
    unsigned char r[6];
    randombytes_buf(r, sizeof r);
    char hex[13];
    sodium_bin2hex(hex, sizeof hex, r, sizeof r);
    name_ = std::string("gk_it_") + hex;
    soci::session admin(soci::postgresql, storage::PostgresConnInfo(base_));
    admin << "CREATE DATABASE " + name_;
  }
  ~PostgresDb() {
    if (name_.empty()) return;
    soci::session admin(soci::postgresql, storage::PostgresConnInfo(base_));
    admin << "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)";
  }
  bool available() const { return !name_.empty(); }
  // The URL of this database, optionally through another port.
  std::string Url(int port = 0) const {
    std::string url = base_.substr(0, base_.rfind('/') + 1) + name_;
    if (port == 0) return url;
    auto colon = url.rfind(':', url.rfind('/'));
    return url.substr(0, colon + 1) + std::to_string(port) + url.substr(url.rfind('/'));
  }
  int Port() const {
    std::string hostport = base_.substr(0, base_.rfind('/'));
    return std::stoi(hostport.substr(hostport.rfind(':') + 1));
  }

 private:
  std::string base_, name_;
};

// The same program on PostgreSQL, when the test run provides a server.
TEST(PostgresServer, InitServeAndSignIn) {
  PostgresDb db;
  GK_SKIP_WITHOUT_PG();
  ASSERT_TRUE(db.available());
  auto s = ServerProcess::Start({}, {{"GONGKAI_DATABASE_URL", db.Url()}});
  auto ready = Fetch(s->host(), s->port(), "GET", "/readyz");
  EXPECT_EQ(ready.status, 200);
  Browser b(s->host(), s->port());
  EXPECT_EQ(b.Login("admin", ServerProcess::kAdminPassword).status, 303);
  EXPECT_EQ(b.Get("/console/users").status, 200);
  EXPECT_NE(Fetch(s->host(), s->port(), "GET", "/").body.find("济南市市场监督管理局"), std::string::npos);
  EXPECT_EQ(s->Terminate(), 0);
}

// Database unreachable: /readyz fails, pages say so in Chinese, nothing
// crashes, and service resumes when the database is back.
TEST(PostgresServer, OutageShowsMaintenanceAndRecovers) {
  PostgresDb db;
  GK_SKIP_WITHOUT_PG();
  ASSERT_TRUE(db.available());
  auto proxy = std::make_unique<TcpProxy>(db.Port());
  int port = proxy->port();
  // No page cache: the recovery checks below must each reach the database,
  // not be answered from a copy the first of them left.
  auto s = ServerProcess::Start({"--set", "server.page_cache_seconds=0"}, {{"GONGKAI_DATABASE_URL", db.Url(port)}});
  EXPECT_EQ(Fetch(s->host(), s->port(), "GET", "/readyz").status, 200);
  proxy->Cut();
  auto ready = Fetch(s->host(), s->port(), "GET", "/readyz");
  EXPECT_EQ(ready.status, 503);
  auto page = Fetch(s->host(), s->port(), "GET", "/agencies/1");
  EXPECT_EQ(page.status, 503);
  EXPECT_NE(page.body.find("服务暂时不可用"), std::string::npos);
  Browser b(s->host(), s->port());
  EXPECT_EQ(b.Login("admin", ServerProcess::kAdminPassword).status, 503);
  proxy = std::make_unique<TcpProxy>(db.Port(), port);
  bool back = false;
  for (int i = 0; i < 20 && !back; ++i) {
    back = Fetch(s->host(), s->port(), "GET", "/readyz").status == 200;
    if (!back) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_TRUE(back);
  // Every pooled connection recovers, not just the first.
  for (int i = 0; i < 10; ++i) {
    auto again = Fetch(s->host(), s->port(), "GET", "/agencies/1");
    EXPECT_EQ(again.status, 200);
    EXPECT_NE(again.Header("X-Cache"), "hit");
  }
  EXPECT_EQ(b.Login("admin", ServerProcess::kAdminPassword).status, 303);
  EXPECT_EQ(s->Terminate(), 0);
}

}  // namespace
}  // namespace gk::testing
