// 集约化 portals and 专题 from outside: the demo's district bureau has its own
// 政府信息公开, column tree, column pages, topic pages, feeds and search scope
// under /agencies/ID, showing its items and none of the city's; the city (the
// site's own agency) keeps its portal at the root; the home page, the agency
// pages, the site map and sitemap.xml lead to every portal and topic.
#include <gtest/gtest.h>

#include <regex>

#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kDistrict = "济南市历下区市场监督管理局";
constexpr const char* kDistrictNotice = "历下区市场监管局关于做好个体工商户年报公示工作的提示";
constexpr const char* kDistrictSchool = "历下区开展春季学期校园周边食品经营单位检查";
constexpr const char* kCityNotice = "关于调整行政审批服务大厅办公时间的通告";

class PortalTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = ServerProcess::Start().release();
    ASSERT_NE(server_, nullptr);
    auto list = Get("/agencies");
    std::smatch m;
    const std::regex row(std::string("<a href=\"/agencies/([0-9]+)\">") + kDistrict + "</a>");
    ASSERT_TRUE(std::regex_search(list.body, m, row)) << "the demo's district bureau is listed";
    district_ = "/agencies/" + m[1].str();
    const std::regex city("<a href=\"/agencies/([0-9]+)\">济南市市场监督管理局</a>");
    ASSERT_TRUE(std::regex_search(list.body, m, city));
    city_ = "/agencies/" + m[1].str();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static HttpResult Get(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }

  static ServerProcess* server_;
  static std::string district_;
  static std::string city_;
};

ServerProcess* PortalTest::server_ = nullptr;
std::string PortalTest::district_;
std::string PortalTest::city_;

TEST_F(PortalTest, AHostedAgencyHasItsOwnXxgkWithItsItemsOnly) {
  auto xxgk = Get(district_ + "/xxgk");
  ASSERT_EQ(xxgk.status, 200);
  EXPECT_TRUE(Has(xxgk.body, std::string("<h1><span class=\"portal-agency\">") + kDistrict + "</span>政府信息公开</h1>"));
  for (const char* part : {"政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年度报告"})
    EXPECT_TRUE(Has(xxgk.body, part)) << part;
  EXPECT_TRUE(Has(xxgk.body, "历下区市场监督管理局政府信息公开指南"));
  EXPECT_FALSE(Has(xxgk.body, "济南市市场监督管理局政府信息公开指南"));
  // The portal bar leads to the agency's own pages.
  EXPECT_TRUE(Has(xxgk.body, "class=\"portal-bar\""));
  EXPECT_TRUE(Has(xxgk.body, "href=\"" + district_ + "/columns\""));
  EXPECT_TRUE(Has(xxgk.body, "href=\"/search?agency=" + district_.substr(10) + "\""));
}

TEST_F(PortalTest, TheSiteAgencyKeepsItsPortalAtTheRoot) {
  auto xxgk = Get(city_ + "/xxgk");
  EXPECT_EQ(xxgk.status, 301);
  EXPECT_EQ(xxgk.Header("Location"), "/xxgk");
  auto column = Get(city_ + "/columns/tzgg");
  EXPECT_EQ(column.status, 301);
  EXPECT_EQ(column.Header("Location"), "/columns/tzgg");
  auto root = Get("/xxgk");
  ASSERT_EQ(root.status, 200);
  EXPECT_FALSE(Has(root.body, "class=\"portal-bar\""));
}

TEST_F(PortalTest, ColumnPagesAreTheAgencysOwn) {
  auto tzgg = Get(district_ + "/columns/tzgg");
  ASSERT_EQ(tzgg.status, 200);
  EXPECT_TRUE(Has(tzgg.body, kDistrictNotice));
  EXPECT_FALSE(Has(tzgg.body, kCityNotice));
  auto city = Get("/columns/tzgg");
  ASSERT_EQ(city.status, 200);
  EXPECT_TRUE(Has(city.body, kCityNotice));
  EXPECT_FALSE(Has(city.body, kDistrictNotice));
  // A column of another agency, by number, is not found here.
  EXPECT_EQ(Get(district_ + "/columns/no-such-column").status, 404);
  EXPECT_EQ(Get("/agencies/999999/xxgk").status, 404);
  EXPECT_EQ(Get("/agencies/999999/columns/tzgg").status, 404);
}

TEST_F(PortalTest, TheColumnTreeShowsTopicsAndSubColumns) {
  auto tree = Get(district_ + "/columns");
  ASSERT_EQ(tree.status, 200);
  EXPECT_TRUE(Has(tree.body, "全部栏目"));
  EXPECT_TRUE(Has(tree.body, "食品药品安全监管"));
  EXPECT_TRUE(Has(tree.body, "校园周边食品安全"));
  EXPECT_TRUE(Has(tree.body, "class=\"depth-1\""));
  EXPECT_TRUE(Has(tree.body, "href=\"" + district_ + "/topics/zt-spyp\""));
}

TEST_F(PortalTest, ATopicLandingPageGathersItsSubColumns) {
  auto topic = Get(district_ + "/topics/zt-spyp");
  ASSERT_EQ(topic.status, 200);
  EXPECT_TRUE(Has(topic.body, "<h1>食品药品安全监管</h1>"));
  EXPECT_TRUE(Has(topic.body, "校园周边食品安全"));
  EXPECT_TRUE(Has(topic.body, "餐饮服务食品安全"));
  EXPECT_TRUE(Has(topic.body, kDistrictSchool));
  EXPECT_FALSE(Has(topic.body, kCityNotice));
  // Only topic columns have landing pages; the site's own are at /topics/CODE.
  EXPECT_EQ(Get(district_ + "/topics/tzgg").status, 404);
  EXPECT_EQ(Get(district_ + "/topics/zt-nothing").status, 404);
  EXPECT_EQ(Get("/topics/zt-spyp").status, 200);
  EXPECT_EQ(Get(city_ + "/topics/zt-spyp").status, 301);
  auto index = Get("/topics");
  ASSERT_EQ(index.status, 200);
  EXPECT_TRUE(Has(index.body, kDistrict));
  EXPECT_TRUE(Has(index.body, "href=\"" + district_ + "/topics/zt-spyp\""));
  EXPECT_TRUE(Has(index.body, "href=\"/topics/zt-spyp\""));
}

TEST_F(PortalTest, FeedsOfTheAgencyAndItsColumns) {
  auto rss = Get(district_ + "/feed.xml");
  ASSERT_EQ(rss.status, 200);
  EXPECT_TRUE(Has(rss.body, "<rss"));
  EXPECT_TRUE(Has(rss.body, kDistrictNotice));
  EXPECT_FALSE(Has(rss.body, kCityNotice));
  auto atom = Get(district_ + "/columns/tzgg/atom.xml");
  ASSERT_EQ(atom.status, 200);
  EXPECT_TRUE(Has(atom.body, "<feed"));
  EXPECT_TRUE(Has(atom.body, kDistrictNotice));
  EXPECT_EQ(Get(district_ + "/columns/no-such-column/feed.xml").status, 404);
  EXPECT_EQ(Get("/agencies/999999/feed.xml").status, 404);
}

TEST_F(PortalTest, SearchNarrowedToTheAgency) {
  const std::string id = district_.substr(10);
  auto found = Get("/search?agency=" + id + "&q=" + http::PercentEncode("检查"));
  ASSERT_EQ(found.status, 200);
  EXPECT_TRUE(Has(found.body, "校园周边食品经营单位"));
  auto city = Get("/search?agency=" + city_.substr(10) + "&q=" + http::PercentEncode("检查"));
  ASSERT_EQ(city.status, 200);
  EXPECT_FALSE(Has(city.body, "校园周边食品经营单位"));
}

TEST_F(PortalTest, EveryPortalAndTopicIsLinkedFromTheSite) {
  auto home = Get("/");
  ASSERT_EQ(home.status, 200);
  EXPECT_TRUE(Has(home.body, "href=\"" + district_ + "/xxgk\""));
  EXPECT_TRUE(Has(home.body, "专题专栏"));
  EXPECT_TRUE(Has(home.body, "href=\"/topics/zt-spyp\""));
  auto agencies = Get("/agencies");
  EXPECT_TRUE(Has(agencies.body, "href=\"" + district_ + "/xxgk\""));
  auto agency = Get(district_);
  ASSERT_EQ(agency.status, 200);
  EXPECT_TRUE(Has(agency.body, "href=\"" + district_ + "/xxgk\""));
  EXPECT_TRUE(Has(agency.body, "href=\"" + district_ + "/feed.xml\""));
  EXPECT_TRUE(Has(agency.body, "href=\"" + district_ + "/topics/zt-spyp\""));
  auto map = Get("/sitemap");
  ASSERT_EQ(map.status, 200);
  EXPECT_TRUE(Has(map.body, "href=\"" + district_ + "/xxgk\""));
  EXPECT_TRUE(Has(map.body, "href=\"" + district_ + "/topics/zt-spyp\""));
  auto xml = Get("/sitemap.xml");
  ASSERT_EQ(xml.status, 200);
  EXPECT_TRUE(Has(xml.body, district_ + "/xxgk</loc>"));
  EXPECT_TRUE(Has(xml.body, "/topics/zt-spyp</loc>"));
  EXPECT_TRUE(Has(xml.body, district_ + "/topics/zt-spyp</loc>"));
}

}  // namespace
}  // namespace gk::testing
