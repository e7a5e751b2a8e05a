#include "search/terms.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <vector>

#include "common/calendar.h"
#include "common/china_time.h"

namespace gk::search::internal {
namespace {

bool IsSpace(unsigned ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v' || ch == 0x3000;
}

bool IsOpenBracket(unsigned ch) {
  return ch == '[' || ch == '(' || ch == 0x3014 /*〔*/ || ch == 0x3010 /*【*/ || ch == 0x3016 /*〖*/;
}

bool IsCloseBracket(unsigned ch) {
  return ch == ']' || ch == ')' || ch == 0x3015 /*〕*/ || ch == 0x3011 /*】*/ || ch == 0x3017 /*〗*/;
}

// Full-width forms of ASCII (！ to ～) back to ASCII.
unsigned FoldFullWidth(unsigned ch) { return (ch >= 0xFF01 && ch <= 0xFF5E) ? ch - 0xFEE0 : ch; }

// Full-width digits and letters (０–９, Ａ–Ｚ, ａ–ｚ) back to ASCII; full-width
// punctuation stays, since its ASCII form is query syntax ("-", "(").
unsigned FoldFullWidthAlnum(unsigned ch) {
  const bool alnum = (ch >= 0xFF10 && ch <= 0xFF19) || (ch >= 0xFF21 && ch <= 0xFF3A) || (ch >= 0xFF41 && ch <= 0xFF5A);
  return alnum ? ch - 0xFEE0 : ch;
}

// Marks that quote or title a word inside a sentence: “” ‘’ 「」 『』 《》 〈〉
// 〝〞 and the full-width ＂ ＇; with `ascii`, also " and '.
bool IsQuoteMark(unsigned ch, bool ascii) {
  static constexpr unsigned kMarks[] = {0x2018, 0x2019, 0x201C, 0x201D, 0x3008, 0x3009, 0x300A, 0x300B,
                                        0x300C, 0x300D, 0x300E, 0x300F, 0x301D, 0x301E, 0xFF02, 0xFF07};
  if (ch == '"' || ch == '\'') return ascii;
  return std::find(std::begin(kMarks), std::end(kMarks), ch) != std::end(kMarks);
}

void AddText(Xapian::TermGenerator& tg, const std::string& text, Xapian::termcount weight) {
  if (text.empty()) return;
  tg.index_text(FoldText(text, /*ascii_quotes=*/true), weight);
  tg.increase_termpos();  // no phrase spans two fields
}

void AddBoolean(Xapian::Document& doc, std::string_view prefix, std::string_view value) {
  if (value.empty()) return;
  std::string term = BooleanTerm(prefix, value);
  if (!term.empty()) doc.add_boolean_term(term);
}

}  // namespace

std::string FoldText(std::string_view s, bool ascii_quotes) {
  std::vector<unsigned> chars;
  chars.reserve(s.size());
  for (Xapian::Utf8Iterator it(s.data(), s.size()), end; it != end; ++it) chars.push_back(FoldFullWidthAlnum(*it));
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < chars.size(); ++i) {
    if (IsQuoteMark(chars[i], ascii_quotes) && i > 0 && IsCjk(chars[i - 1])) {
      size_t next = i;
      while (next < chars.size() && IsQuoteMark(chars[next], ascii_quotes)) ++next;
      if (next < chars.size() && IsCjk(chars[next])) {
        i = next - 1;  // the marks between two CJK characters are left out
        continue;
      }
    }
    Xapian::Unicode::append_utf8(out, chars[i]);
  }
  return out;
}

bool IsCjk(unsigned ch) {
  return (ch >= 0x3040 && ch <= 0x30FF) ||  // kana
         (ch >= 0x3400 && ch <= 0x4DBF) ||  // CJK extension A
         (ch >= 0x4E00 && ch <= 0x9FFF) ||  // CJK unified ideographs
         (ch >= 0xAC00 && ch <= 0xD7AF) ||  // hangul
         (ch >= 0xF900 && ch <= 0xFAFF) ||  // compatibility ideographs
         (ch >= 0x20000 && ch <= 0x2FA1F);  // extensions B and later
}

std::string NormalizeIdentifier(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (Xapian::Utf8Iterator it(s.data(), s.size()), end; it != end; ++it) {
    unsigned ch = FoldFullWidth(*it);
    if (IsSpace(ch)) continue;
    if (IsOpenBracket(ch)) ch = 0x3014;
    if (IsCloseBracket(ch)) ch = 0x3015;
    if (ch < 0x80) ch = Xapian::Unicode::tolower(ch);
    Xapian::Unicode::append_utf8(out, ch);
  }
  return out;
}

bool ContainsCjk(std::string_view s) {
  for (Xapian::Utf8Iterator it(s.data(), s.size()), end; it != end; ++it) {
    if (IsCjk(*it)) return true;
  }
  return false;
}

size_t ShortestCjkRun(std::string_view s) {
  size_t shortest = 0, run = 0;
  auto end_run = [&] {
    if (run > 0 && (shortest == 0 || run < shortest)) shortest = run;
    run = 0;
  };
  for (Xapian::Utf8Iterator it(s.data(), s.size()), end; it != end; ++it) {
    if (IsCjk(*it)) {
      ++run;
    } else {
      end_run();
    }
  }
  end_run();
  return shortest;
}

std::string UnmarkLoneCjk(std::string html, std::string_view open, std::string_view close) {
  size_t at = 0;
  while ((at = html.find(open, at)) != std::string::npos) {
    size_t inner = at + open.size();
    size_t stop = html.find(close, inner);
    if (stop == std::string::npos) break;
    Xapian::Utf8Iterator it(html.data() + inner, stop - inner), end;
    bool lone = it != end && IsCjk(*it) && ++it == end;
    if (lone) {
      html.erase(stop, close.size());
      html.erase(at, open.size());
      continue;  // `at` now points at the unmarked character
    }
    at = stop + close.size();
  }
  return html;
}

std::string IdTerm(int64_t id) { return std::string(kPrefixId) + std::to_string(id); }

std::string MonthTerm(int64_t published_at) {
  // Within the years Date handles (1970 to 9999): the order is all that counts.
  constexpr int64_t kLast = 253402271999;  // 9999-12-31 15:59:59 UTC
  Date d = ChinaDate(std::clamp<int64_t>(published_at, 0, kLast));
  char digits[8];
  std::snprintf(digits, sizeof digits, "%04d%02d", d.year(), d.month());
  return std::string(kPrefixMonth) + digits;
}

std::string PartitionYearTerm(int64_t published_at) {
  return std::string(kPrefixPartitionYear) + MonthTerm(published_at).substr(kPrefixMonth.size(), 4);
}

std::string BooleanTerm(std::string_view prefix, std::string_view value) {
  if (prefix.size() + value.size() > kMaxTermBytes) return {};
  std::string term(prefix);
  term += value;
  return term;
}

// Stored data: "1" (format version), then each field as <length>:<bytes>
// in StoredFields order. Length-prefixed, so any bytes may appear in a
// field; readable enough in xapian-delve; and parsing costs next to nothing
// for the 20 hits of a page.
std::string EncodeStored(const Document& d) {
  std::string text = d.summary;
  if (!text.empty() && !d.body_text.empty()) text += "\n";
  text += d.body_text;
  const std::string id = std::to_string(d.id);
  const std::string published_at = std::to_string(d.published_at);
  std::string out = "1";
  for (std::string_view field :
       {std::string_view(id), std::string_view(d.title), std::string_view(d.url), std::string_view(d.index_no),
        std::string_view(published_at), Utf8Prefix(text, kSnippetSourceBytes)}) {
    out += std::to_string(field.size());
    out += ':';
    out += field;
  }
  return out;
}

namespace {

// Reads one <length>:<bytes> field at `pos`; false when malformed.
bool ReadField(std::string_view data, size_t& pos, std::string& out) {
  size_t colon = data.find(':', pos);
  if (colon == std::string_view::npos || colon == pos || colon - pos > 9) return false;
  size_t length = 0;
  for (char c : data.substr(pos, colon - pos)) {
    if (c < '0' || c > '9') return false;
    length = length * 10 + static_cast<size_t>(c - '0');
  }
  if (length > data.size() - colon - 1) return false;
  out.assign(data.substr(colon + 1, length));
  pos = colon + 1 + length;
  return true;
}

int64_t ToInt64(const std::string& s) {
  int64_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

StoredFields DecodeStored(const std::string& data) {
  std::string_view view(data);
  if (view.empty() || view[0] != '1') return {};
  std::string id, published_at;
  StoredFields f;
  size_t pos = 1;
  if (!ReadField(view, pos, id) || !ReadField(view, pos, f.title) || !ReadField(view, pos, f.url) ||
      !ReadField(view, pos, f.index_no) || !ReadField(view, pos, published_at) || !ReadField(view, pos, f.text)) {
    return {};
  }
  f.id = ToInt64(id);
  f.published_at = ToInt64(published_at);
  return f;
}

Xapian::Document BuildXapianDocument(const Document& d) {
  Xapian::Document doc;
  Xapian::TermGenerator tg;
  tg.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM, ~Xapian::TermGenerator::FLAG_CJK_NGRAM);
  tg.set_document(doc);
  if (!d.title.empty()) {
    tg.index_text(FoldText(d.title, /*ascii_quotes=*/true), 1, std::string(kPrefixTitle));
    tg.increase_termpos();
  }
  // Weights: a word in the title counts as three in the body.
  AddText(tg, d.title, 3);
  AddText(tg, d.keywords, 2);
  AddText(tg, d.summary, 1);
  AddText(tg, d.body_text, 1);
  AddText(tg, d.index_no, 1);
  AddText(tg, d.doc_no, 1);

  doc.add_boolean_term(IdTerm(d.id));
  AddBoolean(doc, kPrefixIndexNo, NormalizeIdentifier(d.index_no));
  AddBoolean(doc, kPrefixDocNo, NormalizeIdentifier(d.doc_no));
  if (d.agency_id != 0) AddBoolean(doc, kPrefixAgency, std::to_string(d.agency_id));
  for (int64_t c : d.column_ids) AddBoolean(doc, kPrefixColumn, std::to_string(c));
  AddBoolean(doc, kPrefixTopic, d.topic);
  AddBoolean(doc, kPrefixValidity, d.validity);
  if (d.year != 0) AddBoolean(doc, kPrefixYear, std::to_string(d.year));
  doc.add_boolean_term(MonthTerm(d.published_at));
  doc.add_boolean_term(PartitionYearTerm(d.published_at));

  doc.add_value(kSlotPublishedAt, Xapian::sortable_serialise(static_cast<double>(d.published_at)));
  doc.set_data(EncodeStored(d));
  return doc;
}

}  // namespace gk::search::internal
