// The content check before publication: the tables are the specification of
// what is found and what is not.
#include "text/content_check.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/idcard.h"
#include "common/strings.h"
#include "common/uscc.h"

namespace gk::text {
namespace {

// An input and what is found in it, each finding as "rule:text" in order.
struct Case {
  std::string input;
  std::vector<std::string> found;
};

std::vector<std::string> Found(const std::string& text, const CheckOptions& options) {
  std::vector<std::string> out;
  for (const Finding& f : CheckContent(text, options)) out.push_back(f.rule + ":" + f.text);
  return out;
}

CheckOptions DefaultOptions() {
  CheckOptions options;
  options.wording = DefaultWordingRules();
  return options;
}

// The characters [start, end) of `s`.
std::string Chars(const std::string& s, size_t start, size_t end) {
  size_t i = 0, index = 0, b = std::string::npos;
  for (; i < s.size() && index < end; ++index) {
    if (index == start) b = i;
    i += Utf8CharBytes(s, i);
  }
  if (b == std::string::npos) b = i;
  return s.substr(b, i - b);
}

// 18 characters that are a valid USCC but not a valid identity number, and
// valid identity numbers (GB 11643-1999 check characters).
const std::string kUsccLikeId = WithUsccCheckDigit("37010219900307106");
const std::string kValidId = "370102199003071238";
const std::string kValidIdX = "37010219900307106X";

std::vector<Case> MustFind() {
  return {
      // 居民身份证: valid check character, X, full-width, in a table, in brackets.
      {"身份证号码370102199003071238", {"id_number:370102199003071238"}},
      {"11010519491231002X", {"id_number:11010519491231002X"}},
      {"证件号11010519491231002x。", {"id_number:11010519491231002x"}},
      {kValidIdX, {"id_number:" + kValidIdX}},
      {"３７０１０２１９９００３０７１２３８", {"id_number:３７０１０２１９９００３０７１２３８"}},
      {"|身份证号|440304200101010014|", {"id_number:440304200101010014"}},
      {"（身份证号码：370102199003071238）于2026年3月5日", {"id_number:370102199003071238"}},
      {"张三 370102199003071238 13812345678", {"id_number:370102199003071238", "mobile:13812345678"}},
      // Mobile numbers.
      {"手机13812345678", {"mobile:13812345678"}},
      {"联系人电话：19912345678。", {"mobile:19912345678"}},
      {"138 1234 5678", {"mobile:138 1234 5678"}},
      {"138-1234-5678", {"mobile:138-1234-5678"}},
      {"+86 138 1234 5678", {"mobile:+86 138 1234 5678"}},
      {"+86-13812345678", {"mobile:+86-13812345678"}},
      {"+8613812345678", {"mobile:+8613812345678"}},
      {"86 13812345678", {"mobile:86 13812345678"}},
      {"１３８１２３４５６７８", {"mobile:１３８１２３４５６７８"}},
      {"联系方式：13912345678、13612345678", {"mobile:13912345678", "mobile:13612345678"}},
      {"13812345678/19912345678", {"mobile:13812345678", "mobile:19912345678"}},
      {"编号 2026 13812345678", {"mobile:13812345678"}},
      // Fixed lines.
      {"0531-12345678", {"phone:0531-12345678"}},
      {"(0531)12345678", {"phone:(0531)12345678"}},
      {"（0531）88886666", {"phone:（0531）88886666"}},
      {"电话(021) 6123 4567", {"phone:(021) 6123 4567"}},
      {"010-12345678-123", {"phone:010-12345678"}},
      {"0632 1234567", {"phone:0632 1234567"}},
      {"0531-8888 6666转123", {"phone:0531-8888 6666"}},
      // Bank cards.
      {"6222021234567890128", {"bank_card:6222021234567890128"}},
      {"卡 6222 0212 3456 7890 128 已冻结", {"bank_card:6222 0212 3456 7890 128"}},
      {"4111-1111-1111-1111", {"bank_card:4111-1111-1111-1111"}},
      {"4111111111111111", {"bank_card:4111111111111111"}},
      // E-mail addresses, a mobile number as local part included.
      {"邮箱：zhangsan@163.com。", {"email:zhangsan@163.com"}},
      {"13812345678@qq.com", {"email:13812345678@qq.com"}},
      {"写信至 first.last+tag@mail.example.org.", {"email:first.last+tag@mail.example.org"}},
      {"信箱xxgk@jinan.gov.cn", {"email:xxgk@jinan.gov.cn"}},
      // Secret markings.
      {"秘密★1年", {"secret_mark:秘密★1年"}},
      {"机密★", {"secret_mark:机密★"}},
      {"绝密★长期", {"secret_mark:绝密★长期"}},
      {"机密 ★ 6个月", {"secret_mark:机密 ★ 6个月"}},
      {"★机密", {"secret_mark:★机密"}},
      {"机密☆10年", {"secret_mark:机密☆10年"}},
      {"机密★2026年3月5日", {"secret_mark:机密★"}},
      {"内部资料 注意保密", {"secret_mark:内部资料", "secret_mark:注意保密"}},
      {"本件为内部文件。", {"secret_mark:内部文件"}},
      {"商业秘密★", {"secret_mark:秘密★"}},
      // Wording (the default list).
      {"济南市工商行政管理局", {"wording:工商行政管理局"}},
      {"国家工商总局令第28号", {"wording:国家工商总局"}},
      {"国家工商行政管理总局", {"wording:国家工商行政管理总局"}},
      {"市食品药品监督管理局、区质量技术监督局", {"wording:食品药品监督管理局", "wording:质量技术监督局"}},
      {"国家质量监督检验检疫总局", {"wording:国家质量监督检验检疫总局"}},
      {"向区工商局举报", {"wording:工商局"}},
      // Brackets and book-title marks.
      {"（一）主要内容（不完整", {"bracket:（"}},
      {"内容）多余", {"bracket:）"}},
      {"（内容)", {"bracket:)"}},
      {"(内容）", {"bracket:）"}},
      {"见《条例》和《办法", {"book_title:《"}},
      {"见条例》", {"book_title:》"}},
      {"《关于〈条例〉的说明", {"book_title:《"}},
      {"（说明《条例）", {"book_title:《"}},
      {"【通知\n】", {"bracket:【", "bracket:】"}},
      // 文号 with the year in other brackets.
      {"济市监发[2026]3号", {"doc_no_bracket:[2026]"}},
      {"济市监发(2026)3号", {"doc_no_bracket:(2026)"}},
      {"济市监发（2026）第3号", {"doc_no_bracket:（2026）"}},
      {"鲁政办字【2026】12号", {"doc_no_bracket:【2026】"}},
      {"济市监发﹝2026﹞3号", {"doc_no_bracket:﹝2026﹞"}},
      {"济市监发(2026]3号", {"doc_no_bracket:(2026]"}},
      // Several rules in one text.
      {"依据《条例》，当事人张三（身份证370102199003071238，手机13812345678）于济南市工商行政管理局内部资料中",
       {"id_number:370102199003071238", "mobile:13812345678", "wording:工商行政管理局", "secret_mark:内部资料"}},
  };
}

std::vector<Case> MustNotFind() {
  const std::string uscc = WithUsccCheckDigit("91370100MA3C8K2X1");
  const std::string digit_uscc = WithUsccCheckDigit("91370100100000029");  // all digits, passes Luhn too
  return {
      // Identity-shaped numbers that are not: wrong check digit, a USCC, in a 文号, after a code label.
      {"370102199003071234", {}},
      {"文号370102199003071234", {}},
      {kUsccLikeId, {}},
      {"机构" + kUsccLikeId + "。", {}},
      {"统一社会信用代码：" + uscc, {}},
      {digit_uscc, {}},
      {"代码" + digit_uscc, {}},
      {"济市监处罚〔2026〕370102199003071238号", {}},
      {"第370102199003071238号", {}},
      {"案件编号：370102199003071238", {}},
      {"370102199013071234", {}},
      // 文号, case numbers, codes.
      {"鲁市监处字〔2026〕13812345678", {}},
      {"（2026）13812345678", {}},
      {"13812345678号", {}},
      {"编号 13812345678", {}},
      {"流水号：6222021234567890128", {}},
      {"（2026）鲁0102民初1234号", {}},
      {"济市监发〔2026〕3号", {}},
      // Dates, times, amounts.
      {"2026-03-05", {}},
      {"20260305", {}},
      {"2026-03-05 10:30", {}},
      {"2026年3月5日", {}},
      {"罚款12345.67万元", {}},
      {"13812345678.00元", {}},
      {"13812345678元", {}},
      {"￥13812345678", {}},
      {"罚没款13812345678万元", {}},
      {"1,380,000元", {}},
      {"邮编250000", {}},
      // Digits touching letters or digits, longer runs, hyphenated codes.
      {"ABC13812345678", {}},
      {"13812345678abc", {}},
      {"JY370102199003071238", {}},
      {"370102199003071238X", {}},
      {"1381234567890", {}},
      {"37010219900307123856", {}},
      {"SN-13812345678", {}},
      {"2026-13812345678", {}},
      {"138-1234-5678-9", {}},
      // Service numbers, short numbers.
      {"服务热线400-123-4567", {}},
      {"4008001234", {}},
      {"800-820-8820", {}},
      {"12315", {}},
      {"95588", {}},
      {"0212 3456 7890", {}},
      {"0531-0123456", {}},
      // Card-shaped numbers that are not cards.
      {"订单2026030512345678", {}},  // fails Luhn
      {"2026030512345672", {}},      // passes Luhn, but no card starts so
      {"1234567812345670", {}},      // passes Luhn, starts with 1
      {"6222021234567890", {}},      // fails Luhn
      {"410102199003071238", {}},    // passes Luhn, built like an identity number
      // Not e-mail addresses.
      {"a@b", {}},
      {"user@localhost", {}},
      {"@qq.com", {}},
      {"name@-x.com", {}},
      // Secret words without the star; legal terms.
      {"依法保护商业秘密和个人隐私", {}},
      {"涉及国家秘密的不予公开", {}},
      {"机密文件的管理", {}},
      {"保密期限", {}},
      // Wording: the right form, a former body named as such.
      {"济南市市场监督管理局", {}},
      {"国家市场监督管理总局", {}},
      {"原工商行政管理局", {}},
      {"原国家工商总局令第28号", {}},
      // Brackets that pair, list markers.
      {"（一）依法（二）公开", {}},
      {"1）第一项\n2）第二项", {}},
      {"a) item\n  b) item", {}},
      {"一）总则", {}},
      {"《中华人民共和国政府信息公开条例》", {}},
      {"《关于〈条例〉的说明》", {}},
      {"[链接](http://example.com/a_(b))", {}},
      {"【通知】（附件）", {}},
      // Text without anything.
      {"", {}},
      {"依法作出行政处罚决定。", {}},
      {"http://example.com/a?b=1", {}},
  };
}

TEST(ContentCheckTest, MustFind) {
  const CheckOptions options = DefaultOptions();
  for (const Case& c : MustFind()) EXPECT_EQ(Found(c.input, options), c.found) << c.input;
}

TEST(ContentCheckTest, MustNotFind) {
  const CheckOptions options = DefaultOptions();
  for (const Case& c : MustNotFind()) EXPECT_EQ(Found(c.input, options), c.found) << c.input;
}

// The test data is what it claims to be.
TEST(ContentCheckTest, TestDataIsWhatItClaims) {
  EXPECT_TRUE(ValidateResidentId(kValidId).ok());
  EXPECT_TRUE(ValidateResidentId(kValidIdX).ok());
  EXPECT_TRUE(ValidateResidentId("440304200101010014").ok());
  EXPECT_FALSE(ValidateResidentId("370102199003071234").ok());
  EXPECT_TRUE(ValidateUscc(kUsccLikeId).ok());
  EXPECT_FALSE(ValidateResidentId(kUsccLikeId).ok());
}

// Kind, blocking, message and suggestion of each rule.
TEST(ContentCheckTest, KindsMessagesAndSuggestions) {
  struct Expect {
    std::string input;
    std::string kind;
    std::string rule;
    bool blocking;
    std::string suggestion;
    std::string in_message;
  };
  const Expect cases[] = {
      {"370102199003071238", "personal_info", "id_number", true, MaskIdNumber("370102199003071238"), "居民身份证"},
      {"11010519491231002X", "personal_info", "id_number", true, "110105********002X", "校验位正确"},
      {"13812345678", "personal_info", "mobile", true, MaskPhone("13812345678"), "手机号码"},
      {"138 1234 5678", "personal_info", "mobile", true, "138 **** 5678", "手机号码"},
      {"+86 138 1234 5678", "personal_info", "mobile", true, "+86 138 **** 5678", "手机号码"},
      {"+8613812345678", "personal_info", "mobile", true, "+86138****5678", "手机号码"},
      {"１３８１２３４５６７８", "personal_info", "mobile", true, "１３８****５６７８", "手机号码"},
      {"0531-88886666", "personal_info", "phone", false, "0531-****6666", "固定电话"},
      {"(021) 6123 4567", "personal_info", "phone", false, "(021) **** 4567", "固定电话"},
      {"0632 1234567", "personal_info", "phone", false, "0632 ****567", "固定电话"},
      {"6222021234567890128", "personal_info", "bank_card", true, "6222***********0128", "银行卡号"},
      {"6222 0212 3456 7890 128", "personal_info", "bank_card", true, "6222 **** **** ***0 128", "银行卡号"},
      {"zhangsan@163.com", "personal_info", "email", true, "z*******@163.com", "电子邮箱"},
      {"xxgk@JINAN.GOV.CN", "personal_info", "email", false, "x***@JINAN.GOV.CN", "政府机关邮箱"},
      {"z@163.com", "personal_info", "email", true, "*@163.com", "电子邮箱"},
      {"秘密★1年", "secret", "secret_mark", true, "", "密级标志"},
      {"内部资料", "secret", "secret_mark", true, "", "内部资料"},
      {"工商行政管理局", "wording", "wording", false, "市场监督管理局", "2018年机构改革"},
      {"（内容", "error", "bracket", false, "", "没有对应的“）”"},
      {"（内容)", "error", "bracket", false, "）", "混用"},
      {"《条例", "error", "book_title", false, "", "书名号"},
      {"济市监发[2026]3号", "error", "doc_no_bracket", false, "〔2026〕", "六角括号"},
  };
  const CheckOptions options = DefaultOptions();
  for (const Expect& c : cases) {
    const std::vector<Finding> found = CheckContent(c.input, options);
    ASSERT_EQ(found.size(), 1u) << c.input;
    const Finding& f = found[0];
    EXPECT_EQ(FindingKindCode(f.kind), c.kind) << c.input;
    EXPECT_EQ(f.rule, c.rule) << c.input;
    EXPECT_EQ(f.blocking, c.blocking) << c.input;
    EXPECT_EQ(f.suggestion, c.suggestion) << c.input;
    EXPECT_NE(f.message.find(c.in_message), std::string::npos) << c.input << " " << f.message;
  }
  EXPECT_STREQ(FindingKindCode(FindingKind::kPersonalInfo), "personal_info");
  EXPECT_STREQ(FindingKindCode(FindingKind::kSecretMarking), "secret");
  EXPECT_STREQ(FindingKindCode(FindingKind::kWording), "wording");
  EXPECT_STREQ(FindingKindCode(FindingKind::kError), "error");
}

// Offsets count characters, not bytes; findings come sorted.
TEST(ContentCheckTest, CharacterOffsets) {
  const std::string text = "当事人张三（身份证370102199003071238），《条例";
  const std::vector<Finding> found = CheckContent(text, {});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].rule, "id_number");
  EXPECT_EQ(found[0].start, 9u);
  EXPECT_EQ(found[0].end, 27u);
  EXPECT_EQ(found[1].rule, "book_title");
  EXPECT_EQ(found[1].start, 29u);
  EXPECT_EQ(found[1].end, 30u);
  for (const Finding& f : found) EXPECT_EQ(Chars(text, f.start, f.end), f.text);
}

// After applying the suggestion of a personal-information finding, that
// information is gone: checking again finds nothing personal.
TEST(ContentCheckTest, ApplyingTheMaskLeavesNothingPersonal) {
  const CheckOptions options = DefaultOptions();
  for (const Case& c : MustFind()) {
    std::string text = c.input;
    for (int round = 0; round < 10; ++round) {
      bool applied = false;
      for (const Finding& f : CheckContent(text, options)) {
        if (f.kind != FindingKind::kPersonalInfo) continue;
        const std::string next = ApplySuggestion(text, f);
        ASSERT_NE(next, text) << c.input;
        text = next;
        applied = true;
        break;
      }
      if (!applied) break;
    }
    for (const Finding& f : CheckContent(text, options)) {
      EXPECT_NE(f.kind, FindingKind::kPersonalInfo) << c.input << " → " << text;
    }
  }
}

TEST(ContentCheckTest, ApplySuggestion) {
  const CheckOptions options = DefaultOptions();
  auto apply_first = [&](const std::string& text) {
    const std::vector<Finding> found = CheckContent(text, options);
    return found.empty() ? text : ApplySuggestion(text, found[0]);
  };
  EXPECT_EQ(apply_first("当事人（身份证370102199003071238）"), "当事人（身份证370102********1238）");
  EXPECT_EQ(apply_first("电话：13812345678。"), "电话：138****5678。");
  EXPECT_EQ(apply_first("济市监发[2026]3号"), "济市监发〔2026〕3号");
  EXPECT_EQ(apply_first("由济南市工商行政管理局负责"), "由济南市市场监督管理局负责");
  EXPECT_EQ(apply_first("（内容)"), "（内容）");
  // No suggestion: unchanged (a secret marking is not "fixed" by deleting it).
  EXPECT_EQ(apply_first("机密★1年"), "机密★1年");
  EXPECT_EQ(apply_first("（内容"), "（内容");
  // A stale finding (the text changed under it) changes nothing.
  const std::vector<Finding> found = CheckContent("手机13812345678", options);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(ApplySuggestion("手机：13812345678", found[0]), "手机：13812345678");
  EXPECT_EQ(ApplySuggestion("手机", found[0]), "手机");
  EXPECT_EQ(ApplySuggestion("", found[0]), "");
  // A finding that ends the text.
  Finding end;
  end.start = 2;
  end.end = 4;
  end.text = "工商";
  end.suggestion = "市场监管";
  EXPECT_EQ(ApplySuggestion("济南工商", end), "济南市场监管");
}

TEST(ContentCheckTest, FindingJson) {
  const std::vector<Finding> found = CheckContent("手机13812345678", {});
  ASSERT_EQ(found.size(), 1u);
  const std::string json = FindingJson(found[0]);
  EXPECT_EQ(json, R"({"kind":"personal_info","rule":"mobile","start":2,"end":13,"text":"13812345678",)"
                  R"("message":"疑似手机号码","suggestion":"138****5678","blocking":true})");
  // Broken UTF-8 in the text still gives valid JSON.
  Finding broken = found[0];
  broken.text = "\xE4\xBD";
  const nlohmann::json parsed = nlohmann::json::parse(FindingJson(broken));
  EXPECT_EQ(parsed["rule"], "mobile");
  EXPECT_EQ(parsed["text"], "\xEF\xBF\xBD");
}

// Wording: longest match at each position, right forms shield, 原 names the
// former body, a wrong form that is another rule's right form is found.
TEST(ContentCheckTest, WordingRules) {
  struct WordingCase {
    std::vector<WordingRule> rules;
    std::string input;
    std::vector<std::string> found;
  };
  const std::vector<WordingRule> shield = {{"监管局", "市场监管局", ""}};
  const std::vector<WordingRule> longest = {{"工商局", "市场监管局", ""}, {"工商局长", "市场监管局局长", ""}};
  const std::vector<WordingRule> chain = {{"工商局", "市场监管局", ""}, {"市场监管局", "市场监督管理局", ""}};
  const WordingCase cases[] = {
      {shield, "市场监管局", {}},
      {shield, "某监管局", {"wording:监管局"}},
      {shield, "市场监管局和某监管局", {"wording:监管局"}},
      {longest, "工商局长", {"wording:工商局长"}},
      {longest, "工商局和工商局长", {"wording:工商局", "wording:工商局长"}},
      {chain, "市场监管局", {"wording:市场监管局"}},
      {chain, "工商局", {"wording:工商局"}},
      {{{"", "x", ""}, {"同", "同", ""}}, "同一", {}},
      {{{"Ｏｋ", "OK", ""}}, "ＯｋＯｋ", {"wording:Ｏｋ", "wording:Ｏｋ"}},
      {{}, "工商行政管理局", {}},
  };
  for (const WordingCase& c : cases) {
    CheckOptions options;
    options.wording = c.rules;
    EXPECT_EQ(Found(c.input, options), c.found) << c.input;
  }
  CheckOptions options;
  options.wording = {{"其它", "其他", "通用规范汉字"}, {"敏感词", "", "不宜使用"}};
  const std::vector<Finding> found = CheckContent("其它敏感词", options);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].message, "“其它”应为“其他”：通用规范汉字");
  EXPECT_EQ(found[0].suggestion, "其他");
  EXPECT_EQ(found[1].message, "“敏感词”不宜使用：不宜使用");
  EXPECT_EQ(found[1].suggestion, "");
  for (const WordingRule& rule : DefaultWordingRules()) {
    EXPECT_FALSE(rule.wrong.empty());
    EXPECT_FALSE(rule.right.empty());
    EXPECT_FALSE(rule.note.empty()) << rule.wrong;
  }
}

// 成文日期 later than today.
TEST(ContentCheckTest, FutureIssueDate) {
  CheckOptions options;
  options.today = *Date::FromYmd(2026, 3, 5);
  const Case cases[] = {
      {"成文日期：2026年3月6日", {"future_date:2026年3月6日"}},
      {"成文日期:2027年1月1日", {"future_date:2027年1月1日"}},
      {"成文日期为 2027年12月31日。", {"future_date:2027年12月31日"}},
      {"| 成文日期 | ２０２７年１月１日 |", {"future_date:２０２７年１月１日"}},
      {"成文日期：2026年3月5日", {}},
      {"成文日期：2025年12月31日", {}},
      {"成文日期：2026年2月30日", {}},
      {"成文日期：2026-03-06", {}},
      {"成文日期：26年3月6日", {}},
      {"发布日期：2027年1月1日", {}},
      {"2027年1月1日起施行", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.input, options), c.found) << c.input;
  EXPECT_EQ(Found("成文日期：2027年1月1日", {}), std::vector<std::string>{});  // no today: skipped
  const std::vector<Finding> found = CheckContent("成文日期：2027年1月1日", options);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "成文日期“2027年1月1日”晚于今天（2026年3月5日）");
  EXPECT_FALSE(found[0].blocking);
  EXPECT_EQ(found[0].start, 5u);
}

TEST(ContentCheckTest, ParseWordingRules) {
  const Result<std::vector<WordingRule>> rules = ParseWordingRules(
      "\xEF\xBB\xBF# 机构改革后的名称\n"
      "\n"
      "工商行政管理局=市场监督管理局 # 2018年机构改革\r\n"
      "  质监局 ＝ 市场监管局 ＃ 简称\n"
      "敏感词=\n"
      "其它=其他\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  ASSERT_EQ(rules->size(), 4u);
  EXPECT_EQ((*rules)[0].wrong, "工商行政管理局");
  EXPECT_EQ((*rules)[0].right, "市场监督管理局");
  EXPECT_EQ((*rules)[0].note, "2018年机构改革");
  EXPECT_EQ((*rules)[1].wrong, "质监局");
  EXPECT_EQ((*rules)[1].right, "市场监管局");
  EXPECT_EQ((*rules)[1].note, "简称");
  EXPECT_EQ((*rules)[2].right, "");
  EXPECT_EQ((*rules)[3].note, "");
  EXPECT_TRUE(ParseWordingRules("").ok());
  EXPECT_TRUE(ParseWordingRules("# 只有注释\n\n").ok());

  struct Bad {
    std::string text;
    std::string message;
  };
  const Bad bad[] = {
      {"甲=乙\n没有等号", "第2行缺少“=”"},
      {"甲=乙=丙", "第1行有多个“=”"},
      {"\n =乙", "第2行“=”前的错误写法为空"},
      {"甲=甲", "第1行的错误写法与正确写法相同"},
      {"甲=乙\n丙=丁\n甲=戊", "第3行的错误写法“甲”与第1行重复"},
      {"甲=\xFF", "第1行含有无效字符"},
  };
  for (const Bad& b : bad) {
    const Result<std::vector<WordingRule>> r = ParseWordingRules(b.text);
    ASSERT_FALSE(r.ok()) << b.text;
    EXPECT_EQ(r.status().code(), Code::kInvalid);
    EXPECT_NE(r.status().message().find(b.message), std::string::npos) << r.status().message();
  }
  // The parsed list drives the check.
  CheckOptions options;
  options.wording = *ParseWordingRules("工商局=市场监管局 # 已更名");
  EXPECT_EQ(Found("区工商局", options), std::vector<std::string>{"wording:工商局"});
}

// Fragments of the tables joined at random, often so that numbers touch:
// nothing crashes, findings are sorted, within the text, their text is the
// text at their offsets, and every suggestion applies.
TEST(ContentCheckTest, Invariants) {
  std::vector<Case> cases = MustFind();
  for (Case& c : MustNotFind()) cases.push_back(std::move(c));
  const std::vector<std::string> joins = {"",  " ", "，", "\n", "（", "）", "-",  "号", "第",
                                          "5", "x", "@",  "《", "》", "★",  "原", ".",  "\xE4"};
  CheckOptions options = DefaultOptions();
  options.today = *Date::FromYmd(2026, 3, 5);
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int parts = 1 + static_cast<int>(next() % 6);
    for (int k = 0; k < parts; ++k) {
      text += cases[next() % cases.size()].input;
      text += joins[next() % joins.size()];
    }
    const std::vector<Finding> found = CheckContent(text, options);
    const size_t length = Utf8Length(text);
    for (size_t k = 0; k < found.size(); ++k) {
      const Finding& f = found[k];
      ASSERT_LT(f.start, f.end) << text;
      ASSERT_LE(f.end, length) << text;
      if (k > 0) {
        ASSERT_LE(found[k - 1].start, f.start) << text;
      }
      ASSERT_EQ(Chars(text, f.start, f.end), f.text) << text;
      ASSERT_FALSE(f.message.empty()) << text;
      if (!f.suggestion.empty()) {
        const std::string applied = ApplySuggestion(text, f);
        ASSERT_EQ(Chars(applied, f.start, f.start + Utf8Length(f.suggestion)), f.suggestion) << text;
      }
      ASSERT_TRUE(nlohmann::json::accept(FindingJson(f))) << text;
    }
  }
}

// Invalid UTF-8 is checked, not refused: every stray byte is one character.
TEST(ContentCheckTest, BrokenInput) {
  const std::string broken[] = {"\xE4\xBD",         "\xFF\xFE", "住\xE4", "13812345678\xEF\xBC",
                                "\xEF\xBC\x91\xEF", "\xE3\x80", "（\xFF", "\x80\x80\x80（"};
  for (const std::string& s : broken) {
    for (const Finding& f : CheckContent(s, DefaultOptions())) {
      EXPECT_LE(f.end, Utf8Length(s)) << s;
      EXPECT_EQ(Chars(s, f.start, f.end), f.text);
    }
  }
  const std::vector<Finding> found = CheckContent(
      "\xFF\xFE"
      "13812345678（",
      {});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].start, 2u);
  EXPECT_EQ(found[0].rule, "mobile");
  EXPECT_EQ(found[1].start, 13u);
  EXPECT_EQ(found[1].rule, "bracket");
}

// A megabyte of text checks in well under a second (5 s allowed for slow
// machines and sanitizers), with the findings of each record.
TEST(ContentCheckTest, AMegabyte) {
  const std::string record =
      "当事人张三（身份证号码370102199003071238，联系电话13812345678，邮箱zhangsan@163.com）"
      "于2026年3月5日在济南市历下区经十路100号经营场所销售过期食品，货值金额12345.67元，违法所得0.5万元。"
      "依据《中华人民共和国食品安全法》第一百二十四条，原济南市工商行政管理局、济南市工商行政管理局，"
      "决定书文号济市监处罚〔2026〕370102199003071238号，银行账号6222021234567890128，"
      "电话（0531）88886666，统一社会信用代码91370100MA3C8K2X1R。商业秘密不予公开。\n";
  const CheckOptions options = DefaultOptions();
  const std::vector<Finding> per_record = CheckContent(record, options);
  ASSERT_EQ(per_record.size(), 6u);
  std::string text;
  size_t records = 0;
  while (text.size() < (1u << 20)) {
    text += record;
    ++records;
  }
  const auto begin = std::chrono::steady_clock::now();
  const std::vector<Finding> found = CheckContent(text, options);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  EXPECT_EQ(found.size(), per_record.size() * records);
  EXPECT_LT(seconds, 5.0);

  // Worst cases for the bracket stack and the wording index: no blow-up.
  std::string opens(1u << 19, '(');
  opens += std::string(1u << 19, ']');
  const auto begin2 = std::chrono::steady_clock::now();
  EXPECT_EQ(CheckContent(opens, options).size(), 1000u);  // the first 1000
  std::string mixed;
  while (mixed.size() < (1u << 20)) mixed += "《（【〈(";
  mixed += "\n";
  while (mixed.size() < (2u << 20)) mixed += "》〉】）)";
  (void)CheckContent(mixed, options);
  std::string digits;
  while (digits.size() < (1u << 20)) digits += "1234 ";
  EXPECT_TRUE(CheckContent(digits, options).empty());
  std::string ats(1u << 20, '@');
  EXPECT_TRUE(CheckContent(ats, options).empty());
  std::string local(1u << 20, 'a');
  local += "@b.com";
  EXPECT_TRUE(CheckContent(local, options).empty());
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - begin2).count(), 5.0);
}

// The search page's 「您是不是要找」 for a 文号 typed with other brackets.
TEST(CorrectDocNoBracketsTest, WritesTheYearIn六角括号) {
  const struct {
    const char* query;
    const char* corrected;  // "" for nothing to correct
  } cases[] = {
      {"济市监发[2026]3号", "济市监发〔2026〕3号"},
      {"济市监发(2026)3号", "济市监发〔2026〕3号"},
      {"鲁政办字【2026】12号", "鲁政办字〔2026〕12号"},
      {"济市监发（2025）第15号 和 鲁政办字［2026］12号", "济市监发〔2025〕第15号 和 鲁政办字〔2026〕12号"},
      {"济市监发〔2026〕3号", ""},
      {"食品安全抽检", ""},
      {"（2026）鲁0102民初1234号", ""},  // a court case number, not a 文号
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(CorrectDocNoBrackets(c.query), c.corrected) << c.query;
}

}  // namespace
}  // namespace gk::text
