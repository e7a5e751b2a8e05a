// Internal to search/: a gk::search::Query as a Xapian query and ordering.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "search/index.h"

namespace gk::search::internal {

// Weight given to an item whose 索引号 or 发文字号 equals the whole query
// text. Fixed and far above any BM25 sum, so it ranks first whatever else
// the text matches.
inline constexpr double kExactMatchWeight = 1e6;

// How the MSet is ordered.
enum class Order {
  kRelevance,      // BM25, exact identifier matches first
  kExactThenDate,  // exact identifier matches first, then newest first
  kDate,           // newest first (browsing: no text)
};

struct BuiltQuery {
  // For relevance: everything as one query (`words` OR `exact`).
  Xapian::Query query;
  // Identifier matches, filtered, with their fixed weight: first in either
  // order, whatever their date; empty when the text cannot be an identifier.
  Xapian::Query exact;
  // For the date orders: every match but `exact`, filtered, to be ordered by
  // date alone by walking the month partitions; all items when browsing.
  Xapian::Query dated;
  // For relevance: the text's words, filtered, without the identifier
  // matches' fixed weight; empty when browsing. `query` is `words` OR
  // `exact`, which lets relevance rank the words within a window of months
  // and still put an identifier match of any date first.
  Xapian::Query words;
  // The distinct terms of `words` before its filters: the posting lists a
  // relevance search reads for each match (the rank window shrinks with it).
  size_t word_terms = 0;
  Order order = Order::kRelevance;
  bool used_ngrams = false;
  // False when every CJK word typed has 2+ characters: Xapian then also
  // highlights stray single characters (食 of 食用 for 食品), to be unmarked.
  bool keep_lone_cjk_marks = true;
  // The text's query before LeanNgrams, for snippets: Xapian highlights CJK
  // text character by character, so it needs the unigrams that matching
  // does without. Empty when browsing.
  Xapian::Query highlight;
  // Partial matches (partial.h), filtered, to be weighted by CoverageWeight
  // with partial_min_weight as the cutoff; empty when not offered.
  Xapian::Query partial;
  size_t partial_terms = 0;
  double partial_min_weight = 0.0;
};

// `q` without the one-character CJK terms that a two-character term of the
// same AND already implies (食 and 品 beside 食品): the same matches from
// shorter posting lists.
Xapian::Query LeanNgrams(const Xapian::Query& q);

// `text` with every run of CJK word characters in brackets ("a 食品 b" ->
// "a (食品) b"). Xapian 1.4.22's parser throws "parse error" on a word, a
// CJK run and another word separated by spaces (it tries to read them as
// one multi-word group, which CJK n-grams cannot join; fixed upstream in
// xapian/xapian#331), so such a search found nothing, and when the text
// also started with an operator ("NOT a 食品a") the throw leaked memory on
// every request. Brackets end the group; inside a phrase or after a
// prefix ("title:(食品)") they change nothing.
std::string BracketCjkRuns(std::string_view text);

// `text` with the proximity operators NEAR and ADJ (and NEAR/n, ADJ/n)
// turned into plain words ("near", "adj"). Xapian 1.4.22's parser leaks
// memory on a query such as "-a NEAR b c" (a hated term before NEAR or ADJ,
// then more words; found by the query_builder fuzzer), which anyone can
// send; a government search loses nothing without proximity operators.
std::string DisarmProximity(std::string_view text);

// The free text (after FoldText, BracketCjkRuns and DisarmProximity) parsed
// with CJK n-grams and AND between words. Malformed syntax ("AND (", a lone
// quote) is retried as plain terms, so the only exceptions left are database
// errors.
Xapian::Query ParseText(const std::string& text, const Xapian::Database& db);

// Documents whose XI or XD term equals the normalised text, each weighted
// kExactMatchWeight; an empty Query when the text cannot be an identifier.
Xapian::Query ExactIdentifierQuery(const std::string& text);

// The boolean filters of `q` AND-ed; an empty Query when there are none.
Xapian::Query FilterQuery(const Query& q);

// Query text beyond this is ignored: bounds the work one request can ask for.
inline constexpr size_t kMaxQueryTextBytes = 1000;

BuiltQuery BuildQuery(const Query& q, const Xapian::Database& db);

// Applies `order` to `enquire`.
void ApplyOrder(Order order, Xapian::Enquire& enquire);

}  // namespace gk::search::internal
