// 外部链接检查 (external links, site health): links from published bodies to
// other sites, checked by the server's background job (external_job.h) at a
// polite rate and kept with their dates (table external_links). Pure: the
// state of one link, what a check does to it, when it is due, which link to
// check next (on any clock), and how a result reads in Chinese.
//
// Politeness: at most one request at a time, `pause_seconds` between two
// requests, at most one request to a host per `host_interval_seconds`; a
// link that works is rechecked every `recheck_seconds`, one that failed
// after `retry_seconds` (sooner, so that a real break is confirmed soon and
// a blip clears soon). A link is reported broken after
// kFailuresReported consecutive failures, never on one blip.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gk::health {

inline constexpr int kFailuresReported = 2;

// One URL as stored (external_links).
struct ExternalLink {
  std::string url;
  int64_t first_seen = 0;     // Unix seconds
  int64_t checked_at = 0;     // 0: never checked
  int http_status = 0;        // of the last check; 0 when no answer came
  std::string error;          // "" or the code of why no answer came (net::ProbeErrorCode)
  int64_t ok_at = 0;          // last check that worked; 0 never
  int failures = 0;           // consecutive
  int64_t failing_since = 0;  // the first of those failures; 0 while it works
  bool operator==(const ExternalLink&) const = default;
};

// What one request found.
struct CheckResult {
  int http_status = 0;
  std::string error;  // "" when an answer came
};

// An answer with status 200–399 (after redirects): the page opens.
bool Works(const CheckResult& r);
// `link` after a check at `now` found `r`.
ExternalLink Recorded(ExternalLink link, const CheckResult& r, int64_t now);
bool ReportedBroken(const ExternalLink& link);
// The last result in Chinese: "HTTP 404（页面不存在）", "域名无法解析", …
std::string ResultLabel(const ExternalLink& link);

// The host a URL is counted under for politeness: lower case, without
// user info or port ("" when there is none).
std::string LinkHost(std::string_view url);

struct CheckPolicy {
  int64_t pause_seconds = 2;
  int64_t host_interval_seconds = 30;
  int64_t recheck_seconds = 7 * 86400;
  int64_t retry_seconds = 86400;
};

// When `link` should next be checked: at once when never checked (from when
// it was first seen), after retry_seconds when its last check failed, after
// recheck_seconds when it worked.
int64_t DueAt(const ExternalLink& link, const CheckPolicy& policy);

// The requests made so far (in the job's memory).
struct Pacing {
  int64_t last_request = 0;                  // when the last request ended; 0 none
  std::map<std::string, int64_t> host_last;  // host -> when its last request ended
};

struct NextCheck {
  std::string url;  // the link to check now; "" when none may be checked now
  int64_t at = 0;   // when none now: when the next one may be (0: no link at all)
};

// Which of `links` to check at `now`: of those due and whose host and the
// pause allow a request, the one due longest (ties by URL). Otherwise the
// earliest time one will be allowed.
NextCheck ChooseNext(const std::vector<ExternalLink>& links, const Pacing& pacing, int64_t now,
                     const CheckPolicy& policy);

// The http:// and https:// link targets of a Markdown body, in order and
// without repeats: in (…) of a link or image (with or without <…>), in <…>
// autolinks and in link reference definitions; the #fragment is dropped
// (it is never sent). Site paths and relative links are not returned.
std::vector<std::string> ExternalLinks(std::string_view markdown);

}  // namespace gk::health
