// Full-text search over published catalogue items (Xapian with CJK n-grams).
//
// This header is the whole public API of search/: no Xapian type appears in
// it and no exception leaves it; every failure is a gk::Status. Term
// prefixes, value slots and the on-disk layout are in docs/search.md.
//
// Thread safety: an Index may be shared by any number of threads. Search,
// Count and Check run concurrently and never wait for writers; each takes a
// private Xapian::Database handle from a pool and reopens it when a write
// has been committed since its last use. Upsert, Remove and the final swap
// of Rebuild serialise on one mutex around the single WritableDatabase; a
// write first waits (at most 2 s) for searches still reading an older
// revision, which a second commit would otherwise break. Only one process
// may open an index directory. Details: docs/search.md, "Concurrency".
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"

namespace gk::search {

// One published catalogue item as the index sees it.
struct Document {
  int64_t id = 0;        // item id, unique: the "Q" term
  std::string index_no;  // 索引号, e.g. 11370100MB28696235/2020-00757
  std::string doc_no;    // 发文字号, e.g. 济市监发〔2020〕12号
  std::string title;
  std::string summary;    // 内容概述
  std::string keywords;   // 关键词
  std::string body_text;  // the body as plain text
  int64_t agency_id = 0;
  std::vector<int64_t> column_ids;
  std::string topic;         // 主题分类, one of the 22 national labels
  std::string validity;      // 有效性 code: "", valid, invalid, repealed, amended
  int year = 0;              // of publication
  int64_t published_at = 0;  // unix seconds, for date order
  std::string url;           // public URL, returned with hits
};

struct Query {
  // As typed; empty = browse the filters by date. Only the first 1,000
  // bytes are used.
  std::string text;
  // Filters; zero / empty means "any".
  int64_t agency_id = 0;
  int64_t column_id = 0;
  std::string topic;
  std::string validity;
  int year = 0;
  enum Sort { kRelevance, kNewest } sort = kRelevance;
  int page = 1;       // 1-based, clamped to [1, 10000]
  int per_page = 20;  // clamped to [1, 100]
  // Offer partial matches when fewer than Index::kPartialBelow items match
  // every word (Results::partial); the public search does.
  bool partial = false;
};

struct Hit {
  int64_t id = 0;
  // HTML-escaped text with matches wrapped in <mark>…</mark>; adjacent
  // marks are merged, so 食品 is one <mark> and not one per character.
  // Safe as HTML text content (quotes are not escaped: not for attributes).
  std::string title_html;
  std::string snippet_html;  // a passage of summary/body, same escaping
  std::string url;
  std::string index_no;
  int64_t published_at = 0;
  bool partial = false;  // a partial match: not every word is in the item
};

struct Results {
  // Number of matches: exact up to kExactTotalUpTo, an estimate beyond.
  int64_t total = 0;
  std::vector<Hit> hits;     // the requested page
  bool used_ngrams = false;  // the text held CJK, matched by n-grams
  // True when fewer than Index::kPartialBelow items match every word (and
  // none the identifier typed), and partial matches follow them: the items
  // holding most of the words, a word in the title counting twice. `total`
  // then counts both, `full_total` those that match every word.
  bool partial = false;
  int64_t full_total = 0;
};

class Index {
 public:
  // Totals are counted exactly up to this many matches.
  static constexpr int kExactTotalUpTo = 1000;
  // When a text matches more than this many items, relevance ranks first
  // those in the newest months holding about this many (with identifier
  // matches of any date), then all older matches: page 1 of a common word
  // on a large index reads this many matches, not all of them. A text of
  // more than kWindowTerms terms gets a window that many terms' worth of
  // postings (RankWindowFor). See docs/search.md, "Matching work".
  static constexpr int64_t kDefaultRankWindow = 100000;
  static constexpr int64_t kWindowTerms = 2;
  // The window for a text of `terms` distinct terms: `window` up to
  // kWindowTerms, then window × kWindowTerms / terms (so about the same
  // number of postings is read); 0 stays 0 (every match ranked).
  static int64_t RankWindowFor(int64_t window, size_t terms);
  // Below this many items matching every word, a search goes on with
  // partial matches (Results::partial). See docs/search.md, "Partial matches".
  static constexpr int64_t kPartialBelow = 5;

  // Opens the index in `dir`, creating the directory and an empty index
  // when it is missing or empty.
  // Errors: kConflict when another process (or Index) has it open: do not
  // rebuild, it is healthy. kUnavailable when `dir` holds something that is
  // not a readable index (corrupt, foreign files): call Quarantine, Open
  // again (empty) and Rebuild while it serves.
  [[nodiscard]] static Result<std::unique_ptr<Index>> Open(const std::string& dir);

  // Renames an unusable `dir` to "<dir>.broken-<unix time>" so Open can
  // start afresh while the evidence is kept. Returns the new name.
  // REQUIRES: no Index has `dir` open.
  [[nodiscard]] static Result<std::string> Quarantine(const std::string& dir);

  ~Index();
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  // Adds or replaces the item with `d.id` and commits: when this returns
  // ok, searches see the change.
  [[nodiscard]] Status Upsert(const Document& d);
  // The same for many items with one commit (bulk import).
  [[nodiscard]] Status UpsertBatch(const std::vector<Document>& docs);
  // Removes the item (withdrawn, deleted); ok when it was not indexed.
  [[nodiscard]] Status Remove(int64_t id);

  // Builds a new index from every Document `next` yields (it fills its
  // argument and returns true, or returns false at the end), calling
  // `progress` with the count done every 1,000 items and at the end. The
  // build goes into a fresh generation directory; the current index keeps
  // serving searches and accepting Upsert/Remove meanwhile, and those
  // writes are replayed onto the new index before it replaces the old one
  // in one atomic rename. On error the old index stays. kConflict when a
  // rebuild is already running. `next` and `progress` run on the calling
  // thread and must not call back into this Index.
  [[nodiscard]] Status Rebuild(const std::function<bool(Document*)>& next,
                               const std::function<void(int64_t done)>& progress);

  // Changes the rank window (kDefaultRankWindow); 0 ranks every match.
  // For tests and tuning; safe to call while searches run.
  void SetRankWindow(int64_t matches);

  // Never throws on malformed query syntax: it falls back to plain terms.
  [[nodiscard]] Result<Results> Search(const Query& q) const;
  [[nodiscard]] Result<int64_t> Count() const;
  // True when the live index was written by an older version of gongkai:
  // it still answers every search, but slower or less well than a rebuilt
  // one would, so the caller should Rebuild it (the server does, at start).
  [[nodiscard]] Result<bool> NeedsRebuild() const;
  // Cheap health check for /readyz: the live index can be opened and read.
  [[nodiscard]] Status Check() const;

 private:
  struct Impl;
  explicit Index(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace gk::search
