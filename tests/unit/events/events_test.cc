// 听证会, 政府开放日 and 在线访谈: the rules on a fake clock (Decree 713 Art. 16's
// seven days' notice counted in China days, registration open and closed,
// places and the waiting list, the participant list due before a hearing),
// the workflow table, and events through the service on both backends:
// every problem of the form at once, publication refused with its reasons,
// places taken to capacity and then the waiting list, a cancellation
// promoting the first waiting, more places promoting more, the registrant's
// code, no more places than capacity under concurrent registrations, the
// summary only after the event, each role in its place, the audit log.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <atomic>
#include <thread>

#include "common/china_time.h"
#include "common/clock.h"
#include "events/service.h"
#include "testutil/test_db.h"

namespace gk::events {
namespace {

// 2026-11-26 10:00 in Beijing.
constexpr int64_t kNow = 1795658400;
constexpr int64_t kDay = 86400;

Event Hearing(int64_t starts_at) {
  Event e;
  e.kind = Kind::kHearing;
  e.agency_id = 1;
  e.starts_at = starts_at;
  e.registration_closes_at = starts_at;
  e.capacity = 10;
  e.materials = "听证材料";
  return e;
}

TEST(EventRulesTest, AHearingIsPublishedSevenChinaDaysAhead) {
  struct Case {
    int64_t starts;
    bool ok;
  };
  // kNow is 10:00 on the 26th; China days count, not hours.
  const Case cases[] = {{kNow + 7 * kDay, true},               // 3 December 10:00
                        {kNow + 7 * kDay - 9 * 3600, true},    // 3 December 01:00: still 7 days
                        {kNow + 6 * kDay + 13 * 3600, false},  // 2 December 23:00
                        {kNow + 30 * kDay, true}};
  for (const auto& c : cases) {
    auto problems = PublishProblems(Hearing(c.starts), kNow);
    EXPECT_EQ(problems.empty(), c.ok) << FormatChinaTime(c.starts, "%Y-%m-%d %H:%M");
  }
  Event no_materials = Hearing(kNow + 10 * kDay);
  no_materials.materials.clear();
  EXPECT_EQ(PublishProblems(no_materials, kNow).size(), 1u);
  Event open_day = Hearing(kNow + kDay);
  open_day.kind = Kind::kOpenDay;
  open_day.materials.clear();
  EXPECT_TRUE(PublishProblems(open_day, kNow).empty()) << "the seven days are a hearing's";
  open_day.starts_at = kNow - 60;
  EXPECT_FALSE(PublishProblems(open_day, kNow).empty());
}

TEST(EventRulesTest, RegistrationPlacesAndTheParticipantList) {
  Event e = Hearing(kNow + 10 * kDay);
  e.registration_closes_at = kNow + 8 * kDay;
  EXPECT_FALSE(RegistrationOpen(e, kNow)) << "a draft";
  e.state = State::kPublished;
  EXPECT_TRUE(RegistrationOpen(e, kNow));
  EXPECT_FALSE(RegistrationOpen(e, kNow + 8 * kDay)) << "closed at its time";
  e.capacity = 0;
  EXPECT_FALSE(RegistrationOpen(e, kNow)) << "no registration";
  e.capacity = 2;
  e.confirmed = 1;
  EXPECT_EQ(PlaceFor(e), RegState::kConfirmed);
  e.confirmed = 2;
  EXPECT_FALSE(PlaceFor(e)) << "no waiting list";
  e.waitlist = 1;
  EXPECT_EQ(PlaceFor(e), RegState::kWaiting);
  e.waiting = 1;
  EXPECT_FALSE(PlaceFor(e)) << "both full";
  EXPECT_FALSE(ParticipantsOverdue(e, kNow)) << "10 days ahead";
  EXPECT_TRUE(ParticipantsOverdue(e, kNow + 4 * kDay)) << "6 days ahead, list not published";
  e.participants_public = true;
  EXPECT_FALSE(ParticipantsOverdue(e, kNow + 4 * kDay));
}

TEST(EventWorkflowTest, EachActionFromItsStates) {
  EXPECT_TRUE(StateAllows(Action::kPublish, State::kDraft));
  EXPECT_FALSE(StateAllows(Action::kPublish, State::kPublished));
  EXPECT_TRUE(StateAllows(Action::kEdit, State::kPublished));
  EXPECT_FALSE(StateAllows(Action::kEdit, State::kHeld));
  EXPECT_EQ(NextState(Action::kSummarise, State::kPublished), State::kHeld);
  EXPECT_EQ(NextState(Action::kCancel, State::kPublished), State::kCancelled);
  EXPECT_EQ(ActionPermission(Action::kPublish), access::Permission::kPublishEvents);
  EXPECT_EQ(ActionPermission(Action::kSummarise), access::Permission::kManageEvents);
  access::User editor;
  editor.roles = {{access::Role::kEditor, 1, 0}};
  Event e = Hearing(kNow + 3 * kDay);
  auto refused = Refusals(Action::kPublish, e, editor, {}, kNow);
  ASSERT_EQ(refused.size(), 2u) << "the role and the seven days, at once";
  EXPECT_NE(refused[1].find("7 日前"), std::string::npos);
}

class EventServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(testing::AddTestAgencies(*tdb_->db(), true).ok());
    svc_ = std::make_unique<EventService>(tdb_->db(), clock_);
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
    editor_.roles = {{access::Role::kEditor, 1, 0}};
  }
  static std::string Local(int64_t t) { return FormatChinaTime(t, "%Y-%m-%dT%H:%M"); }
  EventForm Form(const char* kind, int64_t starts, int capacity) {
    return {1,
            kind,
            "政府开放日：走进检验实验室",
            "参观实验室。",
            "检验中心",
            Local(starts),
            "",
            std::to_string(capacity),
            "材料",
            "10"};
  }
  int64_t Published(const char* kind, int64_t starts, int capacity) {
    FieldErrors errors;
    auto id = svc_->Create(actor_, editor_, Form(kind, starts, capacity), &errors);
    EXPECT_TRUE(id.ok()) << id.status().message();
    const int64_t made = id.ok() ? id.value() : 0;
    Status s = svc_->Publish(actor_, officer_, made);
    EXPECT_TRUE(s.ok()) << s.message();
    return made;
  }
  Result<Registered> Register(int64_t event, const std::string& name) {
    FieldErrors errors;
    return svc_->Register(actor_, event, {name, "市民", name + "@example.cn", ""}, &errors);
  }
  RegState StateOf(int64_t registration) {
    auto regs = svc_->Registrations(1, true);
    for (const auto& r : regs.value())
      if (r.id == registration) return r.state;
    return RegState::kCancelled;
  }

  FakeClock clock_{kNow};
  std::unique_ptr<testing::TestDatabase> tdb_;
  std::unique_ptr<EventService> svc_;
  access::User officer_, editor_;
  const access::Actor actor_{0, "测试", "192.0.2.1"};
};

TEST_P(EventServiceTest, EveryProblemOfTheFormAtOnce) {
  FieldErrors errors;
  EventForm bad{1, "party", "", "", "", "2026-13-01T09:00", "", "-3", "", "many"};
  EXPECT_FALSE(svc_->Create(actor_, editor_, bad, &errors).ok());
  for (const char* f : {"kind", "title", "description", "place", "starts_at", "capacity", "waitlist"})
    EXPECT_FALSE(errors.Get(f).empty()) << f;
  FieldErrors late;
  EventForm closes_after = Form("open_day", kNow + 5 * kDay, 10);
  closes_after.registration_closes_at = Local(kNow + 6 * kDay);
  EXPECT_FALSE(svc_->Create(actor_, editor_, closes_after, &late).ok());
  EXPECT_FALSE(late.Get("registration_closes_at").empty());
  FieldErrors denied;
  access::User reviewer;
  reviewer.roles = {{access::Role::kReviewer, 1, 0}};
  EXPECT_EQ(svc_->Create(actor_, reviewer, Form("open_day", kNow + kDay, 1), &denied).status().code(), Code::kDenied);
}

TEST_P(EventServiceTest, AHearingLessThanSevenDaysAwayIsNotPublished) {
  FieldErrors errors;
  auto id = svc_->Create(actor_, editor_, Form("hearing", kNow + 5 * kDay, 10), &errors);
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(svc_->Publish(actor_, editor_, id.value()).code(), Code::kDenied) << "the 公开办's";
  Status refused = svc_->Publish(actor_, officer_, id.value());
  EXPECT_EQ(refused.code(), Code::kConflict);
  EXPECT_NE(refused.message().find("7 日前公布"), std::string::npos) << refused.message();
  FieldErrors moved;
  ASSERT_TRUE(svc_->Update(actor_, editor_, id.value(), Form("hearing", kNow + 9 * kDay, 10), &moved).ok());
  ASSERT_TRUE(svc_->Publish(actor_, officer_, id.value()).ok());
  EXPECT_EQ(DateText(svc_->Get(id.value())->published_on), "2026-11-26");
  // Once public it keeps its notice: not moved nearer than 7 days from publication.
  FieldErrors nearer;
  EXPECT_FALSE(svc_->Update(actor_, editor_, id.value(), Form("hearing", kNow + 4 * kDay, 10), &nearer).ok());
  EXPECT_FALSE(nearer.Get("starts_at").empty());
}

TEST_P(EventServiceTest, PlacesThenTheWaitingListAndACancellationPromotes) {
  const int64_t id = Published("open_day", kNow + 10 * kDay, 2);
  auto a = Register(id, "李娜"), b = Register(id, "王强"), c = Register(id, "赵雪"), d = Register(id, "刘洋");
  ASSERT_TRUE(a.ok() && b.ok() && c.ok() && d.ok());
  EXPECT_EQ(a->state, RegState::kConfirmed);
  EXPECT_EQ(b->state, RegState::kConfirmed);
  EXPECT_EQ(c->state, RegState::kWaiting);
  EXPECT_EQ(c->position, 1);
  EXPECT_EQ(d->position, 2);
  FieldErrors twice;
  EXPECT_FALSE(svc_->Register(actor_, id, {"李娜", "市民", "李娜@example.cn", ""}, &twice).ok());
  EXPECT_FALSE(twice.Get("name").empty()) << "the same person twice";
  EXPECT_EQ(svc_->Lookup(a->id, "WRONG-CODE").status().code(), Code::kNotFound);
  EXPECT_EQ(svc_->CancelRegistration(actor_, a->id, "WRONG-CODE").code(), Code::kNotFound);
  ASSERT_TRUE(svc_->CancelRegistration(actor_, a->id, a->code).ok());
  EXPECT_EQ(StateOf(a->id), RegState::kCancelled);
  EXPECT_EQ(StateOf(c->id), RegState::kConfirmed) << "the first waiting takes the place";
  auto found = svc_->Lookup(d->id, d->code);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(svc_->WaitingPosition(found->first).value(), 1);
  EXPECT_EQ(svc_->CancelRegistration(actor_, a->id, a->code).code(), Code::kConflict) << "already cancelled";
  // More places: the waiting list moves up at once.
  FieldErrors errors;
  ASSERT_TRUE(svc_->Update(actor_, editor_, id, Form("open_day", kNow + 10 * kDay, 3), &errors).ok());
  EXPECT_EQ(StateOf(d->id), RegState::kConfirmed);
  auto e = svc_->Get(id);
  EXPECT_EQ(e->confirmed, 3);
  EXPECT_EQ(e->waiting, 0);
  FieldErrors fewer;
  EXPECT_FALSE(svc_->Update(actor_, editor_, id, Form("open_day", kNow + 10 * kDay, 2), &fewer).ok());
  EXPECT_FALSE(fewer.Get("capacity").empty());
  // Registration closes when the event starts.
  clock_.Set(kNow + 10 * kDay);
  FieldErrors closed;
  EXPECT_FALSE(svc_->Register(actor_, id, {"迟到者", "市民", "x@example.cn", ""}, &closed).ok());
  EXPECT_EQ(svc_->CancelRegistration(actor_, b->id, b->code).code(), Code::kConflict);
}

// 16 at once for 5 places and 10 on the waiting list: 5 places, 10 waiting,
// and the one past both refused with nothing stored.
TEST_P(EventServiceTest, ConcurrentRegistrationsNeverExceedThePlaces) {
  const int64_t id = Published("open_day", kNow + 10 * kDay, 5);
  std::atomic<int> confirmed{0}, waiting{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 4; ++i) {
        auto r = Register(id, "市民" + std::to_string(t) + "-" + std::to_string(i));
        if (!r.ok()) {
          EXPECT_EQ(r.status().code(), Code::kInvalid) << r.status().message();
          ++failed;
        } else if (r->state == RegState::kConfirmed) ++confirmed;
        else ++waiting;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failed.load(), 1);
  EXPECT_EQ(confirmed.load(), 5);
  EXPECT_EQ(waiting.load(), 10);
  auto e = svc_->Get(id);
  EXPECT_EQ(e->confirmed, 5);
  EXPECT_EQ(e->waiting, 10);
  auto all = svc_->Registrations(id, true);
  EXPECT_EQ(all->size(), 15u) << "the refused one stored nothing";
}

TEST_P(EventServiceTest, ParticipantsBeforeSummaryAfterCancelWithAReason) {
  const int64_t id = Published("hearing", kNow + 8 * kDay, 5);
  ASSERT_TRUE(Register(id, "陈立新").ok());
  EXPECT_EQ(svc_->PublishParticipants(actor_, editor_, id).code(), Code::kDenied);
  ASSERT_TRUE(svc_->PublishParticipants(actor_, officer_, id).ok());
  EXPECT_TRUE(svc_->Get(id)->participants_public);
  EXPECT_EQ(svc_->PublishParticipants(actor_, officer_, id).code(), Code::kConflict) << "once";
  FieldErrors early;
  Status too_soon = svc_->Summarise(actor_, editor_, id, "综述", &early);
  EXPECT_NE(too_soon.message().find("尚未举行"), std::string::npos);
  clock_.Set(kNow + 9 * kDay);
  FieldErrors blank;
  EXPECT_FALSE(svc_->Summarise(actor_, editor_, id, " ", &blank).ok());
  EXPECT_FALSE(blank.Get("summary").empty());
  FieldErrors ok;
  ASSERT_TRUE(svc_->Summarise(actor_, editor_, id, "听证会共有 1 名参加人发言。", &ok).ok());
  EXPECT_EQ(svc_->Get(id)->state, State::kHeld);
  const int64_t other = Published("open_day", kNow + 20 * kDay, 5);
  FieldErrors reasons;
  EXPECT_FALSE(svc_->Cancel(actor_, officer_, other, "", &reasons).ok());
  ASSERT_TRUE(svc_->Cancel(actor_, officer_, other, "场地维修，另行通知", &reasons).ok());
  EXPECT_EQ(svc_->Get(other)->cancel_reason, "场地维修，另行通知");
  FieldErrors closed;
  EXPECT_FALSE(svc_->Register(actor_, other, {"张三", "市民", "z@example.cn", ""}, &closed).ok());
  long long audited = 0;
  ASSERT_TRUE(tdb_->db()
                  ->Read([&](soci::session& sql) {
                    sql << "SELECT COUNT(*) FROM audit_log WHERE object_type = 'event'", soci::into(audited);
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_GE(audited, 8);
}

INSTANTIATE_TEST_SUITE_P(Backends, EventServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const auto& info) {
                           return info.param == storage::Backend::kSqlite ? std::string("Sqlite")
                                                                          : std::string("Postgres");
                         });

}  // namespace
}  // namespace gk::events
