#include "health/external.h"

#include <algorithm>

namespace gk::health {
namespace {

constexpr size_t kLongestUrl = 4096;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsHttp(std::string_view url) {
  const std::string head = Lower(url.substr(0, 8));
  const size_t scheme = head.starts_with("http://") ? 7 : head.starts_with("https://") ? 8 : 0;
  return scheme > 0 && url.size() > scheme && url[scheme] != '/';
}

const char* StatusWords(int status) {
  switch (status) {
    case 400:
      return "请求无效";
    case 401:
      return "需要登录";
    case 403:
      return "禁止访问";
    case 404:
      return "页面不存在";
    case 410:
      return "页面已删除";
    case 429:
      return "访问过于频繁";
    case 500:
      return "服务器内部错误";
    case 502:
      return "网关错误";
    case 503:
      return "服务暂时不可用";
    case 504:
      return "网关超时";
  }
  return status >= 500 ? "服务器出错" : "请求被拒绝";
}

const char* ErrorWords(std::string_view code) {
  if (code == "dns") return "域名无法解析";
  if (code == "connect") return "无法连接到服务器";
  if (code == "timeout") return "连接超时";
  if (code == "tls") return "安全证书或加密连接出错";
  if (code == "redirects") return "重定向次数过多";
  if (code == "private_address") return "指向本机或内部网络地址（公众无法访问，未予检查）";
  if (code == "bad_url") return "链接地址无效";
  return "访问出错";
}

// The link target that starts `s` (up to a space, a closing bracket or the
// end), "" when it is not an http(s) URL.
std::string_view Target(std::string_view s, char close) {
  if (!s.empty() && s[0] == '<') {
    const size_t end = s.find('>');
    return end == std::string_view::npos ? std::string_view() : s.substr(1, end - 1);
  }
  size_t end = 0;
  while (end < s.size() && s[end] != ' ' && s[end] != '\n' && s[end] != '\t' && s[end] != close) ++end;
  if (end == s.size() && close == ')') return {};  // "[text](…" never closed: no link
  return s.substr(0, end);
}

void Take(std::string_view target, std::vector<std::string>* out) {
  target = target.substr(0, target.find('#'));
  if (!IsHttp(target) || target.find_first_of(" \t\n<>\"") != std::string_view::npos) return;
  if (std::find(out->begin(), out->end(), target) == out->end()) out->emplace_back(target);
}

// A link reference definition "[label]: URL" starting at line start `i`
// (up to 3 spaces of indent); returns the URL's offset or npos.
size_t Definition(std::string_view md, size_t i) {
  size_t p = i;
  while (p < md.size() && p - i < 3 && md[p] == ' ') ++p;
  if (p >= md.size() || md[p] != '[') return std::string_view::npos;
  const std::string_view line = md.substr(p, md.find('\n', p) - p);
  const size_t close = line.find("]:");
  if (close == std::string_view::npos) return std::string_view::npos;
  p += close + 2;
  while (p < md.size() && (md[p] == ' ' || md[p] == '\t')) ++p;
  return p;
}

}  // namespace

bool Works(const CheckResult& r) { return r.error.empty() && r.http_status >= 200 && r.http_status < 400; }

ExternalLink Recorded(ExternalLink link, const CheckResult& r, int64_t now) {
  link.checked_at = now;
  link.http_status = r.http_status;
  link.error = r.error;
  if (Works(r)) {
    link.ok_at = now;
    link.failures = 0;
    link.failing_since = 0;
  } else {
    if (link.failures == 0) link.failing_since = now;
    ++link.failures;
  }
  return link;
}

bool ReportedBroken(const ExternalLink& link) { return link.failures >= kFailuresReported; }

std::string ResultLabel(const ExternalLink& link) {
  if (link.checked_at == 0) return "尚未检查";
  if (!link.error.empty()) return ErrorWords(link.error);
  const std::string code = "HTTP " + std::to_string(link.http_status);
  if (link.http_status >= 200 && link.http_status < 400) return code + "（正常）";
  return code + "（" + StatusWords(link.http_status) + "）";
}

std::string LinkHost(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const size_t at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  if (!rest.empty() && rest[0] == '[') return Lower(rest.substr(0, rest.find(']') + 1));
  return Lower(rest.substr(0, rest.find(':')));
}

int64_t DueAt(const ExternalLink& link, const CheckPolicy& policy) {
  if (link.checked_at == 0) return link.first_seen;
  return link.checked_at + (link.failures > 0 ? policy.retry_seconds : policy.recheck_seconds);
}

NextCheck ChooseNext(const std::vector<ExternalLink>& links, const Pacing& pacing, int64_t now,
                     const CheckPolicy& policy) {
  const int64_t pause_until = pacing.last_request > 0 ? pacing.last_request + policy.pause_seconds : 0;
  const ExternalLink* pick = nullptr;  // ready now, due longest
  int64_t pick_due = 0;
  int64_t first_ready = 0;  // of those not ready now, the earliest
  for (const auto& link : links) {
    const int64_t due = DueAt(link, policy);
    int64_t ready = std::max(due, pause_until);
    if (auto it = pacing.host_last.find(LinkHost(link.url)); it != pacing.host_last.end())
      ready = std::max(ready, it->second + policy.host_interval_seconds);
    if (ready > now) {
      if (first_ready == 0 || ready < first_ready) first_ready = ready;
    } else if (!pick || due < pick_due || (due == pick_due && link.url < pick->url)) {
      pick = &link;
      pick_due = due;
    }
  }
  if (pick) return {pick->url, now};
  return {"", first_ready};
}

std::vector<std::string> ExternalLinks(std::string_view md) {
  std::vector<std::string> out;
  for (size_t i = 0; i < md.size(); ++i) {
    if ((i == 0 || md[i - 1] == '\n')) {
      if (const size_t p = Definition(md, i); p != std::string_view::npos) Take(Target(md.substr(p), '\n'), &out);
    }
    if (md[i] == ']' && i + 1 < md.size() && md[i + 1] == '(') {
      Take(Target(md.substr(i + 2), ')'), &out);
    } else if (md[i] == '<' && (i == 0 || md[i - 1] != '(')) {
      // An autolink has no spaces or line breaks: look no further than the
      // next one, nor than a long URL's length.
      const std::string_view rest = md.substr(i + 1, kLongestUrl);
      const size_t stop = rest.find_first_of(" \n>");
      if (stop != std::string_view::npos && rest[stop] == '>') Take(rest.substr(0, stop), &out);
    }
  }
  return out;
}

}  // namespace gk::health
