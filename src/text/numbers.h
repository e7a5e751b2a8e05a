// The number shapes both text scanners (personal_info.cc, content_check.cc)
// agree on: runs of digits read as ASCII, runs joined into groups, and the
// tests of a mobile number, an area code and the Luhn check (ISO/IEC 7812-1).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/chars.h"

namespace gk::text::numbers {

inline constexpr size_t kMaxGroups = 8;  // digit groups read for one number

// A maximal run of digits (ASCII or full-width), as ASCII.
struct Run {
  size_t begin = 0;
  size_t end = 0;
  std::string digits;
};

inline Run ReadRun(std::string_view s, size_t i) {
  Run run{i, i, {}};
  while (size_t n = chars::DigitAt(s, run.end)) {
    run.digits.push_back(chars::DigitValue(s, run.end));
    run.end += n;
  }
  return run;
}

// `first` and the runs joined to it by single spaces or hyphens (138 1234
// 5678, 0531-8888 6666), at most kMaxGroups.
inline std::vector<Run> ReadGroups(std::string_view s, Run first) {
  std::vector<Run> groups;
  groups.push_back(std::move(first));
  while (groups.size() < kMaxGroups) {
    const size_t e = groups.back().end;
    if (e >= s.size() || (s[e] != ' ' && s[e] != '-') || !chars::DigitAt(s, e + 1)) break;
    groups.push_back(ReadRun(s, e + 1));
  }
  return groups;
}

inline bool IsMobile(std::string_view d) { return d.size() == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9'; }

// 010, 02X, or 03XX–09XX.
inline bool IsAreaCode(std::string_view d) {
  if (d.size() < 3 || d[0] != '0') return false;
  if (d[1] == '1' || d[1] == '2') return d.size() == 3 && (d[1] == '2' || d[2] == '0');
  return d.size() == 4 && d[1] >= '3';
}

inline bool Luhn(std::string_view d) {
  int sum = 0;
  for (size_t k = 0; k < d.size(); ++k) {
    int v = d[d.size() - 1 - k] - '0';
    if (k % 2 == 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return sum % 10 == 0;
}

}  // namespace gk::text::numbers
