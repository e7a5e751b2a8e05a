// Internal to content_check.cc and content_scans.cc: the findings a check
// collects with byte offsets, and the scans that need nothing of the main
// scanner's state (wording, brackets).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/content_check.h"

namespace gk::text::internal {

// Findings with byte offsets into one text, until Finish turns them into
// character offsets.
class Findings {
 public:
  explicit Findings(std::string_view text) : s_(text) {}

  void Add(size_t begin, size_t end, FindingKind kind, std::string rule, std::string message, std::string suggestion,
           bool blocking);
  // Sorted by position, offsets in characters; leaves this empty.
  std::vector<Finding> Finish();

 private:
  struct Hit {
    size_t begin = 0;
    size_t end = 0;
    Finding finding;
  };
  std::string_view s_;
  std::vector<Hit> hits_;
};

inline std::string Quoted(std::string_view s) { return "“" + std::string(s) + "”"; }

// 用词: a rule's wrong form (not after 原 or 原 and a place name).
void ScanWording(std::string_view s, const std::vector<WordingRule>& rules, Findings& out);
// Unpaired and mixed-width brackets and book-title marks, per line; the
// marks at `exempt` (byte offsets, belonging to a finding already made)
// are skipped.
void ScanBrackets(std::string_view s, std::vector<size_t> exempt, Findings& out);

}  // namespace gk::text::internal
