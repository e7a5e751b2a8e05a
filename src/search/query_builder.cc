#include "search/query_builder.h"

#include <vector>

#include "search/terms.h"

namespace gk::search::internal {
namespace {

constexpr unsigned kFullSyntax =
    Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM;
// No operators, quotes or +/-: every input parses.
constexpr unsigned kPlainTerms = Xapian::QueryParser::FLAG_CJK_NGRAM;

Xapian::Query Parse(const std::string& text, const Xapian::Database& db, unsigned flags) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  // Government searches narrow: every word must match. With n-grams this
  // also keeps 食品 from matching items that merely contain 食 somewhere.
  qp.set_default_op(Xapian::Query::OP_AND);
  qp.add_prefix("title", std::string(kPrefixTitle));
  qp.add_prefix("标题", std::string(kPrefixTitle));
  return qp.parse_query(text, flags);
}

void AddFilter(std::vector<Xapian::Query>& filters, std::string_view prefix,
               const std::string& value) {
  if (value.empty()) return;
  // A value too long to be a term cannot match anything.
  std::string term = BooleanTerm(prefix, value);
  filters.push_back(term.empty() ? Xapian::Query::MatchNothing : Xapian::Query(term));
}

}  // namespace

Xapian::Query ParseText(const std::string& text, const Xapian::Database& db) {
  try {
    return Parse(text, db, kFullSyntax);
  } catch (const Xapian::QueryParserError&) {
    // Unbalanced brackets, a dangling AND, ...: search the words instead.
  }
  try {
    return Parse(text, db, kPlainTerms);
  } catch (const Xapian::QueryParserError&) {
    return Xapian::Query::MatchNothing;
  }
}

Xapian::Query ExactIdentifierQuery(const std::string& text) {
  std::string id = NormalizeIdentifier(text);
  if (id.empty()) return Xapian::Query();
  std::vector<Xapian::Query> terms;
  for (std::string_view prefix : {kPrefixIndexNo, kPrefixDocNo}) {
    std::string term = BooleanTerm(prefix, id);
    if (!term.empty()) terms.emplace_back(term);
  }
  if (terms.empty()) return Xapian::Query();
  Xapian::Query fixed((new Xapian::FixedWeightPostingSource(kExactMatchWeight))->release());
  return Xapian::Query(Xapian::Query::OP_FILTER, fixed,
                       Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
}

Xapian::Query FilterQuery(const Query& q) {
  std::vector<Xapian::Query> filters;
  if (q.agency_id != 0) AddFilter(filters, kPrefixAgency, std::to_string(q.agency_id));
  if (q.column_id != 0) AddFilter(filters, kPrefixColumn, std::to_string(q.column_id));
  AddFilter(filters, kPrefixTopic, q.topic);
  AddFilter(filters, kPrefixValidity, q.validity);
  if (q.year != 0) AddFilter(filters, kPrefixYear, std::to_string(q.year));
  if (filters.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
}

BuiltQuery BuildQuery(const Query& q, const Xapian::Database& db) {
  BuiltQuery built;
  std::string text = Trim(Utf8Prefix(q.text, kMaxQueryTextBytes));
  Xapian::Query main;
  if (text.empty()) {
    main = Xapian::Query::MatchAll;
    built.order = Order::kDate;
  } else {
    built.used_ngrams = ContainsCjk(text);
    built.keep_lone_cjk_marks = ShortestCjkRun(text) <= 1;
    Xapian::Query words = ParseText(text, db);
    if (q.sort == Query::kNewest) {
      // Weight 0 for every text match, so the date decides among them
      // while exact identifier matches (fixed weight) still come first.
      if (!words.empty()) words = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, words, 0.0);
      built.order = Order::kExactThenDate;
    }
    Xapian::Query exact = ExactIdentifierQuery(text);
    main = exact.empty() ? words : Xapian::Query(Xapian::Query::OP_OR, words, exact);
  }
  Xapian::Query filter = FilterQuery(q);
  built.query = filter.empty() ? main : Xapian::Query(Xapian::Query::OP_FILTER, main, filter);
  return built;
}

void ApplyOrder(Order order, Xapian::Enquire& enquire) {
  // Ties (same date, same weight) show the most recently indexed first.
  enquire.set_docid_order(Xapian::Enquire::DESCENDING);
  switch (order) {
    case Order::kRelevance:
      enquire.set_sort_by_relevance();
      break;
    case Order::kExactThenDate:
      enquire.set_sort_by_relevance_then_value(kSlotPublishedAt, true);
      break;
    case Order::kDate:
      enquire.set_sort_by_value(kSlotPublishedAt, true);
      break;
  }
}

}  // namespace gk::search::internal
