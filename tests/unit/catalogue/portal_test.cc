// The addresses of an agency's portal (集约化), topic columns (专题) and the
// column tree's order.
#include "catalogue/portal.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gk::catalogue {
namespace {

Column Col(int64_t id, int64_t parent, const std::string& code, const std::string& name = "") {
  Column c;
  c.id = id;
  c.agency_id = 7;
  c.parent_id = parent;
  c.code = code;
  c.name = name.empty() ? code : name;
  return c;
}

std::vector<std::string> Codes(const std::vector<Column>& columns) {
  std::vector<std::string> out;
  for (const auto& c : columns) out.push_back(c.code);
  return out;
}

TEST(PortalTest, TheSiteAgencyKeepsTheRootOthersLiveUnderTheirNumber) {
  const Column notices = Col(3, 0, "tzgg");
  const Column topic = Col(4, 0, "zt-spyp");
  const Column xxgk = Col(5, 0, "xxgk");
  struct Case {
    bool site;
    const char* xxgk;
    const char* column;
    const char* topic;
    const char* rss;
  } const cases[] = {
      {true, "/xxgk", "/columns/tzgg", "/topics/zt-spyp", "/columns/tzgg/feed.xml"},
      {false, "/agencies/7/xxgk", "/agencies/7/columns/tzgg", "/agencies/7/topics/zt-spyp",
       "/agencies/7/columns/tzgg/feed.xml"},
  };
  for (const auto& c : cases) {
    const Portal p(7, c.site);
    SCOPED_TRACE(c.site ? "site" : "hosted");
    EXPECT_EQ(p.Xxgk(), c.xxgk);
    EXPECT_EQ(p.ColumnPath(notices), c.column);
    EXPECT_EQ(p.TopicPath(topic), c.topic);
    EXPECT_EQ(p.RssOf(notices), c.rss);
    EXPECT_EQ(p.PageOf(notices), c.column);
    EXPECT_EQ(p.PageOf(topic), c.topic);
    EXPECT_EQ(p.PageOf(xxgk), c.xxgk);
    // The same for both: the agency page, its tree, its feeds and its search.
    EXPECT_EQ(p.Home(), "/agencies/7");
    EXPECT_EQ(p.ColumnIndex(), "/agencies/7/columns");
    EXPECT_EQ(p.Rss(), "/agencies/7/feed.xml");
    EXPECT_EQ(p.Atom(), "/agencies/7/atom.xml");
    EXPECT_EQ(p.Search(), "/search?agency=7");
  }
}

TEST(PortalTest, TopicColumnsAreThoseCodedZt) {
  EXPECT_TRUE(IsTopicColumn(Col(1, 0, "zt-spyp")));
  EXPECT_TRUE(IsTopicColumn(Col(1, 0, "zt-a")));
  EXPECT_FALSE(IsTopicColumn(Col(1, 0, "tzgg")));
  EXPECT_FALSE(IsTopicColumn(Col(1, 0, "ztgg")));  // no hyphen
  EXPECT_FALSE(IsTopicColumn(Col(1, 0, "xxgk-zt-a")));
}

TEST(PortalTest, OnlyTopicsThatHeadATopicAreListed) {
  const std::vector<Column> columns = {Col(1, 0, "tzgg"), Col(2, 0, "zt-spyp"), Col(3, 2, "zt-spyp-xyzb"),
                                       Col(4, 2, "cyfw"), Col(5, 1, "zt-under-notices"), Col(6, 0, "zt-zscq"),
                                       Col(7, 99, "zt-orphan")};
  EXPECT_EQ(Codes(TopLevelTopics(columns)),
            (std::vector<std::string>{"zt-spyp", "zt-under-notices", "zt-zscq", "zt-orphan"}));
  EXPECT_TRUE(TopLevelTopics({}).empty());
}

TEST(PortalTest, TrailListsAncestorsOutermostFirst) {
  const std::vector<Column> columns = {Col(1, 0, "xxgk"), Col(2, 1, "xxgk-fdnr"), Col(3, 2, "fdnr-jgzn")};
  EXPECT_EQ(Codes(ColumnTrail(columns, columns[2])), (std::vector<std::string>{"xxgk", "xxgk-fdnr"}));
  EXPECT_TRUE(ColumnTrail(columns, columns[0]).empty());
  // A parent outside the list ends the trail; a cycle does not loop.
  EXPECT_TRUE(ColumnTrail(columns, Col(9, 42, "x")).empty());
  const std::vector<Column> cycle = {Col(1, 2, "a"), Col(2, 1, "b")};
  EXPECT_EQ(Codes(ColumnTrail(cycle, cycle[0])), (std::vector<std::string>{"b"}));
}

TEST(PortalTest, TreeIsDepthFirstInListedOrder) {
  const std::vector<Column> columns = {Col(1, 0, "xxgk"), Col(2, 1, "xxgk-zn"), Col(3, 1, "xxgk-fdnr"),
                                       Col(4, 0, "tzgg"), Col(5, 3, "fdnr-jgzn"), Col(6, 77, "lost"),
                                       Col(7, 8, "c1"), Col(8, 7, "c2")};  // a cycle: never listed
  std::vector<std::string> got;
  for (const auto& row : ColumnTree(columns)) got.push_back(row.column.code + ":" + std::to_string(row.depth));
  EXPECT_EQ(got, (std::vector<std::string>{"xxgk:0", "xxgk-zn:1", "xxgk-fdnr:1", "fdnr-jgzn:2", "tzgg:0",
                                           "lost:0"}));
}

}  // namespace
}  // namespace gk::catalogue
