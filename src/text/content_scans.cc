// The scans of a content check that read the text alone: 用词 against the
// wording list, and brackets and book-title marks (content_check.h has the
// rules; content_check.cc the scanner of numbers, names and markings).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/strings.h"
#include "text/chars.h"
#include "text/content_findings.h"

namespace gk::text::internal {
namespace {

using namespace chars;  // NOLINT(build/namespaces): the scans speak in its character classes

constexpr size_t kMaxBracketFindings = 1000;  // a text broken this much needs no more

class WordingScan {
 public:
  WordingScan(std::string_view s, Findings& out) : s_(s), out_(out) {}

  struct Pattern {
    std::string_view text;
    const WordingRule* rule;
    bool wrong;
  };

  void Run(const std::vector<WordingRule>& rules) {
    std::unordered_map<uint32_t, std::vector<Pattern>> by_first;
    bool first_byte[256] = {};
    for (const WordingRule& rule : rules) {
      if (rule.wrong.empty() || rule.wrong == rule.right) continue;
      for (const auto& [text, wrong] : {std::pair<std::string_view, bool>{rule.wrong, true}, {rule.right, false}}) {
        if (text.empty()) continue;
        first_byte[static_cast<unsigned char>(text[0])] = true;
        by_first[CodePointAt(text, 0)].push_back({text, &rule, wrong});
      }
    }
    if (by_first.empty()) return;
    for (auto& [cp, patterns] : by_first) {
      // Longest first; a wrong form before an equal right form.
      std::stable_sort(patterns.begin(), patterns.end(), [](const Pattern& a, const Pattern& b) {
        return a.text.size() != b.text.size() ? a.text.size() > b.text.size() : a.wrong && !b.wrong;
      });
    }
    for (size_t i = 0; i < s_.size();) {
      const size_t n = Utf8CharBytes(s_, i);
      if (!first_byte[static_cast<unsigned char>(s_[i])]) {
        i += n;
        continue;
      }
      const auto it = by_first.find(CodePointAt(s_, i));
      const Pattern* match = nullptr;
      if (it != by_first.end()) {
        for (const Pattern& pattern : it->second) {
          if (Has(s_, i, pattern.text)) {
            match = &pattern;
            break;
          }
        }
      }
      if (!match) {
        i += n;
        continue;
      }
      if (match->wrong && !FormerBefore(i)) AddWording(i, *match->rule);
      i += match->text.size();
    }
  }

 private:
  // 原 directly before s_[i], or 原 and a place name (at most 10 Chinese
  // characters ending in 省, 市, 区, 县, 州, 盟 or 旗): 原济南市工商局.
  bool FormerBefore(size_t i) const {
    static constexpr std::string_view kPlaceEnds[] = {"省", "市", "区", "县", "州", "盟", "旗"};
    if (PrevChar(s_, i) == "原") return true;
    const std::string_view last = PrevChar(s_, i);
    if (std::find(std::begin(kPlaceEnds), std::end(kPlaceEnds), last) == std::end(kPlaceEnds)) return false;
    size_t p = i - last.size();
    for (int k = 0; k < 10 && p > 0; ++k) {
      const std::string_view prev = PrevChar(s_, p);
      if (prev == "原") return true;
      if (!IsHan(CodePointAt(prev, 0))) return false;
      p -= prev.size();
    }
    return false;
  }

  void AddWording(size_t i, const WordingRule& rule) {
    std::string message =
        rule.right.empty() ? Quoted(rule.wrong) + "不宜使用" : Quoted(rule.wrong) + "应为" + Quoted(rule.right);
    if (!rule.note.empty()) message += "：" + rule.note;
    out_.Add(i, i + rule.wrong.size(), FindingKind::kWording, "wording", std::move(message), rule.right, false);
  }

  std::string_view s_;
  Findings& out_;
};

struct Mark {
  std::string_view open;
  std::string_view close;
  int family;  // the two widths of round brackets share one
  bool book_title;
};
constexpr Mark kMarks[] = {
    {"（", "）", 0, false}, {"(", ")", 0, false},  {"【", "】", 1, false},
    {"〔", "〕", 2, false}, {"《", "》", 3, true}, {"〈", "〉", 4, true},
};
constexpr int kMarkCount = static_cast<int>(std::size(kMarks));

class BracketScan {
 public:
  BracketScan(std::string_view s, std::vector<size_t> exempt, Findings& out)
      : s_(s), exempt_(std::move(exempt)), out_(out) {}

  struct Open {
    size_t at;
    int mark;
  };

  void Run() {
    std::sort(exempt_.begin(), exempt_.end());
    size_t next_exempt = 0;
    std::vector<Open> stack;
    int count[kMarkCount] = {};
    auto unclosed = [&](const Open& o) {
      if (bracket_findings_ >= kMaxBracketFindings) return;
      const Mark& m = kMarks[o.mark];
      AddBracket(o.at, o.at + m.open.size(), m,
                 (m.book_title ? "书名号" : "括号") + Quoted(m.open) + "没有对应的" + Quoted(m.close), "");
    };
    auto close_line = [&] {
      for (const Open& o : stack) unclosed(o);
      stack.clear();
      std::fill(std::begin(count), std::end(count), 0);
    };
    for (size_t i = 0; i < s_.size();) {
      const size_t n = Utf8CharBytes(s_, i);
      const char c = s_[i];
      if (c == '\n') {
        close_line();
        i += n;
        continue;
      }
      if (c != '(' && c != ')' && Byte(s_, i) != 0xE3 && Byte(s_, i) != 0xEF) {
        i += n;
        continue;
      }
      while (next_exempt < exempt_.size() && exempt_[next_exempt] < i) ++next_exempt;
      if (next_exempt < exempt_.size() && exempt_[next_exempt] == i) {
        i += n;
        continue;
      }
      for (int k = 0; k < kMarkCount; ++k) {
        const Mark& m = kMarks[k];
        if (Has(s_, i, m.open)) {
          stack.push_back({i, k});
          ++count[k];
          break;
        }
        if (!Has(s_, i, m.close)) continue;
        if (!stack.empty() && stack.back().mark == k) {
          --count[k];
          stack.pop_back();
        } else if (count[k] > 0) {
          while (stack.back().mark != k) {
            unclosed(stack.back());
            --count[stack.back().mark];
            stack.pop_back();
          }
          --count[k];
          stack.pop_back();
        } else if (!stack.empty() && kMarks[stack.back().mark].family == m.family) {
          const Mark& open = kMarks[stack.back().mark];
          AddBracket(i, i + m.close.size(), m,
                     Quoted(m.close) + "与前面的" + Quoted(open.open) + "不配对（全角、半角括号混用）",
                     std::string(open.close));
          --count[stack.back().mark];
          stack.pop_back();
        } else if (bracket_findings_ < kMaxBracketFindings && !ListMarkerBefore(i)) {
          AddBracket(i, i + m.close.size(), m,
                     (m.book_title ? "书名号" : "括号") + Quoted(m.close) + "没有对应的" + Quoted(m.open), "");
        }
        break;
      }
      i += n;
    }
    close_line();
  }

 private:
  void AddBracket(size_t b, size_t e, const Mark& m, std::string message, std::string suggestion) {
    if (bracket_findings_ >= kMaxBracketFindings) return;
    ++bracket_findings_;
    out_.Add(b, e, FindingKind::kError, m.book_title ? "book_title" : "bracket", std::move(message),
             std::move(suggestion), false);
  }

  // 1）, a), 一） at the start of a line (after spaces).
  bool ListMarkerBefore(size_t i) const {
    static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    size_t p = i;
    int chars = 0;
    bool letter = false;
    while (p > 0 && chars < 4) {
      const std::string_view prev = PrevChar(s_, p);
      const bool digit = DigitAt(prev, 0) == prev.size();
      const bool numeral = std::find(std::begin(kNumerals), std::end(kNumerals), prev) != std::end(kNumerals);
      const bool ascii_letter = prev.size() == 1 && IsAsciiLetter(prev[0]);
      if (!digit && !numeral && !ascii_letter) break;
      letter = letter || ascii_letter;
      p -= prev.size();
      ++chars;
    }
    if (chars == 0 || chars > 3 || (letter && chars > 1)) return false;
    for (int k = 0; k < 8 && p > 0; ++k) {
      const std::string_view prev = PrevChar(s_, p);
      if (prev != " " && prev != "\t" && prev != "\u3000") break;
      p -= prev.size();
    }
    return p == 0 || s_[p - 1] == '\n';
  }

  std::string_view s_;
  std::vector<size_t> exempt_;  // bracket marks that belong to a doc_no_bracket finding
  size_t bracket_findings_ = 0;
  Findings& out_;
};

}  // namespace

void Findings::Add(size_t b, size_t e, FindingKind kind, std::string rule, std::string message, std::string suggestion,
                   bool blocking) {
  Hit hit;
  hit.begin = b;
  hit.end = e;
  hit.finding.kind = kind;
  hit.finding.rule = std::move(rule);
  hit.finding.text = std::string(s_.substr(b, e - b));
  hit.finding.message = std::move(message);
  hit.finding.suggestion = std::move(suggestion);
  hit.finding.blocking = blocking;
  hits_.push_back(std::move(hit));
}

// Byte offsets to character offsets, in one pass over the text.
std::vector<Finding> Findings::Finish() {
  std::stable_sort(hits_.begin(), hits_.end(),
                   [](const Hit& a, const Hit& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
  std::vector<size_t> bounds;
  bounds.reserve(hits_.size() * 2);
  for (const Hit& h : hits_) {
    bounds.push_back(h.begin);
    bounds.push_back(h.end);
  }
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  std::vector<size_t> chars(bounds.size());
  size_t byte = 0, index = 0;
  for (size_t k = 0; k < bounds.size(); ++k) {
    while (byte < bounds[k] && byte < s_.size()) {
      byte += Utf8CharBytes(s_, byte);
      ++index;
    }
    chars[k] = index;
  }
  auto char_of = [&](size_t b) { return chars[std::lower_bound(bounds.begin(), bounds.end(), b) - bounds.begin()]; };
  std::vector<Finding> out;
  out.reserve(hits_.size());
  for (Hit& h : hits_) {
    h.finding.start = char_of(h.begin);
    h.finding.end = char_of(h.end);
    out.push_back(std::move(h.finding));
  }
  hits_.clear();
  return out;
}

void ScanWording(std::string_view s, const std::vector<WordingRule>& rules, Findings& out) {
  WordingScan(s, out).Run(rules);
}

void ScanBrackets(std::string_view s, std::vector<size_t> exempt, Findings& out) {
  BracketScan(s, std::move(exempt), out).Run();
}

}  // namespace gk::text::internal
