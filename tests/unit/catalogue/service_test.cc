// CatalogueService on a real (temporary) database, SQLite and PostgreSQL,
// with a fake clock and the shipped State Council calendar: the review
// workflow, 索引号 assignment, scheduled publication, withdrawal and the
// Art. 26 check.
#include "catalogue/service.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <latch>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "auth/audit.h"
#include "auth/service.h"
#include "catalogue/columns.h"
#include "catalogue/indexing.h"
#include "common/calendar.h"
#include "common/china_time.h"
#include "common/clock.h"
#include "common/uscc.h"
#include "storage/database.h"

#include "testutil/source_tree.h"
#include "testutil/test_db.h"
#include <soci/soci.h>

#include "service_fixture.h"

namespace gk::catalogue {
namespace {


// ---------------------------------------------------------------------------
// 索引号 formatting

TEST(FormatIndexNoTest, Patterns) {
  FakeClock clock(kNow);
  CatalogueService plain(nullptr, clock, CatalogueOptions{});
  EXPECT_EQ(ChinaDate(kNow).ToString(), "2026-11-26");
  EXPECT_EQ(plain.FormatIndexNo(kBureauUscc, D("2026-11-26"), 1), "11370100MB28696235/2026-00001");
  EXPECT_EQ(plain.FormatIndexNo(kBureauUscc, D("2020-09-16"), 757), "11370100MB28696235/2020-00757");
  EXPECT_EQ(plain.FormatIndexNo(kBureauUscc, D("2026-11-26"), 99999), "11370100MB28696235/2026-99999");
  // Past five digits the serial grows rather than wraps or is cut.
  EXPECT_EQ(plain.FormatIndexNo(kBureauUscc, D("2026-11-26"), 100000), "11370100MB28696235/2026-100000");
  EXPECT_EQ(plain.FormatIndexNo(kBureauUscc, D("2026-11-26"), 1234567), "11370100MB28696235/2026-1234567");

  CatalogueOptions monthly;
  monthly.index_pattern = "YYYYMM-NNNNN";
  CatalogueService local(nullptr, clock, monthly);
  EXPECT_EQ(local.FormatIndexNo(kBureauUscc, D("2026-11-26"), 1), "11370100MB28696235/202611-00001");
  EXPECT_EQ(local.FormatIndexNo(kBureauUscc, D("2026-01-05"), 42), "11370100MB28696235/202601-00042");
  EXPECT_EQ(local.FormatIndexNo(kBureauUscc, D("2026-11-26"), 123456), "11370100MB28696235/202611-123456");
}

// ---------------------------------------------------------------------------
// The full path and 索引号 assignment

TEST_P(CatalogueServiceTest, DraftSubmitThreeStagesPublishes) {
  std::vector<Item> notified;
  service_->SetPublicationListener([&](const Item& i) { notified.push_back(i); });
  const int64_t id = Create(NewItem("关于开展2026年冬季食品安全专项检查的通知", "2026-11-20"));
  Item draft = Get(id);
  EXPECT_EQ(draft.state, State::kDraft);
  EXPECT_EQ(draft.author_id, editor_.user.id);
  EXPECT_EQ(draft.created_at, kNow);
  EXPECT_TRUE(draft.index_no.empty());

  Submit(id);
  Item submitted = Get(id);
  EXPECT_EQ(submitted.state, State::kSubmitted);
  EXPECT_EQ(submitted.review_round, 1);
  EXPECT_EQ(submitted.review_stage, 0);

  clock_.Advance(600);
  MustApprove(r1_, id);
  EXPECT_EQ(Get(id).state, State::kInReview);
  EXPECT_EQ(Get(id).review_stage, 1);
  MustApprove(r2_, id);
  EXPECT_EQ(Get(id).state, State::kInReview);
  EXPECT_EQ(Get(id).review_stage, 2);
  EXPECT_TRUE(Get(id).index_no.empty()) << "no number before publication";
  EXPECT_TRUE(notified.empty());
  MustApprove(r3_, id);

  Item published = Get(id);
  EXPECT_EQ(published.state, State::kPublished);
  EXPECT_EQ(published.index_no, "11370100MB28696235/2026-00001");
  EXPECT_EQ(published.published_on, D("2026-11-26"));
  EXPECT_EQ(published.published_at, kNow + 600);
  EXPECT_TRUE(published.late_reason.empty());
  ASSERT_EQ(notified.size(), 1u);
  EXPECT_EQ(notified[0].id, id);
  EXPECT_EQ(notified[0].index_no, published.index_no);

  auto reviews = Reviews(id);
  ASSERT_EQ(reviews.size(), 3u);
  std::vector<int64_t> reviewers;
  for (const auto& r : reviews) {
    EXPECT_EQ(r.round, 1);
    EXPECT_TRUE(r.approved);
    reviewers.push_back(r.reviewer_id);
  }
  std::sort(reviews.begin(), reviews.end(), [](const auto& a, const auto& b) { return a.stage < b.stage; });
  EXPECT_EQ(reviews[0].stage, 1);
  EXPECT_EQ(reviews[2].stage, 3);
  EXPECT_EQ(std::set<int64_t>(reviewers.begin(), reviewers.end()),
            (std::set<int64_t>{r1_.user.id, r2_.user.id, r3_.user.id}));
  EXPECT_EQ(service_->StageName(1), "初审");
  EXPECT_EQ(service_->StageName(3), "终审");

  auto by_no = service_->GetByIndexNo("11370100MB28696235/2026-00001");
  ASSERT_TRUE(by_no.ok()) << by_no.status().message();
  EXPECT_EQ(by_no->id, id);
}

TEST_P(CatalogueServiceTest, SerialsFollowAndSkipImportedNumbers) {
  const int64_t first = Publish("第一条");
  const int64_t second = Publish("第二条");
  EXPECT_EQ(Get(first).index_no, std::string(kIndexPrefix) + "00001");
  EXPECT_EQ(Get(second).index_no, std::string(kIndexPrefix) + "00002");

  Item imported = NewItem("导入的信息", "2026-11-20");
  imported.index_no = std::string(kIndexPrefix) + "00003";
  imported.published_on = D("2026-11-25");
  auto imp = service_->ImportPublished(cli_, imported);
  ASSERT_TRUE(imp.ok()) << imp.status().message();
  EXPECT_EQ(Get(imp.value()).state, State::kPublished);
  EXPECT_EQ(Get(imp.value()).index_no, std::string(kIndexPrefix) + "00003");

  // The taken number is skipped, never reused.
  const int64_t third = Publish("第三条");
  EXPECT_EQ(Get(third).index_no, std::string(kIndexPrefix) + "00004");
  const int64_t fourth = Publish("第四条");
  EXPECT_EQ(Get(fourth).index_no, std::string(kIndexPrefix) + "00005");

  // An import cannot take a number already in use.
  imported.title = "重复的索引号";
  auto dup = service_->ImportPublished(cli_, imported);
  EXPECT_EQ(dup.status().code(), Code::kConflict);
}

// The search index is rebuilt from the published items a page at a time by
// id; a rebuild stopped midway (the server stopping) keeps the old index.
TEST_P(CatalogueServiceTest, SearchRebuildPagesByIdAndAStoppedOneKeepsTheOldIndex) {
  for (int i = 0; i < 3; ++i) Publish("重建索引第" + std::to_string(i) + "条", "2026-11-20");
  Create(NewItem("草稿不进索引"));
  auto index = search::Index::Open(dir_ + "/search");
  ASSERT_TRUE(index.ok()) << index.status().message();
  int64_t last_done = 0, last_total = 0;
  ASSERT_TRUE(RebuildSearch(*service_, *index.value(), [&](int64_t done, int64_t total) {
                last_done = done;
                last_total = total;
              }).ok());
  EXPECT_EQ(index.value()->Count().value(), 3);
  EXPECT_EQ(last_done, 3);
  EXPECT_EQ(last_total, 3);
  Publish("之后发布的一条", "2026-11-21");
  std::atomic<bool> stop{true};
  Status stopped = RebuildSearch(*service_, *index.value(), nullptr, &stop);
  EXPECT_EQ(stopped.code(), Code::kUnavailable) << stopped.message();
  EXPECT_EQ(index.value()->Count().value(), 3) << "the old index stays whole";
  ASSERT_TRUE(RebuildSearch(*service_, *index.value(), nullptr).ok()) << "and a later rebuild is not refused";
  EXPECT_EQ(index.value()->Count().value(), 4);
}

// The sitemap's files read the published items a file at a time, newest
// first, from a covering index (no list of every URL kept in memory).
TEST_P(CatalogueServiceTest, PublishedIndexNosComeAPageAtATimeNewestFirst) {
  std::vector<std::string> published;
  for (int i = 0; i < 5; ++i) {
    const int64_t id = Publish("第" + std::to_string(i) + "条", "2026-11-20");
    published.insert(published.begin(), Get(id).index_no);  // newest first
    clock_.Advance(60);
  }
  Create(NewItem("草稿不在其中"));
  EXPECT_EQ(service_->CountPublishedIndexNos().value(), 5);
  std::vector<std::string> seen;
  for (int64_t offset = 0; offset < 6; offset += 2) {
    auto page = service_->PublishedIndexNos(offset, 2);
    ASSERT_TRUE(page.ok()) << page.status().message();
    for (const auto& [index_no, on] : page.value()) {
      seen.push_back(index_no);
      EXPECT_EQ(DateText(on), ChinaDate(clock_.Now()).ToString());
    }
  }
  EXPECT_EQ(seen, published);
  if (GetParam() != storage::Backend::kSqlite) return;
  std::string plan;
  ASSERT_TRUE(db_->Read([&](soci::session& sql) {
                  std::string detail;
                  int id = 0, parent = 0, unused = 0;
                  soci::statement st = (sql.prepare << "EXPLAIN QUERY PLAN SELECT index_no, published_on FROM items "
                                                       "WHERE state = 'published' AND index_no IS NOT NULL ORDER BY "
                                                       "published_at DESC, id DESC LIMIT 2 OFFSET 2",
                                        soci::into(id), soci::into(parent), soci::into(unused),
                                        soci::into(detail));
                  st.execute();
                  while (st.fetch()) plan += detail + "\n";
                  return Status::Ok();
                }).ok());
  EXPECT_NE(plan.find("COVERING INDEX items_sitemap"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << "no sort: " << plan;
}

TEST_P(CatalogueServiceTest, SerialsArePerAgency) {
  Staff district_editor = MakeStaff("deditor", {{access::Role::kEditor, district_, 0}});
  Item item = NewItem("区局的信息");
  item.agency_id = district_;
  const int64_t id = Create(item, district_editor);
  Submit(id, district_editor);
  // The city bureau's reviewers review for the district bureau too.
  MustApprove(r1_, id);
  MustApprove(r2_, id);
  MustApprove(r3_, id);
  const int64_t city = Publish("市局的信息");
  EXPECT_EQ(Get(id).index_no, Uscc("11370102MB2870153") + "/2026-00001");
  EXPECT_EQ(Get(city).index_no, std::string(kIndexPrefix) + "00001");
}

TEST_P(CatalogueServiceTest, ConcurrentFinalApprovalsGetDistinctSerials) {
  constexpr int kItems = 40;
  constexpr int kThreads = 4;
  std::vector<int64_t> ids;
  for (int i = 0; i < kItems; ++i) {
    int64_t id = Create(NewItem("并发发布测试 " + std::to_string(i)));
    Submit(id);
    MustApprove(r1_, id);
    MustApprove(r2_, id);
    ids.push_back(id);
  }
  // Final reviewers who approved no earlier stage of these items.
  std::vector<Staff> finals;
  for (int t = 0; t < kThreads; ++t)
    finals.push_back(MakeStaff("final" + std::to_string(t), {{access::Role::kReviewer, bureau_, 0}}));
  std::atomic<int> notified{0};
  service_->SetPublicationListener([&](const Item&) { ++notified; });

  std::mutex mu;
  std::vector<std::string> failures;
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      for (int i = t; i < kItems; i += kThreads) {
        FieldErrors errors;
        Status s = service_->Approve(finals[t].actor, finals[t].user, ids[i], "同意发布", "", &errors);
        if (!s.ok()) {
          std::lock_guard<std::mutex> lock(mu);
          failures.push_back(s.message());
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  ASSERT_TRUE(failures.empty()) << failures.size() << " failed, e.g. " << failures.front();
  EXPECT_EQ(notified.load(), kItems);

  std::set<std::string> numbers;
  std::vector<int64_t> serials;
  for (int64_t id : ids) {
    Item item = Get(id);
    EXPECT_EQ(item.state, State::kPublished);
    numbers.insert(item.index_no);
    ASSERT_EQ(item.index_no.rfind(kIndexPrefix, 0), 0u) << item.index_no;
    serials.push_back(std::stoll(item.index_no.substr(std::string(kIndexPrefix).size())));
  }
  EXPECT_EQ(numbers.size(), static_cast<size_t>(kItems));
  std::sort(serials.begin(), serials.end());
  std::vector<int64_t> expected;
  for (int i = 1; i <= kItems; ++i) expected.push_back(i);
  EXPECT_EQ(serials, expected);
}

// ---------------------------------------------------------------------------
// Separation of duties

TEST_P(CatalogueServiceTest, SeparationOfDutiesEnforced) {
  // Someone who both writes and reviews.
  Staff both = MakeStaff("both", {{access::Role::kEditor, bureau_, 0}, {access::Role::kReviewer, bureau_, 0}});

  // Wrote it.
  const int64_t own = Create(NewItem("自己撰写的信息"), both);
  Submit(own, both);
  FieldErrors errors;
  Status s = Approve(both, own, "", &errors);
  EXPECT_EQ(s.code(), Code::kDenied);
  EXPECT_NE(s.message().find("撰写或编辑过"), std::string::npos) << s.message();
  EXPECT_EQ(Get(own).state, State::kSubmitted);
  EXPECT_TRUE(Reviews(own).empty());

  // Edited someone else's draft.
  const int64_t edited = Create(NewItem("他人撰写的信息"));
  Item change = Get(edited);
  change.summary = "补充内容概述";
  ASSERT_TRUE(service_->UpdateDraft(both.actor, both.user, change, &errors).ok());
  Submit(edited);
  s = Approve(both, edited);
  EXPECT_EQ(s.code(), Code::kDenied);
  EXPECT_NE(s.message().find("撰写或编辑过"), std::string::npos) << s.message();
  EXPECT_EQ(service_->Refusals(Action::kApprove, Get(edited), both.user).size(), 1u);

  // Approved an earlier stage.
  MustApprove(r1_, edited);
  s = Approve(r1_, edited);
  EXPECT_EQ(s.code(), Code::kDenied);
  EXPECT_NE(s.message().find("两个环节"), std::string::npos) << s.message();
  EXPECT_EQ(Get(edited).review_stage, 1);
  EXPECT_EQ(Reviews(edited).size(), 1u);
  MustApprove(r2_, edited);
  s = Approve(r1_, edited);
  EXPECT_EQ(s.code(), Code::kDenied) << "not at the last stage either";
  EXPECT_EQ(Get(edited).state, State::kInReview);
  MustApprove(r3_, edited);
  EXPECT_EQ(Get(edited).state, State::kPublished);

  // Refused approvals left no trace in the audit log.
  int approvals = 0;
  for (const auto& e : ItemAudit(edited)) approvals += e.action == "item.approve";
  EXPECT_EQ(approvals, 3);
  EXPECT_EQ(ItemAudit(own).size(), 2u) << "create and submit only";
}

TEST_P(CatalogueServiceTest, RolesAreScopedToTheAgencyTree) {
  Staff other_reviewer = MakeStaff("qdreviewer", {{access::Role::kReviewer, other_, 0}});
  Staff other_editor = MakeStaff("qdeditor", {{access::Role::kEditor, other_, 0}});
  const int64_t id = Create(NewItem("济南的信息"));
  Submit(id);
  EXPECT_EQ(Approve(other_reviewer, id).code(), Code::kDenied);
  EXPECT_EQ(Get(id).review_stage, 0);

  FieldErrors errors;
  auto r = service_->CreateDraft(other_editor.actor, other_editor.user, NewItem("越权撰写"), &errors);
  EXPECT_EQ(r.status().code(), Code::kDenied);
  r = service_->CreateDraft(r1_.actor, r1_.user, NewItem("审核员不能撰写"), &errors);
  EXPECT_EQ(r.status().code(), Code::kDenied);
  EXPECT_EQ(service_->Submit(other_editor.actor, other_editor.user, Create(NewItem("草稿"))).code(), Code::kDenied);
}

// ---------------------------------------------------------------------------
// Rejection and resubmission

TEST_P(CatalogueServiceTest, RejectNeedsACommentAndReturnsToDraft) {
  const int64_t id = Create(NewItem("需要修改的信息"));
  Submit(id);
  MustApprove(r1_, id);

  FieldErrors errors;
  Status s = service_->Reject(r2_.actor, r2_.user, id, "  \n", &errors);
  EXPECT_EQ(s.code(), Code::kInvalid);
  EXPECT_FALSE(errors.Get("comment").empty());
  EXPECT_EQ(Get(id).state, State::kInReview);

  errors = FieldErrors();
  ASSERT_TRUE(service_->Reject(r2_.actor, r2_.user, id, " 请补充发文字号 ", &errors).ok());
  Item rejected = Get(id);
  EXPECT_EQ(rejected.state, State::kDraft);
  EXPECT_EQ(rejected.review_stage, 0);
  auto reviews = Reviews(id);
  ASSERT_EQ(reviews.size(), 2u);
  auto rejection = std::find_if(reviews.begin(), reviews.end(), [](const auto& r) { return !r.approved; });
  ASSERT_NE(rejection, reviews.end());
  EXPECT_EQ(rejection->comment, "请补充发文字号");
  EXPECT_EQ(rejection->stage, 2);
  EXPECT_EQ(rejection->reviewer_id, r2_.user.id);
  EXPECT_EQ(rejection->round, 1);

  // A draft cannot be approved or rejected: the state moved on (Conflict).
  EXPECT_EQ(Approve(r3_, id).code(), Code::kConflict);
  errors = FieldErrors();
  EXPECT_EQ(service_->Reject(r3_.actor, r3_.user, id, "再退回", &errors).code(), Code::kConflict);

  // Fixed and resubmitted: a new round, where the earlier approver may approve again.
  Item fix = rejected;
  fix.doc_no = "济市监发〔2026〕12号";
  errors = FieldErrors();
  ASSERT_TRUE(service_->UpdateDraft(editor_.actor, editor_.user, fix, &errors).ok());
  Submit(id);
  EXPECT_EQ(Get(id).review_round, 2);
  EXPECT_EQ(Get(id).state, State::kSubmitted);
  MustApprove(r1_, id);
  MustApprove(r2_, id);
  MustApprove(r3_, id);
  Item published = Get(id);
  EXPECT_EQ(published.state, State::kPublished);
  EXPECT_EQ(published.doc_no, "济市监发〔2026〕12号");
  int round2 = 0;
  for (const auto& r : Reviews(id)) round2 += r.round == 2 && r.approved;
  EXPECT_EQ(round2, 3);
}

TEST_P(CatalogueServiceTest, OnlyDraftsCanBeEdited) {
  const int64_t id = Create(NewItem("审核中不能修改"));
  Submit(id);
  Item change = Get(id);
  change.title = "改了标题";
  FieldErrors errors;
  EXPECT_EQ(service_->UpdateDraft(editor_.actor, editor_.user, change, &errors).code(), Code::kConflict);
  EXPECT_EQ(service_->Submit(editor_.actor, editor_.user, id).code(), Code::kConflict) << "submitted twice";
  // In the right state, someone without the permission is Denied instead.
  const int64_t draft = Create(NewItem("草稿"));
  Item reviewer_change = Get(draft);
  reviewer_change.title = "审核员改的标题";
  EXPECT_EQ(service_->UpdateDraft(r1_.actor, r1_.user, reviewer_change, &errors).code(), Code::kDenied);
  EXPECT_EQ(service_->Submit(r1_.actor, r1_.user, draft).code(), Code::kDenied);
  EXPECT_EQ(Get(draft).title, "草稿");
  EXPECT_EQ(Get(draft).state, State::kDraft);
  EXPECT_EQ(Get(id).title, "审核中不能修改");
}

// ---------------------------------------------------------------------------
// Art. 26: within 20 working days of 成文日期, on the State Council calendar

TEST_P(CatalogueServiceTest, Article26OnTheRealCalendar) {
  const WorkCalendar& cal = Shipped();
  const Date written = D("2026-09-25");  // the Mid-Autumn days, then National Day
  const Date day20 = cal.AddWorkingDays(written, 20, nullptr);
  const Date day21 = cal.AddWorkingDays(written, 21, nullptr);
  // Counted by hand from RULES.md §5: 9/28-9/30, 10/8-10/10 (make-up Saturday), ...
  EXPECT_EQ(day20, D("2026-10-29"));
  EXPECT_EQ(day21, D("2026-10-30"));

  Item item = NewItem("节前成文的信息", written.ToString());
  EXPECT_FALSE(service_->Late(item, D("2026-10-12")));
  EXPECT_FALSE(service_->Late(item, day20));
  EXPECT_TRUE(service_->Late(item, day21));
  EXPECT_TRUE(service_->Late(item, D("2026-11-26")));
  // Counting Monday to Friday only would call the 20th working day late.
  FakeClock clock(kNow);
  CatalogueService weekdays(nullptr, clock, CatalogueOptions{});
  EXPECT_TRUE(weekdays.Late(item, day20));
  // No 成文日期: nothing to check.
  item.written_on.reset();
  EXPECT_FALSE(service_->Late(item, day21));
}

TEST_P(CatalogueServiceTest, LastStageOnTheTwentiethWorkingDayNeedsNoReason) {
  clock_.Set(AtTen("2026-10-12"));
  const int64_t id = Create(NewItem("按时发布", "2026-09-25"));
  Submit(id);
  MustApprove(r1_, id);
  MustApprove(r2_, id);
  clock_.Set(AtTen("2026-10-29"));
  FieldErrors errors;
  Status s = Approve(r3_, id, "", &errors);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_TRUE(errors.empty());
  Item item = Get(id);
  EXPECT_EQ(item.state, State::kPublished);
  EXPECT_EQ(item.published_on, D("2026-10-29"));
  EXPECT_TRUE(item.late_reason.empty());
}

TEST_P(CatalogueServiceTest, LastStageOnTheTwentyFirstWorkingDayNeedsAReason) {
  clock_.Set(AtTen("2026-10-12"));
  const int64_t id = Create(NewItem("逾期发布", "2026-09-25"));
  Submit(id);
  MustApprove(r1_, id);
  // Earlier stages are not asked for a reason, even when already late.
  clock_.Set(AtTen("2026-10-30"));
  MustApprove(r2_, id);

  FieldErrors errors;
  Status s = Approve(r3_, id, "   ", &errors);
  EXPECT_EQ(s.code(), Code::kInvalid);
  EXPECT_EQ(s.field(), "late_reason");
  EXPECT_NE(errors.Get("late_reason").find("20 个工作日"), std::string::npos) << errors.Get("late_reason");
  Item waiting = Get(id);
  EXPECT_EQ(waiting.state, State::kInReview);
  EXPECT_EQ(waiting.review_stage, 2);
  EXPECT_TRUE(waiting.index_no.empty());
  EXPECT_EQ(Reviews(id).size(), 2u) << "the refused approval is not recorded";

  errors = FieldErrors();
  s = Approve(r3_, id, " 国庆假期后补充会签，延迟发布 ", &errors);
  ASSERT_TRUE(s.ok()) << s.message();
  Item item = Get(id);
  EXPECT_EQ(item.state, State::kPublished);
  EXPECT_EQ(item.published_on, D("2026-10-30"));
  EXPECT_EQ(item.late_reason, "国庆假期后补充会签，延迟发布");
  EXPECT_EQ(item.index_no, std::string(kIndexPrefix) + "00001");
}

TEST_P(CatalogueServiceTest, ScheduledLateCountsToThePublicationDate) {
  // Approved in time, but scheduled for a day past the limit.
  clock_.Set(AtTen("2026-10-12"));
  Item draft = NewItem("定时逾期", "2026-09-25");
  draft.publish_at = AtTen("2026-10-30");
  const int64_t id = Create(draft);
  Submit(id);
  MustApprove(r1_, id);
  MustApprove(r2_, id);
  FieldErrors errors;
  EXPECT_EQ(Approve(r3_, id, "", &errors).code(), Code::kInvalid);
  EXPECT_FALSE(errors.Get("late_reason").empty());
  ASSERT_TRUE(Approve(r3_, id, "按计划统一发布").ok());
  EXPECT_EQ(Get(id).state, State::kScheduled);
  EXPECT_EQ(Get(id).late_reason, "按计划统一发布");
}

// ---------------------------------------------------------------------------
// Scheduled publication

TEST_P(CatalogueServiceTest, ScheduledPublication) {
  std::vector<Item> notified;
  service_->SetPublicationListener([&](const Item& i) { notified.push_back(i); });
  const int64_t publish_at = AtTen("2026-11-27") - 3600;  // 09:00 next morning
  Item draft = NewItem("定时发布的通知", "2026-11-25");
  draft.publish_at = publish_at;
  const int64_t id = Create(draft);
  Submit(id);
  MustApprove(r1_, id);
  MustApprove(r2_, id);
  MustApprove(r3_, id);
  Item scheduled = Get(id);
  EXPECT_EQ(scheduled.state, State::kScheduled);
  EXPECT_TRUE(scheduled.index_no.empty()) << "numbered at publication, not at approval";
  EXPECT_TRUE(notified.empty());

  auto due = service_->PublishDue();
  ASSERT_TRUE(due.ok()) << due.status().message();
  EXPECT_EQ(due.value(), 0);
  clock_.Set(publish_at - 1);
  EXPECT_EQ(service_->PublishDue().value(), 0);
  EXPECT_EQ(Get(id).state, State::kScheduled);
  EXPECT_TRUE(notified.empty());

  // Another item published meanwhile takes the first serial.
  const int64_t other = Publish("当天发布的信息");
  EXPECT_EQ(Get(other).index_no, std::string(kIndexPrefix) + "00001");
  notified.clear();

  clock_.Set(publish_at);
  due = service_->PublishDue();
  ASSERT_TRUE(due.ok()) << due.status().message();
  EXPECT_EQ(due.value(), 1);
  Item published = Get(id);
  EXPECT_EQ(published.state, State::kPublished);
  EXPECT_EQ(published.index_no, std::string(kIndexPrefix) + "00002");
  EXPECT_EQ(published.published_on, D("2026-11-27"));
  EXPECT_EQ(published.published_at, publish_at);
  ASSERT_EQ(notified.size(), 1u);
  EXPECT_EQ(notified[0].id, id);
  EXPECT_EQ(notified[0].state, State::kPublished);
  EXPECT_EQ(notified[0].index_no, published.index_no);

  // Only once.
  clock_.Advance(3600);
  EXPECT_EQ(service_->PublishDue().value(), 0);
  EXPECT_EQ(notified.size(), 1u);
  auto actions = Actions(id);
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "item.publish"), 1);
}

TEST_P(CatalogueServiceTest, ScheduledItemCanBeWithdrawnBeforeItsTime) {
  Item draft = NewItem("取消的定时发布");
  draft.publish_at = kNow + 86400;
  const int64_t id = Create(draft);
  Submit(id);
  MustApprove(r1_, id);
  MustApprove(r2_, id);
  MustApprove(r3_, id);
  ASSERT_EQ(Get(id).state, State::kScheduled);
  FieldErrors errors;
  ASSERT_TRUE(service_->Withdraw(officer_.actor, officer_.user, id, "暂缓发布", &errors).ok());
  clock_.Advance(2 * 86400);
  EXPECT_EQ(service_->PublishDue().value(), 0);
  EXPECT_EQ(Get(id).state, State::kWithdrawn);
  EXPECT_TRUE(Get(id).index_no.empty());
}

// ---------------------------------------------------------------------------
// Withdrawal and the audit trail

TEST_P(CatalogueServiceTest, WithdrawKeepsTheNumberAndEverythingIsAudited) {
  std::vector<Item> notified;
  service_->SetPublicationListener([&](const Item& i) { notified.push_back(i); });
  const int64_t id = Create(NewItem("将被撤回的信息"));
  Submit(id);
  MustApprove(r1_, id);
  FieldErrors errors;
  ASSERT_TRUE(service_->Reject(r2_.actor, r2_.user, id, "标题需要修改", &errors).ok());
  Submit(id);
  MustApprove(r1_, id);
  MustApprove(r2_, id);
  MustApprove(r3_, id);
  const std::string number = Get(id).index_no;
  EXPECT_EQ(number, std::string(kIndexPrefix) + "00001");
  notified.clear();

  errors = FieldErrors();
  Status s = service_->Withdraw(officer_.actor, officer_.user, id, " ", &errors);
  EXPECT_EQ(s.code(), Code::kInvalid);
  EXPECT_FALSE(errors.Get("reason").empty());
  errors = FieldErrors();
  EXPECT_EQ(service_->Withdraw(r3_.actor, r3_.user, id, "审核员不能撤回", &errors).code(), Code::kDenied);
  EXPECT_EQ(service_->Withdraw(editor_.actor, editor_.user, id, "信息员不能撤回", &errors).code(), Code::kDenied);
  EXPECT_EQ(Get(id).state, State::kPublished);
  EXPECT_TRUE(notified.empty());

  errors = FieldErrors();
  ASSERT_TRUE(service_->Withdraw(officer_.actor, officer_.user, id, "内容已过时效", &errors).ok());
  Item withdrawn = Get(id);
  EXPECT_EQ(withdrawn.state, State::kWithdrawn);
  EXPECT_EQ(withdrawn.index_no, number);
  EXPECT_EQ(withdrawn.withdrawn_reason, "内容已过时效");
  ASSERT_EQ(notified.size(), 1u);
  EXPECT_EQ(notified[0].state, State::kWithdrawn);
  // Still found by its number; and it cannot be withdrawn twice.
  EXPECT_TRUE(service_->GetByIndexNo(number).ok());
  EXPECT_EQ(service_->Withdraw(officer_.actor, officer_.user, id, "再次撤回", &errors).code(), Code::kConflict);

  // The withdrawn number is not handed out again.
  const int64_t next = Publish("之后发布的信息");
  EXPECT_EQ(Get(next).index_no, std::string(kIndexPrefix) + "00002");

  const std::vector<std::string> expected = {"item.create",  "item.submit",  "item.approve",
                                             "item.reject",  "item.submit",  "item.approve",
                                             "item.approve", "item.approve", "item.withdraw"};
  EXPECT_EQ(Actions(id), expected);
  auto audit = ItemAudit(id);
  ASSERT_EQ(audit.size(), expected.size());
  EXPECT_EQ(audit[0].actor_id, editor_.user.id);
  EXPECT_EQ(audit[3].actor_id, r2_.user.id);
  EXPECT_EQ(audit[7].actor_id, r3_.user.id);
  EXPECT_NE(audit[7].summary.find(number), std::string::npos) << audit[7].summary;
  EXPECT_EQ(audit[8].actor_id, officer_.user.id);
  EXPECT_EQ(audit[8].ip, kIp);
  EXPECT_EQ(audit[8].agency_id, bureau_);
  EXPECT_NE(audit[8].summary.find("内容已过时效"), std::string::npos) << audit[8].summary;
  EXPECT_NE(audit[8].before_json.find("\"published\""), std::string::npos) << audit[8].before_json;
  EXPECT_NE(audit[8].after_json.find("\"withdrawn\""), std::string::npos) << audit[8].after_json;
}

// ---------------------------------------------------------------------------
// Validation

TEST_P(CatalogueServiceTest, ValidationReportsEverythingAtOnce) {
  Item item = NewItem("有多处错误的信息", "1900-01-01");  // a real date, but no 成文日期 of this government
  item.topic = "不存在的主题";
  item.disclosure = Disclosure::kExempt;
  item.exempt_reason = "  ";
  FieldErrors errors;
  auto r = service_->CreateDraft(editor_.actor, editor_.user, item, &errors);
  EXPECT_EQ(r.status().code(), Code::kInvalid);
  EXPECT_FALSE(errors.Get("written_on").empty());
  EXPECT_FALSE(errors.Get("topic").empty());
  EXPECT_FALSE(errors.Get("exempt_reason").empty());
  EXPECT_EQ(errors.all().size(), 3u);
  // Nothing was stored or audited.
  store::ItemFilter f;
  f.agency_id = bureau_;
  auto page = service_->List(f);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 0);
  auth::AuditFilter af;
  af.action = "item.";
  std::vector<auth::AuditEntry> audit;
  int64_t total = -1;
  ASSERT_TRUE(auth::ListAudit(*db_, af, &audit, &total).ok());
  EXPECT_EQ(total, 0);
}

// The 组配分类 filter is a bound value: quotes, backslashes and SQL in it
// are plain characters, and a value of any length filters.
TEST_P(CatalogueServiceTest, CategoryFilterIsABoundValue) {
  for (const char* category : {"通知公告", "O'Brien类", "a\\b类"}) {
    Item item = NewItem(std::string("分类为") + category + "的信息", "2026-02-02");
    item.category = category;
    ASSERT_NE(Create(item, editor_), 0) << category;
  }
  struct Case {
    std::string category;
    int64_t total;
  };
  const Case cases[] = {
      {"", 3},
      {"通知公告", 1},
      {"O'Brien类", 1},
      {"a\\b类", 1},
      {"' OR '1'='1", 0},
      {"通知公告' OR category <> '", 0},
      {"x'; DELETE FROM items; --", 0},
      {std::string(200, 'x'), 0},
      {std::string(121, '\''), 0},
  };
  for (const Case& c : cases) {
    store::ItemFilter f;
    f.agency_id = bureau_;
    f.category = c.category;
    auto page = service_->List(f);
    ASSERT_TRUE(page.ok()) << c.category << ": " << page.status().message();
    EXPECT_EQ(page->total, c.total) << c.category;
    EXPECT_EQ(static_cast<int64_t>(page->items.size()), c.total) << c.category;
  }
}

TEST_P(CatalogueServiceTest, ValidateFields) {
  struct Case {
    std::string what;
    void (*change)(Item&);
    std::string field;  // "" for valid
  };
  const Case cases[] = {
      {"valid", [](Item&) {}, ""},
      {"leap day", [](Item& i) { i.written_on = D("2024-02-29"); }, ""},
      {"no 成文日期", [](Item& i) { i.written_on.reset(); }, ""},
      {"1949-01-01", [](Item& i) { i.written_on = D("1949-01-01"); }, ""},
      {"2100-12-31", [](Item& i) { i.written_on = D("2100-12-31"); }, ""},
      {"exempt with reason",
       [](Item& i) {
         i.disclosure = Disclosure::kExempt;
         i.exempt_reason = "涉及国家秘密";
       },
       ""},
      {"art20 (十五)", [](Item& i) { i.art20 = 15; }, ""},
      {"no title", [](Item& i) { i.title = ""; }, "title"},
      {"200 characters",
       [](Item& i) {
         i.title.clear();
         for (int n = 0; n < 200; ++n) i.title += "字";
       },
       ""},
      {"201 characters",
       [](Item& i) {
         i.title.clear();
         for (int n = 0; n < 201; ++n) i.title += "字";
       },
       "title"},
      {"1948-12-31", [](Item& i) { i.written_on = D("1948-12-31"); }, "written_on"},
      {"2101-01-01", [](Item& i) { i.written_on = D("2101-01-01"); }, "written_on"},
      {"有效性变更 1900-01-01",
       [](Item& i) {
         i.validity = Validity::kInvalid;
         i.validity_changed_on = D("1900-01-01");
       },
       "validity_changed_on"},
      {"unknown topic", [](Item& i) { i.topic = "市场监管"; }, "topic"},
      {"unknown genre", [](Item& i) { i.genre = "讲话"; }, "genre"},
      {"art20 16", [](Item& i) { i.art20 = 16; }, "art20"},
      {"art20 -1", [](Item& i) { i.art20 = -1; }, "art20"},
      {"exempt without reason", [](Item& i) { i.disclosure = Disclosure::kExempt; }, "exempt_reason"},
  };
  for (const auto& c : cases) {
    Item item = NewItem("关于印发《2026年度政务公开工作要点》的通知", "2026-11-20");
    c.change(item);
    FieldErrors errors;
    service_->Validate(item, &errors);
    if (c.field.empty()) {
      EXPECT_TRUE(errors.empty()) << c.what << ": " << errors.ToStatus().message();
    } else {
      EXPECT_EQ(errors.all().size(), 1u) << c.what << ": " << errors.ToStatus().message();
      EXPECT_FALSE(errors.Get(c.field).empty()) << c.what;
    }
  }
}

// 有效性: when it changed and, for 修订/废止, the item that replaced it
// (issue 3), typed as its 索引号 and kept as a link.
TEST_P(CatalogueServiceTest, ValidityChangeKeepsItsDateAndSuccessor) {
  const Item successor = Get(Publish("济南市市场监督管理局行政处罚裁量基准（2026年修订）"));
  Item old = NewItem("济南市市场监督管理局行政处罚裁量基准");
  old.validity = Validity::kRepealed;
  old.validity_changed_on = D("2026-11-01");
  old.replaced_by_index_no = successor.index_no;
  const int64_t id = Create(old);
  EXPECT_EQ(Get(id).validity_changed_on, D("2026-11-01"));
  EXPECT_EQ(Get(id).replaced_by_id, successor.id);

  struct Case {
    Validity validity;
    const char* on;
    std::string by;
    const char* field;  // the error expected, or "" for none
  } cases[] = {
      {Validity::kRepealed, "2101-01-01", "", "validity_changed_on"},
      {Validity::kAmended, "2026-11-01", "11370100MB28696235/2099-00001", "replaced_by"},  // no such item
      {Validity::kAmended, "", std::string(kBureauUscc) + "/2099-00002", "replaced_by"},
      {Validity::kInvalid, "2026-11-01", "", ""},
  };
  for (const Case& c : cases) {
    Item item = NewItem("有效性测试");
    item.validity = c.validity;
    item.validity_changed_on = DateOf(c.on);
    item.replaced_by_index_no = c.by;
    FieldErrors errors;
    auto r = service_->CreateDraft(editor_.actor, editor_.user, item, &errors);
    if (*c.field) {
      EXPECT_FALSE(r.ok()) << c.field;
      EXPECT_FALSE(errors.Get(c.field).empty()) << c.field;
    } else {
      EXPECT_TRUE(r.ok()) << r.status().message();
    }
  }
  // Back in force: the date and the successor go.
  Item edited = Get(id);
  edited.validity = Validity::kValid;
  edited.replaced_by_index_no = successor.index_no;
  FieldErrors errors;
  ASSERT_TRUE(service_->UpdateDraft(editor_.actor, editor_.user, edited, &errors).ok());
  EXPECT_EQ(Get(id).validity_changed_on, std::nullopt);
  EXPECT_EQ(Get(id).replaced_by_id, 0);
}

// The usual column tree is seeded once: a column deleted by an
// administrator does not come back when the server starts again.
TEST_P(CatalogueServiceTest, ColumnsAreSeededOnceAndDeletionsStay) {
  ASSERT_TRUE(service_->SeedColumns(bureau_).ok());
  auto seeded = service_->Columns(bureau_);
  ASSERT_TRUE(seeded.ok());
  auto zt = std::find_if(seeded->begin(), seeded->end(), [](const Column& c) { return c.code.starts_with("zt-"); });
  ASSERT_NE(zt, seeded->end());
  ASSERT_TRUE(DeleteColumn(*db_, clock_, cli_, *zt).ok());
  ASSERT_TRUE(service_->SeedColumns(bureau_).ok());  // as at the next start
  EXPECT_EQ(service_->Columns(bureau_)->size(), seeded->size() - 1);
  auto guide = service_->GetColumnByCode(bureau_, "xxgk-zn");
  ASSERT_TRUE(guide.ok());
  EXPECT_EQ(DeleteColumn(*db_, clock_, cli_, *guide).code(), Code::kConflict);
}

// Content drafted from other records (the month's 好差评 report): one item
// per source, refreshed while a draft, revised once published, through the
// same review; never published without it.
TEST_P(CatalogueServiceTest, GeneratedContentIsOneItemThroughReview) {
  ASSERT_TRUE(service_->SeedColumns(bureau_).ok());
  auto column = service_->GetColumnByCode(bureau_, "fdnr-hcp");
  ASSERT_TRUE(column.ok());
  GeneratedItem g;
  g.source = "ratings/" + std::to_string(bureau_) + "/2026-10";
  g.agency_id = bureau_;
  g.column_code = "fdnr-hcp";
  g.title = "2026年10月政务服务“好差评”情况";
  g.summary = "共 3 条";
  g.body_md = "| 事项 | 合计 |\n| --- | --- |\n| 食品经营许可 | 3 |\n";
  g.topic = "综合政务";
  g.genre = "报告";
  g.written_on = D("2026-11-26");
  auto put = [&](const Staff& by, const GeneratedItem& item) {
    FieldErrors errors;
    return service_->PutGenerated(by.actor, by.user, item, &errors);
  };
  auto first = put(editor_, g);
  ASSERT_TRUE(first.ok()) << first.status().message();
  const int64_t id = first.value();
  Item draft = Get(id);
  EXPECT_EQ(draft.state, State::kDraft);
  EXPECT_EQ(draft.column_ids, std::vector<int64_t>{column->id});
  EXPECT_EQ(draft.genre, "报告");

  // Again while a draft: the same item with the new figures.
  g.summary = "共 4 条";
  EXPECT_EQ(put(editor_, g).value(), id);
  EXPECT_EQ(Get(id).summary, "共 4 条");
  // In review: refused until the review ends.
  Submit(id);
  EXPECT_EQ(put(editor_, g).status().code(), Code::kConflict);
  MustApprove(r1_, id);
  MustApprove(r2_, id);
  MustApprove(r3_, id);
  const Item published = Get(id);
  ASSERT_EQ(published.state, State::kPublished);
  auto status = service_->GeneratedStatus(g.source);
  ASSERT_TRUE(status.ok() && status.value().has_value());
  EXPECT_EQ(status.value()->id, id);
  EXPECT_EQ(status.value()->stage, GeneratedItemStatus::Stage::kPublished);
  EXPECT_EQ(status.value()->index_no, published.index_no);

  // Published: a revision carries the new figures; the public text stays
  // until the revision passes review.
  g.summary = "共 5 条";
  auto revision = put(editor_, g);
  ASSERT_TRUE(revision.ok()) << revision.status().message();
  EXPECT_NE(revision.value(), id);
  EXPECT_EQ(Get(revision.value()).revision_of, id);
  EXPECT_EQ(Get(id).summary, "共 4 条");
  EXPECT_EQ(put(editor_, g).value(), revision.value()) << "one open revision";
  Submit(revision.value());
  MustApprove(r1_, revision.value());
  MustApprove(r2_, revision.value());
  MustApprove(r3_, revision.value());
  EXPECT_EQ(Get(id).summary, "共 5 条");
  EXPECT_EQ(Get(id).index_no, published.index_no);

  // Withdrawn: the next call starts a new item.
  FieldErrors errors;
  ASSERT_TRUE(service_->Withdraw(officer_.actor, officer_.user, id, "数据有误", &errors).ok());
  auto fresh = put(editor_, g);
  ASSERT_TRUE(fresh.ok());
  EXPECT_NE(fresh.value(), id);
  EXPECT_EQ(service_->GeneratedStatus(g.source).value()->id, fresh.value());
  EXPECT_EQ(service_->GeneratedStatus(g.source).value()->stage, GeneratedItemStatus::Stage::kDraft);

  // No such column, or no right to write for the agency: nothing made.
  GeneratedItem other = g;
  other.source = "ratings/none";
  other.column_code = "no-such-column";
  errors = FieldErrors();
  EXPECT_FALSE(service_->PutGenerated(editor_.actor, editor_.user, other, &errors).ok());
  EXPECT_NE(errors.Get("columns").find("no-such-column"), std::string::npos);
  other.column_code = "fdnr-hcp";
  EXPECT_EQ(put(r1_, other).status().code(), Code::kDenied);
  EXPECT_FALSE(service_->GeneratedStatus(other.source).value().has_value());
  const auto actions = Actions(id);
  EXPECT_NE(std::find(actions.begin(), actions.end(), "item.update"), actions.end());
}

// The drafting department (承办处室) must be one of the publishing agency's.
TEST_P(CatalogueServiceTest, DepartmentMustBelongToThePublishingAgency) {
  auto department = [&](int64_t agency, const std::string& name) {
    access::Department d;
    d.agency_id = agency;
    d.name = name;
    FieldErrors errors;
    auto r = auth_->CreateDepartment(cli_, nullptr, d, &errors);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value() : 0;
  };
  const int64_t own = department(bureau_, "食品生产安全监督管理处");
  const int64_t foreign = department(other_, "办公室");
  Item item = NewItem("关于开展食品生产企业监督检查的通知");
  item.department_id = foreign;
  FieldErrors errors;
  auto refused = service_->CreateDraft(editor_.actor, editor_.user, item, &errors);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(errors.Get("department_id"), "所选处室不属于发布机构");
  item.department_id = 999999;  // none at all: refused the same way, not a database error
  FieldErrors none;
  EXPECT_FALSE(service_->CreateDraft(editor_.actor, editor_.user, item, &none).ok());
  EXPECT_EQ(none.Get("department_id"), "所选处室不属于发布机构");
  item.department_id = own;
  const int64_t id = Create(item);
  EXPECT_EQ(Get(id).department_id, own);
  Item edited = Get(id);
  edited.department_id = foreign;
  FieldErrors on_edit;
  EXPECT_FALSE(service_->UpdateDraft(editor_.actor, editor_.user, edited, &on_edit).ok());
  EXPECT_EQ(Get(id).department_id, own);
}

// ---------------------------------------------------------------------------
// The search catch-up: changes the index was not told of reach it.

TEST_P(CatalogueServiceTest, SearchCatchUpIndexesWhatOthersChanged) {
  auto opened = search::Index::Open(dir_ + "/search");
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  search::Index& index = *opened.value();
  auto found = [&](const std::string& text) {
    search::Query q;
    q.text = text;
    auto r = index.Search(q);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->total : -1;
  };
  SearchCatchUp catch_up(clock_.Now());
  // No listener: as if another process published.
  const int64_t published = Publish("关于开展计量器具专项检查的通知");
  EXPECT_EQ(found("计量器具"), 0);
  auto n = catch_up.Run(*service_, index);
  ASSERT_TRUE(n.ok()) << n.status().message();
  EXPECT_GE(*n, 1);
  EXPECT_EQ(found("计量器具"), 1);
  // Nothing new: nothing done, though the last minute is looked at again.
  EXPECT_EQ(*catch_up.Run(*service_, index), 0);

  // 1,200 items imported in one transaction share one updated_at: the
  // batches of 500 must still reach all of them.
  clock_.Advance(10);
  std::vector<Item> items;
  for (int i = 0; i < 1200; ++i) {
    Item item = NewItem("历年广告监测报告第" + std::to_string(i + 1) + "期");
    item.index_no = std::string(kBureauUscc) + "/2018-" + std::to_string(10000 + i);
    item.written_on = item.published_on = D("2018-05-01");
    items.push_back(item);
  }
  ASSERT_TRUE(service_->ImportPublishedBatch(cli_, items).ok());
  EXPECT_EQ(*catch_up.Run(*service_, index), 1200);
  EXPECT_GE(found("广告监测"), 1000);  // estimated beyond 1,000
  EXPECT_EQ(found("广告监测报告第1期"), 1);
  EXPECT_EQ(found("广告监测报告第1200期"), 1);

  // A withdrawal elsewhere takes the item out; what the listener already
  // indexed (Noted) is not done twice.
  clock_.Advance(10);
  FieldErrors errors;
  ASSERT_TRUE(service_->Withdraw(officer_.actor, officer_.user, published, "已失效", &errors).ok());
  const int64_t noted = Publish("食品小作坊登记管理办法");
  catch_up.Noted(Get(noted));
  ASSERT_TRUE(UpdateSearch(index, Get(noted)).ok());
  EXPECT_EQ(*catch_up.Run(*service_, index), 1);  // the withdrawal only
  EXPECT_EQ(found("计量器具"), 0);
  EXPECT_EQ(found("小作坊"), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const auto& info) {
                           return info.param == storage::Backend::kSqlite ? std::string("Sqlite")
                                                                          : std::string("Postgres");
                         });

}  // namespace
}  // namespace gk::catalogue
