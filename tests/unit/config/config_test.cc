#include "config/config.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "testutil/source_tree.h"

namespace gk::config {
namespace {

using Env = std::map<std::string, std::string>;
using Overrides = std::vector<std::string>;

// Writes `text` to a fresh file under the test's temporary directory; the
// files are removed when the process exits.
std::string WriteFile(const std::string& text) {
  static struct Files {
    std::vector<std::string> paths;
    ~Files() {
      for (const auto& p : paths) std::filesystem::remove(p);
    }
  } files;
  const std::string path = ::testing::TempDir() + "gongkai_config_test_" + std::to_string(::getpid()) + "_" +
                           std::to_string(files.paths.size()) + ".toml";
  std::ofstream(path, std::ios::binary) << text;
  files.paths.push_back(path);
  return path;
}

Config MustLoad(const std::string& file, const Env& env = {}, const Overrides& o = {}) {
  Config c;
  Status s = Load(file, env, o, &c);
  EXPECT_TRUE(s.ok()) << s.message();
  return c;
}

TEST(ConfigTest, DefaultsNeedNoFile) {
  const Config c = MustLoad("");
  EXPECT_EQ(c.server.listen, std::vector<std::string>{"[::]:8080"});
  EXPECT_EQ(c.server.io_threads, 2);
  EXPECT_EQ(c.server.worker_threads, 4);
  EXPECT_EQ(c.server.max_connections, 10000);
  EXPECT_EQ(c.server.header_limit, 16384);
  EXPECT_EQ(c.server.body_limit, 1048576);
  EXPECT_EQ(c.server.upload_limit, 52428800);
  EXPECT_FALSE(c.server.tls);
  EXPECT_EQ(c.server.public_url, "");
  EXPECT_EQ(c.database.url, "");
  EXPECT_EQ(c.database.pool_size, 4);
  EXPECT_EQ(c.data_dir, "./var");
  EXPECT_EQ(c.site.name, "");
  EXPECT_EQ(c.auth.password_min_length, 10);
  EXPECT_EQ(c.auth.session_idle_seconds, 1800);
  EXPECT_EQ(c.log.level, "info");
  EXPECT_TRUE(c.log.access_log);
  // Empty paths resolve under the share directory.
  EXPECT_TRUE(c.paths.templates_dir.ends_with("/templates")) << c.paths.templates_dir;
  EXPECT_TRUE(c.paths.static_dir.ends_with("/static")) << c.paths.static_dir;
  Config expected;
  expected.paths = c.paths;
  EXPECT_EQ(c, expected);
}

constexpr char kFile[] = R"(# a comment
data_dir = "/srv/gongkai"

[server]
listen = ["0.0.0.0:80", "[::1]:8080"]
io_threads = 8
upload_limit = 104857600
tls = true
public_url = "https://scjgj.jinan.gov.cn"

[database]
url = "postgresql://gk:s3cret@db.internal:5432/gongkai"

[site]
name = "济南市市场监督管理局"
site_code = "3701000041"
icp = "鲁ICP备05017171号"

[auth]
password_min_length = 12

[log]
level = "warn"
access_log = 0
)";

TEST(ConfigTest, FileValues) {
  const Config c = MustLoad(WriteFile(kFile));
  EXPECT_EQ(c.data_dir, "/srv/gongkai");
  EXPECT_EQ(c.server.listen, (std::vector<std::string>{"0.0.0.0:80", "[::1]:8080"}));
  EXPECT_EQ(c.server.io_threads, 8);
  EXPECT_EQ(c.server.upload_limit, 104857600);
  EXPECT_TRUE(c.server.tls);
  EXPECT_EQ(c.server.public_url, "https://scjgj.jinan.gov.cn");
  EXPECT_EQ(c.database.url, "postgresql://gk:s3cret@db.internal:5432/gongkai");
  EXPECT_EQ(c.site.name, "济南市市场监督管理局");
  EXPECT_EQ(c.site.icp, "鲁ICP备05017171号");
  EXPECT_EQ(c.auth.password_min_length, 12);
  EXPECT_EQ(c.log.level, "warn");
  EXPECT_FALSE(c.log.access_log);
  EXPECT_EQ(c.server.worker_threads, 4);  // untouched keys keep their defaults
}

TEST(ConfigTest, DottedKeysAndInlineTablesWork) {
  const Config c = MustLoad(WriteFile("server.io_threads = 3\nauth = { lockout_seconds = 60 }\n"));
  EXPECT_EQ(c.server.io_threads, 3);
  EXPECT_EQ(c.auth.lockout_seconds, 60);
}

TEST(ConfigTest, Precedence) {
  const std::string file = WriteFile(
      "[server]\nio_threads = 8\nworker_threads = 6\n"
      "pipeline_limit = 3\n");
  const Env env = {{"GONGKAI_SERVER_IO_THREADS", "16"},
                   {"GONGKAI_SERVER_WORKER_THREADS", "12"},
                   {"PATH", "/usr/bin"},  // not ours: ignored
                   {"GONGKAI_DATA_DIR", "/env/data"}};
  const Overrides overrides = {"server.io_threads=32", "data_dir = /flag/data", "data_dir=/flag/last"};
  const Config c = MustLoad(file, env, overrides);
  EXPECT_EQ(c.server.pipeline_limit, 3);   // file beats default
  EXPECT_EQ(c.server.worker_threads, 12);  // environment beats file
  EXPECT_EQ(c.server.io_threads, 32);      // override beats environment
  EXPECT_EQ(c.data_dir, "/flag/last");     // the last override wins
}

TEST(ConfigTest, TextValuesFromEnvironmentAndOverrides) {
  const Env env = {{"GONGKAI_SERVER_LISTEN", "127.0.0.1:0, [::1]:0,"},
                   {"GONGKAI_SERVER_TLS", "1"},
                   {"GONGKAI_LOG_ACCESS_LOG", "false"},
                   {"GONGKAI_SITE_NAME", " 政务公开 "},
                   {"GONGKAI_SERVER_BODY_LIMIT", " 2048 "}};
  const Config c = MustLoad("", env, {"server.tls=0", "log.access_log=true", "database.url=sqlite:/tmp/a=b.db"});
  EXPECT_EQ(c.server.listen, (std::vector<std::string>{"127.0.0.1:0", "[::1]:0"}));
  EXPECT_FALSE(c.server.tls);
  EXPECT_TRUE(c.log.access_log);
  EXPECT_EQ(c.site.name, " 政务公开 ");  // strings are taken as written
  EXPECT_EQ(c.server.body_limit, 2048);
  EXPECT_EQ(c.database.url, "sqlite:/tmp/a=b.db");  // split at the first '='
}

TEST(ConfigTest, EnvironmentNames) {
  std::set<std::string> seen;
  for (const KeyInfo& k : Keys()) {
    EXPECT_TRUE(seen.insert(k.env).second) << "duplicate " << k.env;
    EXPECT_FALSE(k.description.empty()) << k.name;
    EXPECT_TRUE(k.env.starts_with("GONGKAI_")) << k.env;
  }
  EXPECT_TRUE(seen.count("GONGKAI_SERVER_IO_THREADS"));
  EXPECT_TRUE(seen.count("GONGKAI_DATA_DIR"));
  EXPECT_TRUE(seen.count("GONGKAI_DATABASE_URL"));
}

TEST(ConfigTest, CurrentEnvironment) {
  ::setenv("GONGKAI_TEST_ONLY_VARIABLE", "x=1", 1);
  const auto env = CurrentEnvironment();
  ::unsetenv("GONGKAI_TEST_ONLY_VARIABLE");
  EXPECT_EQ(env.at("GONGKAI_TEST_ONLY_VARIABLE"), "x=1");
  for (const auto& [name, value] : env) EXPECT_TRUE(name.starts_with("GONGKAI_")) << name;
}

// Each bad input is rejected with a message that names the key (or the
// variable or file) and leaves the output untouched.
TEST(ConfigTest, ErrorsNameTheKey) {
  struct Case {
    std::string file_text;  // "" = no file
    Env env;
    Overrides overrides;
    std::string field;                  // Status::field()
    std::vector<std::string> mentions;  // substrings of the message
  };
  const Case cases[] = {
      // Unknown keys and sections.
      {"[server]\nio_threads = 2\nbogus = 1\n", {}, {}, "server.bogus", {"未知的配置项 server.bogus", "第 3 行"}},
      {"[nope]\na = 1\n", {}, {}, "nope", {"未知的配置项 nope", "第 1 行"}},
      {"bogus = 1\n", {}, {}, "bogus", {"未知的配置项 bogus"}},
      {"[server.extra]\na = 1\n", {}, {}, "server.extra", {"server.extra"}},
      {"[[server]]\nio_threads = 2\n", {}, {}, "server", {"server", "应为表"}},
      {"", {{"GONGKAI_NOPE", "1"}}, {}, "", {"未知的环境变量 GONGKAI_NOPE"}},
      {"", {{"GONGKAI_SERVER_IOTHREADS", "1"}}, {}, "", {"GONGKAI_SERVER_IOTHREADS"}},
      {"", {}, {"server.nope=1"}, "server.nope", {"未知的配置项 server.nope"}},
      {"", {}, {"server.io_threads"}, "server.io_threads", {"server.io_threads", "key=value"}},
      // Wrong types in the file.
      {"[server]\nio_threads = \"4\"\n",
       {},
       {},
       "server.io_threads",
       {"server.io_threads", "类型错误", "整数", "第 2 行"}},
      {"[server]\ntls = \"yes\"\n", {}, {}, "server.tls", {"server.tls", "类型错误"}},
      {"[server]\ntls = 2\n", {}, {}, "server.tls", {"server.tls"}},
      {"[server]\nlisten = [80]\n", {}, {}, "server.listen", {"server.listen", "类型错误"}},
      {"[site]\nname = 1\n", {}, {}, "site.name", {"site.name", "字符串"}},
      {"[server]\nio_threads = 2.5\n", {}, {}, "server.io_threads", {"server.io_threads"}},
      {"[data_dir]\na = 1\n", {}, {}, "data_dir", {"data_dir", "类型错误"}},
      // Out of range.
      {"[server]\nio_threads = 0\n",
       {},
       {},
       "server.io_threads",
       {"配置项 server.io_threads 的值无效：应为 1 到 256 之间的整数"}},
      {"[server]\nio_threads = 257\n", {}, {}, "server.io_threads", {"server.io_threads"}},
      {"[server]\nio_threads = 4294967298\n", {}, {}, "server.io_threads", {"server.io_threads"}},
      {"",
       {{"GONGKAI_SERVER_WORKER_THREADS", "1000"}},
       {},
       "server.worker_threads",
       {"server.worker_threads", "GONGKAI_SERVER_WORKER_THREADS"}},
      {"", {}, {"server.body_limit=0"}, "server.body_limit", {"server.body_limit", "正整数"}},
      {"", {}, {"server.upload_limit=-5"}, "server.upload_limit", {"server.upload_limit"}},
      {"", {}, {"auth.password_min_length=4"}, "auth.password_min_length", {"auth.password_min_length", "8 到 128"}},
      // Unparseable text.
      {"",
       {{"GONGKAI_SERVER_IO_THREADS", "four"}},
       {},
       "server.io_threads",
       {"server.io_threads", "环境变量 GONGKAI_SERVER_IO_THREADS"}},
      {"", {{"GONGKAI_SERVER_IO_THREADS", "4x"}}, {}, "server.io_threads", {"server.io_threads"}},
      {"", {{"GONGKAI_SERVER_IO_THREADS", ""}}, {}, "server.io_threads", {"server.io_threads"}},
      {"", {{"GONGKAI_SERVER_TLS", "yes"}}, {}, "server.tls", {"server.tls", "true 或 false"}},
      {"", {}, {"log.access_log=on"}, "log.access_log", {"log.access_log", "命令行参数"}},
      // Listen addresses.
      {"[server]\nlisten = [\"8080\"]\n", {}, {}, "server.listen", {"server.listen", "ADDR:PORT"}},
      {"[server]\nlisten = []\n", {}, {}, "server.listen", {"server.listen"}},
      {"", {}, {"server.listen=::1:8080"}, "server.listen", {"server.listen"}},
      {"", {}, {"server.listen=[::1]:65536"}, "server.listen", {"server.listen"}},
      {"", {}, {"server.listen=[::1]8080"}, "server.listen", {"server.listen"}},
      {"", {}, {"server.listen=localhost:80"}, "server.listen", {"server.listen"}},
      {"", {}, {"server.listen=0.0.0.0:80,0.0.0.0:x"}, "server.listen", {"server.listen"}},
      {"", {}, {"server.listen="}, "server.listen", {"server.listen"}},
      // Other checked strings.
      {"[database]\nurl = \"mysql://root@localhost/db\"\n", {}, {}, "database.url", {"database.url", "postgresql://"}},
      {"", {}, {"database.url=sqlite:"}, "database.url", {"database.url"}},
      {"", {}, {"log.level=verbose"}, "log.level", {"log.level", "trace"}},
      {"", {}, {"server.public_url=ftp://x"}, "server.public_url", {"server.public_url"}},
      {"", {}, {"data_dir="}, "data_dir", {"data_dir"}},
  };
  for (const auto& c : cases) {
    const std::string file = c.file_text.empty() ? "" : WriteFile(c.file_text);
    Config out;
    out.server.io_threads = 77;
    Status s = Load(file, c.env, c.overrides, &out);
    const std::string label = c.file_text + "|" + (c.overrides.empty() ? "" : c.overrides[0]);
    ASSERT_EQ(s.code(), Code::kInvalid) << label;
    EXPECT_EQ(s.field(), c.field) << label << ": " << s.message();
    for (const std::string& m : c.mentions) {
      EXPECT_NE(s.message().find(m), std::string::npos) << label << ": " << s.message();
    }
    if (!file.empty() && c.field != "") {
      EXPECT_NE(s.message().find(file), std::string::npos) << s.message();
    }
    EXPECT_EQ(out.server.io_threads, 77) << label;
  }
}

TEST(ConfigTest, FileErrorsNameFileAndLine) {
  const std::string bad = WriteFile("[server]\nio_threads = 4\nlisten = [\"a\"\n");
  Config c;
  Status s = Load(bad, {}, {}, &c);
  ASSERT_EQ(s.code(), Code::kInvalid);
  EXPECT_NE(s.message().find(bad), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("行"), std::string::npos) << s.message();

  const std::string dup = WriteFile("[server]\nio_threads = 4\nio_threads = 5\n");
  s = Load(dup, {}, {}, &c);
  ASSERT_EQ(s.code(), Code::kInvalid);
  EXPECT_NE(s.message().find("第 3 行"), std::string::npos) << s.message();

  const std::string missing = ::testing::TempDir() + "no_such_gongkai.toml";
  s = Load(missing, {}, {}, &c);
  ASSERT_EQ(s.code(), Code::kInvalid);
  EXPECT_NE(s.message().find(missing), std::string::npos) << s.message();

  s = Load(::testing::TempDir(), {}, {}, &c);  // a directory
  ASSERT_EQ(s.code(), Code::kInvalid);
}

TEST(ConfigTest, ShowHidesPasswords) {
  struct Case {
    std::string url, shown;
  };
  const Case cases[] = {
      {"postgresql://gk:s3cret@db:5432/gongkai", "postgresql://gk:****@db:5432/gongkai"},
      {"postgres://gk:p@ss:w/rd@db/gongkai", "postgres://gk:****@db/gongkai"},
      {"postgresql://gk@db:5432/gongkai", "postgresql://gk@db:5432/gongkai"},
      {"postgresql://db/gongkai?user=gk&password=s3cret&sslmode=require",
       "postgresql://db/gongkai?user=gk&password=****&sslmode=require"},
      {"postgresql://db/gongkai?password=s3cret", "postgresql://db/gongkai?password=****"},
      {"sqlite:/srv/gongkai/db.sqlite", "sqlite:/srv/gongkai/db.sqlite"},
      {"", ""},
  };
  for (const auto& c : cases) {
    Config config;
    config.database.url = c.url;
    const std::string shown = Show(config);
    EXPECT_NE(shown.find("url = \"" + c.shown + "\""), std::string::npos) << shown;
    EXPECT_EQ(shown.find("s3cret"), std::string::npos) << shown;
  }
}

TEST(ConfigTest, ShowRoundTrips) {
  Config c = MustLoad(WriteFile(kFile));
  c.database.url = "sqlite:/srv/数据/gongkai.db";
  c.site.contact_address = "济南市历下区龙鼎大道1号 \"A\" 座\\2楼";
  c.site.office_hours = "周一至周五\n9:00-17:00\t(法定节假日除外)";
  c.site.contact_email = "gk\x01@example.cn";
  c.server.header_limit = 9007199254740993;  // more than a double holds exactly
  c.server.shutdown_timeout_seconds = 0;
  for (const Config& original : {c, MustLoad("")}) {
    const std::string shown = Show(original);
    const Config back = MustLoad(WriteFile(shown));
    EXPECT_EQ(back, original) << shown;
    EXPECT_EQ(Show(back), shown);
  }
}

TEST(ConfigTest, ShowOfPasswordLoadsBackMasked) {
  Config c;
  c.database.url = "postgresql://gk:s3cret@db/gongkai";
  const Config back = MustLoad(WriteFile(Show(c)));
  EXPECT_EQ(back.database.url, "postgresql://gk:****@db/gongkai");
}

TEST(ParseListenTest, Table) {
  struct Case {
    std::string in;
    bool ok;
    std::string host;
    uint16_t port;
  };
  const Case cases[] = {
      {"[::]:8080", true, "::", 8080},
      {"[::1]:0", true, "::1", 0},
      {"127.0.0.1:65535", true, "127.0.0.1", 65535},
      {"0.0.0.0:80", true, "0.0.0.0", 80},
      {"[2001:db8::1]:443", true, "2001:db8::1", 443},
      {"::1:80", false, "", 0},
      {"[::1]", false, "", 0},
      {"[::1]:", false, "", 0},
      {"[::1:80", false, "", 0},
      {"[127.0.0.1]:80", false, "", 0},
      {"127.0.0.1", false, "", 0},
      {"127.0.0.1:", false, "", 0},
      {":80", false, "", 0},
      {"127.0.0.1:65536", false, "", 0},
      {"127.0.0.1:+80", false, "", 0},
      {"127.0.0.1:080080", false, "", 0},
      {"256.0.0.1:80", false, "", 0},
      {"example.com:80", false, "", 0},
      {"", false, "", 0},
  };
  for (const auto& c : cases) {
    std::string host = "unset";
    uint16_t port = 1;
    EXPECT_EQ(ParseListen(c.in, &host, &port), c.ok) << c.in;
    if (c.ok) {
      EXPECT_EQ(host, c.host) << c.in;
      EXPECT_EQ(port, c.port) << c.in;
    }
  }
}

}  // namespace
}  // namespace gk::config

namespace gk::config {
namespace {

// The documented example file holds exactly the defaults: the two never
// drift apart.
TEST(ConfigExampleTest, ExampleFileEqualsTheDefaults) {
  std::string path = testing::SourceDir() + "/gongkai.toml.example";
  Config from_file, defaults;
  ASSERT_TRUE(Load(path, {}, {}, &from_file).ok()) << path;
  ASSERT_TRUE(Load("", {}, {}, &defaults).ok());
  EXPECT_TRUE(from_file == defaults) << "gongkai.toml.example differs from the built-in defaults";
}

TEST(ConfigExampleTest, IndexPatternIsChecked) {
  Config c;
  Status s = Load("", {}, {"catalogue.index_pattern=NN"}, &c);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("catalogue.index_pattern"), std::string::npos);
  EXPECT_TRUE(Load("", {}, {"catalogue.index_pattern=YYYYMM-NNNNN"}, &c).ok());
  EXPECT_EQ(c.catalogue.index_pattern, "YYYYMM-NNNNN");
}

}  // namespace
}  // namespace gk::config
