#include "catalogue/frequent_searches.h"

#include <soci/soci.h>

#include <algorithm>
#include <vector>

#include "common/strings.h"

namespace gk::catalogue {
namespace {

std::vector<std::string_view> Characters(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < s.size();) {
    const size_t n = std::max<size_t>(1, Utf8CharBytes(s, i));
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

// How far a suggestion may be from what was typed.
size_t Slack(size_t characters) { return characters >= 5 ? 2 : 1; }

}  // namespace

std::string NormalizeSearch(std::string_view query) {
  const std::string half = HalfWidthTrimmed(query);
  std::string out;
  out.reserve(half.size());
  for (char c : half) {
    const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  const auto x = Characters(a), y = Characters(b);
  if ((x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) > limit) return limit + 1;
  std::vector<size_t> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    size_t diagonal = row[0], best = row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;  // every path is already too long
  }
  return std::min(row[y.size()], limit + 1);
}

Status FrequentSearches::Load(storage::Database& db, int64_t now) {
  std::unordered_map<std::string, Entry> loaded;
  Status s = db.Read([&](soci::session& sql) {
    std::string query;
    long long since = now - kWindowSeconds, count = 0, matches = 0, kept = kMaxKept;
    soci::statement st = (sql.prepare << "SELECT query, COUNT(*), MAX(results) FROM search_queries WHERE at >= :s "
                                         "GROUP BY query ORDER BY COUNT(*) DESC LIMIT :n",
                          soci::into(query), soci::into(count), soci::into(matches), soci::use(since), soci::use(kept));
    st.execute();
    while (st.fetch()) {
      Entry& e = loaded[NormalizeSearch(query)];
      e.count += count;
      e.matches = std::max<int64_t>(e.matches, matches);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::lock_guard lock(mu_);
  for (auto& [text, e] : loaded) e.logged = e.count;
  // A noted search the log now holds shows as growth of its logged count;
  // the rest is still in the batcher's queue and stays counted.
  for (const auto& [text, old] : searches_) {
    if (old.unlogged == 0) continue;
    auto it = loaded.find(text);
    const int64_t grown = it == loaded.end() ? 0 : std::max<int64_t>(0, it->second.logged - old.logged);
    const int64_t unlogged = std::max<int64_t>(0, old.unlogged - grown);
    if (unlogged == 0) continue;
    if (it == loaded.end()) {
      if (loaded.size() >= kMaxKept) continue;
      it = loaded.emplace(text, Entry{}).first;
    }
    it->second.count += unlogged;
    it->second.unlogged = unlogged;
    it->second.matches = std::max(it->second.matches, old.matches);
  }
  searches_ = std::move(loaded);
  return Status::Ok();
}

void FrequentSearches::Note(std::string_view query, int64_t full_matches) {
  std::string key = NormalizeSearch(query);
  if (key.empty()) return;
  std::lock_guard lock(mu_);
  auto it = searches_.find(key);
  if (it == searches_.end()) {
    if (searches_.size() >= kMaxKept) return;
    it = searches_.emplace(std::move(key), Entry{}).first;
  }
  ++it->second.count;
  ++it->second.unlogged;
  it->second.matches = std::max(it->second.matches, full_matches);
}

std::string FrequentSearches::Suggest(std::string_view query) const {
  const std::string typed = NormalizeSearch(query);
  const size_t length = Utf8Length(typed);
  if (length < 2) return {};  // one character is a start, not a slip
  const size_t slack = Slack(length);
  std::string best;
  int64_t best_count = 0;
  std::lock_guard lock(mu_);
  for (const auto& [text, e] : searches_) {
    if (e.count < kMinCount || e.matches == 0 || text == typed) continue;
    if (e.count < best_count || (e.count == best_count && text >= best)) continue;
    if (EditDistance(typed, text, slack) <= slack) {
      best = text;
      best_count = e.count;
    }
  }
  return best;
}

}  // namespace gk::catalogue
