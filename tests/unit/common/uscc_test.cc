#include "common/uscc.h"

#include <gtest/gtest.h>

#include <string>

namespace gk {
namespace {

// RULES.md §4 worked example: Σ = 1607, 1607 mod 31 = 26, 31 − 26 = 5.
TEST(UsccTest, WorkedExample) {
  EXPECT_EQ(UsccWeightedSum("11370100MB2869623"), 1607);
  EXPECT_EQ(UsccCheckDigitValue("11370100MB2869623"), 5);
  EXPECT_TRUE(ValidateUscc("11370100MB28696235").ok());
}

TEST(UsccTest, ValidCodes) {
  struct Case {
    const char* code;
    int sum;  // computed independently of this implementation
  };
  const Case cases[] = {
      {"11370100MB28696235", 1607}, {"91350100M000100Y43", 1640},
      {"913701000000000020", 310},   // Σ mod 31 = 0: 31 is written as 0
      {"91370100MA3C0H007Y", 1799},  // check value 30, the last character
      {"92370102MA3C5X7B2R", 2424}, {"52370000MJD60123XQ", 2518},
      {"11100000000013127D", 359},
  };
  for (const auto& c : cases) {
    const std::string code = c.code;
    EXPECT_EQ(UsccWeightedSum(code.substr(0, 17)), c.sum) << code;
    Status s = ValidateUscc(code);
    EXPECT_TRUE(s.ok()) << code << ": " << s.message();
  }
}

TEST(UsccTest, CheckDigitValueRejectsBadInput) {
  EXPECT_EQ(UsccCheckDigitValue(""), -1);
  EXPECT_EQ(UsccCheckDigitValue("11370100MB286962"), -1);    // 16
  EXPECT_EQ(UsccCheckDigitValue("11370100MB28696235"), -1);  // 18
  EXPECT_EQ(UsccCheckDigitValue("11370100MI2869623"), -1);   // I
  EXPECT_EQ(UsccCheckDigitValue("11370100mb2869623"), -1);   // lower case
  EXPECT_EQ(UsccWeightedSum("11370100MO2869623"), -1);       // O
}

TEST(UsccTest, Errors) {
  struct Case {
    std::string code;
    std::string message;  // exact
  };
  const Case cases[] = {
      {"", "统一社会信用代码应为18位，当前为0位"},
      {"11370100MB2869623", "统一社会信用代码应为18位，当前为17位"},
      {"11370100MB286962355", "统一社会信用代码应为18位，当前为19位"},
      {"11370100MB2869623５", "统一社会信用代码含有无效字符“５”（第18位）"},  // full width
      {"1137０100MB28696235", "统一社会信用代码含有无效字符“０”（第5位）"},
      {"11370100mb28696235", "统一社会信用代码含有无效字符“m”（第9位），字母应为大写"},
      {"11370100MI28696235", "统一社会信用代码含有无效字符“I”（第10位），代码中不使用字母 I、O、S、V、Z"},
      {"11370100MB2869623Z", "统一社会信用代码含有无效字符“Z”（第18位），代码中不使用字母 I、O、S、V、Z"},
      {"11370100MB 8696235", "统一社会信用代码含有无效字符“ ”（第11位）"},
      {"11370100MB2869-235", "统一社会信用代码含有无效字符“-”（第15位）"},
      {"山东370100MB28696235", "统一社会信用代码含有无效字符“山”（第1位）"},
      {"11370100MB28696236", "统一社会信用代码校验位错误，应为5"},
      {"91350100M000100Y40", "统一社会信用代码校验位错误，应为3"},
      {"913701000000000021", "统一社会信用代码校验位错误，应为0"},
      {"91370100MA3C0H0070", "统一社会信用代码校验位错误，应为Y"},
  };
  for (const auto& c : cases) {
    Status s = ValidateUscc(c.code);
    EXPECT_EQ(s.code(), Code::kInvalid) << c.code;
    EXPECT_EQ(s.message(), c.message) << c.code;
  }
}

TEST(UsccTest, InvalidUtf8NeverCrashes) {
  const std::string cases[] = {std::string(18, '\xFF'), "\xE5\xB1", "11370100MB2869623\xE5",
                               std::string("11370100MB2869623\0", 18)};
  for (const auto& code : cases) EXPECT_EQ(ValidateUscc(code).code(), Code::kInvalid);
}

TEST(UsccTest, Normalize) {
  const std::pair<std::string, std::string> cases[] = {
      {"11370100MB28696235", "11370100MB28696235"},
      {"  11370100mb28696235\t", "11370100MB28696235"},
      {"\xE3\x80\x80"
       "11370100MB28696235"
       "\xE3\x80\x80",
       "11370100MB28696235"},  // U+3000
      {"１１３７０１００ＭＢ２８６９６２３５", "11370100MB28696235"},
      {"１１３７０１００ｍｂ２８６９６２３５", "11370100MB28696235"},
      {"   ", ""},
      {"1137 0100", "1137 0100"},  // inner spaces are not this function's business
      {"山东", "山东"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(NormalizeUscc(in), want) << in;
  EXPECT_TRUE(ValidateUscc(NormalizeUscc(" 91350100m000100y43 ")).ok());
}

}  // namespace
}  // namespace gk
