// Personal information masked in text that goes public: the table is the
// specification of what is masked and what is not.
#include "text/personal_info.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/idcard.h"
#include "common/uscc.h"

namespace gk::text {
namespace {

struct Case {
  std::string input;
  std::string expected;
};

// Strict UTF-8: no stray continuation bytes, no overlong forms, no
// surrogates, nothing above U+10FFFF, no sequence cut short.
bool IsValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 1, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2, cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3, cp = c & 0x07;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;
    for (size_t k = 1; k <= n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

// 18 characters that are a valid USCC but not a valid identity number
// (the identity check character of 37010219900307106 is X), and the same
// number as a valid identity number.
const std::string kUsccLikeId = WithUsccCheckDigit("37010219900307106");
const std::string kValidIdX = "37010219900307106X";

// Masked with the default options: no names, a 住所 is a company's.
std::vector<Case> DefaultCases() {
  const std::string uscc = WithUsccCheckDigit("91370100MA3C8K2X1");
  const std::string digit_uscc = WithUsccCheckDigit("91370100100000029");  // all digits, passes Luhn too
  return {
      // ---- MUST mask ----
      // 居民身份证: valid and wrong check digit, X, 15 digits, full-width.
      {"370102199003071238", "370102********1238"},
      {"身份证号码370102199003071234", "身份证号码370102********1234"},
      {"（身份证号码：370102199003071234）于2026年3月5日", "（身份证号码：370102********1234）于2026年3月5日"},
      {"11010519491231002X", "110105********002X"},
      {"证件号11010519491231002x。", "证件号110105********002x。"},
      {kValidIdX, "370102********106X"},
      {"身份证：370102900307123。", "身份证：370102******123。"},
      {"３７０１０２１９９００３０７１２３８", "３７０１０２********１２３８"},
      {"|身份证号|370102199003071238|", "|身份证号|370102********1238|"},
      {"**370102199003071238**", "**370102********1238**"},
      // Mobile numbers.
      {"手机13812345678", "手机138****5678"},
      {"联系人电话：19912345678。", "联系人电话：199****5678。"},
      {"138 1234 5678", "138 **** 5678"},
      {"138-1234-5678", "138-****-5678"},
      {"+86 138 1234 5678", "+86 138 **** 5678"},
      {"+86-13812345678", "+86-138****5678"},
      {"+8613812345678", "+86138****5678"},
      {"86 13812345678", "86 138****5678"},
      {"１３８１２３４５６７８", "１３８****５６７８"},
      {"13812345678@qq.com", "138****5678@qq.com"},
      {"联系方式：13912345678、13612345678", "联系方式：139****5678、136****5678"},
      // Fixed lines.
      {"(021)61234567", "(021)****4567"},
      {"电话(021) 6123 4567", "电话(021) **** 4567"},
      {"（0531）88886666", "（0531）****6666"},
      {"0531-8888 6666转123", "0531-**** 6666转123"},
      {"0531-88886666", "0531-****6666"},
      {"010-12345678-123", "010-****5678-123"},
      {"0632 1234567", "0632 ****567"},
      {"电话：88886666", "电话：****6666"},
      {"联系电话 8888-6666。", "联系电话 ****-6666。"},
      {"Tel: 8888 6666", "Tel: **** 6666"},
      {"TEL.88886666", "TEL.****6666"},
      {"电话053188886666", "电话0531****6666"},
      {"电话：88886666、88887777", "电话：****6666、****7777"},
      {"电话号码为 1234567", "电话号码为 ****567"},
      // Bank cards.
      {"6222021234567890128", "6222***********0128"},
      {"卡 6222 0212 3456 7890 128 已冻结", "卡 6222 **** **** ***0 128 已冻结"},
      {"4111-1111-1111-1111", "4111-****-****-1111"},
      {"4111111111111111", "4111********1111"},
      {"账号：1234567890123", "账号：1234*****0123"},
      {"银行账号 6222 0000 1111 2222 333", "银行账号 6222 **** **** ***2 333"},
      {"银行卡号：123456789012", "银行卡号：1234****9012"},
      {"开户账户：370102199003071234", "开户账户：3701**********1234"},
      // Home addresses.
      {"住址：济南市历下区经十路123号", "住址：济南市历下区****"},
      {"住址:济南市历下区经十路123号，电话", "住址:济南市历下区****，电话"},
      {"家庭住址：山东省济南市市中区阳光小区5号楼2单元301室。", "家庭住址：山东省济南市市中区****。"},
      {"住址：济南市历下区阳光小区8号", "住址：济南市历下区****"},
      {"家住历下区姚家街道某村12号。", "家住历下区姚家街道****。"},
      {"户籍地：内蒙古自治区呼和浩特市赛罕区某路1号", "户籍地：内蒙古自治区呼和浩特市赛罕区****"},
      {"现住址为阳光小区8号楼", "现住址为****"},
      {"户籍地址 某村3组\n下一行", "户籍地址 ****\n下一行"},
      {"（住址：济南市槐荫区某路5号）", "（住址：济南市槐荫区****）"},
      {"居住地：济南市超市旁", "居住地：济南市****"},
      {"| 住址 | 济南市历下区经十路1号 | 电话 | 88886666 |", "| 住址 | 济南市历下区**** | 电话 | ****6666 |"},
      {"住址：某路1号　，", "住址：****　，"},
      {"住址：济南市历下区", "住址：济南市历下区"},
      {"当事人无固定住址，", "当事人无固定住址，"},
      // Room addresses anywhere.
      {"在5号楼2单元301室发现", "在*号楼*单元***室发现"},
      {"某路12弄3号602室", "某路**弄*号***室"},
      {"阳光小区3栋1201，", "阳光小区*栋****，"},
      {"8号楼2-301室", "*号楼*-***室"},
      {"3单元502", "*单元***"},

      // ---- MUST NOT mask ----
      // USCCs: with letters, all digits with a valid check digit, and the
      // valid USCC that is an identity number with a wrong check digit.
      {"统一社会信用代码：" + uscc, "统一社会信用代码：" + uscc},
      {uscc + "的当事人", uscc + "的当事人"},
      {digit_uscc, digit_uscc},
      {"机构" + kUsccLikeId + "。", "机构" + kUsccLikeId + "。"},
      // Document numbers (文号) and case numbers.
      {"济市监处罚〔2026〕370102199003071234号", "济市监处罚〔2026〕370102199003071234号"},
      {"第370102199003071234号", "第370102199003071234号"},
      {"鲁市监处字[2026]13812345678", "鲁市监处字[2026]13812345678"},
      {"（2026）13812345678", "（2026）13812345678"},
      {"13812345678号", "13812345678号"},
      {"（2026）鲁0102民初1234号", "（2026）鲁0102民初1234号"},
      {"案件编号：370102202603050001", "案件编号：370102202603050001"},
      {"编号 2026370102000125", "编号 2026370102000125"},
      {"许可证编号：JY13701020012345", "许可证编号：JY13701020012345"},
      {"济市监处罚〔2026〕12号", "济市监处罚〔2026〕12号"},
      // Dates, times, amounts, other numbers.
      {"2026-03-05", "2026-03-05"},
      {"20260305", "20260305"},
      {"2026-03-05 10:30", "2026-03-05 10:30"},
      {"2026年3月5日", "2026年3月5日"},
      {"罚款12345.67万元", "罚款12345.67万元"},
      {"12345678.00元", "12345678.00元"},
      {"13812345678.00元", "13812345678.00元"},
      {"1,380,000元", "1,380,000元"},
      {"邮编250000", "邮编250000"},
      {"0212 3456 7890", "0212 3456 7890"},
      {"电话：12345", "电话：12345"},
      {"12345678", "12345678"},
      // Digits inside longer tokens, longer runs.
      {"ABC13812345678", "ABC13812345678"},
      {"13812345678abc", "13812345678abc"},
      {"JY370102199003071234", "JY370102199003071234"},
      {"1381234567890", "1381234567890"},
      {"37010219900307123456", "37010219900307123456"},
      {"370102199013071234", "370102199013071234"},  // month 13: no birth date, and no Luhn
      // Service numbers are organisations'.
      {"服务热线400-123-4567", "服务热线400-123-4567"},
      {"4008001234", "4008001234"},
      {"12315", "12315"},
      // A company's registered address, room and all.
      {"住所：济南市历下区经十路100号银座大厦501室", "住所：济南市历下区经十路100号银座大厦501室"},
      {"经营场所：济南市历下区经十路100号2单元301室；", "经营场所：济南市历下区经十路100号2单元301室；"},
      // Counts and plain building numbers.
      {"共3户居民", "共3户居民"},
      {"3号楼", "3号楼"},
      {"3号楼2026年", "3号楼2026年"},
      // Text without anything personal.
      {"", ""},
      {"依法作出行政处罚决定。", "依法作出行政处罚决定。"},
      {"http://example.com/a?b=1", "http://example.com/a?b=1"},
  };
}

TEST(PersonalInfoTest, DefaultTable) {
  for (const Case& c : DefaultCases()) EXPECT_EQ(MaskPersonalInfo(c.input), c.expected) << c.input;
}

// A natural person's 住所 is a home address.
TEST(PersonalInfoTest, ResidenceOfANaturalPerson) {
  MaskOptions options;
  options.residence_is_home = true;
  const Case cases[] = {
      {"住所：济南市历下区经十路100号银座大厦501室", "住所：济南市历下区****"},
      {"住所地：山东省济南市历城区某村", "住所地：山东省济南市历城区****"},
      {"经营场所：济南市历下区经十路100号2单元301室", "经营场所：济南市历下区经十路100号2单元301室"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(MaskPersonalInfo(c.input, options), c.expected) << c.input;
    EXPECT_EQ(MaskPersonalInfo(c.expected, options), c.expected) << c.input;
  }
}

TEST(PersonalInfoTest, PersonNames) {
  struct NameCase {
    std::vector<std::string> names;
    NameMask style;
    std::string input;
    std::string expected;
  };
  const NameMask surname = NameMask::kKeepSurname;
  const NameMask ends = NameMask::kKeepEnds;
  const NameCase cases[] = {
      {{"张三"},
       surname,
       "当事人张三（身份证号码370102199003071234）于2026年3月5日在其经营场所销售过期食品。",
       "当事人张*（身份证号码370102********1234）于2026年3月5日在其经营场所销售过期食品。"},
      {{"张三"}, surname, "张三，男。经查，张三未取得许可。", "张*，男。经查，张*未取得许可。"},
      {{"张三丰"}, surname, "当事人张三丰", "当事人张**"},
      {{"爱新觉罗"}, surname, "爱新觉罗某", "爱***某"},
      {{"张三"}, ends, "张三", "张*"},
      {{"张三丰"}, ends, "张三丰", "张*丰"},
      {{"爱新觉罗"}, ends, "爱新觉罗", "爱**罗"},
      {{"张三", "张三丰"}, surname, "张三丰和张三", "张**和张*"},
      {{"张三", "张三丰"}, ends, "张三丰和张三", "张*丰和张*"},
      {{"张三", "李四"}, surname, "经营者李四，委托代理人张三", "经营者李*，委托代理人张*"},
      {{" 王五 ", "", "王"}, surname, "王五、王六", "王*、王六"},
      {{"John Smith"}, surname, "John Smith said", "J********* said"},
      // Names inside a masked address stay in its "****".
      {{"张三"}, surname, "住址：济南市历下区张三家", "住址：济南市历下区****"},
      {{"张三"}, surname, "张**", "张**"},
  };
  for (const NameCase& c : cases) {
    MaskOptions options;
    options.person_names = c.names;
    options.names = c.style;
    const std::string once = MaskPersonalInfo(c.input, options);
    EXPECT_EQ(once, c.expected) << c.input;
    EXPECT_EQ(MaskPersonalInfo(once, options), once) << c.input;
  }
}

TEST(PersonalInfoTest, MaskPersonName) {
  EXPECT_EQ(MaskPersonName("张三丰", NameMask::kKeepSurname), "张**");
  EXPECT_EQ(MaskPersonName("张三丰", NameMask::kKeepEnds), "张*丰");
  EXPECT_EQ(MaskPersonName("张三", NameMask::kKeepSurname), "张*");
  EXPECT_EQ(MaskPersonName("张三", NameMask::kKeepEnds), "张*");
  EXPECT_EQ(MaskPersonName("欧阳娜娜", NameMask::kKeepSurname), "欧***");
  EXPECT_EQ(MaskPersonName("欧阳娜娜", NameMask::kKeepEnds), "欧**娜");
  EXPECT_EQ(MaskPersonName("张", NameMask::kKeepSurname), "*");
  EXPECT_EQ(MaskPersonName("", NameMask::kKeepEnds), "");
}

// The masked forms are those of the exports (common/idcard.h).
TEST(PersonalInfoTest, SameFormsAsTheExports) {
  for (const std::string id : {"370102199003071238", "11010519491231002X"}) {
    EXPECT_EQ(MaskPersonalInfo(id), MaskIdNumber(id));
  }
  EXPECT_EQ(MaskPersonalInfo("13812345678"), MaskPhone("13812345678"));
  EXPECT_TRUE(ValidateUscc(kUsccLikeId).ok());
  EXPECT_FALSE(ValidateResidentId(kUsccLikeId).ok());
  EXPECT_TRUE(ValidateResidentId(kValidIdX).ok());
}

TEST(PersonalInfoTest, IdempotentAndValidUtf8) {
  for (const Case& c : DefaultCases()) {
    const std::string once = MaskPersonalInfo(c.input);
    EXPECT_EQ(MaskPersonalInfo(once), once) << c.input;
    EXPECT_TRUE(IsValidUtf8(once)) << c.input;
  }
}

// Fragments of the table joined at random, often so that numbers touch
// (the joins "", "-", "5"): still valid UTF-8, and masking again changes
// nothing, with either name style and either reading of 住所.
TEST(PersonalInfoTest, MixedFragments) {
  const std::vector<Case> cases = DefaultCases();
  const std::vector<std::string> joins = {"",   " ",      "，",   "\n",       "（",   "）",     "-",    "号",
                                          "第", "住址：", "电话", "账号",     "室",   "x",      "5",    "**",
                                          "|",  "为",     "：",   "（2026）", "号楼", "\u3000", "张三", "李四"};
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  for (int variant = 0; variant < 2; ++variant) {
    MaskOptions options;
    options.person_names = {"张三", "李四", "张三丰"};
    options.names = variant == 0 ? NameMask::kKeepSurname : NameMask::kKeepEnds;
    options.residence_is_home = variant == 1;
    for (int round = 0; round < 10000; ++round) {
      std::string text;
      const int parts = 1 + static_cast<int>(next() % 7);
      for (int k = 0; k < parts; ++k) {
        text += cases[next() % cases.size()].input;
        text += joins[next() % joins.size()];
      }
      const std::string once = MaskPersonalInfo(text, options);
      ASSERT_TRUE(IsValidUtf8(once)) << text;
      ASSERT_EQ(MaskPersonalInfo(once, options), once) << text;
    }
  }
}

// Invalid UTF-8 goes through without a crash and comes out the same where
// nothing is masked.
TEST(PersonalInfoTest, BrokenInput) {
  const std::string broken[] = {"\xE4\xBD", "\xFF\xFE", "住\xE4", "13812345678\xEF\xBC", "\xEF\xBC\x91\xEF"};
  for (const std::string& s : broken) EXPECT_FALSE(MaskPersonalInfo(s).empty());
  EXPECT_EQ(MaskPersonalInfo("\xE4\xBD"), "\xE4\xBD");
}

// The enforcement benchmark masks a million records: a megabyte of mixed text
// goes through in one call (no time is asserted), masking line by line.
TEST(PersonalInfoTest, AMegabyte) {
  const std::string record =
      "当事人张三（身份证号码370102199003071234，联系电话13812345678，住址：济南市历下区经十路123号5号楼2单元301室）"
      "于2026年3月5日在济南市历下区经十路100号经营场所销售过期食品，货值金额12345.67元，违法所得0.5万元。"
      "依据《中华人民共和国食品安全法》第一百二十四条，决定书文号济市监处罚〔2026〕370102199003071234号，"
      "银行账号6222021234567890128，电话（0531）88886666，统一社会信用代码91370100MA3C8K2X1R。\n";
  MaskOptions options;
  options.person_names = {"张三"};
  const std::string masked_record = MaskPersonalInfo(record, options);
  std::string text, expected;
  while (text.size() < (1u << 20)) {
    text += record;
    expected += masked_record;
  }
  const std::string masked = MaskPersonalInfo(text, options);
  EXPECT_EQ(masked, expected);
  EXPECT_TRUE(IsValidUtf8(masked));
  EXPECT_EQ(masked_record.find("13812345678"), std::string::npos);
  EXPECT_NE(masked_record.find("〔2026〕370102199003071234号"), std::string::npos);
}

}  // namespace
}  // namespace gk::text
