// Decoding of everything a client sends inside a request besides the headers
// themselves: percent-encoding, query strings, urlencoded and multipart form
// bodies, cookies. Pure functions over strings: no Beast, no I/O.
//
// Every parser here treats its input as hostile. Malformed input yields false
// or Status::Invalid (with a message in Chinese), never a crash and never a
// read outside the given buffer. Text that reaches the rest of the program
// (paths, names, field values, filenames) is guaranteed valid UTF-8 without
// NUL bytes; uploaded file contents are passed through untouched.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "http/message.h"

namespace gk::http {

// Limits that keep a hostile request from costing more than its bytes.
inline constexpr size_t kMaxFormFields = 1000;       // urlencoded pairs
inline constexpr size_t kMaxMultipartParts = 1000;   // multipart parts
inline constexpr size_t kMaxPartHeaderBytes = 8192;  // one part's header block
inline constexpr size_t kMaxTargetBytes = 8192;      // request-target

// True if `s` is well-formed UTF-8: no overlong forms, no surrogates
// (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequences.
bool IsValidUtf8(std::string_view s);

// The check of a text field a service reads from a form: adds to `errors`
// under `field` when `value` is not valid UTF-8, is blank while `required`,
// or is longer than `max` characters ("请填写事项名称", "…不能超过 100 个字").
void CheckText(const std::string& field, const std::string& value, const char* label, size_t max, bool required,
               FieldErrors* errors);

// Decodes %XX escapes (and '+' as a space if `plus_as_space`) into *out.
// Returns false on a malformed escape ("%G1", a trailing "%" or "%4"), if the
// result contains a NUL byte, or if the result is not valid UTF-8; *out is
// unspecified then.
bool PercentDecode(std::string_view in, bool plus_as_space, std::string* out);

// Percent-encodes every byte except the unreserved set (A-Z a-z 0-9 - . _ ~),
// with upper-case hex: safe in a path segment or a query value.
std::string PercentEncode(std::string_view in);

// Escapes & < > " ' for HTML text and attribute values.
std::string HtmlEscape(std::string_view in);

// Parses an application/x-www-form-urlencoded string ("a=1&b=&c") and
// appends the pairs to *out in order; a name without '=' gets the value "".
// Empty pairs ("a=1&&b=2") and pairs with an empty name are skipped. Returns
// false (leaving *out unchanged) if any name or value fails PercentDecode or
// there are more than kMaxFormFields pairs.
bool ParseUrlEncoded(std::string_view body, Params* out);

// Splits a request-target into its percent-decoded path and its query.
// Returns false unless the target starts with '/', is at most
// kMaxTargetBytes long and has no control characters, the path decodes
// (plus stays '+') to text without backslashes or dot segments ("/./",
// "/../", trailing "/." or "/.."), and the query parses as urlencoded.
// On success *query holds only the query's pairs.
bool ParseTarget(std::string_view target, std::string* path, std::string* raw_query, Params* query);

// Parses a multipart/form-data body (RFC 7578). `content_type` is the whole
// Content-Type header value, from which the boundary is taken. Parts without
// a filename are appended to *fields (their values must be UTF-8 text); parts
// with one to *files, the filename reduced to its last path component and
// taken from filename*=UTF-8''... when present. A file part with an empty
// filename and no data (an empty <input type=file>) is skipped. On error
// returns Status::Invalid with a Chinese message; *fields and *files are then
// unchanged.
Status ParseMultipart(std::string_view content_type, std::string_view body, Params* fields,
                      std::vector<UploadedFile>* files);

// Parses a Cookie header ("a=1; b=2"). The first occurrence of a name wins;
// one pair of double quotes around a value is removed; malformed pieces are
// ignored.
std::map<std::string, std::string> ParseCookies(std::string_view cookie_header);

// True for a byte allowed in an HTTP token (RFC 9110 tchar): header and
// cookie names.
bool IsTokenChar(unsigned char c);

struct CookieOptions {
  std::string path = "/";
  int64_t max_age = -1;  // -1: session cookie; 0: delete the cookie
  bool http_only = true;
  bool secure = false;
  std::string same_site = "Lax";  // "" to omit the attribute
};

// Builds a Set-Cookie header value. Bytes that are not allowed in a cookie
// name, value or path are percent-encoded so the header can never be split
// or extended; callers should pass plain tokens (ASCII, no ; , " \ or space).
std::string BuildSetCookie(std::string_view name, std::string_view value, const CookieOptions& opt);

// Fills req.form (and req.files for multipart) from req.body according to
// the Content-Type header; other content types leave them empty. Both are
// cleared first, so calling twice is harmless. Malformed bodies give
// Status::Invalid with a Chinese message.
Status ParseBody(Request& req);

}  // namespace gk::http
