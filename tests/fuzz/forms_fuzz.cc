// Request decoding (src/http/forms.h): urlencoded bodies, request-targets,
// cookies and multipart bodies. The input's first line is the multipart
// Content-Type header value, the rest its body; the whole input also goes to
// the other parsers. Beyond memory safety, checks the promises forms.h makes:
// accepted text is valid UTF-8 without NUL, file names are one path
// component, a failed parse leaves its outputs unchanged.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_util.h"
#include "http/forms.h"

namespace {

using gk::fuzz::Check;
using gk::fuzz::IsCleanText;

void CheckParams(const gk::http::Params& params) {
  for (const auto& [name, value] : params) {
    Check(IsCleanText(name) && IsCleanText(value), "param is not clean UTF-8");
    Check(!name.empty(), "param with an empty name");
  }
}

void FuzzUrlEncoded(std::string_view in) {
  gk::http::Params params{{"keep", "me"}};
  if (gk::http::ParseUrlEncoded(in, &params)) {
    CheckParams(params);
    Check(params.size() <= gk::http::kMaxFormFields + 1, "too many fields");
  } else {
    Check(params.size() == 1, "failed ParseUrlEncoded changed its output");
  }
  std::string decoded;
  if (gk::http::PercentDecode(in, true, &decoded)) Check(IsCleanText(decoded), "PercentDecode result not clean");
  // Encoding then decoding gives the text back.
  if (IsCleanText(in)) {
    std::string back;
    Check(gk::http::PercentDecode(gk::http::PercentEncode(in), false, &back) && back == in,
          "PercentEncode does not round-trip");
  }
}

void FuzzTarget(std::string_view in) {
  std::string path, raw_query;
  gk::http::Params query;
  if (!gk::http::ParseTarget(in, &path, &raw_query, &query)) return;
  Check(IsCleanText(path), "path not clean");
  Check(!path.empty() && path[0] == '/', "path does not start with /");
  Check(path.find("/../") == std::string::npos && path.find("/./") == std::string::npos, "dot segment in path");
  Check(path.find('\\') == std::string::npos, "backslash in path");
  CheckParams(query);
}

void FuzzCookies(std::string_view in) {
  for (const auto& [name, value] : gk::http::ParseCookies(in)) {
    std::string header = gk::http::BuildSetCookie(name, value, {});
    Check(header.find_first_of("\r\n") == std::string::npos, "Set-Cookie can be split");
  }
}

void FuzzMultipart(std::string_view in) {
  auto [content_type, body] = gk::fuzz::SplitFirstLine(in);
  gk::http::Params fields{{"keep", "me"}};
  std::vector<gk::http::UploadedFile> files(1);
  gk::Status s = gk::http::ParseMultipart(content_type, body, &fields, &files);
  if (!s.ok()) {
    Check(fields.size() == 1 && files.size() == 1, "failed ParseMultipart changed its output");
    Check(!s.message().empty(), "error without a message");
    return;
  }
  Check(fields.size() <= gk::http::kMaxMultipartParts + 1, "too many parts");
  for (const auto& [name, value] : fields) Check(IsCleanText(name) && IsCleanText(value), "field not clean");
  for (size_t i = 1; i < files.size(); ++i) {
    const auto& f = files[i];
    Check(IsCleanText(f.field) && IsCleanText(f.filename), "file name not clean");
    Check(f.filename.find_first_of("/\\") == std::string::npos, "file name has a path");
    Check(f.data.size() <= body.size(), "file larger than the body");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  FuzzUrlEncoded(in);
  FuzzTarget(in);
  FuzzCookies(in);
  FuzzMultipart(in);
  return 0;
}
