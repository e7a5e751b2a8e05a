#include "search/query_builder.h"

#include <cctype>
#include <iterator>
#include <set>
#include <utility>
#include <vector>

#include "common/strings.h"
#include "search/partial.h"
#include "search/terms.h"

namespace gk::search::internal {
namespace {

constexpr unsigned kFullSyntax = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM;
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

void AddFilter(std::vector<Xapian::Query>& filters, std::string_view prefix, const std::string& value) {
  if (value.empty()) return;
  // A value too long to be a term cannot match anything.
  std::string term = BooleanTerm(prefix, value);
  filters.push_back(term.empty() ? Xapian::Query::MatchNothing : Xapian::Query(term));
}

// A term's prefix (Xapian's convention: leading capitals) and its CJK
// characters; no characters when the rest is not one or two CJK ones.
std::pair<std::string, std::vector<unsigned>> SplitNgram(const std::string& term) {
  size_t p = 0;
  while (p < term.size() && term[p] >= 'A' && term[p] <= 'Z') ++p;
  std::vector<unsigned> chars;
  for (Xapian::Utf8Iterator it(term.data() + p, term.size() - p), end; it != end; ++it) {
    if (!IsCjk(*it) || chars.size() == 2) return {term.substr(0, p), {}};
    chars.push_back(*it);
  }
  return {term.substr(0, p), chars};
}

bool IsLeafTerm(const Xapian::Query& q) { return q.get_type() == Xapian::Query::LEAF_TERM; }

std::string LeafTerm(const Xapian::Query& q) { return *q.get_terms_begin(); }

Xapian::Query Lean(const Xapian::Query& q);

// The AND's operands, nested ANDs flattened, minus every one-character term
// that a two-character term of the same prefix contains.
Xapian::Query LeanAnd(const Xapian::Query& q) {
  std::vector<Xapian::Query> operands;
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    Xapian::Query sub = Lean(q.get_subquery(i));
    if (sub.get_type() == Xapian::Query::OP_AND) {
      for (size_t j = 0; j < sub.get_num_subqueries(); ++j) operands.push_back(sub.get_subquery(j));
    } else {
      operands.push_back(std::move(sub));
    }
  }
  std::set<std::pair<std::string, unsigned>> covered;
  for (const Xapian::Query& operand : operands) {
    if (!IsLeafTerm(operand)) continue;
    auto [prefix, chars] = SplitNgram(LeafTerm(operand));
    if (chars.size() != 2) continue;
    covered.emplace(prefix, chars[0]);
    covered.emplace(prefix, chars[1]);
  }
  std::vector<Xapian::Query> kept;
  for (Xapian::Query& operand : operands) {
    if (IsLeafTerm(operand)) {
      auto [prefix, chars] = SplitNgram(LeafTerm(operand));
      if (chars.size() == 1 && covered.count({prefix, chars[0]})) continue;
    }
    kept.push_back(std::move(operand));
  }
  return Xapian::Query(Xapian::Query::OP_AND, kept.begin(), kept.end());
}

// `q` with the redundant unigrams of CJK n-gram matching removed. The query
// parser turns 食品安全 into 食 AND 食品 AND 品 AND 品安 AND 安 AND 安全 AND
// 全; every item holding the bigrams holds their characters too (the
// indexer emits both), so the unigrams change no match, only the work: they
// are the longest posting lists of the index. Operators whose parameters
// Query does not expose (phrase windows, scale factors) are left as typed.
Xapian::Query Lean(const Xapian::Query& q) {
  switch (q.get_type()) {
    case Xapian::Query::OP_AND:
      return LeanAnd(q);
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER: {
      std::vector<Xapian::Query> operands;
      for (size_t i = 0; i < q.get_num_subqueries(); ++i) operands.push_back(Lean(q.get_subquery(i)));
      return Xapian::Query(q.get_type(), operands.begin(), operands.end());
    }
    default:
      return q;
  }
}

// The code points Xapian 1.4's query parser reads as CJK n-gram text
// (cjk-tokenizer.cc, CJK::codepoint_is_cjk), broader than IsCjk: it also
// counts CJK punctuation blocks and full-width forms.
bool ParserReadsAsCjk(unsigned ch) {
  return (ch >= 0x2E80 && ch <= 0x2EFF) || (ch >= 0x3000 && ch <= 0x9FFF) || (ch >= 0xA700 && ch <= 0xA71F) ||
         (ch >= 0xAC00 && ch <= 0xD7AF) || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F) ||
         (ch >= 0xFF00 && ch <= 0xFFEF) || (ch >= 0x20000 && ch <= 0x2A6DF) || (ch >= 0x2F800 && ch <= 0x2FA1F);
}

}  // namespace

std::string BracketCjkRuns(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  bool in_run = false;
  for (Xapian::Utf8Iterator it(text.data(), text.size()), end; it != end; ++it) {
    unsigned ch = *it;
    bool cjk = ParserReadsAsCjk(ch) && Xapian::Unicode::is_wordchar(ch);
    if (cjk != in_run) out.push_back(cjk ? '(' : ')');
    in_run = cjk;
    Xapian::Unicode::append_utf8(out, ch);
  }
  if (in_run) out.push_back(')');
  return out;
}

Xapian::Query LeanNgrams(const Xapian::Query& q) { return Lean(q); }

std::string DisarmProximity(std::string_view text) {
  std::string out(text);
  auto word_char = [&](size_t i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    return std::isalnum(c) || c == '_' || c >= 0x80;
  };
  for (const std::string_view op : {std::string_view("NEAR"), std::string_view("ADJ")}) {
    for (size_t at = out.find(op); at != std::string::npos; at = out.find(op, at + op.size())) {
      const size_t end = at + op.size();
      if ((at > 0 && word_char(at - 1)) || (end < out.size() && word_char(end))) continue;
      for (size_t i = at; i < end; ++i) out[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
    }
  }
  return out;
}

Xapian::Query ParseText(const std::string& raw, const Xapian::Database& db) {
  std::string text = DisarmProximity(BracketCjkRuns(raw));
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
  Xapian::Query filter = FilterQuery(q);
  auto filtered = [&filter](const Xapian::Query& query) {
    if (filter.empty()) return query;
    return Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
  };
  if (text.empty()) {
    built.order = Order::kDate;
    // Every document but the guard (terms.h).
    built.dated = filtered(
        Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, Xapian::Query(std::string(kGuardTerm))));
    return built;
  }
  const std::string folded = FoldText(text, /*ascii_quotes=*/false);
  built.used_ngrams = ContainsCjk(folded);
  built.keep_lone_cjk_marks = ShortestCjkRun(folded) <= 1;
  Xapian::Query parsed = ParseText(folded, db);
  built.highlight = parsed;
  Xapian::Query words = LeanNgrams(parsed);
  built.word_terms = static_cast<size_t>(std::distance(words.get_unique_terms_begin(), words.get_unique_terms_end()));
  Xapian::Query exact = ExactIdentifierQuery(text);
  if (!exact.empty()) built.exact = filtered(exact);
  if (!words.empty()) built.words = filtered(words);
  if (PartialQuery partial = q.partial ? BuildPartial(words) : PartialQuery{}; !partial.query.empty()) {
    built.partial = filtered(partial.query);
    built.partial_terms = partial.terms;
    built.partial_min_weight = partial.min_weight;
  }
  if (q.sort == Query::kNewest) {
    built.order = Order::kExactThenDate;
    Xapian::Query others =
        exact.empty() || words.empty() ? words : Xapian::Query(Xapian::Query::OP_AND_NOT, words, exact);
    built.dated = filtered(others);
    return built;
  }
  Xapian::Query main = exact.empty() ? words : Xapian::Query(Xapian::Query::OP_OR, words, exact);
  built.query = filtered(main);
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
