// RULES.md §9: the 双随机 draw algorithm, version 1, on its worked example
// and on the edges of its rules.
#include "supervision/draw.h"

#include <gtest/gtest.h>

#include "supervision/draw_verify.h"

namespace gk::supervision {
namespace {

// RULES.md §9, worked example.
DrawInput WorkedExample() {
  DrawInput in;
  in.seed = "20260305-3051.42";
  // Given out of order and with a duplicate: the canonical list is the same.
  in.targets = {"91370100MA3C000006", "91370100MA3C000001", "91370100MA3C000002", "91370100MA3C000003",
                "91370100MA3C000004", "91370100MA3C000005", "91370100MA3C000001"};
  in.inspectors = {"37010004", "37010003", "37010002", "37010001"};
  in.exclusions = {{"91370100MA3C000004", "37010001"}};
  in.n = 2;
  in.m = 2;
  return in;
}

TEST(DrawTest, WorkedExampleOfRules9) {
  auto r = Draw(WorkedExample());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->input_sha256, "2dcebd7bbc61744fd76aa56a55728ddcd6de57c9fd3908a0776defae35d38bac");
  ASSERT_EQ(r->result.size(), 2u);
  EXPECT_EQ(r->result[0].target, "91370100MA3C000005");
  EXPECT_EQ(r->result[0].inspectors, (std::vector<std::string>{"37010003", "37010002"}));
  EXPECT_EQ(r->result[1].target, "91370100MA3C000004");
  EXPECT_EQ(r->result[1].inspectors, (std::vector<std::string>{"37010004", "37010002"}));
  EXPECT_EQ(r->targets.size(), 6u);
  EXPECT_EQ(r->targets.front(), "91370100MA3C000001");
}

TEST(DrawTest, WithoutTheExclusionTheSecondTargetMayGetTheExcludedInspector) {
  // The exclusion changes what the stream picks from: the draw differs.
  DrawInput in = WorkedExample();
  in.exclusions.clear();
  auto r = Draw(in);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->result[0].target, "91370100MA3C000005");  // the targets come first, unchanged
  EXPECT_EQ(r->result[0].inspectors, (std::vector<std::string>{"37010003", "37010002"}));
}

TEST(DrawTest, CanonicalListsAreDeduplicatedAndInByteOrder) {
  // UTF-8 byte order: digits < upper case < lower case < CJK.
  EXPECT_EQ(Canonical({"b", "检", "A", "1", "b", "a"}), (std::vector<std::string>{"1", "A", "a", "b", "检"}));
  EXPECT_EQ(InputSha256({}, {}), InputSha256({}, {}));
  EXPECT_NE(InputSha256({"a"}, {"b"}), InputSha256({"b"}, {"a"}));
}

TEST(DrawTest, RandomStreamIsSha256OfSeedColonK) {
  // First 8 bytes, big-endian, of SHA-256("20260305-3051.42:0") and of ":1"
  // (computed independently with Python's hashlib).
  RandomStream s("20260305-3051.42");
  EXPECT_EQ(s.Next(), 0x53b2fe1bc67cb620ULL);
  EXPECT_EQ(s.Next(), 0xf9f68ccb1c3da780ULL);
  EXPECT_EQ(s.position(), 2u);
  EXPECT_NE(RandomStream("20260305-3051.43").Next(), 0x53b2fe1bc67cb620ULL);
}

TEST(DrawTest, UniformRejectsTheBiasedTopOfTheRange) {
  // n = 2^63 + 1: 2^64 mod n = 2^63 − 1, so values ≥ 2^63 + 1 (about half)
  // are discarded and the next taken.
  const uint64_t n = (uint64_t{1} << 63) + 1;
  for (const char* seed : {"a", "b", "c", "d", "e", "f", "g", "h"}) {
    RandomStream raw(seed), drawn(seed);
    uint64_t expected = 0;
    for (;;) {
      const uint64_t r = raw.Next();
      if (r < n) {
        expected = r % n;
        break;
      }
    }
    EXPECT_EQ(drawn.Uniform(n), expected) << seed;
    EXPECT_EQ(drawn.position(), raw.position()) << seed;
  }
  RandomStream one("x");
  EXPECT_EQ(one.Uniform(1), 0u);
  EXPECT_EQ(one.position(), 1u);  // uniform(1) still takes a value
}

TEST(DrawTest, RefusesBadParametersAllAtOnce) {
  struct Case {
    const char* name;
    DrawInput in;
    std::vector<std::string> messages;
  };
  DrawInput bad = WorkedExample();
  bad.seed.clear();
  bad.n = 7;
  bad.m = 0;
  DrawInput empty_id = WorkedExample();
  empty_id.targets.push_back("");
  empty_id.inspectors.push_back("3701\n0005");
  DrawInput too_few = WorkedExample();
  too_few.m = 4;  // target 4 has only three inspectors left after its exclusion
  DrawInput zero = WorkedExample();
  zero.n = 0;
  const std::vector<Case> cases = {
      {"seed, n and m", bad, {"未填写随机种子", "抽取对象数须在 1 至 6 之间", "检查人员数至少为 1"}},
      {"ids", empty_id, {"检查对象名单中有空白", "执法检查人员名单中有空白或含换行"}},
      {"exclusions", too_few, {"91370100MA3C000004", "只有 3 名"}},
      {"n zero", zero, {"抽取对象数须在 1 至 6 之间"}},
  };
  for (const auto& c : cases) {
    auto r = Draw(c.in);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.status().code(), Code::kInvalid) << c.name;
    for (const auto& m : c.messages) EXPECT_NE(r.status().message().find(m), std::string::npos) << c.name << ": " << m;
  }
}

TEST(DrawVerifyTest, PublishedJsonOfTheWorkedExampleMatches) {
  const DrawInput in = WorkedExample();
  auto r = Draw(in);
  ASSERT_TRUE(r.ok());
  const std::string json = DrawJson(in, r.value());
  EXPECT_NE(json.find("\"algorithm_version\": 1"), std::string::npos);
  auto v = VerifyJson(json);
  ASSERT_TRUE(v.ok()) << v.status().message();
  EXPECT_TRUE(v->matches);
  EXPECT_TRUE(v->differences.empty());
  // The work bound: 6 targets + 2 × (4 inspectors + 2 picks) = 18.
  EXPECT_TRUE(VerifyJson(json, 18).ok());
  auto big = VerifyJson(json, 17);
  ASSERT_FALSE(big.ok());
  EXPECT_NE(big.status().message().find("规模过大"), std::string::npos);
}

TEST(DrawVerifyTest, ATamperedResultOrHashIsNamed) {
  const DrawInput in = WorkedExample();
  auto r = Draw(in);
  ASSERT_TRUE(r.ok());
  DrawResult swapped = r.value();
  std::swap(swapped.result[0].inspectors[0], swapped.result[0].inspectors[1]);
  auto v = VerifyJson(DrawJson(in, swapped));
  ASSERT_TRUE(v.ok());
  EXPECT_FALSE(v->matches);
  ASSERT_EQ(v->differences.size(), 1u);
  EXPECT_NE(v->differences[0].find("91370100MA3C000005 的检查人员"), std::string::npos) << v->differences[0];

  DrawResult other_target = r.value();
  other_target.result[1].target = "91370100MA3C000006";
  other_target.input_sha256 = std::string(64, '0');
  v = VerifyJson(DrawJson(in, other_target));
  ASSERT_TRUE(v.ok());
  EXPECT_FALSE(v->matches);
  EXPECT_EQ(v->differences.size(), 2u);  // the hash and the second target
}

TEST(DrawVerifyTest, WhatIsNotADrawIsRefusedClearly) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"not json", "文件不是有效的 JSON"},
      {"[1, 2]", "文件不是有效的 JSON 对象"},
      {"{}", "缺少字符串成员 seed"},
      {R"({"seed": "s", "algorithm_version": 2, "targets": ["a"], "inspectors": ["b"], "exclusions": [],
           "n": 1, "m": 1, "input_sha256": "", "result": []})",
       "不支持的算法版本 2"},
      {R"({"seed": "s", "algorithm_version": 1, "targets": ["a"], "inspectors": ["b"], "exclusions": [["a"]],
           "n": 1, "m": 1, "input_sha256": "", "result": []})",
       "exclusions 须为"},
      {R"({"seed": "s", "algorithm_version": 1, "targets": ["a"], "inspectors": ["b"], "exclusions": [],
           "n": 2, "m": 1, "input_sha256": "", "result": []})",
       "无法按公布的参数重新计算"},
  };
  for (const auto& [json, message] : cases) {
    auto v = VerifyJson(json);
    ASSERT_FALSE(v.ok()) << json;
    EXPECT_NE(v.status().message().find(message), std::string::npos) << json << " → " << v.status().message();
  }
}

}  // namespace
}  // namespace gk::supervision
