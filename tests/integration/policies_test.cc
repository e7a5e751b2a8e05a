// 政策解读 and 惠企政策 from outside: a policy that must go out with its
// interpretation waits after 终审, the interpretation is drafted in the
// work plan's sections from the policy's page, and its approval publishes
// both (linked both ways, in the API); the 公开办 alone may waive the
// interpretation, with a recorded reason; an enterprise policy's form
// reports every problem at once, and the published one shows its card, is
// listed on /policies with its phase and filters, and in /api/v1/policies.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Zhengce-Jiedu-2026#";

class PoliciesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
    editor_ = SignInDemo(*server_, "editor", kPassword);
    officer_ = SignInDemo(*server_, "officer", kPassword);
    r1_ = SignInDemo(*server_, "reviewer", kPassword);
    r2_ = NewDemoStaff(*server_, "fushen", "reviewer", kPassword);
    r3_ = NewDemoStaff(*server_, "zhongshen", "reviewer", kPassword);
    ASSERT_TRUE(editor_ && officer_ && r1_ && r2_ && r3_);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }

  // Posts the item form as the editor; returns the new item's console id ("" on failure).
  std::string Create(std::vector<std::pair<std::string, std::string>> fields, HttpResult* result = nullptr) {
    editor_->Get("/console/items/new");
    std::vector<std::pair<std::string, std::string>> form = {{"agency_id", "1"},
                                                             {"written_on", ChinaDateFromToday(-1)},
                                                             {"topic", "市场监管、安全生产监管"},
                                                             {"category", "政策文件"},
                                                             {"genre", "意见"},
                                                             {"art20", "1"},
                                                             {"disclosure", "proactive"}};
    form.insert(form.end(), fields.begin(), fields.end());
    auto r = editor_->Post("/console/items", form);
    if (result) *result = r;
    std::smatch m;
    std::string location = r.Header("Location");
    if (r.status != 303 || !std::regex_search(location, m, std::regex(R"(/console/items/(\d+))"))) return "";
    return m[1];
  }
  // Submitted by the editor and approved through 初审 复审 终审.
  void ThreeStages(const std::string& id) {
    ASSERT_EQ(editor_->Post("/console/items/" + id + "/submit", {}).status, 303);
    for (Browser* b : {&*r1_, &*r2_, &*r3_}) {
      b->Get("/console/items/" + id);
      auto r = b->Post("/console/items/" + id + "/approve", {{"comment", "同意"}});
      ASSERT_EQ(r.status, 303) << r.body.substr(0, 2000);
    }
  }
  std::string PublicUrl(const std::string& id) {
    auto view = editor_->Get("/console/items/" + id);
    std::smatch m;
    if (!std::regex_search(view.body, m, std::regex(R"re(href="(/items/11370100MB28696235/\d{4}-\d{5})")re")))
      return "";
    return m[1];
  }

  std::unique_ptr<ServerProcess> server_;
  std::optional<Browser> editor_, officer_, r1_, r2_, r3_;
};

TEST_F(PoliciesTest, APolicyAndItsInterpretationGoOutTogether) {
  const std::string policy = Create({{"title", "关于支持网络交易平台小微商户发展的若干措施"},
                                     {"body_md", "为支持平台内小微商户发展，提出以下措施。"},
                                     {"needs_interpretation", "1"}});
  ASSERT_FALSE(policy.empty());
  ThreeStages(policy);
  auto waiting = editor_->Get("/console/items/" + policy);
  EXPECT_TRUE(Has(waiting.body, "待政策解读审核通过后同步发布"));
  EXPECT_TRUE(Has(editor_->Get("/console/items").body, "待同步发布")) << "the author's list says what it waits for";
  EXPECT_EQ(PublicUrl(policy), "") << "no index number before its interpretation";
  EXPECT_FALSE(Has(Public("/columns/zcwj").body, "网络交易平台小微商户"));

  // The interpretation editor, from the policy's page: the seven sections.
  auto editor_page = editor_->Get("/console/items/new-interpretation?interprets=" + policy);
  ASSERT_EQ(editor_page.status, 200);
  for (const char* s :
       {"背景依据", "出台目的", "主要内容和重要举措", "适用范围", "关键词解释", "执行时间", "解读机关及联系方式"})
    EXPECT_TRUE(Has(editor_page.body, s)) << s;
  EXPECT_TRUE(Has(editor_page.body, "《关于支持网络交易平台小微商户发展的若干措施》政策解读"));
  EXPECT_EQ(editor_->Get("/console/items/new-interpretation?interprets=999999").status, 404);

  const std::string interpretation = Create({{"title", "《关于支持网络交易平台小微商户发展的若干措施》政策解读"},
                                             {"category", "政策解读"},
                                             {"genre", "解读"},
                                             {"interprets_id", policy},
                                             {"interpretation_form", "text"},
                                             {"section_1", "依据《电子商务法》。"},
                                             {"section_3", "共 10 条<script>x</script>措施。"},
                                             {"section_7", "网络交易监督管理处，0531-1"}});
  ASSERT_FALSE(interpretation.empty());
  ThreeStages(interpretation);

  const std::string policy_url = PublicUrl(policy), interpretation_url = PublicUrl(interpretation);
  ASSERT_FALSE(policy_url.empty());
  ASSERT_FALSE(interpretation_url.empty());
  auto policy_page = Public(policy_url);
  EXPECT_TRUE(Has(policy_page.body, "政策解读：<a href=\"" + interpretation_url + "\">"));
  auto jd = Public(interpretation_url);
  EXPECT_TRUE(Has(jd.body, "原文：<a href=\"" + policy_url + "\">"));
  EXPECT_TRUE(Has(jd.body, "一、背景依据"));
  EXPECT_TRUE(Has(jd.body, "二、主要内容和重要举措"));
  EXPECT_TRUE(Has(jd.body, "三、解读机关及联系方式"));
  EXPECT_FALSE(Has(jd.body, "<script>x"));
  auto api = nlohmann::json::parse(Public("/api/v1" + policy_url).body);
  ASSERT_EQ(api["interpretations"].size(), 1u);
  EXPECT_EQ(api["interpretations"][0]["url"], interpretation_url);
  auto api_jd = nlohmann::json::parse(Public("/api/v1" + interpretation_url).body);
  EXPECT_EQ(api_jd["interpretation"]["policy"]["url"], policy_url);
  EXPECT_EQ(api_jd["interpretation"]["form"], "text");
  Browser admin(server_->host(), server_->port());
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  EXPECT_TRUE(Has(admin.Get("/console/audit?action=item.release").body, "政策解读已审定，同步发布"));
}

TEST_F(PoliciesTest, OnlyTheOfficeWaivesTheInterpretationAndTheReasonIsKept) {
  const std::string policy = Create({{"title", "关于疫情期间市场价格监管的紧急通告"},
                                     {"body_md", "紧急通告。"},
                                     {"needs_interpretation", "1"},
                                     {"waiver_reason", "表单里带的理由不算"}});
  ASSERT_FALSE(policy.empty());
  ThreeStages(policy);
  editor_->Get("/console/items/" + policy);
  EXPECT_EQ(editor_->Post("/console/items/" + policy + "/waive-interpretation", {{"waiver_reason", "急"}}).status, 403);
  auto page = officer_->Get("/console/items/" + policy);
  EXPECT_TRUE(Has(page.body, "记录理由并允许发布"));
  auto blank = officer_->Post("/console/items/" + policy + "/waive-interpretation", {{"waiver_reason", " "}});
  EXPECT_EQ(blank.status, 303);
  EXPECT_TRUE(Has(officer_->Get("/console/items/" + policy).body, "请填写不配发解读即发布的理由"));
  EXPECT_EQ(PublicUrl(policy), "");
  auto ok = officer_->Post("/console/items/" + policy + "/waive-interpretation",
                           {{"waiver_reason", "价格异常波动，须立即发布"}});
  EXPECT_EQ(ok.status, 303);
  auto after = officer_->Get("/console/items/" + policy);
  EXPECT_TRUE(Has(after.body, "经公开办批准不配发解读发布：价格异常波动，须立即发布"));
  EXPECT_FALSE(Has(after.body, "表单里带的理由不算"));
  EXPECT_EQ(Public(PublicUrl(policy)).status, 200);
}

TEST_F(PoliciesTest, AnEnterprisePolicyIsCheckedShownListedAndFiltered) {
  HttpResult refused;
  EXPECT_EQ(
      Create({{"title", "关于小微企业首贷贴息的通知"}, {"enterprise", "1"}, {"enterprise_starts_on", "2026-13-01"}},
             &refused),
      "");
  EXPECT_EQ(refused.status, 400);
  for (const char* message :
       {"请填写惠企政策的适用对象", "请填写承办部门", "请填写联系方式", "请填写申请条件", "请按“年-月-日”填写日期"})
    EXPECT_TRUE(Has(refused.body, message)) << message;
  EXPECT_TRUE(Has(refused.body, "value=\"2026-13-01\"")) << "the date as typed comes back";

  const std::string id = Create({{"title", "关于小微企业首贷贴息的通知"},
                                 {"body_md", "对首次获得贷款的小微企业给予贴息。"},
                                 {"enterprise", "1"},
                                 {"enterprise_audiences", "小微企业、个体工商户"},
                                 {"enterprise_conditions", "在本市登记注册，首次获得银行贷款。"},
                                 {"enterprise_materials", "1. 申请表\n2. 贷款合同"},
                                 {"enterprise_procedure", "网上申报，15 个工作日内审核"},
                                 {"enterprise_department", "信用监督管理处"},
                                 {"enterprise_contact", "0531-66666666"},
                                 {"enterprise_starts_on", ChinaDateFromToday(-3)},
                                 {"enterprise_ends_on", ChinaDateFromToday(30)},
                                 {"enterprise_basis", "《优化营商环境条例》"}});
  ASSERT_FALSE(id.empty());
  ThreeStages(id);
  const std::string url = PublicUrl(id);
  auto page = Public(url);
  EXPECT_TRUE(Has(page.body, "申报要点"));
  EXPECT_TRUE(Has(page.body, "phase-open\">申报中"));
  EXPECT_TRUE(Has(page.body, "小微企业、个体工商户"));
  EXPECT_TRUE(Has(page.body, ChinaDateFromToday(-3) + " 至 " + ChinaDateFromToday(30)));

  auto list = Public("/policies");
  EXPECT_TRUE(Has(list.body, "关于小微企业首贷贴息的通知"));
  EXPECT_TRUE(Has(list.body, "<option>信用监督管理处</option>"));
  // Open ones first: the new one before the demo's closed one.
  EXPECT_LT(list.body.find("关于小微企业首贷贴息的通知"), list.body.find("已截止"));
  EXPECT_TRUE(Has(Public("/policies?audience=" + http::PercentEncode("个体工商户")).body, "首贷贴息"));
  EXPECT_FALSE(Has(Public("/policies?audience=" + http::PercentEncode("制造业企业")).body, "首贷贴息"));
  EXPECT_FALSE(Has(Public("/policies?department=" + http::PercentEncode("标准化处")).body, "首贷贴息"));
  auto api = nlohmann::json::parse(Public("/api/v1/policies?department=" + http::PercentEncode("信用监督管理处")).body);
  ASSERT_EQ(api["total"], 1);
  EXPECT_EQ(api["policies"][0]["enterprise"]["phase"], "open");
  EXPECT_EQ(api["policies"][0]["enterprise"]["phase_label"], "申报中");
  EXPECT_EQ(api["policies"][0]["enterprise"]["audiences"][1], "个体工商户");
  auto one = nlohmann::json::parse(Public("/api/v1" + url).body);
  EXPECT_EQ(one["enterprise"]["ends_on"], ChinaDateFromToday(30));
}

}  // namespace
}  // namespace gk::testing
