// 监督抽查 from outside: the demo notices are public with their 不合格 rows
// marked, searchable by product and company across notices, sortable and
// filterable without JavaScript, in the API and the feed, and the draft is
// not; a notice uploaded in the console goes from a refused file through a
// draft to publication and withdrawal, each role refused what it may not do;
// `gongkai import sampling` imports a whole file or nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Chouyang-Jiance-2026#";
constexpr const char* kLuyuan = "济南鲁源食品有限公司";

std::string Q(const std::string& text) { return http::PercentEncode(text); }

// The rows of the results table on a page: each <tr …>…</tr> of its tbody.
std::vector<std::string> TableRows(const std::string& body) {
  std::vector<std::string> rows;
  const size_t start = body.find("<tbody>");
  const size_t end = body.find("</tbody>", start);
  if (start == std::string::npos || end == std::string::npos) return rows;
  for (size_t pos = body.find("<tr", start); pos != std::string::npos && pos < end; pos = body.find("<tr", pos)) {
    const size_t close = body.find("</tr>", pos);
    rows.push_back(body.substr(pos, close - pos));
    pos = close;
  }
  return rows;
}
bool Failed(const std::string& row) { return row.rfind("<tr class=\"row-fail\"", 0) == 0; }
std::string Product(const std::string& row) { return Capture(row, "<td><strong>([^<]*)</strong>"); }
std::vector<std::string> Products(const std::vector<std::string>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows) out.push_back(Product(r));
  return out;
}
// An href as the browser follows it.
std::string Unescaped(std::string href) {
  for (size_t p = href.find("&amp;"); p != std::string::npos; p = href.find("&amp;", p + 1)) href.replace(p, 5, "&");
  return href;
}

// A results file with the columns of the notices, as CSV.
constexpr const char* kHeader =
    "产品名称,商标,规格型号,生产日期/批号,标称生产企业名称,标称生产企业地址,被抽样单位名称,被抽样单位所在省份,"
    "抽样日期,检验结果,不合格项目║检验结果║标准值,检验机构,分类\n";
struct Row {
  std::string product, brand, spec, made, producer, address, entity, sampled_on, verdict, failed, category;
};
std::string Csv(const Row& r) {
  return r.product + "," + r.brand + "," + r.spec + "," + r.made + "," + r.producer + "," + r.address + "," + r.entity +
         ",山东," + r.sampled_on + "," + r.verdict + ",\"" + r.failed + "\",山东省食品药品检验研究院," + r.category +
         "\n";
}

class SamplingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(SamplingTest, ThePublicSeesTheDemoNoticesWithTheirFailedRowsMarked) {
  auto list = Public("/sampling");
  ASSERT_EQ(list.status, 200);
  const std::string year = std::to_string(ChinaYearNow());
  const std::string first = "关于" + year + "年第1期食品安全监督抽检信息的通告";
  const std::string second = "关于" + year + "年第2期食品安全监督抽检信息的通告";
  const std::string draft = "关于" + year + "年第3期食品安全监督抽检信息的通告";
  EXPECT_TRUE(Has(list.body, "<a href=\"/sampling/2\">" + second + "</a>")) << list.body.substr(0, 4000);
  EXPECT_TRUE(Has(list.body, "<a href=\"/sampling/1\">" + first + "</a>"));
  EXPECT_TRUE(Has(list.body, "不合格 3 批次"));
  EXPECT_FALSE(Has(list.body, draft)) << "a draft is not listed";
  // The newest notice first.
  EXPECT_LT(list.body.find(second), list.body.find(first));

  // Notice 2: six rows, the three 不合格 ones marked, each with its failed items.
  auto page = Public("/sampling/2");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "<h1>" + second + "</h1>"));
  EXPECT_TRUE(Has(page.body, "济市监食检〔" + year + "〕2号"));
  auto rows = TableRows(page.body);
  ASSERT_EQ(rows.size(), 6u) << page.body.substr(0, 6000);
  std::map<std::string, std::string> failed;
  for (const auto& r : rows)
    if (Failed(r)) failed[Product(r)] = r;
  ASSERT_EQ(failed.size(), 3u);
  ASSERT_TRUE(failed.count("熟牛肉") && failed.count("巴氏杀菌乳") && failed.count("辣椒酱"));
  EXPECT_TRUE(Has(failed["熟牛肉"], "<strong>菌落总数</strong>"));
  EXPECT_TRUE(Has(failed["熟牛肉"], "2.1×10⁵CFU/g"));
  EXPECT_TRUE(Has(failed["巴氏杀菌乳"], "<strong>蛋白质</strong>"));
  EXPECT_TRUE(Has(failed["巴氏杀菌乳"], "≥2.9g/100g"));
  EXPECT_TRUE(Has(failed["辣椒酱"], "<strong>苯甲酸及其钠盐（以苯甲酸计）</strong>"));
  EXPECT_TRUE(Has(failed["辣椒酱"], "<strong>脱氢乙酸及其钠盐（以脱氢乙酸计）</strong>"));
  EXPECT_TRUE(Has(failed["辣椒酱"], "不得使用"));
  for (const auto& r : rows) {
    if (!Failed(r)) {
      EXPECT_TRUE(Has(r, "badge-ok\">合格")) << r;
      EXPECT_FALSE(Has(r, "不合格")) << r;
    }
  }
  EXPECT_EQ(Public("/sampling/1").status, 200);
  EXPECT_EQ(TableRows(Public("/sampling/1").body).size(), 4u);

  // Only the 不合格 rows, and only the 合格 ones; a 分类.
  auto fail_rows = TableRows(Public("/sampling/2?result=fail").body);
  EXPECT_EQ(Products(fail_rows), (std::vector<std::string>{"熟牛肉", "巴氏杀菌乳", "辣椒酱"}));
  for (const auto& r : fail_rows) EXPECT_TRUE(Failed(r));
  auto pass_rows = TableRows(Public("/sampling/2?result=pass").body);
  EXPECT_EQ(Products(pass_rows), (std::vector<std::string>{"速冻水饺", "饮用纯净水", "挂面"}));
  auto sauce = Public("/sampling/2?category=" + Q("调味品"));
  EXPECT_EQ(Products(TableRows(sauce.body)), std::vector<std::string>{"辣椒酱"});
  EXPECT_TRUE(Has(sauce.body, "<option value=\"调味品\" selected>"));
  EXPECT_TRUE(Has(Public("/sampling/2?q=" + Q("华山")).body, "巴氏杀菌乳"));
  EXPECT_EQ(TableRows(Public("/sampling/2?q=" + Q("华山")).body).size(), 1u);

  // Sorted by the result: 不合格 first ascending, last descending; the header
  // says so and its link turns the order round.
  auto up = Public("/sampling/2?sort=result");
  auto up_rows = TableRows(up.body);
  ASSERT_EQ(up_rows.size(), 6u);
  for (size_t i = 0; i < up_rows.size(); ++i) EXPECT_EQ(Failed(up_rows[i]), i < 3) << i;
  EXPECT_TRUE(Has(up.body, "aria-sort=\"ascending\"><a href=\"/sampling/2?sort=result&amp;order=desc\">检验结果"))
      << up.body.substr(0, 6000);
  auto down = Public("/sampling/2?sort=result&order=desc");
  auto down_rows = TableRows(down.body);
  ASSERT_EQ(down_rows.size(), 6u);
  for (size_t i = 0; i < down_rows.size(); ++i) EXPECT_EQ(Failed(down_rows[i]), i >= 3) << i;
  EXPECT_TRUE(Has(down.body, "aria-sort=\"descending\"><a href=\"/sampling/2?sort=result\">检验结果"));
  // The filter stays in the sort links.
  EXPECT_TRUE(Has(Public("/sampling/2?result=fail").body, "href=\"/sampling/2?result=fail&amp;sort=product\""));
  auto by_product = Products(TableRows(Public("/sampling/2?result=fail&sort=product&order=desc").body));
  EXPECT_EQ(by_product.size(), 3u);
  EXPECT_TRUE(std::is_sorted(by_product.rbegin(), by_product.rend()));

  // A search across notices: one row, linked to its notice.
  auto chili = Public("/sampling?q=" + Q("辣椒"));
  ASSERT_EQ(chili.status, 200);
  auto chili_rows = TableRows(chili.body);
  ASSERT_EQ(chili_rows.size(), 1u) << chili.body.substr(0, 4000);
  EXPECT_EQ(Product(chili_rows[0]), "辣椒酱");
  EXPECT_TRUE(Failed(chili_rows[0]));
  EXPECT_TRUE(Has(chili_rows[0], "<a href=\"/sampling/2\">" + second + "</a>"));
  EXPECT_TRUE(Has(chili.body, "value=\"辣椒\""));
  // Every 不合格 row of every notice, and nothing else.
  auto all_failed = TableRows(Public("/sampling?result=fail").body);
  EXPECT_EQ(Products(all_failed), (std::vector<std::string>{"熟牛肉", "巴氏杀菌乳", "辣椒酱"}));
  for (const auto& r : all_failed) EXPECT_TRUE(Failed(r) && Has(r, "href=\"/sampling/2\""));
  // A brand in both notices.
  EXPECT_EQ(Products(TableRows(Public("/sampling?q=" + Q("鲁源")).body)),
            (std::vector<std::string>{"熟牛肉", "酱卤肉"}));
  EXPECT_TRUE(Has(Public("/sampling?q=" + Q("不存在的产品")).body, "没有符合条件的抽查结果"));

  // A company's page, reached from its link in the table: its rows of both notices.
  const std::string href =
      Capture(failed["熟牛肉"], "<a href=\"(/sampling/company\\?name=[^\"]+)\">" + std::string(kLuyuan) + "</a>");
  ASSERT_EQ(href, "/sampling/company?name=" + Q(kLuyuan));
  auto company = Public(Unescaped(href));
  ASSERT_EQ(company.status, 200);
  EXPECT_TRUE(Has(company.body, std::string("<h1>") + kLuyuan + "</h1>"));
  auto company_rows = TableRows(company.body);
  ASSERT_EQ(company_rows.size(), 2u) << company.body.substr(0, 4000);
  EXPECT_EQ(Product(company_rows[0]), "熟牛肉");
  EXPECT_TRUE(Has(company_rows[0], "<a href=\"/sampling/2\">" + second + "</a>"));
  EXPECT_EQ(Product(company_rows[1]), "酱卤肉");
  EXPECT_TRUE(Has(company_rows[1], "<a href=\"/sampling/1\">" + first + "</a>"));
  EXPECT_EQ(Products(TableRows(Public(Unescaped(href) + "&result=fail").body)), std::vector<std::string>{"熟牛肉"});
  // A shop that was only sampled from has its page too.
  // Across notices the newest notice comes first, each in the file's order.
  EXPECT_EQ(Products(TableRows(Public("/sampling/company?name=" + Q("济南历下区万家超市")).body)),
            (std::vector<std::string>{"巴氏杀菌乳", "酱卤肉", "纯牛奶"}));
  EXPECT_EQ(Public("/sampling/company?name=" + Q("济南无名食品有限公司")).status, 404);
  EXPECT_EQ(Public("/sampling/company").status, 404);

  // The draft is nowhere public, nor are its rows.
  EXPECT_EQ(Public("/sampling/3").status, 404);
  EXPECT_EQ(Public("/api/v1/sampling/3").status, 404);
  EXPECT_EQ(Public("/sampling/999999").status, 404);
  EXPECT_TRUE(Has(Public("/sampling?q=" + Q("鲜鸡蛋")).body, "没有符合条件的抽查结果"));
  EXPECT_EQ(Public("/sampling/company?name=" + Q("济南历城禽蛋合作社")).status, 404);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/sampling/results?q=" + Q("鲜鸡蛋")).body)["total"], 0);

  // The feed: both notices, not the draft.
  auto feed = Public("/sampling/feed.xml");
  ASSERT_EQ(feed.status, 200);
  EXPECT_TRUE(Has(feed.Header("Content-Type"), "application/atom+xml"));
  EXPECT_TRUE(Has(feed.body, "<entry><title>" + second + "</title>")) << feed.body;
  EXPECT_TRUE(Has(feed.body, "/sampling/2\"/>"));
  EXPECT_TRUE(Has(feed.body, "抽检 6 批次，不合格 3 批次。"));
  EXPECT_TRUE(Has(feed.body, "<entry><title>" + first + "</title>"));
  EXPECT_FALSE(Has(feed.body, draft));
}

// The site's search box finds a company's records outside the catalogue:
// the search page links to its penalties and its sampling results.
TEST_F(SamplingTest, TheSiteSearchPointsToEnforcementAndSamplingRecords) {
  const std::string q = http::PercentEncode("济南鲁源食品有限公司");
  auto page = Public("/search?q=" + q);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "在其他公开栏目中也找到")) << page.body.substr(0, 3000);
  EXPECT_TRUE(Has(page.body, "<a href=\"/enforcement?q=" + q + "\">行政执法公示 "));
  EXPECT_TRUE(Has(page.body, "<a href=\"/sampling?q=" + q + "\">监督抽查 2 条</a>"));
  // A word nothing holds: no such line.
  EXPECT_FALSE(Has(Public("/search?q=" + http::PercentEncode("不存在的企业名称")).body, "在其他公开栏目中也找到"));
}

TEST_F(SamplingTest, TheApiListsNoticesAndRowsPageByPage) {
  auto list = nlohmann::json::parse(Public("/api/v1/sampling").body);
  EXPECT_EQ(list["total"], 2);
  ASSERT_EQ(list["batches"].size(), 2u);
  EXPECT_EQ(list["batches"][0]["id"], 2);
  EXPECT_EQ(list["batches"][0]["total"], 6);
  EXPECT_EQ(list["batches"][0]["failed"], 3);
  EXPECT_EQ(list["batches"][0]["url"], "/sampling/2");
  EXPECT_EQ(list["batches"][1]["id"], 1);
  EXPECT_EQ(list["batches"][1]["failed"], 0);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/sampling?q=" + Q("辣椒酱")).body)["total"], 1);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/sampling?year=" + std::to_string(ChinaYearNow())).body)["total"], 2);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/sampling?year=1999").body)["total"], 0);
  auto one_per_page = nlohmann::json::parse(Public("/api/v1/sampling?per_page=1&page=2").body);
  ASSERT_EQ(one_per_page["batches"].size(), 1u);
  EXPECT_EQ(one_per_page["batches"][0]["id"], 1);

  auto notice = Public("/api/v1/sampling/2");
  ASSERT_EQ(notice.status, 200);
  EXPECT_TRUE(Has(notice.Header("Content-Type"), "application/json"));
  auto j = nlohmann::json::parse(notice.body);
  EXPECT_EQ(j["total"], 6);
  EXPECT_EQ(j["failed"], 3);
  ASSERT_EQ(j["results"].size(), 6u);
  const auto& chili = j["results"][4];
  EXPECT_EQ(chili["product"], "辣椒酱");
  EXPECT_EQ(chili["result"], "不合格");
  EXPECT_EQ(chili["passed"], false);
  ASSERT_EQ(chili["failed_items"].size(), 2u);
  EXPECT_EQ(chili["failed_items"][0]["item"], "苯甲酸及其钠盐（以苯甲酸计）");
  EXPECT_EQ(chili["failed_items"][0]["result"], "0.62g/kg");
  EXPECT_EQ(chili["failed_items"][0]["standard"], "≤0.5g/kg");
  EXPECT_EQ(j["results"][2]["failed_items"].size(), 0u);
  // Its rows page by page, in the file's order.
  auto page2 = nlohmann::json::parse(Public("/api/v1/sampling/2?per_page=2&page=2").body);
  EXPECT_EQ(page2["total"], 6);
  EXPECT_EQ(page2["page"], 2);
  ASSERT_EQ(page2["results"].size(), 2u);
  EXPECT_EQ(page2["results"][0]["seq"], 3);
  EXPECT_EQ(page2["results"][1]["seq"], 4);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/sampling/2?result=fail").body)["total"], 3);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/sampling/2?per_page=2&page=9").body)["results"].size(), 0u);

  // Rows across notices: by company, by result, paged.
  auto luyuan = nlohmann::json::parse(Public("/api/v1/sampling/results?company=" + Q(kLuyuan)).body);
  EXPECT_EQ(luyuan["total"], 2);
  ASSERT_EQ(luyuan["results"].size(), 2u);
  std::set<int> notices;
  for (const auto& r : luyuan["results"]) {
    EXPECT_EQ(r["producer"], kLuyuan);
    notices.insert(r["batch_id"].get<int>());
    EXPECT_EQ(r["batch_url"], "/sampling/" + std::to_string(r["batch_id"].get<int>()));
  }
  EXPECT_EQ(notices, (std::set<int>{1, 2}));
  auto second_page =
      nlohmann::json::parse(Public("/api/v1/sampling/results?company=" + Q(kLuyuan) + "&per_page=1&page=2").body);
  EXPECT_EQ(second_page["total"], 2);
  ASSERT_EQ(second_page["results"].size(), 1u);
  EXPECT_EQ(second_page["results"][0]["product"], "酱卤肉");
  auto fails = nlohmann::json::parse(Public("/api/v1/sampling/results?result=fail").body);
  EXPECT_EQ(fails["total"], 3);
  for (const auto& r : fails["results"]) EXPECT_EQ(r["passed"], false);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/sampling/results?result=pass").body)["total"], 7);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/sampling/results?q=" + Q("辣椒")).body)["total"], 1);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/sampling/results?category=" + Q("乳制品")).body)["total"], 2);
  // Bad paging never fails.
  auto clamped = nlohmann::json::parse(Public("/api/v1/sampling/results?per_page=100000&page=abc").body);
  EXPECT_EQ(clamped["per_page"], 100);
  EXPECT_EQ(clamped["page"], 1);
  EXPECT_EQ(clamped["total"], 10);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/sampling/results?per_page=0").body)["per_page"], 20);
  EXPECT_EQ(Public("/api/v1/sampling/999999").status, 404);
}

TEST_F(SamplingTest, AnUploadedNoticeGoesFromDraftToPublishedToWithdrawn) {
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(editor && officer && reviewer);
  EXPECT_EQ(reviewer->Get("/console/sampling").status, 403);
  EXPECT_EQ(reviewer->Get("/console/sampling/new").status, 403);
  EXPECT_EQ(reviewer->Get("/console/sampling/2").status, 403);

  const std::string title = "关于豆制品和食用油监督抽检信息的通告（测试）";
  const Row tofu{"豆腐干",
                 "大明湖",
                 "200克/袋",
                 ChinaDateFromToday(-20),
                 "济南大明湖豆制品有限公司",
                 "济南市历城区港沟街道",
                 "济南市中区万达超市",
                 ChinaDateFromToday(-10),
                 "不合格",
                 "大肠菌群║2.3×10³CFU/g║n=5,c=2,m=10CFU/g,M=10³CFU/g",
                 "豆制品"};
  const Row oil{"花生油",
                "泺口",
                "5升/桶",
                ChinaDateFromToday(-40),
                "济南泺口粮油有限公司",
                "济南市天桥区泺口街道",
                "济南市中区万达超市",
                ChinaDateFromToday(-10),
                "合格",
                "",
                "食用油"};
  Row honey{"蜂蜜",
            "千佛山",
            "500克/瓶",
            ChinaDateFromToday(-60),
            "济南千佛山蜂业有限公司",
            "济南市历下区千佛山路",
            "济南历下区万家超市",
            ChinaDateFromToday(-9),
            "不合格",
            "",
            "蜂产品"};
  Row wine{"黄酒",
           "趵突泉",
           "500毫升/瓶",
           ChinaDateFromToday(-90),
           "济南趵突泉酿酒有限公司",
           "济南市槐荫区张庄路",
           "济南历下区万家超市",
           ChinaDateFromToday(5),
           "合格",
           "",
           "酒类"};
  // Sampled at a shop whose maker the notice does not name.
  const Row noodles{
      "鲜切面", "", "散装",      ChinaDateFromToday(-3), "", "", "济南长清区李记面食店", ChinaDateFromToday(-3),
      "合格",   "", "粮食加工品"};

  // Lines: 1 the header, 2 tofu, 3 oil, 4 honey without its failed item,
  // 5 wine sampled after today, 6 noodles.
  auto form = editor->Get("/console/sampling/new");
  ASSERT_EQ(form.status, 200);
  const std::string agency = Capture(form.body, R"re(<option value="(\d+)" selected>)re");
  ASSERT_FALSE(agency.empty()) << form.body.substr(0, 4000);
  const std::vector<std::pair<std::string, std::string>> fields = {
      {"agency_id", agency}, {"title", title}, {"notice_no", "济市监食检〔测试〕9号"}, {"intro", "本次抽检豆制品等。"}};
  auto bad = editor->PostFile("/console/sampling", "file", "results.csv",
                              kHeader + Csv(tofu) + Csv(oil) + Csv(honey) + Csv(wine) + Csv(noodles), fields);
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "第 4 行：不合格的产品请填写不合格项目")) << bad.body.substr(0, 5000);
  EXPECT_TRUE(Has(bad.body, "第 5 行：抽样日期 " + ChinaDateFromToday(5) + " 晚于今天"));
  EXPECT_FALSE(Has(bad.body, "第 2 行"));
  EXPECT_FALSE(Has(bad.body, "第 6 行"));
  EXPECT_TRUE(Has(bad.body, "没有导入任何一行"));
  EXPECT_TRUE(Has(bad.body, "value=\"" + title + "\"")) << "the form keeps what was typed";
  EXPECT_FALSE(Has(editor->Get("/console/sampling").body, title)) << "nothing was created";
  // No file at all.
  editor->Get("/console/sampling/new");
  auto no_file = editor->PostFile("/console/sampling", "file", "", "", fields);
  EXPECT_EQ(no_file.status, 400);
  EXPECT_TRUE(Has(no_file.body, "请选择抽查结果文件"));

  // Fixed: a draft, listed in the console, not public.
  honey.failed = "蔗糖║8.2g/100g║≤5g/100g";
  wine.sampled_on = ChinaDateFromToday(-9);
  const std::string good = kHeader + Csv(tofu) + Csv(oil) + Csv(honey) + Csv(wine) + Csv(noodles);
  editor->Get("/console/sampling/new");
  auto created = editor->PostFile("/console/sampling", "file", "results.csv", good, fields);
  ASSERT_EQ(created.status, 303) << created.body.substr(0, 5000);
  const std::string id = Capture(created.Header("Location"), R"(/console/sampling/(\d+))");
  ASSERT_FALSE(id.empty()) << created.Header("Location");
  const std::string console_url = "/console/sampling/" + id, public_url = "/sampling/" + id;
  auto draft = editor->Get(console_url);
  ASSERT_EQ(draft.status, 200);
  EXPECT_TRUE(Has(draft.body, "已导入。请核对"));
  EXPECT_TRUE(Has(draft.body, "smp-draft\">未发布</span>")) << draft.body.substr(0, 5000);
  EXPECT_TRUE(Has(draft.body, "来源文件 results.csv"));
  auto draft_rows = TableRows(draft.body);
  ASSERT_EQ(draft_rows.size(), 5u);
  EXPECT_EQ(Products(draft_rows), (std::vector<std::string>{"豆腐干", "花生油", "蜂蜜", "黄酒", "鲜切面"}));
  EXPECT_TRUE(Failed(draft_rows[0]) && Failed(draft_rows[2]) && !Failed(draft_rows[1]));
  EXPECT_TRUE(Has(draft_rows[2], "<strong>蔗糖</strong>"));
  EXPECT_TRUE(Has(draft.body, "上传并替换")) << "an editor may replace the file of a draft";
  EXPECT_FALSE(Has(draft.body, "核对无误，发布")) << "an editor is not offered publication";
  EXPECT_TRUE(Has(editor->Get("/console/sampling").body, "href=\"" + console_url + "\">" + title));
  EXPECT_EQ(Public(public_url).status, 404);
  EXPECT_EQ(Public("/api/v1/sampling/" + id).status, 404);
  EXPECT_FALSE(Has(Public("/sampling").body, title));

  // A bad replacement changes nothing.
  editor->Get(console_url);
  Row no_item = honey;
  no_item.failed = "";
  auto bad_replace =
      editor->PostFile(console_url + "/file", "file", "results-2.csv", kHeader + Csv(tofu) + Csv(no_item));
  EXPECT_EQ(bad_replace.status, 400);
  EXPECT_TRUE(Has(bad_replace.body, "第 3 行")) << bad_replace.body.substr(0, 5000);
  EXPECT_TRUE(Has(bad_replace.body, "原有结果未改变"));
  EXPECT_EQ(TableRows(editor->Get(console_url).body).size(), 5u);

  // 信息员 prepares; only 公开办 publishes.
  editor->Get(console_url);
  EXPECT_EQ(editor->Post(console_url + "/publish", {}).status, 403);
  EXPECT_EQ(Public(public_url).status, 404);
  auto to_publish = officer->Get(console_url);
  EXPECT_TRUE(Has(to_publish.body, "核对无误，发布"));
  auto published = officer->Post(console_url + "/publish", {});
  ASSERT_EQ(published.status, 303) << published.body.substr(0, 3000);

  // Public now: listed, its rows marked, found by a company in it.
  auto list = Public("/sampling");
  EXPECT_TRUE(Has(list.body, "<a href=\"" + public_url + "\">" + title + "</a>")) << list.body.substr(0, 4000);
  auto shown = Public(public_url);
  ASSERT_EQ(shown.status, 200);
  EXPECT_TRUE(Has(shown.body, "济市监食检〔测试〕9号"));
  EXPECT_TRUE(Has(shown.body, "本次抽检豆制品等。"));
  auto rows = TableRows(shown.body);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(std::count_if(rows.begin(), rows.end(), Failed), 2);
  EXPECT_FALSE(Has(shown.body, "<a href=\"\">")) << "a row without a maker has no empty link";
  auto found = Public("/sampling?q=" + Q("大明湖豆制品"));
  auto found_rows = TableRows(found.body);
  ASSERT_EQ(found_rows.size(), 1u) << found.body.substr(0, 4000);
  EXPECT_EQ(Product(found_rows[0]), "豆腐干");
  EXPECT_TRUE(Has(found_rows[0], "<a href=\"" + public_url + "\">" + title + "</a>"));
  auto company = Public("/sampling/company?name=" + Q("济南大明湖豆制品有限公司"));
  ASSERT_EQ(company.status, 200);
  auto company_rows = TableRows(company.body);
  ASSERT_EQ(company_rows.size(), 1u);
  EXPECT_TRUE(Has(company_rows[0], "<a href=\"" + public_url + "\">" + title + "</a>"));
  // The shop with rows of the demo and of this notice.
  EXPECT_EQ(Products(TableRows(Public("/sampling/company?name=" + Q("济南历下区万家超市")).body)),
            (std::vector<std::string>{"蜂蜜", "黄酒", "巴氏杀菌乳", "酱卤肉", "纯牛奶"}));
  EXPECT_TRUE(Has(Public("/sampling/feed.xml").body, "<entry><title>" + title + "</title>"));
  auto api = nlohmann::json::parse(Public("/api/v1/sampling/" + id).body);
  EXPECT_EQ(api["total"], 5);
  EXPECT_EQ(api["failed"], 2);
  EXPECT_EQ(api["results"][0]["failed_items"][0]["item"], "大肠菌群");

  // Published: the file is no longer replaced.
  editor->Get(console_url);
  EXPECT_EQ(editor->PostFile(console_url + "/file", "file", "results.csv", good).status, 409);
  EXPECT_FALSE(Has(editor->Get(console_url).body, "上传并替换"));

  // Withdrawn only with a reason, then the address says why.
  officer->Get(console_url);
  auto no_reason = officer->Post(console_url + "/withdraw", {{"reason", "  "}});
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_TRUE(Has(no_reason.body, "请写明撤下的原因")) << no_reason.body.substr(0, 4000);
  EXPECT_EQ(Public(public_url).status, 200);
  const std::string reason = "检验机构复检结论有变化，核实后另行发布";
  officer->Get(console_url);
  ASSERT_EQ(officer->Post(console_url + "/withdraw", {{"reason", reason}}).status, 303);
  auto gone = Public(public_url);
  EXPECT_EQ(gone.status, 410);
  EXPECT_TRUE(Has(gone.body, reason)) << gone.body.substr(0, 4000);
  EXPECT_FALSE(Has(gone.body, "豆腐干"));
  auto gone_api = Public("/api/v1/sampling/" + id);
  EXPECT_EQ(gone_api.status, 410);
  EXPECT_TRUE(Has(gone_api.body, reason));
  EXPECT_FALSE(Has(Public("/sampling").body, title));
  EXPECT_TRUE(Has(Public("/sampling?q=" + Q("大明湖豆制品")).body, "没有符合条件的抽查结果"));
  EXPECT_EQ(Public("/sampling/company?name=" + Q("济南大明湖豆制品有限公司")).status, 404);
  EXPECT_FALSE(Has(Public("/sampling/feed.xml").body, title));
  // Staff still see it, withdrawn, with the reason; it cannot be withdrawn twice.
  auto withdrawn = officer->Get(console_url);
  EXPECT_EQ(withdrawn.status, 200);
  EXPECT_TRUE(Has(withdrawn.body, "已撤下。原因：" + reason));
  EXPECT_EQ(officer->Post(console_url + "/withdraw", {{"reason", reason}}).status, 409);

  // The audit log has the steps.
  Browser admin(server_->host(), server_->port());
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  EXPECT_TRUE(Has(admin.Get("/console/audit?action=sampling.withdraw").body, reason));
}

TEST(SamplingImportTest, TheCommandLineImportsAWholeFileOrNothing) {
  const std::string dir = ServerProcess::MakeTempDir();
  std::string out, err;
  ASSERT_EQ(ServerProcess::Run({"init", "--demo", "--data", dir, "--admin-password", ServerProcess::kAdminPassword},
                               &out, &err),
            0)
      << err;
  // Separate columns for the failed items, two in one row.
  const std::string header =
      "样品名称,标称生产企业名称,被抽样单位名称,抽样日期,结果判定,不合格项目,"
      "不合格项目检验结果,标准值,分类\n";
  const std::string rice = "大米,济南黄河米业有限公司,济南市中区惠民粮油店," + ChinaDateFromToday(-12) +
                           ",不合格,铅（以Pb计）；镉（以Cd计）,0.35mg/kg；0.31mg/kg,≤0.2mg/kg；≤0.2mg/kg,粮食加工品\n";
  const std::string tea = "绿茶,济南泉城茶业有限公司,济南天桥区便民超市," + ChinaDateFromToday(-12) + ",合格,,,,茶叶\n";
  const std::string bad =
      "饼干,济南齐鲁食品有限公司,济南天桥区便民超市," + ChinaDateFromToday(-12) + ",基本合格,,,,糕点\n";

  // Line 3 is refused: nothing imported.
  std::ofstream(dir + "/bad.csv") << header << rice << bad << tea;
  EXPECT_NE(ServerProcess::Run(
                {"import", "sampling", dir + "/bad.csv", "--title", "粮食和茶叶抽检通告", "--publish", "--data", dir},
                &out, &err),
            0);
  std::string said = out + err;
  EXPECT_TRUE(Has(said, "未导入")) << said;
  EXPECT_TRUE(Has(said, "第 3 行")) << said;
  EXPECT_TRUE(Has(said, "基本合格")) << said;
  EXPECT_FALSE(Has(said, "第 2 行")) << said;
  EXPECT_FALSE(Has(said, "第 4 行")) << said;
  // A title is needed; an unknown agency is named.
  std::ofstream(dir + "/good.csv") << header << rice << tea;
  EXPECT_NE(ServerProcess::Run({"import", "sampling", dir + "/good.csv", "--data", dir}, &out, &err), 0);
  EXPECT_TRUE(Has(out + err, "--title")) << out << err;
  EXPECT_NE(ServerProcess::Run({"import", "sampling", dir + "/good.csv", "--title", "粮食和茶叶抽检通告", "--agency",
                                "11370100MB2869623X", "--data", dir},
                               &out, &err),
            0);
  EXPECT_TRUE(Has(out + err, "11370100MB2869623X")) << out << err;

  ASSERT_EQ(ServerProcess::Run({"import", "sampling", dir + "/good.csv", "--title", "粮食和茶叶抽检通告", "--notice-no",
                                "济市监食检〔测试〕12号", "--publish", "--data", dir},
                               &out, &err),
            0)
      << out << err;
  EXPECT_TRUE(Has(out, "2 条结果，其中不合格 1 条")) << out;
  const std::string url = Capture(out, R"(已发布：(/sampling/\d+))");
  ASSERT_FALSE(url.empty()) << out;

  // Served: public, the failed row with both items, the draft demo untouched.
  {
    auto server = ServerProcess::Start({}, {}, "127.0.0.1:0", dir);
    ASSERT_NE(server, nullptr);
    auto page = Fetch(server->host(), server->port(), "GET", url);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Has(page.body, "<h1>粮食和茶叶抽检通告</h1>"));
    EXPECT_TRUE(Has(page.body, "济市监食检〔测试〕12号"));
    auto rows = TableRows(page.body);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_TRUE(Failed(rows[0]));
    EXPECT_TRUE(Has(rows[0], "<strong>铅（以Pb计）</strong>") && Has(rows[0], "<strong>镉（以Cd计）</strong>"))
        << rows[0];
    EXPECT_TRUE(Has(rows[0], "0.31mg/kg"));
    EXPECT_FALSE(Failed(rows[1]));
    auto j = nlohmann::json::parse(Fetch(server->host(), server->port(), "GET", "/api/v1/sampling").body);
    EXPECT_EQ(j["total"], 3);
    EXPECT_EQ(Fetch(server->host(), server->port(), "GET", "/sampling/3").status, 404);
    server->Terminate();
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gk::testing
