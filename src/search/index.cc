// The Index: one WritableDatabase behind a mutex for writes, a pool of
// read-only Database handles for searches. See index.h for the contract and
// layout.h for the directory and its generations.
#include "search/index.h"

#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "search/layout.h"
#include "search/partial.h"
#include "search/query_builder.h"
#include "search/terms.h"

namespace gk::search {
namespace {

namespace fs = std::filesystem;
using internal::GenerationPath;

constexpr int kMaxReadAttempts = 3;
constexpr std::chrono::seconds kMaxWriteWait{2};
constexpr size_t kMaxPooledReaders = 16;
constexpr int kMaxPerPage = 100;
constexpr int kMaxPage = 10000;  // deeper pages cost work and help no one
constexpr int64_t kProgressEvery = 1000;
// A rebuild commits its new generation every this many items: Xapian keeps
// the changes since the last commit in memory (10,000 documents by default,
// about 400 MB of a server's RSS at 1,000,000 items; 1,000 keep it near 100
// MB — bench/README.md).
constexpr int64_t kRebuildCommitEvery = 1000;
constexpr size_t kSnippetBytes = 300;  // about 100 Chinese characters
// Not SNIPPET_EXHAUSTIVE for bodies: it made 20 snippets of 6 KB five times
// slower (1 ms -> 5 ms) for no visible gain. Titles are short and shown
// whole, so there it costs nothing.
constexpr unsigned kSnippetFlags = Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_CJK_NGRAM;
constexpr unsigned kTitleFlags = kSnippetFlags | Xapian::MSet::SNIPPET_EXHAUSTIVE;
constexpr std::string_view kMarkOpen = "<mark>";
constexpr std::string_view kMarkClose = "</mark>";

// Xapian::Error is not polymorphic: its class is told by get_type().
Status ToStatus(const Xapian::Error& e) {
  std::string_view type = e.get_type();
  if (type == "DatabaseLockError") {
    return Status::Conflict("搜索索引正被另一个进程使用：" + e.get_description());
  }
  if (type == "DatabaseCorruptError") {
    return Status::Unavailable("搜索索引已损坏，需要重建：" + e.get_description());
  }
  return Status::Unavailable("搜索暂不可用：" + e.get_description());
}

// Xapian highlights each n-gram on its own (<mark>食</mark><mark>品</mark>);
// a reader expects one mark per word. Content cannot contain the literal
// "</mark><mark>" because snippet() has escaped its '<'.
std::string MergeAdjacentMarks(std::string html) {
  std::string seam = std::string(kMarkClose) + std::string(kMarkOpen);
  size_t at = 0;
  while ((at = html.find(seam, at)) != std::string::npos) html.erase(at, seam.size());
  return html;
}

std::string Highlight(const Xapian::MSet& mset, const std::string& text, size_t length, unsigned flags,
                      const std::string& omit, bool keep_lone_cjk) {
  if (text.empty()) return {};
  std::string html = MergeAdjacentMarks(
      mset.snippet(text, length, Xapian::Stem(), flags, std::string(kMarkOpen), std::string(kMarkClose), omit));
  return keep_lone_cjk ? html : internal::UnmarkLoneCjk(std::move(html), kMarkOpen, kMarkClose);
}

// `it` is an item of the match; `mset` supplies the query terms to mark.
Hit RenderHit(const Xapian::MSet& mset, const Xapian::MSetIterator& it, bool keep_lone_cjk) {
  internal::StoredFields f = internal::DecodeStored(it.get_document().get_data());
  Hit hit;
  hit.id = f.id;
  hit.url = std::move(f.url);
  hit.index_no = std::move(f.index_no);
  hit.published_at = f.published_at;
  // The whole title: a length beyond it and no omission marker.
  hit.title_html = Highlight(mset, f.title, f.title.size() + 1, kTitleFlags, "", keep_lone_cjk);
  hit.snippet_html = Highlight(mset, f.text, kSnippetBytes, kSnippetFlags, "…", keep_lone_cjk);
  return hit;
}

// A change made while a rebuild runs, replayed onto the new generation.
struct PendingOp {
  int64_t id = 0;
  std::optional<Document> doc;  // empty: removal
};

void ApplyOp(Xapian::WritableDatabase& db, const PendingOp& op) {
  if (op.doc) {
    db.replace_document(internal::IdTerm(op.id), internal::BuildXapianDocument(*op.doc));
  } else {
    db.delete_document(internal::IdTerm(op.id));
  }
}

Xapian::WritableDatabase OpenWriter(const std::string& path, bool create) {
  int flags = create ? (Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS) : Xapian::DB_OPEN;
  return Xapian::WritableDatabase(path, flags);
}

// Adds the guard document (terms.h) unless `db` has it: a new generation,
// or an index written before the guard. Uncommitted.
void EnsureGuard(Xapian::WritableDatabase& db) {
  const std::string term(internal::kGuardTerm);
  if (db.term_exists(term)) return;
  Xapian::Document guard;
  guard.add_boolean_term(term);
  db.replace_document(term, guard);
}

// Documents in `db` other than the guard.
Xapian::doccount ItemCount(const Xapian::Database& db) {
  const Xapian::doccount all = db.get_doccount();
  return db.term_exists(std::string(internal::kGuardTerm)) && all > 0 ? all - 1 : all;
}

}  // namespace

struct Index::Impl {
  // A read handle with the state it was last brought up to date with.
  struct Reader {
    Xapian::Database db;
    uint64_t epoch = 0;     // which generation it reads
    uint64_t revision = 0;  // value of revision_ when last reopened
  };

  Impl(std::string d, std::string gen, Xapian::WritableDatabase w)
      : dir(std::move(d)), writer(std::move(w)), live_generation(std::move(gen)) {}

  Status Apply(std::vector<PendingOp> ops);
  Status SwapIn(const std::string& generation, Xapian::WritableDatabase& fresh);
  std::unique_ptr<Reader> Acquire(uint64_t rev) const;
  void Release(std::unique_ptr<Reader> r) const;
  uint64_t BeginRead() const;
  void EndRead(uint64_t rev) const;
  void WaitForOlderReads();
  template <typename T, typename F>
  Result<T> Read(F&& f) const;

  const std::string dir;
  std::atomic<int64_t> rank_window{Index::kDefaultRankWindow};

  std::mutex write_mu;
  Xapian::WritableDatabase writer;  // GUARDED_BY(write_mu)
  bool rebuilding = false;          // GUARDED_BY(write_mu)
  std::vector<PendingOp> pending;   // GUARDED_BY(write_mu)

  // Bumped after every commit and swap: a reader whose revision differs
  // reopens before use. Readers never take write_mu.
  std::atomic<uint64_t> revision{0};

  // Reads in flight, by the revision they read. Glass keeps the blocks of
  // one revision before the latest, so a write waits (briefly) for reads of
  // anything older to finish instead of making them fail.
  mutable std::mutex reads_mu;
  mutable std::condition_variable reads_done;
  mutable std::multiset<uint64_t> reads;  // GUARDED_BY(reads_mu)

  mutable std::mutex pool_mu;
  mutable std::vector<std::unique_ptr<Reader>> pool;  // GUARDED_BY(pool_mu)
  std::string live_generation;                        // GUARDED_BY(pool_mu)
  uint64_t epoch = 0;                                 // GUARDED_BY(pool_mu)
};

Status Index::Impl::Apply(std::vector<PendingOp> ops) {
  std::lock_guard<std::mutex> lock(write_mu);
  WaitForOlderReads();
  try {
    for (const PendingOp& op : ops) ApplyOp(writer, op);
    writer.commit();  // explicitly, so a failure is reported here
  } catch (const Xapian::Error& e) {
    return ToStatus(e);
  }
  revision.fetch_add(1);
  if (rebuilding) {
    for (PendingOp& op : ops) pending.push_back(std::move(op));
  }
  return Status::Ok();
}

Status Index::Impl::SwapIn(const std::string& generation, Xapian::WritableDatabase& fresh) {
  std::string old_generation;
  {
    std::lock_guard<std::mutex> lock(write_mu);
    std::vector<PendingOp> replay = std::move(pending);
    pending.clear();
    rebuilding = false;
    try {
      for (const PendingOp& op : replay) ApplyOp(fresh, op);
      fresh.commit();
    } catch (const Xapian::Error& e) {
      return ToStatus(e);
    }
    Status s = internal::WriteCurrent(dir, generation);
    if (!s.ok()) return s;
    writer = std::move(fresh);  // releases the old generation's write lock
    std::lock_guard<std::mutex> pool_lock(pool_mu);
    old_generation = std::exchange(live_generation, generation);
    ++epoch;
    pool.clear();
  }
  revision.fetch_add(1);
  // Searches still running on the old generation keep their open files.
  std::error_code ignored;
  fs::remove_all(GenerationPath(dir, old_generation), ignored);
  return Status::Ok();
}

uint64_t Index::Impl::BeginRead() const {
  std::lock_guard<std::mutex> lock(reads_mu);
  uint64_t rev = revision.load();
  reads.insert(rev);
  return rev;
}

void Index::Impl::EndRead(uint64_t rev) const {
  {
    std::lock_guard<std::mutex> lock(reads_mu);
    reads.erase(reads.find(rev));
  }
  reads_done.notify_all();
}

// REQUIRES: write_mu held, so the revision cannot move meanwhile. A read
// registered at the current revision may run through the coming write (its
// blocks survive one commit); older ones must finish first. Bounded, so a
// stuck read costs it a retry rather than stalling writes.
void Index::Impl::WaitForOlderReads() {
  uint64_t current = revision.load();
  std::unique_lock<std::mutex> lock(reads_mu);
  reads_done.wait_for(lock, kMaxWriteWait, [&] { return reads.empty() || *reads.begin() >= current; });
}

// A handle at least as new as `rev` (registered by BeginRead).
std::unique_ptr<Index::Impl::Reader> Index::Impl::Acquire(uint64_t rev) const {
  std::unique_ptr<Reader> r;
  uint64_t want_epoch;
  std::string path;
  {
    std::lock_guard<std::mutex> lock(pool_mu);
    if (!pool.empty()) {
      r = std::move(pool.back());
      pool.pop_back();
    }
    want_epoch = epoch;
    path = GenerationPath(dir, live_generation);
  }
  if (!r || r->epoch != want_epoch) {
    return std::make_unique<Reader>(Reader{Xapian::Database(path), want_epoch, rev});
  }
  if (r->revision != rev) {
    r->db.reopen();
    r->revision = rev;
  }
  return r;
}

void Index::Impl::Release(std::unique_ptr<Reader> r) const {
  std::lock_guard<std::mutex> lock(pool_mu);
  if (r->epoch == epoch && pool.size() < kMaxPooledReaders) pool.push_back(std::move(r));
}

// Runs f(db) on a current read handle. Retries when commits overtook the
// read anyway (a read slower than kMaxWriteWait, or another process) or an
// old generation vanished under it; any other Xapian error becomes a Status.
template <typename T, typename F>
Result<T> Index::Impl::Read(F&& f) const {
  for (int attempt = 1;; ++attempt) {
    uint64_t rev = BeginRead();
    struct EndReadOnExit {
      const Impl* impl;
      uint64_t rev;
      ~EndReadOnExit() { impl->EndRead(rev); }
    } end_read{this, rev};
    try {
      std::unique_ptr<Reader> r = Acquire(rev);
      T value = f(r->db);
      Release(std::move(r));
      return value;
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == kMaxReadAttempts) return ToStatus(e);
    } catch (const Xapian::DatabaseOpeningError& e) {
      if (attempt == kMaxReadAttempts) return ToStatus(e);
    } catch (const Xapian::Error& e) {
      return ToStatus(e);
    }
  }
}

Index::Index(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Index::~Index() = default;

Result<std::unique_ptr<Index>> Index::Open(const std::string& dir) {
  try {
    fs::create_directories(dir);
    Result<std::string> current = internal::ReadCurrent(dir);
    bool create = false;
    if (!current.ok()) {
      if (current.status().code() != Code::kNotFound) return current.status();
      if (!internal::IsEmptyDirectory(dir)) {
        return Status::Unavailable("目录不是搜索索引（含其他文件）：" + dir);
      }
      current = internal::GenerationName(1);
      create = true;
    }
    Xapian::WritableDatabase writer = OpenWriter(GenerationPath(dir, *current), create);
    if (create) writer.set_metadata(std::string(internal::kFormatKey), std::string(internal::kFormat));
    EnsureGuard(writer);
    writer.commit();  // nothing to write when the index was there with its guard
    if (create) {
      Status s = internal::WriteCurrent(dir, *current);
      if (!s.ok()) return s;
    }
    internal::RemoveOtherGenerations(dir, *current);  // left by an interrupted rebuild
    auto impl = std::make_unique<Impl>(dir, *current, std::move(writer));
    return std::unique_ptr<Index>(new Index(std::move(impl)));
  } catch (const Xapian::Error& e) {
    return ToStatus(e);
  } catch (const fs::filesystem_error& e) {
    return Status::Unavailable(std::string("搜索索引目录无法使用：") + e.what());
  }
}

Result<std::string> Index::Quarantine(const std::string& dir) {
  fs::path from = fs::path(dir).lexically_normal();
  if (!from.has_filename()) from = from.parent_path();  // "idx/" -> "idx"
  std::string base = from.string() + ".broken-" + std::to_string(std::time(nullptr));
  std::string to = base;
  std::error_code ec;
  for (int n = 2; fs::exists(to, ec); ++n) to = base + "-" + std::to_string(n);
  fs::rename(from, to, ec);
  if (ec) return Status::Unavailable("无法移走损坏的搜索索引 " + dir + "：" + ec.message());
  return to;
}

Status Index::Upsert(const Document& d) { return UpsertBatch({d}); }

Status Index::UpsertBatch(const std::vector<Document>& docs) {
  std::vector<PendingOp> ops;
  ops.reserve(docs.size());
  for (const Document& d : docs) ops.push_back(PendingOp{d.id, d});
  return impl_->Apply(std::move(ops));
}

Status Index::Remove(int64_t id) {
  std::vector<PendingOp> ops;
  ops.push_back(PendingOp{id, std::nullopt});
  return impl_->Apply(std::move(ops));
}

namespace {

// Fills `db` with every document `next` yields.
void FillGeneration(Xapian::WritableDatabase& db, const std::function<bool(Document*)>& next,
                    const std::function<void(int64_t)>& progress) {
  int64_t done = 0;
  for (;;) {
    Document d;
    if (!next(&d)) break;
    db.replace_document(internal::IdTerm(d.id), internal::BuildXapianDocument(d));
    ++done;
    if (done % kRebuildCommitEvery == 0) db.commit();
    if (done % kProgressEvery == 0 && progress) progress(done);
  }
  if (progress) progress(done);
}

}  // namespace

Status Index::Rebuild(const std::function<bool(Document*)>& next, const std::function<void(int64_t done)>& progress) {
  {
    std::lock_guard<std::mutex> lock(impl_->write_mu);
    if (impl_->rebuilding) return Status::Conflict("搜索索引正在重建");
    impl_->rebuilding = true;
    impl_->pending.clear();
  }
  std::string generation = internal::NextGenerationName(impl_->dir);
  std::string path = GenerationPath(impl_->dir, generation);
  Status s;
  try {
    Xapian::WritableDatabase fresh = OpenWriter(path, /*create=*/true);
    fresh.set_metadata(std::string(internal::kFormatKey), std::string(internal::kFormat));
    EnsureGuard(fresh);
    FillGeneration(fresh, next, progress);
    s = impl_->SwapIn(generation, fresh);
  } catch (const Xapian::Error& e) {
    s = ToStatus(e);
  } catch (const std::exception& e) {
    s = Status::Internal(std::string("重建搜索索引失败：") + e.what());
  }
  if (!s.ok()) {
    {
      std::lock_guard<std::mutex> lock(impl_->write_mu);
      impl_->rebuilding = false;
      impl_->pending.clear();
    }
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  return s;
}

namespace {

// The index's format (terms.h); 1 for an index written before it was kept.
int Format(const Xapian::Database& db) {
  const std::string value = db.get_metadata(std::string(internal::kFormatKey));
  int format = 1;
  std::from_chars(value.data(), value.data() + value.size(), format);
  return format;
}

// True when every item carries its month term (format 2 and later).
bool HasMonthTerms(const Xapian::Database& db) { return Format(db) >= internal::kFirstFormatWithMonths; }

// The month terms present in `db`, newest first.
std::vector<std::string> MonthsNewestFirst(const Xapian::Database& db) {
  std::vector<std::string> months;
  const std::string prefix(internal::kPrefixMonth);
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) months.push_back(*t);
  std::reverse(months.begin(), months.end());
  return months;
}

// How many items `query` matches: exact up to Index::kExactTotalUpTo, an
// estimate beyond. Reads about that many postings, no weights, no sort.
Xapian::MSet Probe(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, Index::kExactTotalUpTo + 1);
}

Xapian::MSet DateOrderedMSet(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount first,
                             Xapian::doccount count, Xapian::doccount check_at_least) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());  // no weights to compute
  internal::ApplyOrder(internal::Order::kDate, enquire);
  return enquire.get_mset(first, count, check_at_least);
}

// Items [skip, skip + count) of `query` newest first, appended to `out`;
// returns how many items `query` matches (exact up to kExactTotalUpTo).
//
// Sorting every match by date costs a read of its date value: 100 ms and
// more for a common word in a million items. Instead a probe counts the
// first matches; beyond kExactTotalUpTo the months are walked newest first
// (a month term and the query intersected, sorted) until the page is full,
// so the work is one or two months' matches whatever the size of the index.
int64_t DateOrderedPage(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount skip,
                        Xapian::doccount count, std::vector<Xapian::MSetIterator>& out) {
  Xapian::MSet probe = Probe(db, query);
  const Xapian::doccount total = probe.get_matches_estimated();
  const bool small = probe.get_matches_upper_bound() <= Index::kExactTotalUpTo;
  if (count == 0) return total;
  if (small || !HasMonthTerms(db)) {
    Xapian::MSet mset = DateOrderedMSet(db, query, skip, count, std::max<Xapian::doccount>(skip + count, 1));
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(it);
    return small ? total : mset.get_matches_estimated();
  }
  for (const std::string& month : MonthsNewestFirst(db)) {
    Xapian::Query in_month(Xapian::Query::OP_FILTER, query, Xapian::Query(month));
    // Counted exactly up to skip + count: what the next month needs to know.
    Xapian::MSet mset = DateOrderedMSet(db, in_month, skip, count, skip + count);
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(it);
    count -= mset.size();
    if (count == 0) break;
    Xapian::doccount in_this_month = mset.get_matches_estimated();
    skip = in_this_month >= skip ? 0 : skip - in_this_month;
  }
  return total;
}

// The newest partitions expected to hold `want` matches of a query matching
// `fraction` of all items, as a boolean OR: whole years (few terms to OR),
// then the months of the year that completes it. Empty when that takes all.
Xapian::Query NewestPartitions(const Xapian::Database& db, double fraction, double want) {
  const std::string year_prefix(internal::kPrefixPartitionYear);
  std::vector<std::string> years;
  for (auto t = db.allterms_begin(year_prefix); t != db.allterms_end(year_prefix); ++t) years.push_back(*t);
  std::vector<Xapian::Query> window;
  double expected = 0;
  for (auto year = years.rbegin(); year != years.rend() && expected < want; ++year) {
    double in_year = fraction * db.get_termfreq(*year);
    if (expected + in_year <= want) {
      window.emplace_back(*year);
      expected += in_year;
      continue;
    }
    const std::string months_of_year =
        std::string(internal::kPrefixMonth) + year->substr(internal::kPrefixPartitionYear.size());
    std::vector<std::string> months;
    for (auto t = db.allterms_begin(months_of_year); t != db.allterms_end(months_of_year); ++t) months.push_back(*t);
    for (auto month = months.rbegin(); month != months.rend() && expected < want; ++month) {
      window.emplace_back(*month);
      expected += fraction * db.get_termfreq(*month);
    }
    break;
  }
  if (expected < want) return Xapian::Query();  // every partition: no window
  return Xapian::Query(Xapian::Query::OP_OR, window.begin(), window.end());
}

// Items [first, first + count) by relevance, appended to `out`; returns
// how many items the text matches (exact up to Index::kExactTotalUpTo).
//
// A text matching more than `window` items (by the probe's estimate) is
// ranked in two tiers: first the matches in the newest partitions holding
// about `window` of them, with the identifier matches of any date; then
// every older match. Each tier is ranked by relevance, so page 1 of a
// common word reads about `window` matches instead of all of them, and the
// pages still form one order with nothing repeated or lost.
int64_t RankedPage(const Xapian::Database& db, const internal::BuiltQuery& built, Xapian::doccount first,
                   Xapian::doccount count, int64_t window, std::vector<Xapian::MSetIterator>& out) {
  auto run = [&](const Xapian::Query& query, Xapian::doccount from, Xapian::doccount n) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    internal::ApplyOrder(internal::Order::kRelevance, enquire);
    // Counted exactly when fewer than from + n: what the second tier needs.
    Xapian::MSet mset = enquire.get_mset(from, n, std::max<Xapian::doccount>(Index::kExactTotalUpTo, from + n));
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(it);
    return mset;
  };
  Xapian::Query recent;
  Xapian::doccount estimate = 0;
  if (window > 0 && !built.words.empty() && HasMonthTerms(db)) {
    estimate = Probe(db, built.words).get_matches_estimated();
    if (estimate > window) {
      // A share of the documents: the guard's one more does not matter here.
      double fraction = static_cast<double>(estimate) / std::max<Xapian::doccount>(db.get_doccount(), 1);
      recent = NewestPartitions(db, fraction, static_cast<double>(window));
    }
  }
  if (recent.empty()) return run(built.query, first, count).get_matches_estimated();

  Xapian::Query tier1(Xapian::Query::OP_FILTER, built.words, recent);
  Xapian::Query older(Xapian::Query::OP_AND_NOT, built.words, recent);
  if (!built.exact.empty()) {
    tier1 = Xapian::Query(Xapian::Query::OP_OR, tier1, built.exact);
    older = Xapian::Query(Xapian::Query::OP_AND_NOT, older, built.exact);
  }
  Xapian::MSet first_tier = run(tier1, first, count);
  if (first_tier.size() == count) return std::max<int64_t>(estimate, first_tier.get_matches_estimated());
  // The first tier ended on this page (or before it), so its count is exact.
  Xapian::doccount in_first_tier = first_tier.get_matches_estimated();
  Xapian::doccount skip = first > in_first_tier ? first - in_first_tier : 0;
  Xapian::MSet second_tier = run(older, skip, count - first_tier.size());
  return std::max<int64_t>(estimate, in_first_tier + second_tier.get_matches_estimated());
}

// True when partial matches should follow the `full` items that match every
// word: there are few of them, and the text is not an identifier found whole.
bool WantsPartial(const Xapian::Database& db, const internal::BuiltQuery& built, int64_t full) {
  if (built.partial.empty() || full >= Index::kPartialBelow) return false;
  return built.exact.empty() || Probe(db, built.exact).get_matches_estimated() == 0;
}

// The partial matches on the page of items [first, first + count) that
// follows the `full` items matching every word, appended to `out`; returns
// how many partial matches there are (exact up to Index::kExactTotalUpTo).
// They are ranked by how many of the words they hold (CoverageWeight) and
// must hold enough of them (the cutoff), whatever the order asked for.
int64_t PartialPage(const Xapian::Database& db, const internal::BuiltQuery& built, Xapian::doccount full,
                    Xapian::doccount first, Xapian::doccount count, std::vector<Xapian::MSetIterator>& out) {
  Xapian::Enquire enquire(db);
  enquire.set_query(built.words.empty() ? built.partial
                                        : Xapian::Query(Xapian::Query::OP_AND_NOT, built.partial, built.words));
  enquire.set_weighting_scheme(internal::CoverageWeight(built.partial_terms));
  // Weights are whole numbers of terms plus less than 1/2 (partial.h).
  enquire.set_cutoff(0, built.partial_min_weight - 0.25);
  internal::ApplyOrder(internal::Order::kRelevance, enquire);
  const Xapian::doccount skip = first > full ? first - full : 0;
  const Xapian::doccount left = count - static_cast<Xapian::doccount>(out.size());
  Xapian::MSet mset = enquire.get_mset(skip, left, std::max<Xapian::doccount>(Index::kExactTotalUpTo, skip + left));
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(it);
  return mset.get_matches_estimated();
}

}  // namespace

int64_t Index::RankWindowFor(int64_t window, size_t terms) {
  const auto n = static_cast<int64_t>(terms);
  return n <= kWindowTerms ? window : window * kWindowTerms / n;
}

void Index::SetRankWindow(int64_t matches) { impl_->rank_window = std::max<int64_t>(matches, 0); }

Result<Results> Index::Search(const Query& q) const {
  int per_page = std::clamp(q.per_page, 1, kMaxPerPage);
  int page = std::clamp(q.page, 1, kMaxPage);
  Xapian::doccount first = static_cast<Xapian::doccount>(page - 1) * per_page;
  return impl_->Read<Results>([&](const Xapian::Database& db) {
    internal::BuiltQuery built = internal::BuildQuery(q, db);
    Results results;
    results.used_ngrams = built.used_ngrams;
    std::vector<Xapian::MSetIterator> page_items;
    if (built.order == internal::Order::kRelevance) {
      results.total = RankedPage(db, built, first, per_page, RankWindowFor(impl_->rank_window.load(), built.word_terms),
                                 page_items);
    } else {
      // Identifier matches first (there are few), then the rest by date.
      Xapian::doccount exact_total = 0;
      if (!built.exact.empty()) {
        Xapian::Enquire enquire(db);
        enquire.set_query(built.exact);
        internal::ApplyOrder(internal::Order::kExactThenDate, enquire);
        Xapian::MSet mset = enquire.get_mset(first, per_page, first + per_page);
        exact_total = mset.get_matches_estimated();
        for (auto it = mset.begin(); it != mset.end(); ++it) page_items.push_back(it);
      }
      Xapian::doccount skip = first > exact_total ? first - exact_total : 0;
      Xapian::doccount left = static_cast<Xapian::doccount>(per_page) - page_items.size();
      results.total = exact_total + DateOrderedPage(db, built.dated, skip, left, page_items);
    }
    results.full_total = results.total;
    const size_t full_hits = page_items.size();
    if (WantsPartial(db, built, results.total)) {
      const int64_t partial = PartialPage(db, built, static_cast<Xapian::doccount>(results.total), first,
                                          static_cast<Xapian::doccount>(per_page), page_items);
      results.partial = partial > 0;
      results.total += partial;
    }
    // Snippets come from the query with its unigrams (see BuiltQuery). An
    // MSet of no items costs only the terms' statistics, not their postings.
    Xapian::Enquire highlighter(db);
    highlighter.set_query(built.highlight.empty() ? Xapian::Query::MatchAll : built.highlight);
    Xapian::MSet marks = highlighter.get_mset(0, 0);
    for (const Xapian::MSetIterator& it : page_items) {
      results.hits.push_back(RenderHit(marks, it, built.keep_lone_cjk_marks));
      results.hits.back().partial = results.hits.size() > full_hits;
    }
    return results;
  });
}

Result<int64_t> Index::Count() const {
  return impl_->Read<int64_t>([](const Xapian::Database& db) { return static_cast<int64_t>(ItemCount(db)); });
}

Result<bool> Index::NeedsRebuild() const {
  return impl_->Read<bool>([](const Xapian::Database& db) {
    return db.get_metadata(std::string(internal::kFormatKey)) != internal::kFormat;
  });
}

Status Index::Check() const {
  // Reading the document count opens and reopens the live generation,
  // which is what a broken disk or a vanished directory would fail.
  return Count().status();
}

}  // namespace gk::search
