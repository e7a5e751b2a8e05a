// Identity documents and contact data of applicants: the 居民身份证 number
// check (GB 11643-1999) and the masking used wherever personal data leaves
// the case file (exports, lists).
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"

namespace gk {

// Ok if `id` is an 18-character 居民身份证 number: 17 digits, a real birth
// date (YYYYMMDD in positions 7–14, not in the future of 2100), and a correct
// check character (0–9 or X; weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
// check = (12 − Σ mod 11) mod 11, 10 written X). Otherwise Invalid with a
// Chinese message naming the problem. Call NormalizeIdNumber first.
Status ValidateResidentId(std::string_view id);

// What a person typed, made comparable: surrounding spaces (including
// U+3000) trimmed, full-width digits and letters to ASCII, a lower-case x
// upper-cased.
std::string NormalizeIdNumber(std::string_view input);

// "370102********123X": keeps the first 6 and last 4 characters (fewer for
// short values: at most half is shown), the rest are '*'. UTF-8 safe.
std::string MaskIdNumber(std::string_view id);
// "138****5678": keeps the first 3 and last 4 digits of 11 or more; for
// shorter numbers at most half is shown. UTF-8 safe.
std::string MaskPhone(std::string_view phone);

}  // namespace gk
