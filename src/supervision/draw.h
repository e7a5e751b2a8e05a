// 双随机 draws (随机抽取检查对象，随机选派执法检查人员): the published draw
// algorithm of RULES.md §9, version 1. Anyone can recompute a published draw
// from its seed, its canonical input lists and its parameters, so this
// algorithm never changes for a draw made with it; a later algorithm gets a
// new version number, stored with each draw.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/status.h"

namespace gk::supervision {

constexpr int kAlgorithmVersion = 1;

struct DrawInput {
  std::string seed;                     // S: fixed and published before the draw
  std::vector<std::string> targets;     // 检查对象: USCCs (any order, duplicates allowed)
  std::vector<std::string> inspectors;  // 执法检查人员: certificate numbers
  // Conflicts of interest recorded before the draw: (target id, inspector id).
  std::vector<std::pair<std::string, std::string>> exclusions;
  int n = 0;  // targets to select
  int m = 0;  // inspectors per selected target
};

struct Assignment {
  std::string target;
  std::vector<std::string> inspectors;  // in the order drawn
};

struct DrawResult {
  std::vector<std::string> targets;     // canonical list (RULES §9)
  std::vector<std::string> inspectors;  // canonical list
  std::string input_sha256;             // lower-case hex
  std::vector<Assignment> result;       // in draw order
};

// De-duplicated and sorted by UTF-8 bytes (RULES §9 "Canonical lists").
std::vector<std::string> Canonical(std::vector<std::string> ids);

// "targets\n" + targets joined by "\n" + "\ninspectors\n" + inspectors
// joined by "\n" + "\n" (canonical lists): the text the input hash is of.
std::string InputText(const std::vector<std::string>& targets, const std::vector<std::string>& inspectors);
// SHA-256 (lower-case hex) of InputText.
std::string InputSha256(const std::vector<std::string>& targets, const std::vector<std::string>& inspectors);

// The random stream of RULES §9: value k is the first 8 bytes (big-endian)
// of SHA-256(S + ":" + k).
class RandomStream {
 public:
  explicit RandomStream(std::string seed) : seed_(std::move(seed)) {}
  // The next value of the stream.
  uint64_t Next();
  // uniform(n), n >= 1: rejection sampling so that every answer in [0, n)
  // is equally likely.
  uint64_t Uniform(uint64_t n);
  uint64_t position() const { return k_; }

 private:
  std::string seed_;
  uint64_t k_ = 0;
};

// Runs the draw. Invalid (message in Chinese, every problem at once) when
// the seed is empty, an id is empty or holds a line break, n is not between
// 1 and the number of targets, m is below 1, or a selected target has fewer
// than m inspectors left after its exclusions.
Result<DrawResult> Draw(const DrawInput& input);

}  // namespace gk::supervision
