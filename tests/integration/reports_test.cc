// 年度报告, 规范性文件 and 发布前内容检查 from outside: the 公开办 compiles the
// demo bureau's report in the console (others refused), enters what the
// records lack (every problem named at once), drafts it as a catalogue item;
// `gongkai report annual` in every format (the XLSX read back cell by cell,
// the PDF's pages and text); the 现行有效 list and the expiry warning; the
// content check in the console (a one-click mask, approval refused without a
// reason and audited with one) and `gongkai check` on a file; the
// administrators' wording list.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "common/table_file.h"
#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Niandu-Baogao-2026#";

class ReportsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  int Cli(std::vector<std::string> args, std::string* out, std::string* err) {
    args.push_back("--data");
    args.push_back(server_->data_dir());
    return ServerProcess::Run(args, out, err);
  }
  // A draft in the 通知公告 column with this body; its console URL.
  std::string Draft(Browser& editor, const std::string& title, const std::string& body) {
    auto form = editor.Get("/console/items/new");
    std::smatch m;
    EXPECT_TRUE(
        std::regex_search(form.body, m, std::regex(R"re(value="(\d+)"[^>]*><label for="it-col-\d+">通知公告 )re")));
    std::string column = m[1];
    auto r = editor.Post("/console/items", {{"title", title},
                                            {"agency_id", "1"},
                                            {"written_on", ChinaDateFromToday(-1)},
                                            {"category", "通知公告"},
                                            {"topic", "综合政务"},
                                            {"genre", "通知"},
                                            {"art20", "0"},
                                            {"disclosure", "proactive"},
                                            {"columns", column},
                                            {"body_md", body}});
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 3000);
    return r.Header("Location");
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(ReportsTest, TheOfficeCompilesTheReportAndDraftsItForReview) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(officer && editor && reviewer);
  const std::string year = std::to_string(ChinaYearNow());
  const std::string url = "/console/reports/1/" + year;
  for (auto* b : {&*editor, &*reviewer}) {
    EXPECT_EQ(b->Get("/console/reports").status, 403);
    EXPECT_EQ(b->Get(url).status, 403);
    EXPECT_EQ(b->Post(url, {{"fees", "1"}}).status, 403);
  }
  EXPECT_EQ(officer->Get("/console/reports/999/" + year).status, 403) << "no such agency is the officer's";
  EXPECT_EQ(officer->Get("/console/reports/1/1990").status, 404);
  auto list = officer->Get("/console/reports?year=" + year);
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "济南市市场监督管理局")) << list.body.substr(0, 3000);
  auto page = officer->Get(url);
  ASSERT_EQ(page.status, 200);
  for (const char* s : {"rp-balanced", "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况", "第二十条第（一）项", "行政规范性文件",
                        "scope=\"colgroup\"", "全年主动公开政府信息"})
    EXPECT_TRUE(Has(page.body, s)) << s;
  // Every problem at once; nothing saved.
  auto bad = officer->Post(url, {{"overview", "本机关总体情况（草稿）"},
                                 {"fees", "十二万"},
                                 {"enforcement_entered", "1"},
                                 {"licensing", "-3"},
                                 {"penalty", "5"},
                                 {"coercion", "1"},
                                 {"enforcement_note", ""}});
  EXPECT_EQ(bad.status, 400);
  for (const char* m : {"收费金额应为以万元为单位的数字", "请填写 0 或正整数", "请说明数据来源"})
    EXPECT_TRUE(Has(bad.body, m)) << m;
  EXPECT_FALSE(Has(officer->Get(url).body, "本机关总体情况（草稿）"));
  auto saved = officer->Post(url, {{"overview", "本机关总体情况。"},
                                   {"problems", "一是解读形式单一。"},
                                   {"other_matters", ""},
                                   {"fees", "0.35"},
                                   {"enforcement_entered", "1"},
                                   {"licensing", "120"},
                                   {"penalty", "56"},
                                   {"coercion", "7"},
                                   {"enforcement_note", "据市场监管综合执法业务系统统计"}});
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 3000);
  auto json = officer->Get(url + "?format=json");
  ASSERT_EQ(json.status, 200);
  auto j = nlohmann::json::parse(json.body);
  EXPECT_EQ(j["sections"][0]["text"], "本机关总体情况。");
  EXPECT_EQ(j["table2"]["rows"][3]["values"]["本年处理决定数量"], "56");
  EXPECT_EQ(j["table2"]["rows"][5]["values"]["本年收费金额（单位：万元）"], "0.35");
  EXPECT_EQ(j["table2"]["enforcement_source"], "entered");
  EXPECT_EQ(officer->Get(url + "?format=xlsx").Header("Content-Type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(officer->Get(url + "?format=doc").status, 400);
  // Drafted as an item of the 年度报告 column, waiting for review.
  auto drafted = officer->Post(url + "/draft", {});
  ASSERT_EQ(drafted.status, 303) << drafted.body.substr(0, 3000);
  const std::string item = drafted.Header("Location");
  ASSERT_TRUE(item.starts_with("/console/items/")) << item;
  auto view = officer->Get(item);
  EXPECT_TRUE(Has(view.body, "济南市市场监督管理局" + year + "年政府信息公开工作年度报告"));
  EXPECT_TRUE(Has(view.body, "<table")) << "the tables are real tables";
  EXPECT_TRUE(Has(view.body, "据市场监管综合执法业务系统统计"));
  EXPECT_TRUE(Has(officer->Get("/console/reports?year=" + year).body, "/console/items/"));
  Browser admin(server_->host(), server_->port());
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  auto audit = admin.Get("/console/audit?action=report.");
  EXPECT_TRUE(Has(audit.body, "report.draft"));
  EXPECT_TRUE(Has(audit.body, "report.save"));
  // The figures of an earlier year, for next year's comparison.
  auto prior_bad = officer->Post("/console/reports/1/prior", {{"year", year}, {"format", "2021"}, {"t3_0_0", "x"}});
  EXPECT_EQ(prior_bad.status, 400);
  EXPECT_TRUE(Has(prior_bad.body, "只能录入以往年度"));
  EXPECT_TRUE(Has(prior_bad.body, "请填写 0 或正整数"));
  const std::string two_ago = std::to_string(ChinaYearNow() - 2), three_ago = std::to_string(ChinaYearNow() - 3);
  auto form = officer->Get("/console/reports/1/prior?year=" + two_ago + "&format=2021");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form.body, "现行有效件数"));
  // 行政规范性文件 (block 0, row 1): 制发 3, 废止 0, 现行有效 40; table 三's 四 (row 3): 57 自然人.
  auto prior = officer->Post("/console/reports/1/prior", {{"year", two_ago},
                                                          {"format", "2021"},
                                                          {"t2_0_1_0", "3"},
                                                          {"t2_0_1_1", "0"},
                                                          {"t2_0_1_2", "40"},
                                                          {"t3_0_0", "57"},
                                                          {"t3_0_6", "57"},
                                                          {"t3_3_0", "57"},
                                                          {"t3_3_6", "57"}});
  ASSERT_EQ(prior.status, 303) << prior.body.substr(0, 2000);
  EXPECT_TRUE(Has(officer->Get("/console/reports/1/prior?year=" + two_ago).body, "value=\"40\"")) << "shown as entered";
  // Last year's report now compares with it: 40 + 0 − 0 ≠ the demo's 2, and
  // its 上年结转 with the 57 carried over.
  auto last = officer->Get("/console/reports/1/" + std::to_string(ChinaYearNow() - 1));
  EXPECT_TRUE(Has(last.body, "上年报告现行有效 40 件")) << last.body.substr(0, 4000);
  EXPECT_TRUE(Has(last.body, "上年报告“结转下年度继续办理” 57 件")) << last.body.substr(0, 4000);
  // A report in the 2019 template: its own table 二, 本年增/减 may be negative, amounts in 万元.
  form = officer->Get("/console/reports/1/prior?year=" + three_ago + "&format=2019");
  for (const char* s : {"本年新制作数量", "对外公开总数量", "其他对外管理服务事项", "本年增/减", "政府集中采购", "采购总金额"})
    EXPECT_TRUE(Has(form.body, s)) << s;
  std::vector<std::pair<std::string, std::string>> old_report = {{"year", three_ago},     {"format", "2019"},
                                                                 {"t2_0_1_2", "38"},      {"t2_1_0_1", "-2"},
                                                                 {"t2_4_0_1", "采购若干"}, {"t4_4", "1"}};
  auto bad_amount = officer->Post("/console/reports/1/prior", old_report);
  EXPECT_EQ(bad_amount.status, 400);
  EXPECT_TRUE(Has(bad_amount.body, "表二“政府集中采购·采购总金额”应为以万元为单位的数字"));
  old_report[4].second = "12.5";
  ASSERT_EQ(officer->Post("/console/reports/1/prior", old_report).status, 303);
  form = officer->Get("/console/reports/1/prior?year=" + three_ago + "&format=2019");
  EXPECT_TRUE(Has(form.body, "value=\"-2\"") && Has(form.body, "value=\"12.5\"")) << form.body.substr(0, 6000);
}

TEST_F(ReportsTest, ChartsAndInterpretationFollowThePublishedReport) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  ASSERT_TRUE(officer);
  const std::string year = std::to_string(ChinaYearNow());
  const std::string url = "/console/reports/1/" + year, chart = "/reports/1/" + year + "/chart";
  officer->Get(url);
  auto early = officer->Post(url + "/interpretation", {});
  EXPECT_EQ(early.status, 409);
  EXPECT_TRUE(Has(early.body, "请先生成年度报告的信息草稿"));
  EXPECT_EQ(Public(chart).status, 404);
  auto drafted = officer->Post(url + "/draft", {});
  ASSERT_EQ(drafted.status, 303);
  const std::string item = drafted.Header("Location");
  officer->Get(item);
  ASSERT_EQ(officer->Post(item + "/submit", {}).status, 303);
  EXPECT_EQ(Public(chart).status, 404) << "not before the report is published";
  for (const char* name : {"ndbg1", "ndbg2", "ndbg3"}) {
    auto reviewer = NewDemoStaff(*server_, name, "reviewer", kPassword);
    ASSERT_TRUE(reviewer) << name;
    reviewer->Get(item);
    ASSERT_EQ(reviewer->Post(item + "/approve", {{"comment", ""}}).status, 303) << name;
  }
  auto page = Public(chart);
  ASSERT_EQ(page.status, 200);
  for (const char* s : {"一图读懂", "<svg class=\"bar-chart\" role=\"img\"", "政府信息公开申请收办情况", "申请办理结果",
                        "<th scope=\"row\">本年新收</th>", "阅读年度报告原文"})
    EXPECT_TRUE(Has(page.body, s)) << s;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page.body, m, std::regex(R"re(href="(/items/[^"]+)">阅读年度报告原文)re")));
  EXPECT_TRUE(Has(Public(m[1]).body, "href=\"" + chart + "\"")) << "the report links to its charts";
  auto interpretation = officer->Post(url + "/interpretation", {});
  ASSERT_EQ(interpretation.status, 303) << interpretation.body.substr(0, 2000);
  auto view = officer->Get(interpretation.Header("Location"));
  EXPECT_TRUE(Has(view.body, "年度报告》解读"));
  EXPECT_TRUE(Has(view.body, "全年新收政府信息公开申请"));
  EXPECT_TRUE(Has(view.body, chart));
}

// The demo's 行政规范性文件 in force at the end of this year: the one of 2025,
// and the one of 2024 unless its term (60 days from the demo's install) ends
// within the year.
std::string DemoInForceAtYearEnd() {
  return ChinaDateFromToday(60).substr(0, 4) == std::to_string(ChinaYearNow()) ? "1" : "2";
}

TEST_F(ReportsTest, TheCommandLineWritesEveryFormat) {
  const std::string year = std::to_string(ChinaYearNow());
  std::string out, err;
  ASSERT_EQ(Cli({"report", "annual", "--year", year, "--format", "json"}, &out, &err), 0) << err;
  auto j = nlohmann::json::parse(out);
  ASSERT_EQ(j["sections"].size(), 6u);
  EXPECT_EQ(j["sections"][5]["title"], "六、其他需要报告的事项");
  const std::string overview = j["sections"][0]["text"];
  for (const char* s : {"全年主动公开政府信息", "全年新收政府信息公开申请", "公开征集意见", "收到网民留言"})
    EXPECT_TRUE(Has(overview, s)) << s << "\n" << overview;
  EXPECT_EQ(j["table3"]["rows"][0]["label"], "一、本年新收政府信息公开申请数量");
  EXPECT_EQ(j["table2"]["rows"][1]["values"]["现行有效件数"], DemoInForceAtYearEnd());
  EXPECT_EQ(j["table2"]["enforcement_source"], "records");
  // Agency by code or number, the same report.
  std::string by_code;
  ASSERT_EQ(Cli({"report", "annual", "--year", year, "--agency", "11370100MB28696235"}, &by_code, &err), 0) << err;
  EXPECT_EQ(by_code, out);
  EXPECT_NE(Cli({"report", "annual", "--year", year, "--agency", "999"}, &out, &err), 0);
  EXPECT_TRUE(Has(err, "没有统一社会信用代码或编号为 999 的机构"));
  EXPECT_NE(Cli({"report", "annual", "--year", "20x6"}, &out, &err), 0);
  EXPECT_NE(Cli({"report", "annual", "--year", year, "--format", "doc"}, &out, &err), 0);
  ASSERT_EQ(Cli({"report", "annual", "--year", year, "--format", "html"}, &out, &err), 0) << err;
  EXPECT_TRUE(Has(out, "<!DOCTYPE html>"));
  EXPECT_TRUE(Has(out, "收到和处理政府信息公开申请情况"));
  const std::string dir = ServerProcess::MakeTempDir();
  const std::string xlsx = dir + "/report.xlsx", pdf = dir + "/report.pdf";
  ASSERT_EQ(Cli({"report", "annual", "--year", year, "--format", "xlsx", "--output", xlsx}, &out, &err), 0) << err;
  std::ifstream in(xlsx, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto sheets = ReadXlsxSheets(bytes);
  ASSERT_TRUE(sheets.ok()) << sheets.status().message();
  ASSERT_EQ(sheets->size(), 3u);
  EXPECT_EQ((*sheets)[0].cells.at("A5"), "行政规范性文件");
  EXPECT_EQ((*sheets)[0].cells.at("D5"), DemoInForceAtYearEnd());
  EXPECT_EQ((*sheets)[1].cells.at("D3"), "自然人");
  EXPECT_EQ((*sheets)[1].cells.at("J3"), "总计");
  EXPECT_EQ((*sheets)[1].cells.at("A5"), "一、本年新收政府信息公开申请数量");
  EXPECT_EQ((*sheets)[1].cells.at("J5"), std::to_string(j["table3"]["rows"][0]["values"][6].get<int>()));
  EXPECT_EQ((*sheets)[2].cells.at("K3"), "复议后起诉");
  ASSERT_EQ(Cli({"report", "annual", "--year", year, "--format", "pdf", "--output", pdf}, &out, &err), 0) << err;
  ASSERT_TRUE(std::filesystem::exists("/usr/bin/pdftotext")) << "poppler-utils (scripts/install-deps) reads the PDF";
  std::string info, text;
  ASSERT_EQ(std::system(("pdfinfo '" + pdf + "' > '" + dir + "/info.txt'").c_str()), 0);
  ASSERT_EQ(std::system(("pdftotext '" + pdf + "' '" + dir + "/text.txt'").c_str()), 0);
  std::ifstream info_in(dir + "/info.txt"), text_in(dir + "/text.txt");
  info.assign(std::istreambuf_iterator<char>(info_in), std::istreambuf_iterator<char>());
  text.assign(std::istreambuf_iterator<char>(text_in), std::istreambuf_iterator<char>());
  std::smatch m;
  ASSERT_TRUE(std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))"))) << info;
  EXPECT_EQ(std::stoi(m[1]), 3) << "title, table 二; table 三; table 四 and the rest";
  EXPECT_TRUE(Has(info, "(A4)")) << info;
  for (const char* s : {"政府信息公开工作年度报告", "第二十条第（一）项", "行政规范性文件", "本年新收政府信息公开申请数量",
                        "结转下年度继续办理", "复议后起诉", "六、其他需要报告的事项"})
    EXPECT_TRUE(Has(text, s)) << s;
  std::filesystem::remove_all(dir);
}

TEST_F(ReportsTest, NormativeDocumentsInForceAndTheirExpiry) {
  auto page = Public("/normative");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "济南市食品生产经营风险分级管理办法"));
  EXPECT_TRUE(Has(page.body, "济市监规〔2025〕2号"));
  EXPECT_EQ(Public("/normative?year=2023").status, 200);
  EXPECT_FALSE(Has(Public("/normative?year=2023").body, "风险分级管理办法")) << "issued in 2024";
  EXPECT_EQ(Public("/normative?year=1900").status, 404);
  auto api = nlohmann::json::parse(Public("/api/v1/normative").body);
  ASSERT_EQ(api["total"], 2);
  EXPECT_EQ(api["documents"][0]["kind"], "normative");
  EXPECT_EQ(api["documents"][0]["expires_on"], ChinaDateFromToday(60));
  EXPECT_EQ(Public("/api/v1/normative?year=abc").status, 400);
  EXPECT_TRUE(Has(Public("/items/" + api["documents"][0]["index_no"].get<std::string>()).body, "有效期至"));
  auto officer = SignInDemo(*server_, "officer", kPassword);
  ASSERT_TRUE(officer);
  auto dash = officer->Get("/console");
  EXPECT_TRUE(Has(dash.body, "dash-normative"));
  EXPECT_TRUE(Has(dash.body, "还有 60 天"));
  // An end before the start is refused with the field named.
  auto editor = SignInDemo(*server_, "editor", kPassword);
  ASSERT_TRUE(editor);
  const std::string url = Draft(*editor, "关于印发某办法的通知", "办法全文。");
  editor->Get(url + "/edit");
  auto bad = editor->Post(url + "/edit", {{"title", "关于印发某办法的通知"},
                                          {"agency_id", "1"},
                                          {"topic", "综合政务"},
                                          {"disclosure", "proactive"},
                                          {"normative_kind", "normative"},
                                          {"normative_effective_on", "2027-01-01"},
                                          {"normative_expires_on", "2026-01-01"},
                                          {"body_md", "办法全文。"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "有效期至不能早于实施日期"));
}

TEST_F(ReportsTest, TheContentCheckMasksAndBlocksApprovalWithoutAReason) {
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(editor && reviewer);
  // Personal information, masked in one click before submission.
  const std::string url = Draft(*editor, "关于某投诉处理情况的通知", "投诉人手机 13812345678，请勿外传。");
  auto view = editor->Get(url);
  EXPECT_TRUE(Has(view.body, "发布前内容检查"));
  EXPECT_TRUE(Has(view.body, "疑似手机号码"));
  EXPECT_TRUE(Has(view.body, "138****5678"));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(view.body, m, std::regex(R"re(name="start" value="(\d+)"><input type="hidden" name="end" value="(\d+)")re")));
  auto fixed = editor->Post(url + "/content-fix", {{"field", "body_md"}, {"start", m[1]}, {"end", m[2]}, {"text", "13812345678"}});
  ASSERT_EQ(fixed.status, 303) << fixed.body.substr(0, 3000);
  view = editor->Get(url);
  EXPECT_TRUE(Has(view.body, "投诉人手机 138****5678"));
  EXPECT_FALSE(Has(view.body, "13812345678"));
  // The same fix again: the finding is gone.
  EXPECT_EQ(editor->Post(url + "/content-fix", {{"field", "body_md"}, {"start", m[1]}, {"end", m[2]}, {"text", "13812345678"}}).status,
            409);
  // A secret marking cannot be masked: approval needs a recorded reason.
  const std::string secret = Draft(*editor, "关于某专项工作的通知", "机密★1年\n\n正文。");
  editor->Get(secret);
  ASSERT_EQ(editor->Post(secret + "/submit", {}).status, 303);
  auto page = reviewer->Get(secret);
  EXPECT_TRUE(Has(page.body, "疑似国家秘密密级标志"));
  EXPECT_TRUE(Has(page.body, "name=\"content_reason\""));
  auto refused = reviewer->Post(secret + "/approve", {{"comment", ""}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(Has(refused.body, "内容检查发现 1 处个人信息或涉密标识"));
  auto approved = reviewer->Post(secret + "/approve", {{"comment", ""}, {"content_reason", "经保密审查已解密，可公开"}});
  EXPECT_EQ(approved.status, 303) << approved.body.substr(0, 3000);
  EXPECT_TRUE(Has(reviewer->Get(secret).body, "经保密审查已解密，可公开"));
  auto admin = Browser(server_->host(), server_->port());
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  EXPECT_TRUE(Has(admin.Get("/console/audit?action=item.content_override").body, "经保密审查已解密，可公开"));
}

TEST_F(ReportsTest, AdministratorsKeepTheWordingListAndTheCommandLineUsesIt) {
  Browser admin(server_->host(), server_->port());
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  auto page = admin.Get("/console/content-rules");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "工商行政管理局=市场监督管理局"));
  auto bad = admin.Post("/console/content-rules", {{"wording", "旧称=新称\n没有等号的一行\n"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "第2行缺少“=”")) << bad.body.substr(0, 3000);
  ASSERT_EQ(admin.Post("/console/content-rules", {{"wording", "# 本局词表\n消协=消费者协会 # 使用全称\n"}}).status, 303);
  EXPECT_TRUE(Has(admin.Get("/console/audit?action=content_rules.").body, "content_rules.update"));
  auto editor = SignInDemo(*server_, "editor", kPassword);
  ASSERT_TRUE(editor);
  EXPECT_EQ(editor->Get("/console/content-rules").status, 403);
  const std::string url = Draft(*editor, "关于消协投诉站建设的通知", "各消协投诉站：");
  EXPECT_TRUE(Has(editor->Get(url).body, "消费者协会"));
  // `gongkai check` reads the installation's list, or a file's.
  const std::string dir = ServerProcess::MakeTempDir();
  {
    std::ofstream f(dir + "/draft.txt");
    f << "致各消协：\n联系人 张三，身份证 11010519491231002X，电话 0531-86112345。\n济市监发[2026]3号\n";
  }
  std::string out, err;
  EXPECT_EQ(Cli({"check", dir + "/draft.txt"}, &out, &err), 3) << err;
  std::vector<nlohmann::json> lines;
  for (size_t pos = 0; pos < out.size();) {
    size_t end = out.find('\n', pos);
    lines.push_back(nlohmann::json::parse(out.substr(pos, end - pos)));
    pos = end + 1;
  }
  std::set<std::string> rules;
  for (const auto& l : lines) rules.insert(l["rule"].get<std::string>());
  EXPECT_EQ(rules, (std::set<std::string>{"wording", "id_number", "phone", "doc_no_bracket"})) << out;
  for (const auto& l : lines) {
    if (l["rule"] == "id_number") {
      EXPECT_EQ(l["text"], "11010519491231002X");
      EXPECT_EQ(l["blocking"], true);
      EXPECT_EQ(l["start"], 17);  // characters, not bytes
      EXPECT_EQ(l["end"], 35);
    }
  }
  {
    std::ofstream f(dir + "/words.txt");
    f << "投诉站=投诉服务站\n";
    std::ofstream clean(dir + "/clean.txt");
    clean << "各投诉站：现将有关事项通知如下。\n";
  }
  EXPECT_EQ(Cli({"check", dir + "/clean.txt", "--words", dir + "/words.txt"}, &out, &err), 0) << err;
  EXPECT_TRUE(Has(out, "\"suggestion\":\"投诉服务站\""));
  EXPECT_NE(Cli({"check", dir + "/missing.txt"}, &out, &err), 0);
  EXPECT_TRUE(Has(err, "无法读取"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gk::testing
