// `gongkai import items FILE` against a demo installation: good files are
// imported and public at once, a file with a bad row imports nothing.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "testutil/http_client.h"

namespace gk::testing {
namespace {

class ImportTest : public ::testing::Test {
 protected:
  // The scheduler (and with it the search catch-up) every second.
  void SetUp() override { server_ = ServerProcess::Start({"--set", "catalogue.scheduler_seconds=1"}); }

  std::string Write(const std::string& name, const std::string& content) {
    std::string path = server_->data_dir() + "/" + name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  int Import(const std::string& path, std::string* out, std::string* err) {
    return ServerProcess::Run({"import", "items", path, "--data", server_->data_dir()}, out, err);
  }
  int Status(const std::string& index_no) {
    return Fetch(server_->host(), server_->port(), "GET", "/items/" + index_no).status;
  }

  std::unique_ptr<ServerProcess> server_;
};

TEST_F(ImportTest, CsvWithThreeGoodRowsImportsThemAsPublicItems) {
  ASSERT_TRUE(server_);
  std::string path = Write("items.csv",
                           "\xEF\xBB\xBF索引号,标题,发文字号,发布日期,有效性,栏目,正文\n"
                           "11370100MB28696235/2019-00101,关于开展“双随机”抽查的通知,济市监发〔2019〕3号,2019-03-01,"
                           "有效,tzgg,\"第一段。\n\n第二段，含\"\"引号\"\"。\"\n"
                           "11370100MB28696235/2019-00102,2019年工作总结,,2019-12-20,,通知公告,总结正文。\n"
                           "11370100MB28696235/2019-00103,价格监督检查公告,,2019-06-05,,,公告正文。\n");
  std::string out, err;
  ASSERT_EQ(Import(path, &out, &err), 0) << out << err;
  EXPECT_NE(out.find("已导入 3 条信息"), std::string::npos) << out;
  for (const char* no :
       {"11370100MB28696235/2019-00101", "11370100MB28696235/2019-00102", "11370100MB28696235/2019-00103"})
    EXPECT_EQ(Status(no), 200) << no;
  auto page = Fetch(server_->host(), server_->port(), "GET", "/items/11370100MB28696235/2019-00101");
  EXPECT_NE(page.body.find("济市监发〔2019〕3号"), std::string::npos);
  EXPECT_NE(page.body.find("第二段"), std::string::npos);
}

// The running server holds the search index, so the import cannot write to
// it; the server's catch-up indexes the imported items within a beat.
TEST_F(ImportTest, ItemsImportedWhileTheServerRunsBecomeSearchable) {
  ASSERT_TRUE(server_);
  auto search = [&](const std::string& q) {
    return Fetch(server_->host(), server_->port(), "GET", "/search?q=" + q).body;
  };
  const std::string word = "%E7%A0%B4%E5%86%B0%E8%A1%8C%E5%8A%A8";  // 破冰行动: in no demo item
  EXPECT_NE(search(word).find("没有找到相关信息"), std::string::npos);
  std::string path = Write("items.csv",
                           "索引号,标题,发布日期,正文\n"
                           "11370100MB28696235/2019-00201,“破冰行动”计量专项检查通报,2019-04-01,正文。\n"
                           "11370100MB28696235/2019-00202,价格监督检查公告,2019-06-05,开展破冰行动。\n");
  std::string out, err;
  ASSERT_EQ(Import(path, &out, &err), 0) << out << err;
  std::string found;
  for (int i = 0; i < 100 && found.find("共找到 2 条结果") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    found = search(word);
  }
  EXPECT_NE(found.find("共找到 2 条结果"), std::string::npos) << found.substr(0, 2000);
  EXPECT_NE(found.find("11370100MB28696235/2019-00201"), std::string::npos);
}

TEST_F(ImportTest, OneBadRowImportsNothingAndNamesItsLine) {
  ASSERT_TRUE(server_);
  std::string path = Write("bad.csv",
                           "index_no,title,published_on\n"
                           "11370100MB28696235/2019-00201,好的一行,2019-05-01\n"
                           "11370100MB28696235/2019-00202,坏的一行,2019-13-01\n"
                           "11370100MB28696235/2019-00203,又一行好的,2019-05-03\n");
  std::string out, err;
  EXPECT_EQ(Import(path, &out, &err), 1) << out << err;
  EXPECT_NE(out.find("第 3 行：发布日期格式"), std::string::npos) << out;
  EXPECT_EQ(out.find("第 2 行"), std::string::npos) << out;
  EXPECT_EQ(Status("11370100MB28696235/2019-00201"), 404);
  EXPECT_EQ(Status("11370100MB28696235/2019-00203"), 404);
}

TEST_F(ImportTest, JsonLinesWork) {
  ASSERT_TRUE(server_);
  std::string path = Write("items.jsonl",
                           "{\"index_no\":\"11370100MB28696235/2018-00001\",\"title\":\"JSON 导入的通知\","
                           "\"published_on\":\"2018-02-01\",\"columns\":[\"tzgg\"],\"body\":\"纯文本 *正文*\","
                           "\"body_format\":\"text\"}\n"
                           "\n"
                           "{\"索引号\":\"11370100MB28696235/2018-00002\",\"标题\":\"中文字段\",\"发布日期\":"
                           "\"2018-02-02\",\"第二十条\":\"（一）\"}\n");
  std::string out, err;
  ASSERT_EQ(Import(path, &out, &err), 0) << out << err;
  EXPECT_NE(out.find("已导入 2 条信息"), std::string::npos) << out;
  auto page = Fetch(server_->host(), server_->port(), "GET", "/items/11370100MB28696235/2018-00001");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("*正文*"), std::string::npos);
  EXPECT_EQ(Status("11370100MB28696235/2018-00002"), 200);
  // The same file again: every number is taken now.
  EXPECT_EQ(Import(path, &out, &err), 1);
  EXPECT_NE(out.find("第 1 行：索引号 11370100MB28696235/2018-00001 已被使用"), std::string::npos) << out;
  EXPECT_NE(out.find("第 3 行："), std::string::npos) << out;
}

}  // namespace
}  // namespace gk::testing
