#include "http/forms.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/strings.h"

namespace gk::http {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendEscaped(unsigned char c, std::string* out) {
  out->push_back('%');
  out->push_back(kHex[c >> 4]);
  out->push_back(kHex[c & 0x0F]);
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = AsciiLower(c);
  return r;
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool IsControl(unsigned char c) { return c < 0x20 || c == 0x7f; }

bool HasControl(std::string_view s) {
  for (unsigned char c : s) {
    if (IsControl(c)) return true;
  }
  return false;
}

// Text that may reach the rest of the program: UTF-8 without NUL bytes.
bool IsSafeText(std::string_view s) { return s.find('\0') == std::string_view::npos && IsValidUtf8(s); }

// Length and payload bits of a UTF-8 lead byte; 0 if it cannot start one.
int Utf8SequenceLength(unsigned char lead, uint32_t* bits) {
  if ((lead & 0xE0) == 0xC0) {
    *bits = lead & 0x1F;
    return 2;
  }
  if ((lead & 0xF0) == 0xE0) {
    *bits = lead & 0x0F;
    return 3;
  }
  if ((lead & 0xF8) == 0xF0) {
    *bits = lead & 0x07;
    return 4;
  }
  return 0;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  static constexpr uint32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
  size_t i = 0;
  while (i < s.size()) {
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    uint32_t cp = 0;
    const int len = Utf8SequenceLength(lead, &cp);
    if (len == 0 || s.size() - i < static_cast<size_t>(len)) return false;
    for (int k = 1; k < len; ++k) {
      const auto cont = static_cast<unsigned char>(s[i + k]);
      if ((cont & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cont & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past Unicode's end.
    if (cp < kMinForLength[len] || cp > 0x10FFFF) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    i += len;
  }
  return true;
}

void CheckText(const std::string& field, const std::string& value, const char* label, size_t max, bool required,
               FieldErrors* errors) {
  if (!IsValidUtf8(value)) errors->Add(field, std::string(label) + "含有无效字符");
  else if (required && Trim(value).empty()) errors->Add(field, std::string("请填写") + label);
  else if (Utf8Length(value) > max) errors->Add(field, std::string(label) + "不能超过 " + std::to_string(max) + " 个字");
}

bool PercentDecode(std::string_view in, bool plus_as_space, std::string* out) {
  out->clear();
  out->reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '%') {
      if (in.size() - i < 3) return false;
      const int hi = HexValue(in[i + 1]);
      const int lo = HexValue(in[i + 2]);
      if (hi < 0 || lo < 0) return false;
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
    } else if (c == '+' && plus_as_space) {
      c = ' ';
    }
    out->push_back(c);
  }
  return IsSafeText(*out);
}

std::string PercentEncode(std::string_view in) {
  std::string out;
  out.reserve(in.size() * 3);
  for (unsigned char c : in) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out.push_back(static_cast<char>(c));
    } else {
      AppendEscaped(c, &out);
    }
  }
  return out;
}

std::string HtmlEscape(std::string_view in) {
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (char c : in) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

bool ParseUrlEncoded(std::string_view body, Params* out) {
  std::vector<std::pair<std::string, std::string>> pairs;
  while (!body.empty()) {
    const size_t amp = body.find('&');
    const std::string_view piece = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (piece.empty()) continue;
    const size_t eq = piece.find('=');
    std::string name, value;
    if (!PercentDecode(piece.substr(0, eq), true, &name)) return false;
    if (eq != std::string_view::npos && !PercentDecode(piece.substr(eq + 1), true, &value)) {
      return false;
    }
    if (name.empty()) continue;
    if (pairs.size() == kMaxFormFields) return false;
    pairs.emplace_back(std::move(name), std::move(value));
  }
  for (auto& [name, value] : pairs) out->emplace(std::move(name), std::move(value));
  return true;
}

namespace {

// Rejects paths that could climb out of a directory once joined to it.
bool IsSafePath(std::string_view path) {
  if (path.find('\\') != std::string_view::npos) return false;
  if (path.find("/../") != std::string_view::npos) return false;
  if (path.find("/./") != std::string_view::npos) return false;
  return !path.ends_with("/..") && !path.ends_with("/.");
}

}  // namespace

bool ParseTarget(std::string_view target, std::string* path, std::string* raw_query, Params* query) {
  if (target.empty() || target.size() > kMaxTargetBytes) return false;
  if (target.front() != '/' || HasControl(target)) return false;
  const size_t q = target.find('?');
  std::string decoded;
  if (!PercentDecode(target.substr(0, q), false, &decoded)) return false;
  if (!IsSafePath(decoded)) return false;
  const std::string_view raw = q == std::string_view::npos ? std::string_view() : target.substr(q + 1);
  Params parsed;
  if (!ParseUrlEncoded(raw, &parsed)) return false;
  *path = std::move(decoded);
  *raw_query = std::string(raw);
  *query = std::move(parsed);
  return true;
}

// ---------------------------------------------------------------------------
// multipart/form-data (RFC 7578, framing from RFC 2046 §5.1.1)

namespace {

Status MultipartError(std::string_view detail) {
  return Status::Invalid("上传的表单格式不正确：" + std::string(detail));
}

// Reads a quoted-string starting after its opening quote. Only \" and \\ are
// escapes: old browsers put raw Windows paths ("C:\dir\a.txt") in filename.
bool ReadQuoted(std::string_view* s, std::string* out) {
  for (size_t i = 0; i < s->size(); ++i) {
    const char c = (*s)[i];
    if (c == '"') {
      s->remove_prefix(i + 1);
      return true;
    }
    if (c == '\\' && i + 1 < s->size() && ((*s)[i + 1] == '"' || (*s)[i + 1] == '\\')) {
      ++i;
    }
    out->push_back((*s)[i]);
  }
  return false;
}

// Parses `type; a=b; c="d"`: lower-cased type, parameters by lower-cased
// name. False on syntax errors and on repeated parameters.
bool ParseHeaderParams(std::string_view value, std::string* type, std::map<std::string, std::string>* params) {
  const size_t semi = value.find(';');
  *type = Lower(Trim(value.substr(0, semi)));
  std::string_view rest = semi == std::string_view::npos ? std::string_view() : value.substr(semi + 1);
  while (true) {
    rest = Trim(rest);
    if (rest.empty()) return true;
    if (rest.front() == ';') {
      rest.remove_prefix(1);
      continue;
    }
    const size_t eq = rest.find_first_of("=;");
    if (eq == std::string_view::npos || rest[eq] != '=') return false;
    const std::string name = Lower(Trim(rest.substr(0, eq)));
    rest = Trim(rest.substr(eq + 1));
    std::string param;
    if (!rest.empty() && rest.front() == '"') {
      rest.remove_prefix(1);
      if (!ReadQuoted(&rest, &param)) return false;
      rest = Trim(rest);
      if (!rest.empty() && rest.front() != ';') return false;
    } else {
      const size_t end = rest.find(';');
      param = std::string(Trim(rest.substr(0, end)));
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    }
    if (name.empty() || !params->emplace(name, std::move(param)).second) return false;
  }
}

Status BoundaryFromContentType(std::string_view content_type, std::string* boundary) {
  std::string type;
  std::map<std::string, std::string> params;
  if (!ParseHeaderParams(content_type, &type, &params)) {
    return MultipartError("Content-Type 无效");
  }
  if (type != "multipart/form-data") return MultipartError("不是 multipart/form-data");
  auto it = params.find("boundary");
  if (it == params.end() || it->second.empty()) return MultipartError("缺少分隔符");
  // RFC 2046: 1 to 70 printable characters, not ending in a space.
  const std::string& b = it->second;
  bool printable = b.size() <= 70 && b.back() != ' ';
  for (unsigned char c : b) printable = printable && c >= 0x20 && c < 0x7F;
  if (!printable) return MultipartError("分隔符无效");
  *boundary = b;
  return Status::Ok();
}

struct PartHeaders {
  std::string name;
  bool has_filename = false;
  std::string filename;
  std::string content_type;
};

// filename*=UTF-8''%E9%A3%9F.txt (RFC 5987 ext-value).
bool DecodeExtValue(std::string_view v, std::string* out) {
  const size_t q1 = v.find('\'');
  if (q1 == std::string_view::npos || Lower(v.substr(0, q1)) != "utf-8") return false;
  const size_t q2 = v.find('\'', q1 + 1);
  if (q2 == std::string_view::npos) return false;
  return PercentDecode(v.substr(q2 + 1), false, out);
}

// The client's filename reduced to its last path component.
bool CleanFilename(std::string_view raw, std::string* out) {
  const size_t slash = raw.find_last_of("/\\");
  if (slash != std::string_view::npos) raw.remove_prefix(slash + 1);
  if (!IsValidUtf8(raw) || HasControl(raw)) return false;
  *out = std::string(raw);
  return true;
}

Status ParseDisposition(std::string_view value, PartHeaders* h) {
  std::string type;
  std::map<std::string, std::string> params;
  if (!ParseHeaderParams(value, &type, &params) || type != "form-data") {
    return MultipartError("Content-Disposition 无效");
  }
  auto name = params.find("name");
  if (name == params.end() || name->second.empty() || !IsSafeText(name->second) || HasControl(name->second)) {
    return MultipartError("字段名无效");
  }
  h->name = name->second;
  auto plain = params.find("filename");
  auto ext = params.find("filename*");
  h->has_filename = plain != params.end() || ext != params.end();
  std::string raw;
  if (ext != params.end()) {
    if (!DecodeExtValue(ext->second, &raw)) return MultipartError("文件名无效");
  } else if (plain != params.end()) {
    raw = plain->second;
  }
  if (h->has_filename && !CleanFilename(raw, &h->filename)) {
    return Status::Invalid("上传的文件名无效：文件名必须是有效的 UTF-8 文本");
  }
  return Status::Ok();
}

Status ParsePartHeaders(std::string_view block, PartHeaders* h) {
  bool seen_disposition = false;
  while (!block.empty()) {
    const size_t eol = block.find("\r\n");
    const std::string_view line = block.substr(0, eol);
    block = eol == std::string_view::npos ? std::string_view() : block.substr(eol + 2);
    const size_t colon = line.find(':');
    // Folded (obsolete) continuation lines are not accepted either.
    if (colon == std::string_view::npos || colon == 0 || IsSpace(line[0])) {
      return MultipartError("字段头无效");
    }
    const std::string name = Lower(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-disposition") {
      if (seen_disposition) return MultipartError("字段头重复");
      seen_disposition = true;
      Status s = ParseDisposition(value, h);
      if (!s.ok()) return s;
    } else if (name == "content-type") {
      if (HasControl(value) || !IsValidUtf8(value)) return MultipartError("字段头无效");
      h->content_type = std::string(value);
    }
  }
  if (!seen_disposition) return MultipartError("缺少 Content-Disposition");
  return Status::Ok();
}

Status AddPart(const PartHeaders& h, std::string_view data, Params* fields, std::vector<UploadedFile>* files) {
  if (!h.has_filename) {
    if (!IsSafeText(data)) return MultipartError("字段内容不是有效的 UTF-8 文本");
    fields->emplace(h.name, std::string(data));
    return Status::Ok();
  }
  // What browsers send for a file input left empty.
  if (h.filename.empty() && data.empty()) return Status::Ok();
  files->push_back(UploadedFile{h.name, h.filename, h.content_type, std::string(data)});
  return Status::Ok();
}

// Splits off one part's header block (which follows the delimiter line's
// CRLF); *rest is left at the start of the part's data.
Status SplitPartHeaders(std::string_view* rest, std::string_view* block) {
  if (rest->starts_with("\r\n")) {  // a part without headers
    *block = {};
    rest->remove_prefix(2);
    return Status::Ok();
  }
  const size_t end = rest->substr(0, kMaxPartHeaderBytes + 4).find("\r\n\r\n");
  if (end == std::string_view::npos) {
    return rest->size() >= kMaxPartHeaderBytes + 4 ? MultipartError("字段头过长") : MultipartError("数据不完整");
  }
  *block = rest->substr(0, end);
  rest->remove_prefix(end + 4);
  return Status::Ok();
}

// After a delimiter: "--" ends the body, otherwise optional padding and CRLF.
// Returns true in *closed for the close delimiter.
Status AfterDelimiter(std::string_view* rest, bool* closed) {
  *closed = rest->starts_with("--");
  if (*closed) return Status::Ok();
  const size_t p = rest->find_first_not_of(" \t");
  if (p == std::string_view::npos) return MultipartError("数据不完整");
  if (rest->substr(p, 2) != "\r\n") return MultipartError("分隔行无效");
  rest->remove_prefix(p + 2);
  return Status::Ok();
}

}  // namespace

Status ParseMultipart(std::string_view content_type, std::string_view body, Params* fields,
                      std::vector<UploadedFile>* files) {
  std::string boundary;
  Status s = BoundaryFromContentType(content_type, &boundary);
  if (!s.ok()) return s;
  const std::string dash = "--" + boundary;
  const std::string delimiter = "\r\n" + dash;
  std::string_view rest = body;
  if (rest.starts_with(dash)) {
    rest.remove_prefix(dash.size());
  } else {  // skip the preamble
    const size_t first = rest.find(delimiter);
    if (first == std::string_view::npos) return MultipartError("找不到分隔符");
    rest.remove_prefix(first + delimiter.size());
  }
  Params new_fields;
  std::vector<UploadedFile> new_files;
  for (size_t parts = 0;; ++parts) {
    bool closed = false;
    s = AfterDelimiter(&rest, &closed);
    if (!s.ok()) return s;
    if (closed) break;  // the epilogue, if any, is ignored
    if (parts == kMaxMultipartParts) {
      return Status::Invalid("上传的表单字段过多（最多 1000 个）");
    }
    std::string_view block;
    s = SplitPartHeaders(&rest, &block);
    if (!s.ok()) return s;
    const size_t end = rest.find(delimiter);
    if (end == std::string_view::npos) return MultipartError("数据不完整");
    PartHeaders headers;
    s = ParsePartHeaders(block, &headers);
    if (s.ok()) s = AddPart(headers, rest.substr(0, end), &new_fields, &new_files);
    if (!s.ok()) return s;
    rest.remove_prefix(end + delimiter.size());
  }
  for (auto& f : new_fields) fields->emplace(std::move(f));
  for (auto& f : new_files) files->push_back(std::move(f));
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// Cookies (RFC 6265)

bool IsTokenChar(unsigned char c) {
  if (c >= 0x80 || IsControl(c)) return false;
  return std::string_view("()<>@,;:\\\"/[]?={} \t").find(static_cast<char>(c)) == std::string_view::npos;
}

namespace {

bool IsCookieOctet(unsigned char c) {
  return c == 0x21 || (c >= 0x23 && c <= 0x2B) || (c >= 0x2D && c <= 0x3A) || (c >= 0x3C && c <= 0x5B) ||
         (c >= 0x5D && c <= 0x7E);
}

bool IsAttributeChar(unsigned char c) { return c >= 0x20 && c < 0x7F && c != ';'; }

template <typename Allowed>
void AppendFiltered(std::string_view s, Allowed allowed, std::string* out) {
  for (unsigned char c : s) {
    if (allowed(c) && c != '%') {
      out->push_back(static_cast<char>(c));
    } else {
      AppendEscaped(c, out);
    }
  }
}

}  // namespace

std::map<std::string, std::string> ParseCookies(std::string_view header) {
  std::map<std::string, std::string> cookies;
  while (!header.empty()) {
    const size_t semi = header.find(';');
    const std::string_view piece = Trim(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
    const size_t eq = piece.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view name = Trim(piece.substr(0, eq));
    std::string_view value = Trim(piece.substr(eq + 1));
    bool name_ok = !name.empty();
    for (unsigned char c : name) name_ok = name_ok && IsTokenChar(c);
    if (!name_ok) continue;
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    cookies.emplace(std::string(name), std::string(value));
  }
  return cookies;
}

std::string BuildSetCookie(std::string_view name, std::string_view value, const CookieOptions& opt) {
  std::string out;
  AppendFiltered(name, IsTokenChar, &out);
  out.push_back('=');
  AppendFiltered(value, IsCookieOctet, &out);
  if (!opt.path.empty()) {
    out += "; Path=";
    AppendFiltered(opt.path, IsAttributeChar, &out);
  }
  if (opt.max_age >= 0) {
    out += "; Max-Age=" + std::to_string(opt.max_age);
    // Browsers without Max-Age support still drop an expired cookie.
    if (opt.max_age == 0) out += "; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
  }
  if (opt.http_only) out += "; HttpOnly";
  if (opt.secure) out += "; Secure";
  if (!opt.same_site.empty()) {
    out += "; SameSite=";
    AppendFiltered(opt.same_site, IsTokenChar, &out);
  }
  return out;
}

Status ParseBody(Request& req) {
  req.form.clear();
  req.files.clear();
  const std::string content_type = req.Header("Content-Type");
  const std::string type =
      Lower(Trim(std::string_view(content_type).substr(0, std::string_view(content_type).find(';'))));
  if (type == "application/x-www-form-urlencoded") {
    if (!ParseUrlEncoded(req.body, &req.form)) {
      return Status::Invalid("表单数据格式不正确");
    }
    return Status::Ok();
  }
  if (type == "multipart/form-data") {
    return ParseMultipart(content_type, req.body, &req.form, &req.files);
  }
  return Status::Ok();
}

}  // namespace gk::http
