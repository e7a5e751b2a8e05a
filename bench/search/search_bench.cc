// bench/search: index N synthetic catalogue items with realistic Chinese text,
// then time queries and bulk import into SQLite. Prints its figures.
//
//   build/search_bench [N=20000] [DIR=/tmp/gk-search-bench]
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/init.h"
#include "catalogue/service.h"
#include "common/clock.h"
#include "search/index.h"

namespace {

using Clock = std::chrono::steady_clock;

// Words of the domain, so n-grams and frequencies resemble real documents.
const std::vector<std::string> kWords = {
    "市场监管", "食品安全", "抽检", "监督检查", "产品质量", "价格", "收费", "知识产权", "商标", "专利",
    "行政处罚", "行政许可", "营商环境", "企业", "消费者", "投诉举报", "计量", "标准化", "认证认可", "特种设备",
    "药品", "医疗器械", "化妆品", "网络交易", "广告", "反垄断", "不正当竞争", "信用监管", "双随机", "一公开",
    "通知", "公告", "办法", "规定", "实施方案", "工作要点", "年度报告", "政策解读", "济南市", "各区县",
    "加强", "推进", "开展", "落实", "规范", "做好", "关于", "进一步", "全面", "专项", "整治", "行动",
    "检验检测", "电动自行车", "儿童用品", "燃气", "电线电缆", "农贸市场", "餐饮服务", "校园", "冷链", "进口",
};

std::string Sentence(std::mt19937& rng, int words) {
  std::string s;
  std::uniform_int_distribution<size_t> pick(0, kWords.size() - 1);
  for (int i = 0; i < words; ++i) s += kWords[pick(rng)];
  return s + "。";
}

int64_t DirSize(const std::string& dir) {
  int64_t total = 0;
  std::error_code ec;
  for (auto& e : std::filesystem::recursive_directory_iterator(dir, ec))
    if (e.is_regular_file(ec)) total += static_cast<int64_t>(e.file_size(ec));
  return total;
}

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 20000;
  const std::string dir = argc > 2 ? argv[2] : "/tmp/gk-search-bench";
  std::filesystem::remove_all(dir);
  std::mt19937 rng(20201116);

  // 1. Index.
  auto index = gk::search::Index::Open(dir + "/index");
  if (!index.ok()) {
    std::fprintf(stderr, "open: %s\n", index.status().message().c_str());
    return 1;
  }
  auto start = Clock::now();
  int i = 0;
  gk::Status s = index.value()->Rebuild(
      [&](gk::search::Document* d) {
        if (i >= n) return false;
        ++i;
        d->id = i;
        d->index_no = "11370100MB28696235/" + std::to_string(2000 + i % 27) + "-" + std::to_string(100000 + i).substr(1);
        d->doc_no = "济市监发〔" + std::to_string(2000 + i % 27) + "〕" + std::to_string(i % 300 + 1) + "号";
        d->title = Sentence(rng, 5);
        d->summary = Sentence(rng, 12);
        d->body_text = Sentence(rng, 40) + Sentence(rng, 40) + Sentence(rng, 40);
        d->agency_id = 1 + i % 5;
        d->column_ids = {1 + i % 12};
        d->topic = "市场监管、安全生产监管";
        d->year = 2000 + i % 27;
        d->published_at = 946684800LL + i * 3600LL;
        d->url = "/items/" + d->index_no;
        return true;
      },
      nullptr);
  if (!s.ok()) {
    std::fprintf(stderr, "index: %s\n", s.message().c_str());
    return 1;
  }
  double index_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf("items: %d\nindex time: %.1f s (%.0f items/s)\nindex size: %.1f MB\n", n, index_seconds,
              n / index_seconds, static_cast<double>(DirSize(dir + "/index")) / 1e6);

  // 2. Queries.
  const std::vector<std::string> queries = {"食品安全", "抽检", "行政处罚", "电动自行车", "知识产权 商标",
                                            "济市监发〔2015〕12号", "11370100MB28696235/2020-00757", "营商环境 企业",
                                            "特种设备 燃气", "双随机 一公开", "年度报告", "冷链 进口"};
  std::vector<double> ms;
  for (int round = 0; round < 5; ++round) {
    for (const auto& text : queries) {
      gk::search::Query q;
      q.text = text;
      q.sort = round % 2 ? gk::search::Query::kNewest : gk::search::Query::kRelevance;
      auto t0 = Clock::now();
      auto r = index.value()->Search(q);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      if (!r.ok()) std::fprintf(stderr, "query %s: %s\n", text.c_str(), r.status().message().c_str());
    }
  }
  std::printf("queries: %zu, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (target p95 <= 50 ms)\n", ms.size(),
              Percentile(ms, 0.50), Percentile(ms, 0.95), Percentile(ms, 0.99));

  // 3. Bulk import into SQLite through the catalogue service.
  gk::config::Config config;
  if (gk::Status c = gk::config::Load("", {}, {"data_dir=" + dir + "/data", "log.access_log=false"}, &config); !c.ok()) {
    std::fprintf(stderr, "config: %s\n", c.message().c_str());
    return 1;
  }
  gk::SystemClock clock;
  index.value().reset();  // close the bench index: the app opens its own
  auto app = gk::app::App::Create(config, clock, true);
  if (!app.ok()) {
    std::fprintf(stderr, "app: %s\n", app.status().message().c_str());
    return 1;
  }
  auto init = gk::app::InitInstallation(*app.value(), {true, "Bench-Kaifang-2026!"});
  if (!init.ok()) {
    std::fprintf(stderr, "init: %s\n", init.status().message().c_str());
    return 1;
  }
  app.value()->services().catalogue->SetPublicationListener(nullptr);  // SQLite alone
  const int import_n = std::min(n, 20000);
  std::vector<gk::catalogue::Item> items;
  for (int k = 0; k < import_n; ++k) {
    gk::catalogue::Item item;
    item.agency_id = 1;
    item.index_no = "11370100MB28696235/1999-" + std::to_string(100000 + k).substr(1);
    item.title = Sentence(rng, 5);
    item.summary = Sentence(rng, 10);
    item.body_md = Sentence(rng, 60);
    item.written_on = item.published_on = "1999-06-01";
    items.push_back(std::move(item));
  }
  start = Clock::now();
  auto imported = app.value()->services().catalogue->ImportPublishedBatch({0, "bench", ""}, std::move(items));
  double import_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (!imported.ok()) {
    std::fprintf(stderr, "import: %s\n", imported.status().message().c_str());
    return 1;
  }
  std::printf("bulk import into SQLite: %d items in %.1f s (%.0f items/s, target >= 2000)\n", imported.value(),
              import_seconds, imported.value() / import_seconds);
  std::filesystem::remove_all(dir);
  return 0;
}
