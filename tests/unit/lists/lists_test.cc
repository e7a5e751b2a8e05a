// 公开清单: the definition of every list (a title field first, filters on
// choice fields), the workflow table, the checks of a field's value (choice,
// 统一社会信用代码, address, length, every problem at once), the numbering of
// steps, and an entry's life through the service on both backends:
// permissions per agency, withdrawal with its reason, republication, the
// facet and text filters, the audit log, and the import of a spreadsheet
// (all or nothing with line numbers, columns by label or key, unknown
// columns reported).
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <set>

#include "common/clock.h"
#include "lists/service.h"
#include "testutil/test_db.h"

namespace gk::lists {
namespace {

TEST(ListModelTest, EveryKindIsWellFormed) {
  std::set<std::string> codes;
  for (const auto& k : AllKinds()) {
    SCOPED_TRACE(k.code);
    EXPECT_TRUE(codes.insert(k.code).second) << "a code used twice";
    EXPECT_EQ(FindKind(k.code), &k);
    ASSERT_FALSE(k.fields.empty());
    EXPECT_TRUE(k.title_field().required) << "the title field must be required";
    std::set<std::string> keys, labels;
    for (const auto& f : k.fields) {
      EXPECT_TRUE(keys.insert(f.key).second) << f.key;
      EXPECT_TRUE(labels.insert(f.label).second) << f.label;
      EXPECT_EQ(f.type == FieldType::kChoice, !f.choices.empty()) << f.key;
    }
    if (*k.filter) {
      ASSERT_NE(k.Field(k.filter), nullptr) << k.filter;
      EXPECT_EQ(k.Field(k.filter)->type, FieldType::kChoice);
    }
  }
  for (const char* code : {"bodies", "powers", "procedures", "guides", "certificates"})
    EXPECT_NE(FindKind(code), nullptr) << code;
  EXPECT_EQ(FindKind("nothing"), nullptr);
  for (EntryState s : {EntryState::kDraft, EntryState::kPublished, EntryState::kWithdrawn}) {
    EntryState back;
    ASSERT_TRUE(ParseEntryState(EntryStateCode(s), &back));
    EXPECT_EQ(back, s);
  }
}

TEST(ListModelTest, StepLinesDropTheWritersNumbering) {
  struct Case {
    const char* value;
    std::vector<std::string> want;
  } cases[] = {
      {"受理\n审查\n决定", {"受理", "审查", "决定"}},
      {"1. 受理\n2、审查\n（3）决定\n(4) 送达\n5）归档", {"受理", "审查", "决定", "送达", "归档"}},
      {"\n  受理  \n\n\n决定\n", {"受理", "决定"}},
      {"2026年1月1日起施行", {"2026年1月1日起施行"}},  // a year is no numbering
      {"12345. 编号", {"12345. 编号"}},               // nor are 4 digits and more
      {"", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(StepLines(c.value), c.want) << c.value;
}

TEST(ListWorkflowTest, EachActionFromItsStatesOnly) {
  using A = EntryAction;
  using S = EntryState;
  struct Case {
    A action;
    S from;
    bool allowed;
    S to;
  } cases[] = {
      {A::kPublish, S::kDraft, true, S::kPublished},     {A::kPublish, S::kPublished, false, S::kPublished},
      {A::kPublish, S::kWithdrawn, false, S::kWithdrawn}, {A::kWithdraw, S::kDraft, false, S::kDraft},
      {A::kWithdraw, S::kPublished, true, S::kWithdrawn}, {A::kWithdraw, S::kWithdrawn, false, S::kWithdrawn},
      {A::kRepublish, S::kDraft, false, S::kDraft},       {A::kRepublish, S::kPublished, false, S::kPublished},
      {A::kRepublish, S::kWithdrawn, true, S::kPublished}, {A::kDelete, S::kDraft, true, S::kDraft},
      {A::kDelete, S::kPublished, false, S::kPublished},   {A::kDelete, S::kWithdrawn, false, S::kWithdrawn},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(StateAllows(c.action, c.from), c.allowed) << EntryActionCode(c.action) << " " << EntryStateCode(c.from);
    if (c.allowed) {
      EXPECT_EQ(NextState(c.action, c.from), c.to) << EntryActionCode(c.action);
    }
  }
  EXPECT_EQ(ActionPermission(A::kDelete), access::Permission::kManageLists);
  for (A a : {A::kPublish, A::kWithdraw, A::kRepublish})
    EXPECT_EQ(ActionPermission(a), access::Permission::kPublishLists) << EntryActionCode(a);
  access::Permission p;
  ASSERT_TRUE(EditPermission(S::kDraft, &p));
  EXPECT_EQ(p, access::Permission::kManageLists);
  ASSERT_TRUE(EditPermission(S::kPublished, &p));
  EXPECT_EQ(p, access::Permission::kPublishLists);
  EXPECT_FALSE(EditPermission(S::kWithdrawn, &p));
  for (A a : AllEntryActions()) {
    A back;
    ASSERT_TRUE(ParseEntryAction(EntryActionCode(a), &back));
    EXPECT_EQ(back, a);
  }
  // Every reason at once: the state and the permission.
  Entry e;
  e.agency_id = 1;
  e.state = S::kDraft;
  access::User editor;
  editor.roles = {{access::Role::kEditor, 1, 0}};
  EXPECT_TRUE(Refusals(A::kDelete, e, editor, {}).empty());
  EXPECT_EQ(Refusals(A::kPublish, e, editor, {}).size(), 1u);
  EXPECT_EQ(Refusals(A::kWithdraw, e, editor, {}).size(), 2u);
}

TEST(ListValuesTest, EveryProblemAtOnceAndValuesCleaned) {
  const KindDef& bodies = *FindKind("bodies");
  Values v = {{"name", "  济南市市场监督管理局 "},
              {"nature", "事业单位"},
              {"uscc", "11370100mb28696235"},
              {"phone", "0531-1\n2345"},
              {"unknown", "dropped"}};
  FieldErrors errors;
  CheckValues(bodies, &v, &errors);
  EXPECT_EQ(errors.all().size(), 1u);
  EXPECT_NE(errors.Get("nature").find("行政机关、法律法规授权组织、受委托组织之一"), std::string::npos)
      << errors.Get("nature");
  EXPECT_EQ(v["name"], "济南市市场监督管理局");
  EXPECT_EQ(v["uscc"], "11370100MB28696235");  // normalised
  EXPECT_EQ(v["phone"], "0531-1 2345");          // one line
  EXPECT_FALSE(v.count("unknown"));

  Values bad = {{"nature", "行政机关"}, {"uscc", "11370100MB28696236"}};
  errors = FieldErrors();
  CheckValues(bodies, &bad, &errors);
  EXPECT_FALSE(errors.Get("name").empty());  // required
  EXPECT_NE(errors.Get("uscc").find("统一社会信用代码有误"), std::string::npos) << errors.Get("uscc");

  const KindDef& guides = *FindKind("guides");
  Values g = {{"name", std::string(201, 'x')},
              {"basis", "《中华人民共和国行政许可法》"},
              {"online", "javascript:alert(1)"}};
  errors = FieldErrors();
  CheckValues(guides, &g, &errors);
  EXPECT_NE(errors.Get("name").find("200"), std::string::npos);
  EXPECT_NE(errors.Get("online").find("http://"), std::string::npos);
  Values ok = {{"name", "食品经营许可"}, {"basis", "《食品安全法》第三十五条"}, {"online", "https://zwfw.example.cn/x"}};
  errors = FieldErrors();
  CheckValues(guides, &ok, &errors);
  EXPECT_TRUE(errors.empty()) << errors.ToStatus().message();
}

class ListServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(testing::AddTestAgencies(*tdb_->db(), true).ok());
    svc_ = std::make_unique<ListService>(tdb_->db(), clock_);
    svc_->SetChangeAnnouncer(&changes_);
    changes_.Subscribe([this](const Change& c) {
      if (c.kind == ChangeKind::kListEntry) ++announced_;
    });
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
    editor_.roles = {{access::Role::kEditor, 1, 0}};
    reviewer_.roles = {{access::Role::kReviewer, 1, 0}};
    other_.roles = {{access::Role::kOfficer, 2, 0}};
  }
  int64_t MustCreate(const std::string& kind, Values v) {
    FieldErrors errors;
    auto id = svc_->Create(actor_, editor_, 1, kind, std::move(v), &errors);
    EXPECT_TRUE(id.ok()) << errors.ToStatus().message() << id.status().message();
    return id.ok() ? id.value() : 0;
  }
  int64_t Audits(const std::string& action) {
    long long n = 0;
    EXPECT_TRUE(tdb_->db()
                    ->Read([&](soci::session& sql) {
                      sql << "SELECT COUNT(*) FROM audit_log WHERE action = :a", soci::use(action), soci::into(n);
                      return Status::Ok();
                    })
                    .ok());
    return n;
  }
  int64_t Count(store::EntryFilter f) {
    auto page = svc_->List(f);
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->total : -1;
  }
  Status Act(const access::User& user, int64_t id, EntryAction a, const std::string& reason = "") {
    FieldErrors errors;
    return svc_->Act(actor_, user, id, a, reason, &errors);
  }

  std::unique_ptr<testing::TestDatabase> tdb_;
  FakeClock clock_{1790000000};
  ChangeAnnouncer changes_;
  int announced_ = 0;
  std::unique_ptr<ListService> svc_;
  access::Actor actor_{0, "测试", "127.0.0.1"};
  access::User officer_, editor_, reviewer_, other_;
};

TEST_P(ListServiceTest, AnEntryFromDraftToWithdrawalAndBack) {
  FieldErrors errors;
  // Every problem of a draft at once, and nothing stored.
  auto bad = svc_->Create(actor_, reviewer_, 1, "powers", {{"category", "行政处分"}}, &errors);
  EXPECT_FALSE(bad.ok());
  for (const char* f : {"name", "category", "basis", "body", "agency_id"})
    EXPECT_FALSE(errors.Get(f).empty()) << f;
  EXPECT_EQ(svc_->Create(actor_, editor_, 1, "nothing", {}, &errors).status().code(), Code::kNotFound);
  EXPECT_EQ(Count({}), 0);

  const int64_t id = MustCreate("powers", {{"name", "食品经营许可"},
                                           {"category", "行政许可"},
                                           {"basis", "《中华人民共和国食品安全法》第三十五条"},
                                           {"body", "济南市市场监督管理局"}});
  EXPECT_EQ(announced_, 0) << "a draft is not public";
  // Publication is the 公开办's; another agency's officer may not.
  EXPECT_EQ(Act(editor_, id, EntryAction::kPublish).code(), Code::kDenied);
  EXPECT_EQ(Act(other_, id, EntryAction::kPublish).code(), Code::kDenied);
  clock_.Advance(3600);
  ASSERT_TRUE(Act(officer_, id, EntryAction::kPublish).ok());
  EXPECT_EQ(announced_, 1);
  auto e = svc_->Get(id);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->state, EntryState::kPublished);
  EXPECT_EQ(e->published_at, clock_.Now());
  EXPECT_EQ(e->Title(), "食品经营许可");
  // A published entry is corrected by the 公开办 only.
  Values v = e->fields;
  v["basis"] = "《中华人民共和国食品安全法》第三十五条；《食品经营许可管理办法》";
  EXPECT_EQ(svc_->Update(actor_, editor_, id, v, &errors).code(), Code::kDenied);
  ASSERT_TRUE(svc_->Update(actor_, officer_, id, v, &errors).ok());
  EXPECT_EQ(announced_, 2);
  // A withdrawal needs its reason, and keeps it.
  EXPECT_EQ(svc_->Act(actor_, officer_, id, EntryAction::kWithdraw, "  ", &errors).code(), Code::kInvalid);
  EXPECT_FALSE(errors.Get("reason").empty());
  ASSERT_TRUE(Act(officer_, id, EntryAction::kWithdraw, "职权已调整至区局").ok());
  e = svc_->Get(id);
  EXPECT_EQ(e->state, EntryState::kWithdrawn);
  EXPECT_EQ(e->withdraw_reason, "职权已调整至区局");
  EXPECT_EQ(svc_->Update(actor_, officer_, id, v, &errors).code(), Code::kConflict);
  EXPECT_EQ(Act(officer_, id, EntryAction::kWithdraw, "再次").code(), Code::kConflict);
  EXPECT_EQ(Act(officer_, id, EntryAction::kDelete).code(), Code::kConflict) << "only a draft is deleted";
  const int64_t first_published = e->published_at;
  clock_.Advance(3600);
  ASSERT_TRUE(Act(officer_, id, EntryAction::kRepublish).ok());
  e = svc_->Get(id);
  EXPECT_EQ(e->state, EntryState::kPublished);
  EXPECT_TRUE(e->withdraw_reason.empty());
  EXPECT_EQ(e->published_at, first_published) << "first published keeps its day";
  // A draft is deleted by its writer.
  const int64_t draft = MustCreate("certificates", {{"name", "无犯罪记录证明"}, {"status", "取消"}, {"basis", "无"}});
  ASSERT_TRUE(Act(editor_, draft, EntryAction::kDelete).ok());
  EXPECT_EQ(svc_->Get(draft).status().code(), Code::kNotFound);
  for (const char* a : {"list_entry.create", "list_entry.update", "list_entry.publish", "list_entry.withdraw",
                        "list_entry.republish", "list_entry.delete"})
    EXPECT_GE(Audits(a), 1) << a;
}

TEST_P(ListServiceTest, TheFiltersFindByFacetTextAgencyAndState) {
  const int64_t a = MustCreate("powers", {{"name", "食品经营许可"},
                                          {"category", "行政许可"},
                                          {"basis", "《食品安全法》"},
                                          {"body", "食品经营监管处"}});
  const int64_t b = MustCreate("powers", {{"name", "对销售不合格产品的处罚"},
                                          {"category", "行政处罚"},
                                          {"basis", "《产品质量法》第四十九条"},
                                          {"body", "执法稽查局"}});
  MustCreate("powers", {{"name", "查封扣押"}, {"category", "行政强制"}, {"basis", "《行政强制法》"}, {"body", "执法稽查局"}});
  MustCreate("guides", {{"name", "食品生产许可"}, {"basis", "《食品安全法》"}});
  ASSERT_TRUE(Act(officer_, a, EntryAction::kPublish).ok());
  ASSERT_TRUE(Act(officer_, b, EntryAction::kPublish).ok());
  store::EntryFilter f;
  f.kind = "powers";
  EXPECT_EQ(Count(f), 3);
  f.state = EntryState::kPublished;
  EXPECT_EQ(Count(f), 2);
  f.facet = "行政处罚";
  EXPECT_EQ(Count(f), 1);
  f.facet.clear();
  f.text = "食品";
  EXPECT_EQ(Count(f), 1);
  f.text = "四十九条";  // any field, not only the title
  EXPECT_EQ(Count(f), 1);
  f.kind.clear();
  f.state.reset();
  f.text = "食品";
  EXPECT_EQ(Count(f), 2);
  std::vector<int64_t> qingdao = {2};
  f.agency_ids = &qingdao;
  EXPECT_EQ(Count(f), 0);
  auto facets = svc_->Facets(*FindKind("powers"));
  ASSERT_TRUE(facets.ok());
  ASSERT_EQ(facets->size(), 2u);  // published only, in the order of the choices
  EXPECT_EQ((*facets)[0], (std::pair<std::string, int64_t>{"行政许可", 1}));
  EXPECT_EQ((*facets)[1], (std::pair<std::string, int64_t>{"行政处罚", 1}));
  auto counted = svc_->Counts(nullptr);
  ASSERT_TRUE(counted.ok());
  auto counts = counted.value();
  EXPECT_EQ((counts)["powers"][EntryState::kPublished], 2);
  EXPECT_EQ((counts)["powers"][EntryState::kDraft], 1);
  EXPECT_EQ((counts)["guides"][EntryState::kDraft], 1);
}

TEST_P(ListServiceTest, AnImportIsAllOrNothingWithLineNumbers) {
  std::vector<std::string> row_errors;
  const std::string header = "证明名称,状态,设定依据,开具单位,备注\n";
  const std::string bad = header +
                          "营业执照复印件,取消,《国务院关于取消一批证明事项的决定》,,\n"
                          ",保留,,,\n"
                          "健康证明,暂停,《食品安全法》第四十五条,疾控中心,\n";
  auto done = svc_->Import(actor_, editor_, 1, "certificates", "c.csv", bad, false, &row_errors);
  EXPECT_EQ(done.status().code(), Code::kInvalid);
  ASSERT_EQ(row_errors.size(), 3u);
  EXPECT_TRUE(row_errors[0].starts_with("第 3 行：")) << row_errors[0];
  EXPECT_TRUE(row_errors[1].starts_with("第 3 行：")) << row_errors[1];
  EXPECT_TRUE(row_errors[2].starts_with("第 4 行：")) << row_errors[2];
  EXPECT_NE(row_errors[2].find("暂停"), std::string::npos) << row_errors[2];
  EXPECT_EQ(Count({}), 0);
  // A missing required column is named before any row.
  EXPECT_FALSE(svc_->Import(actor_, editor_, 1, "certificates", "c.csv", "证明名称\n健康证明\n", false, &row_errors).ok());
  ASSERT_EQ(row_errors.size(), 2u);
  EXPECT_NE(row_errors[0].find("状态"), std::string::npos);

  // Columns by label or by key; an unknown column is reported, not refused.
  const std::string good =
      "证明名称,status,设定依据,备注\n"
      "营业执照复印件,取消,《国务院关于取消一批证明事项的决定》,改为部门间核验\n"
      "健康证明,告知承诺,《食品安全法》第四十五条,\n";
  EXPECT_EQ(svc_->Import(actor_, editor_, 1, "certificates", "c.csv", good, true, &row_errors).status().code(),
            Code::kDenied)
      << "publishing on import is the 公开办's";
  EXPECT_EQ(Count({}), 0);
  done = svc_->Import(actor_, officer_, 1, "certificates", "c.csv", good, true, &row_errors);
  ASSERT_TRUE(done.ok()) << (row_errors.empty() ? done.status().message() : row_errors[0]);
  EXPECT_EQ(done->imported, 2);
  EXPECT_TRUE(done->published);
  EXPECT_EQ(done->ignored_columns, std::vector<std::string>{"备注"});
  store::EntryFilter f;
  f.state = EntryState::kPublished;
  f.facet = "告知承诺";
  f.kind = "certificates";
  EXPECT_EQ(Count(f), 1);
  EXPECT_EQ(Audits("list_entry.import"), 1);
  EXPECT_EQ(announced_, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ListServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::lists
