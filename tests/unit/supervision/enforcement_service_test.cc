// An enforcement decision's life through the service on both backends:
// a draft with its masked public copy, published on the clock, withdrawn
// with a reason, and a period that ends by date.
#include "supervision/enforcement_service.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/clock.h"
#include "testutil/test_db.h"

namespace gk::supervision {
namespace {

class EnforcementServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(testing::AddTestAgencies(*tdb_->db(), false).ok());
    svc_ = std::make_unique<EnforcementService>(tdb_->db(), clock_, calendar_, EnforcementSettings{},
                                                text::NameMask::kKeepSurname);
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
  }

  DecisionForm PersonPenalty() {
    DecisionForm f;
    f.agency_id = 1;
    f.kind = DecisionKind::kPenalty;
    f.fields = {{"party_name", "张三"},
                {"party_type", "自然人"},
                {"id_type", "身份证"},
                {"id_number", "370102199003071234"},
                {"doc_no", "济市监处罚〔2026〕7号"},
                {"facts", "张三（电话13812345678）销售过期食品"},
                {"basis", "《食品安全法》第一百二十四条"},
                {"categories", "罚款"},
                {"content", "罚款0.5万元"},
                {"fine", "0.5"},
                {"decided_on", "2026-09-01"}};
    return f;
  }

  std::unique_ptr<testing::TestDatabase> tdb_;
  FakeClock clock_{1790000000};  // 2026-09-21 China time
  WorkCalendar calendar_;
  std::unique_ptr<EnforcementService> svc_;
  access::Actor actor_{0, "测试", "127.0.0.1"};
  access::User officer_;
};

TEST_P(EnforcementServiceTest, ADraftIsPublishedMaskedAndWithdrawn) {
  FieldErrors errors;
  auto id = svc_->Create(actor_, officer_, PersonPenalty(), &errors);
  ASSERT_TRUE(id.ok()) << id.status().message() << " " << errors.ToStatus().message();
  auto draft = svc_->GetPublic(id.value());
  ASSERT_TRUE(draft.ok());
  EXPECT_EQ(draft->state, DecisionState::kDraft);
  EXPECT_EQ(draft->party_name, "张*");
  EXPECT_EQ(draft->facts.find("13812345678"), std::string::npos) << draft->facts;
  EXPECT_EQ(draft->id_number, "");
  EXPECT_EQ(draft->due_on.ToString(), "2026-09-29");  // 20 working days, weekends only (no calendar data)

  // Edits go through the same write as every transition.
  DecisionForm edited = PersonPenalty();
  edited.fields["content"] = "罚款0.6万元";
  edited.fields["fine"] = "0.6";
  ASSERT_TRUE(svc_->Update(actor_, officer_, id.value(), edited, &errors).ok()) << errors.ToStatus().message();
  ASSERT_TRUE(svc_->Publish(actor_, officer_, id.value()).ok());
  auto pub = svc_->GetPublic(id.value());
  ASSERT_TRUE(pub.ok());
  EXPECT_EQ(pub->content, "罚款0.6万元");
  EXPECT_EQ(pub->fine_fen, 600000);
  EXPECT_EQ(DateText(pub->published_on), "2026-09-21");
  EXPECT_EQ(DateText(pub->public_until), "2026-12-21");  // a low fine: 3 months
  auto record = svc_->Get(id.value());
  ASSERT_TRUE(record.ok());
  EXPECT_EQ(record->id_number, "370102199003071234");  // kept for staff

  store::DecisionFilter f;
  f.public_only = true;
  f.text = "张三";
  auto found = svc_->List(f);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->total, 0);  // the real name is not in the public search text
  f.text = "过期食品";
  EXPECT_EQ(svc_->List(f)->total, 1);

  clock_.Advance(91 * 86400);  // past 2026-12-21
  EXPECT_EQ(svc_->List(f)->total, 0);
  auto swept = svc_->SweepExpired();
  ASSERT_TRUE(swept.ok());
  EXPECT_EQ(swept.value(), 1);
  EXPECT_EQ(svc_->SweepExpired().value(), 0);

  EXPECT_FALSE(svc_->Withdraw(actor_, officer_, id.value(), "", "2026-10-01", &errors).ok());
  EXPECT_FALSE(errors.Get("reason").empty());
  ASSERT_TRUE(svc_->Withdraw(actor_, officer_, id.value(), "复议撤销", "2026-10-01", &errors).ok());
  EXPECT_EQ(svc_->Get(id.value())->state, DecisionState::kWithdrawn);
  EXPECT_EQ(svc_->Publish(actor_, officer_, id.value()).code(), Code::kConflict);
}

INSTANTIATE_TEST_SUITE_P(Backends, EnforcementServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::supervision
