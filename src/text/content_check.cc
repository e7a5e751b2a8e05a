#include "text/content_check.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/idcard.h"
#include "common/strings.h"
#include "common/uscc.h"
#include "text/chars.h"
#include "text/content_findings.h"
#include "text/numbers.h"

namespace gk::text {
namespace {

constexpr size_t kNone = std::string_view::npos;
constexpr size_t kMaxEmailLocal = 64;  // RFC 5321
constexpr size_t kMaxEmailDomain = 255;

// ---- characters ----------------------------------------------------------

using namespace chars;    // NOLINT(build/namespaces): the scanner speaks in its character classes
using namespace numbers;  // NOLINT(build/namespaces): and in the number shapes it shares
using internal::Quoted;

// Bytes of an X/x/Ｘ/ｘ at s[i]; 0 if none.
size_t XAt(std::string_view s, size_t i) {
  if (i < s.size() && (s[i] == 'X' || s[i] == 'x')) return 1;
  return Has(s, i, "Ｘ") || Has(s, i, "ｘ") ? 3 : 0;
}

bool DigitBefore(std::string_view s, size_t i) {
  if (i == 0) return false;
  const size_t j = PrevStart(s, i);
  return DigitAt(s, j) == i - j;
}
bool DecimalBefore(std::string_view s, size_t i) { return i >= 2 && s[i - 1] == '.' && DigitBefore(s, i - 1); }
bool DecimalAfter(std::string_view s, size_t e) { return e < s.size() && s[e] == '.' && DigitAt(s, e + 1); }

size_t AlnumEnd(std::string_view s, size_t i) {
  while (size_t n = AlnumAt(s, i)) i += n;
  return i;
}

bool IsSpaceAt(std::string_view s, size_t i) { return (i < s.size() && s[i] == ' ') || Has(s, i, "\u3000"); }
size_t SkipSpaces(std::string_view s, size_t p) {
  for (int k = 0; k < 8 && IsSpaceAt(s, p); ++k) p += s[p] == ' ' ? 1 : 3;
  return p;
}

// ---- numbers -------------------------------------------------------------

// Cards of 16–19 digits start with 35 (JCB), 4, 5 (Visa, Mastercard), 6
// (UnionPay 62), 9 (domestic 9558…) or 2221–2720 (Mastercard's 2-series).
bool CardPrefix(std::string_view d) {
  if (d.empty()) return false;
  if (d.starts_with("35") || d[0] == '4' || d[0] == '5' || d[0] == '6' || d[0] == '9') return true;
  if (d[0] != '2' || d.size() < 4) return false;
  const int p = std::stoi(std::string(d.substr(0, 4)));
  return p >= 2221 && p <= 2720;
}

// 18 digits with a real birth date in positions 7–14: built like an identity
// number (one with a wrong check digit, or a code built so), not a card.
bool IdentityShaped(std::string_view d) {
  if (d.size() != 18) return false;
  const int year = std::stoi(std::string(d.substr(6, 4)));
  return year >= 1900 && year <= 2099 &&
         Date::FromYmd(year, std::stoi(std::string(d.substr(10, 2))), std::stoi(std::string(d.substr(12, 2)))).ok();
}

bool IsCard(const std::string& d) {
  return d.size() >= 16 && d.size() <= 19 && CardPrefix(d) && Luhn(d) && !IdentityShaped(d) && !ValidateUscc(d).ok();
}

// s[b, e) with its digits (and an identity number's X) counted 0..n-1: those
// before `head` or among the last `tail` kept, the others '*'; the rest copied.
std::string MaskDigits(std::string_view s, size_t b, size_t e, size_t head, size_t tail) {
  size_t count = 0;
  for (size_t i = b; i < e; i += Utf8CharBytes(s, i)) {
    if (DigitAt(s, i) || XAt(s, i)) ++count;
  }
  std::string out;
  size_t index = 0;
  for (size_t i = b; i < e;) {
    const size_t n = Utf8CharBytes(s, i);
    if (DigitAt(s, i) || XAt(s, i)) {
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
  return out;
}

// Labels after which a number is a code, not a person's.
constexpr std::string_view kCodeLabels[] = {"编号",   "编码",   "注册号", "文号", "案号",   "代码",   "许可证号",
                                            "证书号", "登记号", "批准号", "序号", "流水号", "订单号", "单号"};

// ---- secret markings -----------------------------------------------------

constexpr std::string_view kLevels[] = {"绝密", "机密", "秘密"};
constexpr std::string_view kStars[] = {"★", "☆"};
constexpr std::string_view kNotices[] = {"内部资料", "内部文件", "注意保密"};

size_t StarAt(std::string_view s, size_t p) {
  for (std::string_view star : kStars) {
    if (Has(s, p, star)) return star.size();
  }
  return 0;
}
size_t LevelAt(std::string_view s, size_t p) {
  for (std::string_view level : kLevels) {
    if (Has(s, p, level)) return level.size();
  }
  return 0;
}

// ---- the scanner ---------------------------------------------------------

class Checker {
 public:
  Checker(std::string_view text, const CheckOptions& options) : s_(text), options_(options) {}

  std::vector<Finding> Check() {
    FindEmails();
    ScanMain();
    internal::ScanWording(s_, options_.wording, hits_);
    internal::ScanBrackets(s_, std::move(exempt_), hits_);
    return hits_.Finish();
  }

 private:
  // ---- e-mail addresses: found first, the main scan takes them in turn ----

  static bool IsLocalChar(char c) {
    return IsAsciiDigit(c) || IsAsciiLetter(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }
  static bool IsDomainChar(char c) { return IsAsciiDigit(c) || IsAsciiLetter(c) || c == '.' || c == '-'; }

  void FindEmails() {
    size_t last_end = 0;
    for (size_t at = s_.find('@'); at != kNone; at = s_.find('@', at + 1)) {
      size_t b = at;
      while (b > 0 && at - b < kMaxEmailLocal + 1 && IsLocalChar(s_[b - 1])) --b;
      if (b > 0 && IsLocalChar(s_[b - 1])) continue;  // longer than any local part
      while (b < at && s_[b] == '.') ++b;
      if (b == at || b < last_end || s_[at - 1] == '.') continue;
      size_t e = at + 1;
      while (e < s_.size() && e - at <= kMaxEmailDomain && IsDomainChar(s_[e])) ++e;
      if (e < s_.size() && IsDomainChar(s_[e])) continue;
      while (e > at + 1 && (s_[e - 1] == '.' || s_[e - 1] == '-')) --e;
      const std::string_view domain = s_.substr(at + 1, e - at - 1);
      if (!ValidDomain(domain)) continue;
      emails_.emplace_back(b, e);
      last_end = e;
    }
  }

  static bool ValidDomain(std::string_view domain) {
    const size_t dot = domain.rfind('.');
    if (dot == kNone || dot + 3 > domain.size()) return false;
    for (size_t k = dot + 1; k < domain.size(); ++k) {
      if (!IsAsciiLetter(domain[k])) return false;
    }
    size_t label = 0;
    for (size_t k = 0; k <= domain.size(); ++k) {
      if (k == domain.size() || domain[k] == '.') {
        if (k == label || domain[label] == '-' || domain[k - 1] == '-') return false;
        label = k + 1;
      }
    }
    return true;
  }

  void AddEmail(size_t b, size_t e) {
    const size_t at = s_.find('@', b);
    // The first character kept, unless it is the only one.
    std::string masked(1, at - b > 1 ? s_[b] : '*');
    masked.append(at - b - 1, '*');
    masked.append(s_.substr(at, e - at));
    std::string domain;
    for (char c : s_.substr(at + 1, e - at - 1)) domain.push_back(static_cast<char>(c | (IsAsciiLetter(c) ? 0x20 : 0)));
    const bool official = domain == "gov.cn" || domain.ends_with(".gov.cn");
    hits_.Add(b, e, FindingKind::kPersonalInfo, "email",
              official ? "政府机关邮箱地址，请确认是单位公开的邮箱而非个人邮箱" : "疑似电子邮箱地址", std::move(masked),
              !official);
  }

  // ---- the main scan: numbers, markings, 文号, 成文日期 ----

  void ScanMain() {
    size_t next_email = 0;
    for (size_t i = 0; i < s_.size();) {
      while (next_email < emails_.size() && emails_[next_email].first < i) ++next_email;
      if (next_email < emails_.size() && emails_[next_email].first == i) {
        AddEmail(emails_[next_email].first, emails_[next_email].second);
        i = emails_[next_email].second;
        continue;
      }
      const size_t next = Step(i);
      i = next > i ? next : i + Utf8CharBytes(s_, i);
    }
  }

  // What starts at s_[i]: the end of what was consumed, or i.
  size_t Step(size_t i) {
    if (DigitAt(s_, i)) return TryNumber(i);
    if (LetterAt(s_, i)) return AlnumEnd(s_, i);
    const char c = s_[i];
    if (c == '(' || c == '[' || Has(s_, i, "（") || Has(s_, i, "【") || Has(s_, i, "［") || Has(s_, i, "﹝")) {
      if (const size_t e = TryDocumentNumber(i); e != i) return e;
      if (c == '(' || Has(s_, i, "（")) return TryBracketedAreaCode(i);
      return i;
    }
    if (Byte(s_, i) >= 0x80) {
      if (const size_t e = TrySecret(i); e != i) return e;
      if (options_.today && Has(s_, i, "成文日期")) return TryIssueDate(i);
    }
    return i;
  }

  // Part of a 文号: after 第, 〕, ], 】, ］, ﹞ or a bracketed year.
  bool DocumentNumberBefore(size_t i) const {
    const std::string_view prev = PrevChar(s_, i);
    if (prev == "第" || prev == "〕" || prev == "]" || prev == "】" || prev == "］" || prev == "﹞") return true;
    if (prev != ")" && prev != "）") return false;
    const size_t j = i - prev.size();
    if (j < 5) return false;
    for (size_t k = j - 4; k < j; ++k) {
      if (!IsAsciiDigit(s_[k])) return false;
    }
    if (!Has(s_, j - 4, "19") && !Has(s_, j - 4, "20")) return false;
    return s_[j - 5] == '(' || (j >= 7 && Has(s_, j - 7, "（"));
  }

  // After a code label, spaces and a colon.
  bool CodeLabelBefore(size_t i) const {
    size_t p = i;
    for (int k = 0; k < 8 && p > 0; ++k) {
      const std::string_view prev = PrevChar(s_, p);
      if (prev != " " && prev != ":" && prev != "：" && prev != "\u3000") break;
      p -= prev.size();
    }
    const std::string_view before = s_.substr(0, p);
    return std::any_of(std::begin(kCodeLabels), std::end(kCodeLabels),
                       [&](std::string_view label) { return before.ends_with(label); });
  }

  bool AmountBefore(size_t i) const {
    const std::string_view prev = PrevChar(s_, i);
    return prev == "¥" || prev == "￥";
  }
  bool AfterIsExcluded(size_t e) const {
    return Has(s_, e, "号") || Has(s_, e, "元") || Has(s_, e, "万") || Has(s_, e, "亿");
  }

  // Nothing that makes a number longer follows s_[e]; an extension (-123)
  // may when `extension` is true.
  bool EndsAt(size_t e, bool extension = false) const {
    if (AlnumAt(s_, e) || DecimalAfter(s_, e)) return false;
    if (e < s_.size() && s_[e] == '-' && AlnumAt(s_, e + 1)) {
      if (!extension || !DigitAt(s_, e + 1)) return false;
      const Run ext = ReadRun(s_, e + 1);
      return ext.digits.size() <= 5 && !AlnumAt(s_, ext.end) && !(Byte(s_, ext.end) == '-' && AlnumAt(s_, ext.end + 1));
    }
    return true;
  }

  struct Candidate {
    size_t begin = kNone;
    size_t end = 0;
    size_t mask_from = 0;
    size_t head = 0;
    size_t tail = 0;
    const char* rule = "";
    const char* message = "";
    bool blocking = true;
  };

  // Card numbers: one run, or groups of 4 (the last 2–4), one separator.
  Candidate Card(const std::vector<Run>& chain, size_t i) const {
    Candidate c;
    c.begin = i;
    c.mask_from = i;
    c.head = 4;
    c.tail = 4;
    c.rule = "bank_card";
    c.message = "疑似银行卡号（通过 Luhn 校验）";
    if (IsCard(chain[0].digits) && EndsAt(chain[0].end)) {
      c.end = chain[0].end;
      return c;
    }
    if (chain.size() < 4 || chain[0].digits.size() != 4) return {};
    const char separator = s_[chain[0].end];
    std::string digits = chain[0].digits;
    size_t best = 0;
    for (size_t k = 1; k < chain.size(); ++k) {
      if (s_[chain[k - 1].end] != separator) break;
      const size_t size = chain[k].digits.size();
      if (size < 2 || size > 4) break;
      digits += chain[k].digits;
      if (k >= 3 && IsCard(digits) && EndsAt(chain[k].end)) best = k;
      if (size < 4) break;
    }
    if (best == 0) return {};
    c.end = chain[best].end;
    return c;
  }

  // Mobile numbers, with an optional 86 / +86 prefix.
  Candidate Mobile(const std::vector<Run>& chain, size_t i) const {
    Candidate c;
    c.begin = i > 0 && s_[i - 1] == '+' ? i - 1 : i;
    c.head = 3;
    c.tail = 4;
    c.rule = "mobile";
    c.message = "疑似手机号码";
    const std::string& first = chain[0].digits;
    if (first.size() == 13 && first.starts_with("86") && IsMobile(std::string_view(first).substr(2)) &&
        EndsAt(chain[0].end)) {
      c.mask_from = i + DigitAt(s_, i);
      c.mask_from += DigitAt(s_, c.mask_from);
      c.end = chain[0].end;
      return c;
    }
    size_t g = 0;
    if (first == "86" && chain.size() > 1) {
      g = 1;
    } else {
      c.begin = i;
    }
    if (IsMobile(chain[g].digits) && EndsAt(chain[g].end)) {
      c.mask_from = chain[g].begin;
      c.end = chain[g].end;
      return c;
    }
    if (chain.size() >= g + 3 && chain[g].digits.size() == 3 && chain[g + 1].digits.size() == 4 &&
        chain[g + 2].digits.size() == 4 && s_[chain[g].end] == s_[chain[g + 1].end] &&
        IsMobile(chain[g].digits + chain[g + 1].digits + chain[g + 2].digits) && EndsAt(chain[g + 2].end)) {
      c.mask_from = chain[g].begin;
      c.end = chain[g + 2].end;
      return c;
    }
    return {};
  }

  // A local number of 7–8 digits from chain[k]: its end, or kNone.
  size_t LocalNumber(const std::vector<Run>& chain, size_t k) const {
    if (k >= chain.size() || chain[k].digits[0] == '0') return kNone;
    const size_t first = chain[k].digits.size();
    if (first >= 7 && first <= 8 && EndsAt(chain[k].end, true)) return chain[k].end;
    if (k + 1 < chain.size() && first >= 3 && first <= 4 && chain[k + 1].digits.size() == 4 &&
        EndsAt(chain[k + 1].end, true)) {
      return chain[k + 1].end;
    }
    return kNone;
  }

  Candidate FixedLine(const std::vector<Run>& chain, size_t i) const {
    if (!IsAreaCode(chain[0].digits) || chain.size() < 2) return {};
    const size_t end = LocalNumber(chain, 1);
    if (end == kNone) return {};
    return FixedLineCandidate(i, chain[1].begin, end);
  }

  Candidate FixedLineCandidate(size_t begin, size_t local, size_t end) const {
    Candidate c;
    c.begin = begin;
    c.end = end;
    c.mask_from = local;
    size_t digits = 0;
    for (size_t p = local; p < end; p += Utf8CharBytes(s_, p)) digits += DigitAt(s_, p) ? 1 : 0;
    c.tail = digits - 4;
    c.rule = "phone";
    c.message = "疑似固定电话号码（如为单位办公电话，可以公开）";
    c.blocking = false;
    return c;
  }

  // Adds the candidate unless its context makes it a code or an amount;
  // returns where the scan goes on.
  size_t Take(const Candidate& c) {
    if (DocumentNumberBefore(c.begin) || CodeLabelBefore(c.begin) || AmountBefore(c.begin) || AfterIsExcluded(c.end)) {
      return c.end;
    }
    std::string suggestion(s_.substr(c.begin, c.mask_from - c.begin));
    suggestion += MaskDigits(s_, c.mask_from, c.end, c.head, c.tail);
    hits_.Add(c.begin, c.end, FindingKind::kPersonalInfo, c.rule, c.message, std::move(suggestion), c.blocking);
    return c.end;
  }

  size_t TryNumber(size_t i) {
    if (AlnumBefore(s_, i) || DecimalBefore(s_, i)) return AlnumEnd(s_, i);
    if (i >= 2 && s_[i - 1] == '-' && AlnumBefore(s_, i - 1)) return AlnumEnd(s_, i);  // 2026-03, SN-123
    const std::vector<Run> chain = ReadGroups(s_, ReadRun(s_, i));
    const Run& first = chain[0];
    // An identity number, its X included.
    if (first.digits.size() == 17 || first.digits.size() == 18) {
      std::string id = first.digits;
      size_t end = first.end;
      if (id.size() == 17) {
        if (const size_t x = XAt(s_, end)) {
          id.push_back('X');
          end += x;
        }
      }
      if (id.size() == 18 && EndsAt(end) && ValidateResidentId(id).ok()) {
        Candidate c;
        c.begin = i;
        c.end = end;
        c.mask_from = i;
        c.head = 6;
        c.tail = 4;
        c.rule = "id_number";
        c.message = "疑似居民身份证号码（校验位正确）";
        return Take(c);
      }
    }
    if (LetterAt(s_, first.end)) return AlnumEnd(s_, first.end);
    if (DecimalAfter(s_, first.end)) return first.end;
    for (const Candidate& c : {Card(chain, i), Mobile(chain, i), FixedLine(chain, i)}) {
      if (c.begin != kNone) return Take(c);
    }
    return first.end;
  }

  // (0531)88886666, （021） 6123 4567.
  size_t TryBracketedAreaCode(size_t i) {
    const bool wide = s_[i] != '(';
    const size_t p = i + (wide ? 3 : 1);
    if (!DigitAt(s_, p)) return i;
    const Run code = ReadRun(s_, p);
    if (!IsAreaCode(code.digits) || !Has(s_, code.end, wide ? "）" : ")")) return i;
    size_t q = code.end + (wide ? 3 : 1);
    if (IsSpaceAt(s_, q)) q += s_[q] == ' ' ? 1 : 3;
    if (!DigitAt(s_, q)) return i;
    const std::vector<Run> chain = ReadGroups(s_, ReadRun(s_, q));
    const size_t end = LocalNumber(chain, 0);
    if (end == kNone) return i;
    return Take(FixedLineCandidate(i, q, end));
  }

  // 济市监发[2026]3号: the year in other brackets than 〔〕.
  size_t TryDocumentNumber(size_t i) {
    if (i == 0 || !IsHan(CodePointAt(s_, PrevStart(s_, i)))) return i;
    const size_t open = Utf8CharBytes(s_, i);
    size_t p = i + open;
    std::string year;
    for (int k = 0; k < 4; ++k) {
      const size_t n = DigitAt(s_, p);
      if (!n) return i;
      year.push_back(DigitValue(s_, p));
      p += n;
    }
    const int y = std::stoi(year);
    if (y < 1949 || y > 2099) return i;
    size_t close = 0;
    for (std::string_view mark : {"]", ")", "）", "】", "］", "﹞"}) {
      if (Has(s_, p, mark)) close = mark.size();
    }
    if (!close) return i;
    const size_t end = p + close;
    size_t q = end;
    if (Has(s_, q, "第")) q += 3;
    if (!DigitAt(s_, q)) return i;
    while (const size_t n = DigitAt(s_, q)) q += n;
    if (!Has(s_, q, "号")) return i;
    const std::string_view digits = s_.substr(i + open, p - i - open);
    hits_.Add(i, end, FindingKind::kError, "doc_no_bracket", "文号中的年份应使用六角括号“〔〕”",
              "〔" + std::string(digits) + "〕", false);
    exempt_.push_back(i);
    exempt_.push_back(p);
    return end;
  }

  size_t TrySecret(size_t i) {
    if (const size_t level = LevelAt(s_, i)) {
      size_t p = SkipSpaces(s_, i + level);
      const size_t star = StarAt(s_, p);
      if (!star) return i;
      p += star;
      p = PeriodEnd(p);
      AddSecret(i, p, "疑似国家秘密密级标志" + Quoted(s_.substr(i, p - i)) + "，涉密信息不得公开");
      return p;
    }
    if (const size_t star = StarAt(s_, i)) {
      const size_t p = SkipSpaces(s_, i + star);
      const size_t level = LevelAt(s_, p);
      if (!level) return i;
      AddSecret(i, p + level, "疑似国家秘密密级标志" + Quoted(s_.substr(i, p + level - i)) + "，涉密信息不得公开");
      return p + level;
    }
    for (std::string_view notice : kNotices) {
      if (Has(s_, i, notice)) {
        AddSecret(i, i + notice.size(), "含有" + Quoted(notice) + "标注，请核实该信息能否公开");
        return i + notice.size();
      }
    }
    return i;
  }

  // The period of secrecy after the star: 1年, 6个月, 长期 (1–2 digits).
  size_t PeriodEnd(size_t p) const {
    const size_t from = SkipSpaces(s_, p);
    if (Has(s_, from, "长期")) return from + 6;
    size_t q = from;
    size_t digits = 0;
    for (; DigitAt(s_, q); ++digits) q += DigitAt(s_, q);
    if (digits == 0 || digits > 2) return p;
    if (Has(s_, q, "年")) return q + 3;
    if (Has(s_, q, "个月")) return q + 6;
    if (Has(s_, q, "月")) return q + 3;
    return p;
  }

  void AddSecret(size_t b, size_t e, std::string message) {
    hits_.Add(b, e, FindingKind::kSecretMarking, "secret_mark", std::move(message), "", true);
  }

  // 成文日期：2026年3月5日, later than today.
  size_t TryIssueDate(size_t i) {
    const size_t label_end = i + std::string_view("成文日期").size();
    size_t p = SkipSpaces(s_, label_end);
    if (Has(s_, p, "|")) p = SkipSpaces(s_, p + 1);  // the next cell of a table
    if (Has(s_, p, "：") || Has(s_, p, "为")) {
      p += 3;
    } else if (Has(s_, p, ":")) {
      p += 1;
    }
    p = SkipSpaces(s_, p);
    const size_t begin = p;
    int parts[3] = {0, 0, 0};
    constexpr std::string_view kUnits[3] = {"年", "月", "日"};
    constexpr size_t kMaxDigits[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k) {
      size_t digits = 0;
      while (const size_t n = DigitAt(s_, p)) {
        if (++digits > kMaxDigits[k]) return label_end;
        parts[k] = parts[k] * 10 + (DigitValue(s_, p) - '0');
        p += n;
      }
      if (digits == 0 || (k == 0 && digits != 4) || !Has(s_, p, kUnits[k])) return label_end;
      p += 3;
    }
    const Result<Date> date = Date::FromYmd(parts[0], parts[1], parts[2]);
    if (!date.ok() || !(*date > *options_.today)) return p;
    const Date& today = *options_.today;
    hits_.Add(begin, p, FindingKind::kError, "future_date",
              "成文日期" + Quoted(s_.substr(begin, p - begin)) + "晚于今天（" + std::to_string(today.year()) + "年" +
                  std::to_string(today.month()) + "月" + std::to_string(today.day()) + "日）",
              "", false);
    return p;
  }

  // ---- wording ----

  std::string_view s_;
  const CheckOptions& options_;
  std::vector<std::pair<size_t, size_t>> emails_;
  std::vector<size_t> exempt_;  // bracket marks that belong to a doc_no_bracket finding
  internal::Findings hits_{s_};
};

}  // namespace

const char* FindingKindCode(FindingKind kind) {
  switch (kind) {
    case FindingKind::kPersonalInfo:
      return "personal_info";
    case FindingKind::kSecretMarking:
      return "secret";
    case FindingKind::kWording:
      return "wording";
    case FindingKind::kError:
      return "error";
  }
  return "error";
}

std::vector<Finding> CheckContent(std::string_view text, const CheckOptions& options) {
  return Checker(text, options).Check();
}

std::string FindingJson(const Finding& finding) {
  nlohmann::ordered_json j;
  j["kind"] = FindingKindCode(finding.kind);
  j["rule"] = finding.rule;
  j["start"] = finding.start;
  j["end"] = finding.end;
  j["text"] = finding.text;
  j["message"] = finding.message;
  j["suggestion"] = finding.suggestion;
  j["blocking"] = finding.blocking;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string CorrectDocNoBrackets(std::string_view query) {
  std::vector<Finding> found = CheckContent(query, {});
  std::erase_if(found, [](const Finding& f) { return f.rule != "doc_no_bracket" || f.suggestion.empty(); });
  if (found.empty()) return {};
  std::string out(query);
  // From the last: a replacement keeps the character offsets before it.
  for (auto it = found.rbegin(); it != found.rend(); ++it) out = ApplySuggestion(out, *it);
  return out == query ? std::string() : out;
}

std::string ApplySuggestion(std::string_view text, const Finding& finding) {
  if (finding.suggestion.empty() || finding.end < finding.start) return std::string(text);
  size_t begin = kNone, end = kNone, index = 0, i = 0;
  while (true) {
    if (index == finding.start) begin = i;
    if (index == finding.end) {
      end = i;
      break;
    }
    if (i >= text.size()) break;
    i += Utf8CharBytes(text, i);
    ++index;
  }
  if (begin == kNone || end == kNone || text.substr(begin, end - begin) != finding.text) return std::string(text);
  std::string out(text.substr(0, begin));
  out += finding.suggestion;
  out.append(text.substr(end));
  return out;
}

}  // namespace gk::text
