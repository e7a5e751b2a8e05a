// Range requests: ParseRange, and Finalize on file bodies (streamed
// downloads): 200 with Accept-Ranges, 206 with Content-Range, 416.
#include <gtest/gtest.h>

#include <string>

#include "http/server.h"

namespace gk::http {
namespace {

TEST(ParseRangeTest, OneByteRangeOrTheWhole) {
  struct Case {
    std::string header;
    int64_t size;
    RangeKind kind;
    int64_t offset;
    int64_t length;
  };
  const Case cases[] = {
      {"bytes=0-99", 1000, RangeKind::kPart, 0, 100},
      {"bytes=100-199", 1000, RangeKind::kPart, 100, 100},
      {"bytes=900-", 1000, RangeKind::kPart, 900, 100},
      {"bytes=-100", 1000, RangeKind::kPart, 900, 100},
      {"bytes=-5000", 1000, RangeKind::kPart, 0, 1000},     // suffix longer than the file: all of it
      {"bytes=990-5000", 1000, RangeKind::kPart, 990, 10},  // last byte past the end is clamped
      {"bytes=999-999", 1000, RangeKind::kPart, 999, 1},
      {"Bytes=5-9", 1000, RangeKind::kPart, 5, 5},  // the unit is case-insensitive
      {"bytes=1000-", 1000, RangeKind::kUnsatisfiable, 0, 0},
      {"bytes=5000-6000", 1000, RangeKind::kUnsatisfiable, 0, 0},
      {"bytes=-0", 1000, RangeKind::kUnsatisfiable, 0, 0},
      {"bytes=0-", 0, RangeKind::kUnsatisfiable, 0, 0},
      {"bytes=-1", 0, RangeKind::kUnsatisfiable, 0, 0},
      // Ignored: the whole is sent.
      {"", 1000, RangeKind::kWhole, 0, 0},
      {"bytes=0-9,20-29", 1000, RangeKind::kWhole, 0, 0},
      {"items=0-9", 1000, RangeKind::kWhole, 0, 0},
      {"bytes=9-0", 1000, RangeKind::kWhole, 0, 0},
      {"bytes=a-9", 1000, RangeKind::kWhole, 0, 0},
      {"bytes=-", 1000, RangeKind::kWhole, 0, 0},
      {"bytes=0x10-", 1000, RangeKind::kWhole, 0, 0},
      {"bytes=99999999999999999999-", 1000, RangeKind::kWhole, 0, 0},
      {"bytes=", 1000, RangeKind::kWhole, 0, 0},
  };
  for (const auto& c : cases) {
    ByteRange r;
    RangeKind kind = ParseRange(c.header, c.size, &r);
    EXPECT_EQ(kind, c.kind) << c.header;
    if (kind == RangeKind::kPart && c.kind == RangeKind::kPart) {
      EXPECT_EQ(r.offset, c.offset) << c.header;
      EXPECT_EQ(r.length, c.length) << c.header;
    }
  }
}

Request Req(const std::string& method, const std::string& range = {}, const std::string& if_range = {}) {
  Request req;
  req.method = method;
  req.is_head = method == "HEAD";
  req.path = req.target = "/files/1/a.pdf";
  if (!range.empty()) req.headers.emplace("Range", range);
  if (!if_range.empty()) req.headers.emplace("If-Range", if_range);
  return req;
}

Response File() {
  Response r = Response::File("/data/files/ab/abcd", 1000, "application/pdf");
  r.SetHeader("ETag", "\"abcd\"");
  return r;
}

std::string Header(const Response& r, const std::string& name) {
  auto it = r.headers.find(name);
  return it == r.headers.end() ? std::string() : it->second;
}

TEST(FinalizeFileTest, WholeFileIsStreamedWithItsOwnTag) {
  WireResponse w = Finalize(Req("GET"), File(), false);
  EXPECT_EQ(w.response.status, 200);
  ASSERT_TRUE(w.response.file.has_value());
  EXPECT_EQ(w.response.file->offset, 0);
  EXPECT_EQ(w.response.file->length, 1000);
  EXPECT_EQ(w.content_length, 1000u);
  EXPECT_EQ(Header(w.response, "Accept-Ranges"), "bytes");
  EXPECT_EQ(Header(w.response, "ETag"), "\"abcd\"");
  EXPECT_TRUE(w.response.body.empty());
  EXPECT_EQ(Header(w.response, "Content-Encoding"), "");
}

TEST(FinalizeFileTest, SingleRangeIs206) {
  WireResponse w = Finalize(Req("GET", "bytes=100-199"), File(), false);
  EXPECT_EQ(w.response.status, 206);
  ASSERT_TRUE(w.response.file.has_value());
  EXPECT_EQ(w.response.file->offset, 100);
  EXPECT_EQ(w.response.file->length, 100);
  EXPECT_EQ(w.content_length, 100u);
  EXPECT_EQ(Header(w.response, "Content-Range"), "bytes 100-199/1000");
}

TEST(FinalizeFileTest, UnsatisfiableRangeIs416) {
  WireResponse w = Finalize(Req("GET", "bytes=2000-"), File(), false);
  EXPECT_EQ(w.response.status, 416);
  EXPECT_FALSE(w.response.file.has_value());
  EXPECT_EQ(w.content_length, 0u);
  EXPECT_EQ(Header(w.response, "Content-Range"), "bytes */1000");
}

TEST(FinalizeFileTest, IfRangeWithAnotherTagSendsTheWhole) {
  WireResponse stale = Finalize(Req("GET", "bytes=0-9", "\"old\""), File(), false);
  EXPECT_EQ(stale.response.status, 200);
  EXPECT_EQ(stale.content_length, 1000u);
  WireResponse same = Finalize(Req("GET", "bytes=0-9", "\"abcd\""), File(), false);
  EXPECT_EQ(same.response.status, 206);
}

TEST(FinalizeFileTest, HeadAndConditionalGetSendNoFile) {
  WireResponse head = Finalize(Req("HEAD", "bytes=0-9"), File(), false);
  EXPECT_EQ(head.response.status, 200);  // Range is defined for GET only
  EXPECT_FALSE(head.response.file.has_value());
  EXPECT_EQ(head.content_length, 1000u);
  Request cond = Req("GET");
  cond.headers.emplace("If-None-Match", "\"abcd\"");
  WireResponse not_modified = Finalize(cond, File(), false);
  EXPECT_EQ(not_modified.response.status, 304);
  EXPECT_FALSE(not_modified.response.file.has_value());
}

}  // namespace
}  // namespace gk::http
