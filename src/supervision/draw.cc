#include "supervision/draw.h"

#include <algorithm>
#include <set>

#include "common/sha256.h"
#include "common/strings.h"

namespace gk::supervision {
namespace {

// Partial Fisher–Yates (RULES §9): for i = 0 … count−1 swap position i with
// i + uniform(length − i); the selection is positions 0 … count−1.
std::vector<std::string> Pick(std::vector<std::string> list, int count, RandomStream& stream) {
  for (size_t i = 0; i < static_cast<size_t>(count); ++i) {
    const size_t j = i + static_cast<size_t>(stream.Uniform(list.size() - i));
    std::swap(list[i], list[j]);
  }
  list.resize(static_cast<size_t>(count));
  return list;
}

bool BadId(const std::string& id) { return id.empty() || id.find_first_of("\r\n") != std::string::npos; }

}  // namespace

std::vector<std::string> Canonical(std::vector<std::string> ids) {
  // std::string compares as unsigned bytes (char_traits<char>::compare is
  // memcmp), which is the order of UTF-8 bytes.
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::string InputText(const std::vector<std::string>& targets, const std::vector<std::string>& inspectors) {
  return "targets\n" + Join(targets, "\n") + "\ninspectors\n" + Join(inspectors, "\n") + "\n";
}

std::string InputSha256(const std::vector<std::string>& targets, const std::vector<std::string>& inspectors) {
  return Sha256Hex(InputText(targets, inspectors));
}

uint64_t RandomStream::Next() {
  const auto h = Sha256(seed_ + ":" + std::to_string(k_++));
  uint64_t r = 0;
  for (int i = 0; i < 8; ++i) r = (r << 8) | h[i];
  return r;
}

uint64_t RandomStream::Uniform(uint64_t n) {
  // 2^64 mod n, computed in 64 bits: (2^64 − n) mod n.
  const uint64_t rem = (0 - n) % n;
  const uint64_t limit = 0 - rem;  // 2^64 − rem; 0 stands for 2^64 (rem == 0)
  for (;;) {
    const uint64_t r = Next();
    if (rem == 0 || r < limit) return r % n;
  }
}

Result<DrawResult> Draw(const DrawInput& input) {
  std::vector<std::string> problems;
  if (input.seed.empty()) problems.push_back("未填写随机种子");
  if (std::any_of(input.targets.begin(), input.targets.end(), BadId))
    problems.push_back("检查对象名单中有空白或含换行的编号");
  if (std::any_of(input.inspectors.begin(), input.inspectors.end(), BadId))
    problems.push_back("执法检查人员名单中有空白或含换行的编号");
  DrawResult out;
  out.targets = Canonical(input.targets);
  out.inspectors = Canonical(input.inspectors);
  if (input.n < 1 || static_cast<size_t>(input.n) > out.targets.size())
    problems.push_back("抽取对象数须在 1 至 " + std::to_string(out.targets.size()) + " 之间");
  if (input.m < 1) problems.push_back("每个对象的检查人员数至少为 1");
  if (!problems.empty()) {
    std::string message;
    for (const auto& p : problems) message += (message.empty() ? "" : "；") + p;
    return Status::Invalid(message);
  }
  out.input_sha256 = InputSha256(out.targets, out.inspectors);
  const std::set<std::pair<std::string, std::string>> excluded(input.exclusions.begin(), input.exclusions.end());
  RandomStream stream(input.seed);
  for (const auto& target : Pick(out.targets, input.n, stream)) {
    std::vector<std::string> eligible;
    for (const auto& inspector : out.inspectors)
      if (!excluded.count({target, inspector})) eligible.push_back(inspector);
    if (eligible.size() < static_cast<size_t>(input.m))
      return Status::Invalid("检查对象 " + target + " 排除回避人员后只有 " + std::to_string(eligible.size()) +
                             " 名检查人员，少于每个对象需要的 " + std::to_string(input.m) + " 名");
    out.result.push_back({target, Pick(std::move(eligible), input.m, stream)});
  }
  return out;
}

}  // namespace gk::supervision
