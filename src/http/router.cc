#include "http/router.h"

#include <algorithm>

namespace gk::http {
namespace {

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> parts;
  size_t i = 0;
  if (!path.empty() && path[0] == '/') i = 1;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    parts.push_back(path.substr(i, j - i));
    i = j + 1;
  }
  return parts;
}

bool AllDigits(std::string_view s) {
  if (s.empty() || s.size() > 18) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Status Router::Add(std::string method, std::string pattern, Handler handler, RouteOptions options) {
  if (pattern.empty() || pattern[0] != '/') return Status::Invalid("pattern must start with /: " + pattern);
  for (const auto& r : routes_) {
    if (r.method == method && r.pattern == pattern) return Status::Invalid("duplicate route " + method + " " + pattern);
  }
  Compiled c;
  auto parts = SplitPath(pattern);
  std::vector<std::string> names;
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string_view p = parts[i];
    if (p.size() >= 2 && p.front() == '{' && p.back() == '}') {
      std::string_view inner = p.substr(1, p.size() - 2);
      auto colon = inner.find(':');
      std::string name(inner.substr(0, colon));
      std::string_view type = colon == std::string_view::npos ? "" : inner.substr(colon + 1);
      if (name.empty()) return Status::Invalid("empty parameter name in " + pattern);
      if (name.find_first_of("{}") != std::string::npos) return Status::Invalid("malformed parameter in " + pattern);
      if (std::find(names.begin(), names.end(), name) != names.end())
        return Status::Invalid("parameter " + name + " named twice in " + pattern);
      names.push_back(name);
      if (colon == std::string_view::npos) {
        c.segments.push_back({Segment::kString, name});
      } else if (type == "int") {
        c.segments.push_back({Segment::kInt, name});
      } else if (type == "path") {
        if (i + 1 != parts.size()) return Status::Invalid("{name:path} must be last in " + pattern);
        c.segments.push_back({Segment::kPath, name});
      } else {
        return Status::Invalid("unknown parameter type in " + pattern);
      }
    } else {
      // A brace outside a whole-segment parameter is a typo, not a literal.
      if (p.find_first_of("{}") != std::string_view::npos)
        return Status::Invalid("parameters must fill a whole segment in " + pattern);
      c.segments.push_back({Segment::kLiteral, std::string(p)});
    }
  }
  routes_.push_back(Route{std::move(method), std::move(pattern), std::move(handler), options});
  compiled_.push_back(std::move(c));
  order_.resize(routes_.size());
  for (size_t i = 0; i < order_.size(); ++i) order_[i] = i;
  // Most specific first, decided by the leftmost segment where two patterns
  // differ: literal, then int, then string, then path. A literal segment thus
  // wins over a parameter whatever follows it.
  auto rank = [](Segment::Kind k) {
    switch (k) {
      case Segment::kLiteral:
        return 3;
      case Segment::kInt:
        return 2;
      case Segment::kString:
        return 1;
      case Segment::kPath:
        return 0;
    }
    return 0;
  };
  std::stable_sort(order_.begin(), order_.end(), [this, &rank](size_t a, size_t b) {
    const auto& sa = compiled_[a].segments;
    const auto& sb = compiled_[b].segments;
    for (size_t i = 0; i < sa.size() && i < sb.size(); ++i) {
      if (sa[i].kind != sb[i].kind) return rank(sa[i].kind) > rank(sb[i].kind);
    }
    return sa.size() > sb.size();
  });
  by_first_literal_.clear();
  parameter_first_.clear();
  for (size_t idx : order_) {
    const auto& first = compiled_[idx].segments.front();
    if (first.kind == Segment::kLiteral) {
      by_first_literal_[first.text].push_back(idx);
    } else {
      parameter_first_.push_back(idx);
    }
  }
  return Status::Ok();
}

bool Router::MatchSegments(const Compiled& c, const std::vector<std::string_view>& parts, std::string_view path,
                           std::map<std::string, std::string>* params) {
  size_t n = c.segments.size();
  for (size_t i = 0; i < n; ++i) {
    const Segment& s = c.segments[i];
    if (s.kind == Segment::kPath) {
      if (i >= parts.size()) return false;
      // The rest of the path from this segment on, slashes included.
      const char* start = parts[i].data();
      std::string_view rest(start, static_cast<size_t>(path.data() + path.size() - start));
      if (rest.empty()) return false;
      (*params)[s.text] = std::string(rest);
      return true;
    }
    if (i >= parts.size()) return false;
    std::string_view p = parts[i];
    switch (s.kind) {
      case Segment::kLiteral:
        if (p != s.text) return false;
        break;
      case Segment::kString:
        if (p.empty()) return false;
        (*params)[s.text] = std::string(p);
        break;
      case Segment::kInt:
        if (!AllDigits(p)) return false;
        (*params)[s.text] = std::string(p);
        break;
      case Segment::kPath:
        break;
    }
  }
  return parts.size() == n;
}

Router::Match Router::Find(std::string_view method, std::string_view path) const {
  Match m;
  auto parts = SplitPath(path);
  std::string_view want = method == "HEAD" ? std::string_view("GET") : method;
  auto consider = [&](size_t idx) {
    std::map<std::string, std::string> params;
    if (!MatchSegments(compiled_[idx], parts, path, &params)) return;
    const Route& r = routes_[idx];
    if (std::find(m.allowed.begin(), m.allowed.end(), r.method) == m.allowed.end()) m.allowed.push_back(r.method);
    if (r.method == want && m.route == nullptr) {
      m.route = &r;
      m.params = std::move(params);
    }
  };
  if (auto it = by_first_literal_.find(std::string(parts.front())); it != by_first_literal_.end())
    for (size_t idx : it->second) consider(idx);
  for (size_t idx : parameter_first_) consider(idx);
  return m;
}

Router::BodyRule Router::BodyRuleFor(std::string_view method, std::string_view path, int64_t body_limit,
                                     int64_t upload_limit) const {
  Match m = Find(method, path);
  if (m.route == nullptr || !m.route->options.upload) return {body_limit, {}};
  const int64_t own = m.route->options.max_body;
  return {own > 0 ? std::min(own, upload_limit) : upload_limit, m.route->options.require_cookie};
}

}  // namespace gk::http
