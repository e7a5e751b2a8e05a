// 统一社会信用代码 (unified social credit code, USCC): the 18-character
// identifier of every registered organisation in China. Agencies are keyed
// by it, and it forms the first half of every 索引号.
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"

namespace gk {

// Σ Ci·Wi over the first 17 characters, the intermediate figure of the check
// digit rule; -1 if `first17` is not 17 code characters.
int UsccWeightedSum(std::string_view first17);

// The value (0..30) the 18th character must have; -1 if `first17` is not 17
// code characters (digits and upper-case letters other than I O S V Z).
int UsccCheckDigitValue(std::string_view first17);

// Ok if `code` is 18 code characters with a correct check digit; otherwise
// Status::Invalid with a Chinese message naming the problem (length, the
// offending character and its position, or the expected check digit).
// Upper case only: call NormalizeUscc on what a person typed first.
Status ValidateUscc(std::string_view code);
// `first17` with its check digit appended: a valid code (demo data, tests);
// `first17` unchanged when it is not 17 code characters.
std::string WithUsccCheckDigit(std::string_view first17);

// What a person typed, made comparable: surrounding spaces (including the
// full-width U+3000) trimmed, full-width letters and digits (Ａ１) turned
// into ASCII, letters upper-cased. Does not validate.
std::string NormalizeUscc(std::string_view input);

}  // namespace gk
