// Internal to search/: how a Document becomes Xapian terms, values and data.
// Includes Xapian, so nothing outside src/search/ may include this header.
// The prefixes are the contract documented in docs/search.md; changing one
// requires a reindex.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "common/strings.h"
#include "search/index.h"

namespace gk::search::internal {

// Term prefixes (Omega conventions: Q unique id, S title, X... custom).
inline constexpr std::string_view kPrefixId = "Q";
inline constexpr std::string_view kPrefixTitle = "S";
inline constexpr std::string_view kPrefixIndexNo = "XI";
inline constexpr std::string_view kPrefixDocNo = "XD";
inline constexpr std::string_view kPrefixAgency = "XA";
inline constexpr std::string_view kPrefixColumn = "XC";
inline constexpr std::string_view kPrefixTopic = "XT";
inline constexpr std::string_view kPrefixValidity = "XV";
inline constexpr std::string_view kPrefixYear = "XY";
// Month of published_at in China time, "XM202009": the partitions that date
// order walks newest first (index.cc). Six digits, so the terms sort by time.
inline constexpr std::string_view kPrefixMonth = "XM";
// Year of published_at in China time, "XP2020": the coarse partitions of the
// relevance window (index.cc), fewer terms to OR than months.
inline constexpr std::string_view kPrefixPartitionYear = "XP";

// The one term of the guard document (index.cc), which every index holds so
// that no ordinary term indexes every document. Xapian 1.4.22 (Debian 12)
// replaces a term found in every document by its all-documents list when the
// term's wdf is unused (BoolWeight, a filter, AND_NOT's right side) and
// renames that list to the term; once a withdrawal has left a gap in the
// document ids, reading past the list's first chunk then fails with
// "DatabaseCorruptError: Unexpected end of posting list" — on a small site
// whose items all contain 市场监管, or all fall in one year, after a single
// withdrawal. Later Xapian releases keep the real list's name.
inline constexpr std::string_view kGuardTerm = "XGUARD";

// The index's format, in the database metadata under kFormatKey; bumped
// whenever the terms an item gets change. An index of an older format still
// answers every search (format 1, without month terms, the slow way) and
// asks to be rebuilt (Index::NeedsRebuild). Format 2 added the XM and XP
// terms; format 3 indexes text through FoldText.
inline constexpr std::string_view kFormatKey = "gongkai.format";
inline constexpr std::string_view kFormat = "3";
// The first format with the XM and XP partition terms.
inline constexpr int kFirstFormatWithMonths = 2;

// Value slot holding sortable_serialise(published_at), for date order.
inline constexpr Xapian::valueno kSlotPublishedAt = 0;

// Xapian refuses terms longer than 245 bytes; identifiers longer than this
// are indexed as text only.
inline constexpr size_t kMaxTermBytes = 240;

// How much of summary + body is kept in the document data as the source
// for snippets. A match further in still finds the item, its snippet then
// shows the beginning. Bounds the index size at a million items.
inline constexpr size_t kSnippetSourceBytes = 6 * 1024;

// The canonical form of an 索引号 or 发文字号 for the XI / XD terms, so the
// same identifier typed with other spacing, case, full-width letters or
// bracket style still matches: whitespace removed, full-width ASCII folded,
// letters lower-cased, 〔〕【】［］[]（）() and 〖〗 all written as 〔〕.
std::string NormalizeIdentifier(std::string_view s);

// Text as both the indexer and the query see it, so that what a person types
// matches however the document wrote it: full-width digits and letters
// (ＡＢＣ１２３) become ASCII, and quotation and title marks between two
// CJK characters are dropped, so 放心消费 matches “放心”消费 (the n-gram
// 心消 spans them) and 食品安全法 matches 食品安全法》. With
// `ascii_quotes`, the ASCII " and ' count as such marks too (for documents;
// in a query they are syntax). Everything else is kept as it is.
std::string FoldText(std::string_view s, bool ascii_quotes);

// True for a CJK ideograph, kana or hangul code point.
bool IsCjk(unsigned ch);

// True when `s` holds a CJK ideograph, kana or hangul, i.e. the query was
// matched by n-grams rather than words.
bool ContainsCjk(std::string_view s);

// The length in characters of the shortest run of CJK characters in `s`,
// 0 when there is none. A query whose runs are all 2+ characters long did
// not ask for single characters, so a lone highlighted one is noise.
size_t ShortestCjkRun(std::string_view s);

// Removes the <mark> around any highlight that is one CJK character.
std::string UnmarkLoneCjk(std::string html, std::string_view open, std::string_view close);

// The longest prefix that does not cut a UTF-8 sequence (common/strings).
using gk::Utf8Prefix;

std::string IdTerm(int64_t id);
// The XM term of an item published at `published_at` (unix seconds).
std::string MonthTerm(int64_t published_at);
// The XP term of the same item: "XP" and the first four digits of its month.
std::string PartitionYearTerm(int64_t published_at);
// `prefix` + `value`, or "" when too long to be a term.
std::string BooleanTerm(std::string_view prefix, std::string_view value);

// The fields a hit is shown with, kept in the Xapian document data.
struct StoredFields {
  int64_t id = 0;
  std::string title;
  std::string url;
  std::string index_no;
  int64_t published_at = 0;
  std::string text;  // snippet source: summary and the start of the body
};
std::string EncodeStored(const Document& d);
// Throws nothing; malformed data gives empty fields.
StoredFields DecodeStored(const std::string& data);

// The Xapian document for `d`: weighted text (CJK n-grams), boolean terms,
// the date value and stored fields. May throw Xapian::Error.
Xapian::Document BuildXapianDocument(const Document& d);

}  // namespace gk::search::internal
