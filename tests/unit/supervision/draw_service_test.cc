// 双随机 draw records: the list upload's row checks, the transition table,
// and a draw's whole life through the service on both backends — lists
// imported as versions, the plan frozen when announced (its input hash), the
// seed locked before the run, the result exactly the algorithm's (draw.h),
// refusals for the wrong role, agency and state, inspection results only for
// drawn targets.
#include "supervision/draw_service.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <string>
#include <vector>

#include "common/china_time.h"
#include "common/clock.h"
#include "common/sha256.h"
#include "common/uscc.h"
#include "testutil/test_db.h"

namespace gk::supervision {
namespace {

std::string Uscc(const std::string& first17) { return WithUsccCheckDigit(first17); }

std::string Target(int i) {
  std::string n = std::to_string(i);
  return Uscc("91370100MA3C" + std::string(5 - n.size(), '0') + n);
}

TEST(DrawListCsvTest, SkipsTheHeaderAndReadsIdsNamesAndNotes) {
  std::vector<std::string> errors;
  const std::string csv = "统一社会信用代码,企业名称,住所\n" + Target(1) + ",济南甲食品有限公司,历下区\n" + Target(2) +
                          ",\"济南乙食品有限公司\"\n\n";
  auto entries = ParseListCsv(ListKind::kTargets, csv, &errors);
  EXPECT_TRUE(errors.empty()) << errors.front();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].ident, Target(1));
  EXPECT_EQ(entries[0].name, "济南甲食品有限公司");
  EXPECT_EQ(entries[0].note, "历下区");
  EXPECT_EQ(entries[1].note, "");
}

TEST(DrawListCsvTest, NamesEveryBadRowAtOnce) {
  std::vector<std::string> errors;
  std::string bad_digit = Target(3);
  bad_digit.back() = bad_digit.back() == '0' ? '1' : '0';
  const std::string csv = Target(1) + ",甲\n" + bad_digit + ",乙\n" + Target(1) + ",丙\n" + Target(4) + ",\n,丁\n";
  ParseListCsv(ListKind::kTargets, csv, &errors);
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_NE(errors[0].find("第 2 行"), std::string::npos) << errors[0];
  EXPECT_NE(errors[0].find("统一社会信用代码"), std::string::npos);
  EXPECT_NE(errors[1].find("第 3 行"), std::string::npos);
  EXPECT_NE(errors[1].find("与第 1 行重复"), std::string::npos) << errors[1];
  EXPECT_NE(errors[2].find("第 4 行：缺少企业名称"), std::string::npos) << errors[2];
  EXPECT_NE(errors[3].find("第 5 行：缺少统一社会信用代码"), std::string::npos) << errors[3];

  errors.clear();
  ParseListCsv(ListKind::kInspectors, "执法证号,姓名\n37010001,王一\n3701 0002,李二\n37010003,\n", &errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_NE(errors[0].find("第 3 行"), std::string::npos);
  EXPECT_NE(errors[1].find("第 4 行：缺少姓名"), std::string::npos);

  errors.clear();
  ParseListCsv(ListKind::kTargets, "\"open\n", &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("引号"), std::string::npos);
  errors.clear();
  ParseListCsv(ListKind::kTargets, "统一社会信用代码,企业名称\n", &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("没有数据行"), std::string::npos);
}

TEST(DrawWorkflowTest, TheTableAllowsEachActionFromItsStatesOnly) {
  using S = DrawState;
  using A = DrawAction;
  struct Row {
    A action;
    std::vector<S> allowed;
  };
  const Row rows[] = {{A::kEdit, {S::kDraft}},
                      {A::kAnnounce, {S::kDraft}},
                      {A::kLockSeed, {S::kAnnounced}},
                      {A::kRun, {S::kSeedLocked}},
                      {A::kCancel, {S::kDraft, S::kAnnounced, S::kSeedLocked}},
                      {A::kRecordInspection, {S::kCompleted}}};
  for (const Row& r : rows)
    for (S s : {S::kDraft, S::kAnnounced, S::kSeedLocked, S::kCompleted, S::kCancelled}) {
      const bool expected = std::find(r.allowed.begin(), r.allowed.end(), s) != r.allowed.end();
      EXPECT_EQ(StateAllows(r.action, s), expected) << DrawActionLabel(r.action) << " from " << DrawStateCode(s);
    }
  EXPECT_EQ(NextState(A::kAnnounce, S::kDraft), S::kAnnounced);
  EXPECT_EQ(NextState(A::kRun, S::kSeedLocked), S::kCompleted);
  EXPECT_EQ(NextState(A::kCancel, S::kSeedLocked), S::kCancelled);
  EXPECT_EQ(ActionPermission(A::kRun), access::Permission::kRunDraws);
  EXPECT_EQ(ActionPermission(A::kRecordInspection), access::Permission::kManageDraws);
}

TEST(DrawWorkflowTest, AnnouncingNeedsAPlanThatCannotFailLater) {
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 1, 0}};
  DrawRecord d;
  d.agency_id = 1;
  d.n = 5;
  d.m = 3;
  DrawFacts f;
  f.targets = 4;
  f.inspectors = 4;
  f.fewest_inspectors_left = 2;
  auto refusals = Refusals(DrawAction::kAnnounce, d, officer, f);
  ASSERT_EQ(refusals.size(), 3u);
  EXPECT_NE(refusals[0].find("1 到 4"), std::string::npos) << refusals[0];
  EXPECT_NE(refusals[1].find("只剩 2 名"), std::string::npos) << refusals[1];
  EXPECT_NE(refusals[2].find("随机种子的来源"), std::string::npos) << refusals[2];
  d.n = 4;
  d.m = 2;
  d.seed_source = "2027年3月5日上证综合指数收盘价";
  EXPECT_TRUE(Refusals(DrawAction::kAnnounce, d, officer, f).empty());
  access::User other;  // an officer of another agency
  other.roles = {{access::Role::kOfficer, 2, 0}};
  EXPECT_EQ(Refusals(DrawAction::kAnnounce, d, other, f).size(), 1u);
  access::User editor;  // prepares draws, does not announce them
  editor.roles = {{access::Role::kEditor, 1, 0}};
  EXPECT_EQ(Refusals(DrawAction::kAnnounce, d, editor, f).size(), 1u);
  EXPECT_TRUE(Refusals(DrawAction::kEdit, d, editor, f).empty());
}

TEST(DrawWorkflowTest, SeedsArePrintableTextOfAtMost200Characters) {
  EXPECT_TRUE(CheckSeed("20260305-3051.42").ok());
  EXPECT_TRUE(CheckSeed("上证综指 3051.42").ok());
  EXPECT_FALSE(CheckSeed("").ok());
  EXPECT_FALSE(CheckSeed("3051.42\n").ok());
  EXPECT_FALSE(CheckSeed("a\tb").ok());
  EXPECT_FALSE(CheckSeed(std::string("\xff\xfe", 2)).ok());
  EXPECT_TRUE(CheckSeed(std::string(200, '7')).ok());
  EXPECT_FALSE(CheckSeed(std::string(201, '7')).ok());
}

TEST(DrawListTextTest, TheDownloadsHashAsPublished) {
  const std::vector<std::string> targets = {"A", "B"}, inspectors = {"1"};
  EXPECT_EQ(ListText(targets), "A\nB\n");
  EXPECT_EQ(InputText(targets, inspectors), "targets\nA\nB\ninspectors\n1\n");
  EXPECT_EQ(Sha256Hex(InputText(targets, inspectors)), InputSha256(targets, inspectors));
}

class DrawServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(tdb_->db()
                    ->Transact([](soci::session& sql) {
                      sql << "INSERT INTO agencies (id, name, short_name, uscc, created_at, updated_at) VALUES "
                             "(1, '济南市市场监督管理局', '市局', '11370100MB28696235', 0, 0), "
                             "(2, '历下区市场监督管理局', '历下', '11370102MB2869623X', 0, 0)";
                      return Status::Ok();
                    })
                    .ok());
    svc_ = std::make_unique<DrawService>(tdb_->db(), clock_);
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
    editor_.roles = {{access::Role::kEditor, 1, 0}};
    other_.roles = {{access::Role::kOfficer, 2, 0}};
  }

  DrawList Import(ListKind kind, const std::string& name, const std::string& csv) {
    FieldErrors errors;
    std::vector<std::string> rows;
    auto l = svc_->ImportList(actor_, editor_, {1, kind, name, csv}, &errors, &rows);
    EXPECT_TRUE(l.ok()) << l.status().message() << (rows.empty() ? "" : rows.front());
    return l.ok() ? l.value() : DrawList{};
  }

  // Six targets (one imported twice, as a correction) and four inspectors.
  int64_t Plan() {
    std::string targets = "统一社会信用代码,企业名称\n";
    for (int i = 1; i <= 5; ++i) targets += Target(i) + ",企业" + std::to_string(i) + "\n";
    EXPECT_EQ(Import(ListKind::kTargets, "食品生产企业", targets).version, 1);
    targets += Target(6) + ",企业6\n";
    target_list_ = Import(ListKind::kTargets, "食品生产企业", targets);
    EXPECT_EQ(target_list_.version, 2);
    EXPECT_EQ(target_list_.entries, 6);
    inspector_list_ =
        Import(ListKind::kInspectors, "执法人员", "37010004,赵四\n37010001,王一\n37010002,李二\n37010003,张三\n");
    FieldErrors errors;
    auto id = svc_->Create(
        actor_, editor_,
        {1, "2027年第一批食品生产企业双随机抽查", "食品生产许可条件保持情况", std::to_string(target_list_.id),
         std::to_string(inspector_list_.id), "2", "2", "2027年3月5日上证综合指数收盘价"},
        &errors);
    EXPECT_TRUE(id.ok()) << id.status().message();
    return id.ok() ? id.value() : 0;
  }

  std::unique_ptr<testing::TestDatabase> tdb_;
  FakeClock clock_{1790000000};
  std::unique_ptr<DrawService> svc_;
  access::Actor actor_{0, "测试", "127.0.0.1"};
  access::User officer_, editor_, other_;
  DrawList target_list_, inspector_list_;
};

TEST_P(DrawServiceTest, AWholeDrawFromListsToInspectionResults) {
  const int64_t id = Plan();
  ASSERT_GT(id, 0);
  FieldErrors errors;
  ASSERT_TRUE(svc_->AddExclusion(actor_, editor_, id, {Target(4), "37010001", "亲属在该企业任职"}, &errors).ok())
      << errors.all().begin()->second;
  // Not yet public.
  store::DrawFilter pub;
  pub.public_only = true;
  EXPECT_EQ(svc_->List(pub)->total, 0);

  EXPECT_EQ(svc_->Announce(actor_, editor_, id).code(), Code::kDenied);
  ASSERT_TRUE(svc_->Announce(actor_, officer_, id).ok());
  auto v = svc_->Get(id);
  ASSERT_TRUE(v.ok());
  std::vector<std::string> targets, inspectors = {"37010001", "37010002", "37010003", "37010004"};
  for (int i = 1; i <= 6; ++i) targets.push_back(Target(i));
  EXPECT_EQ(v->draw.input_sha256, InputSha256(Canonical(targets), inspectors));
  EXPECT_EQ(v->draw.state, DrawState::kAnnounced);
  EXPECT_EQ(svc_->List(pub)->total, 1);
  // The plan is frozen: no edits, no new exclusions, no run before the seed.
  EXPECT_EQ(svc_->AddExclusion(actor_, editor_, id, {Target(5), "37010002", "x"}, &errors).code(), Code::kConflict);
  EXPECT_EQ(svc_->Run(actor_, officer_, id).code(), Code::kConflict);

  errors = {};
  EXPECT_EQ(svc_->LockSeed(actor_, officer_, id, "3051.42\n", &errors).code(), Code::kInvalid);
  EXPECT_FALSE(errors.Get("seed").empty());
  ASSERT_TRUE(svc_->LockSeed(actor_, officer_, id, "20270305-3051.42", &errors).ok());
  EXPECT_EQ(svc_->LockSeed(actor_, officer_, id, "another", &errors).code(), Code::kConflict);
  EXPECT_EQ(svc_->Run(actor_, other_, id).code(), Code::kDenied);
  ASSERT_TRUE(svc_->Run(actor_, officer_, id).ok());

  v = svc_->Get(id);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->draw.state, DrawState::kCompleted);
  // The stored result is the algorithm's on the published input.
  auto input = svc_->Input(v->draw);
  ASSERT_TRUE(input.ok());
  EXPECT_EQ(input->exclusions, (std::vector<std::pair<std::string, std::string>>{{Target(4), "37010001"}}));
  auto expected = Draw(input.value());
  ASSERT_TRUE(expected.ok());
  ASSERT_EQ(v->draw.result.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(v->draw.result[i].target, expected->result[i].target);
    EXPECT_EQ(v->draw.result[i].inspectors, expected->result[i].inspectors);
    if (v->draw.result[i].target == Target(4)) {
      EXPECT_EQ(std::count(v->draw.result[i].inspectors.begin(), v->draw.result[i].inspectors.end(), "37010001"), 0);
    }
  }
  auto names = svc_->Names(v->draw, ListKind::kInspectors);
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(names->at("37010001").name, "王一");

  // Inspection results: only for a drawn target, not in the future.
  const std::string drawn = v->draw.result[0].target;
  std::string not_drawn;
  for (const auto& t : targets)
    if (t != drawn && t != v->draw.result[1].target) not_drawn = t;
  Inspection i{drawn, InspectionOutcome::kRectified, "标签标识不规范，已责令改正", ChinaToday(clock_)};
  errors = {};
  EXPECT_TRUE(svc_->RecordInspection(actor_, editor_, id, i, &errors).ok());
  i.target = not_drawn;
  EXPECT_EQ(svc_->RecordInspection(actor_, editor_, id, i, &errors).code(), Code::kInvalid);
  EXPECT_FALSE(errors.Get("target").empty());
  errors = {};
  i.target = drawn;
  i.inspected_on = ChinaToday(clock_).AddDays(1);
  EXPECT_EQ(svc_->RecordInspection(actor_, editor_, id, i, &errors).code(), Code::kInvalid);
  v = svc_->Get(id);
  ASSERT_EQ(v->inspections.size(), 1u);
  EXPECT_EQ(v->inspections[0].outcome, InspectionOutcome::kRectified);
  // A completed draw cannot be cancelled.
  EXPECT_EQ(svc_->Cancel(actor_, officer_, id, "误操作", &errors).code(), Code::kConflict);

  // Found by a drawn company's name, not by one that was not drawn.
  pub.text = "企业" + drawn.substr(16, 1);
  EXPECT_EQ(svc_->List(pub)->total, 1) << pub.text;
  pub.text = drawn;
  EXPECT_EQ(svc_->List(pub)->total, 1);
  pub.text = not_drawn;
  EXPECT_EQ(svc_->List(pub)->total, 0);
  pub.text = "100%_";
  EXPECT_EQ(svc_->List(pub)->total, 0);

  // Every step is in the audit log.
  long long audited = 0;
  ASSERT_TRUE(tdb_->db()
                  ->Read([&](soci::session& sql) {
                    sql << "SELECT COUNT(*) FROM audit_log WHERE object_type = 'draw'", soci::into(audited);
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_EQ(audited, 6);  // create, exclusion, announce, seed, run, inspection
}

TEST_P(DrawServiceTest, RefusesPlansOutsideTheUsersAgencyAndBadParameters) {
  Plan();
  FieldErrors errors;
  auto wrong = svc_->Create(
      actor_, other_,
      {1, "x", "", std::to_string(target_list_.id), std::to_string(inspector_list_.id), "1", "1", "来源"}, &errors);
  EXPECT_FALSE(wrong.ok());
  EXPECT_FALSE(errors.Get("agency_id").empty());
  errors = {};
  auto bad =
      svc_->Create(actor_, editor_, {1, "", "", std::to_string(inspector_list_.id), "999", "0", "x", ""}, &errors);
  EXPECT_FALSE(bad.ok());
  for (const char* field : {"title", "target_list_id", "inspector_list_id", "n", "m", "seed_source"})
    EXPECT_FALSE(errors.Get(field).empty()) << field;
  // Too many targets: refused when announced, with the reason.
  errors = {};
  auto big = svc_->Create(
      actor_, editor_,
      {1, "大批", "", std::to_string(target_list_.id), std::to_string(inspector_list_.id), "7", "1", "来源"}, &errors);
  ASSERT_TRUE(big.ok());
  Status s = svc_->Announce(actor_, officer_, big.value());
  EXPECT_EQ(s.code(), Code::kConflict);
  EXPECT_NE(s.message().find("1 到 6"), std::string::npos) << s.message();
  // A cancelled draft never becomes public; its reason is required.
  EXPECT_EQ(svc_->Cancel(actor_, officer_, big.value(), " ", &errors).code(), Code::kInvalid);
  ASSERT_TRUE(svc_->Cancel(actor_, officer_, big.value(), "方案有误", &errors).ok());
  store::DrawFilter pub;
  pub.public_only = true;
  EXPECT_EQ(svc_->List(pub)->total, 0);
  // A list import with a bad row stores nothing.
  std::vector<std::string> rows;
  errors = {};
  auto l = svc_->ImportList(actor_, editor_, {1, ListKind::kTargets, "食品生产企业", Target(1) + ",甲\nBAD,乙\n"},
                            &errors, &rows);
  EXPECT_FALSE(l.ok());
  EXPECT_EQ(rows.size(), 1u);
  EXPECT_EQ(svc_->Lists(nullptr)->size(), 3u);
}

INSTANTIATE_TEST_SUITE_P(Backends, DrawServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const ::testing::TestParamInfo<storage::Backend>& info) {
                           return info.param == storage::Backend::kSqlite ? "Sqlite" : "Postgres";
                         });

}  // namespace
}  // namespace gk::supervision
