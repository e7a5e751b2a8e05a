// CatalogueService's cleanups (cleanup.h) on SQLite and PostgreSQL: only the
// 公开办 of the agency, only documents in force, every problem at once; the
// decision changes the documents, records their history, drafts the result
// list and cannot be taken twice.
#include "catalogue/cleanup_store.h"
#include "service_fixture.h"

namespace gk::catalogue {
namespace {

class CleanupServiceTest : public CatalogueServiceTest {
 protected:
  // A published 行政规范性文件 of the bureau, written on `written_on`.
  int64_t Document(const std::string& title, const std::string& written_on, const std::string& expires = "") {
    Item item = NewItem(title, written_on);
    item.normative.kind = NormativeKind::kNormative;
    if (!expires.empty()) item.normative.expires_on = D(expires);
    item.validity = Validity::kValid;
    const int64_t id = Create(item);
    Submit(id);
    MustApprove(r1_, id);
    MustApprove(r2_, id);
    MustApprove(r3_, id);
    return id;
  }
  CleanupEntry Decide(int64_t id, CleanupDecision d, const std::string& reason = "") {
    CleanupEntry e;
    e.item_id = id;
    e.decision = d;
    e.reason = reason;
    return e;
  }
};

TEST_P(CleanupServiceTest, DecidedOnceTheDocumentsFollowWithTheirHistory) {
  ASSERT_TRUE(service_->SeedColumns(bureau_).ok());
  const int64_t keep = Document("甲管理办法", "2026-11-20", "2026-12-31");
  const int64_t repeal = Document("乙管理办法", "2026-11-21");
  const int64_t other = Document("丙管理办法", "2026-11-22");

  Cleanup c;
  c.agency_id = bureau_;
  c.title = "2026年规章和行政规范性文件清理结果";
  FieldErrors errors;
  EXPECT_EQ(service_->CreateCleanup(editor_.actor, editor_.user, c, &errors).status().code(), Code::kDenied);
  auto id = service_->CreateCleanup(officer_.actor, officer_.user, c, &errors);
  ASSERT_TRUE(id.ok()) << id.status().message();
  c.id = id.value();
  c.decided_on = D("2026-11-30");
  c.basis = "依据有关规定开展清理。";
  CleanupEntry kept = Decide(keep, CleanupDecision::kKeep);
  kept.expires_on = D("2031-12-31");
  c.entries = {kept, Decide(repeal, CleanupDecision::kRepeal, "上位法已废止"), Decide(other, CleanupDecision::kNone)};
  ASSERT_TRUE(service_->SaveCleanup(officer_.actor, officer_.user, c, &errors).ok()) << errors.ToStatus().message();
  auto saved = service_->GetCleanup(c.id);
  ASSERT_TRUE(saved.ok());
  ASSERT_EQ(saved->entries.size(), 2u) << "暂不决定 is not part of it";
  EXPECT_EQ(saved->entries[1].title, "乙管理办法");
  EXPECT_EQ(saved->entries[1].reason, "上位法已废止");

  EXPECT_EQ(service_->DecideCleanup(editor_.actor, editor_.user, c.id, &errors).status().code(), Code::kDenied);
  auto list = service_->DecideCleanup(officer_.actor, officer_.user, c.id, &errors);
  ASSERT_TRUE(list.ok()) << list.status().message() << " " << errors.ToStatus().message();
  Item a = Get(keep), b = Get(repeal), o = Get(other);
  EXPECT_EQ(a.validity, Validity::kValid);
  EXPECT_EQ(DateText(a.normative.expires_on), "2031-12-31");
  EXPECT_EQ(b.validity, Validity::kRepealed);
  EXPECT_EQ(DateText(b.validity_changed_on), "2026-11-30");
  EXPECT_FALSE(InForceOn(b, D("2026-12-01")));
  EXPECT_EQ(o.validity, Validity::kValid);
  auto history = service_->ValidityHistory(repeal);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ(history->at(0).source, ValidityChange::Source::kPublish);
  EXPECT_EQ(history->at(1).source, ValidityChange::Source::kCleanup);
  EXPECT_EQ(history->at(1).cleanup_id, c.id);
  EXPECT_EQ(history->at(1).note, "废止（上位法已废止）");
  EXPECT_EQ(service_->ValidityHistory(other)->size(), 1u);
  Item drafted = Get(list.value());
  EXPECT_EQ(drafted.state, State::kDraft);
  EXPECT_EQ(drafted.title, c.title);
  EXPECT_NE(drafted.body_md.find("## 二、废止的文件目录"), std::string::npos) << drafted.body_md;
  EXPECT_NE(std::find(Actions(repeal).begin(), Actions(repeal).end(), "item.cleanup"), Actions(repeal).end());

  // Decided: neither saved nor decided again.
  EXPECT_EQ(service_->SaveCleanup(officer_.actor, officer_.user, c, &errors).code(), Code::kConflict);
  EXPECT_EQ(service_->DecideCleanup(officer_.actor, officer_.user, c.id, &errors).status().code(), Code::kConflict);
  // A repealed document is no longer one a cleanup may decide on.
  Cleanup next;
  next.agency_id = bureau_;
  next.title = "再次清理";
  next.id = service_->CreateCleanup(officer_.actor, officer_.user, next, &errors).value();
  next.entries = {Decide(repeal, CleanupDecision::kInvalidate, "重复")};
  FieldErrors refused;
  EXPECT_FALSE(service_->SaveCleanup(officer_.actor, officer_.user, next, &refused).ok());
  EXPECT_EQ(refused.Get("decision_" + std::to_string(repeal)),
            "《乙管理办法》不是本机构现行有效的规章或行政规范性文件");
}

TEST_P(CleanupServiceTest, NothingChangesWhenTheDecisionIsIncomplete) {
  ASSERT_TRUE(service_->SeedColumns(bureau_).ok());
  const int64_t doc = Document("丁管理办法", "2026-11-20");
  Cleanup c;
  c.agency_id = bureau_;
  c.title = "清理";
  FieldErrors errors;
  c.id = service_->CreateCleanup(officer_.actor, officer_.user, c, &errors).value();
  c.entries = {Decide(doc, CleanupDecision::kRepeal)};  // no reason, no decision day
  ASSERT_TRUE(service_->SaveCleanup(officer_.actor, officer_.user, c, &errors).ok()) << "a draft may be incomplete";
  FieldErrors problems;
  EXPECT_FALSE(service_->DecideCleanup(officer_.actor, officer_.user, c.id, &problems).ok());
  EXPECT_FALSE(problems.Get("decided_on").empty());
  EXPECT_FALSE(problems.Get("reason_" + std::to_string(doc)).empty());
  EXPECT_EQ(Get(doc).validity, Validity::kValid);
  EXPECT_FALSE(service_->GetCleanup(c.id)->decided);
}

INSTANTIATE_TEST_SUITE_P(Backends, CleanupServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const auto& info) {
                           return info.param == storage::Backend::kSqlite ? std::string("Sqlite")
                                                                          : std::string("Postgres");
                         });

}  // namespace
}  // namespace gk::catalogue
