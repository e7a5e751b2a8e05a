// 舆情回应: the times of 国办发〔2016〕61号 (5 hours for a 重大 one with a press
// conference within 24, 48 hours for the others) on a fake clock, and the
// register through the service on both backends: every problem at once, the
// due time from the level, answers (the first makes it 已回应, in time or
// not), closing only once answered, the user's agencies only, the audit log.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/china_time.h"
#include "common/clock.h"
#include "opinions/service.h"
#include "testutil/test_db.h"

namespace gk::opinions {
namespace {

constexpr int64_t kNow = 1795658400;  // 2026-11-26 10:00 in Beijing
constexpr int64_t kHour = 3600;

TEST(OpinionRulesTest, TheTimesOfTheStateCouncilNotice) {
  EXPECT_EQ(DueAt(Level::kMajor, kNow), kNow + 5 * kHour);
  EXPECT_EQ(DueAt(Level::kGeneral, kNow), kNow + 48 * kHour);
  Opinion o;
  o.level = Level::kMajor;
  o.found_at = kNow;
  o.due_at = DueAt(o.level, o.found_at);
  EXPECT_FALSE(Late(o, kNow + 5 * kHour));
  EXPECT_TRUE(Late(o, kNow + 5 * kHour + 1));
  EXPECT_FALSE(PressConferenceMissing(o, kNow + 24 * kHour));
  EXPECT_TRUE(PressConferenceMissing(o, kNow + 24 * kHour + 1));
  o.responses.push_back({1, kNow + 20 * kHour, Channel::kPressConference, "发布会", "", "", ""});
  EXPECT_FALSE(PressConferenceMissing(o, kNow + 30 * kHour));
  o.first_response_at = kNow + 4 * kHour;
  o.state = State::kResponded;
  EXPECT_TRUE(AnsweredInTime(o));
  EXPECT_FALSE(Late(o, kNow + 10 * kHour));
  o.first_response_at = kNow + 6 * kHour;
  EXPECT_FALSE(AnsweredInTime(o));
}

class OpinionServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(testing::AddTestAgencies(*tdb_->db(), true).ok());
    svc_ = std::make_unique<OpinionService>(tdb_->db(), clock_);
    editor_.roles = {{access::Role::kEditor, 1, 0}};
    editor_.display_name = "王信息";
  }
  static std::string Local(int64_t t) { return FormatChinaTime(t, "%Y-%m-%dT%H:%M"); }
  OpinionForm Form(const char* level) {
    return {1,     "网传某超市销售过期食品", "微博",         "https://weibo.example/1",
            level, Local(kNow - kHour),      "网友发帖称……", ""};
  }

  FakeClock clock_{kNow};
  std::unique_ptr<testing::TestDatabase> tdb_;
  std::unique_ptr<OpinionService> svc_;
  access::User editor_;
  const access::Actor actor_{0, "测试", "192.0.2.1"};
};

TEST_P(OpinionServiceTest, RecordedAnsweredAndClosed) {
  FieldErrors errors;
  EXPECT_FALSE(svc_->Create(actor_, editor_, {1, "", "", "", "huge", Local(kNow + 10 * kHour), "", ""}, &errors).ok());
  for (const char* f : {"title", "source", "level", "found_at", "summary"}) EXPECT_FALSE(errors.Get(f).empty()) << f;
  FieldErrors ok;
  auto id = svc_->Create(actor_, editor_, Form("major"), &ok);
  ASSERT_TRUE(id.ok()) << id.status().message();
  auto o = svc_->Get(id.value());
  EXPECT_EQ(o->due_at, kNow - kHour + 5 * kHour);
  EXPECT_EQ(o->state, State::kOpen);
  FieldErrors early_close;
  EXPECT_EQ(svc_->Close(actor_, editor_, id.value(), "办结", &early_close).code(), Code::kConflict);
  FieldErrors bad;
  EXPECT_FALSE(svc_->Respond(actor_, editor_, id.value(), {Local(kNow - 2 * kHour), "fax", "", ""}, &bad).ok());
  EXPECT_FALSE(bad.Get("channel").empty());
  EXPECT_FALSE(bad.Get("content").empty());
  FieldErrors before_found;
  EXPECT_FALSE(
      svc_->Respond(actor_, editor_, id.value(), {Local(kNow - 2 * kHour), "release", "情况通报", ""}, &before_found)
          .ok());
  EXPECT_FALSE(before_found.Get("at").empty());
  // A 索引号 names a published item of the agency (the lookup the composition root wires).
  svc_->SetItemLookup([](int64_t agency, const std::string& index_no) -> std::optional<std::string> {
    if (agency == 1 && index_no == "11370100MB28696235/2026-00950") return std::string("情况通报");
    return std::nullopt;
  });
  FieldErrors unknown;
  EXPECT_FALSE(
      svc_->Respond(actor_, editor_, id.value(), {Local(kNow), "release", "已立案调查。", "2026-00001"}, &unknown)
          .ok());
  EXPECT_NE(unknown.Get("link").find("没有索引号为 2026-00001 的已发布信息"), std::string::npos);
  FieldErrors answered;
  ASSERT_TRUE(svc_->Respond(actor_, editor_, id.value(),
                            {Local(kNow), "release", "已立案调查。", "11370100MB28696235/2026-00950"}, &answered)
                  .ok());
  o = svc_->Get(id.value());
  EXPECT_EQ(o->state, State::kResponded);
  EXPECT_TRUE(AnsweredInTime(o.value()));
  ASSERT_EQ(o->responses.size(), 1u);
  EXPECT_EQ(o->responses[0].by, "王信息");
  EXPECT_EQ(o->responses[0].link_title, "情况通报");
  FieldErrors closed;
  ASSERT_TRUE(svc_->Close(actor_, editor_, id.value(), "经查属实，已处罚。", &closed).ok());
  EXPECT_EQ(svc_->Get(id.value())->state, State::kClosed);
  access::User elsewhere;
  elsewhere.roles = {{access::Role::kEditor, 2, 0}};
  FieldErrors denied;
  EXPECT_EQ(svc_->Create(actor_, elsewhere, Form("general"), &denied).status().code(), Code::kDenied);
  store::OpinionFilter late;
  late.late_at = kNow + 100 * kHour;
  EXPECT_EQ(svc_->List(late)->total, 0);
  long long audited = 0;
  ASSERT_TRUE(tdb_->db()
                  ->Read([&](soci::session& sql) {
                    sql << "SELECT COUNT(*) FROM audit_log WHERE object_type = 'opinion'", soci::into(audited);
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_EQ(audited, 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, OpinionServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const auto& info) {
                           return info.param == storage::Backend::kSqlite ? std::string("Sqlite")
                                                                          : std::string("Postgres");
                         });

}  // namespace
}  // namespace gk::opinions
