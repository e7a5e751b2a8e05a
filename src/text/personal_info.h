// Personal information (个人信息) kept out of text that goes public: the
// enforcement publicity of 行政处罚/行政许可 decisions (总局令第45号,
// 国办发〔2018〕118号) and, later, public comments and messages. Whatever is
// published on the site, in the search index, the feeds or the API passes
// through MaskPersonalInfo first, every field of it, free text included.
//
// The rules below are the whole contract; tests/unit/text/personal_info_test.cc
// holds the table of what is and is not masked. "Digits" are ASCII 0–9 or the
// full-width ０–９ an input method types; a letter is ASCII or full-width.
// Everything a rule does not match is copied byte for byte. Valid UTF-8 in
// gives valid UTF-8 out (a masked character becomes one '*', whatever its
// length in bytes). Masking masked text changes nothing. The scan is one
// pass, left to right, linear in the text; the first rule that matches at a
// position takes the characters it masks, and no other rule looks at them.
//
// Numbers. A number is a maximal run of digits. One that touches a letter or
// digit on either side (JY13701020012345, ABC13812345678) or is part of a
// decimal (13812345678.00) is never masked. A number that belongs to a
// document number (文号) — directly after 第, 〕, ], 】 or “（2026）”, or directly
// followed by 号 — is not an identity, phone or card number. Nor is the number
// that directly follows a code label (编号, 编码, 注册号, 文号, 案号, 代码,
// 许可证号, 证书号, 登记号, 批准号, 序号, 流水号 — after an optional ：/:): a
// case number 370102202603050001 after 案件编号 stays as it is. So that a
// second pass sees the numbers the first one saw, three or more '*' next to
// digits (or after a space or hyphen beside them) count as masked digits: up
// to 4 digits right after such a run are a kept end (the 5678 of
// 138****5678) and start no number, and a number followed by such a run
// does not end there. Markdown's ** around a number is not such a run.
//
//  - 居民身份证 numbers: 18 characters (17 digits and a digit or X/x) or the
//    old 15 digits, with a plausible birth date (YYYYMMDD in positions 7–14,
//    YYMMDD in 7–12 read as 19YY; year 1900–2099, month 01–12, day 01–31),
//    whether or not the check character is right. Exception: 18 characters
//    that are a valid 统一社会信用代码 (USCC) and not a valid identity number.
//    Masked as gk::MaskIdNumber does: 370102********1234 (15 digits:
//    370102******123, the birth date hidden).
//  - Mobile numbers: 11 digits 1[3-9]…, also written 3-4-4 with spaces or
//    hyphens, also after a prefix 86 / +86: 138****5678 as gk::MaskPhone
//    does, separators and prefix kept (+86 138 **** 5678).
//  - Fixed-line numbers: an area code (010, 02X, or four digits 03XX–09XX),
//    then a hyphen or space, or the code in brackets (021) / （0531） with an
//    optional space, then 7 or 8 digits — in one group, which an extension
//    (转123, -123) may follow, or in two groups split by a space or hyphen
//    that end the number (转123 may follow): the first 4 digits after the
//    area code are hidden, 0531-**** 6666; the extension stays. After a
//    phone label (电话, 联系电话, 电话号码, 手机, 手机号, 手机号码,
//    联系方式, 传真, 座机, Tel, Phone, Mobile, Fax) also a bare local number of 7–8 digits
//    (****6666), and an area code and local number written together
//    (0531****6666). 400/800 service numbers are organisations' and stay.
//    Dates (2026-03-05, 20260305) and amounts are never phone numbers.
//  - Bank-card numbers: 16–19 digits, ungrouped or in groups of 4 (the last
//    group 2–4 digits) all separated by spaces or all by hyphens, that pass
//    the Luhn check (but not a valid all-digit USCC): first 4 and last 4
//    kept, 6222***********0128. After an account label (账号, 帐号, 银行账号,
//    银行卡号, 卡号, 账户, 帐户) any 12–30 digits, ungrouped or grouped so,
//    Luhn or not. After a phone or account label, a number that follows the
//    masked one after 、 / or 或 is read under the same label.
//
// Addresses.
//  - After a home-address label (住址, 家庭住址, 家庭地址, 家住址, 现住址,
//    现住所, 户籍地址, 户籍地, 户籍所在地, 居住地址, 居住地, 家住, 现住; and
//    住所 / 住所地 when MaskOptions::residence_is_home), an optional ：/:,
//    为 or 是 (spaces, one |, and Markdown's ** skipped — but not four or
//    more '*', which are a masked run): the value runs to the next
//    ，。；、,;？！?!, line end, |, * or closing bracket )）】]」』》 that
//    closes no bracket opened in the value (spaces before the end stay). Its
//    administrative part is kept — up to and including the last 省, 市, 区,
//    县, 旗, 镇, 乡 or 街道 ending within its first 15 characters that closes a
//    non-empty name (so not the 区 of 小区/园区/社区…, not the 市 of 超市) —
//    and the rest becomes one fixed "****": 济南市历下区****.
//  - Anywhere else, a room address — a chain of numbers (digits, or
//    digits-digits) each followed by 号楼, 号院, 单元, 号, 弄, 巷, 栋, 幢, 座,
//    楼, 层, 室 or 户, with 室 or 单元 in it, or a building (号楼, 栋, 幢, 座,
//    单元) followed by a bare room number — has its digits hidden:
//    *号楼*单元***室. Not inside a registered address (住所 and 住所地 when
//    the party is not a natural person, 经营场所, 营业场所, 注册地址,
//    经营地址, up to the next terminator as above, '*' and bracket pairs
//    aside): that is public registration data.
//
// Names. Each name in MaskOptions::person_names (trimmed; names of fewer than
// two characters are ignored, since they would hide that character
// everywhere) is replaced wherever it occurs by MaskPersonName; at each
// position the longest name wins.
//
// Known limits: a name is found as a string, so 张三 also matches in 张三丰
// when only 张三 is listed; two listed names that overlap each other in the
// text (张三丰 directly followed by 丰年, both listed) may mask further on a
// second pass with NameMask::kKeepEnds; identity numbers written in groups
// (370102 19900307 1234) are not recognised; e-mail addresses are not masked.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gk::text {

// How a natural person's name is shown. One '*' per hidden character; a
// one-character name is hidden entirely. Compound surnames (欧阳) keep only
// their first character.
enum class NameMask {
  kKeepSurname,  // 张三丰 → 张**, 张三 → 张*
  kKeepEnds,     // 张三丰 → 张*丰, 张三 → 张*, 爱新觉罗 → 爱**罗
};

// `name` masked as `style` says; UTF-8 aware (one '*' per character).
std::string MaskPersonName(std::string_view name, NameMask style);

struct MaskOptions {
  NameMask names = NameMask::kKeepSurname;
  // Natural persons known to appear in the text (the party, an individual
  // business's operator, an applicant): every occurrence is masked.
  std::vector<std::string> person_names;
  // Whether “住所” introduces a home address: true when the party is a natural
  // person; a company's 住所 is public registration data.
  bool residence_is_home = false;
};

// `text` with the personal information the rules above find masked.
std::string MaskPersonalInfo(std::string_view text, const MaskOptions& options = {});

}  // namespace gk::text
