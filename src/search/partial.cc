#include "search/partial.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "search/terms.h"

namespace gk::search::internal {
namespace {

// Appends the terms of `q` when it is plain words, terms AND-ed at any depth
// (as the parser writes words and CJK n-grams); false for anything else.
bool PlainTerms(const Xapian::Query& q, std::vector<std::string>& out) {
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM:
      out.push_back(*q.get_terms_begin());
      return true;
    case Xapian::Query::OP_AND:
      for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
        if (!PlainTerms(q.get_subquery(i), out)) return false;
      }
      return true;
    default:
      return false;
  }
}

// Xapian's convention: a prefixed term starts with a capital.
bool HasPrefix(const std::string& term) { return !term.empty() && term[0] >= 'A' && term[0] <= 'Z'; }

}  // namespace

PartialQuery BuildPartial(const Xapian::Query& words) {
  std::vector<std::string> terms;
  if (words.empty() || !PlainTerms(words, terms)) return {};
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  // With two terms, a partial match holds one: too little to go on.
  if (terms.size() < 3) return {};
  std::vector<Xapian::Query> any;
  for (const std::string& term : terms) {
    any.emplace_back(term);
    if (HasPrefix(term)) continue;  // title:… is the title form already
    std::string in_title = BooleanTerm(kPrefixTitle, term);
    if (!in_title.empty()) any.emplace_back(in_title);
  }
  PartialQuery p;
  p.query = Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end());
  p.terms = terms.size();
  // Scores are whole numbers plus less than 1/2, so the cutoff is one too.
  p.min_weight = std::max(kPartialMinWeight, std::ceil(kPartialShare * static_cast<double>(terms.size()) - 1e-9));
  return p;
}

CoverageWeight::CoverageWeight(size_t terms) : terms_(std::max<size_t>(terms, 1)) {
  need_stat(COLLECTION_SIZE);
  need_stat(TERMFREQ);
  need_stat(WDF);
}

Xapian::Weight* CoverageWeight::clone() const { return new CoverageWeight(terms_); }

void CoverageWeight::init(double factor) {
  factor_ = factor;
  // Each of at most 2 × terms_ matching terms (plain and title form) adds
  // less than tie_, so all of them together less than 1/2.
  tie_ = 0.5 / (2.0 * static_cast<double>(terms_));
  const double size = get_collection_size(), freq = get_termfreq();
  idf_ = size > 0 && freq > 0 ? std::clamp(std::log(size / freq) / std::log(size + 1), 0.0, 1.0) : 0.0;
}

double CoverageWeight::get_sumpart(Xapian::termcount wdf, Xapian::termcount, Xapian::termcount) const {
  const double in_item = static_cast<double>(wdf) / (static_cast<double>(wdf) + 1.0);
  return factor_ * (1.0 + tie_ * idf_ * in_item);
}

double CoverageWeight::get_maxpart() const { return factor_ * (1.0 + tie_ * idf_); }

double CoverageWeight::get_sumextra(Xapian::termcount, Xapian::termcount) const { return 0.0; }

double CoverageWeight::get_maxextra() const { return 0.0; }

}  // namespace gk::search::internal
