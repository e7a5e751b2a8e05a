// bench/enforcement: 行政执法公示 at N decisions (default 1,000,000) in
// SQLite (and PostgreSQL when GK_BENCH_PG_URL is set). Generates 双公示 CSV
// files of realistic decisions dated over the last four years (some parties
// natural persons or individual businesses, whose names, phone numbers and ID
// numbers in 违法事实 are masked on import), imports them through
// EnforcementService::Import in files of at most kMaxImportRows, then times
// the expiry sweep, the public list (first page, page 500, by kind, by year)
// and searches (a company name, a word of 违法事实, an exact USCC, three and
// two characters of a name, a word in most names), checks that each search
// finds what LIKE finds, by every plan. Prints a table with each figure's
// target.
//
//   enforcement_bench [--decisions N] [--data DIR] [--batch ROWS] [--urls FILE]
//
// DIR is a gongkai data directory (its gongkai.db; `gongkai init --demo`
// makes one whose agencies the files name; missing agencies are created).
// When DIR already holds N or more imported decisions the import is skipped
// and the rest is timed again on them.
// --urls FILE: where to write the public pages to fetch over HTTP (label TAB
// path), for bench/enforcement/run.
#include <soci/soci.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "access/model.h"
#include "auth/store.h"
#include "common/calendar.h"
#include "common/china_time.h"
#include "common/clock.h"
#include "common/uscc.h"
#include "http/forms.h"
#include "storage/database.h"
#include "storage/sql_text.h"
#include "supervision/enforcement_service.h"

namespace {

using gk::Date;
using gk::Status;
using namespace gk::supervision;
using Steady = std::chrono::steady_clock;

double Ms(Steady::time_point a, Steady::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// 1234567 → "1,234,567".
std::string Thousands(int64_t v) {
  std::string s = std::to_string(v < 0 ? -v : v), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i && (s.size() - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return v < 0 ? "-" + out : out;
}

struct Options {
  int64_t decisions = 1000000;
  std::string data_dir = "/tmp/gongkai-enforcement-bench";
  size_t batch = EnforcementService::kMaxImportRows;
  std::string urls_file;
};

// --- the vocabulary of the generated decisions ---

const std::vector<std::string> kSurnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                            "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
const std::vector<std::string> kGiven = {"伟",   "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",
                                         "军",   "洋",   "勇",   "艳",   "杰",   "娟",   "涛",   "明",
                                         "超",   "秀英", "建华", "建国", "德明", "春生", "海涛", "志强",
                                         "立新", "文静", "玉兰", "桂芝", "晓东", "红梅", "国庆", "淑珍"};
const std::vector<std::string> kDistricts = {"历下", "市中", "槐荫", "天桥", "历城", "长清", "章丘",
                                             "济阳", "莱芜", "钢城", "平阴", "商河", "高新"};
const std::vector<std::string> kZihao = {"鲁", "泉", "齐", "华", "明", "趵", "千", "舜", "岱", "海", "金",
                                         "瑞", "恒", "鑫", "福", "康", "安", "源", "丰", "盛", "通", "达",
                                         "宏", "信", "佳", "润", "德", "益", "兴", "隆", "美", "嘉", "和",
                                         "顺", "昌", "荣", "泰", "祥", "汇", "博", "宇", "正", "诚", "惠"};
const std::vector<std::string> kTrades = {"食品",     "餐饮管理", "调味品", "乳业", "饮品",     "商贸", "超市",
                                          "大药房",   "医疗器械", "化妆品", "电器", "五金交电", "建材", "农产品",
                                          "肉类加工", "粮油",     "酒业",   "茶叶", "烘焙",     "水产", "电动车"};
const std::vector<std::string> kOrgSuffixes = {"有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司"};
const std::vector<std::string> kShopSuffixes = {"店", "商行", "经营部", "批发部", "熟食店", "便利店"};
const std::vector<std::string> kProducts = {
    "酱卤肉制品", "巴氏杀菌乳", "速冻水饺", "酱油",   "食用植物油", "糕点",   "白酒",     "茶叶",
    "韭菜",       "鲜猪肉",     "大米",     "小麦粉", "果汁饮料",   "豆制品", "冷冻饮品", "电动自行车充电器",
    "儿童玩具",   "电线电缆",   "燃气灶具", "化妆品"};
const std::vector<std::string> kProblems = {
    "菌落总数不符合食品安全国家标准", "标签未标注生产日期",   "已超过保质期",       "过氧化值超过食品安全国家标准",
    "酸价不符合食品安全国家标准",     "大肠菌群超过标准限量", "检出禁用农药毒死蜱", "蛋白质含量不符合产品标签标示值",
    "超范围使用食品添加剂",           "经抽查检验不合格",     "未标注产品执行标准"};
const std::vector<std::string> kLaws = {"《中华人民共和国食品安全法》", "《中华人民共和国产品质量法》",
                                        "《中华人民共和国广告法》", "《中华人民共和国消费者权益保护法》"};
const std::vector<std::string> kLicenceCategories = {"食品经营许可（新办）", "食品经营许可（延续）",
                                                     "食品经营许可（变更）", "食品生产许可（新办）"};
const std::vector<std::string> kLicenceContents = {
    "预包装食品销售（含冷藏冷冻食品）、散装食品销售", "热食类食品制售、冷食类食品制售",
    "预包装食品销售（不含冷藏冷冻食品）", "糕点类食品制售", "特殊食品销售（保健食品）"};
const char kUsccChars[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";  // no I O S V Z

// Where the decisions come from: the demo's two market-supervision bureaus.
struct Authority {
  std::string name, uscc, doc_prefix;
};
std::vector<Authority> Authorities() {
  return {{"济南市市场监督管理局", "11370100MB28696235", "济市监"},
          {"济南市历下区市场监督管理局", gk::WithUsccCheckDigit("11370102MB2870153"), "历下市监"}};
}

struct Company {
  std::string name, uscc, rep;
};

class Generator {
 public:
  Generator(int64_t n, Date today) : rng_(20261206), today_(today) {
    // About four decisions per company, so a company name or USCC finds a few.
    const size_t companies = static_cast<size_t>(std::max<int64_t>(1000, n / 4));
    companies_.reserve(companies);
    for (size_t i = 0; i < companies; ++i) {
      Company c;
      c.name = "济南" + Pick(kZihao) + Pick(kZihao) + Pick(kTrades) + Pick(kOrgSuffixes);
      c.uscc = Uscc("91370" + std::to_string(100 + rng_() % 20));
      c.rep = Name();
      companies_.push_back(std::move(c));
    }
  }

  static const std::vector<std::string>& Headers() {
    static const std::vector<std::string> h = {"决定类别",
                                               "行政相对人名称",
                                               "行政相对人类别",
                                               "统一社会信用代码",
                                               "法定代表人",
                                               "证件类型",
                                               "证件号码",
                                               "决定书文号",
                                               "违法行为类型",
                                               "违法事实",
                                               "处罚依据",
                                               "处罚类别",
                                               "处罚内容",
                                               "罚款金额（万元）",
                                               "没收违法所得、没收非法财物的金额（万元）",
                                               "许可证书名称",
                                               "许可编号",
                                               "有效期自",
                                               "有效期至",
                                               "决定日期",
                                               "处罚机关",
                                               "处罚机关统一社会信用代码",
                                               "公示日期"};
    return h;
  }

  // Rows [first, first + count) as a CSV file with the headers above.
  std::string Csv(int64_t first, int64_t count) {
    std::string out;
    out.reserve(static_cast<size_t>(count) * 900);
    for (size_t i = 0; i < Headers().size(); ++i) {
      if (i) out += ',';
      out += Headers()[i];
    }
    out += "\r\n";
    std::vector<std::string> cells;
    for (int64_t i = first; i < first + count; ++i) {
      Row(i, &cells);
      for (size_t c = 0; c < cells.size(); ++c) {
        if (c) out += ',';
        Cell(&out, cells[c]);
      }
      out += "\r\n";
    }
    return out;
  }

 private:
  const std::string& Pick(const std::vector<std::string>& v) { return v[rng_() % v.size()]; }
  int Between(int lo, int hi) { return lo + static_cast<int>(rng_() % static_cast<unsigned>(hi - lo + 1)); }
  std::string Name() { return Pick(kSurnames) + Pick(kGiven); }
  std::string Uscc(const std::string& prefix) {  // prefix + random code characters, 18 with the check digit
    std::string s = prefix;
    while (s.size() < 17) s += kUsccChars[rng_() % (sizeof(kUsccChars) - 1)];
    return gk::WithUsccCheckDigit(s);
  }
  std::string Phone() {
    std::string s = "1" + std::to_string(Between(3, 9));
    for (int i = 0; i < 9; ++i) s += static_cast<char>('0' + rng_() % 10);
    return s;
  }
  std::string IdNumber() {
    char birth[16];
    std::snprintf(birth, sizeof birth, "%04d%02d%02d", Between(1950, 2000), Between(1, 12), Between(1, 28));
    std::string s = "3701" + std::to_string(Between(10, 99)) + birth;
    for (int i = 0; i < 3; ++i) s += static_cast<char>('0' + rng_() % 10);
    s += "0123456789X"[rng_() % 11];
    return s;
  }
  // A date as the files write it: mostly ISO, some 2025/3/5 and 2025年3月5日.
  std::string DateCell(Date d) {
    const unsigned r = rng_() % 10;
    if (r == 0) return std::to_string(d.year()) + "/" + std::to_string(d.month()) + "/" + std::to_string(d.day());
    if (r == 1)
      return std::to_string(d.year()) + "年" + std::to_string(d.month()) + "月" + std::to_string(d.day()) + "日";
    return d.ToString();
  }
  static void Cell(std::string* out, const std::string& v) {
    if (v.find_first_of(",\"\r\n") == std::string::npos) {
      *out += v;
      return;
    }
    *out += '"';
    for (char c : v) {
      if (c == '"') *out += '"';
      *out += c;
    }
    *out += '"';
  }

  // Row i: 55 % penalties, 40 % licences, 5 % coercive measures, decided on
  // a day of the last four years, published 0–10 days later.
  void Row(int64_t i, std::vector<std::string>* cells) {
    cells->assign(Headers().size(), "");
    auto set = [&](size_t col, std::string v) { (*cells)[col] = std::move(v); };
    const unsigned k = rng_() % 100;
    const DecisionKind kind = k < 55   ? DecisionKind::kPenalty
                              : k < 95 ? DecisionKind::kLicence
                                       : DecisionKind::kCoercive;
    const Date decided = today_.AddDays(-Between(1, 4 * 365));
    Date published = decided.AddDays(Between(0, 10));
    if (published > today_) published = today_;
    static const std::vector<Authority> authorities = Authorities();
    const Authority& a = authorities[rng_() % 5 == 0 ? 1 : 0];
    // 行政相对人: an organisation, an individual business or (not for
    // licences) a natural person.
    const unsigned p = rng_() % 100;
    const PartyType type = p < 72                                     ? PartyType::kOrganisation
                           : p < 90 || kind == DecisionKind::kLicence ? PartyType::kIndividualBusiness
                                                                      : PartyType::kPerson;
    std::string party, uscc, rep, phone = Phone(), id = IdNumber();
    if (type == PartyType::kOrganisation) {
      const Company& c = companies_[rng_() % companies_.size()];
      party = c.name;
      uscc = c.uscc;
      rep = c.rep;
    } else if (type == PartyType::kIndividualBusiness) {
      rep = Name();
      party = "济南" + Pick(kDistricts) + "区" + rep.substr(0, 3) + "记" + Pick(kTrades) + Pick(kShopSuffixes);
      uscc = Uscc("92370" + std::to_string(100 + rng_() % 20));
    } else {
      party = Name();
    }
    const std::string& product = Pick(kProducts);
    const std::string& problem = Pick(kProblems);
    const std::string& law = Pick(kLaws);
    const int value = Between(200, 200000);
    std::string facts;
    if (type == PartyType::kOrganisation)
      facts = "当事人生产销售的" + product + problem + "，货值金额" + std::to_string(value) + "元，违法所得" +
              std::to_string(value / 5) + "元。";
    else if (type == PartyType::kIndividualBusiness)
      facts = "经营者" + rep + "（联系电话" + phone + "，身份证号" + id + "）在其经营场所销售的" + product + problem +
              "，货值金额" + std::to_string(value) + "元。";
    else
      facts = "当事人" + party + "（联系电话" + phone + "）于" + decided.AddDays(-30).ToString() + "在" +
              Pick(kDistricts) + "区农贸市场销售" + product + "，" + problem + "，货值金额" + std::to_string(value) +
              "元。";
    const std::string year = std::to_string(decided.year());
    // Far above the demo's 文号 (〔2026〕101号 …), which must not repeat.
    const std::string serial = std::to_string(100001 + i);
    set(1, party);
    set(2, PartyTypeLabel(type));
    set(3, uscc);
    set(4, rep);
    if (type == PartyType::kPerson) {
      set(5, "身份证");
      set(6, id);
    }
    set(19, DateCell(decided));
    set(20, a.name);
    set(21, a.uscc);
    set(22, DateCell(published));
    if (kind == DecisionKind::kPenalty) {
      set(0, "行政处罚");
      set(7, a.doc_prefix + "处罚〔" + year + "〕" + serial + "号");
      set(8, "违反" + law);
      set(9, facts);
      set(10, law + "第一百二十四条第一款");
      // 5 % warnings only (never public), 45 % low fines (3 months), the rest 3 years.
      const unsigned c = rng_() % 100;
      int64_t fine_fen = 0, confiscated_fen = 0;
      std::string categories;
      if (c < 5) {
        categories = "警告";
      } else if (c < 40) {
        categories = "罚款";
        fine_fen = Between(5, 100) * 10000;  // 500–10,000 元
      } else if (c < 50) {
        categories = "警告;罚款";
        fine_fen = Between(5, 50) * 10000;
      } else if (c < 80) {
        categories = "罚款";
        fine_fen = Between(11, 5000) * 100000;  // 1.1–500 万元
      } else {
        categories = "罚款;没收违法所得";
        fine_fen = Between(2, 500) * 100000;
        confiscated_fen = static_cast<int64_t>(value / 5) * 100;
      }
      set(11, categories);
      std::string content = categories == "警告" ? "警告。" : "罚款" + std::to_string(fine_fen / 100) + "元。";
      if (confiscated_fen) content = "没收违法所得" + std::to_string(confiscated_fen / 100) + "元，" + content;
      if (categories == "警告;罚款") content = "警告，" + content;
      set(12, content);
      set(13, FormatWanYuan(fine_fen));
      set(14, FormatWanYuan(confiscated_fen));
    } else if (kind == DecisionKind::kLicence) {
      set(0, "行政许可");
      set(7, a.doc_prefix + "许〔" + year + "〕" + serial + "号");
      set(10, law + "第三十五条");
      set(11, Pick(kLicenceCategories));
      set(12, Pick(kLicenceContents));
      set(15, "食品经营许可证");
      set(16, "JY13701" + std::to_string(10000000 + i));
      set(17, DateCell(decided));
      set(18, decided.AddDays(5 * 365 - 1).ToString());
    } else {
      set(0, "行政强制");
      set(7, a.doc_prefix + "强制〔" + year + "〕" + serial + "号");
      set(9, facts);
      set(10, law + "第一百一十条第四项");
      set(11, rng_() % 2 ? "查封;扣押" : "扣押");
      set(12, "扣押" + product + std::to_string(Between(10, 2000)) + "件，期限30日。");
    }
  }

  std::mt19937 rng_;
  Date today_;
  std::vector<Company> companies_;
};

// --- timing ---

struct Timing {
  std::vector<double> ms;
  int64_t total = -1;
  double P(double q) const {
    if (ms.empty()) return 0;
    std::vector<double> t = ms;
    std::sort(t.begin(), t.end());
    return t[std::min(t.size() - 1, static_cast<size_t>(q * static_cast<double>(t.size())))];
  }
};

// One warm-up call, then up to 30 timed calls, at least 5, within ~5 s;
// only one more when a call takes over a second (the run stays near 10
// minutes even when every page takes seconds).
template <typename F>
Timing Sample(F f) {
  Timing t;
  const auto warm = Steady::now();
  t.total = f();
  const int runs = Ms(warm, Steady::now()) > 1000 ? 1 : 30;
  const auto start = Steady::now();
  for (int i = 0; i < runs; ++i) {
    const auto a = Steady::now();
    f();
    t.ms.push_back(Ms(a, Steady::now()));
    if (runs > 1 && i >= 4 && Ms(start, Steady::now()) > 5000) break;
  }
  return t;
}

const char* Verdict(bool met) { return met ? "met" : "MISSED"; }

int64_t Count(gk::storage::Database& db, const std::string& sql_text) {
  long long n = 0;
  (void)db.Read([&](soci::session& sql) {
    sql << sql_text, soci::into(n);
    return Status::Ok();
  });
  return n;
}

std::string Text(gk::storage::Database& db, const std::string& sql_text) {
  std::string s;
  soci::indicator ind = soci::i_null;
  (void)db.Read([&](soci::session& sql) {
    sql << sql_text, soci::into(s, ind);
    return Status::Ok();
  });
  return ind == soci::i_ok ? s : "";
}

// The first mobile number after 联系电话 in `facts`.
std::string PhoneIn(const std::string& facts) {
  const size_t at = facts.find("联系电话");
  return at == std::string::npos ? "" : facts.substr(at + std::string("联系电话").size(), 11);
}

int Run(const std::string& label, std::shared_ptr<gk::storage::Database> db, const Options& o, bool write_urls) {
  if (Status m = db->Migrate(nullptr); !m.ok()) {
    std::fprintf(stderr, "migrate: %s\n", m.message().c_str());
    return 1;
  }
  gk::WorkCalendar cal;
  const char* src = std::getenv("GK_SOURCE_DIR");
  const std::string calendar_dir = std::string(src && *src ? src : ".") + "/data/calendar";
  if (Status c = cal.LoadDirectory(calendar_dir); !c.ok()) {
    std::fprintf(stderr, "calendar %s: %s\n", calendar_dir.c_str(), c.message().c_str());
    return 1;
  }
  // The real clock: a server started on the same data afterwards agrees on today.
  gk::SystemClock clock;
  EnforcementService svc(db, clock, cal, {}, gk::text::NameMask::kKeepSurname);
  const Date today = svc.Today();
  const std::string today_text = today.ToString();
  // The bureaus the files name, created when the database is not a demo's.
  for (const Authority& a : Authorities()) {
    if (Count(*db, "SELECT COUNT(*) FROM agencies WHERE uscc = '" + a.uscc + "'") > 0) continue;
    Status s = db->Transact([&](soci::session& sql) {
      gk::access::Agency ag;
      ag.name = a.name;
      ag.uscc = a.uscc;
      ag.created_at = ag.updated_at = clock.Now();
      gk::auth::store::InsertAgency(sql, ag);
      return Status::Ok();
    });
    if (!s.ok()) {
      std::fprintf(stderr, "agency: %s\n", s.message().c_str());
      return 1;
    }
  }

  std::printf("== %s, %s decisions, today %s ==\n", label.c_str(), Thousands(o.decisions).c_str(), today_text.c_str());
  std::fflush(stdout);

  // --- import ---
  const int64_t existing = Count(*db, "SELECT COUNT(*) FROM enforcement_decisions WHERE source = 'import'");
  double import_ms = 0, generate_ms = 0;
  int64_t imported = 0, files = 0;
  ImportSummary sum;
  const bool reuse = existing >= o.decisions;
  if (reuse) {
    std::printf("reusing the %s decisions already imported (no import timed)\n", Thousands(existing).c_str());
  } else {
    Generator gen(o.decisions, today);
    const gk::access::Actor cli{0, "命令行", ""};
    // A top-up (fewer than N there) imports the difference.
    const int64_t wanted = o.decisions - existing;
    for (int64_t first = 0; first < wanted; first += static_cast<int64_t>(o.batch)) {
      const int64_t count = std::min<int64_t>(static_cast<int64_t>(o.batch), wanted - first);
      auto g = Steady::now();
      // Serials continue after what is there, so 文号 stay unique on a top-up.
      const std::string csv = gen.Csv(existing + first, count);
      auto a = Steady::now();
      std::vector<std::string> errors;
      auto r = svc.Import(cli, nullptr, "bench-" + std::to_string(files + 1) + ".csv", csv, &errors);
      auto b = Steady::now();
      if (!r.ok()) {
        std::fprintf(stderr, "import: %s\n", r.status().message().c_str());
        for (size_t i = 0; i < errors.size() && i < 10; ++i) std::fprintf(stderr, "  %s\n", errors[i].c_str());
        return 1;
      }
      generate_ms += Ms(g, a);
      import_ms += Ms(a, b);
      imported += r->imported;
      sum.published += r->published;
      sum.expired += r->expired;
      sum.not_public += r->not_public;
      ++files;
      std::printf("  file %lld: %s rows, %.1f MB CSV, imported in %.1f s (%s rows/s)\n", static_cast<long long>(files),
                  Thousands(count).c_str(), static_cast<double>(csv.size()) / 1e6, Ms(a, b) / 1000,
                  Thousands(static_cast<int64_t>(count / (Ms(a, b) / 1000))).c_str());
      std::fflush(stdout);
    }
    std::printf("imported %s: %s public, %s already past their period, %s warnings kept off the site\n",
                Thousands(imported).c_str(), Thousands(sum.published).c_str(), Thousands(sum.expired).c_str(),
                Thousands(sum.not_public).c_str());
  }
  const int64_t total = Count(*db, "SELECT COUNT(*) FROM enforcement_decisions");

  // --- masking held: a sampled person's and owner's phone and ID are only in the record ---
  int masking_failures = 0;
  for (const char* type : {"person", "individual_business"}) {
    const std::string facts =
        Text(*db, std::string("SELECT facts FROM enforcement_decisions WHERE party_type = '") + type +
                      "' AND source = 'import' AND facts LIKE '%联系电话%' ORDER BY id LIMIT 1 OFFSET 1000");
    const std::string phone = PhoneIn(facts);
    if (phone.size() != 11) continue;
    const int64_t in_record =
        Count(*db, "SELECT COUNT(*) FROM enforcement_decisions WHERE facts LIKE '%" + phone + "%'");
    const int64_t in_public = Count(*db, "SELECT COUNT(*) FROM enforcement_decisions WHERE public_json LIKE '%" +
                                             phone + "%' OR search_text LIKE '%" + phone + "%'");
    std::printf("masking: phone %s*** of a %s: in %lld record(s), in %lld public copies%s\n",
                phone.substr(0, 3).c_str(), type, static_cast<long long>(in_record), static_cast<long long>(in_public),
                in_public == 0 ? "" : "  <-- NOT MASKED");
    masking_failures += in_public != 0;
  }

  // --- the expiry sweep ---
  // It writes no decision: it counts the periods that ended since the day it
  // last swept. The import recorded the periods already ended, so the first
  // sweep has little to count; a sweep after a year without one (a clock a
  // year ahead, from today) counts every period ending in that year. The
  // day swept is put back to today afterwards.
  auto set_swept = [&](const std::string& day) {
    return db->Transact([&](soci::session& sql) {
      sql << "UPDATE enforcement_sweeps SET swept_through = :d", soci::use(day);
      return Status::Ok();
    });
  };
  gk::FakeClock year_ahead(clock.Now() + 365 * 86400);
  EnforcementService later(db, year_ahead, cal, {}, gk::text::NameMask::kKeepSurname);
  auto s0 = Steady::now();
  auto swept_today = svc.SweepExpired();
  (void)set_swept(today_text);
  auto s1 = Steady::now();
  auto swept = later.SweepExpired();
  auto s2 = Steady::now();
  auto swept_again = later.SweepExpired();
  auto s3 = Steady::now();
  (void)set_swept(today_text);
  if (!swept_today.ok() || !swept.ok() || !swept_again.ok()) {
    std::fprintf(stderr, "sweep failed\n");
    return 1;
  }
  const double sweep0 = Ms(s0, s1);
  const double sweep1 = Ms(s1, s2), sweep2 = Ms(s2, s3);
  const int64_t public_now = Count(*db,
                                   "SELECT COUNT(*) FROM enforcement_decisions WHERE state = 'published' AND "
                                   "publishable = 1 AND public_until > '" +
                                       today_text + "'");

  // --- the public list and searches ---
  // A company with decisions on view, picked from the middle of the table.
  const std::string mid = std::to_string(total / 2);
  const std::string company =
      Text(*db,
           "SELECT party_name FROM enforcement_decisions WHERE party_type = 'organisation' AND state = "
           "'published' AND public_until > '" +
               today_text + "' AND id > " + mid + " ORDER BY id LIMIT 1");
  const std::string uscc =
      Text(*db,
           "SELECT public_uscc FROM enforcement_decisions WHERE party_type = 'organisation' AND state = "
           "'published' AND public_until > '" +
               today_text + "' AND id > " + mid + " ORDER BY id LIMIT 1");
  const std::string word = "过氧化值";
  // "济南舜岱超市有限公司": 舜岱超 (one trigram) and 舜岱 (the trigrams that
  // start with it); 有限公司 is in most names.
  const std::string part3 = company.size() >= 15 ? company.substr(6, 9) : company;
  const std::string part2 = company.size() >= 12 ? company.substr(6, 6) : company;
  const std::string broad = "有限公司";
  const int last_year = today.year() - 1;
  struct Case {
    std::string name, path;
    std::function<void(store::DecisionFilter&)> set;
  };
  const std::vector<Case> cases = {
      {"first page", "/enforcement", [](store::DecisionFilter&) {}},
      {"page 500", "/enforcement?page=500", [](store::DecisionFilter& f) { f.offset = 499 * f.limit; }},
      {"kind=licence", "/enforcement?kind=licence", [](store::DecisionFilter& f) { f.kind = DecisionKind::kLicence; }},
      {"kind=coercive", "/enforcement?kind=coercive",
       [](store::DecisionFilter& f) { f.kind = DecisionKind::kCoercive; }},
      {"year=" + std::to_string(last_year), "/enforcement?year=" + std::to_string(last_year),
       [&](store::DecisionFilter& f) { f.year = last_year; }},
      {"kind=penalty, year=" + std::to_string(last_year) + ", page 50",
       "/enforcement?kind=penalty&year=" + std::to_string(last_year) + "&page=50",
       [&](store::DecisionFilter& f) {
         f.kind = DecisionKind::kPenalty;
         f.year = last_year;
         f.offset = 49 * f.limit;
       }},
      {"q=company name", "/enforcement?q=" + gk::http::PercentEncode(company),
       [&](store::DecisionFilter& f) { f.text = company; }},
      {"q=a word of the facts", "/enforcement?q=" + gk::http::PercentEncode(word),
       [&](store::DecisionFilter& f) { f.text = word; }},
      {"q=exact USCC", "/enforcement?q=" + uscc, [&](store::DecisionFilter& f) { f.text = uscc; }},
      {"q=3 characters of the name", "/enforcement?q=" + gk::http::PercentEncode(part3),
       [&](store::DecisionFilter& f) { f.text = part3; }},
      {"q=2 characters of the name", "/enforcement?q=" + gk::http::PercentEncode(part2),
       [&](store::DecisionFilter& f) { f.text = part2; }},
      {"q=食品 (2 characters, common)", "/enforcement?q=" + gk::http::PercentEncode("食品"),
       [&](store::DecisionFilter& f) { f.text = "食品"; }},
      {"q=" + broad + " (most names)", "/enforcement?q=" + gk::http::PercentEncode(broad),
       [&](store::DecisionFilter& f) { f.text = broad; }},
  };
  std::vector<Timing> timings;
  for (const Case& c : cases) {
    timings.push_back(Sample([&]() -> int64_t {
      store::DecisionFilter f;
      f.public_only = true;
      c.set(f);
      auto page = svc.List(f);
      return page.ok() ? page->total + (page->total_capped ? 1 : 0) : -1;
    }));
  }

  // --- the searches give what LIKE gives, by every plan ---
  int search_mismatches = 0;
  for (const Case& c : cases) {
    store::DecisionFilter base;
    base.public_only = true;
    c.set(base);
    if (base.text.empty() || base.text == uscc) continue;
    auto ids = [](const store::DecisionPage& p) {
      std::string out;
      for (const auto& d : p.decisions) out += std::to_string(d.id) + ",";
      return out + "/" + std::to_string(p.total) + (p.total_capped ? "+" : "");
    };
    auto page = svc.List(base);
    if (!page.ok()) continue;
    const std::string expected = ids(page.value());
    // LIKE over the search text, as on PostgreSQL and for short queries.
    std::string like_ids;
    int64_t like_total = 0;
    (void)db->Read([&](soci::session& sql) {
      std::string t = today_text, q = base.text, pattern = gk::storage::LikeContains(base.text);
      long long id = 0, n = 0;
      const std::string where =
          " FROM enforcement_decisions WHERE state = 'published' AND publishable = 1 AND published_on <> '' AND "
          "public_until > :t AND (public_uscc = :u OR search_text LIKE :q ESCAPE '!')";
      sql << "SELECT COUNT(*) FROM (SELECT 1" + where + " LIMIT 10001) AS capped", soci::use(t), soci::use(q),
          soci::use(pattern), soci::into(n);
      like_total = n;
      soci::statement st = (sql.prepare << "SELECT id" + where + " ORDER BY published_on DESC, id DESC LIMIT 20",
                            soci::use(t), soci::use(q), soci::use(pattern), soci::into(id));
      st.execute();
      while (st.fetch()) like_ids += std::to_string(id) + ",";
      return Status::Ok();
    });
    like_ids += "/" + std::to_string(std::min<int64_t>(like_total, store::kPublicCountCap)) +
                (like_total > store::kPublicCountCap ? "+" : "");
    std::string verdict = like_ids == expected ? "LIKE agrees" : "LIKE DIFFERS";
    search_mismatches += like_ids != expected;
    for (store::SearchPlan plan : {store::SearchPlan::kSort, store::SearchPlan::kWalk, store::SearchPlan::kScan}) {
      store::DecisionFilter forced = base;
      forced.search_plan = plan;
      auto other = svc.List(forced);
      const bool same = other.ok() && ids(other.value()) == expected;
      search_mismatches += !same;
      if (!same) verdict += ", plan " + std::to_string(static_cast<int>(plan)) + " DIFFERS";
    }
    std::printf("search %-40s %s\n", c.name.c_str(), verdict.c_str());
  }
  std::fflush(stdout);

  // --- the table ---
  const double rows_per_s = imported > 0 ? static_cast<double>(imported) / (import_ms / 1000) : 0;
  std::printf("\n%s: %s decisions (%s public today), %d cores\n", label.c_str(), Thousands(total).c_str(),
              Thousands(public_now).c_str(), static_cast<int>(std::thread::hardware_concurrency()));
  std::printf("%-44s %14s %12s %8s  %s\n", "measurement", "measured", "target", "ratio", "");
  if (imported > 0) {
    std::printf("%-44s %8s rows/s %12s %8.2f  %s\n",
                ("import (" + std::to_string(files) + " CSV files, masking incl.)").c_str(),
                Thousands(static_cast<int64_t>(rows_per_s)).c_str(), ">= 5,000/s", rows_per_s / 5000,
                Verdict(rows_per_s >= 5000));
    std::printf("%-44s %12.1f s %12s\n", "  (generating the CSV, not counted)", generate_ms / 1000, "");
  }
  std::printf("%-44s %11.2f ms %12s %8.4f  %s\n",
              ("expiry sweep, today (" + Thousands(swept_today.value()) + " ended)").c_str(), sweep0, "< 5 s",
              sweep0 / 5000, Verdict(sweep0 < 5000));
  std::printf("%-44s %11.2f ms %12s %8.4f  %s\n",
              ("expiry sweep, a year later (" + Thousands(swept.value()) + " ended)").c_str(), sweep1, "< 5 s",
              sweep1 / 5000, Verdict(sweep1 < 5000));
  std::printf("%-44s %11.2f ms %12s %8.4f  %s\n",
              ("expiry sweep, again (" + Thousands(swept_again.value()) + ")").c_str(), sweep2, "< 5 s", sweep2 / 5000,
              Verdict(sweep2 < 5000));
  std::printf("\npublic list, EnforcementService::List (public_only), target p95 < 20 ms\n");
  std::printf("%-44s %10s %9s %9s %9s %5s %8s  %s\n", "page", "matches", "p50 ms", "p95 ms", "max ms", "runs",
              "p95/20ms", "");
  for (size_t i = 0; i < cases.size(); ++i) {
    const Timing& t = timings[i];
    const std::string matches = t.total < 0                        ? "ERROR"
                                : t.total > store::kPublicCountCap ? "> " + Thousands(store::kPublicCountCap)
                                                                   : Thousands(t.total);
    search_mismatches += t.total < 0;
    std::printf("%-44s %10s %9.2f %9.2f %9.2f %5zu %8.2f  %s\n", cases[i].name.c_str(), matches.c_str(), t.P(0.5),
                t.P(0.95), t.P(1.0), t.ms.size(), t.P(0.95) / 20, Verdict(t.P(0.95) < 20));
  }
  std::printf("(company: %s; word: %s; USCC: %s)\n", company.c_str(), word.c_str(), uscc.c_str());
  std::fflush(stdout);

  if (write_urls && !o.urls_file.empty()) {
    std::ofstream urls(o.urls_file);
    for (const Case& c : cases) urls << c.name << '\t' << c.path << '\n';
    std::string api = "/api/v1/enforcement";
    urls << "API first page\t" << api << '\n';
    urls << "API q=exact USCC\t" << api << "?q=" << uscc << '\n';
  }
  return masking_failures || search_mismatches ? 2 : 0;
}

bool ParseArgs(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--decisions") o->decisions = std::atoll(value().c_str());
    else if (a == "--data") o->data_dir = value();
    else if (a == "--batch") o->batch = static_cast<size_t>(std::atoll(value().c_str()));
    else if (a == "--urls") o->urls_file = value();
    else return false;
  }
  return o->decisions > 0 && o->batch > 0 && o->batch <= EnforcementService::kMaxImportRows && !o->data_dir.empty();
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!ParseArgs(argc, argv, &o)) {
    std::fprintf(stderr,
                 "usage: enforcement_bench [--decisions N] [--data DIR] [--batch ROWS (<= %zu)] [--urls FILE]\n",
                 EnforcementService::kMaxImportRows);
    return 2;
  }
  gk::storage::DbOptions dbo;
  dbo.data_dir = o.data_dir;
  auto db = gk::storage::Database::Open(dbo);
  if (!db.ok()) {
    std::fprintf(stderr, "open: %s\n", db.status().message().c_str());
    return 1;
  }
  int rc = Run("SQLite", db.value(), o, true);
  if (const char* pg = std::getenv("GK_BENCH_PG_URL"); pg && *pg && rc == 0) {
    gk::storage::DbOptions p;
    p.url = pg;
    auto pdb = gk::storage::Database::Open(p);
    if (!pdb.ok()) {
      std::fprintf(stderr, "open PostgreSQL: %s\n", pdb.status().message().c_str());
      return 1;
    }
    rc = Run("PostgreSQL", pdb.value(), o, false);
  }
  return rc;
}
