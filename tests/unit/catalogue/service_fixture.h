// The fixture of the CatalogueService tests (service_test.cc,
// policy_service_test.cc): a real (temporary) database, SQLite and
// PostgreSQL, a fake clock, the shipped State Council calendar, three
// agencies and their staff.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "auth/audit.h"
#include "auth/service.h"
#include "catalogue/service.h"
#include "common/calendar.h"
#include "common/china_time.h"
#include "common/clock.h"
#include "common/uscc.h"
#include "storage/database.h"
#include "testutil/source_tree.h"
#include "testutil/test_db.h"

namespace gk::catalogue {
namespace {

namespace fs = std::filesystem;

constexpr int64_t kNow = 1795658400;  // 2026-11-26 10:00 in Beijing
const char kBureauUscc[] = "11370100MB28696235";
const char kIndexPrefix[] = "11370100MB28696235/2026-";
const char kPassword[] = "Jinan-2026-scjg";
const char kIp[] = "192.0.2.10";
const char kTopic[] = "市场监管、安全生产监管";

// The shipped calendar, data/calendar/*.toml.
inline const WorkCalendar& Shipped() {
  static WorkCalendar* calendar = [] {
    auto* c = new WorkCalendar;
    Status s = c->LoadDirectory(testing::SourceDir() + "/data/calendar");
    EXPECT_TRUE(s.ok()) << s.message();
    return c;
  }();
  return *calendar;
}

inline Date D(const std::string& text) {
  auto d = Date::Parse(text);
  EXPECT_TRUE(d.ok()) << text;
  return d.ok() ? d.value() : Date();
}

// 10:00 China time on a date.
inline int64_t AtTen(const std::string& date) { return D(date).DaysSinceEpoch() * 86400 + 2 * 3600; }

// A valid USCC from its first 17 characters.
inline std::string Uscc(const std::string& first17) {
  static const char* kChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  int v = UsccCheckDigitValue(first17);
  EXPECT_GE(v, 0) << first17;
  return first17 + kChars[v < 0 ? 0 : v];
}

// The way src/app/app.cc wires the calendar into the catalogue.
inline CatalogueOptions WithCalendar(CatalogueOptions o = {}) {
  const WorkCalendar* calendar = &Shipped();
  o.working_days_between = [calendar](Date from, Date to) { return calendar->WorkingDaysBetween(from, to, nullptr); };
  return o;
}

struct Staff {
  access::User user;
  access::Actor actor;
};

class CatalogueServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    std::string tmpl = fs::temp_directory_path() / "gk_catalogue_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;  // the search index's; the database is test_db_'s
    test_db_ = std::make_unique<testing::TestDatabase>(GetParam());
    if (!test_db_->db()) {
      if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
      FAIL() << test_db_->error();
    }
    db_ = test_db_->db();
    auth_ = std::make_unique<auth::AuthService>(db_, clock_, auth::AuthOptions{});
    service_ = std::make_unique<CatalogueService>(db_, clock_, WithCalendar());

    bureau_ = MakeAgency("济南市市场监督管理局", kBureauUscc);
    district_ = MakeAgency("济南市历下区市场监督管理局", Uscc("11370102MB2870153"), bureau_);
    other_ = MakeAgency("青岛市市场监督管理局", Uscc("11370200MB2869620"));
    editor_ = MakeStaff("editor", {{access::Role::kEditor, bureau_, 0}});
    r1_ = MakeStaff("reviewer1", {{access::Role::kReviewer, bureau_, 0}});
    r2_ = MakeStaff("reviewer2", {{access::Role::kReviewer, bureau_, 0}});
    r3_ = MakeStaff("reviewer3", {{access::Role::kReviewer, bureau_, 0}});
    officer_ = MakeStaff("officer", {{access::Role::kOfficer, bureau_, 0}});
  }
  void TearDown() override {
    service_.reset();
    auth_.reset();
    db_.reset();
    test_db_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  int64_t MakeAgency(const std::string& name, const std::string& uscc, int64_t parent = 0) {
    access::Agency a;
    a.name = name;
    a.uscc = uscc;
    a.parent_id = parent;
    FieldErrors errors;
    auto r = auth_->CreateAgency(cli_, nullptr, a, &errors);
    EXPECT_TRUE(r.ok()) << name << ": " << r.status().message();
    return r.ok() ? r.value() : 0;
  }
  Staff MakeStaff(const std::string& username, std::vector<access::RoleGrant> roles) {
    auth::NewUser nu;
    nu.username = username;
    nu.display_name = "测试" + username;
    nu.roles = std::move(roles);
    nu.password = kPassword;
    FieldErrors errors;
    auto r = auth_->CreateUser(cli_, nullptr, nu, &errors);
    EXPECT_TRUE(r.ok()) << username << ": " << r.status().message();
    auto u = auth_->GetUserByName(username);
    EXPECT_TRUE(u.ok()) << username;
    Staff s;
    if (u.ok()) s.user = u.value();
    s.actor = access::Actor{s.user.id, username, kIp};
    return s;
  }

  Item NewItem(const std::string& title, const std::string& written_on = "") {
    Item item;
    item.agency_id = bureau_;
    item.title = title;
    if (!written_on.empty()) item.written_on = D(written_on);
    item.topic = kTopic;
    item.category = "通知公告";
    item.genre = "通知";
    item.body_md = "正文。";
    return item;
  }
  int64_t Create(const Item& item, const Staff& by) {
    FieldErrors errors;
    auto r = service_->CreateDraft(by.actor, by.user, item, &errors);
    EXPECT_TRUE(r.ok()) << item.title << ": " << r.status().message();
    return r.ok() ? r.value() : 0;
  }
  int64_t Create(const Item& item) { return Create(item, editor_); }
  void Submit(int64_t id, const Staff& by) {
    Status s = service_->Submit(by.actor, by.user, id);
    EXPECT_TRUE(s.ok()) << s.message();
  }
  void Submit(int64_t id) { Submit(id, editor_); }
  Status Approve(const Staff& by, int64_t id, const std::string& late_reason = "", FieldErrors* errors = nullptr) {
    FieldErrors local;
    return service_->Approve(by.actor, by.user, id, "同意", late_reason, errors ? errors : &local);
  }
  void MustApprove(const Staff& by, int64_t id) {
    Status s = Approve(by, id);
    EXPECT_TRUE(s.ok()) << by.user.username << ": " << s.message();
  }
  // Drafted, submitted and approved through 初审 复审 终审.
  int64_t Publish(const std::string& title, const std::string& written_on = "") {
    int64_t id = Create(NewItem(title, written_on));
    Submit(id);
    MustApprove(r1_, id);
    MustApprove(r2_, id);
    MustApprove(r3_, id);
    return id;
  }
  Item Get(int64_t id) {
    auto r = service_->Get(id);
    EXPECT_TRUE(r.ok()) << id << ": " << r.status().message();
    return r.ok() ? r.value() : Item{};
  }
  std::vector<ReviewEvent> Reviews(int64_t id) {
    auto r = service_->Reviews(id);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value() : std::vector<ReviewEvent>{};
  }
  // Audit entries of an item, oldest first.
  std::vector<auth::AuditEntry> ItemAudit(int64_t id) {
    auth::AuditFilter f;
    f.action = "item.";
    f.per_page = 500;
    std::vector<auth::AuditEntry> all, out;
    int64_t total = 0;
    Status s = auth::ListAudit(*db_, f, &all, &total);
    EXPECT_TRUE(s.ok()) << s.message();
    for (auto& e : all)
      if (e.object_type == "item" && e.object_id == std::to_string(id)) out.push_back(std::move(e));
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
  }
  std::vector<std::string> Actions(int64_t id) {
    std::vector<std::string> out;
    for (const auto& e : ItemAudit(id)) out.push_back(e.action);
    return out;
  }

  std::string dir_;
  FakeClock clock_{kNow};
  std::unique_ptr<testing::TestDatabase> test_db_;
  std::shared_ptr<storage::Database> db_;
  std::unique_ptr<auth::AuthService> auth_;
  std::unique_ptr<CatalogueService> service_;
  const access::Actor cli_{0, "命令行", ""};
  int64_t bureau_ = 0, district_ = 0, other_ = 0;
  Staff editor_, r1_, r2_, r3_, officer_;
};

}  // namespace
}  // namespace gk::catalogue
