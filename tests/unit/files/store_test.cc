// The file store shared by the domains (files/store.h): type detection by
// content, content-addressed writes, and locating the bytes for streaming.
#include "files/store.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace gk::files {
namespace {

namespace fs = std::filesystem;

const std::string kPdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n";
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + "rest";

TEST(DetectFileTypeTest, ByContentAndExtension) {
  struct Case {
    const char* name;
    std::string data;
    const char* type;  // nullptr: refused
  };
  const std::string ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1xxxx", 12);
  const Case cases[] = {
      {"计划.pdf", kPdf, "application/pdf"},
      {"计划.PDF", kPdf, "application/pdf"},
      {"图.png", kPng, "image/png"},
      {"照片.jpg", "\xFF\xD8\xFF\xE0rest", "image/jpeg"},
      {"表.xls", ole2, "application/vnd.ms-excel"},
      {"文.doc", ole2, "application/msword"},
      {"文.docx", "PK\x03\x04....word/document.xml",
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {"表.xlsx", "PK\x03\x04....xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {"版.ofd", "PK\x03\x04....OFD.xml", "application/ofd"},
      {"包.zip", "PK\x03\x04....", "application/zip"},
      {"伪装.pdf", kPng, nullptr},             // content does not match the extension
      {"文.docx", "PK\x03\x04....", nullptr},  // a ZIP, but not a Word file
      {"tool.exe", "MZ\x90", nullptr},         // not an accepted type
      {"无扩展名", kPdf, nullptr},
      {"空.pdf", "", nullptr},
  };
  for (const Case& c : cases) {
    auto t = DetectFileType(c.name, c.data);
    if (c.type) {
      ASSERT_TRUE(t.ok()) << c.name << ": " << t.status().message();
      EXPECT_EQ(t.value(), c.type) << c.name;
    } else {
      EXPECT_FALSE(t.ok()) << c.name;
      if (!t.ok()) {
        EXPECT_EQ(t.status().code(), Code::kInvalid) << c.name;
      }
    }
  }
}

class FileStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/gk-files-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string dir_;
};

TEST_F(FileStoreTest, StoresByContentAndLocates) {
  FileStore store(dir_ + "/files");
  auto a = store.Store("2026年计划\x01.pdf", kPdf);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->name, "2026年计划.pdf");  // control characters dropped
  EXPECT_EQ(a->content_type, "application/pdf");
  EXPECT_EQ(a->size, static_cast<int64_t>(kPdf.size()));
  ASSERT_EQ(a->sha256.size(), 64u);
  // The same bytes under another name: the same file on disk.
  auto b = store.Store("copy.pdf", kPdf);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->sha256, a->sha256);

  auto where = store.Locate(a->sha256);
  ASSERT_TRUE(where.ok()) << where.status().message();
  EXPECT_EQ(where->path, dir_ + "/files/" + a->sha256.substr(0, 2) + "/" + a->sha256);
  EXPECT_EQ(where->size, static_cast<int64_t>(kPdf.size()));
  std::ifstream f(where->path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  EXPECT_EQ(ss.str(), kPdf);
  EXPECT_FALSE(fs::exists(where->path + ".tmp"));
}

TEST_F(FileStoreTest, RefusesWithoutWriting) {
  FileStore store(dir_ + "/files");
  EXPECT_FALSE(store.Store("伪装.pdf", kPng).ok());
  EXPECT_FALSE(store.Store("", kPdf).ok());
  EXPECT_FALSE(store.Store(std::string(241, 'a') + ".pdf", kPdf).ok());
  EXPECT_FALSE(fs::exists(dir_ + "/files"));
  auto missing = store.Locate(std::string(64, '0'));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Code::kUnavailable);
}

TEST(ContentDispositionTest, AsciiFallbackAndUtf8Name) {
  EXPECT_EQ(ContentDisposition("plan.pdf"), "attachment; filename=\"plan.pdf\"; filename*=UTF-8''plan.pdf");
  const std::string d = ContentDisposition("计划 \"1\".pdf");
  EXPECT_NE(d.find("filename=\"______ _1_.pdf\""), std::string::npos) << d;
  EXPECT_NE(d.find("filename*=UTF-8''%E8%AE%A1%E5%88%92%20%221%22.pdf"), std::string::npos) << d;
}

}  // namespace
}  // namespace gk::files
