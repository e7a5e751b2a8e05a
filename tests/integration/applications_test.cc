// Black-box tests of 依申请公开 on the real binary: an application submitted
// online goes through confirmation, correction, extension, decision and
// sign-off, and its applicant follows it with the tracking code.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Qingxi-Mima-2026#";

class ApplicationsTest : public ::testing::Test {
 public:
  void SetUp() override { server_ = ServerProcess::Start(); }
  Browser NewBrowser() { return Browser(server_->host(), server_->port()); }
  Browser SignIn(const std::string& username) {
    Browser b = NewBrowser();
    const std::string otp = server_->DemoPassword(username);
    EXPECT_EQ(b.Login(username, otp).status, 303);
    b.Get("/console/password");
    EXPECT_EQ(b.Post("/console/password", {{"current", otp}, {"password", kPassword}, {"password2", kPassword}}).status,
              303);
    return b;
  }
  std::vector<std::pair<std::string, std::string>> Form(const std::string& page) {
    return {{"agency_id", "1"},
            {"applicant_type", "person"},
            {"applicant_name", "周申请"},
            {"id_type", "resident_id"},
            {"id_number", "11010519491231002x"},
            {"phone", "13912345678"},
            {"email", "zhou@example.com"},
            {"address", "济南市市中区（测试地址）"},
            {"description", "请公开2026年第一季度食品安全监督抽检结果中涉及我所在小区周边超市的抽检报告。"},
            {"medium", "electronic"},
            {"delivery", "email"},
            {"check_token", Capture(page, R"re(name="check_token" value="([^"]+)")re")},
            {"check_answer", HumanCheckAnswer(page)}};
  }
  // Submits the public form; returns {number, code}.
  std::pair<std::string, std::string> Submit(Browser& b) {
    auto page = b.Get("/apply");
    EXPECT_EQ(page.status, 200);
    auto r = b.Post("/apply", Form(page.body));
    EXPECT_EQ(r.status, 200) << r.body.substr(0, 3000);
    EXPECT_EQ(r.Header("Cache-Control"), "no-store");
    return {Capture(r.body, R"re(id="apply-number">([^<]+)<)re"), Capture(r.body, R"re(id="apply-code">([^<]+)<)re")};
  }
  // The console id of an application number (from the officer's list).
  std::string CaseId(Browser& officer, const std::string& number) {
    auto list = officer.Get("/console/applications?view=open");
    return Capture(list.body, R"re(href="/console/applications/(\d+)">)re" + number);
  }
  HttpResult Act(Browser& b, const std::string& id, const std::string& action,
                 std::vector<std::pair<std::string, std::string>> form = {}) {
    b.Get("/console/applications/" + id);
    return b.Post("/console/applications/" + id + "/act/" + action, std::move(form));
  }
  std::string State(Browser& b, const std::string& id) {
    return Capture(b.Get("/console/applications/" + id).body, R"re(id="case-state">([^<]+)<)re");
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(ApplicationsTest, FormRefusesBadInputClearlyAndKeepsWhatWasTyped) {
  Browser b = NewBrowser();
  auto page = b.Get("/apply");
  auto form = Form(page.body);
  for (auto& [k, v] : form) {
    if (k == "id_number") v = "110105194912310021";  // wrong check digit
    if (k == "description") v = "短";
  }
  auto r = b.Post("/apply", form);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("校验位"), std::string::npos);
  EXPECT_NE(r.body.find("请具体描述所需政府信息"), std::string::npos);
  EXPECT_NE(r.body.find("周申请"), std::string::npos);  // kept
  // A refused form stores none of its attachments; a good one stores them.
  auto files_stored = [&] {
    size_t n = 0;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(server_->data_dir() + "/files", ec);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file()) ++n;
    return n;
  };
  const size_t before = files_stored();
  const std::string pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
  page = b.Get("/apply");
  form = Form(page.body);
  for (auto& [k, v] : form)
    if (k == "description") v = "短";
  r = b.PostFile("/apply", "attachments", "身份证明.pdf", pdf, form);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("请具体描述所需政府信息"), std::string::npos);
  EXPECT_EQ(files_stored(), before);
  page = b.Get("/apply");
  r = b.PostFile("/apply", "attachments", "身份证明.pdf", pdf, Form(page.body));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(files_stored(), before + 1);
  // A wrong answer to the human check.
  page = b.Get("/apply");
  form = Form(page.body);
  for (auto& [k, v] : form) {
    if (k == "check_answer") v = "99";
    if (k == "description") v = "短";
  }
  r = b.Post("/apply", form);
  EXPECT_EQ(r.status, 400);
  // Every problem at once, also in the summary above the form.
  EXPECT_NE(r.body.find("验证题答案不正确"), std::string::npos);
  EXPECT_NE(r.body.find("请具体描述所需政府信息"), std::string::npos);
  EXPECT_NE(r.body.find("未提交，请修改以下问题"), std::string::npos);
}

// One solved human check carries one submission: the same token replayed
// after a successful submission is refused, and nothing more is stored.
// Every form gets its own human-check token, even forms served in the same
// second with the same sum: spending one must never refuse another.
TEST_F(ApplicationsTest, EveryFormHasItsOwnHumanCheckToken) {
  std::set<std::string> tokens;
  for (int i = 0; i < 30; ++i) {
    auto page = Fetch(server_->host(), server_->port(), "GET", "/apply");
    ASSERT_EQ(page.status, 200);
    tokens.insert(Capture(page.body, R"re(name="check_token" value="([^"]+)")re"));
  }
  EXPECT_EQ(tokens.size(), 30u);
}

TEST_F(ApplicationsTest, HumanCheckIsUsableOnce) {
  Browser b = NewBrowser();
  auto page = b.Get("/apply");
  const auto form = Form(page.body);
  auto first = b.Post("/apply", form);
  ASSERT_EQ(first.status, 200) << first.body.substr(0, 2000);
  auto replay = b.Post("/apply", form);
  EXPECT_EQ(replay.status, 400);
  EXPECT_NE(replay.body.find("验证题答案不正确、已过期或已使用过"), std::string::npos);
  EXPECT_EQ(replay.body.find("id=\"apply-number\""), std::string::npos);
  // From another client too (another cookie, same token and answer).
  Browser other = NewBrowser();
  other.Get("/apply");
  EXPECT_EQ(other.Post("/apply", form).status, 400);
  // A fresh check goes through.
  auto [number, code] = Submit(b);
  EXPECT_FALSE(number.empty());
}

// The export carries what the public typed; a spreadsheet must not run it.
TEST_F(ApplicationsTest, ExportDefusesFormulasTypedByThePublic) {
  Browser applicant = NewBrowser();
  auto page = applicant.Get("/apply");
  auto form = Form(page.body);
  const std::string formula = "=HYPERLINK(\"http://203.0.113.9/x\",\"请点击查看抽检报告详情\")";
  for (auto& [k, v] : form) {
    if (k == "description") v = formula;
    if (k == "applicant_name") v = "@SUM(1+1)";
  }
  ASSERT_EQ(applicant.Post("/apply", form).status, 200);
  Browser officer = SignIn("officer");
  auto csv = officer.Get("/console/applications/export");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0u) << "one BOM, at the start";
  EXPECT_EQ(csv.body.find("\xEF\xBB\xBF", 3), std::string::npos);
  EXPECT_NE(csv.body.find(",\"'=HYPERLINK(\"\"http://203.0.113.9/x\"\",\"\"请点击查看抽检报告详情\"\")\""),
            std::string::npos)
      << csv.body;
  EXPECT_EQ(csv.body.find(",\"=HYPERLINK"), std::string::npos);
  EXPECT_NE(csv.body.find(",'@SUM(1+1),"), std::string::npos) << csv.body;
}

TEST_F(ApplicationsTest, FromOnlineSubmissionToSignedReplyTheApplicantCanRead) {
  Browser applicant = NewBrowser();
  auto [number, code] = Submit(applicant);
  ASSERT_FALSE(number.empty());
  ASSERT_EQ(code.size(), 14u);

  // The applicant sees it waiting for confirmation; a wrong code learns nothing.
  applicant.Get("/apply/status");
  auto status = applicant.Post("/apply/status", {{"number", number}, {"code", code}});
  EXPECT_EQ(status.status, 200);
  EXPECT_NE(status.body.find("待接收确认"), std::string::npos);
  applicant.Get("/apply/status");
  auto wrong = applicant.Post("/apply/status", {{"number", number}, {"code", "AAAA-BBBB-CCCC"}});
  EXPECT_EQ(wrong.status, 404);
  EXPECT_NE(wrong.body.find("申请编号或查询码不正确"), std::string::npos);
  EXPECT_EQ(wrong.body.find("待接收确认"), std::string::npos);
  EXPECT_EQ(wrong.body.find("抽检报告"), std::string::npos);
  applicant.Get("/apply/status");
  auto no_such = applicant.Post("/apply/status", {{"number", "2026-999999"}, {"code", code}});
  EXPECT_EQ(no_such.status, 404);
  EXPECT_NE(no_such.body.find("申请编号或查询码不正确"), std::string::npos);

  // The public site never shows personal data.
  EXPECT_EQ(status.body.find("11010519491231002X"), std::string::npos);
  EXPECT_EQ(status.body.find("13912345678"), std::string::npos);

  Browser officer = SignIn("officer");
  const std::string id = CaseId(officer, number);
  ASSERT_FALSE(id.empty());
  auto file = officer.Get("/console/applications/" + id);
  EXPECT_NE(file.body.find("11010519491231002X"), std::string::npos);  // normalised, shown to the handler
  EXPECT_EQ(Act(officer, id, "receive").status, 303);
  EXPECT_EQ(State(officer, id), "办理中");
  // Refused for a missing note: the form comes back with the letter as the
  // officer had edited it, not a fresh draft.
  auto refused = Act(officer, id, "request_correction",
                     {{"note", ""}, {"letter_body", "经办人改写的补正告知书正文，\n<不可丢失>。"}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("未完成"), std::string::npos);
  EXPECT_NE(refused.body.find("经办人改写的补正告知书正文，\n&lt;不可丢失&gt;。"), std::string::npos);
  EXPECT_EQ(State(officer, id), "办理中");
  EXPECT_EQ(Act(officer, id, "request_correction", {{"note", "请写明超市名称。"}}).status, 303);
  EXPECT_EQ(State(officer, id), "待补正");
  // Art. 30: only once.
  EXPECT_EQ(Act(officer, id, "receive_correction", {{"note", "某某超市（历下店）"}}).status, 303);
  auto again = Act(officer, id, "request_correction", {{"note", "再补正"}});
  EXPECT_EQ(again.status, 303);
  EXPECT_NE(officer.Get("/console/applications/" + id).body.find("补正告知只能发出一次"), std::string::npos);
  EXPECT_EQ(State(officer, id), "办理中");
  // Extension: approved by the office's head (the signer), with a reason.
  Browser leader = SignIn("leader");
  EXPECT_EQ(Act(officer, id, "extend", {{"days", "10"}, {"note", "需要调取多个处室的检验报告"}}).status, 303);
  EXPECT_NE(officer.Get("/console/applications/" + id).body.find("第三十三条"), std::string::npos);
  EXPECT_EQ(Act(leader, id, "extend", {{"days", "10"}, {"note", ""}}).status, 400);  // a reason is required
  EXPECT_EQ(Act(leader, id, "extend", {{"days", "10"}, {"note", "需要调取多个处室的检验报告"}}).status, 303);
  auto page = officer.Get("/console/applications/" + id);
  EXPECT_NE(page.body.find("延长答复期限 10 个工作日"), std::string::npos);
  EXPECT_NE(page.body.find("延期答复告知书"), std::string::npos);

  // A refused decision comes back as typed, with the reason.
  officer.Get("/console/applications/" + id + "/decide?outcome=3.1");
  auto no_basis = officer.Post("/console/applications/" + id + "/act/draft_decision",
                               {{"outcome", "3.1"},
                                {"explanation", "经审查，所申请信息属于国家秘密。"},
                                {"legal_basis", ""},
                                {"letter_body", "改写过的答复正文。"}});
  EXPECT_EQ(no_basis.status, 400);
  EXPECT_NE(no_basis.body.find("第三十六条第三项"), std::string::npos);
  EXPECT_NE(no_basis.body.find("经审查，所申请信息属于国家秘密。"), std::string::npos);
  EXPECT_NE(no_basis.body.find("改写过的答复正文。"), std::string::npos);
  EXPECT_EQ(State(officer, id), "办理中");

  // Decision → sign-off. The drafter cannot sign; the configured signer can.
  officer.Get("/console/applications/" + id + "/decide?outcome=1");
  EXPECT_EQ(officer
                .Post("/console/applications/" + id + "/act/draft_decision",
                      {{"outcome", "1"}, {"explanation", "现将抽检报告提供给您。"}, {"letter_body", ""}})
                .status,
            303);
  EXPECT_EQ(State(officer, id), "待审签");
  EXPECT_EQ(Act(officer, id, "sign_off").status, 303);
  EXPECT_EQ(State(officer, id), "待审签");
  EXPECT_EQ(Act(leader, id, "sign_off").status, 303);
  EXPECT_EQ(State(leader, id), "已办结");

  // The applicant reads the reply letter with the tracking code.
  applicant.Get("/apply/status");
  status = applicant.Post("/apply/status", {{"number", number}, {"code", code}});
  EXPECT_NE(status.body.find("已办结"), std::string::npos);
  EXPECT_NE(status.body.find("予以公开"), std::string::npos);
  std::string letter_id =
      Capture(status.body, R"re(name="letter" value="(\d+)"><button[^>]*aria-label="查看政府信息公开申请答复告知书)re");
  ASSERT_FALSE(letter_id.empty()) << status.body;
  auto letter = applicant.Post("/apply/letter", {{"number", number}, {"code", code}, {"letter", letter_id}});
  EXPECT_EQ(letter.status, 200);
  EXPECT_NE(letter.body.find("周申请"), std::string::npos);
  EXPECT_NE(letter.body.find("依申〔"), std::string::npos);
  auto stolen = NewBrowser();
  stolen.Get("/apply/status");
  EXPECT_EQ(
      stolen.Post("/apply/letter", {{"number", number}, {"code", "ZZZZ-ZZZZ-ZZZZ"}, {"letter", letter_id}}).status,
      404);

  // Issued letters and the closed case no longer change.
  EXPECT_EQ(Act(officer, id, "withdraw").status, 303);
  EXPECT_EQ(State(officer, id), "已办结");
  EXPECT_EQ(Act(officer, id, "archive").status, 303);
  EXPECT_EQ(State(officer, id), "已归档");

  // The annual tables count it, balanced; the CLI says the same.
  auto report = officer.Get("/console/applications/report?year=" + number.substr(0, 4) + "&format=json");
  EXPECT_EQ(report.status, 200);
  EXPECT_NE(report.body.find("\"balanced\": true"), std::string::npos);
  std::string out, err;
  EXPECT_EQ(ServerProcess::Run({"report", "applications", "--year", number.substr(0, 4), "--format", "csv", "--data",
                                server_->data_dir()},
                               &out, &err),
            0)
      << err;
  EXPECT_NE(out.find("（一）予以公开"), std::string::npos);

  // Every change is in the audit log, views of personal data included.
  Browser admin = NewBrowser();
  EXPECT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  auto audit = admin.Get("/console/audit?action=application.");
  EXPECT_NE(audit.body.find("application.view"), std::string::npos);
  EXPECT_NE(audit.body.find("application.sign_off"), std::string::npos);
}

// The actions the transition table alone covered until now, over HTTP: each
// refused without its required input (the form comes back, the state stays),
// then done, with its effect on the case page and in the case history.
// 依申请转主动 over HTTP: the demo's case closed with 予以公开 is offered; a
// wrong 索引号 is refused with the reason and what was typed kept; the
// decision is recorded once, audited, and counted in the annual report's
// section 一; a 信息员 cannot open the page.
TEST_F(ApplicationsTest, ProactivePublicationDecidedAndCountedInTheReport) {
  Browser officer = SignIn("officer");
  Browser editor = SignIn("editor");
  EXPECT_EQ(editor.Get("/console/applications/proactive").status, 403);
  auto page = officer.Get("/console/applications/proactive");
  ASSERT_EQ(page.status, 200);
  const std::string id = Capture(page.body, R"re(<div class="proactive-candidate" id="candidate-(\d+)">)re");
  ASSERT_FALSE(id.empty()) << page.body.substr(0, 3000);
  EXPECT_TRUE(Has(officer.Get("/console/applications").body, "/console/applications/proactive"));
  auto refused = officer.Post("/console/applications/proactive/" + id,
                              {{"choice", "publish"}, {"index_no", "11370100MB28696235/2099-99999"}, {"reason", ""}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(Has(refused.body, "没有已发布的索引号为 11370100MB28696235/2099-99999 的信息"));
  EXPECT_TRUE(Has(refused.body, "value=\"11370100MB28696235/2099-99999\""));
  officer.Get("/console/applications/proactive");
  ASSERT_EQ(officer
                .Post("/console/applications/proactive/" + id,
                      {{"choice", "publish"}, {"index_no", "11370100MB28696235/2020-00757"}, {"reason", ""}})
                .status,
            303);
  auto after = officer.Get("/console/applications/proactive");
  EXPECT_FALSE(Has(after.body, "id=\"candidate-" + id + "\""));
  EXPECT_TRUE(Has(after.body, "已转为主动公开，索引号 11370100MB28696235/2020-00757"));
  EXPECT_EQ(officer.Post("/console/applications/proactive/" + id, {{"choice", "unsuitable"}, {"reason", "x"}}).status,
            409);
  Browser admin = NewBrowser();
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  EXPECT_TRUE(Has(admin.Get("/console/audit?action=application.proactive").body, "已转为主动公开"));
  const std::string year = std::to_string(ChinaYearNow());
  EXPECT_TRUE(Has(officer.Get("/console/reports/1/" + year).body, "依申请转为主动公开 1 件"));
}

TEST_F(ApplicationsTest, TopicJointReviewFeeWaiverAndSendBackOverHttp) {
  Browser applicant = NewBrowser();
  auto [number, code] = Submit(applicant);
  ASSERT_FALSE(number.empty());
  Browser officer = SignIn("officer");
  Browser leader = SignIn("leader");
  const std::string id = CaseId(officer, number);
  ASSERT_FALSE(id.empty());
  ASSERT_EQ(Act(officer, id, "receive").status, 303);
  ASSERT_EQ(State(officer, id), "办理中");
  auto history = [&] {
    auto page = officer.Get("/console/applications/" + id);
    return Capture(page.body, R"re(id="events-title">办理记录</h2>([\s\S]*?)</tbody>)re");
  };

  // set_topic: one of the national topics, nothing else.
  auto bad_topic = Act(officer, id, "set_topic", {{"topic", "不存在的分类"}});
  EXPECT_EQ(bad_topic.status, 400);
  EXPECT_NE(bad_topic.body.find("请选择主题分类"), std::string::npos);
  EXPECT_NE(officer.Get("/console/applications/" + id).body.find("<dt>主题分类</dt><dd>（未设置）</dd>"),
            std::string::npos);
  EXPECT_EQ(Act(officer, id, "set_topic", {{"topic", "市场监管、安全生产监管"}}).status, 303);
  auto page = officer.Get("/console/applications/" + id);
  EXPECT_NE(page.body.find("<dt>主题分类</dt><dd>市场监管、安全生产监管</dd>"), std::string::npos);
  EXPECT_NE(page.body.find("<option selected>市场监管、安全生产监管</option>"), std::string::npos);
  EXPECT_EQ(State(officer, id), "办理中");

  // joint_review: needs the opinion; kept in the case with who gave it.
  auto no_opinion = Act(officer, id, "joint_review", {{"note", "  "}});
  EXPECT_EQ(no_opinion.status, 400);
  EXPECT_NE(no_opinion.body.find("请填写会商意见"), std::string::npos);
  EXPECT_EQ(officer.Get("/console/applications/" + id).body.find("id=\"joint-title\""), std::string::npos);
  EXPECT_EQ(Act(officer, id, "joint_review", {{"note", "法制科认为可以公开，应隐去被抽检人个人信息。"}}).status, 303);
  page = officer.Get("/console/applications/" + id);
  const std::string joint = Capture(page.body, R"re(id="joint-title">会商</h2><p class="prose-pre">([^<]*)</p>)re");
  EXPECT_NE(joint.find("法制科认为可以公开，应隐去被抽检人个人信息。"), std::string::npos) << joint;
  EXPECT_NE(joint.find("：法制科"), std::string::npos) << "the opinion is signed with its author's name";
  EXPECT_NE(history().find("提交会商"), std::string::npos);
  EXPECT_EQ(State(officer, id), "办理中");

  // waive_fee: only while a fee is pending, and only with a reason.
  auto too_early = Act(officer, id, "waive_fee", {{"note", "申请人经济困难"}});
  EXPECT_EQ(too_early.status, 303);  // refused by the state: back to the case with the reason
  EXPECT_NE(officer.Get("/console/applications/" + id).body.find("不能减免费用"), std::string::npos);
  ASSERT_EQ(Act(officer, id, "notify_fee", {{"fee_method", "per-page"}, {"pages", "200"}}).status, 303);
  ASSERT_EQ(State(officer, id), "待缴费");
  EXPECT_NE(officer.Get("/console/applications/" + id).body.find("id=\"a-wv-note\""), std::string::npos);
  auto no_reason = Act(officer, id, "waive_fee", {{"note", ""}});
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_NE(no_reason.body.find("请写明减免理由"), std::string::npos);
  EXPECT_EQ(State(officer, id), "待缴费");
  EXPECT_EQ(Act(officer, id, "waive_fee", {{"note", "申请人为低保户，依规减免。"}}).status, 303);
  EXPECT_EQ(State(officer, id), "办理中");
  EXPECT_NE(history().find("申请人为低保户，依规减免。"), std::string::npos);
  EXPECT_EQ(officer.Get("/console/applications/" + id).body.find("id=\"a-wv-note\""), std::string::npos);

  // send_back: the signer returns the draft reply with an opinion.
  officer.Get("/console/applications/" + id + "/decide?outcome=1");
  ASSERT_EQ(officer
                .Post("/console/applications/" + id + "/act/draft_decision",
                      {{"outcome", "1"}, {"explanation", "现将抽检报告提供给您。"}, {"letter_body", ""}})
                .status,
            303);
  ASSERT_EQ(State(officer, id), "待审签");
  // The drafter is not the signer: refused, the draft stays for sign-off.
  EXPECT_EQ(Act(officer, id, "send_back", {{"note", "自己退回"}}).status, 303);
  EXPECT_NE(officer.Get("/console/applications/" + id).body.find("只有本机关指定的审签人"), std::string::npos);
  EXPECT_EQ(State(officer, id), "待审签");
  auto no_opinion_back = Act(leader, id, "send_back", {{"note", ""}});
  EXPECT_EQ(no_opinion_back.status, 400);
  EXPECT_NE(no_opinion_back.body.find("请写明退回意见"), std::string::npos);
  EXPECT_EQ(State(leader, id), "待审签");
  EXPECT_EQ(Act(leader, id, "send_back", {{"note", "请补充抽检报告的获取方式。"}}).status, 303);
  EXPECT_EQ(State(officer, id), "办理中");
  const std::string after = history();
  EXPECT_NE(after.find("审签退回"), std::string::npos);
  EXPECT_NE(after.find("请补充抽检报告的获取方式。"), std::string::npos);
  EXPECT_NE(after.find("赵主任"), std::string::npos) << "the history names who sent it back";
  // Decided again, the reply can be signed off.
  officer.Get("/console/applications/" + id + "/decide?outcome=1");
  ASSERT_EQ(
      officer
          .Post("/console/applications/" + id + "/act/draft_decision",
                {{"outcome", "1"}, {"explanation", "现将抽检报告提供给您，可来人领取或邮寄。"}, {"letter_body", ""}})
          .status,
      303);
  EXPECT_EQ(Act(leader, id, "sign_off").status, 303);
  EXPECT_EQ(State(leader, id), "已办结");
  // Each action is in the audit log under its own name.
  Browser admin = NewBrowser();
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  for (const std::string a : {"set_topic", "joint_review", "waive_fee", "send_back"}) {
    auto audit = admin.Get("/console/audit?action=application." + a);
    EXPECT_NE(audit.body.find(number), std::string::npos) << a;
  }
}

TEST_F(ApplicationsTest, StaffRegisterPaperApplicationsAndOthersCannotSeeThem) {
  Browser officer = SignIn("officer");
  // The 登记回执 is offered for editing, placeholders and all.
  auto form = officer.Get("/console/applications/new");
  EXPECT_NE(form.body.find("政府信息公开申请登记回执"), std::string::npos);
  EXPECT_NE(form.body.find("{{application_no}}"), std::string::npos);
  auto r = officer.Post("/console/applications",
                        {{"agency_id", "1"},
                         {"channel", "registered_post"},
                         {"received_on", "2026-09-28"},
                         {"applicant_type", "business"},
                         {"applicant_name", "济南某某食品有限公司"},
                         {"contact_person", "吴经理"},
                         {"id_type", "uscc"},
                         {"id_number", "11370100MB28696235"},
                         {"address", "济南市槐荫区（测试地址）"},
                         {"description", "请公开本公司2026年度产品质量监督抽查的检验报告。"},
                         {"medium", "paper"},
                         {"delivery", "post"},
                         {"letter_body",
                          "# 政府信息公开申请登记回执\n\n{{applicant_name}}：\n\n本机关已登记您的申请，"
                          "申请编号 {{application_no}}。随信寄回的营业执照复印件已收讫。\n\n{{agency_name}}"}});
  ASSERT_EQ(r.status, 303) << r.body.substr(0, 2000);
  std::string id = Capture(r.Header("Location"), R"re(/console/applications/(\d+))re");
  ASSERT_FALSE(id.empty());
  auto page = officer.Get("/console/applications/" + id);
  // Received before 国庆 2026: 9/29 9/30, 10/8 10/9 10/10(Sat, make-up) ... = 2026-10-30.
  EXPECT_NE(page.body.find("id=\"case-due\">2026-10-30<"), std::string::npos);
  EXPECT_NE(page.body.find("登记回执"), std::string::npos);
  // The letter as edited, its placeholders filled on issue.
  std::string letter_url = Capture(page.body, R"re(href="(/console/applications/\d+/letters/\d+)")re");
  ASSERT_FALSE(letter_url.empty());
  auto letter = officer.Get(letter_url);
  EXPECT_NE(letter.body.find("营业执照复印件已收讫"), std::string::npos) << letter.body.substr(0, 3000);
  EXPECT_NE(letter.body.find("济南某某食品有限公司："), std::string::npos);
  EXPECT_EQ(letter.body.find("{{"), std::string::npos);
  // Exports mask identity numbers; the console home counts what is open.
  auto csv = officer.Get("/console/applications/export");
  EXPECT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("113701********6235"), std::string::npos);
  EXPECT_EQ(csv.body.find("11370100MB28696235"), std::string::npos);
  // The year's statistics count it under its channel (not only a 200).
  auto stats = officer.Get("/console/applications/stats?year=2026");
  EXPECT_EQ(stats.status, 200);
  EXPECT_NE(stats.body.find("依申请公开统计（2026 年）"), std::string::npos);
  EXPECT_TRUE(std::regex_search(stats.body, std::regex(R"re(<th scope="row">邮政挂号信/EMS</th><td>[1-9]\d*</td>)re")))
      << stats.body.substr(0, 4000);
  EXPECT_NE(officer.Get("/console").body.find("待接收确认"), std::string::npos);
  // Other staff: not even the case page.
  Browser editor = SignIn("editor");
  EXPECT_EQ(editor.Get("/console/applications/" + id).status, 403);
  EXPECT_EQ(editor.Get("/console/applications/new").status, 403);
  EXPECT_EQ(editor.Get("/console/applications/export").status, 403);
  EXPECT_EQ(editor.Get("/console/applications/signers").status, 403);

  // The administrator names the signers: only 公开办 staff of the agency.
  Browser admin = NewBrowser();
  EXPECT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  auto signers = admin.Get("/console/applications/signers");
  EXPECT_EQ(signers.status, 200);
  const std::string officer_id =
      Capture(signers.body,
              R"re(id="s-1-(\d+)" name="signers" type="checkbox" value="\d+"><label for="s-1-\d+">[^<]*（officer）)re");
  ASSERT_FALSE(officer_id.empty()) << signers.body;
  EXPECT_EQ(admin.Post("/console/applications/signers/1", {{"signers", officer_id}}).status, 303);
  EXPECT_NE(admin.Get("/console/audit?action=application.").body.find("application.signers"), std::string::npos);
}

TEST_F(ApplicationsTest, DeadlineCalculatorExplainsTheCount) {
  auto r = Fetch(server_->host(), server_->port(), "GET", "/tools/deadline?start=2026-02-06&days=20");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("id=\"deadline-result\">2026-03-12<"), std::string::npos);
  EXPECT_NE(r.body.find("调休上班"), std::string::npos);
  r = Fetch(server_->host(), server_->port(), "GET", "/tools/deadline?from=2098-12-20&to=2099-01-10");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("日历未发布"), std::string::npos);
  r = Fetch(server_->host(), server_->port(), "GET", "/tools/deadline?start=2026-13-01&days=20");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("起算日期格式不正确"), std::string::npos);
}

}  // namespace
}  // namespace gk::testing

namespace gk::testing {
namespace {

// Per-address limits (here: 30 status look-ups in ten minutes) count the
// client a trusted proxy names in X-Forwarded-For, and only then: a client
// that sends the header itself, not through such a proxy, is still counted
// by its own address.
int LookupsUntilRefused(ServerProcess& server, const std::string& forwarded_for) {
  Browser b(server.host(), server.port());
  if (!forwarded_for.empty()) b.SetHeader("X-Forwarded-For", forwarded_for);
  for (int i = 1; i <= 40; ++i) {
    b.Get("/apply/status");
    auto r = b.Post("/apply/status", {{"number", "依申〔2026〕9999号"}, {"code", "AAAA-BBBB-CCCC"}});
    if (r.status == 429) return i;
    EXPECT_EQ(r.status, 404) << r.body.substr(0, 500);
  }
  return 0;
}

TEST(TrustedProxyTest, LimitsCountTheForwardedClientOnlyBehindATrustedProxy) {
  auto proxied = ServerProcess::Start({"--set", "server.trusted_proxies=127.0.0.1,::1"});
  EXPECT_EQ(LookupsUntilRefused(*proxied, "203.0.113.7"), 31);
  // Another client behind the same proxy has its own allowance...
  EXPECT_EQ(LookupsUntilRefused(*proxied, "198.51.100.1, 203.0.113.8"), 31);
  // ...and a forged entry further left changes nothing: the proxy's own
  // (rightmost) entry names the client, 203.0.113.7, already refused.
  EXPECT_EQ(LookupsUntilRefused(*proxied, "198.51.100.2, 203.0.113.7"), 1);

  auto direct = ServerProcess::Start();
  EXPECT_EQ(LookupsUntilRefused(*direct, "203.0.113.7"), 31);
  EXPECT_EQ(LookupsUntilRefused(*direct, "203.0.113.9"), 1);  // the header is ignored
}

TEST_F(ApplicationsTest, StaffDownloadTheApplicantsFilesWithByteRanges) {
  Browser applicant = NewBrowser();
  auto page = applicant.Get("/apply");
  std::string pdf = "%PDF-1.4\n";
  for (int i = 0; pdf.size() < 200000; ++i) pdf += std::to_string(i) + " ";
  auto r = applicant.PostFile("/apply", "attachments", "身份证明.pdf", pdf, Form(page.body));
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 2000);
  const std::string number = Capture(r.body, R"re(id="apply-number">([^<]+)<)re");
  Browser officer = SignIn("officer");
  const std::string id = CaseId(officer, number);
  ASSERT_FALSE(id.empty());
  const std::string url = Capture(officer.Get("/console/applications/" + id).body,
                                  "href=\"(/console/applications/" + id + "/files/\\d+)\"");
  ASSERT_FALSE(url.empty());
  auto whole = officer.Get(url);
  EXPECT_EQ(whole.status, 200);
  EXPECT_EQ(whole.Header("Content-Type"), "application/pdf");
  EXPECT_EQ(whole.Header("Cache-Control"), "no-store");
  EXPECT_TRUE(whole.body == pdf);
  officer.SetHeader("Range", "bytes=100-");
  auto tail = officer.Get(url);
  EXPECT_EQ(tail.status, 206);
  EXPECT_TRUE(tail.body == pdf.substr(100));
}

}  // namespace
}  // namespace gk::testing
