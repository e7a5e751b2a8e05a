#include "http/assets.h"

#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "http/forms.h"

namespace gk::http {

std::string Gzip(std::string_view in) {
  z_stream zs{};
  if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out;
  out.resize(deflateBound(&zs, static_cast<uLong>(in.size())) + 32);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return rc == Z_STREAM_END ? out : std::string();
}

std::string ContentHash(std::string_view in) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : in) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  static const char* kHex = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i) {
    s[i] = kHex[h & 0xf];
    h >>= 4;
  }
  return s;
}

std::string QuotedHash(std::string_view in) {
  std::string s;
  s.reserve(18);
  s.push_back('"');
  s.append(ContentHash(in));
  s.push_back('"');
  return s;
}

std::string MimeType(std::string_view name) {
  static const std::map<std::string, std::string, std::less<>> kTypes = {
      {"css", "text/css; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"html", "text/html; charset=utf-8"},
      {"txt", "text/plain; charset=utf-8"},
      {"json", "application/json"},
      {"xml", "application/xml"},
      {"svg", "image/svg+xml"},
      {"png", "image/png"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"gif", "image/gif"},
      {"ico", "image/x-icon"},
      {"webp", "image/webp"},
      {"woff2", "font/woff2"},
      {"pdf", "application/pdf"},
  };
  auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return "application/octet-stream";
  auto it = kTypes.find(name.substr(dot + 1));
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

bool IsCompressible(std::string_view t) {
  return t.starts_with("text/") || t.starts_with("application/json") || t.starts_with("application/xml") ||
         t.starts_with("application/rss+xml") || t.starts_with("application/atom+xml") ||
         t.starts_with("image/svg+xml");
}

Status StaticFiles::Load(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Invalid("static directory not found: " + dir);
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::ifstream f(it->path(), std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    Asset a;
    a.body = ss.str();
    std::string rel = fs::relative(it->path(), dir).generic_string();
    a.content_type = MimeType(rel);
    std::string h = ContentHash(a.body);
    a.fingerprint = h.substr(0, 8);
    a.etag = "\"";
    a.etag.append(h).append("\"");
    if (IsCompressible(a.content_type) && a.body.size() > 1024) a.gzip_body = Gzip(a.body);
    files_[rel] = std::move(a);
  }
  if (ec) return Status::Invalid("cannot read static directory " + dir + ": " + ec.message());
  return Status::Ok();
}

std::string StaticFiles::Url(std::string_view rel) const {
  auto it = files_.find(rel);
  if (it == files_.end()) return "/static/" + std::string(rel);
  std::string name(rel);
  auto dot = name.rfind('.');
  auto slash = name.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
    return "/static/" + name + "." + it->second.fingerprint;
  return "/static/" + name.substr(0, dot) + "." + it->second.fingerprint + name.substr(dot);
}

const Asset* StaticFiles::Find(std::string_view path, bool* immutable) const {
  *immutable = false;
  constexpr std::string_view kPrefix = "/static/";
  if (!path.starts_with(kPrefix)) return nullptr;
  std::string_view rel = path.substr(kPrefix.size());
  if (auto it = files_.find(rel); it != files_.end()) return &it->second;
  // name.<fingerprint>.ext or name.<fingerprint>
  std::string s(rel);
  auto last = s.rfind('.');
  if (last == std::string::npos) return nullptr;
  std::string candidates[2];
  auto prev = last == 0 ? std::string::npos : s.rfind('.', last - 1);
  if (prev != std::string::npos && last - prev == 9) {
    std::string fp = s.substr(prev + 1, 8);
    candidates[0] = s.substr(0, prev) + s.substr(last);
    if (auto it = files_.find(candidates[0]); it != files_.end()) {
      *immutable = it->second.fingerprint == fp;
      return &it->second;
    }
  }
  if (s.size() - last == 9) {
    candidates[1] = s.substr(0, last);
    if (auto it = files_.find(candidates[1]); it != files_.end()) {
      *immutable = it->second.fingerprint == s.substr(last + 1);
      return &it->second;
    }
  }
  return nullptr;
}

namespace {

int64_t SteadySeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

int64_t UnixSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

std::string PageCacheKey(std::string_view path, const Params& query, std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  // Percent-encoded parts keep the key unambiguous whatever the path holds.
  std::string key = PercentEncode(path);
  char sep = '?';
  for (const auto& name : names) {
    auto it = query.lower_bound(name);
    if (it == query.end() || it->first != name || it->second.empty()) continue;
    key += sep + PercentEncode(name) + "=" + PercentEncode(it->second);
    sep = '&';
  }
  return key;
}

ResponseCache::ResponseCache(size_t max_entries, int ttl_seconds)
    : max_entries_(max_entries), ttl_seconds_(ttl_seconds), changed_at_(UnixSeconds()) {}

std::shared_ptr<const ResponseCache::Entry> ResponseCache::Get(const std::string& key) const {
  std::lock_guard lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second->expires < SteadySeconds()) return nullptr;
  return it->second;
}

void ResponseCache::set_ttl(int seconds) {
  std::lock_guard lock(mu_);
  ttl_seconds_ = seconds;
  entries_.clear();
}

int64_t ResponseCache::changed_at() const {
  std::lock_guard lock(mu_);
  return changed_at_;
}

void ResponseCache::Put(const std::string& key, uint64_t generation, std::shared_ptr<const Entry> e) {
  std::lock_guard lock(mu_);
  if (generation != generation_ || ttl_seconds_ <= 0) return;
  if (entries_.size() >= max_entries_) entries_.clear();
  auto entry = std::make_shared<Entry>(*e);
  entry->expires = SteadySeconds() + ttl_seconds_;
  entries_[key] = std::move(entry);
}

uint64_t ResponseCache::generation() const {
  std::lock_guard lock(mu_);
  return generation_;
}

void ResponseCache::Invalidate() {
  std::lock_guard lock(mu_);
  ++generation_;
  entries_.clear();
  changed_at_ = UnixSeconds();
}

}  // namespace gk::http
