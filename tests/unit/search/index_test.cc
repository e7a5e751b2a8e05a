// The search index against a real Xapian database in a temporary directory.
#include "search/index.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace gk::search {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "gk-search-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  std::string Sub(const std::string& name) const { return (fs::path(path_) / name).string(); }

 private:
  std::string path_;
};

Document Doc(int64_t id, std::string title, std::string body = "") {
  Document d;
  d.id = id;
  d.title = std::move(title);
  d.body_text = std::move(body);
  d.url = "/xxgk/" + std::to_string(id) + ".html";
  d.published_at = 1600000000 + id * 86400;
  d.year = 2020;
  return d;
}

Query TextQuery(std::string text) {
  Query q;
  q.text = std::move(text);
  q.partial = true;
  return q;
}

std::vector<int64_t> Ids(const Results& r) {
  std::vector<int64_t> ids;
  for (const Hit& h : r.hits) ids.push_back(h.id);
  return ids;
}

std::string StripMarks(std::string html) {
  for (std::string tag : {"<mark>", "</mark>"}) {
    for (size_t at; (at = html.find(tag)) != std::string::npos;) html.erase(at, tag.size());
  }
  return html;
}

class IndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Index::Open(dir_.Sub("index"));
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    index_ = std::move(opened).value();
  }

  void Put(const Document& d) { ASSERT_TRUE(index_->Upsert(d).ok()); }

  Results Find(const std::string& text) { return Find(TextQuery(text)); }
  Results Find(const Query& q) {
    auto r = index_->Search(q);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value() : Results{};
  }

  TempDir dir_;
  std::unique_ptr<Index> index_;
};

TEST_F(IndexTest, TwoCharacterChineseWordsMatch) {
  Put(Doc(1, "关于开展食品安全监督抽检工作的通知"));
  Put(Doc(2, "双随机抽查工作实施方案", "本局组织开展双随机抽查。"));
  Put(Doc(3, "产品质量监督公告", "食用农产品、药品和化妆品。"));  // 食 and 品, apart

  EXPECT_EQ(Ids(Find("食品")), std::vector<int64_t>{1});
  EXPECT_EQ(Ids(Find("抽查")), std::vector<int64_t>{2});
  EXPECT_EQ(Ids(Find("食品安全")), std::vector<int64_t>{1});
  EXPECT_TRUE(Find("食品").used_ngrams);
  EXPECT_FALSE(Find("ISO9001").used_ngrams);
}

TEST_F(IndexTest, MixedChineseAndAsciiWords) {
  Put(Doc(1, "关于开展ISO9001质量管理体系认证的通知"));
  Put(Doc(2, "质量管理工作要点"));
  EXPECT_EQ(Ids(Find("ISO9001 认证")), std::vector<int64_t>{1});
  EXPECT_EQ(Ids(Find("iso9001")), std::vector<int64_t>{1});
}

TEST_F(IndexTest, DocNoTypedWholeComesFirst) {
  Document target = Doc(1, "关于印发年度工作要点的通知", "各科室：现将工作要点印发给你们。");
  target.doc_no = "济市监发〔2020〕12号";
  Put(target);
  // Others are much more about 济市监发, 2020 and 12 than the target is.
  for (int64_t id = 2; id <= 6; ++id) {
    Document other =
        Doc(id, "济市监发2020年第12期工作简报", "济市监发 2020 12号 济市监发〔2020〕13号 2020年12月 12号文件 济市监发");
    other.doc_no = id == 2 ? "济市监发〔2020〕13号" : id == 3 ? "济市监发〔2019〕12号" : "";
    Put(other);
  }
  for (std::string typed : {"济市监发〔2020〕12号", "  济市监发〔2020〕12号 ", "济市监发[2020]12号",
                            "济市监发（2020）12号", "济市监发【2020】12号"}) {
    Results r = Find(typed);
    ASSERT_FALSE(r.hits.empty()) << typed;
    EXPECT_EQ(r.hits[0].id, 1) << typed;
  }
  Query newest;
  newest.text = "济市监发〔2020〕12号";
  newest.sort = Query::kNewest;
  Results r = Find(newest);
  ASSERT_GE(r.hits.size(), 3u);
  EXPECT_EQ(r.hits[0].id, 1);
  for (size_t i = 2; i < r.hits.size(); ++i) {  // the rest newest first
    EXPECT_GE(r.hits[i - 1].published_at, r.hits[i].published_at);
  }
}

TEST_F(IndexTest, IndexNoTypedWholeComesFirst) {
  Document target = Doc(1, "济南市市场监督管理局2020年工作计划");
  target.index_no = "11370100MB28696235/2020-00757";
  Put(target);
  for (int64_t id = 2; id <= 5; ++id) {
    Document other = Doc(id, "11370100MB28696235 2020 00757 索引号说明",
                         "11370100MB28696235/2020-00757 2020 00757 11370100MB28696235");
    other.index_no = "11370100MB28696235/2020-0075" + std::to_string(id);
    Put(other);
  }
  for (std::string typed :
       {"11370100MB28696235/2020-00757", "11370100mb28696235/2020-00757", " 11370100MB28696235/2020-00757\t"}) {
    Results r = Find(typed);
    ASSERT_FALSE(r.hits.empty()) << typed;
    EXPECT_EQ(r.hits[0].id, 1) << typed;
    EXPECT_EQ(r.hits[0].index_no, "11370100MB28696235/2020-00757");
  }
}

TEST_F(IndexTest, FiltersNarrowAndEmptyTextBrowsesByDate) {
  struct Row {
    int64_t id, agency, column;
    const char* topic;
    const char* validity;
    int year;
  };
  const Row rows[] = {
      {1, 10, 100, "市场监管、安全生产监管", "valid", 2019},
      {2, 10, 101, "市场监管、安全生产监管", "invalid", 2020},
      {3, 11, 100, "卫生、体育", "valid", 2020},
      {4, 11, 101, "卫生、体育", "repealed", 2021},
      {5, 10, 100, "卫生、体育", "", 2021},
  };
  for (const Row& row : rows) {
    Document d = Doc(row.id, "食品安全通知" + std::to_string(row.id));
    d.agency_id = row.agency;
    d.column_ids = {row.column, 999};
    d.topic = row.topic;
    d.validity = row.validity;
    d.year = row.year;
    Put(d);
  }
  struct Case {
    const char* name;
    Query q;
    std::vector<int64_t> want;  // newest first
  };
  auto q = [](auto set) {
    Query query;
    set(query);
    return query;
  };
  const Case cases[] = {
      {"agency", q([](Query& x) { x.agency_id = 10; }), {5, 2, 1}},
      {"column", q([](Query& x) { x.column_id = 101; }), {4, 2}},
      {"second column", q([](Query& x) { x.column_id = 999; }), {5, 4, 3, 2, 1}},
      {"topic", q([](Query& x) { x.topic = "卫生、体育"; }), {5, 4, 3}},
      {"validity", q([](Query& x) { x.validity = "valid"; }), {3, 1}},
      {"year", q([](Query& x) { x.year = 2021; }), {5, 4}},
      {"combined",
       q([](Query& x) {
         x.agency_id = 11;
         x.year = 2020;
       }),
       {3}},
      {"none match", q([](Query& x) { x.agency_id = 12; }), {}},
      {"text and filter",
       q([](Query& x) {
         x.text = "食品";
         x.validity = "valid";
         x.sort = Query::kNewest;
       }),
       {3, 1}},
      {"browse all", Query{}, {5, 4, 3, 2, 1}},
  };
  for (const Case& c : cases) {
    Results r = Find(c.q);
    EXPECT_EQ(Ids(r), c.want) << c.name;
    EXPECT_EQ(r.total, static_cast<int64_t>(c.want.size())) << c.name;
  }
}

TEST_F(IndexTest, SortNewestOrdersTextMatchesByDate) {
  Put(Doc(1, "价格监管 价格监管 价格监管"));  // most relevant, oldest
  Put(Doc(2, "价格监管工作"));
  Put(Doc(3, "关于价格监管和其他事项的通知，内容很长很长很长"));
  Query q;
  q.text = "价格监管";
  EXPECT_EQ(Find(q).hits.front().id, 1);
  q.sort = Query::kNewest;
  Results r = Find(q);
  EXPECT_EQ(Ids(r), (std::vector<int64_t>{3, 2, 1}));
  // Weightless matches are still highlighted.
  EXPECT_NE(r.hits[0].title_html.find("<mark>价格监管</mark>"), std::string::npos) << r.hits[0].title_html;
}

// Date order beyond Index::kExactTotalUpTo matches walks month partitions;
// every page must be what sorting all matches would give: newest first,
// ties (same second) most recently indexed first. The dates fall on month
// ends in China time (UTC+8), where a partition by UTC month would differ.
TEST_F(IndexTest, DateOrderOverManyMatchesEqualsAFullSort) {
  std::mt19937 rng(7);
  const int64_t month_ends[] = {1580486400 - 1, 1580486400, 1612108800 - 1,
                                1612108800};  // 2020-02-01, 2021-02-01 00:00 China
  std::vector<Document> docs;
  for (int64_t id = 1; id <= 1500; ++id) {
    Document d = Doc(id, id % 7 == 0 ? "无关的工作动态" : "市场监管通知");
    if (id % 10 == 0) {
      d.published_at = month_ends[id / 10 % 4];
    } else {
      d.published_at = 1500000000 + static_cast<int64_t>(rng() % 300000000);
    }
    if (id % 50 == 0) d.published_at = 1600000000;  // many items in the same second
    d.agency_id = 1 + id % 2;
    docs.push_back(d);
  }
  ASSERT_TRUE(index_->UpsertBatch(docs).ok());
  auto expected = [&](bool (*keep)(const Document&)) {
    std::vector<const Document*> match;
    for (const Document& d : docs)
      if (keep(d)) match.push_back(&d);
    std::stable_sort(match.begin(), match.end(), [](const Document* a, const Document* b) {
      return a->published_at != b->published_at ? a->published_at > b->published_at : a->id > b->id;
    });
    std::vector<int64_t> ids;
    for (const Document* d : match) ids.push_back(d->id);
    return ids;
  };
  auto check = [&](Query q, const std::vector<int64_t>& all, const char* what) {
    q.sort = Query::kNewest;
    for (int per_page : {20, 100}) {
      const int pages = static_cast<int>(all.size() + per_page - 1) / per_page;
      for (int page : {1, 2, 3, pages / 2, pages - 1, pages, pages + 1}) {
        q.page = page;
        q.per_page = per_page;
        Results r = Find(q);
        size_t from = std::min(all.size(), static_cast<size_t>((page - 1) * per_page));
        size_t to = std::min(all.size(), from + per_page);
        EXPECT_EQ(Ids(r), std::vector<int64_t>(all.begin() + from, all.begin() + to))
            << what << " page " << page << " of " << per_page;
        EXPECT_GE(r.total, static_cast<int64_t>(std::min<size_t>(all.size(), Index::kExactTotalUpTo)));
      }
    }
  };
  std::vector<int64_t> matching = expected([](const Document& d) { return d.title == "市场监管通知"; });
  ASSERT_GT(matching.size(), static_cast<size_t>(Index::kExactTotalUpTo));
  check(TextQuery("市场监管"), matching, "text");
  check(Query{}, expected([](const Document&) { return true; }), "browse");
  Query agency;
  agency.agency_id = 2;
  check(agency, expected([](const Document& d) { return d.agency_id == 2; }), "agency filter");
}

// Beyond the rank window, relevance ranks the newest partitions' matches
// first, then the older ones: page 1 reads a bounded number of matches, an
// identifier match of any date still comes first, and paging through gives
// every match once.
TEST_F(IndexTest, RankWindowRanksRecentMatchesFirstAndPagesStayWhole) {
  std::vector<Document> docs;
  for (int64_t id = 1; id <= 1500; ++id) {
    // Two items a week from 2019 on: the index spans about fourteen years.
    Document d = Doc(id, id % 5 == 0 ? "工作动态" : "市场监管通知");
    d.published_at = 1546272000 + id * 302400;
    docs.push_back(d);
  }
  docs[2].title = "市场监管 市场监管 市场监管通知";  // item 3: the best match, and old
  // Item 4 is old and has an identifier equal to a common text (no real
  // 文号 looks so, but it makes the identifier match one of 1,200).
  docs[3].doc_no = "市场监管通知";
  ASSERT_TRUE(index_->UpsertBatch(docs).ok());
  const size_t matching = 1200;

  index_->SetRankWindow(0);  // every match ranked together
  EXPECT_EQ(Find("市场监管").hits.front().id, 3);

  index_->SetRankWindow(300);
  Results top = Find("市场监管");
  ASSERT_EQ(top.hits.size(), 20u);
  EXPECT_GE(top.total, static_cast<int64_t>(Index::kExactTotalUpTo));
  for (const Hit& h : top.hits) EXPECT_GT(h.id, 1000) << "page 1 holds recent matches only";
  std::set<int64_t> seen;
  int64_t first_of_item_3 = -1;
  for (int page = 1; page <= 13; ++page) {
    Query q = TextQuery("市场监管");
    q.page = page;
    q.per_page = 100;
    Results r = Find(q);
    for (size_t i = 0; i < r.hits.size(); ++i) {
      EXPECT_TRUE(seen.insert(r.hits[i].id).second) << "repeated: " << r.hits[i].id << " page " << page;
      if (r.hits[i].id == 3) first_of_item_3 = (page - 1) * 100 + static_cast<int64_t>(i);
    }
  }
  EXPECT_EQ(seen.size(), matching);
  // The best older match leads the second tier, right after the recent ones:
  // 市场监管 reads three terms (市场 场监 监管), so its window is 300 × 2 / 3.
  EXPECT_GE(first_of_item_3, 150);
  EXPECT_LE(first_of_item_3, 350);

  Results by_id = Find("市场监管通知");
  ASSERT_EQ(by_id.hits.size(), 20u);
  EXPECT_EQ(by_id.hits.front().id, 4);
  EXPECT_GT(by_id.hits[1].id, 1000);
}

// The window shrinks with the terms a match costs to weigh, so a longer text
// reads about as many postings as a short one.
TEST(RankWindowTest, ShrinksWithTheTermsOfTheText) {
  EXPECT_EQ(Index::RankWindowFor(100000, 1), 100000);
  EXPECT_EQ(Index::RankWindowFor(100000, 2), 100000);
  EXPECT_EQ(Index::RankWindowFor(100000, 3), 66666);
  EXPECT_EQ(Index::RankWindowFor(100000, 4), 50000);
  EXPECT_EQ(Index::RankWindowFor(100000, 8), 25000);
  EXPECT_EQ(Index::RankWindowFor(0, 5), 0) << "off stays off";
}

// An identifier typed whole still comes first in date order, however old,
// and is not repeated among the other matches on later pages.
TEST_F(IndexTest, DateOrderPutsTheIdentifierFirstOverManyMatches) {
  std::vector<Document> docs;
  for (int64_t id = 1; id <= 1100; ++id) {
    Document d = Doc(id, "关于济市监发〔2019〕3号文件的执行情况");
    if (id == 7) d.doc_no = "济市监发〔2019〕3号";
    docs.push_back(d);
  }
  ASSERT_TRUE(index_->UpsertBatch(docs).ok());
  Query q = TextQuery("济市监发〔2019〕3号");
  q.sort = Query::kNewest;
  Results first = Find(q);
  ASSERT_EQ(first.hits.size(), 20u);
  EXPECT_EQ(first.hits[0].id, 7);
  EXPECT_EQ(first.hits[1].id, 1100);
  EXPECT_EQ(first.hits[19].id, 1082);
  q.page = 2;
  Results second = Find(q);
  ASSERT_EQ(second.hits.size(), 20u);
  EXPECT_EQ(second.hits[0].id, 1081);
  q.page = 55;  // 1 + 1099 matches: the last page holds the oldest
  Results last = Find(q);
  ASSERT_FALSE(last.hits.empty());
  EXPECT_EQ(last.hits.back().id, 1);
  for (const Hit& h : last.hits) EXPECT_NE(h.id, 7);
}

// An index written before the month terms (no format mark) answers date
// order correctly the slow way and asks for a rebuild, after which it has
// the terms.
TEST(IndexOpenTest, IndexOfAnOlderFormatWorksAndAsksForRebuild) {
  TempDir tmp;
  const std::string dir = tmp.Sub("idx");
  std::vector<Document> docs;
  for (int64_t id = 1; id <= 1200; ++id) docs.push_back(Doc(id, "消费者权益保护", ""));
  {
    auto opened = Index::Open(dir);
    ASSERT_TRUE(opened.ok());
    EXPECT_FALSE(*opened.value()->NeedsRebuild());
    ASSERT_TRUE(opened.value()->UpsertBatch(docs).ok());
  }
  std::string current;
  std::getline(std::ifstream(dir + "/CURRENT"), current);
  {
    Xapian::WritableDatabase db(dir + "/" + current.substr(current.find(' ') + 1), Xapian::DB_OPEN);
    db.set_metadata("gongkai.format", "");
    for (auto t = db.allterms_begin("XM"); t != db.allterms_end("XM"); ++t) {
      std::vector<Xapian::docid> ids(db.postlist_begin(*t), db.postlist_end(*t));
      for (Xapian::docid id : ids) {
        Xapian::Document d = db.get_document(id);
        d.remove_term(*t);
        db.replace_document(id, d);
      }
    }
    db.commit();
  }
  auto opened = Index::Open(dir);
  ASSERT_TRUE(opened.ok());
  Index& index = *opened.value();
  EXPECT_TRUE(*index.NeedsRebuild());
  Query q = TextQuery("消费者");
  q.sort = Query::kNewest;
  auto r = index.Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Ids(*r).front(), 1200);
  size_t i = 0;
  ASSERT_TRUE(index
                  .Rebuild(
                      [&](Document* d) {
                        if (i == docs.size()) return false;
                        *d = docs[i++];
                        return true;
                      },
                      nullptr)
                  .ok());
  EXPECT_FALSE(*index.NeedsRebuild());
  r = index.Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Ids(*r).front(), 1200);
}

// Relevance cases of what people type: sentences that paraphrase a title,
// words split by quotation marks, full-width letters and digits, and
// queries nothing should answer. `want` must come first (0: nothing found);
// `full`: it holds every word (else it is a partial match).
TEST_F(IndexTest, NaturalQueryRelevanceCases) {
  Put(Doc(1, "关于开展食品安全监督抽检工作的通知"));
  Put(Doc(2, "关于开展“放心”消费创建活动的通知"));
  Put(Doc(3, "《中华人民共和国食品安全法》解读"));
  Put(Doc(4, "ＡＢＣ１２３型电梯质量抽查结果"));
  Put(Doc(5, "关于XYZ789检测设备采购的公告"));
  Put(Doc(6, "关于举办政府开放日活动的通知", "邀请市民走进市场监管局。"));
  Put(Doc(7, "电动自行车产品质量专项抽查结果通报"));
  Put(Doc(8, "消费者权益保护工作要点", "开展\"放心消费\"示范单位评选。"));
  struct Case {
    const char* query;
    int64_t want;
    bool full;
  } const cases[] = {
      {"放心消费", 2, true},
      {"食品安全法", 3, true},
      {"abc123", 4, true},
      {"ＡＢＣ１２３", 4, true},
      {"ａｂｃ123 电梯", 4, true},
      {"ｘｙｚ７８９", 5, true},
      {"食品安全抽检的通知", 1, false},
      {"我想查一下电动自行车质量抽查的结果", 7, false},
      {"开放日活动通知", 6, false},
      {"政府开放日 活动 通知 2026", 6, false},
      {"量子引力弦论黑洞", 0, false},
      {"关于外星人入侵的通知", 0, false},
      {"旧索引", 0, false},
      {"xyzzy plugh", 0, false},
  };
  for (const Case& c : cases) {
    Results r = Find(c.query);
    if (c.want == 0) {
      EXPECT_TRUE(r.hits.empty()) << c.query << " found " << r.hits.front().id;
      continue;
    }
    ASSERT_FALSE(r.hits.empty()) << c.query;
    EXPECT_EQ(r.hits.front().id, c.want) << c.query;
    EXPECT_EQ(r.hits.front().partial, !c.full) << c.query;
    if (!c.full) {
      EXPECT_EQ(r.full_total, 0) << c.query;
      EXPECT_TRUE(r.partial) << c.query;
    }
  }
}

// A few items match every word: they come first, then the partial matches,
// counted in the total and paged with them; filters hold for both.
TEST_F(IndexTest, PartialMatchesFollowTheFewFullMatches) {
  Document full = Doc(1, "食品抽检通知");
  full.agency_id = 1;
  Put(full);
  for (int64_t id = 2; id <= 4; ++id) {
    Document d = Doc(id, "食品抽检结果公告" + std::to_string(id));
    d.agency_id = id == 4 ? 2 : 1;
    Put(d);
  }
  Put(Doc(5, "年度工作安排", "食品"));  // too little of the query
  Query q = TextQuery("食品 抽检 通知");
  q.per_page = 2;
  Results r = Find(q);
  EXPECT_TRUE(r.partial);
  EXPECT_EQ(r.full_total, 1);
  EXPECT_EQ(r.total, 4);
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].id, 1);
  EXPECT_FALSE(r.hits[0].partial);
  EXPECT_TRUE(r.hits[1].partial);
  q.page = 2;
  r = Find(q);
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_TRUE(r.hits[0].partial && r.hits[1].partial);
  q.page = 1;
  q.agency_id = 2;
  EXPECT_EQ(Ids(Find(q)), std::vector<int64_t>{4});
  q.agency_id = 0;
  q.sort = Query::kNewest;
  r = Find(q);
  EXPECT_TRUE(r.partial);
  EXPECT_EQ(r.hits.front().id, 1);
}

// Enough full matches, an identifier found whole, or operators typed: no
// partial matches.
TEST_F(IndexTest, NoPartialMatchesWhenNotWanted) {
  for (int64_t id = 1; id <= 5; ++id) Put(Doc(id, "食品抽检通知第" + std::to_string(id) + "期"));
  Put(Doc(6, "食品抽检结果"));
  Document target = Doc(7, "关于印发年度工作要点的通知");
  target.doc_no = "济市监发〔2020〕12号";
  Put(target);
  Results r = Find("食品 抽检 通知");
  EXPECT_FALSE(r.partial);
  EXPECT_EQ(r.total, 5);
  r = Find("济市监发[2020]12号");
  EXPECT_FALSE(r.partial);
  EXPECT_EQ(Ids(r), std::vector<int64_t>{7});
  EXPECT_FALSE(Find("食品 抽检 -结果 公告").partial);
  EXPECT_FALSE(Find("\"食品抽检结果公告\"").partial);
  Query not_asked = TextQuery("食品 抽检 结果");
  EXPECT_EQ(Find(not_asked).total, 6);
  not_asked.partial = false;  // the console's searches
  EXPECT_EQ(Ids(Find(not_asked)), std::vector<int64_t>{6});
}

// An index of format 2 (before FoldText) has its month terms: it answers as
// before, and asks for a rebuild, which then finds “放心”消费 as 放心消费.
TEST(IndexOpenTest, IndexOfFormat2AsksForRebuild) {
  TempDir tmp;
  const std::string dir = tmp.Sub("idx");
  const Document d = Doc(1, "关于开展“放心”消费创建活动的通知");
  {
    auto opened = Index::Open(dir);
    ASSERT_TRUE(opened.ok());
    ASSERT_TRUE(opened.value()->Upsert(d).ok());
  }
  std::string current;
  std::getline(std::ifstream(dir + "/CURRENT"), current);
  {
    Xapian::WritableDatabase db(dir + "/" + current.substr(current.find(' ') + 1), Xapian::DB_OPEN);
    db.set_metadata("gongkai.format", "2");
    db.commit();
  }
  auto opened = Index::Open(dir);
  ASSERT_TRUE(opened.ok());
  Index& index = *opened.value();
  EXPECT_TRUE(*index.NeedsRebuild());
  bool given = false;
  ASSERT_TRUE(index.Rebuild([&](Document* out) { return !given && (*out = d, given = true); }, nullptr).ok());
  EXPECT_FALSE(*index.NeedsRebuild());
  auto r = index.Search(TextQuery("放心消费"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Ids(*r), std::vector<int64_t>{1});
}

TEST_F(IndexTest, RemoveMakesItemDisappear) {
  Put(Doc(1, "知识产权保护工作方案"));
  Put(Doc(2, "知识产权运用工作方案"));
  ASSERT_EQ(Find("知识产权").total, 2);
  ASSERT_TRUE(index_->Remove(1).ok());
  EXPECT_EQ(Ids(Find("知识产权")), std::vector<int64_t>{2});
  EXPECT_EQ(*index_->Count(), 1);
  EXPECT_TRUE(index_->Remove(12345).ok());  // never indexed
}

TEST_F(IndexTest, UpsertReplaces) {
  Document d = Doc(7, "特种设备安全检查通知");
  d.agency_id = 1;
  Put(d);
  d.title = "电梯维保质量通报";
  d.agency_id = 2;
  Put(d);
  EXPECT_EQ(*index_->Count(), 1);
  EXPECT_TRUE(Find("特种设备").hits.empty());
  EXPECT_EQ(Ids(Find("电梯")), std::vector<int64_t>{7});
  Query by_old_agency;
  by_old_agency.agency_id = 1;
  EXPECT_TRUE(Find(by_old_agency).hits.empty());
}

TEST_F(IndexTest, SnippetsAreEscapedAndMarksMerged) {
  Document d = Doc(1, "<b>食品</b>安全 & 抽查",
                   "开头。<script>alert('食品')</script> 本市开展食品安全双随机抽查，"
                   "a<b & c>d \"引号\" 化妆品结束。");
  d.summary = "概述：<img src=x onerror=alert(1)>";
  Put(d);
  Results r = Find("食品");
  ASSERT_EQ(r.hits.size(), 1u);
  const Hit& h = r.hits[0];
  for (const std::string& html : {h.title_html, h.snippet_html}) {
    EXPECT_NE(html.find("<mark>食品</mark>"), std::string::npos) << html;
    EXPECT_EQ(html.find("</mark><mark>"), std::string::npos) << html;
    EXPECT_EQ(StripMarks(html).find('<'), std::string::npos) << html;
    EXPECT_EQ(StripMarks(html).find('>'), std::string::npos) << html;
  }
  EXPECT_EQ(h.snippet_html.find("<mark>品</mark>"), std::string::npos) << h.snippet_html;
  EXPECT_NE(h.title_html.find("&lt;b&gt;"), std::string::npos) << h.title_html;
  EXPECT_NE(h.title_html.find("&amp;"), std::string::npos) << h.title_html;
  EXPECT_EQ(h.url, "/xxgk/1.html");
  EXPECT_EQ(h.published_at, d.published_at);
}

TEST_F(IndexTest, BrowseHitsHaveUnmarkedTitleAndSnippet) {
  Put(Doc(1, "政府信息公开指南", "本指南依据《中华人民共和国政府信息公开条例》编制。"));
  Results r = Find(Query{});
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].title_html, "政府信息公开指南");
  EXPECT_NE(r.hits[0].snippet_html.find("本指南"), std::string::npos) << r.hits[0].snippet_html;
  EXPECT_EQ(r.hits[0].snippet_html.find("<mark>"), std::string::npos);
}

TEST_F(IndexTest, MalformedSyntaxFallsBackToPlainTerms) {
  Put(Doc(1, "食品 AND 药品 OR 化妆品 (监管)"));
  for (const std::string& text :
       std::vector<std::string>{"AND (", "食品 OR", "\"食品", "(((食品", "title:", "-", "+", "*", "NOT", "食品 AND NOT",
                                "\"\"", "〔〕", "食品\"药品(", ")(*&^%$#@!", "title:(食品", std::string(300, 'a'),
                                std::string(20000, 'x'), std::string("\xff\xfe\xe9\xa3", 4)}) {
    auto r = index_->Search(TextQuery(text));
    EXPECT_TRUE(r.ok()) << text;
  }
  EXPECT_EQ(Ids(Find("食品 AND (")), std::vector<int64_t>{1});
  EXPECT_EQ(Ids(Find("title:食品")), std::vector<int64_t>{1});
}

TEST_F(IndexTest, PaginationTotals) {
  for (int64_t id = 1; id <= 45; ++id) Put(Doc(id, "行政处罚信息公示第" + std::to_string(id) + "号"));
  Put(Doc(100, "无关的通知"));
  std::set<int64_t> seen;
  const size_t want_sizes[] = {20, 20, 5, 0};
  for (int page = 1; page <= 4; ++page) {
    Query q;
    q.text = "行政处罚";
    q.page = page;
    Results r = Find(q);
    EXPECT_EQ(r.total, 45) << page;
    EXPECT_EQ(r.hits.size(), want_sizes[page - 1]) << page;
    for (const Hit& h : r.hits) EXPECT_TRUE(seen.insert(h.id).second) << h.id;
  }
  EXPECT_EQ(seen.size(), 45u);
  Query odd;
  odd.page = -3;
  odd.per_page = 100000;
  Results r = Find(odd);
  EXPECT_EQ(r.hits.size(), 46u);  // page 1, at most 100 per page
  Query deep = TextQuery("行政处罚");
  deep.page = 2147483647;
  r = Find(deep);
  EXPECT_TRUE(r.hits.empty());
  EXPECT_EQ(r.total, 45);
}

TEST_F(IndexTest, PersistsAcrossReopen) {
  Put(Doc(1, "政府信息公开年度报告"));
  index_.reset();
  auto reopened = Index::Open(dir_.Sub("index"));
  ASSERT_TRUE(reopened.ok()) << reopened.status().message();
  EXPECT_EQ(*reopened.value()->Count(), 1);
  EXPECT_TRUE(reopened.value()->Check().ok());
}

TEST_F(IndexTest, SecondOpenOfSameDirectoryIsConflict) {
  auto second = Index::Open(dir_.Sub("index"));
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), Code::kConflict) << second.status().message();
  EXPECT_TRUE(index_->Check().ok());  // the first is unaffected
}

TEST(IndexOpenTest, GarbageDirectoryIsAnErrorThenQuarantineRecovers) {
  TempDir tmp;
  std::string dir = tmp.Sub("idx");
  fs::create_directories(dir);
  std::ofstream(dir + "/postlist.glass") << std::string(5000, '\xff');
  std::ofstream(dir + "/notes.txt") << "not an index";
  auto opened = Index::Open(dir);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), Code::kUnavailable);

  auto moved = Index::Quarantine(dir);
  ASSERT_TRUE(moved.ok()) << moved.status().message();
  EXPECT_TRUE(fs::exists(*moved + "/notes.txt"));
  auto fresh = Index::Open(dir);
  ASSERT_TRUE(fresh.ok()) << fresh.status().message();
  EXPECT_EQ(*fresh.value()->Count(), 0);
}

TEST(IndexOpenTest, CorruptGenerationIsAnError) {
  TempDir tmp;
  std::string dir = tmp.Sub("idx");
  {
    auto opened = Index::Open(dir);
    ASSERT_TRUE(opened.ok());
    ASSERT_TRUE(opened.value()->Upsert(Doc(1, "通知")).ok());
  }
  std::string current;
  std::getline(std::ifstream(dir + "/CURRENT"), current);
  std::string generation = dir + "/" + current.substr(current.find(' ') + 1);
  for (const auto& entry : fs::directory_iterator(generation)) {
    std::ofstream(entry.path(), std::ios::trunc) << "garbage\x01\x02";
  }
  auto opened = Index::Open(dir);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), Code::kUnavailable) << opened.status().message();

  std::ofstream(dir + "/CURRENT", std::ios::trunc) << "\x7f\x45LF nonsense";
  opened = Index::Open(dir);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), Code::kUnavailable) << opened.status().message();
}

TEST_F(IndexTest, RebuildSwapsWhileSearchesKeepWorking) {
  for (int64_t id = 1; id <= 50; ++id) Put(Doc(id, "旧索引中的价格监测报告"));

  std::atomic<bool> stop{false};
  std::atomic<int> searches{0}, failures{0};
  std::vector<std::thread> searchers;
  for (int t = 0; t < 3; ++t) {
    searchers.emplace_back([&] {
      while (!stop.load()) {
        auto r = index_->Search(TextQuery("价格"));
        if (!r.ok() || r->total == 0) ++failures;
        ++searches;
      }
    });
  }

  int64_t next_id = 1000;
  std::vector<int64_t> progress;
  int old_hits_during_build = -1;
  Status s = index_->Rebuild(
      [&](Document* d) {
        if (next_id == 1100) {
          // Midway: the old index still serves, and a publish and a
          // withdrawal arrive while the build runs.
          old_hits_during_build = static_cast<int>(Find("旧索引").total);
          EXPECT_TRUE(index_->Upsert(Doc(5000, "重建期间发布的价格公告")).ok());
          EXPECT_TRUE(index_->Remove(1001).ok());
        }
        if (next_id >= 3000) return false;
        *d = Doc(next_id++, "新索引中的价格检查通知");
        return true;
      },
      [&](int64_t done) { progress.push_back(done); });
  ASSERT_TRUE(s.ok()) << s.message();
  stop = true;
  for (auto& t : searchers) t.join();

  EXPECT_EQ(old_hits_during_build, 50);
  EXPECT_EQ(failures.load(), 0);
  EXPECT_GT(searches.load(), 0);
  EXPECT_EQ(progress, (std::vector<int64_t>{1000, 2000, 2000}));
  EXPECT_EQ(Find("旧索引").total, 0);
  EXPECT_EQ(Find("新索引").total, 1999);  // 2000 built, 1001 withdrawn meanwhile
  EXPECT_EQ(Ids(Find("重建期间")), std::vector<int64_t>{5000});
  EXPECT_EQ(*index_->Count(), 2000);

  // One generation on disk, and it survives a reopen.
  int generations = 0;
  for (const auto& e : fs::directory_iterator(dir_.Sub("index"))) generations += e.is_directory();
  EXPECT_EQ(generations, 1);
  index_.reset();
  auto reopened = Index::Open(dir_.Sub("index"));
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(*reopened.value()->Count(), 2000);
}

// Xapian 1.4.22 misreads a term that is in every document once a withdrawal
// has left a gap in the document ids (terms.h, kGuardTerm): the guard
// document keeps every ordinary term out of that case.
TEST_F(IndexTest, AWordInEveryItemIsFoundAfterAWithdrawal) {
  std::vector<Document> docs;
  for (int64_t id = 1; id <= 2000; ++id) docs.push_back(Doc(id, "市场监管局价格检查通知"));
  ASSERT_TRUE(index_->UpsertBatch(docs).ok());
  ASSERT_TRUE(index_->Remove(2).ok());  // a gap early in the ids

  // Totals beyond Index::kExactTotalUpTo are estimates.
  Query newest = TextQuery("价格");
  newest.sort = Query::kNewest;  // date order: matched without weights
  Results dated = Find(newest);
  EXPECT_NEAR(dated.total, 1999, 20);
  ASSERT_EQ(dated.hits.size(), 20u);
  EXPECT_EQ(dated.hits.front().id, 2000);
  EXPECT_EQ(Find("价格检查").hits.size(), 20u);
  Query by_year;  // a filter every item passes, and no text
  by_year.year = 2020;
  Results listed = Find(by_year);
  EXPECT_NEAR(listed.total, 1999, 20);
  ASSERT_EQ(listed.hits.size(), 20u);
  EXPECT_EQ(listed.hits.front().id, 2000);
  EXPECT_EQ(*index_->Count(), 1999);
}

TEST_F(IndexTest, TheGuardIsNeverAResultNorCounted) {
  EXPECT_EQ(*index_->Count(), 0);
  EXPECT_EQ(Find(Query{}).total, 0);  // browsing everything by date
  Put(Doc(1, "唯一的文件"));
  EXPECT_EQ(*index_->Count(), 1);
  Results all = Find(Query{});
  EXPECT_EQ(all.total, 1);
  EXPECT_EQ(Ids(all), std::vector<int64_t>{1});
}

TEST_F(IndexTest, AnIndexWrittenBeforeTheGuardGetsItOnOpen) {
  std::vector<Document> docs;
  for (int64_t id = 1; id <= 2000; ++id) docs.push_back(Doc(id, "市场监管局价格检查通知"));
  ASSERT_TRUE(index_->UpsertBatch(docs).ok());
  index_.reset();
  std::string generation;
  for (const auto& e : fs::directory_iterator(dir_.Sub("index"))) {
    if (e.is_directory()) generation = e.path().string();
  }
  {
    Xapian::WritableDatabase old(generation, Xapian::DB_OPEN);
    old.delete_document("XGUARD");  // as an index of an earlier release was
    old.commit();
  }
  auto reopened = Index::Open(dir_.Sub("index"));
  ASSERT_TRUE(reopened.ok()) << reopened.status().message();
  index_ = std::move(reopened).value();
  ASSERT_TRUE(index_->Remove(2).ok());
  Query newest = TextQuery("价格");
  newest.sort = Query::kNewest;
  EXPECT_EQ(Find(newest).hits.size(), 20u);
  EXPECT_EQ(*index_->Count(), 1999);
}

TEST_F(IndexTest, FailedRebuildKeepsTheOldIndex) {
  Put(Doc(1, "保留的旧文件"));
  int calls = 0;
  Status s = index_->Rebuild(
      [&](Document* d) {
        if (++calls > 3) throw std::runtime_error("database went away");
        *d = Doc(calls + 10, "新文件");
        return true;
      },
      nullptr);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(Ids(Find("保留")), std::vector<int64_t>{1});
  EXPECT_TRUE(index_->Upsert(Doc(2, "之后仍可写入")).ok());
  EXPECT_EQ(*index_->Count(), 2);
  int generations = 0;
  for (const auto& e : fs::directory_iterator(dir_.Sub("index"))) generations += e.is_directory();
  EXPECT_EQ(generations, 1);
}

TEST_F(IndexTest, ConcurrentSearchesSeeCommittedWrites) {
  std::atomic<bool> stop{false};
  std::atomic<int> failures{0};
  std::mutex mu;
  std::string first_error;
  std::vector<std::thread> readers;
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&] {
      while (!stop.load()) {
        auto r = index_->Search(TextQuery("通告"));
        if (!r.ok() && failures++ == 0) {
          std::lock_guard<std::mutex> lock(mu);
          first_error = r.status().message();
        }
      }
    });
  }
  for (int64_t id = 1; id <= 40; ++id) Put(Doc(id, "市场监管通告第" + std::to_string(id) + "期"));
  stop = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(failures.load(), 0) << first_error;
  EXPECT_EQ(Find("通告").total, 40);
}

}  // namespace
}  // namespace gk::search
