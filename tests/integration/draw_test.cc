// `gongkai draw verify FILE`: a published 双随机 draw (RULES.md §9) checked
// from outside, as anyone holding its JSON would.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "testutil/http_client.h"

namespace gk::testing {
namespace {

// The worked example of RULES.md §9, as published.
constexpr const char* kPublished = R"({
  "seed": "20260305-3051.42", "algorithm_version": 1,
  "targets": ["91370100MA3C000001", "91370100MA3C000002", "91370100MA3C000003",
              "91370100MA3C000004", "91370100MA3C000005", "91370100MA3C000006"],
  "inspectors": ["37010001", "37010002", "37010003", "37010004"],
  "exclusions": [["91370100MA3C000004", "37010001"]], "n": 2, "m": 2,
  "input_sha256": "2dcebd7bbc61744fd76aa56a55728ddcd6de57c9fd3908a0776defae35d38bac",
  "result": [{"target": "91370100MA3C000005", "inspectors": ["37010003", "37010002"]},
             {"target": "91370100MA3C000004", "inspectors": ["37010004", "37010002"]}]
})";

class DrawCliTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = ServerProcess::MakeTempDir(); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  int Verify(const std::string& json, std::string* out, std::string* err) {
    const std::string file = dir_ + "/draw.json";
    std::ofstream(file) << json;
    return ServerProcess::Run({"draw", "verify", file, "--data", dir_}, out, err);
  }
  std::string dir_;
};

TEST_F(DrawCliTest, ThePublishedWorkedExampleMatches) {
  std::string out, err;
  ASSERT_EQ(Verify(kPublished, &out, &err), 0) << out << err;
  EXPECT_NE(out.find("91370100MA3C000005 → 37010003、37010002"), std::string::npos) << out;
  EXPECT_NE(out.find("一致"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/gongkai.db"));  // needs no database
}

TEST_F(DrawCliTest, ATamperedDrawIsNamedAndFails) {
  std::string json = kPublished, out, err;
  json.replace(json.find(R"(["37010004", "37010002"])"), 24, R"(["37010002", "37010004"])");
  EXPECT_EQ(Verify(json, &out, &err), 1);
  EXPECT_NE(err.find("不一致：检查对象 91370100MA3C000004 的检查人员"), std::string::npos) << err;
}

TEST_F(DrawCliTest, WhatIsNotADrawIsRefusedWithTheReason) {
  std::string out, err;
  EXPECT_EQ(Verify("{\"seed\": 1}", &out, &err), 1);
  EXPECT_NE(err.find("缺少字符串成员 seed"), std::string::npos) << err;
  EXPECT_EQ(ServerProcess::Run({"draw", "verify", dir_ + "/missing.json", "--data", dir_}, &out, &err), 1);
  EXPECT_NE(err.find("无法读取文件"), std::string::npos) << err;
  EXPECT_NE(ServerProcess::Run({"draw", "recompute", "--data", dir_}, &out, &err), 0);
  EXPECT_NE(err.find("用法: gongkai draw verify 文件"), std::string::npos) << err;
}

}  // namespace
}  // namespace gk::testing
