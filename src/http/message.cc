#include "http/message.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "http/forms.h"

namespace gk::http {
namespace {

unsigned char FoldCase(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'A' && u <= 'Z') ? static_cast<unsigned char>(u + ('a' - 'A')) : u;
}

// The first value of `key`: multimap::find may return any of several equal
// keys, lower_bound returns the first inserted.
template <typename Map>
std::string FirstValue(const Map& map, std::string_view key) {
  const std::string k(key);
  auto it = map.lower_bound(k);
  if (it == map.end() || map.key_comp()(k, it->first)) return {};
  return it->second;
}

}  // namespace

bool CaseLess::operator()(std::string_view a, std::string_view b) const {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [](char x, char y) { return FoldCase(x) < FoldCase(y); });
}

std::string Request::Header(std::string_view name) const { return FirstValue(headers, name); }

std::string Request::Query(std::string_view name) const {
  if (std::find(queried.begin(), queried.end(), name) == queried.end()) queried.emplace_back(name);
  return FirstValue(query, name);
}

std::string Request::Form(std::string_view name) const { return FirstValue(form, name); }

std::string Request::Param(std::string_view name) const {
  auto it = path_params.find(std::string(name));
  return it == path_params.end() ? std::string() : it->second;
}

std::string Request::Cookie(std::string_view name) const {
  // HTTP/1.1 clients send one Cookie header, but tolerate several; the first
  // occurrence of a name wins across all of them.
  auto [begin, end] = headers.equal_range("Cookie");
  for (auto it = begin; it != end; ++it) {
    const auto cookies = ParseCookies(it->second);
    auto found = cookies.find(std::string(name));
    if (found != cookies.end()) return found->second;
  }
  return {};
}

void Response::SetHeader(std::string name, std::string value) {
  headers.erase(name);
  headers.emplace(std::move(name), std::move(value));
}

void Response::AddCookie(const std::string& set_cookie_value) { headers.emplace("Set-Cookie", set_cookie_value); }

namespace {

Response WithBody(std::string body, int status, const char* content_type) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.SetHeader("Content-Type", content_type);
  return r;
}

}  // namespace

std::string UnsafeHeader(const Headers& headers) {
  for (const auto& [name, value] : headers) {
    const bool bad_name = name.empty() || !std::all_of(name.begin(), name.end(), [](char c) {
                            return IsTokenChar(static_cast<unsigned char>(c));
                          });
    const bool bad_value = value.find_first_of(std::string_view("\r\n\0", 3)) != std::string::npos;
    if (bad_name || bad_value) return name.empty() ? std::string("(empty name)") : name;
  }
  return {};
}

Response Response::Html(std::string body, int status) {
  return WithBody(std::move(body), status, "text/html; charset=utf-8");
}

Response Response::Json(std::string body, int status) {
  return WithBody(std::move(body), status, "application/json; charset=utf-8");
}

Response Response::Text(std::string body, int status) {
  return WithBody(std::move(body), status, "text/plain; charset=utf-8");
}

Response Response::File(std::string path, int64_t size, std::string content_type) {
  Response r;
  r.file = FileBody{std::move(path), size, 0, size};
  r.SetHeader("Content-Type", std::move(content_type));
  return r;
}

Response Response::Redirect(std::string location, int status) {
  Response r;
  r.status = status;
  r.SetHeader("Location", std::move(location));
  return r;
}

}  // namespace gk::http
