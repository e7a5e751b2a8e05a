// The content check before publication (发布前内容检查, work plan 四(三)):
// what an item's text would leak or get wrong if it went public. 《政府信息
// 公开条例》 keeps 国家秘密 (第十四条) and personal privacy (第十五条) out of
// what is published, and 国办秘函〔2019〕19号 makes a serious wording error or
// a leaked secret a single-veto item (单项否决) when government websites are
// assessed. The check only finds; people decide. Blocking findings (personal
// information, secret markings) stop approval until they are fixed or the text
// is changed; the others warn.
//
// The rules below are the whole contract; tests/unit/text/content_check_test.cc
// holds the table of what is and is not found. The text is UTF-8 and is read
// as it is, never changed. Offsets are in characters (Unicode code points) of
// the text, [start, end); a byte that does not start a well-formed UTF-8
// sequence counts as one character (as gk::Utf8CharBytes steps), so broken
// input is checked, not refused. "Digits" are ASCII 0–9 or the full-width
// ０–９ an input method types; a letter is ASCII or full-width. Findings come
// sorted by start (then end). Each rule is a left-to-right scan, linear in the
// text; findings of different rules may overlap (a wording rule that contains
// a number), so apply one suggestion, then check again.
//
// Personal information (kind personal_info; blocking unless said otherwise).
// A number is a run of digits, optionally in groups joined by single spaces or
// hyphens. One that touches a letter or digit on either side (JY1370…,
// 13812345678abc), is part of a decimal (13812345678.00), follows a letter or
// digit and a hyphen (SN-13812345678, 2026-…) or goes on with a hyphen and
// more digits is never found. Nor is a number in a document number (文号):
// directly after 第, 〕, ], 】, ］, ﹞ or a bracketed year “（2026）”, or
// directly followed by 号; nor the number after a code label (编号, 编码,
// 注册号, 文号, 案号, 代码, 许可证号, 证书号, 登记号, 批准号, 序号, 流水号,
// 订单号, 单号 — then optional spaces and ：/:); nor an amount (after ¥/￥, or
// directly followed by 元, 万 or 亿). Tried in this order at each number:
//  - id_number: 居民身份证 numbers, 18 characters (17 digits and a digit or
//    X/x) with a real birth date AND a correct check character (GB
//    11643-1999, gk::ValidateResidentId). So a 统一社会信用代码 (GB
//    32100-2015) that is not a valid identity number is not one, and an
//    18-digit case or document number fails the check digit (10 in 11 do).
//    The old 15-digit numbers carry no check digit and are not looked for.
//    Suggestion: 370102********1234 (as gk::MaskIdNumber).
//  - bank_card: 16–19 digits, in one run or in groups of 4 (the last group
//    2–4 digits) all joined by spaces or all by hyphens, that pass the Luhn
//    check (ISO/IEC 7812-1), start as a payment card does (35, 4, 5, 6, 9,
//    or 2221–2720) — so an order number 2026030512345678 is not one — and
//    are not a valid all-digit USCC, nor 18 digits with a real birth date in
//    positions 7–14 (an identity number with a wrong check digit, or a code
//    built like one). Suggestion: first and last 4 digits kept,
//    separators kept: 6222***********0128.
//  - mobile: 11 digits 1[3-9]…, or written 3-4-4 with two equal separators,
//    optionally after a prefix 86 or +86 (glued, or followed by a space or
//    hyphen). Suggestion as gk::MaskPhone: 138****5678, separators and
//    prefix kept (+86 138 **** 5678).
//  - phone (fixed line; a warning, not blocking: a published text names an
//    office's number far more often than a person's): an area code (010,
//    02X, or 03XX–09XX) then a hyphen or space, or the code in brackets
//    (0531) / （0531） with an optional space; then a local number of 7–8
//    digits not starting with 0, in one group (an extension -123 may follow,
//    outside the finding) or in two (8888 6666). A local number without an
//    area code is not looked for. 400/800 service numbers have no area code
//    and are not found; nor are dates (2026-03-05, 20260305). Suggestion: the
//    first 4 local digits hidden, 0531-****6666, (021)****4567.
//  - email: local@domain.tld, the local part of [A-Za-z0-9._%+-] (at most 64),
//    the domain dotted labels ending in a top-level domain of 2 or more
//    letters. Blocking, except under gov.cn (an office's published mailbox:
//    a warning). Suggestion: the first character of the local part kept
//    (unless it is the only one), the others '*': z*******@163.com.
//
// Secret markings (kind secret, rule secret_mark, blocking; no suggestion —
// a marked text is not published, whatever its marking says):
//  - a classification level 绝密, 机密 or 秘密 with the star ★ (or ☆) after
//    it, spaces between allowed, and the period of secrecy that may follow
//    (1–2 digits and 年, 个月 or 月, or 长期: 秘密★1年, 机密★6个月, 绝密★长期,
//    机密★); or the star before it (★机密).
//    Without the star the words are not found: 商业秘密 is a legal term of
//    published texts.
//  - the notices 内部资料, 内部文件 and 注意保密, wherever they occur.
//
// Wording (kind wording, rule wording, a warning): CheckOptions::wording, the
// list administrators edit (ParseWordingRules; DefaultWordingRules to start
// with). At each character the longest of all the rules' wrong AND right
// forms that starts there is taken, and the scan goes on after it: a wrong
// form is a finding (suggestion: the right form; message with the rule's
// note), a right form is correct text and nothing in it is found (with the
// rule 监管局=市场监管局, 市场监管局 is not flagged; 某监管局 is). Where a
// wrong form is also another rule's right form, the wrong form wins. A wrong
// form directly after 原, or after 原 and a place name (at most 10 Chinese
// characters ending in 省, 市, 区, 县, 州, 盟 or 旗), is not found:
// 原国家工商总局 and 原济南市工商行政管理局 name the former body, as they
// should. Rules with an empty wrong form, or wrong == right, are ignored.
// Matching is exact (case-sensitive, no normalisation).
//
// Common errors (kind error, warnings):
//  - bracket / book_title: within one line (a line break closes the scope),
//    the marks （）()【】〔〕 (rule bracket) and 《》〈〉 (rule book_title) must
//    pair up. A closing mark whose innermost open mark is the other width of
//    the same bracket (（…) or (…）) is reported at the closing mark, with the
//    right closing mark as suggestion; a closing mark with no open mark of its
//    kind is reported at itself; an open mark never closed (in the line, or
//    skipped by a later closing mark of an outer pair) is reported at itself.
//    A ）or ) after a list number at the start of a line (1）, a), 一）) is a
//    list marker, not an unmatched mark. At most the first 1000 bracket and
//    book-title findings of a text are reported.
//  - doc_no_bracket: a 文号 whose year is in [ ], ( ), （ ）, 【 】, ［ ］ or
//    ﹝ ﹞ instead of the 六角括号 〔 〕 of GB/T 9704-2012 (7.2.4): a Chinese
//    character, the bracketed year (4 digits, 1949–2099), optionally 第,
//    digits, 号 — 济市监发[2026]3号. The finding is the bracketed year,
//    the suggestion 〔2026〕. Court case numbers （2026）鲁0102民初1234号 are
//    not 文号 of this form and are not found.
//  - future_date: only when CheckOptions::today is set: a date written
//    YYYY年M月D日 (digits as above) directly after the label 成文日期 (then
//    optional spaces, one | of a table, ：, : or 为) that is later than today. The finding
//    is the date. A 成文日期 in a signature block without the label, or in
//    Chinese numerals (二〇二六年), is not checked.
//
// Known limits: a number is recognised by its shape and check digits, so a
// number of another kind that happens to have the same shape and checks is
// found (about 1 in 11 18-digit numbers with a birth date pass the identity
// check; 1 in 10 card-shaped numbers pass Luhn); identity numbers in groups
// (370102 19900307 1234) are not found; names and addresses are not looked
// for here (text/personal_info.h masks those, given the names).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"
#include "common/status.h"

namespace gk::text {

enum class FindingKind { kPersonalInfo, kSecretMarking, kWording, kError };

// "personal_info" | "secret" | "wording" | "error".
const char* FindingKindCode(FindingKind kind);

struct Finding {
  FindingKind kind = FindingKind::kError;
  // "id_number", "mobile", "phone", "bank_card", "email", "secret_mark",
  // "wording", "bracket", "book_title", "doc_no_bracket", "future_date".
  std::string rule;
  size_t start = 0;  // in characters, [start, end)
  size_t end = 0;
  std::string text;        // the text found: text[start, end)
  std::string message;     // for people, in Chinese
  std::string suggestion;  // what replaces `text`: masked, corrected; "" when none
  bool blocking = false;   // true: approval waits until it is gone
};

// One entry of the sensitive-wording list: `wrong` is found, `right` is
// suggested ("" for none: the words should go), `note` says why.
struct WordingRule {
  std::string wrong;
  std::string right;
  std::string note;
};

struct CheckOptions {
  std::vector<WordingRule> wording;  // may be empty
  // The date in China today, for future_date; none: that rule is skipped.
  std::optional<Date> today;
};

// A starter list of the body names the 2018 机构改革 retired (工商, 质监,
// 食药监 → 市场监督管理), each with a note.
const std::vector<WordingRule>& DefaultWordingRules();

// The findings of the rules above in `text`, sorted by start, then end.
std::vector<Finding> CheckContent(std::string_view text, const CheckOptions& options);

// One JSON object: {"kind","rule","start","end","text","message","suggestion",
// "blocking"} in this order, kind as FindingKindCode. Invalid UTF-8 in the
// strings becomes U+FFFD.
std::string FindingJson(const Finding& finding);

// `text` with the finding's characters [start, end) replaced by its
// suggestion: the one-click mask or correction. `text` unchanged when the
// finding has no suggestion, or when text[start, end) is not finding.text
// any more (a stale finding: check again).
std::string ApplySuggestion(std::string_view text, const Finding& finding);

// `query` with every 文号 year bracket of the doc_no_bracket rule written as
// 〔 〕 (济市监发[2026]3号 → 济市监发〔2026〕3号), for the search page's
// 「您是不是要找」; "" when there is none to correct.
std::string CorrectDocNoBrackets(std::string_view query);

// The list as administrators edit it: one rule a line, "错误写法=正确写法 #
// 说明" (the note optional; ＝ and ＃ accepted too; surrounding spaces
// trimmed; an empty right form means "no replacement"). Blank lines and lines
// starting with # are ignored. Invalid, naming the line, on a line without
// =, with more than one =, with an empty wrong form, with wrong == right,
// with a wrong form already listed, or that is not UTF-8.
Result<std::vector<WordingRule>> ParseWordingRules(std::string_view text);

}  // namespace gk::text
