// The public list of 行政执法公示 at scale, on both backends: a search finds
// exactly what LIKE over the masked search text finds, in the same order,
// by every plan (enforcement_search, migration 0021, on SQLite; LIKE itself
// on PostgreSQL) — Chinese of two and three characters, names, ASCII in
// either case, LIKE's wildcards taken literally, with kind and year, after
// edits, publication, withdrawal and the end of a period; the count stops
// at kPublicCountCap and says so; the expiry sweep counts each ended period
// once and writes no decision; the page and the API say when the count
// stopped.
#include <ctemplate/template.h>
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "common/china_time.h"
#include "common/clock.h"
#include "common/uscc.h"
#include "storage/sql_text.h"
#include "supervision/enforcement_service.h"
#include "supervision/enforcement_views.h"
#include "testutil/test_db.h"

namespace gk::supervision {
namespace {

constexpr const char* kBureau = "济南市市场监督管理局";
constexpr const char* kBureauUscc = "11370100MB28696235";

const std::string kHeader =
    "决定类别,行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,决定书文号,违法事实,处罚依据,处罚类别,"
    "处罚内容,罚款金额（万元）,许可证书名称,许可编号,决定日期,处罚机关,处罚机关统一社会信用代码,公示日期\n";

struct Row {
  std::string kind = "行政处罚";
  std::string party = "";
  std::string type = "法人及非法人组织";
  std::string uscc = "";
  std::string rep = "";
  std::string doc_no = "";
  std::string facts = "";
  std::string categories = "罚款";
  std::string content = "罚款5万元";
  std::string fine = "5";
  std::string licence_no = "";
  int decided_days_ago = 20;
  int published_days_ago = 15;
};

class EnforcementSearchTest : public ::testing::TestWithParam<storage::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == storage::Backend::kPostgres) GK_SKIP_WITHOUT_PG();
    tdb_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_NE(tdb_->db(), nullptr) << tdb_->error();
    ASSERT_TRUE(Sql("INSERT INTO agencies (id, name, short_name, uscc, created_at, updated_at) VALUES (1, '" +
                    std::string(kBureau) + "', '市局', '" + kBureauUscc + "', 0, 0)"));
    svc_ = std::make_unique<EnforcementService>(tdb_->db(), clock_, calendar_, EnforcementSettings{},
                                                text::NameMask::kKeepSurname);
    officer_.roles = {{access::Role::kOfficer, 1, 0}};
  }

  bool Sql(const std::string& text) {
    return tdb_->db()
        ->Transact([&](soci::session& sql) {
          sql << text;
          return Status::Ok();
        })
        .ok();
  }
  Date Today() const { return ChinaToday(clock_); }
  std::string DaysAgo(int n) const { return Today().AddDays(-n).ToString(); }

  // A CSV cell, quoted.
  static std::string Cell(const std::string& v) {
    std::string out = "\"";
    for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
  }

  // Imports the rows as one 双公示 file.
  void Import(const std::vector<Row>& rows) {
    std::string csv = kHeader;
    for (const Row& r : rows) {
      const bool licence = r.kind == "行政许可";
      const std::vector<std::string> cells = {r.kind,
                                              r.party,
                                              r.type,
                                              r.uscc,
                                              r.rep,
                                              r.doc_no,
                                              licence ? "" : r.facts,
                                              "《中华人民共和国食品安全法》第一百二十四条",
                                              r.categories,
                                              r.content,
                                              licence ? "" : r.fine,
                                              licence ? "食品经营许可证" : "",
                                              r.licence_no,
                                              DaysAgo(r.decided_days_ago),
                                              kBureau,
                                              kBureauUscc,
                                              DaysAgo(r.published_days_ago)};
      for (size_t i = 0; i < cells.size(); ++i) csv += (i ? "," : "") + Cell(cells[i]);
      csv += "\n";
    }
    std::vector<std::string> errors;
    auto s = svc_->Import(actor_, nullptr, "t.csv", csv, &errors);
    ASSERT_TRUE(s.ok()) << s.status().message() << " " << (errors.empty() ? "" : errors.front());
  }

  // The ids of the page and its count, "3,1,/2" (a "+" when capped).
  static std::string Ids(const store::DecisionPage& p) {
    std::string out;
    for (const auto& d : p.decisions) out += std::to_string(d.id) + ",";
    return out + "/" + std::to_string(p.total) + (p.total_capped ? "+" : "");
  }

  // What LIKE over the masked search text finds, as Ids.
  std::string Like(const store::DecisionFilter& f) {
    std::string out;
    long long n = 0;
    EXPECT_TRUE(tdb_->db()
                    ->Read([&](soci::session& sql) {
                      std::string today = Today().ToString(), text = f.text, pattern = storage::LikeContains(f.text),
                                  year = std::to_string(f.year), kind = f.kind ? DecisionKindCode(*f.kind) : "";
                      const std::string where =
                          " FROM enforcement_decisions WHERE state = 'published' AND publishable = 1 AND "
                          "published_on <> '' AND public_until > :t AND (kind = :k OR :k2 = '') AND "
                          "(substr(decided_on, 1, 4) = :y OR :y2 = '0') AND (public_uscc = :u OR search_text LIKE "
                          ":p ESCAPE '!')";
                      sql << "SELECT COUNT(*)" + where, soci::use(today), soci::use(kind), soci::use(kind),
                          soci::use(year), soci::use(year), soci::use(text), soci::use(pattern), soci::into(n);
                      long long id = 0, limit = f.limit, offset = f.offset;
                      soci::statement st =
                          (sql.prepare << "SELECT id" + where +
                                              " ORDER BY published_on DESC, id DESC LIMIT :l OFFSET :o",
                           soci::use(today), soci::use(kind), soci::use(kind), soci::use(year), soci::use(year),
                           soci::use(text), soci::use(pattern), soci::use(limit), soci::use(offset), soci::into(id));
                      st.execute();
                      while (st.fetch()) out += std::to_string(id) + ",";
                      return Status::Ok();
                    })
                    .ok());
    return out + "/" + std::to_string(n);
  }

  // Every query, filter and page the same by every plan as by LIKE.
  void ExpectSearchesAsLike(const std::vector<std::string>& queries) {
    for (const std::string& q : queries) {
      for (int filter = 0; filter < 4; ++filter) {
        for (int offset : {0, 2}) {
          store::DecisionFilter f;
          f.public_only = true;
          f.text = q;
          f.limit = 2;
          f.offset = offset;
          if (filter & 1) f.kind = DecisionKind::kLicence;
          if (filter & 2) f.year = Today().year() - 1;
          const std::string expected = Like(f);
          for (store::SearchPlan plan : {store::SearchPlan::kAuto, store::SearchPlan::kSort, store::SearchPlan::kWalk,
                                         store::SearchPlan::kScan}) {
            f.search_plan = plan;
            auto page = svc_->List(f);
            ASSERT_TRUE(page.ok()) << q << ": " << page.status().message();
            EXPECT_EQ(Ids(page.value()), expected)
                << "q=" << q << " filter=" << filter << " offset=" << offset << " plan=" << static_cast<int>(plan);
          }
        }
      }
    }
  }

  std::unique_ptr<testing::TestDatabase> tdb_;
  FakeClock clock_{1790000000};  // 2026-09-21 China time
  WorkCalendar calendar_;
  std::unique_ptr<EnforcementService> svc_;
  access::Actor actor_{0, "测试", "127.0.0.1"};
  access::User officer_;
};

const std::vector<std::string>& Queries() {
  static const std::vector<std::string> k = {
      "舜岱",                  // two characters: the trigrams that start with them
      "舜岱超",                // three: one trigram
      "济南舜岱超市有限公司",  // a whole name
      "过氧化值",              // a word of 违法事实
      "有限公司",              // in most names
      "abc",                   // ASCII: LIKE ignores its case
      "ABC foods",             //
      "Fo",                    // two ASCII characters
      "50%_!",                 // LIKE's wildcards and escape, literally
      "\"引号\"",              // FTS5's quote
      "罚",                    // one character: LIKE itself
      "91370100MA",            // part of a 统一社会信用代码
      "熟食店",                //
      "张德明",                // an operator's name: masked, never found
      "13905318888",           // a phone number: masked
      "不存在的文字",          //
      "可证\n",                // a line feed at the end: LIKE itself
  };
  return k;
}

TEST_P(EnforcementSearchTest, ASearchFindsWhatLikeFindsByEveryPlan) {
  const int last_year_days = Today().DaysSinceEpoch() - Date::FromYmd(Today().year() - 1, 6, 1)->DaysSinceEpoch();
  const std::string uscc = WithUsccCheckDigit("91370100MA3D2100A");
  std::vector<Row> rows = {
      {.party = "济南舜岱超市有限公司",
       .uscc = uscc,
       .rep = "王建华",
       .doc_no = "处1",
       .facts = "当事人销售的食用植物油过氧化值超过食品安全国家标准"},
      {.party = "ABC Foods 有限公司",
       .uscc = WithUsccCheckDigit("91370100MA3D2101B"),
       .rep = "李明",
       .doc_no = "处2",
       .facts = "批次 50%_! 的\"引号\"产品 abc",
       .decided_days_ago = 30,
       .published_days_ago = 25},
      {.party = "济南历下区张记熟食店",
       .type = "个体工商户",
       .uscc = WithUsccCheckDigit("92370100MA3D2102C"),
       .rep = "张德明",
       .doc_no = "处3",
       .facts = "经营者张德明（联系电话13905318888）销售过氧化值超标的熟食",
       .decided_days_ago = 12,
       .published_days_ago = 10},
      // A low fine whose 3 months ended before the import: recorded as ended.
      {.party = "济南舜岱调味品厂",
       .uscc = WithUsccCheckDigit("91370100MA3D2103D"),
       .doc_no = "处4",
       .facts = "过氧化值超标",
       .content = "罚款2000元",
       .fine = "0.2",
       .decided_days_ago = 210,
       .published_days_ago = 200},
      // A low fine still public; its period ends within 30 days.
      {.party = "济南舜岱粮油店",
       .type = "个体工商户",
       .uscc = WithUsccCheckDigit("92370100MA3D2104E"),
       .rep = "赵敏",
       .doc_no = "处5",
       .facts = "过氧化值超标",
       .content = "罚款3000元",
       .fine = "0.3",
       .decided_days_ago = 75,
       .published_days_ago = 70},
      // Licences of last year, one of them the same company's.
      {.kind = "行政许可",
       .party = "济南舜岱超市有限公司",
       .uscc = uscc,
       .doc_no = "许1",
       .categories = "食品经营许可（新办）",
       .content = "预包装食品销售",
       .licence_no = "JY13701001",
       .decided_days_ago = last_year_days,
       .published_days_ago = last_year_days - 3},
      {.kind = "行政许可",
       .party = "ABC Foods 有限公司",
       .uscc = WithUsccCheckDigit("91370100MA3D2101B"),
       .doc_no = "许2",
       .categories = "食品经营许可（延续）",
       .content = "热食类食品制售",
       .licence_no = "JY13701002",
       .decided_days_ago = last_year_days + 10,
       .published_days_ago = last_year_days + 5},
      {.kind = "行政强制",
       .party = "济南舜岱食品有限公司",
       .uscc = WithUsccCheckDigit("91370100MA3D2105F"),
       .doc_no = "强1",
       .facts = "涉嫌生产过氧化值超标的食用油",
       .categories = "扣押",
       .content = "扣押食用油200桶"},
      // Only a warning: never public.
      {.party = "济南舜岱商贸有限公司",
       .uscc = WithUsccCheckDigit("91370100MA3D2106G"),
       .doc_no = "处6",
       .facts = "过氧化值超标",
       .categories = "警告",
       .content = "警告",
       .fine = "0"},
  };
  Import(rows);
  // A draft, a draft edited and published, and a published decision withdrawn.
  auto draft = [&](const std::string& party, const std::string& doc_no, const std::string& facts) {
    DecisionForm f;
    f.agency_id = 1;
    f.fields = {{"party_name", party},       {"party_uscc", WithUsccCheckDigit("91370100MA3D2107H")},
                {"doc_no", doc_no},          {"facts", facts},
                {"basis", "《食品安全法》"}, {"categories", "罚款"},
                {"content", "罚款1万元"},    {"fine", "1"},
                {"decided_on", DaysAgo(3)}};
    FieldErrors errors;
    auto id = svc_->Create(actor_, officer_, f, &errors);
    EXPECT_TRUE(id.ok()) << errors.ToStatus().message();
    return id.ok() ? id.value() : 0;
  };
  draft("济南舜岱酒业有限公司", "处7", "过氧化值超标，尚未公示");
  const int64_t edited = draft("济南舜岱茶叶有限公司", "处8", "初稿写的是菌落总数");
  DecisionForm f;
  f.fields = {{"party_name", "济南舜岱茶叶有限公司"},
              {"party_uscc", WithUsccCheckDigit("91370100MA3D2107H")},
              {"doc_no", "处8"},
              {"facts", "改稿：过氧化值超标"},
              {"basis", "《食品安全法》"},
              {"categories", "罚款"},
              {"content", "罚款1万元"},
              {"fine", "1"},
              {"decided_on", DaysAgo(3)}};
  FieldErrors errors;
  ASSERT_TRUE(svc_->Update(actor_, officer_, edited, f, &errors).ok()) << errors.ToStatus().message();
  ASSERT_TRUE(svc_->Publish(actor_, officer_, edited).ok());
  store::DecisionFilter doc;
  doc.text = "处3";
  auto shop = svc_->List(doc);
  ASSERT_TRUE(shop.ok() && shop->decisions.size() == 1);
  ASSERT_TRUE(svc_->Withdraw(actor_, officer_, shop->decisions[0].id, "复议撤销", DaysAgo(1), &errors).ok());

  ExpectSearchesAsLike(Queries());
  store::DecisionFilter oil;
  oil.public_only = true;
  oil.text = "过氧化值";
  EXPECT_EQ(svc_->List(oil)->total, 4);  // 处1, 处5, 强1 and the edited 处8
  // A month on, the low fine's period has ended: gone from the search too.
  clock_.Advance(30 * 86400);
  EXPECT_EQ(svc_->List(oil)->total, 3);
  ExpectSearchesAsLike(Queries());
}

TEST_P(EnforcementSearchTest, ThePublicCountStopsAtTheCapAndSaysSo) {
  Import({{.party = "济南舜岱超市有限公司",
           .uscc = WithUsccCheckDigit("91370100MA3D2100A"),
           .doc_no = "处1",
           .facts = "过氧化值超标"}});
  // 10,001 more copies of it, written directly (the count reads no text).
  ASSERT_TRUE(Sql(
      "INSERT INTO enforcement_decisions (agency_id, kind, state, party_name, party_type, doc_no, decided_on, due_on, "
      "published_on, public_until, publishable, public_json, search_text, created_at, updated_at) "
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10001) "
      "SELECT agency_id, kind, state, party_name, party_type, doc_no, decided_on, due_on, published_on, public_until, "
      "publishable, public_json, search_text, created_at, updated_at FROM n CROSS JOIN enforcement_decisions"));
  store::DecisionFilter f;
  f.public_only = true;
  auto first = svc_->List(f);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->total, store::kPublicCountCap);
  EXPECT_TRUE(first->total_capped);
  EXPECT_EQ(first->decisions.size(), 20u);
  f.offset = 9980;  // the last page the cap reaches
  EXPECT_EQ(svc_->List(f)->decisions.size(), 20u);
  f.kind = DecisionKind::kLicence;
  EXPECT_EQ(svc_->List(f)->total, 0);
  EXPECT_FALSE(svc_->List(f)->total_capped);
  // The console's count stays exact.
  store::DecisionFilter staff;
  EXPECT_EQ(svc_->List(staff)->total, 10002);
  EXPECT_FALSE(svc_->List(staff)->total_capped);
}

TEST_P(EnforcementSearchTest, TheSweepCountsEachEndedPeriodOnceAndWritesNoDecision) {
  Import({
      // Ended before the import: recorded then, never counted by the sweep.
      {.party = "济南舜岱调味品厂",
       .uscc = WithUsccCheckDigit("91370100MA3D2103D"),
       .doc_no = "处1",
       .facts = "过氧化值超标",
       .content = "罚款2000元",
       .fine = "0.2",
       .decided_days_ago = 210,
       .published_days_ago = 200},
      // 3 months from 70 days ago, and 3 years from 15 days ago.
      {.party = "济南舜岱粮油店",
       .type = "个体工商户",
       .uscc = WithUsccCheckDigit("92370100MA3D2104E"),
       .rep = "赵敏",
       .doc_no = "处2",
       .facts = "过氧化值超标",
       .content = "罚款3000元",
       .fine = "0.3",
       .decided_days_ago = 75,
       .published_days_ago = 70},
      {.party = "济南舜岱超市有限公司",
       .uscc = WithUsccCheckDigit("91370100MA3D2100A"),
       .doc_no = "处3",
       .facts = "过氧化值超标"},
  });
  auto updated = [&] {
    long long sum = 0;
    EXPECT_TRUE(tdb_->db()
                    ->Read([&](soci::session& sql) {
                      sql << "SELECT SUM(updated_at + expired_at) FROM enforcement_decisions", soci::into(sum);
                      return Status::Ok();
                    })
                    .ok());
    return sum;
  };
  const long long before = updated();
  EXPECT_EQ(svc_->SweepExpired().value(), 0);
  clock_.Advance(30 * 86400);
  EXPECT_EQ(svc_->SweepExpired().value(), 1);  // the low fine
  EXPECT_EQ(svc_->SweepExpired().value(), 0);  // the same day again
  clock_.Advance(86400);
  EXPECT_EQ(svc_->SweepExpired().value(), 0);
  clock_.Advance(3 * 366 * 86400);
  EXPECT_EQ(svc_->SweepExpired().value(), 1);  // the 3 years
  EXPECT_EQ(updated(), before);
}

TEST(EnforcementPagingTest, ACappedCountSaysMoreThanTheCap) {
  store::DecisionPage capped;
  capped.total = store::kPublicCountCap;
  capped.total_capped = true;
  const nlohmann::json j = DecisionListJson(capped, 3, 20);
  EXPECT_EQ(j["total"], 10000);
  EXPECT_EQ(j["total_capped"], true);
  EXPECT_EQ(j["page"], 3);
  EXPECT_TRUE(j["decisions"].is_array());
  ctemplate::TemplateDictionary d("t");
  FillPublicPaging(d, "/enforcement?", 3, 20, capped);
  std::string dump;
  d.DumpToString(&dump);
  EXPECT_NE(dump.find("10,000 余条"), std::string::npos) << dump;
  EXPECT_NE(dump.find("PAGES: >500<"), std::string::npos) << dump;  // the pages reach the cap
  EXPECT_NE(dump.find("CAPPED"), std::string::npos);

  store::DecisionPage exact;
  exact.total = 1234;
  EXPECT_EQ(DecisionListJson(exact, 1, 20)["total_capped"], false);
  ctemplate::TemplateDictionary e("t");
  FillPublicPaging(e, "/enforcement?", 1, 20, exact);
  std::string plain;
  e.DumpToString(&plain);
  EXPECT_NE(plain.find("1,234 条"), std::string::npos) << plain;
  EXPECT_EQ(plain.find("CAPPED"), std::string::npos);
  EXPECT_EQ(plain.find("余"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, EnforcementSearchTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres));

}  // namespace
}  // namespace gk::supervision
