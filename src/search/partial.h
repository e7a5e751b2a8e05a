// Internal to search/: partial matches, what a search offers when too few
// items match every word typed. Includes Xapian, so nothing outside
// src/search/ may include this header. See docs/search.md, "Partial matches".
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>

namespace gk::search::internal {

// A partial match must score at least this share of the query's terms (a
// term found in the title scores twice), rounded up: enough that a sentence
// paraphrasing a title finds it, too much for a query whose only matches
// are 关于 … 的通知.
inline constexpr double kPartialShare = 0.7;
// And at least this much, so at least two of the terms: one term alone
// (旧索引 → 索引) is not a match. A query of fewer than three terms gets
// no partial matches.
inline constexpr double kPartialMinWeight = 3.0;

struct PartialQuery {
  // Each term of the query OR-ed with its title form (S prefix); empty when
  // the query asks for no partial matches.
  Xapian::Query query;
  size_t terms = 0;         // distinct terms of the query
  double min_weight = 0.0;  // under CoverageWeight: the threshold above
};

// The partial-match query for `words`, the parsed and lean text query
// (LeanNgrams), before filters. Empty when it has fewer than three terms, or
// uses operators (OR, NOT, phrases): a person who wrote those meant them.
PartialQuery BuildPartial(const Xapian::Query& words);

// Weights by how many of the query's terms an item holds: each term scores
// its factor (1, for the title form too), plus a tie-break by the term's
// rarity and frequency in the item that stays below 1/2 over all terms. So
// an item holding more terms always ranks higher, and a weight cutoff at a
// whole number is a minimum number of terms held.
class CoverageWeight : public Xapian::Weight {
 public:
  // `terms`: how many distinct terms the query has (PartialQuery::terms).
  explicit CoverageWeight(size_t terms);

  Xapian::Weight* clone() const override;
  double get_sumpart(Xapian::termcount wdf, Xapian::termcount doclen, Xapian::termcount uniqterms) const override;
  double get_maxpart() const override;
  double get_sumextra(Xapian::termcount doclen, Xapian::termcount uniqterms) const override;
  double get_maxextra() const override;

 private:
  void init(double factor) override;

  size_t terms_;
  double factor_ = 1.0;
  double tie_ = 0.0;  // the tie-break's maximum for this term
  double idf_ = 0.0;  // the term's rarity, in [0, 1]
};

}  // namespace gk::search::internal
