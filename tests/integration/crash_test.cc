// kill -9 of the real binary in the middle of work: a public submission with
// attachments, a storm of comments on a consultation, the final approval of
// catalogue items (索引号 and search index), and `gongkai import items`. After a restart the database, the files
// on disk and the search index agree: nothing that was confirmed is lost and
// nothing half done is visible. On SQLite, and on PostgreSQL when
// GK_TEST_PG_URL names a server (a missing one fails under GK_REQUIRE_PG).
#include <gtest/gtest.h>
#include <signal.h>
#include <soci/soci.h>
#include <sodium.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "storage/database.h"
#include "testutil/http_client.h"
#include "testutil/test_db.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Qingxi-Mima-2026#";
// In no demo item or application: counts what the test made.
constexpr const char* kMarker = "熔断演练";
constexpr const char* kMarkerQuery = "%E7%86%94%E6%96%AD%E6%BC%94%E7%BB%83";

std::string Sha256Hex(const std::string& data) {
  unsigned char h[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(h, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[2 * crypto_hash_sha256_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return hex;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The rows of a query selecting a text and a number.
std::vector<std::pair<std::string, long long>> TextNumberRows(storage::Database& db, const std::string& query) {
  std::vector<std::pair<std::string, long long>> out;
  Status s = db.Read([&](soci::session& sql) {
    std::string text;
    long long number = 0;
    soci::statement st = (sql.prepare << query, soci::into(text), soci::into(number));
    st.execute();
    while (st.fetch()) out.emplace_back(text, number);
    return Status::Ok();
  });
  EXPECT_TRUE(s.ok()) << s.message() << " in " << query;
  return out;
}

class CrashTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) {
      GK_SKIP_WITHOUT_PG();
      pg_ = std::make_unique<TestDatabase>(storage::Backend::kPostgres, /*migrate=*/false);
      ASSERT_NE(pg_->db(), nullptr) << pg_->error();
      env_["GONGKAI_DATABASE_URL"] = pg_->url();
    }
    // No page cache: every check after the restart reads the database and
    // the index, not a copy of an earlier answer. The scheduler (and with it
    // the search catch-up) every second.
    args_ = {"--set", "server.page_cache_seconds=0",
             "--set", "catalogue.scheduler_seconds=1",
             "--set", "applications.submissions_per_hour=10000",
             "--set", "consultations.comments_per_hour=10000"};
    first_ = ServerProcess::Start(args_, env_);
    server_ = first_.get();
  }

  // SIGKILL, then the same installation started again.
  void KillAndRestart() {
    EXPECT_EQ(server_->Kill(), -SIGKILL);
    restarted_ = ServerProcess::Start(args_, env_, "127.0.0.1:0", first_->data_dir());
    server_ = restarted_.get();
  }

  // The installation's database, opened beside the server.
  std::shared_ptr<storage::Database> Db() {
    storage::DbOptions o;
    o.pool_size = 1;
    if (pg_) o.url = pg_->url();
    else o.data_dir = first_->data_dir();
    auto db = storage::Database::Open(o);
    EXPECT_TRUE(db.ok()) << db.status().message();
    return db.ok() ? db.value() : nullptr;
  }

  // Every stored file a row names is on disk, whole: its size and SHA-256.
  void ExpectFilesOnDisk(storage::Database& db, const std::string& table) {
    const auto files = TextNumberRows(db, "SELECT sha256, size FROM " + table);
    for (const auto& [sha, size] : files) {
      const std::string path = first_->data_dir() + "/files/" + sha.substr(0, 2) + "/" + sha;
      ASSERT_TRUE(std::filesystem::exists(path)) << table << " names " << sha << ", missing on disk";
      const std::string data = ReadFile(path);
      EXPECT_EQ(static_cast<long long>(data.size()), size) << path;
      EXPECT_EQ(Sha256Hex(data), sha) << path << " is not the file its row names";
    }
  }

  // The public search's count for the marker, "0" when nothing is found.
  std::string PublicSearchCount() {
    auto r = Fetch(server_->host(), server_->port(), "GET", std::string("/search?q=") + kMarkerQuery);
    if (r.status != 200) return "status " + std::to_string(r.status);
    if (Has(r.body, "没有找到相关信息")) return "0";
    return Capture(r.body, R"re(共找到 (\d+) 条结果)re");
  }
  // Waits (up to 10 s) for the public search to count `expected` results.
  void ExpectSearchCount(long long expected) {
    std::string got;
    for (int i = 0; i < 100; ++i) {
      got = PublicSearchCount();
      if (got == std::to_string(expected)) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_EQ(got, std::to_string(expected)) << "the search index disagrees with the database";
  }

  Browser NewBrowser() { return Browser(server_->host(), server_->port()); }
  // A demo account signed in with its one-time password changed to kPassword.
  Browser Demo(const std::string& username) {
    Browser b = NewBrowser();
    const std::string otp = first_->DemoPassword(username);
    EXPECT_EQ(b.Login(username, otp).status, 303);
    b.Get("/console/password");
    EXPECT_EQ(b.Post("/console/password", {{"current", otp}, {"password", kPassword}, {"password2", kPassword}}).status,
              303);
    return b;
  }
  // A new reviewer of the demo bureau, signed in.
  Browser NewReviewer(Browser&, const std::string& username) {
    auto b = NewDemoStaff(*server_, username, "reviewer", kPassword);
    EXPECT_TRUE(b.has_value()) << username;
    return b ? std::move(*b) : NewBrowser();
  }

  Browser SignInAgain(const std::string& username) {
    Browser b = NewBrowser();
    EXPECT_EQ(b.Login(username, kPassword).status, 303) << username;
    return b;
  }

  std::unique_ptr<TestDatabase> pg_;
  std::map<std::string, std::string> env_;
  std::vector<std::string> args_;
  std::unique_ptr<ServerProcess> first_;  // owns the data directory
  std::unique_ptr<ServerProcess> restarted_;
  ServerProcess* server_ = nullptr;
};

// Online applications with two attachments each, several at once, when the
// server is killed. A confirmed submission (the page with its number and
// tracking code came back) survives with both files; every stored
// application has both of its files, whole, on disk.
TEST_P(CrashTest, SubmissionWithAttachments) {
  ASSERT_NE(server_, nullptr);
  std::mutex mu;
  std::map<std::string, std::string> confirmed;  // number -> tracking code
  std::atomic<int> serial{0};
  for (int round = 0; round < 3; ++round) {
    std::atomic<bool> stop{false};
    std::vector<std::thread> clients;
    for (int t = 0; t < 3; ++t) {
      clients.emplace_back([&] {
        while (!stop) {
          Browser b = NewBrowser();
          auto page = b.Get("/apply");
          if (page.status != 200) return;
          const std::string n = std::to_string(serial++);
          // Distinct bytes per submission: files are stored by content.
          std::string pdf = "%PDF-1.4\n% " + n + "\n";
          while (pdf.size() < 300000) pdf += "0123456789 " + n + "\n";
          const std::string png =
              std::string("\x89PNG\r\n\x1a\n", 8) + std::string(100000, static_cast<char>('a' + n.size())) + n;
          auto r = b.PostFiles(
              "/apply", {{"attachments", "身份证明" + n + ".pdf", pdf}, {"attachments", "照片" + n + ".png", png}},
              {{"agency_id", "1"},
               {"applicant_type", "person"},
               {"applicant_name", "周申请"},
               {"id_type", "resident_id"},
               {"id_number", "11010519491231002x"},
               {"phone", "13912345678"},
               {"email", "zhou@example.com"},
               {"address", "济南市市中区（测试地址）"},
               {"description", std::string("请公开") + kMarker + "第" + n + "号相关的抽检报告全文及附表。"},
               {"medium", "electronic"},
               {"delivery", "email"},
               {"check_token", Capture(page.body, R"re(name="check_token" value="([^"]+)")re")},
               {"check_answer", HumanCheckAnswer(page.body)}});
          if (r.status == 0) return;  // the server is gone
          if (r.status != 200) {
            ADD_FAILURE() << "submission answered " << r.status << ": "
                          << Capture(r.body, R"re(role="alert">([\s\S]{0,600}))re");
            return;
          }
          const std::string number = Capture(r.body, R"re(id="apply-number">([^<]+)<)re");
          const std::string code = Capture(r.body, R"re(id="apply-code">([^<]+)<)re");
          if (!number.empty()) {
            std::lock_guard lock(mu);
            confirmed[number] = code;
          }
        }
      });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(400 + 300 * round));
    KillAndRestart();
    stop = true;
    for (auto& c : clients) c.join();
  }
  ASSERT_GE(confirmed.size(), 3u) << "too few submissions went through to test anything";

  auto db = Db();
  ASSERT_NE(db, nullptr);
  std::map<std::string, long long> stored;  // number -> files
  for (const auto& [number, files] :
       TextNumberRows(*db, std::string("SELECT a.number, (SELECT COUNT(*) FROM application_files f WHERE "
                                       "f.application_id = a.id) FROM applications a WHERE a.description LIKE '%") +
                               kMarker + "%'"))
    stored[number] = files;
  for (const auto& [number, files] : stored) EXPECT_EQ(files, 2) << number << " is stored with a file missing";
  for (const auto& [number, code] : confirmed) EXPECT_EQ(stored.count(number), 1u) << "confirmed " << number << " lost";
  ExpectFilesOnDisk(*db, "application_files");

  // What was confirmed is what the applicant and the staff see: the last
  // ones confirmed, nearest the kills (look-ups are limited per address).
  int looked_up = 0;
  for (auto it = confirmed.rbegin(); it != confirmed.rend() && looked_up < 8; ++it, ++looked_up) {
    const auto& [number, code] = *it;
    Browser applicant = NewBrowser();
    applicant.Get("/apply/status");
    auto status = applicant.Post("/apply/status", {{"number", number}, {"code", code}});
    EXPECT_EQ(status.status, 200) << number;
    EXPECT_TRUE(Has(status.body, "待接收确认")) << number;
  }
  Browser officer = Demo("officer");
  const std::string number = confirmed.begin()->first;
  const std::string id = Capture(officer.Get("/console/applications?view=open&per_page=500").body,
                                 R"re(href="/console/applications/(\d+)">)re" + number);
  ASSERT_FALSE(id.empty());
  auto page = officer.Get("/console/applications/" + id);
  const std::string file_url = Capture(page.body, "href=\"(/console/applications/" + id + "/files/\\d+)\"");
  ASSERT_FALSE(file_url.empty());
  auto file = officer.Get(file_url);
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.body.rfind("%PDF-1.4", 0), 0u);
  // Numbers go on from where they were: a new submission gets a new one.
  Browser b = NewBrowser();
  auto form = b.Get("/apply");
  auto r = b.Post("/apply", {{"agency_id", "1"},
                             {"applicant_type", "person"},
                             {"applicant_name", "周申请"},
                             {"id_type", "resident_id"},
                             {"id_number", "11010519491231002x"},
                             {"phone", "13912345678"},
                             {"email", "zhou@example.com"},
                             {"description", "请公开重启之后的一件新申请所涉及的抽检报告。"},
                             {"medium", "electronic"},
                             {"delivery", "email"},
                             {"check_token", Capture(form.body, R"re(name="check_token" value="([^"]+)")re")},
                             {"check_answer", HumanCheckAnswer(form.body)}});
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 2000);
  const std::string fresh = Capture(r.body, R"re(id="apply-number">([^<]+)<)re");
  EXPECT_FALSE(fresh.empty());
  EXPECT_EQ(stored.count(fresh), 0u) << "number " << fresh << " given twice";
}

// Comments on the demo's open consultation from several clients at once
// when the server is killed, three times. Every comment whose number and
// code came back is stored, and its author finds it with the code.
TEST_P(CrashTest, CommentStorm) {
  ASSERT_NE(server_, nullptr);
  std::mutex mu;
  std::map<std::string, std::string> confirmed;  // number -> code
  std::atomic<int> serial{0};
  for (int round = 0; round < 3; ++round) {
    std::atomic<bool> stop{false};
    std::vector<std::thread> clients;
    for (int t = 0; t < 4; ++t) {
      clients.emplace_back([&] {
        while (!stop) {
          Browser b = NewBrowser();
          auto page = b.Get("/consultations/1");
          if (page.status != 200) return;
          const std::string n = std::to_string(serial++);
          auto r = b.Post("/consultations/1/comments",
                          {{"article", "0"},
                           {"name", ""},
                           {"contact", ""},
                           {"body", std::string(kMarker) + "第" + n + "条意见：建议明确登记证补办的期限。"},
                           {"check_token", Capture(page.body, R"re(name="check_token" value="([^"]+)")re")},
                           {"check_answer", HumanCheckAnswer(page.body)}});
          if (r.status == 0) return;  // the server is gone
          if (r.status != 200) {
            ADD_FAILURE() << "comment answered " << r.status << ": "
                          << Capture(r.body, R"re(role="alert">([\s\S]{0,600}))re");
            return;
          }
          const std::string number = Capture(r.body, R"re(id="comment-number">(\d+)<)re");
          const std::string code = Capture(r.body, R"re(id="comment-code">([^<]+)<)re");
          if (!number.empty()) {
            std::lock_guard lock(mu);
            confirmed[number] = code;
          }
        }
      });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300 + 200 * round));
    KillAndRestart();
    stop = true;
    for (auto& c : clients) c.join();
  }
  ASSERT_GE(confirmed.size(), 5u) << "too few comments went through to test anything";
  auto db = Db();
  ASSERT_NE(db, nullptr);
  std::set<std::string> stored;
  for (const auto& [id, one] : TextNumberRows(
           *db, std::string("SELECT CAST(id AS TEXT), 1 FROM consultation_comments WHERE body LIKE '%") + kMarker + "%'"))
    stored.insert(id);
  for (const auto& [number, code] : confirmed) EXPECT_EQ(stored.count(number), 1u) << "confirmed comment " << number << " lost";
  // The authors of the last ones find them (look-ups are limited per address).
  int looked_up = 0;
  for (auto it = confirmed.rbegin(); it != confirmed.rend() && looked_up < 8; ++it, ++looked_up) {
    Browser author = NewBrowser();
    author.Get("/consultations/check");
    auto found = author.Post("/consultations/check", {{"cid", it->first}, {"code", it->second}});
    EXPECT_EQ(found.status, 200) << it->first;
    EXPECT_TRUE(Has(found.body, "待审核")) << it->first;
  }
}

// Final approvals (终审: the item is published, gets its 索引号 and goes into
// the search index) one after another when the server is killed. Every item
// is either published with its number, public and found, or still waiting
// for 终审 with no number, not public and not found; what was confirmed is
// published; and the items left are approved after the restart with new,
// unique numbers.
TEST_P(CrashTest, FinalApproval) {
  ASSERT_NE(server_, nullptr);
  Browser editor = Demo("editor");
  Browser first = Demo("reviewer");
  Browser admin = NewBrowser();
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  Browser second = NewReviewer(admin, "fushen");
  NewReviewer(admin, "zhongshen");
  constexpr int kItems = 24;
  auto form = editor.Get("/console/items/new");
  const std::string column = Capture(form.body, R"re(value="(\d+)"[^>]*><label for="it-col-\d+">通知公告 )re");
  ASSERT_FALSE(column.empty());
  std::vector<std::string> ids;
  for (int i = 0; i < kItems; ++i) {
    editor.Get("/console/items/new");
    auto r =
        editor.Post("/console/items", {{"title", std::string("关于") + kMarker + "第" + std::to_string(i) + "次的通知"},
                                       {"agency_id", "1"},
                                       {"written_on", ChinaDateFromToday(-2)},
                                       {"category", "通知公告"},
                                       {"topic", "综合政务"},
                                       {"genre", "通知"},
                                       {"art20", "0"},
                                       {"disclosure", "proactive"},
                                       {"columns", column},
                                       {"body_md", "现将有关事项通知如下。"}});
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 2000);
    const std::string id = Capture(r.Header("Location"), R"(/console/items/(\d+))");
    ASSERT_FALSE(id.empty());
    ASSERT_EQ(editor.Post("/console/items/" + id + "/submit", {}).status, 303);
    for (Browser* b : {&first, &second}) {
      b->Get("/console/items/" + id);
      ASSERT_EQ(b->Post("/console/items/" + id + "/approve", {{"comment", ""}}).status, 303);
    }
    ids.push_back(id);
  }
  ExpectSearchCount(0);

  std::set<std::string> confirmed;
  std::atomic<size_t> next{0};  // read by the test while the approver moves it
  for (int round = 0; round < 2; ++round) {
    Browser third = SignInAgain("zhongshen");
    std::atomic<int> approved_this_round{0};
    std::thread approver([&] {
      for (; next < ids.size(); ++next) {
        third.Get("/console/items/" + ids[next]);
        auto r = third.Post("/console/items/" + ids[next] + "/approve", {{"comment", "同意发布"}});
        if (r.status == 0) return;
        EXPECT_EQ(r.status, 303) << r.body.substr(0, 1000);
        confirmed.insert(ids[next]);
        ++approved_this_round;
      }
    });
    // The kill comes after a few approvals of this round went through, while
    // the next are on their way: counted, not timed, so that a fast machine
    // cannot finish all of them before it (a fixed sleep did, once).
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (approved_this_round < 3 + round && next < ids.size() && std::chrono::steady_clock::now() < give_up)
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    KillAndRestart();
    approver.join();
    if (next < ids.size()) ++next;  // the one in flight: done or not, it is checked below
  }
  ASSERT_GE(confirmed.size(), 1u);
  ASSERT_LT(confirmed.size(), ids.size()) << "every approval finished before the kill: nothing was interrupted";

  auto db = Db();
  ASSERT_NE(db, nullptr);
  struct Row {
    std::string state, index_no;
  };
  std::map<std::string, Row> items;
  for (const auto& [both, id] :
       TextNumberRows(*db, std::string("SELECT state || '|' || COALESCE(index_no, ''), id FROM items WHERE title "
                                       "LIKE '%") +
                               kMarker + "%'")) {
    const size_t bar = both.find('|');
    items[std::to_string(id)] = {both.substr(0, bar), both.substr(bar + 1)};
  }
  ASSERT_EQ(items.size(), static_cast<size_t>(kItems));
  long long published = 0;
  for (const auto& id : ids) {
    const Row& row = items[id];
    if (row.state == "published") {
      ++published;
      EXPECT_TRUE(std::regex_match(row.index_no, std::regex(R"(11370100MB28696235/\d{4}-\d{5})"))) << id;
      EXPECT_EQ(Fetch(server_->host(), server_->port(), "GET", "/items/" + row.index_no).status, 200) << id;
    } else {
      EXPECT_EQ(row.state, "in_review") << id;
      EXPECT_TRUE(row.index_no.empty()) << id << " has a number but is not published";
      EXPECT_FALSE(confirmed.count(id)) << "confirmed approval of " << id << " lost";
    }
  }
  ExpectSearchCount(published);
  ExpectFilesOnDisk(*db, "attachments");

  // The rest are approved now, each with a number never given before.
  Browser third = SignInAgain("zhongshen");
  for (const auto& id : ids) {
    if (items[id].state == "published") continue;
    third.Get("/console/items/" + id);
    EXPECT_EQ(third.Post("/console/items/" + id + "/approve", {{"comment", "同意发布"}}).status, 303) << id;
  }
  std::set<std::string> numbers;
  for (const auto& [no, id] :
       TextNumberRows(*db, std::string("SELECT COALESCE(index_no, ''), id FROM items WHERE state = 'published' "
                                       "AND title LIKE '%") +
                               kMarker + "%'"))
    numbers.insert(no);
  EXPECT_EQ(numbers.size(), static_cast<size_t>(kItems));
  ExpectSearchCount(kItems);
}

// `gongkai import items` killed half-way imports nothing (one transaction);
// run again it imports everything, and the running server's search finds
// exactly what the database holds.
TEST_P(CrashTest, Import) {
  ASSERT_NE(server_, nullptr);
  constexpr int kRows = 3000;
  constexpr int kMarked = kRows / 250;  // rows whose body has the marker: the search counts them exactly
  auto write = [&](const std::string& name, int year) {
    std::string csv = "索引号,标题,发布日期,正文\n";
    for (int i = 1; i <= kRows; ++i) {
      char no[64];
      std::snprintf(no, sizeof no, "11370100MB28696235/%d-%05d", year, i);
      csv += std::string(no) + ",关于第" + std::to_string(i) + "项价格检查的公告," + std::to_string(year) +
             "-06-05,公告正文" + (i % 250 == 0 ? std::string("，") + kMarker : std::string()) + "。\n";
    }
    const std::string path = first_->data_dir() + "/" + name;
    std::ofstream(path, std::ios::binary) << csv;
    return std::vector<std::string>{"import", "items", path, "--data", first_->data_dir()};
  };
  auto imported = [&](int year) {
    auto db = Db();
    if (!db) return -1LL;
    auto rows = TextNumberRows(
        *db, "SELECT 'n', COUNT(*) FROM items WHERE index_no LIKE '11370100MB28696235/" + std::to_string(year) + "-%'");
    return rows.empty() ? -1LL : rows.front().second;
  };
  // How long a whole run takes, to kill the others at fractions of it.
  const auto first = write("items2015.csv", 2015);
  auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(ServerProcess::Wait(ServerProcess::RunInBackground(first, env_)), 0);
  const auto whole = std::chrono::steady_clock::now() - started;
  ASSERT_EQ(imported(2015), kRows);

  const auto second = write("items2016.csv", 2016);
  // Killed early enough, nothing of the run is there; killed after its
  // commit, everything is. Never a part.
  int killed_before_commit = 0;
  bool finished = false;
  for (double fraction : {0.1, 0.2, 0.35, 0.5}) {
    const int pid = ServerProcess::RunInBackground(second, env_);
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::duration_cast<std::chrono::milliseconds>(whole * fraction));
    kill(pid, SIGKILL);
    const int rc = ServerProcess::Wait(pid);
    const long long n = imported(2016);
    EXPECT_EQ(imported(2015), kRows);
    if (n == kRows) {  // committed before the kill (or finished)
      finished = true;
      break;
    }
    EXPECT_EQ(rc, -SIGKILL);
    EXPECT_EQ(n, 0) << "a killed import left part of its rows";
    ++killed_before_commit;
  }
  EXPECT_GE(killed_before_commit, 1) << "no run was killed before its commit";
  // The server killed too; then the import runs to its end.
  KillAndRestart();
  if (!finished) {
    ASSERT_EQ(ServerProcess::Wait(ServerProcess::RunInBackground(second, env_)), 0);
  }
  EXPECT_EQ(imported(2016), kRows);
  ExpectSearchCount(2 * kMarked);
  EXPECT_EQ(Fetch(server_->host(), server_->port(), "GET", "/items/11370100MB28696235/2016-02999").status, 200);
}

INSTANTIATE_TEST_SUITE_P(Backends, CrashTest, ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const ::testing::TestParamInfo<storage::Backend>& info) {
                           return info.param == storage::Backend::kSqlite ? std::string("Sqlite")
                                                                          : std::string("Postgres");
                         });

}  // namespace
}  // namespace gk::testing
