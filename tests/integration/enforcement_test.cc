// 行政执法公示 from outside: the demo's public decisions with an individual
// business's operator masked everywhere the public can look (page, API,
// feed, search), the expired low fine and the withdrawn decision answering
// 410 and the warning-only one and the drafts 404; `gongkai import
// enforcement` taking a whole file or nothing, naming every bad row; and the
// console, where 信息员 drafts, 公开办 publishes, withdraws and uploads, and a
// 审核员 has no access.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "common/uscc.h"
#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Zhifa-Gongshi-2026#";
constexpr const char* kBureauUscc = "11370100MB28696235";
constexpr const char* kBureau = "济南市市场监督管理局";

// The demo's individual business and what must never be public of it.
constexpr const char* kShop = "济南历城区张记熟食店";
constexpr const char* kOperator = "张德明";
constexpr const char* kOperatorPhone = "13905318888";
constexpr const char* kOperatorId = "370102198203154417";

std::string Q(const std::string& text) { return http::PercentEncode(text); }

// The penalty columns of a 双公示 file, as CSV.
constexpr const char* kPenaltyHeader =
    "行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,证件类型,证件号码,行政处罚决定书文号,"
    "违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关,"
    "处罚机关统一社会信用代码\n";

struct PenaltyRow {
  std::string party, type, uscc, rep, id_type, id_number, doc_no, facts, content, fine, decided_on;
};

std::string Csv(const PenaltyRow& r) {
  return r.party + "," + r.type + "," + r.uscc + "," + r.rep + "," + r.id_type + "," + r.id_number + "," + r.doc_no +
         ",违反《中华人民共和国食品安全法》," + r.facts + ",《中华人民共和国食品安全法》第一百二十四条,罚款," +
         r.content + "," + r.fine + "," + r.decided_on + "," + kBureau + "," + kBureauUscc + "\n";
}

// A doc number unique to this run's year: 济市监处罚〔YEAR〕N号.
std::string DocNo(int n) { return "济市监处罚〔" + std::to_string(ChinaYearNow()) + "〕" + std::to_string(n) + "号"; }

class EnforcementTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  // The public id of a decision listed on /enforcement (with `q`), or "".
  std::string PublicId(const std::string& party, const std::string& q = "") {
    return Capture(Public("/enforcement?q=" + Q(q.empty() ? party : q)).body,
                   R"re(href="/enforcement/(\d+)">)re" + party + "<");
  }
  // The id of a decision as staff find it in the console (any state), or "".
  static std::string ConsoleId(Browser& staff, const std::string& party) {
    return Capture(staff.Get("/console/enforcement?q=" + Q(party)).body,
                   R"re(href="/console/enforcement/(\d+)">)re" + party + "<");
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(EnforcementTest, ThePublicSeesTheDemoDecisionsWithPersonalDataMasked) {
  auto list = Public("/enforcement");
  ASSERT_EQ(list.status, 200);
  for (const char* shown : {kShop, "济南鲁源食品有限公司", "济南华山乳业有限公司", "济南千佛餐饮管理有限公司"})
    EXPECT_TRUE(Has(list.body, shown)) << shown;
  // Expired, warning-only, withdrawn and drafts are not listed.
  for (const char* hidden : {"济南泉城调味品厂", "济南明湖饮品有限公司", "济南趵突食品有限公司", "济南齐鲁电器商行",
                             "济南章丘五金交电有限公司"})
    EXPECT_FALSE(Has(list.body, hidden)) << hidden;
  EXPECT_FALSE(Has(list.body, kOperator));

  // The kind tabs.
  EXPECT_TRUE(Has(list.body, "href=\"/enforcement?kind=licence&amp;q=\">行政许可</a>")) << list.body.substr(0, 4000);
  auto licences = Public("/enforcement?kind=licence");
  ASSERT_EQ(licences.status, 200);
  EXPECT_TRUE(Has(licences.body, "aria-current=\"page\">行政许可</a>"));
  EXPECT_TRUE(Has(licences.body, "济南千佛餐饮管理有限公司"));
  EXPECT_TRUE(Has(licences.body, "济市监许〔"));
  EXPECT_FALSE(Has(licences.body, "济市监处罚〔"));
  EXPECT_FALSE(Has(licences.body, kShop));
  auto coercive = Public("/enforcement?kind=coercive");
  EXPECT_TRUE(Has(coercive.body, "济市监强制〔"));
  EXPECT_FALSE(Has(coercive.body, "济市监许〔"));
  EXPECT_FALSE(Has(coercive.body, "济市监处罚〔"));
  auto penalties = Public("/enforcement?kind=penalty");
  EXPECT_TRUE(Has(penalties.body, kShop));
  EXPECT_FALSE(Has(penalties.body, "济市监许〔"));

  // Search: by the business's name and its USCC; never by what was masked.
  const std::string shop_uscc = WithUsccCheckDigit("92370100MA3D21003");
  const std::string id = PublicId(kShop);
  ASSERT_FALSE(id.empty()) << Public("/enforcement?q=" + Q(kShop)).body.substr(0, 4000);
  EXPECT_EQ(PublicId(kShop, shop_uscc), id);
  EXPECT_FALSE(Has(Public("/enforcement?q=" + Q(kShop)).body, "济南鲁源食品有限公司"));
  for (const char* masked : {kOperator, kOperatorPhone, kOperatorId}) {
    auto none = Public("/enforcement?q=" + Q(masked));
    EXPECT_EQ(none.status, 200);
    EXPECT_FALSE(Has(none.body, kShop)) << masked;
    EXPECT_TRUE(Has(none.body, "没有找到")) << masked;
    auto api = nlohmann::json::parse(Public("/api/v1/enforcement?q=" + Q(masked)).body);
    EXPECT_EQ(api["total"], 0) << masked;
  }

  // The page, the API, the feed and the API's search show the masked copy only.
  auto page = Public("/enforcement/" + id);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, kShop));
  EXPECT_TRUE(Has(page.body, shop_uscc));
  EXPECT_TRUE(Has(page.body, "<td>张**</td>")) << page.body.substr(0, 6000);
  EXPECT_TRUE(Has(page.body, "139****8888"));
  EXPECT_TRUE(Has(page.body, "370102********4417"));
  auto api = Public("/api/v1/enforcement/" + id);
  ASSERT_EQ(api.status, 200);
  EXPECT_TRUE(Has(api.Header("Content-Type"), "application/json"));
  auto j = nlohmann::json::parse(api.body);
  EXPECT_EQ(j["party_name"], kShop);
  EXPECT_EQ(j["party_type"], "individual_business");
  EXPECT_EQ(j["legal_rep"], "张**");
  EXPECT_EQ(j["fine_wan_yuan"], "0.2");
  EXPECT_TRUE(Has(j["facts"].get<std::string>(), "139****8888"));
  EXPECT_FALSE(j.contains("id_number"));
  auto feed = Public("/enforcement/feed.xml");
  ASSERT_EQ(feed.status, 200);
  EXPECT_TRUE(Has(feed.body, kShop));
  auto found = Public("/api/v1/enforcement?q=" + Q("张记"));
  ASSERT_EQ(found.status, 200);
  EXPECT_EQ(nlohmann::json::parse(found.body)["total"], 1);
  for (const HttpResult* r : {&page, &api, &feed, &found, &list}) {
    EXPECT_FALSE(Has(r->body, kOperator));
    EXPECT_FALSE(Has(r->body, kOperatorPhone));
    EXPECT_FALSE(Has(r->body, kOperatorId));
  }

  // The decisions no longer (or never) public, found through the console.
  auto officer = SignInDemo(*server_, "officer", kPassword);
  ASSERT_TRUE(officer);
  const std::string expired = ConsoleId(*officer, "济南泉城调味品厂");
  const std::string withdrawn = ConsoleId(*officer, "济南趵突食品有限公司");
  const std::string warning = ConsoleId(*officer, "济南明湖饮品有限公司");
  const std::string draft1 = ConsoleId(*officer, "济南齐鲁电器商行");
  const std::string draft2 = ConsoleId(*officer, "济南章丘五金交电有限公司");
  ASSERT_FALSE(expired.empty() || withdrawn.empty() || warning.empty() || draft1.empty() || draft2.empty());

  // The expired low fine: 410 with why, in Chinese, and none of its content.
  auto gone = Public("/enforcement/" + expired);
  EXPECT_EQ(gone.status, 410);
  EXPECT_TRUE(Has(gone.body, "公示期已于")) << gone.body.substr(0, 4000);
  EXPECT_TRUE(Has(gone.body, "届满"));
  EXPECT_FALSE(Has(gone.body, "酱油标签"));
  auto gone_api = Public("/api/v1/enforcement/" + expired);
  EXPECT_EQ(gone_api.status, 410);
  EXPECT_TRUE(Has(gone_api.Header("Content-Type"), "application/json"));
  auto gj = nlohmann::json::parse(gone_api.body);
  EXPECT_EQ(gj["error"]["status"], 410);
  EXPECT_TRUE(Has(gj["error"]["message"].get<std::string>(), "公示期已于"));
  EXPECT_FALSE(Has(gone_api.body, "济南泉城调味品厂"));

  // The withdrawn one: 410, saying it was revoked or changed.
  auto taken = Public("/enforcement/" + withdrawn);
  EXPECT_EQ(taken.status, 410);
  EXPECT_TRUE(Has(taken.body, "已被撤销或变更")) << taken.body.substr(0, 4000);
  EXPECT_FALSE(Has(taken.body, "速冻水饺"));
  auto taken_api = Public("/api/v1/enforcement/" + withdrawn);
  EXPECT_EQ(taken_api.status, 410);
  EXPECT_TRUE(Has(nlohmann::json::parse(taken_api.body)["error"]["message"].get<std::string>(), "已被撤销或变更"));

  // Warning-only and drafts were never public: 404, page and API.
  for (const std::string& never : {warning, draft1, draft2}) {
    auto p = Public("/enforcement/" + never);
    EXPECT_EQ(p.status, 404) << never;
    EXPECT_TRUE(Has(p.body, "没有找到该行政执法决定"));
    auto a = Public("/api/v1/enforcement/" + never);
    EXPECT_EQ(a.status, 404) << never;
    EXPECT_TRUE(nlohmann::json::parse(a.body)["error"]["message"].is_string());
  }
  EXPECT_FALSE(Has(Public("/api/v1/enforcement/" + warning).body, "济南明湖饮品有限公司"));
  EXPECT_EQ(Public("/enforcement/999999").status, 404);
  EXPECT_EQ(Public("/api/v1/enforcement/999999").status, 404);
}

TEST_F(EnforcementTest, TheApiPagesAndBadQueriesNeverFail) {
  auto all = Public("/api/v1/enforcement");
  ASSERT_EQ(all.status, 200);
  auto j = nlohmann::json::parse(all.body);
  for (const char* member : {"total", "page", "per_page", "decisions"}) EXPECT_TRUE(j.contains(member)) << member;
  EXPECT_EQ(j["page"], 1);
  EXPECT_EQ(j["per_page"], 20);
  const int total = j["total"];
  ASSERT_GE(total, 4);
  EXPECT_EQ(static_cast<int>(j["decisions"].size()), total);
  for (const auto& d : j["decisions"]) {
    EXPECT_EQ(d["url"], "/enforcement/" + std::to_string(d["id"].get<int64_t>()));
    EXPECT_TRUE(d["published_on"].is_string());
  }

  // Two pages of two: disjoint, and the same total.
  auto p1 = nlohmann::json::parse(Public("/api/v1/enforcement?per_page=2&page=1").body);
  auto p2 = nlohmann::json::parse(Public("/api/v1/enforcement?per_page=2&page=2").body);
  EXPECT_EQ(p1["per_page"], 2);
  EXPECT_EQ(p2["page"], 2);
  EXPECT_EQ(p2["total"], total);
  ASSERT_EQ(p1["decisions"].size(), 2u);
  ASSERT_EQ(p2["decisions"].size(), 2u);
  std::set<int64_t> ids;
  for (const auto* p : {&p1, &p2})
    for (const auto& d : (*p)["decisions"]) ids.insert(d["id"].get<int64_t>());
  EXPECT_EQ(ids.size(), 4u);
  auto beyond = nlohmann::json::parse(Public("/api/v1/enforcement?page=999").body);
  EXPECT_EQ(beyond["total"], total);
  EXPECT_TRUE(beyond["decisions"].empty());
  auto kinds = nlohmann::json::parse(Public("/api/v1/enforcement?kind=licence").body);
  ASSERT_GE(kinds["decisions"].size(), 1u);
  for (const auto& d : kinds["decisions"]) EXPECT_EQ(d["kind"], "licence");

  // Nonsense in the query string: a page (or a clear 400), never a 500.
  for (const std::string& path : std::vector<std::string>{"/enforcement?page=abc",
                                                          "/enforcement?page=-3",
                                                          "/enforcement?page=99999999999999999999",
                                                          "/enforcement?kind=xyz",
                                                          "/enforcement?year=abc",
                                                          "/enforcement?year=1800",
                                                          "/enforcement?q=%25",
                                                          "/enforcement?q=_",
                                                          "/enforcement?q=%27%3B--",
                                                          "/enforcement?q=" + std::string(300, 'a'),
                                                          "/enforcement?q=%FF%FE",
                                                          "/enforcement?per_page=0",
                                                          "/api/v1/enforcement?page=abc",
                                                          "/api/v1/enforcement?per_page=100000",
                                                          "/api/v1/enforcement?per_page=-5",
                                                          "/api/v1/enforcement?per_page=abc",
                                                          "/api/v1/enforcement?kind=xyz",
                                                          "/api/v1/enforcement?year=99999",
                                                          "/api/v1/enforcement?q=%25%25",
                                                          "/api/v1/enforcement?q=%FF",
                                                          "/enforcement/abc",
                                                          "/enforcement/0",
                                                          "/enforcement/-1",
                                                          "/enforcement/99999999999999999999999",
                                                          "/api/v1/enforcement/abc",
                                                          "/api/v1/enforcement/99999999999999999999999"}) {
    auto r = Public(path);
    EXPECT_TRUE(r.status == 200 || r.status == 400 || r.status == 404) << path << " answered " << r.status;
    if (r.status == 200 && path.starts_with("/api/")) {
      auto body = nlohmann::json::parse(r.body, nullptr, false);
      ASSERT_TRUE(body.is_object()) << path;
      EXPECT_GE(body["per_page"].get<int>(), 1) << path;
      EXPECT_LE(body["per_page"].get<int>(), 100) << path;
      EXPECT_GE(body["page"].get<int>(), 1) << path;
    }
  }
  // An unknown kind is no filter; a bad page is the first.
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/enforcement?kind=xyz").body)["total"], total);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/enforcement?page=abc").body)["page"], 1);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/enforcement?per_page=100000").body)["per_page"], 100);
  EXPECT_TRUE(Has(Public("/enforcement?page=abc").body, "济南鲁源食品有限公司"));
}

TEST(EnforcementImportTest, TheCommandLineImportsAWholeFileOrNothing) {
  const std::string dir = ServerProcess::MakeTempDir();
  std::string out, err;
  ASSERT_EQ(ServerProcess::Run({"init", "--demo", "--data", dir, "--admin-password", ServerProcess::kAdminPassword},
                               &out, &err),
            0)
      << err;

  const std::string org_uscc = WithUsccCheckDigit("91370100MA3E50001");
  std::string bad_uscc = WithUsccCheckDigit("91370100MA3E50002");
  bad_uscc.back() = bad_uscc.back() == '0' ? '1' : '0';  // a wrong check digit
  const PenaltyRow org{"济南泺源包装制品有限公司",
                       "法人及非法人组织",
                       org_uscc,
                       "马国栋",
                       "",
                       "",
                       DocNo(7001),
                       "当事人使用不符合食品安全标准的食品包装材料。",
                       "罚款3万元。",
                       "3",
                       ChinaDateFromToday(-10)};
  const PenaltyRow person{"宋桂英",
                          "自然人",
                          "",
                          "",
                          "身份证",
                          "370105197708123326",
                          DocNo(7002),
                          "当事人宋桂英（身份证号370105197708123326，电话13706412345）在集贸市场销售病死禽肉。",
                          "罚款5000元。",
                          "0.5",
                          ChinaDateFromToday(-8)};
  PenaltyRow wrong_check = org;
  wrong_check.party = "济南千佛山茶叶有限公司";
  wrong_check.uscc = bad_uscc;
  wrong_check.doc_no = DocNo(7003);
  PenaltyRow wrong_date = org;
  wrong_date.party = "济南大明湖糕点坊";
  wrong_date.uscc = WithUsccCheckDigit("92370100MA3E50004");
  wrong_date.type = "个体工商户";
  wrong_date.doc_no = DocNo(7004);
  wrong_date.decided_on = "2026-13-45";

  // Lines: 1 the header, 2 org, 3 the bad check digit, 4 person, 5 the bad date.
  std::ofstream(dir + "/bad.csv") << kPenaltyHeader << Csv(org) << Csv(wrong_check) << Csv(person) << Csv(wrong_date);
  EXPECT_NE(ServerProcess::Run({"import", "enforcement", dir + "/bad.csv", "--data", dir}, &out, &err), 0);
  const std::string said = out + err;
  EXPECT_TRUE(Has(said, "未导入")) << said;
  EXPECT_TRUE(Has(said, "第 3 行")) << said;
  EXPECT_TRUE(Has(said, bad_uscc)) << said;
  EXPECT_TRUE(Has(said, "第 5 行")) << said;
  EXPECT_TRUE(Has(said, "2026-13-45")) << said;
  EXPECT_FALSE(Has(said, "第 2 行")) << said;
  EXPECT_FALSE(Has(said, "第 4 行")) << said;

  // The good rows alone import: had any row gone in before, its 文号 would
  // now be taken.
  std::ofstream(dir + "/good.csv") << kPenaltyHeader << Csv(org) << Csv(person);
  ASSERT_EQ(ServerProcess::Run({"import", "enforcement", dir + "/good.csv", "--data", dir}, &out, &err), 0)
      << out << err;
  EXPECT_TRUE(Has(out, "已导入 2 条")) << out;
  // Again: nothing twice.
  EXPECT_NE(ServerProcess::Run({"import", "enforcement", dir + "/good.csv", "--data", dir}, &out, &err), 0);
  EXPECT_TRUE(Has(out, "已在系统中")) << out << err;

  // JSONL: a licence with a bad line, then without it.
  const std::string licence_no = "济市监许〔" + std::to_string(ChinaYearNow()) + "〕7101号";
  nlohmann::json lic = {{"行政相对人名称", "济南泉水人家餐饮有限公司"},
                        {"行政相对人类别", "法人及非法人组织"},
                        {"统一社会信用代码", WithUsccCheckDigit("91370100MA3E50005")},
                        {"法定代表人", "韩立"},
                        {"行政许可决定文书号", licence_no},
                        {"许可类别", "食品经营许可（新办）"},
                        {"许可证书名称", "食品经营许可证"},
                        {"许可编号", "JY13701020077001"},
                        {"许可内容", "热食类食品制售"},
                        {"许可决定日期", ChinaDateFromToday(-4)},
                        {"有效期自", ChinaDateFromToday(-4)},
                        {"有效期至", ChinaDateFromToday(5 * 365)},
                        {"许可机关", kBureau},
                        {"许可机关统一社会信用代码", kBureauUscc}};
  nlohmann::json lic_bad = lic;
  lic_bad["行政相对人名称"] = "济南芙蓉街小吃店";
  lic_bad["行政许可决定文书号"] = "济市监许〔" + std::to_string(ChinaYearNow()) + "〕7102号";
  lic_bad["许可决定日期"] = "去年";
  std::ofstream(dir + "/bad.jsonl") << lic.dump() << "\n" << lic_bad.dump() << "\n";
  EXPECT_NE(ServerProcess::Run({"import", "enforcement", dir + "/bad.jsonl", "--data", dir}, &out, &err), 0);
  EXPECT_TRUE(Has(out, "第 2 行")) << out << err;
  EXPECT_TRUE(Has(out, "去年")) << out;
  std::ofstream(dir + "/good.jsonl") << lic.dump() << "\n";
  ASSERT_EQ(ServerProcess::Run({"import", "enforcement", dir + "/good.jsonl", "--data", dir}, &out, &err), 0)
      << out << err;
  EXPECT_TRUE(Has(out, "已导入 1 条")) << out;

  // Served: the imports are public, masked; the refused rows are nowhere.
  {
    auto server = ServerProcess::Start({}, {}, "127.0.0.1:0", dir);
    ASSERT_NE(server, nullptr);
    auto get = [&](const std::string& path) { return Fetch(server->host(), server->port(), "GET", path); };
    auto list = get("/enforcement");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(Has(list.body, "济南泺源包装制品有限公司"));
    EXPECT_TRUE(Has(list.body, "济南泉水人家餐饮有限公司"));
    EXPECT_TRUE(Has(list.body, "宋**")) << list.body.substr(0, 6000);
    for (const char* refused : {"济南千佛山茶叶有限公司", "济南大明湖糕点坊", "济南芙蓉街小吃店"})
      EXPECT_FALSE(Has(list.body, refused)) << refused;
    const std::string id = Capture(list.body, R"re(href="/enforcement/(\d+)">宋\*\*<)re");
    ASSERT_FALSE(id.empty()) << list.body.substr(0, 6000);
    for (const std::string& path :
         std::vector<std::string>{"/enforcement/" + id, "/api/v1/enforcement/" + id,
                                  "/api/v1/enforcement?q=" + Q(DocNo(7002)), "/enforcement/feed.xml"}) {
      auto r = get(path);
      ASSERT_EQ(r.status, 200) << path;
      EXPECT_TRUE(Has(r.body, "宋**")) << path;
      EXPECT_FALSE(Has(r.body, "宋桂英")) << path;
      EXPECT_FALSE(Has(r.body, "370105197708123326")) << path;
      EXPECT_FALSE(Has(r.body, "13706412345")) << path;
    }
    auto page = get("/enforcement/" + id);
    EXPECT_TRUE(Has(page.body, "370105********3326")) << page.body.substr(0, 6000);
    EXPECT_TRUE(Has(page.body, "137****2345"));
    EXPECT_FALSE(Has(page.body, "证件号码"));
    EXPECT_TRUE(Has(page.body, "自然人"));
    auto api = nlohmann::json::parse(get("/api/v1/enforcement/" + id).body);
    EXPECT_EQ(api["party_type"], "person");
    EXPECT_TRUE(api["party_uscc"].is_null());
    // The organisation keeps its name and code; searching either finds it.
    EXPECT_TRUE(Has(get("/enforcement?q=" + org_uscc).body, "济南泺源包装制品有限公司"));
    EXPECT_FALSE(Has(get("/enforcement?q=" + Q("宋桂英")).body, DocNo(7002)));
  }
  std::filesystem::remove_all(dir);
}

TEST_F(EnforcementTest, EachRoleDoesWhatItMayInTheConsole) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(officer && editor && reviewer);
  EXPECT_EQ(reviewer->Get("/console/enforcement").status, 403);
  EXPECT_EQ(reviewer->Get("/console/enforcement/new").status, 403);
  EXPECT_EQ(reviewer->Get("/console/enforcement/import").status, 403);
  EXPECT_EQ(editor->Get("/console/enforcement/import").status, 403);
  EXPECT_EQ(editor->Get("/console/enforcement").status, 200);

  // 信息员 drafts a penalty on a natural person; a missing 文号 is named.
  auto form = editor->Get("/console/enforcement/new?kind=penalty");
  ASSERT_EQ(form.status, 200);
  const std::string agency = Capture(form.body, R"re(<option value="(\d+)" selected>)re");
  ASSERT_FALSE(agency.empty()) << form.body.substr(0, 6000);
  std::vector<std::pair<std::string, std::string>> fields = {
      {"agency_id", agency},
      {"kind", "penalty"},
      {"party_name", "吕春燕"},
      {"party_type", "person"},
      {"id_type", "身份证"},
      {"id_number", "370103198506201228"},
      {"doc_no", DocNo(8001)},
      {"violation_type", "违反《中华人民共和国食品安全法》"},
      {"facts", "当事人吕春燕（手机15165011234）无证从事食品摊贩经营，销售自制腌菜。"},
      {"basis", "《山东省食品小作坊小餐饮和食品摊点管理条例》"},
      {"categories", "罚款"},
      {"content", "罚款3000元。"},
      {"fine", "0.3"},
      {"decided_on", ChinaDateFromToday(-2)},
      {"authority", kBureau},
      {"authority_uscc", kBureauUscc}};
  auto missing = fields;
  for (auto& [k, v] : missing)
    if (k == "doc_no") v = "";
  auto refused = editor->Post("/console/enforcement", missing);
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(Has(refused.body, "请填写行政处罚决定书文号")) << refused.body.substr(0, 6000);
  EXPECT_TRUE(Has(refused.body, "吕春燕"));  // what was typed stays
  EXPECT_FALSE(Has(officer->Get("/console/enforcement?q=" + Q(DocNo(8001))).body, "<tr id=\"decision-"));
  editor->Get("/console/enforcement/new?kind=penalty");
  auto created = editor->Post("/console/enforcement", fields);
  ASSERT_EQ(created.status, 303) << created.body.substr(0, 6000);
  const std::string id = Capture(created.Header("Location"), R"(/console/enforcement/(\d+))");
  ASSERT_FALSE(id.empty()) << created.Header("Location");

  // The draft with its masked preview; not public; the editor may not publish.
  auto draft = editor->Get("/console/enforcement/" + id);
  ASSERT_EQ(draft.status, 200);
  EXPECT_TRUE(Has(draft.body, "公示效果预览"));
  const auto preview_at = draft.body.find("preview-title");
  ASSERT_NE(preview_at, std::string::npos);
  const std::string record = draft.body.substr(0, preview_at), preview = draft.body.substr(preview_at);
  EXPECT_TRUE(Has(record, "370103198506201228"));  // the staff record keeps it
  EXPECT_TRUE(Has(preview, "吕**")) << preview.substr(0, 4000);
  EXPECT_TRUE(Has(preview, "151****1234"));
  EXPECT_FALSE(Has(preview, "吕春燕"));
  EXPECT_FALSE(Has(preview, "370103198506201228"));
  EXPECT_FALSE(Has(preview, "15165011234"));
  EXPECT_TRUE(Has(draft.body, "待公示"));
  EXPECT_FALSE(Has(draft.body, "确认脱敏结果并公示"));
  EXPECT_EQ(Public("/enforcement/" + id).status, 404);
  EXPECT_EQ(Public("/api/v1/enforcement/" + id).status, 404);
  EXPECT_EQ(editor->Post("/console/enforcement/" + id + "/publish", {}).status, 403);
  EXPECT_EQ(Public("/enforcement/" + id).status, 404);
  EXPECT_EQ(reviewer->Post("/console/enforcement/" + id + "/publish", {}).status, 403);

  // 公开办 publishes: public at once, masked.
  auto to_publish = officer->Get("/console/enforcement/" + id);
  ASSERT_EQ(to_publish.status, 200);
  EXPECT_TRUE(Has(to_publish.body, "确认脱敏结果并公示"));
  auto published = officer->Post("/console/enforcement/" + id + "/publish", {});
  ASSERT_EQ(published.status, 303) << published.body.substr(0, 4000);
  auto shown = Public("/enforcement/" + id);
  ASSERT_EQ(shown.status, 200);
  EXPECT_TRUE(Has(shown.body, "吕**"));
  EXPECT_TRUE(Has(shown.body, ChinaDateFromToday(0)));  // 公示日期
  for (const char* secret : {"吕春燕", "370103198506201228", "15165011234"}) EXPECT_FALSE(Has(shown.body, secret));
  EXPECT_TRUE(Has(Public("/enforcement").body, "href=\"/enforcement/" + id + "\">吕**</a>"));
  EXPECT_TRUE(Has(officer->Get("/console/enforcement/" + id).body, "公示中"));

  // Withdrawing needs a reason: refused in Chinese, nothing changes.
  officer->Get("/console/enforcement/" + id);
  auto no_reason = officer->Post("/console/enforcement/" + id + "/withdraw",
                                 {{"revoked_on", ChinaDateFromToday(0)}, {"reason", ""}});
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_TRUE(Has(no_reason.body, "请写明撤下的原因")) << no_reason.body.substr(0, 6000);
  EXPECT_EQ(Public("/enforcement/" + id).status, 200);
  EXPECT_TRUE(Has(officer->Get("/console/enforcement/" + id).body, "公示中"));
  officer->Get("/console/enforcement/" + id);
  auto no_date =
      officer->Post("/console/enforcement/" + id + "/withdraw", {{"revoked_on", ""}, {"reason", "复议撤销"}});
  EXPECT_EQ(no_date.status, 400);
  EXPECT_TRUE(Has(no_date.body, "请填写决定被撤销或变更的日期"));
  EXPECT_EQ(Public("/enforcement/" + id).status, 200);
  editor->Get("/console/enforcement/" + id);
  EXPECT_EQ(editor
                ->Post("/console/enforcement/" + id + "/withdraw",
                       {{"revoked_on", ChinaDateFromToday(0)}, {"reason", "经行政复议撤销"}})
                .status,
            403);
  EXPECT_EQ(Public("/enforcement/" + id).status, 200);

  // With a reason: taken down, 410 on the page and the API.
  officer->Get("/console/enforcement/" + id);
  auto withdrawn = officer->Post("/console/enforcement/" + id + "/withdraw",
                                 {{"revoked_on", ChinaDateFromToday(0)}, {"reason", "经行政复议，原处罚决定被变更。"}});
  ASSERT_EQ(withdrawn.status, 303) << withdrawn.body.substr(0, 6000);
  auto gone = Public("/enforcement/" + id);
  EXPECT_EQ(gone.status, 410);
  EXPECT_TRUE(Has(gone.body, "已被撤销或变更")) << gone.body.substr(0, 4000);
  EXPECT_FALSE(Has(gone.body, "腌菜"));
  // The reason staff recorded stays in the console (docs/api.md, 410).
  EXPECT_FALSE(Has(gone.body, "原处罚决定被变更"));
  EXPECT_EQ(Public("/api/v1/enforcement/" + id).status, 410);
  EXPECT_FALSE(Has(Public("/enforcement").body, "/enforcement/" + id + "\""));
  auto record_after = officer->Get("/console/enforcement/" + id);
  EXPECT_TRUE(Has(record_after.body, "已撤下"));
  EXPECT_TRUE(Has(record_after.body, "经行政复议，原处罚决定被变更。"));
  // Published twice or withdrawn twice: refused, still gone.
  officer->Get("/console/enforcement/" + id);
  const int again = officer->Post("/console/enforcement/" + id + "/publish", {}).status;
  EXPECT_TRUE(again == 409 || again == 400) << again;
  EXPECT_EQ(Public("/enforcement/" + id).status, 410);

  // The upload: a bad row refuses the file, naming the row; the fixed file
  // imports and says what it did.
  const PenaltyRow good{"济南洪家楼副食品商店",
                        "个体工商户",
                        WithUsccCheckDigit("92370100MA3E60001"),
                        "邵东来",
                        "",
                        "",
                        DocNo(8101),
                        "经营者邵东来（电话13853112345）销售过期饮料。",
                        "罚款1000元。",
                        "0.1",
                        ChinaDateFromToday(-6)};
  PenaltyRow bad = good;
  bad.party = "济南经十路粮油店";
  bad.uscc = WithUsccCheckDigit("92370100MA3E60002");
  bad.doc_no = DocNo(8102);
  bad.decided_on = ChinaDateFromToday(30);  // in the future
  auto import_page = officer->Get("/console/enforcement/import");
  ASSERT_EQ(import_page.status, 200);
  auto rejected =
      officer->PostFile("/console/enforcement/import", "file", "penalties.csv", kPenaltyHeader + Csv(good) + Csv(bad));
  EXPECT_EQ(rejected.status, 400);
  EXPECT_TRUE(Has(rejected.body, "第 3 行")) << rejected.body.substr(0, 6000);
  EXPECT_TRUE(Has(rejected.body, "不能晚于今天"));
  EXPECT_FALSE(Has(rejected.body, "第 2 行"));
  EXPECT_TRUE(ConsoleId(*officer, "济南洪家楼副食品商店").empty());
  EXPECT_FALSE(Has(Public("/enforcement").body, "济南洪家楼副食品商店"));
  officer->Get("/console/enforcement/import");
  auto empty = officer->PostFile("/console/enforcement/import", "file", "empty.csv", "");
  EXPECT_EQ(empty.status, 400);
  EXPECT_TRUE(Has(empty.body, "请选择要导入的文件"));
  officer->Get("/console/enforcement/import");
  auto imported = officer->PostFile("/console/enforcement/import", "file", "penalties.csv",
                                    kPenaltyHeader + Csv(good) + Csv([&] {
                                      PenaltyRow fixed = bad;
                                      fixed.decided_on = ChinaDateFromToday(-3);
                                      return fixed;
                                    }()));
  ASSERT_EQ(imported.status, 200) << imported.body.substr(0, 6000);
  EXPECT_TRUE(Has(imported.body, "已导入 2 条")) << imported.body.substr(0, 6000);
  EXPECT_TRUE(Has(imported.body, "2 条正在公示"));
  auto list = Public("/enforcement");
  EXPECT_TRUE(Has(list.body, "济南洪家楼副食品商店"));
  EXPECT_TRUE(Has(list.body, "济南经十路粮油店"));
  const std::string shop = PublicId("济南洪家楼副食品商店");
  ASSERT_FALSE(shop.empty());
  auto shop_page = Public("/enforcement/" + shop);
  EXPECT_TRUE(Has(shop_page.body, "邵**"));
  EXPECT_TRUE(Has(shop_page.body, "138****2345"));
  EXPECT_FALSE(Has(shop_page.body, "邵东来"));
  EXPECT_FALSE(Has(shop_page.body, "13853112345"));
}

TEST_F(EnforcementTest, TheDashboardCountsOverdueDecisions) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  ASSERT_TRUE(officer);
  auto dash = officer->Get("/console");
  ASSERT_EQ(dash.status, 200);
  EXPECT_TRUE(Has(dash.body, "行政执法公示")) << dash.body.substr(0, 6000);
  // The demo has one draft past its 20 working days and one still due.
  EXPECT_EQ(Capture(dash.body, R"re(id="dash-enf-overdue">(\d+)<)re"), "1") << dash.body.substr(0, 6000);
  EXPECT_EQ(Capture(dash.body, R"re(id="dash-enf-due">(\d+)<)re"), "1");
  // The console list agrees and names them.
  auto list = officer->Get("/console/enforcement");
  EXPECT_EQ(Capture(list.body, R"re(id="enf-overdue">(\d+)<)re"), "1");
  EXPECT_TRUE(Has(list.body, "已超过公示期限仍未公示"));
  auto overdue = officer->Get("/console/enforcement?status=overdue");
  EXPECT_TRUE(Has(overdue.body, "济南章丘五金交电有限公司")) << overdue.body.substr(0, 6000);
  EXPECT_FALSE(Has(overdue.body, "济南齐鲁电器商行"));
  // A reviewer manages no enforcement: no card.
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(reviewer);
  EXPECT_FALSE(Has(reviewer->Get("/console").body, "dash-enf-overdue"));
}

}  // namespace
}  // namespace gk::testing
