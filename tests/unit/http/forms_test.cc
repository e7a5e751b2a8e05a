#include "http/forms.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "http/message.h"

namespace gk::http {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs ToPairs(const Params& p) { return Pairs(p.begin(), p.end()); }

// ---------------------------------------------------------------------------
// UTF-8, percent-encoding, HTML escaping

TEST(IsValidUtf8Test, Table) {
  struct Case {
    std::string in;
    bool valid;
  };
  const Case cases[] = {
      {"", true},
      {"plain ascii", true},
      {"食品安全", true},
      {"\xF0\x9F\x98\x80", true},   // U+1F600
      {"\xF4\x8F\xBF\xBF", true},   // U+10FFFF, the last code point
      {"\xEF\xBF\xBF", true},       // U+FFFF
      {"\xC0\xAF", false},          // overlong '/'
      {"\xC1\xBF", false},          // overlong
      {"\xE0\x80\xAF", false},      // overlong, 3 bytes
      {"\xF0\x80\x80\xAF", false},  // overlong, 4 bytes
      {"\xED\xA0\x80", false},      // U+D800 surrogate
      {"\xED\xBF\xBF", false},      // U+DFFF surrogate
      {"\xF4\x90\x80\x80", false},  // U+110000
      {"\xF5\x80\x80\x80", false},  // lead byte past U+10FFFF
      {"\x80", false},              // lone continuation byte
      {"\xE9\xA3", false},          // truncated 食
      {"a\xE9", false},             // truncated at the end
      {"\xC3\x28", false},          // bad continuation
      {"\xFF", false},
      {"\xFE\xFF", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(IsValidUtf8(c.in), c.valid) << testing::PrintToString(c.in);
  }
}

TEST(PercentDecodeTest, GoodInputs) {
  struct Case {
    std::string in;
    bool plus_as_space;
    std::string want;
  };
  const Case cases[] = {
      {"", true, ""},
      {"abc", true, "abc"},
      {"%E9%A3%9F%E5%93%81", false, "食品"},
      {"%e9%a3%9f%e5%93%81", false, "食品"},  // lower-case hex
      {"a+b", true, "a b"},
      {"a+b", false, "a+b"},
      {"%2B", true, "+"},
      {"%20%25", false, " %"},
      {"食品", false, "食品"},  // raw UTF-8 passes through
  };
  for (const auto& c : cases) {
    std::string out;
    EXPECT_TRUE(PercentDecode(c.in, c.plus_as_space, &out)) << c.in;
    EXPECT_EQ(out, c.want) << c.in;
  }
}

TEST(PercentDecodeTest, MalformedInputs) {
  const std::string cases[] = {
      "%G1",                   // not hex
      "%1G",                   // not hex
      "%",                     // trailing %
      "abc%",                  // trailing %
      "%4",                    // one digit
      "%00",                   // NUL
      std::string("a\0b", 3),  // raw NUL
      "%C0%AF",                // overlong
      "%ED%A0%80",             // surrogate
      "%FF",                   // never valid in UTF-8
      "%E9%A3",                // truncated 食
      "%F4%90%80%80",          // above U+10FFFF
      "\xE9\xA3",              // raw truncated UTF-8
  };
  for (const auto& in : cases) {
    std::string out;
    EXPECT_FALSE(PercentDecode(in, true, &out)) << testing::PrintToString(in);
  }
}

TEST(PercentEncodeTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"", ""},
      {"AZaz09-._~", "AZaz09-._~"},
      {"食品", "%E9%A3%9F%E5%93%81"},
      {"a b/c?d=e&f", "a%20b%2Fc%3Fd%3De%26f"},
      {"100%+", "100%25%2B"},
      {std::string("\0\xFF", 2), "%00%FF"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(PercentEncode(in), want);
}

TEST(PercentEncodeTest, RoundTripsThroughDecode) {
  const std::string text = "关于2024年食品安全抽检结果的公告 (第1期) & more";
  std::string back;
  ASSERT_TRUE(PercentDecode(PercentEncode(text), false, &back));
  EXPECT_EQ(back, text);
}

TEST(HtmlEscapeTest, EscapesTheFiveCharacters) {
  EXPECT_EQ(HtmlEscape(R"(<a href="x">'食品' & co</a>)"),
            "&lt;a href=&quot;x&quot;&gt;&#39;食品&#39; &amp; co&lt;/a&gt;");
  EXPECT_EQ(HtmlEscape("plain"), "plain");
}

// ---------------------------------------------------------------------------
// application/x-www-form-urlencoded and request-targets

TEST(ParseUrlEncodedTest, GoodInputs) {
  struct Case {
    std::string in;
    Pairs want;
  };
  const Case cases[] = {
      {"", {}},
      {"a=1&b=&c", {{"a", "1"}, {"b", ""}, {"c", ""}}},
      {"a=1&&b=2&", {{"a", "1"}, {"b", "2"}}},
      {"q=%E9%A3%9F%E5%93%81+%E5%AE%89%E5%85%A8", {{"q", "食品 安全"}}},
      {"tag=a&tag=b&tag=a", {{"tag", "a"}, {"tag", "b"}, {"tag", "a"}}},
      {"x=a=b", {{"x", "a=b"}}},
      {"=orphan&k=v", {{"k", "v"}}},
      {"%E5%90%8D=%E5%80%BC", {{"名", "值"}}},
  };
  for (const auto& c : cases) {
    Params out;
    ASSERT_TRUE(ParseUrlEncoded(c.in, &out)) << c.in;
    EXPECT_EQ(ToPairs(out), c.want) << c.in;
  }
}

TEST(ParseUrlEncodedTest, MalformedInputsLeaveOutputUnchanged) {
  const std::string cases[] = {
      "a=%G1", "a=1&b=%", "%ZZ=1", "a=%00", "a=%C0%AF", "ok=1&bad=%ED%A0%80", "a=%E9%A3",
  };
  for (const auto& in : cases) {
    Params out{{"keep", "me"}};
    EXPECT_FALSE(ParseUrlEncoded(in, &out)) << in;
    EXPECT_EQ(ToPairs(out), (Pairs{{"keep", "me"}})) << in;
  }
}

TEST(ParseUrlEncodedTest, FieldCap) {
  std::string body;
  for (size_t i = 0; i < kMaxFormFields; ++i) body += "f" + std::to_string(i) + "=x&";
  Params out;
  EXPECT_TRUE(ParseUrlEncoded(body, &out));
  EXPECT_EQ(out.size(), kMaxFormFields);
  body += "one=more";
  Params over;
  EXPECT_FALSE(ParseUrlEncoded(body, &over));
  EXPECT_TRUE(over.empty());
}

TEST(ParseTargetTest, GoodInputs) {
  struct Case {
    std::string target, path, raw_query;
    Pairs query;
  };
  const Case cases[] = {
      {"/", "/", "", {}},
      {"/a%20b?x=1", "/a b", "x=1", {{"x", "1"}}},
      {"/%E9%A3%9F%E5%93%81/list", "/食品/list", "", {}},
      {"/a+b", "/a+b", "", {}},  // '+' is literal in a path
      {"/search?q=%E9%A3%9F%E5%93%81&page=2", "/search", "q=%E9%A3%9F%E5%93%81&page=2", {{"page", "2"}, {"q", "食品"}}},
      {"/p?", "/p", "", {}},
      {"/p?a=1?b", "/p", "a=1?b", {{"a", "1?b"}}},
      {"/files/a..b/.hidden", "/files/a..b/.hidden", "", {}},
  };
  for (const auto& c : cases) {
    std::string path = "stale", raw = "stale";
    Params query{{"stale", "1"}};
    ASSERT_TRUE(ParseTarget(c.target, &path, &raw, &query)) << c.target;
    EXPECT_EQ(path, c.path) << c.target;
    EXPECT_EQ(raw, c.raw_query) << c.target;
    EXPECT_EQ(ToPairs(query), c.query) << c.target;
  }
}

TEST(ParseTargetTest, MalformedInputs) {
  const std::string cases[] = {
      "",
      "relative",
      "http://example.com/",  // absolute-form is not served
      "*",
      "/a/../b",
      "/a/%2E%2E/b",  // encoded traversal
      "/a%2F..%2Fb",  // encoded slashes
      "/..",
      "/a/..",
      "/a/./b",
      "/a/.",
      "/a%5C..%5Cb",  // backslash
      "/a\\b",
      "/a%00b",      // NUL
      "/a%G1",       // bad escape
      "/a%",         // trailing %
      "/%C0%AF",     // overlong
      "/%ED%A0%80",  // surrogate
      "/a\tb",       // control character
      "/a\x7f",      // DEL
      "/a\r\nX: y",  // header injection attempt
      "/ok?q=%G1",   // bad query
      "/ok?q=%00",
  };
  for (const auto& in : cases) {
    std::string path, raw;
    Params query;
    EXPECT_FALSE(ParseTarget(in, &path, &raw, &query)) << testing::PrintToString(in);
  }
}

TEST(ParseTargetTest, LengthLimit) {
  std::string path, raw;
  Params query;
  std::string target = "/" + std::string(kMaxTargetBytes - 1, 'a');
  EXPECT_TRUE(ParseTarget(target, &path, &raw, &query));
  target += "a";
  EXPECT_FALSE(ParseTarget(target, &path, &raw, &query));
}

// ---------------------------------------------------------------------------
// multipart/form-data

constexpr char kType[] = "multipart/form-data; boundary=XyZ";

std::string FieldPart(const std::string& name, const std::string& value) {
  return "--XyZ\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
}

std::string FilePart(const std::string& name, const std::string& filename_params, const std::string& type,
                     const std::string& data) {
  std::string part = "--XyZ\r\nContent-Disposition: form-data; name=\"" + name + "\"" + filename_params + "\r\n";
  if (!type.empty()) part += "Content-Type: " + type + "\r\n";
  return part + "\r\n" + data + "\r\n";
}

constexpr char kEnd[] = "--XyZ--\r\n";

TEST(ParseMultipartTest, FieldsAndFiles) {
  const std::string kPdf("%PDF-1.4\r\n\0x", 12);
  const std::string body = FieldPart("title", "关于食品安全抽检的公告") + FieldPart("tag", "a") +
                           FieldPart("tag", "b") + FilePart("att", "; filename=\"报告.pdf\"", "application/pdf", kPdf) +
                           FilePart("att", "; filename=\"表格.xlsx\"", "application/vnd.ms-excel", "PK\x03\x04") +
                           FieldPart("note", "line one\r\nline two") + kEnd;
  Params fields;
  std::vector<UploadedFile> files;
  Status s = ParseMultipart(kType, body, &fields, &files);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(ToPairs(fields),
            (Pairs{{"note", "line one\r\nline two"}, {"tag", "a"}, {"tag", "b"}, {"title", "关于食品安全抽检的公告"}}));
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].field, "att");
  EXPECT_EQ(files[0].filename, "报告.pdf");
  EXPECT_EQ(files[0].content_type, "application/pdf");
  EXPECT_EQ(files[0].data, kPdf);
  EXPECT_EQ(files[1].filename, "表格.xlsx");
  EXPECT_EQ(files[1].data, "PK\x03\x04");
}

TEST(ParseMultipartTest, BinaryDataIsKeptExactly) {
  // Near-delimiters: "--XyZ" not preceded by CRLF, "\r\n--Xy" cut short.
  constexpr char kBytes[] = "\0\r\n--Xy\r\n--XyY\xFF\x00--XyZ\r\n";
  const std::string data(kBytes, sizeof(kBytes) - 1);
  const std::string body = FilePart("f", "; filename=\"b.bin\"", "", data) + kEnd;
  Params fields;
  std::vector<UploadedFile> files;
  ASSERT_TRUE(ParseMultipart(kType, body, &fields, &files).ok());
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].data, data);
  EXPECT_EQ(files[0].content_type, "");
}

TEST(ParseMultipartTest, FilenameVariants) {
  struct Case {
    std::string params;
    std::string want;
  };
  const Case cases[] = {
      {"; filename=\"a.txt\"", "a.txt"},
      {"; filename=a.txt", "a.txt"},
      {"; filename*=UTF-8''%E9%A3%9F%E5%93%81.txt", "食品.txt"},
      {"; filename*=utf-8'zh-CN'%E9%A3%9F%E5%93%81.txt", "食品.txt"},
      // filename* is preferred over filename when both are sent.
      {"; filename=\"fallback.txt\"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.doc", "报告.doc"},
      {"; filename=\"C:\\Users\\王\\Desktop\\申请.docx\"", "申请.docx"},
      {"; filename=\"../../etc/passwd\"", "passwd"},
      {"; filename=\"dir/sub\\mixed.txt\"", "mixed.txt"},
      {"; filename=\"say \\\"hi\\\".txt\"", "say \"hi\".txt"},
      {"; FILENAME=\"upper.txt\"", "upper.txt"},  // parameter names ignore case
  };
  for (const auto& c : cases) {
    const std::string body = FilePart("f", c.params, "text/plain", "data") + kEnd;
    Params fields;
    std::vector<UploadedFile> files;
    Status s = ParseMultipart(kType, body, &fields, &files);
    ASSERT_TRUE(s.ok()) << c.params << ": " << s.message();
    ASSERT_EQ(files.size(), 1u) << c.params;
    EXPECT_EQ(files[0].filename, c.want) << c.params;
  }
}

TEST(ParseMultipartTest, EmptyFileInputIsSkipped) {
  const std::string body = FieldPart("a", "1") + FilePart("f", "; filename=\"\"", "application/octet-stream", "") +
                           FilePart("g", "; filename=\"\"", "", "not empty") + kEnd;
  Params fields;
  std::vector<UploadedFile> files;
  ASSERT_TRUE(ParseMultipart(kType, body, &fields, &files).ok());
  EXPECT_EQ(ToPairs(fields), (Pairs{{"a", "1"}}));
  ASSERT_EQ(files.size(), 1u);  // an empty name with data is still a file
  EXPECT_EQ(files[0].field, "g");
  EXPECT_EQ(files[0].filename, "");
}

TEST(ParseMultipartTest, FramingVariants) {
  struct Case {
    std::string content_type, body;
    Pairs want;
  };
  const Case cases[] = {
      // Quoted boundary with characters that need quoting.
      {"multipart/form-data; boundary=\"a b:c\"",
       "--a b:c\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--a b:c--",
       {{"x", "1"}}},
      // Parameter order, case and spacing are free.
      {"Multipart/Form-Data ;charset=utf-8;  BOUNDARY=XyZ", FieldPart("x", "1") + kEnd, {{"x", "1"}}},
      // Preamble and epilogue are ignored.
      {kType, "preamble\r\n" + FieldPart("x", "1") + "--XyZ--\r\nepilogue", {{"x", "1"}}},
      // Transport padding after a delimiter; no trailing CRLF after the end.
      {kType, "--XyZ  \r\nContent-Disposition: form-data; name=x\r\n\r\n\r\n--XyZ--", {{"x", ""}}},
      // No parts at all.
      {kType, "--XyZ--\r\n", {}},
      // Unknown part headers are ignored.
      {kType,
       "--XyZ\r\nX-Other: 1\r\ncontent-disposition: form-data; name=\"y\"\r\n\r\n"
       "食品\r\n--XyZ--",
       {{"y", "食品"}}},
  };
  for (const auto& c : cases) {
    Params fields;
    std::vector<UploadedFile> files;
    Status s = ParseMultipart(c.content_type, c.body, &fields, &files);
    ASSERT_TRUE(s.ok()) << testing::PrintToString(c.body) << ": " << s.message();
    EXPECT_EQ(ToPairs(fields), c.want) << testing::PrintToString(c.body);
    EXPECT_TRUE(files.empty());
  }
}

std::string ManyParts(size_t n) {
  std::string body;
  for (size_t i = 0; i < n; ++i) body += FieldPart("f", "x");
  return body + kEnd;
}

TEST(ParseMultipartTest, PartCap) {
  Params fields;
  std::vector<UploadedFile> files;
  ASSERT_TRUE(ParseMultipart(kType, ManyParts(kMaxMultipartParts), &fields, &files).ok());
  EXPECT_EQ(fields.size(), kMaxMultipartParts);
}

TEST(ParseMultipartTest, MalformedInputs) {
  const std::string ok_part = FieldPart("a", "1");
  const std::string huge_header =
      "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Pad: " + std::string(kMaxPartHeaderBytes, 'p') +
      "\r\n\r\nv\r\n" + kEnd;
  struct Case {
    const char* what;
    std::string content_type, body;
  };
  const Case cases[] = {
      {"no boundary parameter", "multipart/form-data", ok_part + kEnd},
      {"empty boundary", "multipart/form-data; boundary=", ok_part + kEnd},
      {"empty quoted boundary", "multipart/form-data; boundary=\"\"", ok_part + kEnd},
      {"boundary too long", "multipart/form-data; boundary=" + std::string(71, 'b'),
       "--" + std::string(71, 'b') + "--"},
      {"boundary with control char", "multipart/form-data; boundary=a\x01", "--a\x01--"},
      {"unterminated quoted boundary", "multipart/form-data; boundary=\"XyZ", ok_part + kEnd},
      {"repeated boundary", "multipart/form-data; boundary=XyZ; boundary=Q", ok_part + kEnd},
      {"not multipart", "text/plain; boundary=XyZ", ok_part + kEnd},
      {"empty body", kType, ""},
      {"boundary never appears", kType, "just some text"},
      {"boundary never closed", kType, ok_part},
      {"truncated after delimiter", kType, "--XyZ"},
      {"truncated in headers", kType, "--XyZ\r\nContent-Disposition: form-da"},
      {"truncated in data", kType, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nva"},
      {"garbage after delimiter", kType, "--XyZjunk\r\n" + ok_part + kEnd},
      {"huge part header", kType, huge_header},
      {"header without colon", kType, "--XyZ\r\nContent-Disposition form-data; name=a\r\n\r\nv\r\n--XyZ--"},
      {"folded header", kType, "--XyZ\r\nContent-Disposition: form-data;\r\n name=a\r\n\r\nv\r\n--XyZ--"},
      {"no Content-Disposition", kType, "--XyZ\r\nContent-Type: text/plain\r\n\r\nv\r\n--XyZ--"},
      {"part without headers", kType, "--XyZ\r\n\r\nv\r\n--XyZ--"},
      {"two Content-Dispositions", kType,
       "--XyZ\r\nContent-Disposition: form-data; name=a\r\n"
       "Content-Disposition: form-data; name=b\r\n\r\nv\r\n--XyZ--"},
      {"disposition not form-data", kType, "--XyZ\r\nContent-Disposition: attachment; name=a\r\n\r\nv\r\n--XyZ--"},
      {"missing name", kType, "--XyZ\r\nContent-Disposition: form-data; filename=\"a.txt\"\r\n\r\nv\r\n--XyZ--"},
      {"empty name", kType, "--XyZ\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nv\r\n--XyZ--"},
      {"unterminated quoted name", kType, "--XyZ\r\nContent-Disposition: form-data; name=\"a\r\n\r\nv\r\n--XyZ--"},
      {"garbage after quoted name", kType, "--XyZ\r\nContent-Disposition: form-data; name=\"a\"b\r\n\r\nv\r\n--XyZ--"},
      {"parameter without value", kType, "--XyZ\r\nContent-Disposition: form-data; name\r\n\r\nv\r\n--XyZ--"},
      {"invalid UTF-8 filename", kType, FilePart("f", "; filename=\"\xC0\xAF.txt\"", "", "d") + kEnd},
      {"control char in filename", kType, FilePart("f", "; filename=\"a\x01.txt\"", "", "d") + kEnd},
      {"filename* other charset", kType, FilePart("f", "; filename*=GBK''%CA%B3.txt", "", "d") + kEnd},
      {"filename* bad escape", kType, FilePart("f", "; filename*=UTF-8''%G1.txt", "", "d") + kEnd},
      {"filename* without quotes", kType, FilePart("f", "; filename*=a.txt", "", "d") + kEnd},
      {"filename* decodes to invalid UTF-8", kType, FilePart("f", "; filename*=UTF-8''%ED%A0%80", "", "d") + kEnd},
      {"invalid UTF-8 field value", kType, FieldPart("a", "\xE9\xA3") + kEnd},
      {"NUL in field value", kType, FieldPart("a", std::string("x\0y", 3)) + kEnd},
      {"invalid UTF-8 field name", kType, FieldPart("\xFF", "v") + kEnd},
      {"control char in part Content-Type", kType,
       FilePart("f", "; filename=a", std::string("text/plain\x01", 11), "d") + kEnd},
      {"too many parts", kType, ManyParts(kMaxMultipartParts + 1)},
  };
  for (const auto& c : cases) {
    Params fields{{"keep", "me"}};
    std::vector<UploadedFile> files;
    Status s = ParseMultipart(c.content_type, c.body, &fields, &files);
    EXPECT_EQ(s.code(), Code::kInvalid) << c.what;
    EXPECT_FALSE(s.message().empty()) << c.what;
    EXPECT_EQ(ToPairs(fields), (Pairs{{"keep", "me"}})) << c.what;
    EXPECT_TRUE(files.empty()) << c.what;
  }
}

TEST(ParseMultipartTest, MessagesAreChinese) {
  Params fields;
  std::vector<UploadedFile> files;
  Status s = ParseMultipart("multipart/form-data", "", &fields, &files);
  EXPECT_EQ(s.message().rfind("上传的表单格式不正确", 0), 0u) << s.message();
}

TEST(ParseMultipartTest, EveryTruncationIsRejectedWithoutCrashing) {
  const std::string body =
      FieldPart("标题", "食品") + FilePart("f", "; filename*=UTF-8''%E9%A3%9F.txt", "text/plain", "content") + kEnd;
  const size_t full = body.size() - 2;  // the final CRLF is epilogue
  for (size_t n = 0; n < full; ++n) {
    Params fields;
    std::vector<UploadedFile> files;
    EXPECT_FALSE(ParseMultipart(kType, body.substr(0, n), &fields, &files).ok()) << n;
  }
  Params fields;
  std::vector<UploadedFile> files;
  EXPECT_TRUE(ParseMultipart(kType, body.substr(0, full), &fields, &files).ok());
}

// ---------------------------------------------------------------------------
// Cookies

TEST(ParseCookiesTest, Table) {
  using Map = std::map<std::string, std::string>;
  struct Case {
    std::string header;
    Map want;
  };
  const Case cases[] = {
      {"", {}},
      {"a=1; b=2", {{"a", "1"}, {"b", "2"}}},
      {"a=1;b=2", {{"a", "1"}, {"b", "2"}}},
      {"  a = 1 ;  b=2  ", {{"a", "1"}, {"b", "2"}}},
      {"a=1; a=2", {{"a", "1"}}},  // first wins
      {"sid=\"quoted\"; x=\"", {{"sid", "quoted"}, {"x", "\""}}},
      {"a=; b=2", {{"a", ""}, {"b", "2"}}},
      {"novalue; =orphan; b=2", {{"b", "2"}}},  // malformed pieces ignored
      {"bad name=1; ok=2", {{"ok", "2"}}},
      {"x=a=b", {{"x", "a=b"}}},
      {";;; c=3 ;", {{"c", "3"}}},
  };
  for (const auto& c : cases) EXPECT_EQ(ParseCookies(c.header), c.want) << c.header;
}

TEST(BuildSetCookieTest, Table) {
  CookieOptions session;
  CookieOptions remove;
  remove.max_age = 0;
  CookieOptions secure;
  secure.secure = true;
  secure.max_age = 3600;
  secure.same_site = "Strict";
  secure.path = "/admin";
  CookieOptions plain;
  plain.http_only = false;
  plain.same_site = "";
  plain.path = "";
  const std::tuple<std::string, std::string, CookieOptions, std::string> cases[] = {
      {"sid", "abc123", session, "sid=abc123; Path=/; HttpOnly; SameSite=Lax"},
      {"sid", "", remove,
       "sid=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; "
       "SameSite=Lax"},
      {"sid", "t", secure, "sid=t; Path=/admin; Max-Age=3600; HttpOnly; Secure; SameSite=Strict"},
      {"lang", "zh", plain, "lang=zh"},
      // Hostile bytes cannot end the header or add attributes.
      {"a;b", "x; Domain=evil\r\nSet-Cookie: y", session,
       "a%3Bb=x%3B%20Domain=evil%0D%0ASet-Cookie:%20y; Path=/; HttpOnly; SameSite=Lax"},
  };
  for (const auto& [name, value, opt, want] : cases) {
    EXPECT_EQ(BuildSetCookie(name, value, opt), want);
  }
}

TEST(BuildSetCookieTest, RoundTripsThroughParse) {
  const std::string header = BuildSetCookie("sid", "Zm9v-YmFy_", CookieOptions{});
  const std::string pair = header.substr(0, header.find(';'));
  EXPECT_EQ(ParseCookies(pair).at("sid"), "Zm9v-YmFy_");
}

// ---------------------------------------------------------------------------
// ParseBody

Request WithBody(const std::string& content_type, const std::string& body) {
  Request req;
  if (!content_type.empty()) req.headers.emplace("content-type", content_type);
  req.body = body;
  return req;
}

TEST(ParseBodyTest, UrlEncoded) {
  Request req = WithBody("application/x-www-form-urlencoded; charset=UTF-8", "title=%E9%A3%9F%E5%93%81&n=1");
  ASSERT_TRUE(ParseBody(req).ok());
  EXPECT_EQ(req.Form("title"), "食品");
  EXPECT_EQ(req.Form("n"), "1");
  EXPECT_TRUE(req.files.empty());
  ASSERT_TRUE(ParseBody(req).ok());  // idempotent
  EXPECT_EQ(req.form.size(), 2u);
}

TEST(ParseBodyTest, Multipart) {
  Request req =
      WithBody(kType, FieldPart("title", "公告") + FilePart("f", "; filename=\"a.txt\"", "text/plain", "hi") + kEnd);
  ASSERT_TRUE(ParseBody(req).ok());
  EXPECT_EQ(req.Form("title"), "公告");
  ASSERT_EQ(req.files.size(), 1u);
  EXPECT_EQ(req.files[0].data, "hi");
}

TEST(ParseBodyTest, OtherTypesLeaveFormEmpty) {
  for (const char* type : {"", "application/json", "text/plain"}) {
    Request req = WithBody(type, "a=1");
    req.form.emplace("stale", "1");
    ASSERT_TRUE(ParseBody(req).ok()) << type;
    EXPECT_TRUE(req.form.empty()) << type;
    EXPECT_TRUE(req.files.empty()) << type;
  }
}

TEST(ParseBodyTest, MalformedBodies) {
  Request bad_form = WithBody("application/x-www-form-urlencoded", "a=%G1");
  Status s = ParseBody(bad_form);
  EXPECT_EQ(s.code(), Code::kInvalid);
  EXPECT_EQ(s.message(), "表单数据格式不正确");
  EXPECT_TRUE(bad_form.form.empty());

  Request bad_multipart = WithBody("multipart/form-data; boundary=XyZ", "--XyZ\r\nxx");
  s = ParseBody(bad_multipart);
  EXPECT_EQ(s.code(), Code::kInvalid);
  EXPECT_FALSE(s.message().empty());
}

// ---------------------------------------------------------------------------
// message.h

TEST(MessageTest, CaseLess) {
  CaseLess less;
  EXPECT_FALSE(less("Content-Type", "content-type"));
  EXPECT_FALSE(less("content-type", "CONTENT-TYPE"));
  EXPECT_TRUE(less("Accept", "content-type"));
  EXPECT_TRUE(less("a", "AB"));
  EXPECT_FALSE(less("AB", "a"));
}

TEST(MessageTest, RequestAccessors) {
  Request req;
  req.headers.emplace("X-Multi", "first");
  req.headers.emplace("x-multi", "second");
  req.headers.emplace("Cookie", "sid=abc; lang=zh");
  req.headers.emplace("cookie", "sid=later; theme=dark");
  req.query.emplace("q", "食品");
  req.query.emplace("q", "second");
  req.form.emplace("title", "公告");
  req.path_params["id"] = "42";
  EXPECT_EQ(req.Header("x-MULTI"), "first");
  EXPECT_EQ(req.Header("missing"), "");
  EXPECT_EQ(req.Query("q"), "食品");
  EXPECT_EQ(req.Query("p"), "");
  EXPECT_EQ(req.Form("title"), "公告");
  EXPECT_EQ(req.Form("other"), "");
  EXPECT_EQ(req.Param("id"), "42");
  EXPECT_EQ(req.Param("slug"), "");
  EXPECT_EQ(req.Cookie("sid"), "abc");
  EXPECT_EQ(req.Cookie("theme"), "dark");
  EXPECT_EQ(req.Cookie("none"), "");
}

TEST(MessageTest, ResponseHeaders) {
  Response r = Response::Html("<p>好</p>", 404);
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body, "<p>好</p>");
  r.headers.emplace("x-thing", "old1");
  r.headers.emplace("X-Thing", "old2");
  r.SetHeader("X-THING", "new");
  EXPECT_EQ(r.headers.count("x-thing"), 1u);
  EXPECT_EQ(r.headers.find("x-thing")->second, "new");
  r.AddCookie("a=1");
  r.AddCookie("b=2");
  EXPECT_EQ(r.headers.count("set-cookie"), 2u);

  EXPECT_EQ(Response::Html("").headers.find("Content-Type")->second, "text/html; charset=utf-8");
  EXPECT_EQ(Response::Json("{}").headers.find("Content-Type")->second, "application/json; charset=utf-8");
  Response text = Response::Text("x");
  EXPECT_EQ(text.status, 200);
  EXPECT_EQ(text.headers.count("content-type"), 1u);
  EXPECT_EQ(text.headers.find("Content-Type")->second, "text/plain; charset=utf-8");

  Response redirect = Response::Redirect("/login?next=%2F");
  EXPECT_EQ(redirect.status, 303);
  EXPECT_EQ(redirect.headers.find("location")->second, "/login?next=%2F");
  EXPECT_TRUE(redirect.body.empty());
  EXPECT_EQ(Response::Redirect("/", 302).status, 302);
}

}  // namespace
}  // namespace gk::http
