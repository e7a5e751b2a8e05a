// bench/report: fills an installation made by `gongkai init --demo --data
// DIR` with one agency's records at the scale of issue 11 — by default
// 1,000,000 published catalogue items, 200,000 disclosure applications and
// 1,000,000 enforcement decisions (times SCALE) — for timing `gongkai report
// annual` and `gongkai health` on them (bench/report/run).
//
//   report_bench DIR SCALE [YEAR]
//
// The rows go in with prepared statements in large transactions, with the
// ids chosen here; the enforcement decisions through the store's own
// DecisionWriter (which also feeds the search index). What the report and
// the health check should find beyond the installation's own records is
// written to DIR/bench-expected.json (bench/report/run compares).
#include <soci/soci.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "applications/model.h"
#include "common/calendar.h"
#include "common/china_time.h"
#include "common/sha256.h"
#include "common/uscc.h"
#include "storage/database.h"
#include "supervision/enforcement_model.h"
#include "supervision/enforcement_store.h"

namespace {

using gk::Date;
using gk::Status;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a) { return std::chrono::duration<double>(Clock::now() - a).count(); }

std::mt19937_64 rng(20261207);
size_t Pick(size_t n) { return static_cast<size_t>(rng() % n); }
bool Chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }
template <typename T>
const T& Any(const std::vector<T>& v) {
  return v[Pick(v.size())];
}
int64_t Between(int64_t lo, int64_t hi) { return lo + static_cast<int64_t>(rng() % static_cast<uint64_t>(hi - lo + 1)); }

Date Today() { return gk::ChinaDate(std::time(nullptr)); }
// Seconds since 1970 of a China-time moment on `d`.
int64_t At(Date d, int64_t seconds_of_day) { return d.DaysSinceEpoch() * 86400 - 8 * 3600 + seconds_of_day; }
std::string Padded(int64_t n, int width) {
  std::string s = std::to_string(n);
  return std::string(s.size() < static_cast<size_t>(width) ? width - s.size() : 0, '0') + s;
}

// ---------------------------------------------------------------------------
// Text of a market-supervision bureau.

const std::vector<std::string> kTopics = {
    "食品安全",     "药品安全",     "特种设备安全", "产品质量",     "计量监督",     "标准化工作",
    "认证认可",     "检验检测",     "知识产权保护", "商标注册",     "专利转化运用", "价格监督检查",
    "反不正当竞争", "网络交易监管", "广告监管",     "消费者权益保护", "市场主体登记", "信用监管",
    "双随机、一公开", "优化营商环境", "个体工商户发展", "电梯安全",   "燃气安全",     "校园食品安全",
    "冷链食品",     "农贸市场",     "餐饮服务",     "药品零售",     "医疗器械",     "化妆品监管"};
const std::vector<std::string> kActions = {"开展", "做好", "加强", "进一步规范", "深入推进", "组织实施", "全面落实"};
const std::vector<std::string> kGenres = {"通知", "公告", "实施方案", "工作要点", "通报", "意见", "报告"};
const std::vector<std::string> kNormativeGenres = {"管理办法", "实施细则", "若干规定", "暂行办法", "工作规则"};
const std::vector<std::string> kSentences = {
    "坚持以人民为中心的发展思想，统筹发展和安全，",
    "按照“四个最严”要求，压实企业主体责任和属地管理责任，",
    "围绕群众反映强烈的突出问题，集中力量开展专项整治，",
    "建立健全风险分级管控和隐患排查治理双重预防机制，",
    "充分运用信用监管、智慧监管手段，提升监管效能，",
    "各区县市场监管部门要高度重视，结合实际制定具体措施，",
    "对检查中发现的问题，依法责令整改，整改不到位的依法查处，",
    "畅通投诉举报渠道，及时回应社会关切，",
    "加强部门协同和执法联动，形成监管合力，",
    "有关情况请于每月25日前报送市局相关处室。"};
const std::vector<std::string> kHeadings = {"一、工作目标", "二、主要任务", "三、工作要求", "四、时间安排", "五、保障措施"};
const std::vector<std::string> kExternal = {
    "https://www.gov.cn/zhengce/content/2025-03/15/content_7012345.htm",
    "https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/bgt/art/2025/art_1234.html",
    "https://www.shandong.gov.cn/art/2024/6/3/art_107851_123456.html",
    "http://www.jinan.gov.cn/art/2025/1/10/art_1861_4812345.html"};
const std::vector<std::string> kTopicClasses = {"市场监管、安全生产监管", "综合政务", "卫生、体育", "科技、教育",
                                                "商贸、海关、旅游"};
const std::vector<std::string> kCategories = {"其他文件", "政策文件", "规划计划", "财政信息", "行政执法", "通知公告",
                                              "工作动态"};

const std::vector<std::string> kPlaces = {"历下", "市中", "槐荫", "天桥", "历城", "长清", "章丘", "济阳", "莱芜", "钢城",
                                          "平阴", "商河", "高新", "舜华", "泉城", "齐鲁", "明湖", "趵突", "千佛", "华山"};
const std::vector<std::string> kTrades = {"食品", "餐饮", "医药", "商贸", "电子", "机械", "建材", "超市", "眼镜", "药房",
                                          "酒业", "茶叶", "粮油", "肉制品", "乳业", "电梯", "燃气", "化妆品"};

struct ColumnPick {
  std::string code;
  int weight;
};
// Where items go (codes of catalogue::SeedColumns); fdnr-* are also listed in xxgk-fdnr.
const std::vector<ColumnPick> kColumnWeights = {
    {"gzdt", 28},      {"tzgg", 14},     {"zcwj", 4},       {"zcjd", 3},       {"hygq", 3},      {"fdnr-xzzf", 12},
    {"fdnr-jdjc", 10}, {"fdnr-czxx", 3}, {"fdnr-ghjh", 2},  {"fdnr-jgzn", 1},  {"fdnr-fgwj", 2}, {"fdnr-hcp", 2},
    {"zt-spyp", 6},    {"zt-cpzl", 4},   {"zt-jgsf", 2},    {"zt-zscq", 2},    {"xxgk-zd", 1}};

struct Attachment {
  int64_t id;
  std::string name;
};

// ---------------------------------------------------------------------------

struct Setup {
  std::string dir;
  double scale = 1;
  int year = 0;
  int64_t agency = 0;
  std::string uscc, agency_name;
  std::map<std::string, int64_t> columns;  // code → id
};

struct Expected {
  int64_t items = 0, items_in_year = 0, links = 0, broken_links = 0, missing_metadata = 0, attachments = 0;
  std::map<std::string, int64_t> by_column_in_year;
  int64_t rules[3] = {0, 0, 0}, normative[3] = {0, 0, 0};  // issued, repealed, in force (table 二)
  int64_t received = 0, closed_in_year = 0, carried_in = 0, carried_out = 0, appeals_filed = 0;
  int64_t licence = 0, penalty = 0, coercive = 0, decisions = 0;
};

// The rule of table 二 (reports::CountNormative), counted here independently.
void CountNormative(int year, Date issued, std::optional<Date> ceased, int64_t* c) {
  if (issued.year() == year) ++c[0];
  if (ceased && ceased->year() == year && issued.year() <= year) ++c[1];
  if (issued.year() <= year && !(ceased && ceased->year() <= year)) ++c[2];
}

Status Items(gk::storage::Database& db, const Setup& s, Expected* x) {
  const int64_t n = static_cast<int64_t>(1'000'000 * s.scale);
  const Date today = Today(), first = *Date::FromYmd(today.year() - 9, 1, 3), last = today.AddDays(-7);
  const int64_t span = last.DaysSinceEpoch() - first.DaysSinceEpoch();
  long long max_item = 0, max_att = 0;
  std::map<int, long long> serials;
  // Blobs the attachments share (content-addressed: many rows, few files).
  std::vector<std::pair<std::string, long long>> blobs;
  for (int b = 0; b < 24; ++b) {
    std::string data = "%PDF-1.4\n% gongkai bench attachment " + std::to_string(b) + "\n" + std::string(2000 + b * 97, 'x');
    const std::string sha = gk::Sha256Hex(data);
    const std::string path = s.dir + "/files/" + sha.substr(0, 2) + "/" + sha;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << data;
    blobs.emplace_back(sha, static_cast<long long>(data.size()));
  }
  Status st = db.Read([&](soci::session& sql) {
    sql << "SELECT COALESCE(MAX(id), 0) FROM items", soci::into(max_item);
    sql << "SELECT COALESCE(MAX(id), 0) FROM attachments", soci::into(max_att);
    long long y = 0, next = 0;
    soci::statement q = (sql.prepare << "SELECT year, next_serial FROM index_serials WHERE agency_id = :a",
                         soci::use(s.agency), soci::into(y), soci::into(next));
    q.execute();
    while (q.fetch()) serials[static_cast<int>(y)] = next;
    // Index numbers given by hand (the demo's) above the serials: start after them.
    std::string ix, prefix = s.uscc + "/%";
    soci::statement given = (sql.prepare << "SELECT index_no FROM items WHERE index_no LIKE :p",
                              soci::use(prefix), soci::into(ix));
    given.execute();
    while (given.fetch()) {
      const size_t dash = ix.rfind('-');
      if (dash == std::string::npos || dash < s.uscc.size() + 5) continue;
      const int yy = std::atoi(ix.substr(s.uscc.size() + 1, 4).c_str());
      serials[yy] = std::max<long long>(serials[yy], std::atoll(ix.substr(dash + 1).c_str()));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  int total_weight = 0;
  for (const auto& c : kColumnWeights) total_weight += c.weight;
  std::vector<std::string> index_nos;  // of the items written, for links
  index_nos.reserve(static_cast<size_t>(n));
  std::vector<Attachment> attachments;
  const int64_t fdnr = s.columns.count("xxgk-fdnr") ? s.columns.at("xxgk-fdnr") : 0;

  const int64_t batch = 20000;
  auto t0 = Clock::now();
  for (int64_t done = 0; done < n;) {
    st = db.Transact([&](soci::session& sql) {
      gk::supervision::store::LargerPageCache cache(sql, 256);
      long long id = 0, agency = s.agency, publish_at = 0, created = 0, published_at = 0;
      std::string index_no, title, doc_no, written_on, published_on, validity, validity_changed_on, topic, category,
          genre, keywords, summary, body;
      soci::statement item =
          (sql.prepare << "INSERT INTO items (id, agency_id, state, index_no, title, doc_no, written_on, published_on, "
                          "validity, validity_changed_on, topic, category, genre, keywords, summary, body_md, "
                          "publish_at, created_at, updated_at, published_at) VALUES (:id, :ag, 'published', :ix, :ti, "
                          ":dn, :wo, :po, :va, :vc, :tp, :ca, :ge, :kw, :su, :bo, :pa, :cr, :up, :pt)",
           soci::use(id), soci::use(agency), soci::use(index_no), soci::use(title), soci::use(doc_no),
           soci::use(written_on), soci::use(published_on), soci::use(validity), soci::use(validity_changed_on),
           soci::use(topic), soci::use(category), soci::use(genre), soci::use(keywords), soci::use(summary),
           soci::use(body), soci::use(publish_at), soci::use(created), soci::use(published_at),
           soci::use(published_at));
      long long column = 0;
      soci::statement in_column = (sql.prepare << "INSERT INTO item_columns (item_id, column_id) VALUES (:i, :c)",
                                   soci::use(id), soci::use(column));
      std::string kind, effective_on, expires_on;
      soci::statement normative =
          (sql.prepare << "INSERT INTO item_normative (item_id, kind, effective_on, expires_on) VALUES (:i, :k, :e, :x)",
           soci::use(id), soci::use(kind), soci::use(effective_on), soci::use(expires_on));
      long long att_id = 0, att_size = 0;
      std::string att_name, att_sha;
      soci::statement attach =
          (sql.prepare << "INSERT INTO attachments (id, item_id, name, content_type, size, sha256, created_at) VALUES "
                          "(:id, :it, :n, 'application/pdf', :sz, :sha, :cr)",
           soci::use(att_id), soci::use(id), soci::use(att_name), soci::use(att_size), soci::use(att_sha),
           soci::use(created));
      for (int64_t k = 0; k < batch && done + k < n; ++k) {
        const int64_t i = done + k;
        id = max_item + 1 + i;
        const Date pub = Date::FromDays(first.DaysSinceEpoch() + span * i / n);
        const int y = pub.year();
        published_at = At(pub, 9 * 3600 + Between(0, 8 * 3600));
        created = published_at - Between(3600, 5 * 86400);
        publish_at = 0;
        published_on = pub.ToString();
        // index_serials holds the last serial handed out (store::NextIndexSerial).
        index_no = s.uscc + "/" + std::to_string(y) + "-" + Padded(++serials[y], 5);
        const std::string& t = Any(kTopics);
        const bool is_normative = Chance(0.03);
        const size_t col = [&] {
          int w = static_cast<int>(Pick(static_cast<size_t>(total_weight)));
          for (size_t c = 0; c < kColumnWeights.size(); ++c)
            if ((w -= kColumnWeights[c].weight) < 0) return c;
          return size_t{0};
        }();
        std::string code = is_normative ? "zcwj" : kColumnWeights[col].code;
        doc_no.clear();
        validity.clear();
        validity_changed_on.clear();
        genre = is_normative ? Any(kNormativeGenres) : Any(kGenres);
        title = s.agency_name + "关于" + Any(kActions) + std::to_string(y) + "年" + t + "工作的" + genre;
        Date written = pub.AddDays(-Between(1, 10));
        written_on = written.ToString();
        if (is_normative || code == "tzgg" || code == "zcwj")
          doc_no = "济市监" + std::string(is_normative ? "规" : "发") + "〔" + std::to_string(written.year()) + "〕" +
                   std::to_string(1 + Pick(300)) + "号";
        topic = Chance(0.002) ? "" : Any(kTopicClasses);
        category = code == "gzdt" ? "工作动态" : code == "tzgg" ? "通知公告" : is_normative ? "政策文件" : Any(kCategories);
        keywords = t + "，" + Any(kTopics);
        summary = "为" + Any(kActions) + t + "工作，现就有关事项" + genre + "如下。";
        if (topic.empty()) ++x->missing_metadata;
        // The body: ~1 KB of Markdown with a few links.
        body = summary + "\n\n";
        int links_here = 0;
        for (int p = 0; p < 3; ++p) {
          body += "## " + kHeadings[static_cast<size_t>(p)] + "\n\n";
          for (int q = 0; q < 2; ++q) body += Any(kSentences);
          body += "推动" + t + "工作取得实效。\n\n";
          if (p == 0 && !index_nos.empty()) {
            if (Chance(0.004)) {
              body += "详见[此前的通知](/items/" + s.uscc + "/1999-" + Padded(Between(1, 99999), 5) + ")。\n\n";
              ++x->broken_links;
            } else {
              body += "详见[" + Any(kTopics) + "相关文件](/items/" + index_nos[Pick(index_nos.size())] + ")。\n\n";
            }
            ++links_here;
          }
          if (p == 1 && !attachments.empty() && Chance(0.5)) {
            const auto& a = attachments[attachments.size() - 1 - Pick(std::min<size_t>(attachments.size(), 5000))];
            body += "附件：[" + a.name + "](/files/" + std::to_string(a.id) + "/" + a.name + ")\n\n";
            ++links_here;
          }
          if (p == 1 && Chance(0.3)) {
            body += "更多信息见[通知公告](/columns/tzgg)栏目。\n\n";
            ++links_here;
          }
          if (p == 2) body += "参考：[" + Any(kTopics) + "](" + Any(kExternal) + ")\n\n";
        }
        body += s.agency_name + "\n" + pub.ToString() + "\n";
        x->links += links_here;
        std::optional<Date> ceased;
        if (is_normative) {
          validity = "valid";
          kind = Chance(0.15) ? "rule" : "normative";
          effective_on = written.AddDays(30).ToString();
          expires_on.clear();
          if (kind == "normative" && Chance(0.7)) {
            Date until = written.AddDays(30 + 5 * 365 - 1);
            expires_on = until.ToString();
            ceased = until.AddDays(1);
          }
          if (Chance(0.1)) {
            Date rep = pub.AddDays(Between(90, 1500));
            if (rep < today) {
              validity = "repealed";
              validity_changed_on = rep.ToString();
              if (!ceased || rep < *ceased) ceased = rep;
            }
          }
          CountNormative(s.year, written, ceased, kind == "rule" ? x->rules : x->normative);
        }
        item.execute(true);
        std::vector<int64_t> cols = {s.columns.at(code)};
        if (is_normative && s.columns.count("fdnr-fgwj")) cols.push_back(s.columns.at("fdnr-fgwj"));
        if (code.starts_with("fdnr-") && fdnr) cols.push_back(fdnr);
        for (int64_t c : cols) {
          column = c;
          in_column.execute(true);
        }
        if (y == s.year) {
          ++x->items_in_year;
          for (const auto& [cc, cid] : s.columns)
            if (std::find(cols.begin(), cols.end(), cid) != cols.end()) ++x->by_column_in_year[cc];
        }
        if (is_normative) normative.execute(true);
        if (Chance(0.2)) {
          att_id = max_att + 1 + static_cast<long long>(attachments.size());
          att_name = std::to_string(y) + "-fujian-" + std::to_string(att_id) + ".pdf";
          const auto& blob = Any(blobs);
          att_sha = blob.first;
          att_size = blob.second;
          attach.execute(true);
          attachments.push_back({att_id, att_name});
        }
        index_nos.push_back(index_no);
      }
      return Status::Ok();
    });
    if (!st.ok()) return st;
    done = std::min(n, done + batch);
    if (done % 200000 == 0 || done == n)
      std::fprintf(stderr, "  items %lld / %lld (%.0f/s)\n", static_cast<long long>(done), static_cast<long long>(n),
                   done / Seconds(t0));
  }
  x->items = n;
  x->attachments = static_cast<int64_t>(attachments.size());
  return db.Transact([&](soci::session& sql) {
    for (const auto& [y, next] : serials) {
      long long a = s.agency, yy = y, nn = next;
      sql << "INSERT INTO index_serials (agency_id, year, next_serial) VALUES (:a, :y, :n) ON CONFLICT (agency_id, "
             "year) DO UPDATE SET next_serial = MAX(index_serials.next_serial, excluded.next_serial)",
          soci::use(a), soci::use(yy), soci::use(nn);
    }
    return Status::Ok();
  });
}

// ---------------------------------------------------------------------------

Status Applications(gk::storage::Database& db, const Setup& s, Expected* x) {
  using namespace gk::applications;
  const int64_t n = static_cast<int64_t>(200'000 * s.scale);
  const Date first = *Date::FromYmd(s.year - 1, 1, 1), year_start = *Date::FromYmd(s.year, 1, 1),
             year_end = *Date::FromYmd(s.year, 12, 31);
  const int64_t span = year_end.DaysSinceEpoch() - first.DaysSinceEpoch();
  // Outcomes weighted as agencies' reports show them: 予以公开 and 无法提供
  // (本机关不掌握) the most, then 部分公开, 不予处理, 其他处理, 不予公开.
  std::vector<std::pair<std::string, int>> outcomes;
  for (Outcome o : AllOutcomes()) {
    const int row_weight[] = {0, 350, 120, 60, 280, 90, 100};
    outcomes.emplace_back(OutcomeCode(o), row_weight[o.row] / std::max(1, OutcomeSubCount(o.row)));
  }
  int outcome_total = 0;
  for (const auto& o : outcomes) outcome_total += o.second;
  const char* open_states[] = {"processing", "correction", "consulting", "fee_pending", "sign_off"};
  long long max_id = 0, max_appeal = 0;
  std::map<int, long long> serials;
  Status st = db.Read([&](soci::session& sql) {
    sql << "SELECT COALESCE(MAX(id), 0) FROM applications", soci::into(max_id);
    sql << "SELECT COALESCE(MAX(id), 0) FROM application_appeals", soci::into(max_appeal);
    long long y = 0, next = 0;
    soci::statement q = (sql.prepare << "SELECT year, next_serial FROM application_serials WHERE scope = 'application'",
                         soci::into(y), soci::into(next));
    q.execute();
    while (q.fetch()) serials[static_cast<int>(y)] = next;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  const int64_t batch = 20000;
  long long appeal_id = max_appeal;
  auto t0 = Clock::now();
  for (int64_t done = 0; done < n;) {
    st = db.Transact([&](soci::session& sql) {
      long long id = 0, agency = s.agency, submitted = 0;
      std::string number, state, channel, type, name, id_type, id_number, phone, description, medium, delivery,
          received_on, due_on, outcome, closed_on, explanation;
      soci::statement app =
          (sql.prepare << "INSERT INTO applications (id, agency_id, number, tracking_hash, state, channel, "
                          "applicant_type, applicant_name, id_type, id_number, phone, description, medium, delivery, "
                          "submitted_at, received_on, due_on, outcome, explanation, closed_on, created_at, updated_at) "
                          "VALUES (:id, :ag, :nu, 'bench', :st, :ch, :ty, :na, :it, :in, :ph, :de, :me, :dl, :sa, :ro, "
                          ":du, :oc, :ex, :cl, :ca, :ua)",
           soci::use(id), soci::use(agency), soci::use(number), soci::use(state), soci::use(channel), soci::use(type),
           soci::use(name), soci::use(id_type), soci::use(id_number), soci::use(phone), soci::use(description),
           soci::use(medium), soci::use(delivery), soci::use(submitted), soci::use(received_on), soci::use(due_on),
           soci::use(outcome), soci::use(explanation), soci::use(closed_on), soci::use(submitted),
           soci::use(submitted));
      long long after = 0;
      std::string kind, filed_on, result, decided_on;
      soci::statement appeal =
          (sql.prepare << "INSERT INTO application_appeals (id, application_id, kind, after_reconsideration, filed_on, "
                          "body, result, decided_on, created_at) VALUES (:id, :ap, :k, :af, :fi, '济南市人民政府', "
                          ":r, :d, :c)",
           soci::use(appeal_id), soci::use(id), soci::use(kind), soci::use(after), soci::use(filed_on),
           soci::use(result), soci::use(decided_on), soci::use(submitted));
      for (int64_t k = 0; k < batch && done + k < n; ++k) {
        const int64_t i = done + k;
        id = max_id + 1 + i;
        const Date received = Date::FromDays(first.DaysSinceEpoch() + span * i / n);
        submitted = At(received, Between(8 * 3600, 17 * 3600));
        const int y = received.year();
        number = std::to_string(y) + "-" + Padded(++serials[y], 6);  // the last serial used, as store::NextSerial
        const size_t t = Chance(0.72) ? 0 : Pick(ApplicantTypes().size());
        type = ApplicantTypes()[t].code;
        const bool person = t == 0;
        name = person ? Any(kPlaces) + "某" : "济南" + Any(kPlaces) + Any(kTrades) + "有限公司";
        id_type = person ? "resident_id" : "uscc";
        id_number = person ? "37010" + Padded(Between(0, 9999999999999LL), 13) : "91370100" + Padded(i, 10);
        phone = "1" + Padded(Between(3000000000LL, 9999999999LL), 10);
        description = "申请公开" + std::to_string(y - Pick(3)) + "年" + Any(kPlaces) + "区" + Any(kTopics) +
                      "相关的检查记录、处理结果及依据文件。";
        channel = Any(Channels()).code;
        medium = Any(Media()).code;
        delivery = Any(Deliveries()).code;
        received_on = received.ToString();
        due_on.clear();
        outcome.clear();
        closed_on.clear();
        explanation.clear();
        const bool late_in_year = received.DaysSinceEpoch() > year_end.DaysSinceEpoch() - 45;
        const bool open = late_in_year && Chance(0.3);
        Date closed;
        if (open) {
          state = open_states[Pick(5)];
          due_on = received.AddDays(28).ToString();
        } else {
          state = "closed";
          closed = received.AddDays(Between(2, 40));
          closed_on = closed.ToString();
          int w = static_cast<int>(Pick(static_cast<size_t>(outcome_total)));
          for (const auto& o : outcomes)
            if ((w -= o.second) < 0) {
              outcome = o.first;
              break;
            }
          explanation = "经查，依据《中华人民共和国政府信息公开条例》作出答复。";
        }
        if (received.year() == s.year) ++x->received;
        if (!open && closed.year() == s.year) ++x->closed_in_year;
        if (received < year_start && (open || !(closed < year_start))) ++x->carried_in;
        if (open || year_end < closed) ++x->carried_out;
        app.execute(true);
        if (!open && Chance(0.045)) {
          // 行政复议 mostly; some go to court directly or after it.
          const int r = static_cast<int>(Pick(100));
          kind = r < 70 ? "reconsideration" : "litigation";
          after = r >= 90 ? 1 : 0;
          const Date filed = closed.AddDays(Between(10, 60));
          filed_on = filed.ToString();
          const int res = static_cast<int>(Pick(100));
          result = res < 70 ? "upheld" : res < 82 ? "corrected" : res < 90 ? "other" : "pending";
          decided_on = result == "pending" ? "" : filed.AddDays(Between(30, 90)).ToString();
          ++appeal_id;
          appeal.execute(true);
          if (filed.year() == s.year) ++x->appeals_filed;
        }
      }
      return Status::Ok();
    });
    if (!st.ok()) return st;
    done = std::min(n, done + batch);
  }
  std::fprintf(stderr, "  applications %lld (%.0f/s)\n", static_cast<long long>(n), n / Seconds(t0));
  return db.Transact([&](soci::session& sql) {
    for (const auto& [y, next] : serials) {
      long long yy = y, nn = next;
      sql << "INSERT INTO application_serials (scope, year, next_serial) VALUES ('application', :y, :n) ON CONFLICT "
             "(scope, year) DO UPDATE SET next_serial = MAX(application_serials.next_serial, excluded.next_serial)",
          soci::use(yy), soci::use(nn);
    }
    return Status::Ok();
  });
}

// ---------------------------------------------------------------------------

std::string Uscc(uint64_t k) {
  return gk::WithUsccCheckDigit("91370100" + Padded(static_cast<int64_t>(k % 1000000000ULL), 9));
}

Status Decisions(gk::storage::Database& db, const Setup& s, Expected* x) {
  using namespace gk::supervision;
  const int64_t n = static_cast<int64_t>(1'000'000 * s.scale);
  const Date today = Today(), first = *Date::FromYmd(today.year() - 4, 1, 1), last = today.AddDays(-7);
  const int64_t span = last.DaysSinceEpoch() - first.DaysSinceEpoch();
  const int64_t batch = 50000;
  std::map<std::pair<int, int>, int64_t> doc_serials;
  auto t0 = Clock::now();
  for (int64_t done = 0; done < n;) {
    Status st = db.Transact([&](soci::session& sql) {
      store::LargerPageCache cache(sql, 256);
      store::DecisionWriter writer(sql);
      for (int64_t k = 0; k < batch && done + k < n; ++k) {
        const int64_t i = done + k;
        Decision d;
        d.agency_id = s.agency;
        const int r = static_cast<int>(Pick(100));
        d.kind = r < 55 ? DecisionKind::kPenalty : r < 95 ? DecisionKind::kLicence : DecisionKind::kCoercive;
        d.decided_on = Date::FromDays(first.DaysSinceEpoch() + span * i / n);
        const int y = d.decided_on.year();
        const uint64_t company = rng() % 250000;
        const bool individual = company % 5 == 0;
        d.party_type = individual ? PartyType::kIndividualBusiness : PartyType::kOrganisation;
        d.party_name = individual ? Any(kPlaces) + "区" + kPlaces[company % kPlaces.size()] + kTrades[company % kTrades.size()] + "经营部"
                                  : "济南" + kPlaces[company % kPlaces.size()] + kPlaces[(company / 20) % kPlaces.size()] +
                                        kTrades[company % kTrades.size()] + "有限公司";
        d.party_uscc = Uscc(company * 7919 + 13);
        d.legal_rep = std::string(individual ? "张某" : "李某某");
        const int kind_no = static_cast<int>(d.kind);
        const int64_t serial = ++doc_serials[{kind_no, y}];
        d.authority = s.agency_name;
        d.authority_uscc = s.uscc;
        const std::string& t = Any(kTopics);
        if (d.kind == DecisionKind::kPenalty) {
          d.doc_no = "济市监罚〔" + std::to_string(y) + "〕" + std::to_string(serial) + "号";
          d.violation_type = t + "违法行为";
          d.facts = "经查，当事人在" + Any(kPlaces) + "区经营场所内从事" + kTrades[company % kTrades.size()] +
                    "经营活动，存在违反" + t + "有关规定的行为，违法所得" + std::to_string(Between(100, 90000)) + "元。";
          d.basis = "《中华人民共和国食品安全法》第一百二十四条";
          d.categories = Chance(0.3) ? "警告;罚款" : "罚款;没收违法所得";
          d.fine_fen = Between(100, 500000) * 100;
          d.confiscated_fen = Between(0, 100000) * 100;
          d.content = "罚款" + std::to_string(d.fine_fen / 100) + "元，没收违法所得" +
                      std::to_string(d.confiscated_fen / 100) + "元";
          d.publishable = !Chance(0.04);
          if (!d.publishable) d.categories = "警告";
        } else if (d.kind == DecisionKind::kLicence) {
          d.doc_no = "济市监许〔" + std::to_string(y) + "〕" + std::to_string(serial) + "号";
          d.basis = "《中华人民共和国行政许可法》";
          d.categories = "普通";
          d.certificate_name = Chance(0.6) ? "食品经营许可证" : "特种设备生产许可证";
          d.licence_no = "JY1370102" + Padded(i, 8);
          d.content = "准予" + d.certificate_name + "许可";
          d.valid_from = d.decided_on;
          d.valid_to = d.decided_on.AddDays(5 * 365);
        } else {
          d.doc_no = "济市监强〔" + std::to_string(y) + "〕" + std::to_string(serial) + "号";
          d.facts = "当事人涉嫌生产经营不符合" + t + "标准的产品。";
          d.basis = "《中华人民共和国行政强制法》第二十二条";
          d.categories = Chance(0.5) ? "查封场所、设施或者财物" : "扣押财物";
          d.content = d.categories + "，期限三十日";
        }
        d.due_on = d.decided_on.AddDays(9);
        d.source = "import";
        d.created_at = At(d.decided_on, 10 * 3600);
        const int sr = static_cast<int>(Pick(100));
        d.state = sr < 2 ? DecisionState::kDraft : sr < 4 ? DecisionState::kWithdrawn : DecisionState::kPublished;
        if (d.state != DecisionState::kDraft && d.publishable) {
          d.published_on = d.decided_on.AddDays(Between(1, 7));
          const bool short_period = d.kind == DecisionKind::kPenalty && d.fine_fen < 1'000'000;
          d.public_until = short_period ? d.published_on->AddDays(92)
                           : d.kind == DecisionKind::kLicence ? *d.valid_to
                                                              : d.published_on->AddDays(3 * 365);
          if (!(today < *d.public_until)) d.expired_at = d.created_at + 86400;
        }
        if (d.state == DecisionState::kWithdrawn) {
          d.revoked_on = d.decided_on.AddDays(30);
          d.withdraw_reason = "行政处罚决定被依法撤销";
          d.withdrawn_at = At(*d.revoked_on, 15 * 3600);
        }
        d.updated_at = d.withdrawn_at ? d.withdrawn_at : d.created_at;
        // The public copy as EnforcementService::PublicCopyOf makes it; the
        // text holds no personal data beyond the already masked 经营者.
        store::PublicCopy pub;
        Decision masked = d;
        masked.id_type.clear();
        masked.id_number.clear();
        pub.json = store::EncodePublic(masked);
        pub.uscc = masked.party_uscc;
        for (const std::string* f : {&masked.party_name, &masked.party_uscc, &masked.doc_no, &masked.violation_type,
                                     &masked.categories, &masked.content, &masked.certificate_name,
                                     &masked.licence_no, &masked.authority, &masked.facts})
          if (!f->empty()) pub.search_text += *f + "\n";
        writer.Insert(d, pub, 0);
        if (y == s.year) {
          ++(d.kind == DecisionKind::kPenalty ? x->penalty : d.kind == DecisionKind::kLicence ? x->licence
                                                                                             : x->coercive);
        }
      }
      writer.Finish();
      return Status::Ok();
    });
    if (!st.ok()) return st;
    done = std::min(n, done + batch);
    if (done % 200000 == 0 || done == n)
      std::fprintf(stderr, "  decisions %lld / %lld (%.0f/s)\n", static_cast<long long>(done),
                   static_cast<long long>(n), done / Seconds(t0));
  }
  x->decisions = n;
  return Status::Ok();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: report_bench DIR SCALE [YEAR]\n");
    return 2;
  }
  Setup s;
  s.dir = argv[1];
  s.scale = std::atof(argv[2]);
  s.year = argc > 3 ? std::atoi(argv[3]) : Today().year() - 1;
  if (!(s.scale > 0) || s.scale > 10) {
    std::fprintf(stderr, "report_bench: SCALE must be in (0, 10]\n");
    return 2;
  }
  gk::storage::DbOptions o;
  o.data_dir = s.dir;
  o.pool_size = 1;
  auto db = gk::storage::Database::Open(o);
  if (!db.ok()) {
    std::fprintf(stderr, "open: %s\n", db.status().message().c_str());
    return 1;
  }
  Status st = db.value()->Read([&](soci::session& sql) {
    long long agency = 0, id = 0;
    sql << "SELECT id, uscc, name FROM agencies WHERE parent_id IS NULL ORDER BY id LIMIT 1", soci::into(agency),
        soci::into(s.uscc), soci::into(s.agency_name);
    s.agency = agency;
    std::string code;
    soci::statement q = (sql.prepare << "SELECT id, code FROM columns WHERE agency_id = :a AND kind = 'list'",
                         soci::use(agency), soci::into(id), soci::into(code));
    q.execute();
    while (q.fetch()) s.columns[code] = id;
    return Status::Ok();
  });
  if (!st.ok() || s.agency == 0) {
    std::fprintf(stderr, "report_bench: no agency in %s (run gongkai init --demo --data DIR first)\n", s.dir.c_str());
    return 1;
  }
  for (const auto& c : kColumnWeights)
    if (!s.columns.count(c.code)) {
      std::fprintf(stderr, "report_bench: the agency has no column %s\n", c.code.c_str());
      return 1;
    }
  std::fprintf(stderr, "report_bench: agency %lld %s, scale %g, report year %d\n", static_cast<long long>(s.agency),
               s.agency_name.c_str(), s.scale, s.year);
  Expected x;
  auto t0 = Clock::now();
  if (st = Items(*db.value(), s, &x); !st.ok()) {
    std::fprintf(stderr, "items: %s\n", st.message().c_str());
    return 1;
  }
  const double items_s = Seconds(t0);
  t0 = Clock::now();
  if (st = Applications(*db.value(), s, &x); !st.ok()) {
    std::fprintf(stderr, "applications: %s\n", st.message().c_str());
    return 1;
  }
  const double apps_s = Seconds(t0);
  t0 = Clock::now();
  if (st = Decisions(*db.value(), s, &x); !st.ok()) {
    std::fprintf(stderr, "decisions: %s\n", st.message().c_str());
    return 1;
  }
  const double decisions_s = Seconds(t0);
  t0 = Clock::now();
  // No ANALYZE: an installation has no statistics, so neither does this.
  st = db.value()->Read([](soci::session& sql) {
    sql << "PRAGMA wal_checkpoint(TRUNCATE)";
    return Status::Ok();
  });
  const double analyze_s = Seconds(t0);
  nlohmann::json j = {
      {"agency_id", s.agency},
      {"year", s.year},
      {"items", x.items},
      {"items_in_year", x.items_in_year},
      {"by_column_in_year", x.by_column_in_year},
      {"attachments", x.attachments},
      {"links", x.links},
      {"broken_links", x.broken_links},
      {"missing_metadata", x.missing_metadata},
      {"rules", {x.rules[0], x.rules[1], x.rules[2]}},
      {"normative", {x.normative[0], x.normative[1], x.normative[2]}},
      {"received", x.received},
      {"closed_in_year", x.closed_in_year},
      {"carried_in", x.carried_in},
      {"carried_out", x.carried_out},
      {"appeals_filed", x.appeals_filed},
      {"licence", x.licence},
      {"penalty", x.penalty},
      {"coercive", x.coercive},
      {"decisions", x.decisions},
      {"seconds", {{"items", items_s}, {"applications", apps_s}, {"decisions", decisions_s}, {"checkpoint", analyze_s}}}};
  std::ofstream(s.dir + "/bench-expected.json") << j.dump(2) << "\n";
  std::printf("generated in %.0f s: items %.0f s, applications %.0f s, decisions %.0f s, checkpoint %.0f s\n",
              items_s + apps_s + decisions_s + analyze_s, items_s, apps_s, decisions_s, analyze_s);
  return st.ok() ? 0 : 1;
}
