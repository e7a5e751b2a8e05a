// 监督抽查: reading a results file (columns by the notices' names, the
// failed items in one column or three, every bad row named, nothing kept
// from a bad file) and a batch's life through the service on both backends.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/clock.h"
#include "supervision/sampling_service.h"
#include "testutil/test_db.h"

namespace gk::supervision {
namespace {

const Date kToday = Date::FromYmd(2026, 9, 21).value();

std::string Header() {
  return "产品名称,商标,规格型号,生产日期/批号,标称生产企业名称,标称生产企业地址,被抽样单位名称,"
         "被抽样单位所在省份,抽样日期,检验结果,不合格项目║检验结果║标准值,检验机构,分类\n";
}

TEST(SamplingFileTest, ReadsRowsAndFailedItemsInOneColumn) {
  const std::string csv =
      Header() +
      "熟牛肉,鲁源,散装,2026-09-01,济南鲁源食品有限公司,济南市章丘区,济南张记熟食店,山东,2026/9/10,不合格,"
      "\"菌落总数║2.1×10⁵CFU/g║≤10⁵CFU/g\n大肠菌群║50CFU/g║≤10CFU/g\",济南市检验中心,肉制品\n"
      "纯牛奶,华山,250mL,20260901,济南华山乳业有限公司,济南市历城区,济南万家超市,山东,2026年9月12日,合格,,"
      "济南市检验中心,乳制品\n";
  std::vector<std::string> errors;
  auto f = ReadResultsFile("r.csv", csv, kToday, &errors);
  ASSERT_TRUE(f.ok()) << (errors.empty() ? f.status().message() : errors.front());
  ASSERT_EQ(f->rows.size(), 2u);
  const auto& bad = f->rows[0];
  EXPECT_FALSE(bad.passed);
  ASSERT_EQ(bad.failed_items.size(), 2u);
  EXPECT_EQ(bad.failed_items[0].item, "菌落总数");
  EXPECT_EQ(bad.failed_items[0].result, "2.1×10⁵CFU/g");
  EXPECT_EQ(bad.failed_items[0].standard, "≤10⁵CFU/g");
  EXPECT_EQ(bad.failed_items[1].item, "大肠菌群");
  EXPECT_EQ(bad.sampled_on->ToString(), "2026-09-10");
  EXPECT_TRUE(f->rows[1].passed);
  EXPECT_TRUE(f->rows[1].failed_items.empty());
  EXPECT_EQ(f->rows[1].sampled_on->ToString(), "2026-09-12");
  EXPECT_EQ(f->rows[1].category, "乳制品");
  EXPECT_TRUE(f->ignored_columns.empty());
}

TEST(SamplingFileTest, ReadsFailedItemsInThreeColumnsAndOtherHeaderNames) {
  const std::string jsonl =
      R"({"样品名称":"辣椒酱","生产企业名称":"济南齐鲁调味品有限公司","结果判定":"不合格",)"
      R"("不合格项目":"苯甲酸；脱氢乙酸","不合格项目检验结果":"0.62g/kg；0.12g/kg","标准值":"≤0.5g/kg；不得使用",)"
      R"("食品大类":"调味品","说明":"x"})"
      "\n";
  std::vector<std::string> errors;
  auto f = ReadResultsFile("r.jsonl", jsonl, kToday, &errors);
  ASSERT_TRUE(f.ok()) << (errors.empty() ? f.status().message() : errors.front());
  ASSERT_EQ(f->rows.size(), 1u);
  ASSERT_EQ(f->rows[0].failed_items.size(), 2u);
  EXPECT_EQ(f->rows[0].failed_items[1].item, "脱氢乙酸");
  EXPECT_EQ(f->rows[0].failed_items[1].result, "0.12g/kg");
  EXPECT_EQ(f->rows[0].failed_items[1].standard, "不得使用");
  EXPECT_EQ(f->rows[0].category, "调味品");
  EXPECT_EQ(f->ignored_columns, std::vector<std::string>{"说明"});
}

// Every bad row is named with its line and every problem; nothing is kept.
TEST(SamplingFileTest, EveryBadRowIsNamed) {
  struct Case {
    const char* row;
    const char* expect;
  } cases[] = {
      {",鲁源,,,济南鲁源食品有限公司,,,,,合格,,,", "请填写产品名称"},
      {"酱油,,,,,,,,,合格,,,", "请填写标称生产企业名称或被抽样单位名称"},
      {"酱油,,,,甲公司,,,,,基本合格,,,", "检验结果“基本合格”应为 合格 或 不合格"},
      {"酱油,,,,甲公司,,,,,,,,", "请填写检验结果"},
      {"酱油,,,,甲公司,,,,,不合格,,,", "不合格的产品请填写不合格项目"},
      {"酱油,,,,甲公司,,,,,合格,氨基酸态氮║0.3║≥0.4,,", "检验结果为合格，却填写了不合格项目"},
      {"酱油,,,,甲公司,,,,2026-13-01,合格,,,", "抽样日期“2026-13-01”不是日期"},
      {"酱油,,,,甲公司,,,,2026-09-22,合格,,,", "晚于今天"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> errors;
    const std::string csv = Header() + "好产品,,,,乙公司,,,,,合格,,,\n" + c.row + "\n";
    auto f = ReadResultsFile("r.csv", csv, kToday, &errors);
    EXPECT_FALSE(f.ok()) << c.row;
    ASSERT_EQ(errors.size(), 1u) << c.row;
    EXPECT_NE(errors[0].find("第 3 行："), std::string::npos) << errors[0];
    EXPECT_NE(errors[0].find(c.expect), std::string::npos) << errors[0];
  }
  // Two problems in one row are both said; three separate columns must agree.
  std::vector<std::string> errors;
  auto f = ReadResultsFile("r.jsonl",
                           R"({"产品名称":"","标称生产企业名称":"","检验结果":"不合格","不合格项目":"a；b","标准值":"1；2；3"})",
                           kToday, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("请填写产品名称；请填写标称生产企业名称或被抽样单位名称"), std::string::npos) << errors[0];
  EXPECT_NE(errors[0].find("个数与之不一致"), std::string::npos) << errors[0];
}

TEST(SamplingFileTest, AFileWithoutTheColumnsIsRefusedWhole) {
  std::vector<std::string> errors;
  EXPECT_FALSE(ReadResultsFile("r.csv", "名称,结果\n酱油,合格\n", kToday, &errors).ok());
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], "文件缺少“产品名称”列");
  EXPECT_FALSE(ReadResultsFile("r.pdf", "x", kToday, &errors).ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_FALSE(ReadResultsFile("r.csv", Header(), kToday, &errors).ok());
  EXPECT_EQ(errors, std::vector<std::string>{"文件中没有数据行"});
  EXPECT_FALSE(ReadResultsFile("r.csv", "产品名称,样品名称,检验结果,被抽样单位\n", kToday, &errors).ok());
  EXPECT_NE(errors[0].find("是同一列"), std::string::npos) << errors[0];
}

TEST(SamplingFileTest, StrayPersonalDataIsMasked) {
  std::vector<std::string> errors;
  auto f = ReadResultsFile("r.csv",
                           Header() + "酱油,,,,甲公司,,张三小卖部（电话13905318888）,,,合格,,,\n", kToday, &errors);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->rows[0].sampled_entity.find("13905318888"), std::string::npos) << f->rows[0].sampled_entity;
  EXPECT_EQ(f->masked, 1);
}

class SamplingServiceTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(testing::AddTestAgencies(*tdb_->db(), false).ok());
    svc_ = std::make_unique<SamplingService>(tdb_->db(), clock_);
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
    editor_.roles = {{access::Role::kEditor, 1, 0}};
    other_.roles = {{access::Role::kOfficer, 2, 0}};
  }
  std::string File() {
    return Header() +
           "熟牛肉,鲁源,散装,,济南鲁源食品有限公司,济南市章丘区,济南张记熟食店,山东,2026-09-10,不合格,"
           "菌落总数║2.1×10⁵CFU/g║≤10⁵CFU/g,检验中心,肉制品\n"
           "酱卤肉,鲁源,250克,,济南鲁源食品有限公司,济南市章丘区,济南万家超市,山东,2026-09-11,合格,,检验中心,肉制品\n"
           "纯牛奶,华山,250mL,,济南华山乳业有限公司,济南市历城区,济南万家超市,山东,2026-09-12,合格,,检验中心,乳制品\n";
  }
  int64_t AuditCount() {
    long long n = 0;
    EXPECT_TRUE(tdb_->db()
                    ->Read([&](soci::session& sql) {
                      sql << "SELECT COUNT(*) FROM audit_log WHERE object_type = 'sampling'", soci::into(n);
                      return Status::Ok();
                    })
                    .ok());
    return n;
  }

  std::unique_ptr<testing::TestDatabase> tdb_;
  FakeClock clock_{1790000000};  // 2026-09-21 China time
  std::unique_ptr<SamplingService> svc_;
  access::Actor actor_{0, "测试", "127.0.0.1"};
  access::User officer_, editor_, other_;
};

TEST_P(SamplingServiceTest, ABatchIsImportedPublishedSearchedAndWithdrawn) {
  FieldErrors errors;
  std::vector<std::string> row_errors;
  // A bad form and a bad file: every problem at once, nothing stored.
  auto bad = svc_->Create(actor_, editor_, {1, "", "", ""}, "r.csv", Header() + "酱油,,,,,,,,,合格,,,\n", &errors,
                          &row_errors);
  EXPECT_FALSE(bad.ok());
  EXPECT_FALSE(errors.Get("title").empty());
  EXPECT_EQ(row_errors.size(), 1u);
  EXPECT_EQ(svc_->List({})->total, 0);

  auto id = svc_->Create(actor_, editor_, {1, "2026年第3期食品安全监督抽检信息通告", "济市监〔2026〕3号", "说明"},
                         "r.csv", File(), &errors, &row_errors);
  ASSERT_TRUE(id.ok()) << id.status().message();
  auto b = svc_->Get(id.value());
  EXPECT_EQ(b->total, 3);
  EXPECT_EQ(b->failed, 1);
  EXPECT_EQ(b->state, BatchState::kDraft);

  // Not public while a draft; the editor may not publish, another agency's officer neither.
  store::ResultFilter pub;
  pub.public_only = true;
  EXPECT_EQ(svc_->Results(pub)->total, 0);
  EXPECT_EQ(svc_->Publish(actor_, editor_, id.value()).code(), Code::kDenied);
  EXPECT_EQ(svc_->Publish(actor_, other_, id.value()).code(), Code::kDenied);

  // A bad replacement file keeps the old rows.
  EXPECT_FALSE(svc_->ReplaceFile(actor_, editor_, id.value(), "r2.csv", Header() + "x,,,,,,,,,合格,,,\n", &row_errors)
                   .ok());
  EXPECT_EQ(svc_->Get(id.value())->total, 3);

  ASSERT_TRUE(svc_->Publish(actor_, officer_, id.value()).ok());
  EXPECT_EQ(svc_->Get(id.value())->published_on->ToString(), "2026-09-21");
  // Published: no more edits.
  EXPECT_EQ(svc_->ReplaceFile(actor_, officer_, id.value(), "r.csv", File(), &row_errors).code(), Code::kConflict);

  // Searched by product, by company, by failed item; filtered and sorted.
  pub.text = "鲁源";
  EXPECT_EQ(svc_->Results(pub)->total, 2);
  pub.text = "菌落";
  EXPECT_EQ(svc_->Results(pub)->total, 1);
  pub.text = "";
  pub.company = "济南万家超市";
  EXPECT_EQ(svc_->Results(pub)->total, 2);
  pub.company = "";
  pub.passed = false;
  auto failed = svc_->Results(pub);
  ASSERT_EQ(failed->rows.size(), 1u);
  EXPECT_EQ(failed->rows[0].result.product, "熟牛肉");
  EXPECT_EQ(failed->rows[0].batch_title, "2026年第3期食品安全监督抽检信息通告");
  pub.passed.reset();
  pub.sort = store::ResultSort::kSampledOn;
  pub.descending = true;
  EXPECT_EQ(svc_->Results(pub)->rows.front().result.product, "纯牛奶");
  store::BatchFilter bf;
  bf.public_only = true;
  bf.text = "华山";
  EXPECT_EQ(svc_->List(bf)->total, 1);
  EXPECT_EQ(svc_->Categories(id.value()).value(), (std::vector<std::string>{"乳制品", "肉制品"}));

  // Withdrawal needs a reason.
  EXPECT_FALSE(svc_->Withdraw(actor_, officer_, id.value(), " ", &errors).ok());
  EXPECT_FALSE(errors.Get("reason").empty());
  ASSERT_TRUE(svc_->Withdraw(actor_, officer_, id.value(), "检验报告有误，待复检", &errors).ok());
  EXPECT_EQ(svc_->Get(id.value())->withdraw_reason, "检验报告有误，待复检");
  pub.text = "";
  pub.sort = store::ResultSort::kSeq;
  EXPECT_EQ(svc_->Results(pub)->total, 0);
  EXPECT_EQ(AuditCount(), 3);  // create, publish, withdraw
}

INSTANTIATE_TEST_SUITE_P(Backends, SamplingServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::supervision
