// bench/comments: 意见征集 at N comments on one consultation (default
// 100,000). Adds the comments to the demo's open consultation (1) of a data
// directory in batches of 5,000 per transaction, a third published, half of
// them decided, then times what grows with them: the public page (first and
// a deep page), the staff decision list, the counts the consultation's pages
// show, and the export of every comment as CSV and as XLSX. Prints a table
// with each figure's target (a public page under 20 ms, the XLSX export
// under 10 s).
//
//   comments_bench [--comments N] [--data DIR] [--urls FILE]
//
// DIR is a gongkai data directory made by `gongkai init --demo`. When the
// consultation already holds N or more comments, they are timed again as
// they are. --urls FILE: the public pages to fetch over HTTP (label TAB
// path), for bench/comments/run.
#include <soci/soci.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "common/csv.h"
#include "common/secrets.h"
#include "consultations/store.h"
#include "files/sheet.h"
#include "storage/database.h"
#include "text/personal_info.h"

namespace {

using Steady = std::chrono::steady_clock;
namespace store = gk::consultations::store;
using gk::consultations::Comment;
using gk::consultations::CommentState;
using gk::consultations::Decision;

double Ms(Steady::time_point a, Steady::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

constexpr int64_t kConsultation = 1;

const std::vector<std::string> kOpenings = {"建议", "希望", "我认为", "请考虑", "强烈建议"};
const std::vector<std::string> kTopics = {
    "将登记证有效期由五年缩短为三年", "提供生产工艺流程图的示范文本", "登记全程网上办理",
    "进货记录保存期限不少于二年",     "对老字号作坊给予过渡期",       "公开登记办理进度"};

// Times `f` over `runs` runs; returns the median in ms.
template <typename F>
double Median(int runs, F f) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    auto a = Steady::now();
    f();
    t.push_back(Ms(a, Steady::now()));
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

void Row(const char* what, double ms, double target_ms) {
  std::printf("%-52s %10.2f ms  %s\n", what, ms,
              target_ms <= 0 ? "" : (ms < target_ms ? "(target met)" : "(target MISSED)"));
}

}  // namespace

int main(int argc, char** argv) {
  int64_t n = 100000;
  std::string data = "/tmp/gongkai-comments-bench", urls;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--comments") n = std::stoll(argv[i + 1]);
    else if (a == "--data") data = argv[i + 1];
    else if (a == "--urls") urls = argv[i + 1];
  }
  gk::storage::DbOptions o;
  o.data_dir = data;
  auto db = gk::storage::Database::Open(o);
  if (!db.ok()) {
    std::fprintf(stderr, "open: %s\n", db.status().message().c_str());
    return 1;
  }
  auto& d = *db.value();
  int64_t have = 0;
  (void)d.Read([&](soci::session& sql) {
    long long c = 0;
    sql << "SELECT COUNT(*) FROM consultation_comments WHERE consultation_id = 1", soci::into(c);
    have = c;
    return gk::Status::Ok();
  });
  if (have < n) {
    const std::string hash = gk::HashToken(gk::NewPersonCode());
    auto a = Steady::now();
    for (int64_t done = have; done < n;) {
      const int64_t batch = std::min<int64_t>(5000, n - done);
      gk::Status s = d.Transact([&](soci::session& sql) {
        for (int64_t i = 0; i < batch; ++i) {
          const int64_t k = done + i;
          Comment c;
          c.consultation_id = kConsultation;
          c.article = static_cast<int>(k % 13);
          c.body = kOpenings[k % kOpenings.size()] + kTopics[(k / 5) % kTopics.size()] + "（第 " + std::to_string(k) +
                   " 条，电话 1390531" + std::to_string(1000 + k % 9000) + "）。";
          c.public_body = gk::text::MaskPersonalInfo(c.body);
          c.state = k % 3 == 0 ? CommentState::kPublished : CommentState::kPending;
          c.created_at = c.updated_at = 1796000000 + k;
          const int64_t id = store::InsertComment(sql, c, hash);
          if (k % 2 == 0)
            store::SetDecisions(sql, kConsultation, {id}, Decision::kNotAdopted, "与上位法不符", 0, c.created_at);
        }
        return gk::Status::Ok();
      });
      if (!s.ok()) {
        std::fprintf(stderr, "insert: %s\n", s.message().c_str());
        return 1;
      }
      done += batch;
    }
    std::printf("added %lld comments in %.1f s\n", static_cast<long long>(n - have), Ms(a, Steady::now()) / 1000);
  }
  std::printf("consultation %lld: %lld comments\n\n", static_cast<long long>(kConsultation),
              static_cast<long long>(std::max(have, n)));

  auto list = [&](store::CommentFilter f) {
    (void)d.Read([&](soci::session& sql) {
      (void)store::ListComments(sql, f);
      return gk::Status::Ok();
    });
  };
  store::CommentFilter pub;
  pub.consultation_id = kConsultation;
  pub.state = CommentState::kPublished;
  Row("public page 1 (20 published, with the total)", Median(15, [&] { list(pub); }), 20);
  store::CommentFilter deep = pub;
  deep.offset = static_cast<int>(n / 3 / 2);
  Row("public page in the middle (offset n/6)", Median(9, [&] { list(deep); }), 20);
  store::CommentFilter undecided;
  undecided.consultation_id = kConsultation;
  undecided.decision = Decision::kNone;
  undecided.limit = 50;
  Row("staff decision list, undecided page 1 (50)", Median(15, [&] { list(undecided); }), 20);
  Row("consultation with its comment counts",
      Median(15,
             [&] {
               (void)d.Read([&](soci::session& sql) {
                 (void)store::FindConsultation(sql, kConsultation);
                 return gk::Status::Ok();
               });
             }),
      20);
  Row("counts by decision and state, reasons",
      Median(9,
             [&] {
               (void)d.Read([&](soci::session& sql) {
                 (void)store::CountDecisions(sql, kConsultation);
                 (void)store::CountStates(sql, kConsultation);
                 (void)store::ReasonCounts(sql, kConsultation, 50);
                 return gk::Status::Ok();
               });
             }),
      0);
  auto cells = [](const Comment& m) {
    return std::vector<std::string>{std::to_string(m.id),
                                    std::to_string(m.created_at),
                                    std::to_string(m.article),
                                    m.author_name,
                                    m.contact,
                                    m.body,
                                    gk::consultations::CommentStateLabel(m.state),
                                    m.hide_reason,
                                    gk::consultations::DecisionLabel(m.decision),
                                    m.decision_reason};
  };
  size_t csv_bytes = 0;
  Row("export, every comment as CSV",
      Median(3,
             [&] {
               gk::CsvWriter out(gk::CsvWriter::Bom::kExcel);
               (void)d.Read([&](soci::session& sql) {
                 store::ForEachComment(sql, kConsultation, [&](const Comment& m) { out.Row(cells(m)); });
                 return gk::Status::Ok();
               });
               csv_bytes = out.text().size();
             }),
      0);
  size_t xlsx_bytes = 0;
  Row("export, every comment as XLSX",
      Median(3,
             [&] {
               std::vector<std::vector<std::string>> rows;
               (void)d.Read([&](soci::session& sql) {
                 store::ForEachComment(sql, kConsultation, [&](const Comment& m) { rows.push_back(cells(m)); });
                 return gk::Status::Ok();
               });
               size_t next = 0;
               auto x = gk::files::WriteSheet(
                   {data + "/tmp",
                    "意见",
                    {"编号", "时间", "条款", "姓名", "联系方式", "意见", "状态", "理由", "处理结果", "理由"},
                    {}},
                   [&](std::vector<std::string>* row) {
                     if (next == rows.size()) return false;
                     *row = std::move(rows[next++]);
                     return true;
                   });
               xlsx_bytes = x.ok() ? x.value().size() : 0;
             }),
      10000);
  std::printf("\nCSV %.1f MB, XLSX %.1f MB\n", csv_bytes / 1e6, xlsx_bytes / 1e6);
  if (!urls.empty()) {
    std::ofstream u(urls);
    u << "public page 1\t/consultations/1\n";
    u << "public page 1000\t/consultations/1?page=1000\n";
    u << "API comments page 1\t/api/v1/consultations/1/comments\n";
    u << "API comments page 1000\t/api/v1/consultations/1/comments?page=1000\n";
  }
  return 0;
}
