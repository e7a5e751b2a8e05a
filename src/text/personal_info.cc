#include "text/personal_info.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/idcard.h"
#include "common/strings.h"
#include "common/uscc.h"
#include "text/chars.h"
#include "text/numbers.h"

namespace gk::text {
namespace {

constexpr std::string_view kHiddenAddress = "****";
constexpr size_t kAdminWindow = 15;  // characters of an address searched for its administrative part

// ---- characters ----------------------------------------------------------

using namespace chars;    // NOLINT(build/namespaces): the scanner speaks in its character classes
using namespace numbers;  // NOLINT(build/namespaces): and in the number shapes it shares

bool IsXAt(std::string_view s, size_t i) {
  return (i < s.size() && (s[i] == 'X' || s[i] == 'x')) || Has(s, i, "Ｘ") || Has(s, i, "ｘ");
}

// 3.14 around a digit run: a '.' with a digit on its other side.
bool DecimalBefore(std::string_view s, size_t i) {
  return i >= 2 && s[i - 1] == '.' && AlnumBefore(s, i - 1) && DigitAt(s, PrevStart(s, i - 1));
}
bool DecimalAfter(std::string_view s, size_t e) { return e < s.size() && s[e] == '.' && DigitAt(s, e + 1); }

size_t AlnumEnd(std::string_view s, size_t i) {
  while (size_t n = AlnumAt(s, i)) i += n;
  return i;
}
size_t DigitsEnd(std::string_view s, size_t i) {
  while (size_t n = DigitAt(s, i)) i += n;
  return i;
}

// Where the value of an address ends.
bool IsTerminatorAt(std::string_view s, size_t i) {
  static constexpr std::string_view kAscii = ",;\n\r)]|*?!";
  if (i >= s.size()) return true;
  if (kAscii.find(s[i]) != std::string_view::npos) return true;
  for (std::string_view t : {"，", "。", "；", "、", "）", "】", "」", "』", "》", "？", "！"}) {
    if (Has(s, i, t)) return true;
  }
  return false;
}

// ---- numbers -------------------------------------------------------------

bool PlausibleDate(std::string_view yyyymmdd) {
  const int year = std::stoi(std::string(yyyymmdd.substr(0, 4)));
  const int month = std::stoi(std::string(yyyymmdd.substr(4, 2)));
  const int day = std::stoi(std::string(yyyymmdd.substr(6, 2)));
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// 18 characters (17 digits and a digit or X) or 15 digits with a birth date.
bool PlausibleId(std::string_view id) {
  if (id.size() == 18) return PlausibleDate(id.substr(6, 8));
  if (id.size() == 15) return PlausibleDate("19" + std::string(id.substr(6, 6)));
  return false;
}

// s[b, e) with its code characters (digits, and an identity number's X)
// counted 0..n-1: those before `head` or in the last `tail` are kept, the
// others become '*'; separators are copied.
void AppendMasked(std::string& out, std::string_view s, size_t b, size_t e, size_t head, size_t tail) {
  size_t count = 0;
  for (size_t i = b; i < e;) {
    const size_t n = Utf8CharBytes(s, i);
    if (DigitAt(s, i) || IsXAt(s, i)) ++count;
    i += n;
  }
  size_t index = 0;
  for (size_t i = b; i < e;) {
    const size_t n = Utf8CharBytes(s, i);
    if (DigitAt(s, i) || IsXAt(s, i)) {
      if (index < head || index + tail >= count) {
        out.append(s.substr(i, n));
      } else {
        out.push_back('*');
      }
      ++index;
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
}

// ---- labels --------------------------------------------------------------

enum class Label { kHome, kResidence, kRegistered, kPhone, kAccount, kCode };

struct LabelDef {
  std::string_view text;
  Label kind;
};

// A label that starts another one comes after it.
constexpr LabelDef kLabels[] = {
    {"家庭住址", Label::kHome},       {"家庭地址", Label::kHome},       {"家住址", Label::kHome},
    {"家住", Label::kHome},           {"现住址", Label::kHome},         {"现住所", Label::kHome},
    {"现住", Label::kHome},           {"户籍所在地", Label::kHome},     {"户籍地址", Label::kHome},
    {"户籍地", Label::kHome},         {"居住地址", Label::kHome},       {"居住地", Label::kHome},
    {"住址", Label::kHome},           {"住所地", Label::kResidence},    {"住所", Label::kResidence},
    {"经营场所", Label::kRegistered}, {"营业场所", Label::kRegistered}, {"注册地址", Label::kRegistered},
    {"经营地址", Label::kRegistered}, {"联系电话", Label::kPhone},      {"电话号码", Label::kPhone},
    {"电话", Label::kPhone},          {"手机号码", Label::kPhone},      {"手机号", Label::kPhone},
    {"手机", Label::kPhone},          {"联系方式", Label::kPhone},      {"传真", Label::kPhone},
    {"座机", Label::kPhone},          {"银行账号", Label::kAccount},    {"银行卡号", Label::kAccount},
    {"账号", Label::kAccount},        {"帐号", Label::kAccount},        {"账户", Label::kAccount},
    {"帐户", Label::kAccount},        {"卡号", Label::kAccount},        {"编号", Label::kCode},
    {"编码", Label::kCode},           {"注册号", Label::kCode},         {"文号", Label::kCode},
    {"案号", Label::kCode},           {"代码", Label::kCode},           {"许可证号", Label::kCode},
    {"证书号", Label::kCode},         {"登记号", Label::kCode},         {"批准号", Label::kCode},
    {"序号", Label::kCode},           {"流水号", Label::kCode},
};

constexpr std::string_view kAsciiPhoneLabels[] = {"tel", "phone", "mobile", "fax"};

// Administrative suffixes of an address, and words ending in one that are not.
constexpr std::string_view kAdminSuffixes[] = {"省", "市", "区", "县", "旗", "镇", "乡"};
constexpr std::string_view kNotAdmin[] = {"小区", "园区", "社区", "校区", "厂区", "景区", "片区", "街区", "营区",
                                          "院区", "超市", "菜市", "集市", "夜市", "门市", "家乡", "城乡"};

enum class Unit { kOther, kBuilding, kRoom, kBuildingRoom };
struct UnitDef {
  std::string_view text;
  Unit kind;
};
constexpr UnitDef kUnits[] = {
    {"号楼", Unit::kBuilding}, {"号院", Unit::kOther}, {"单元", Unit::kBuildingRoom}, {"号", Unit::kOther},
    {"弄", Unit::kOther},      {"巷", Unit::kOther},   {"栋", Unit::kBuilding},       {"幢", Unit::kBuilding},
    {"座", Unit::kBuilding},   {"楼", Unit::kOther},   {"层", Unit::kOther},          {"室", Unit::kRoom},
    {"户", Unit::kOther},
};

// ---- the scan ------------------------------------------------------------

class Masker {
 public:
  Masker(std::string_view text, const MaskOptions& options) : s_(text), options_(options) {
    for (const std::string& raw : options.person_names) {
      std::string name = Trim(raw);
      if (Utf8Length(name) < 2) continue;
      if (std::any_of(names_.begin(), names_.end(), [&](const auto& n) { return n.first == name; })) continue;
      first_bytes_[static_cast<unsigned char>(name[0])] = true;
      std::string masked = MaskPersonName(name, options.names);
      names_.emplace_back(std::move(name), std::move(masked));
    }
    std::stable_sort(names_.begin(), names_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }

  std::string Apply() {
    out_.reserve(s_.size() + 16);
    for (size_t i = 0; i < s_.size();) {
      const size_t next = Step(i);
      i = next > i ? next : i + Utf8CharBytes(s_, i);
    }
    out_.append(s_.substr(copied_));
    return std::move(out_);
  }

 private:
  static constexpr size_t kNone = std::string_view::npos;

  // What starts at s_[i]: the end of what was consumed, or i.
  size_t Step(size_t i) {
    const auto c = static_cast<unsigned char>(s_[i]);
    if (c >= 0x80 || IsAsciiLetter(s_[i])) {
      if (const size_t e = TryLabel(i); e != i) return e;
      if (const size_t e = TryName(i); e != i) return e;
    }
    if (DigitAt(s_, i)) return TryNumber(i);
    if (c == '(' || Has(s_, i, "（")) return TryBracketedAreaCode(i);
    return i;
  }

  void Replace(size_t b, size_t e, std::string_view replacement) {
    out_.append(s_.substr(copied_, b - copied_));
    out_ += replacement;
    copied_ = e;
  }
  void Mask(size_t b, size_t e, size_t head, size_t tail) {
    out_.append(s_.substr(copied_, b - copied_));
    AppendMasked(out_, s_, b, e, head, tail);
    copied_ = e;
  }

  // After a label: spaces, Markdown's * and one | (a table's next cell), a
  // colon, then 为 or 是.
  size_t SkipSeparators(size_t p) const {
    bool cell = false;
    auto skip = [&] {
      for (int k = 0; k < 16 && p < s_.size(); ++k) {
        if (s_[p] == '|' && !cell) {
          cell = true;
          ++p;
        } else if (s_[p] == '*') {
          // Markdown's ** or ***; four or more are a masked run (****).
          size_t stars = p;
          while (stars < s_.size() && s_[stars] == '*') ++stars;
          if (stars - p > 3) break;
          p = stars;
        } else if (s_[p] == ' ' || s_[p] == '\t' || s_[p] == ':') {
          ++p;
        } else if (Has(s_, p, "：") || Has(s_, p, "\u3000")) {
          p += 3;
        } else {
          break;
        }
      }
    };
    skip();
    if (Has(s_, p, "为") || Has(s_, p, "是")) {
      p += 3;
      skip();
    }
    return p;
  }

  // Where a home address's value ends: brackets opened inside it are part of
  // it.
  size_t ValueEnd(size_t p) const {
    int depth = 0;
    while (p < s_.size()) {
      if (s_[p] == '(' || s_[p] == '[' || Has(s_, p, "（") || Has(s_, p, "【")) {
        ++depth;
      } else if (depth > 0 && (s_[p] == ')' || s_[p] == ']' || Has(s_, p, "）") || Has(s_, p, "】"))) {
        --depth;
      } else if (IsTerminatorAt(s_, p)) {
        break;
      }
      p += Utf8CharBytes(s_, p);
    }
    return p;
  }

  // Where a registered address ends: at the first terminator other than '*'
  // (masking adds no terminator, so a second pass finds the same end or a
  // later one).
  size_t RegisteredEnd(size_t p) const {
    while (p < s_.size() && (s_[p] == '*' || !IsTerminatorAt(s_, p))) p += Utf8CharBytes(s_, p);
    return p;
  }

  bool LabelAt(size_t i) const {
    return std::any_of(std::begin(kLabels), std::end(kLabels), [&](const LabelDef& l) { return Has(s_, i, l.text); });
  }

  size_t TryLabel(size_t i) {
    size_t end = kNone;
    Label kind = Label::kCode;
    if (IsAsciiLetter(s_[i])) {
      if (LetterBefore(s_, i)) return i;
      for (std::string_view label : kAsciiPhoneLabels) {
        if (i + label.size() > s_.size() || LetterAt(s_, i + label.size())) continue;
        bool same = true;
        for (size_t k = 0; k < label.size() && same; ++k) same = (s_[i + k] | 0x20) == label[k];
        if (same) {
          end = i + label.size();
          kind = Label::kPhone;
          if (end < s_.size() && s_[end] == '.') ++end;
          break;
        }
      }
    } else if (Byte(s_, i) >= 0xE4 && Byte(s_, i) <= 0xE9) {
      for (const LabelDef& label : kLabels) {
        if (Has(s_, i, label.text)) {
          end = i + label.text.size();
          kind = label.kind;
          break;
        }
      }
    }
    if (end == kNone) return i;
    if (kind == Label::kResidence) kind = options_.residence_is_home ? Label::kHome : Label::kRegistered;
    const size_t value = SkipSeparators(end);
    switch (kind) {
      case Label::kHome:
        return MaskAddress(end, value);
      case Label::kRegistered:
        rooms_off_until_ = std::max(rooms_off_until_, RegisteredEnd(value));
        break;
      case Label::kPhone:
        phone_at_ = value;
        break;
      case Label::kAccount:
        account_at_ = value;
        break;
      case Label::kCode:
        code_at_ = value;
        break;
      case Label::kResidence:  // read as kHome or kRegistered above
        break;
    }
    return end;
  }

  // The value of a home address from s_[value]: its administrative part
  // kept, the rest one "****". Returns where the scan goes on.
  size_t MaskAddress(size_t label_end, size_t value) {
    size_t end = ValueEnd(value);
    // Spaces before the end stay (a Markdown table's cell).
    while (end > value && (s_[end - 1] == ' ' || s_[end - 1] == '\t')) --end;
    while (end >= value + 3 && s_.substr(end - 3, 3) == "\u3000") end -= 3;
    if (end == value) return label_end;
    size_t cut = value;         // end of the administrative part
    size_t name_start = 0;      // index of the first character after the last suffix
    std::string_view previous;  // the character before p
    size_t index = 0;
    for (size_t p = value; p < end && index < kAdminWindow; ++index) {
      const size_t n = Utf8CharBytes(s_, p);
      const std::string_view ch = s_.substr(p, n);
      size_t suffix_end = kNone;
      if (std::find(std::begin(kAdminSuffixes), std::end(kAdminSuffixes), ch) != std::end(kAdminSuffixes)) {
        const std::string pair = std::string(previous) + std::string(ch);
        if (std::find(std::begin(kNotAdmin), std::end(kNotAdmin), pair) == std::end(kNotAdmin)) suffix_end = p + n;
      } else if (ch == "街" && Has(s_, p + n, "道") && index + 1 < kAdminWindow) {
        suffix_end = p + n + 3;
      }
      if (suffix_end != kNone && index > name_start) {
        if (suffix_end != p + n) ++index;  // 街道: two characters
        cut = suffix_end;
        name_start = index + 1;
        previous = s_.substr(suffix_end - 3, 3);
        p = suffix_end;
        continue;
      }
      previous = ch;
      p += n;
    }
    if (cut < end) Replace(cut, end, kHiddenAddress);
    return end;
  }

  size_t TryName(size_t i) {
    if (!first_bytes_[static_cast<unsigned char>(s_[i])]) return i;
    for (const auto& [name, masked] : names_) {
      if (Has(s_, i, name)) {
        Replace(i, i + name.size(), masked);
        return i + name.size();
      }
    }
    return i;
  }

  // Part of a 文号: after 第, 〕, ], 】 or （2026）.
  bool DocumentNumberBefore(size_t i) const {
    if (i == 0) return false;
    const size_t j = PrevStart(s_, i);
    const std::string_view prev = s_.substr(j, i - j);
    if (prev == "第" || prev == "〕" || prev == "]" || prev == "】") return true;
    if (prev != ")" && prev != "）") return false;
    if (j < 5) return false;
    for (size_t k = j - 4; k < j; ++k) {
      if (!IsAsciiDigit(s_[k])) return false;
    }
    if (!Has(s_, j - 4, "19") && !Has(s_, j - 4, "20")) return false;
    return s_[j - 5] == '(' || (j >= 7 && Has(s_, j - 7, "（"));
  }
  bool DocumentNumberAfter(size_t e) const { return Has(s_, e, "号"); }

  // Nothing that makes a number longer follows s_[e].
  bool NumberEndsAt(size_t e) const { return !AlnumAt(s_, e) && !DecimalAfter(s_, e) && !MaskedDigitsAt(e); }

  // Digits masked before go on at s_[e]: a space or hyphen and '*'
  // (3456 ****), or '*' runs (three '*' or more), single spaces or hyphens
  // between them, then a digit (370102********1234, 138-****-5678).
  bool MaskedDigitsAt(size_t e) const {
    if ((Byte(s_, e) == ' ' || Byte(s_, e) == '-') && Byte(s_, e + 1) == '*') return true;
    size_t p = e;
    size_t stars = 0;
    while (p < s_.size()) {
      if (s_[p] == '*') {
        ++stars;
        ++p;
      } else if ((s_[p] == ' ' || s_[p] == '-') && (Byte(s_, p + 1) == '*' || (stars > 0 && DigitAt(s_, p + 1)))) {
        ++p;
      } else {
        break;
      }
    }
    return stars >= 3 && DigitAt(s_, p);  // not Markdown's **
  }

  // How many of the groups form a number written in groups of 4 (6222 0212
  // 3456 7890 128): 4 digits each, the last 2–4, one separator throughout;
  // 0 if not even two do.
  size_t GroupsOfFour(const std::vector<Run>& g) const {
    if (g.size() < 2 || g[0].digits.size() != 4) return 0;
    const char separator = s_[g[1].begin - 1];
    size_t k = 1;
    while (k < g.size() && s_[g[k].begin - 1] == separator) {
      const size_t size = g[k].digits.size();
      if (size < 2 || size > 4) break;
      ++k;
      if (size < 4) break;
    }
    return k >= 2 ? k : 0;
  }

  // A local number of 7–8 digits from groups[k]: one group (an extension may
  // follow), or the last two: its end and its digit count, or {kNone, 0}.
  std::pair<size_t, size_t> LocalNumber(const std::vector<Run>& g, size_t k) const {
    if (k >= g.size()) return {kNone, 0};
    const size_t first = g[k].digits.size();
    if (first >= 7 && first <= 8 && NumberEndsAt(g[k].end)) return {g[k].end, first};
    if (k + 2 == g.size() && first >= 3 && first <= 5) {
      const size_t total = first + g[k + 1].digits.size();
      if (total >= 7 && total <= 8 && NumberEndsAt(g[k + 1].end)) return {g[k + 1].end, total};
    }
    return {kNone, 0};
  }

  // A phone or account label applies to the next number after 、 / 或 too.
  size_t Again(size_t e, size_t* at) {
    size_t p = e;
    while (p < s_.size() && s_[p] == ' ') ++p;
    if (p < s_.size() && s_[p] == '/') {
      ++p;
    } else if (Has(s_, p, "、") || Has(s_, p, "或")) {
      p += 3;
    } else {
      return e;
    }
    while (p < s_.size() && s_[p] == ' ') ++p;
    *at = p;
    return e;
  }

  size_t TryNumber(size_t i) {
    if (AlnumBefore(s_, i) || DecimalBefore(s_, i)) return AlnumEnd(s_, i);
    Run first = ReadRun(s_, i);
    if (first.digits.size() <= 4 && AfterMaskedRun(i)) return AlnumEnd(s_, i);  // 138****5678: its 5678
    size_t end = first.end;
    bool with_x = false;
    if (const size_t letter = LetterAt(s_, end)) {
      if (first.digits.size() != 17 || !IsXAt(s_, end) || AlnumAt(s_, end + letter)) return AlnumEnd(s_, end);
      with_x = true;
      end += letter;
    }
    if (DecimalAfter(s_, end)) return DigitsEnd(s_, end + 1);
    if (i == code_at_) return end;
    const bool document = DocumentNumberBefore(i);

    // 居民身份证
    const size_t length = first.digits.size();
    if (with_x || length == 18 || length == 15) {
      const std::string id = with_x ? first.digits + 'X' : first.digits;
      if (PlausibleId(id) && i != account_at_) {
        if (document || DocumentNumberAfter(end)) return end;
        if (id.size() == 18 && !ValidateResidentId(id).ok() && ValidateUscc(id).ok()) return end;
        Mask(i, end, 6, id.size() == 18 ? 4 : 3);
        return end;
      }
      if (with_x) return end;
      if (length == 18 && ValidateUscc(first.digits).ok()) return end;
    }

    const std::vector<Run> g = ReadGroups(s_, std::move(first));

    // After an account label: 12–30 digits however grouped.
    if (i == account_at_) {
      size_t total = 0, last = kNone;  // the longest run of groups that ends the number
      for (size_t k = 0; k < std::max<size_t>(1, GroupsOfFour(g)); ++k) {
        total += g[k].digits.size();
        if (total > 30) break;
        if (total >= 12 && NumberEndsAt(g[k].end)) last = g[k].end;
      }
      if (last != kNone) {
        Mask(i, last, 4, 4);
        return Again(last, &account_at_);
      }
    }

    // Mobile numbers, with or without 86.
    const std::string& d0 = g[0].digits;
    size_t mobile_end = kNone, head = 3;
    if (IsMobile(d0)) {
      mobile_end = g[0].end;
    } else if (d0.size() == 13 && d0.starts_with("86") && IsMobile(std::string_view(d0).substr(2))) {
      mobile_end = g[0].end, head = 5;
    } else if (d0.size() == 3 && g.size() >= 3 && g[1].digits.size() == 4 && g[2].digits.size() == 4 &&
               IsMobile(d0 + g[1].digits + g[2].digits)) {
      mobile_end = g[2].end;
    } else if (d0 == "86" && g.size() >= 2) {
      head = 5;
      if (IsMobile(g[1].digits)) {
        mobile_end = g[1].end;
      } else if (g.size() >= 4 && g[1].digits.size() == 3 && g[2].digits.size() == 4 && g[3].digits.size() == 4 &&
                 IsMobile(g[1].digits + g[2].digits + g[3].digits)) {
        mobile_end = g[3].end;
      }
    }
    if (mobile_end != kNone && NumberEndsAt(mobile_end) && !document && !DocumentNumberAfter(mobile_end)) {
      Mask(i, mobile_end, head, 4);
      return i == phone_at_ ? Again(mobile_end, &phone_at_) : mobile_end;
    }

    // Bank cards: 16–19 digits passing Luhn, whole or in groups of 4.
    size_t card_end = kNone;
    if (length >= 16 && length <= 19) {
      if (Luhn(d0)) card_end = g[0].end;
    } else {
      std::string digits;
      for (size_t k = 0; k < GroupsOfFour(g); ++k) {
        digits += g[k].digits;
        if (digits.size() >= 16 && digits.size() <= 19 && Luhn(digits) && NumberEndsAt(g[k].end)) card_end = g[k].end;
      }
    }
    if (card_end != kNone && NumberEndsAt(card_end) && !document && !DocumentNumberAfter(card_end)) {
      Mask(i, card_end, 4, 4);
      return card_end;
    }

    // Fixed lines: area code, separator, local number.
    if (IsAreaCode(d0)) {
      if (const auto [local_end, count] = LocalNumber(g, 1); local_end != kNone) {
        Mask(g[1].begin, local_end, 0, count - 4);
        return i == phone_at_ ? Again(local_end, &phone_at_) : local_end;
      }
    }

    // After a phone label: a bare local number, or area code and number in one.
    if (i == phone_at_) {
      if (const auto [local_end, count] = LocalNumber(g, 0); local_end != kNone) {
        Mask(i, local_end, 0, count - 4);
        return Again(local_end, &phone_at_);
      }
      const size_t area = d0.size() >= 2 && (d0[1] == '1' || d0[1] == '2') ? 3 : 4;
      if (length >= 10 && length <= 12 && IsAreaCode(d0.substr(0, area)) && length - area >= 7 && length - area <= 8 &&
          NumberEndsAt(g[0].end)) {
        Mask(i, g[0].end, area, length - area - 4);
        return Again(g[0].end, &phone_at_);
      }
    }

    if (i >= rooms_off_until_) {
      if (const size_t e = TryRoom(i); e != i) return e;
    }
    return g[0].end;
  }

  // (021)61234567, （0531） 8888 6666.
  size_t TryBracketedAreaCode(size_t i) {
    size_t p = i + (s_[i] == '(' ? 1 : 3);
    if (!DigitAt(s_, p)) return i;
    const Run area = ReadRun(s_, p);
    if (!IsAreaCode(area.digits)) return i;
    p = area.end;
    if (p < s_.size() && s_[p] == ')') {
      ++p;
    } else if (Has(s_, p, "）")) {
      p += 3;
    } else {
      return i;
    }
    if (p < s_.size() && s_[p] == ' ') ++p;
    if (!DigitAt(s_, p)) return i;
    const std::vector<Run> g = ReadGroups(s_, ReadRun(s_, p));
    const auto [local_end, count] = LocalNumber(g, 0);
    if (local_end == kNone) return i;
    Mask(p, local_end, 0, count - 4);
    return local_end;
  }

  bool BoundaryAt(size_t p) const {
    if (p >= s_.size()) return true;
    const auto c = static_cast<unsigned char>(s_[p]);
    if (c < 0x80) return !AlnumAt(s_, p) && !MaskedDigitsAt(p) && !DecimalAfter(s_, p);
    return IsTerminatorAt(s_, p) || Has(s_, p, "\u3000");
  }

  // 5号楼2单元301室, 12弄3号602室, 3栋1201: the digits hidden.
  // Directly after three or more '*', or after them and a space or hyphen:
  // what a masked number kept at its end.
  bool AfterMaskedRun(size_t i) const {
    size_t p = i;
    if (p > 0 && (s_[p - 1] == ' ' || s_[p - 1] == '-')) --p;
    size_t stars = 0;
    while (p > stars && s_[p - 1 - stars] == '*') ++stars;
    return stars >= 3;
  }

  // The last digits of a number masked before (370102********1234,
  // 6222 **** **** ***0 128, 0531-**** 6666): digits and single spaces or
  // hyphens back to a run of at least three '*'.
  bool MaskedTail(size_t i) const {
    size_t p = i;
    bool separator = false;  // no two separators in a row
    while (p > 0) {
      const size_t q = PrevStart(s_, p);
      if (DigitAt(s_, q) == p - q) {
        separator = false;
      } else if ((s_[q] == ' ' || s_[q] == '-') && !separator) {
        separator = true;
      } else {
        break;
      }
      p = q;
    }
    const size_t digits_end = p;
    while (p > 0 && s_[p - 1] == '*') --p;
    return digits_end - p >= 3;
  }

  size_t TryRoom(size_t i) {
    if (MaskedTail(i)) return i;
    size_t p = i, end = i;
    bool qualified = false, building = false;
    while (DigitAt(s_, p)) {
      size_t q = DigitsEnd(s_, p);
      while (q < s_.size() && s_[q] == '-' && DigitAt(s_, q + 1)) q = DigitsEnd(s_, q + 1);
      const UnitDef* unit = nullptr;
      for (const UnitDef& u : kUnits) {
        if (Has(s_, q, u.text) && !LabelAt(q)) {  // 户 of 户籍地, 座 of 座机
          unit = &u;
          break;
        }
      }
      if (unit == nullptr) {
        if (building && BoundaryAt(q)) end = q, qualified = true;
        break;
      }
      p = end = q + unit->text.size();
      if (unit->kind == Unit::kRoom || unit->kind == Unit::kBuildingRoom) qualified = true;
      if (unit->kind == Unit::kBuilding || unit->kind == Unit::kBuildingRoom) building = true;
    }
    if (!qualified) return i;
    Mask(i, end, 0, 0);
    return end;
  }

  std::string_view s_;
  const MaskOptions& options_;
  std::vector<std::pair<std::string, std::string>> names_;  // name, masked form; longest first
  bool first_bytes_[256] = {};
  std::string out_;
  size_t copied_ = 0;  // s_ up to here is in out_
  // Where the number a phone, account or code label introduces starts.
  size_t phone_at_ = kNone;
  size_t account_at_ = kNone;
  size_t code_at_ = kNone;
  size_t rooms_off_until_ = 0;  // the end of a registered address
};

}  // namespace

std::string MaskPersonName(std::string_view name, NameMask style) {
  const size_t length = Utf8Length(name);
  std::string out;
  size_t index = 0;
  for (size_t i = 0; i < name.size(); ++index) {
    const size_t n = Utf8CharBytes(name, i);
    const bool keep =
        length >= 2 && (index == 0 || (style == NameMask::kKeepEnds && length >= 3 && index + 1 == length));
    if (keep) {
      out.append(name.substr(i, n));
    } else {
      out.push_back('*');
    }
    i += n;
  }
  return out;
}

std::string MaskPersonalInfo(std::string_view text, const MaskOptions& options) {
  return Masker(text, options).Apply();
}

}  // namespace gk::text
