#include "common/idcard.h"

#include <gtest/gtest.h>

#include <string>

namespace gk {
namespace {

// Check characters worked out by hand (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2):
//
// 11010519491231002X
//   1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10
//   + 1·5 + 0·8 + 0·4 + 2·2
//   = 7 + 9 + 0 + 5 + 0 + 20 + 2 + 9 + 24 + 27 + 7 + 18 + 30 + 5 + 0 + 0 + 4 = 167;
//   167 mod 11 = 2; (12 − 2) mod 11 = 10, written X.
// 440308199901010012
//   4·7 + 4·9 + 0·10 + 3·5 + 0·8 + 8·4 + 1·2 + 9·1 + 9·6 + 9·3 + 0·7 + 1·9 + 0·10
//   + 1·5 + 0·8 + 0·4 + 1·2
//   = 28 + 36 + 0 + 15 + 0 + 32 + 2 + 9 + 54 + 27 + 0 + 9 + 0 + 5 + 0 + 0 + 2 = 219;
//   219 mod 11 = 10; (12 − 10) mod 11 = 2.
// 370102198002291250 (born on a leap day)
//   3·7 + 7·9 + 0·10 + 1·5 + 0·8 + 2·4 + 1·2 + 9·1 + 8·6 + 0·3 + 0·7 + 2·9 + 2·10
//   + 9·5 + 1·8 + 2·4 + 5·2
//   = 21 + 63 + 0 + 5 + 0 + 8 + 2 + 9 + 48 + 0 + 0 + 18 + 20 + 45 + 8 + 8 + 10 = 265;
//   265 mod 11 = 1; (12 − 1) mod 11 = 0.
// 110101199003070011: Σ = 154, 154 mod 11 = 0; (12 − 0) mod 11 = 1.
TEST(IdCardTest, ValidNumbers) {
  for (const char* id : {"11010519491231002X", "440308199901010012", "370102198002291250", "110101199003070011"}) {
    Status s = ValidateResidentId(id);
    EXPECT_TRUE(s.ok()) << id << ": " << s.message();
  }
}

TEST(IdCardTest, Errors) {
  struct Case {
    std::string id;
    std::string message;  // exact
  };
  const Case cases[] = {
      // Wrong check character.
      {"110105194912310021", "身份证号码校验位错误，应为X"},
      {"44030819990101001X", "身份证号码校验位错误，应为2"},
      {"370102198002291251", "身份证号码校验位错误，应为0"},
      // Wrong length; the old 15-digit numbers are not accepted either.
      {"", "身份证号码应为18位，当前为0位"},
      {"11010519491231002", "身份证号码应为18位，当前为17位"},
      {"11010519491231002X1", "身份证号码应为18位，当前为19位"},
      {"110105491231002", "身份证号码应为18位，当前为15位"},
      // Letters and other characters.
      {"11010519491231002A", "身份证号码第18位“A”应为数字或 X"},
      {"11010519491231002x", "身份证号码第18位“x”应为数字或 X"},  // not normalised
      {"1101051949123100X2", "身份证号码第17位“X”应为数字"},
      {"A1010519491231002X", "身份证号码第1位“A”应为数字"},
      {"110105 19491231002", "身份证号码第7位“ ”应为数字"},
      {"1101051949123100２X", "身份证号码第17位“２”应为数字"},  // full width: not normalised
      {"110105一九491231002X", "身份证号码第7位“一”应为数字"},
      // Impossible birth dates.
      {"110105199902300013", "身份证号码中的出生日期“19990230”不存在"},
      {"110105190002290010", "身份证号码中的出生日期“19000229”不存在"},  // 1900: not a leap year
      {"110105199913010013", "身份证号码中的出生日期“19991301”不存在"},
      {"110105199900100013", "身份证号码中的出生日期“19990010”不存在"},
      {"110105199901000013", "身份证号码中的出生日期“19990100”不存在"},
      {"110105210101010013", "身份证号码中的出生日期“21010101”不存在"},  // after 2100
      {"110105000001010013", "身份证号码中的出生日期“00000101”不存在"},
  };
  for (const Case& c : cases) {
    Status s = ValidateResidentId(c.id);
    EXPECT_FALSE(s.ok()) << c.id;
    EXPECT_EQ(s.code(), Code::kInvalid) << c.id;
    EXPECT_EQ(s.message(), c.message) << c.id;
  }
}

TEST(IdCardTest, Normalize) {
  struct Case {
    std::string input;
    std::string expected;
  };
  const Case cases[] = {
      {"11010519491231002x", "11010519491231002X"},
      {"  11010519491231002x\t", "11010519491231002X"},
      {"\u3000１１０１０５１９４９１２３１００２ｘ\u3000", "11010519491231002X"},
      {"１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"},
      {"１1０1０5１9４9１2３1０0２X", "11010519491231002X"},
      {"11010519491231002a", "11010519491231002a"},  // only x is upper-cased
      {"1101 0519", "1101 0519"},                    // inner spaces stay, and fail
      {"\u3000 \u3000", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NormalizeIdNumber(c.input), c.expected) << c.input;
  }
  EXPECT_TRUE(ValidateResidentId(NormalizeIdNumber("\u3000１１０１０５１９４９１２３１００２ｘ")).ok());
}

TEST(IdCardTest, MaskIdNumber) {
  struct Case {
    std::string id;
    std::string masked;
  };
  const Case cases[] = {
      {"370102198002291250", "370102********1250"},
      {"11010519491231002X", "110105********002X"},
      {"1101051949123100", "1101********3100"},  // 16: half is shown
      {"110105491231002", "1101********002"},    // 15: 7 of 15
      {"123456", "12***6"},
      {"12", "1*"},
      {"1", "*"},
      {"", ""},
      // UTF-8: a character is masked or kept whole.
      {"１１０１０５１９４９１２３１００２Ｘ", "１１０１０５********００２Ｘ"},
      {"张三丰李四", "张***四"},
      {"身份证号码缺失", "身份****失"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(MaskIdNumber(c.id), c.masked) << c.id;
  }
}

TEST(IdCardTest, MaskPhone) {
  struct Case {
    std::string phone;
    std::string masked;
  };
  const Case cases[] = {
      {"13812345678", "138****5678"},
      {"+8613812345678", "+86*******5678"},
      {"0531-12345678", "053******5678"},
      {"0531-12345", "05*****345"},  // 10: half is shown
      {"12345", "1***5"},
      {"123", "**3"},
      {"1", "*"},
      {"", ""},
      // UTF-8: a character is masked or kept whole.
      {"１３８１２３４５６７８", "１３８****５６７８"},
      {"电话号码未提供", "电****提供"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(MaskPhone(c.phone), c.masked) << c.phone;
  }
}

TEST(IdCardTest, MaskingNeverSplitsACharacter) {
  // Every output must be valid UTF-8: check that no '*' sits next to a
  // continuation byte and that the mask keeps the character count.
  for (const std::string s : {"张三", "张三丰", "𠀀𠀁𠀂𠀃", "a张b三c丰d", "身份证号码为一二三四五六七八九十百千"}) {
    for (const std::string& m : {MaskIdNumber(s), MaskPhone(s)}) {
      size_t chars = 0;
      for (size_t i = 0; i < m.size(); ++i) {
        const auto b = static_cast<unsigned char>(m[i]);
        if ((b & 0xC0) != 0x80) ++chars;
        if (m[i] == '*' && i + 1 < m.size()) {
          EXPECT_NE(static_cast<unsigned char>(m[i + 1]) & 0xC0, 0x80) << s << " → " << m;
        }
      }
      size_t expected = 0;
      for (unsigned char b : s) expected += (b & 0xC0) != 0x80;
      EXPECT_EQ(chars, expected) << s << " → " << m;
    }
  }
}

}  // namespace
}  // namespace gk
