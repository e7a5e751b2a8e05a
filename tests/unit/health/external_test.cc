// 外部链接检查's pure parts (health/external.h): which links a body has,
// what a check does to a link's state, and which link the job checks next
// on a fake clock.
#include "health/external.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "health/model.h"

namespace gk::health {
namespace {

using Urls = std::vector<std::string>;

TEST(ExternalLinksTest, HttpTargetsOfLinksImagesAutolinksAndDefinitions) {
  struct Case {
    const char* md;
    Urls want;
  };
  const Case cases[] = {
      {"见[国务院](https://www.gov.cn/zhengce/ \"标题\")和![图](http://img.example.com/a.png)。",
       {"https://www.gov.cn/zhengce/", "http://img.example.com/a.png"}},
      {"<https://www.gov.cn/> 与 <HTTP://Example.com/x>", {"https://www.gov.cn/", "HTTP://Example.com/x"}},
      {"[尖括号](<https://example.com/a b>) [好的](<https://example.com/ok>)", {"https://example.com/ok"}},
      {"正文\n[1]: https://example.org/ref \"说明\"\n   [2]: http://example.net/two",
       {"https://example.org/ref", "http://example.net/two"}},
      {"[片段](https://example.com/p#第二节) [同页](https://example.com/p)", {"https://example.com/p"}},
      {"[站内](/items/X/2026-00001) [相对](a/b) [协议相对](//cdn.example.com/x) [邮件](mailto:a@b.cn) [空](http://)",
       {}},
      {"a < b 而 [链接](https://example.com/after) 仍找到", {"https://example.com/after"}},
      {"[未闭合](https://example.com/x", {}},
      {"", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(ExternalLinks(c.md), c.want) << c.md;
}

TEST(LinkHostTest, LowerCaseWithoutUserOrPort) {
  EXPECT_EQ(LinkHost("https://WWW.Gov.CN/zhengce"), "www.gov.cn");
  EXPECT_EQ(LinkHost("http://user:pw@example.com:8080/a?b"), "example.com");
  EXPECT_EQ(LinkHost("http://[::1]:8080/"), "[::1]");
  EXPECT_EQ(LinkHost("http://example.com"), "example.com");
  EXPECT_EQ(LinkHost("no scheme"), "");
}

TEST(RecordedTest, FailuresCountInARowAndAWorkingCheckClearsThem) {
  const int64_t t0 = 1'000'000;
  ExternalLink l;
  l.url = "https://example.com/";
  l.first_seen = t0;
  l = Recorded(l, {404, ""}, t0 + 10);
  EXPECT_EQ(l.failures, 1);
  EXPECT_EQ(l.failing_since, t0 + 10);
  EXPECT_FALSE(ReportedBroken(l)) << "one failure may be a blip";
  l = Recorded(l, {0, "timeout"}, t0 + 20);
  EXPECT_EQ(l.failures, 2);
  EXPECT_EQ(l.failing_since, t0 + 10) << "since the first of the failures in a row";
  EXPECT_TRUE(ReportedBroken(l));
  EXPECT_EQ(ResultLabel(l), "连接超时");
  l = Recorded(l, {301, ""}, t0 + 30);
  EXPECT_EQ(l.failures, 0);
  EXPECT_EQ(l.failing_since, 0);
  EXPECT_EQ(l.ok_at, t0 + 30);
  EXPECT_EQ(l.checked_at, t0 + 30);
  EXPECT_FALSE(ReportedBroken(l));
}

TEST(ResultLabelTest, StatusesAndErrorsInChinese) {
  struct Case {
    int status;
    const char* error;
    const char* want;
  };
  const Case cases[] = {
      {404, "", "HTTP 404（页面不存在）"},
      {410, "", "HTTP 410（页面已删除）"},
      {503, "", "HTTP 503（服务暂时不可用）"},
      {418, "", "HTTP 418（请求被拒绝）"},
      {599, "", "HTTP 599（服务器出错）"},
      {200, "", "HTTP 200（正常）"},
      {0, "dns", "域名无法解析"},
      {0, "tls", "安全证书或加密连接出错"},
      {0, "private_address", "指向本机或内部网络地址（公众无法访问，未予检查）"},
      {0, "something", "访问出错"},
  };
  for (const auto& c : cases) {
    ExternalLink l;
    l.checked_at = 1;
    l.http_status = c.status;
    l.error = c.error;
    EXPECT_EQ(ResultLabel(l), c.want) << c.status << c.error;
  }
  EXPECT_EQ(ResultLabel(ExternalLink{}), "尚未检查");
}

// The scheduling policy on a fake clock: now = T, links described by when
// they were seen and checked.
constexpr int64_t T = 2'000'000'000;
constexpr int64_t kDay = 86400;

ExternalLink Link(std::string url, int64_t seen, int64_t checked = 0, int failures = 0) {
  ExternalLink l;
  l.url = std::move(url);
  l.first_seen = seen;
  l.checked_at = checked;
  l.failures = failures;
  return l;
}

TEST(ChooseNextTest, PolicyTable) {
  const CheckPolicy p;  // pause 2 s, 30 s a host, recheck 7 days, retry 1 day
  struct Case {
    const char* name;
    std::vector<ExternalLink> links;
    Pacing pacing;
    NextCheck want;
  };
  const Case cases[] = {
      {"nothing linked", {}, {}, {"", 0}},
      {"a new link at once", {Link("https://a.cn/1", T - 5)}, {}, {"https://a.cn/1", T}},
      {"the one due longest first",
       {Link("https://a.cn/new", T - 5), Link("https://b.cn/old", T - 8 * kDay, T - 8 * kDay)},
       {},
       {"https://b.cn/old", T}},
      {"ties by URL", {Link("https://b.cn/", T - 5), Link("https://a.cn/", T - 5)}, {}, {"https://a.cn/", T}},
      {"a working link waits seven days", {Link("https://a.cn/", T - 30 * kDay, T - 6 * kDay)}, {}, {"", T + kDay}},
      {"a failed link is retried after a day",
       {Link("https://a.cn/", T - 30 * kDay, T - kDay + 100, 1)},
       {},
       {"", T + 100}},
      {"a failed link past its retry",
       {Link("https://a.cn/", T - 30 * kDay, T - kDay - 1, 2)},
       {},
       {"https://a.cn/", T}},
      {"the pause between requests",
       {Link("https://a.cn/", T - 5)},
       {.last_request = T - 1, .host_last = {}},
       {"", T + 1}},
      {"a host asked 10 s ago waits 20 s more",
       {Link("https://a.cn/1", T - 5)},
       {.last_request = T - 10, .host_last = {{"a.cn", T - 10}}},
       {"", T + 20}},
      {"another host goes first",
       {Link("https://a.cn/1", T - 50), Link("https://B.cn/2", T - 5)},
       {.last_request = T - 10, .host_last = {{"a.cn", T - 10}}},
       {"https://B.cn/2", T}},
      {"the host's port does not make it another host",
       {Link("https://a.cn:8443/x", T - 5)},
       {.last_request = T - 3, .host_last = {{"a.cn", T - 3}}},
       {"", T + 27}},
  };
  for (const auto& c : cases) {
    const NextCheck got = ChooseNext(c.links, c.pacing, T, p);
    EXPECT_EQ(got.url, c.want.url) << c.name;
    EXPECT_EQ(got.at, c.want.at) << c.name;
  }
}

TEST(ChooseNextTest, ARunOfChecksOnAFakeClockKeepsThePace) {
  // Three links on one host and one on another, all new: the job's loop
  // (check what ChooseNext names, else move the clock to when it says).
  CheckPolicy p;
  std::vector<ExternalLink> links = {Link("https://a.cn/1", T), Link("https://a.cn/2", T), Link("https://a.cn/3", T),
                                     Link("https://b.cn/1", T)};
  Pacing pacing;
  int64_t now = T;
  std::vector<std::pair<std::string, int64_t>> done;
  while (done.size() < 4) {
    const NextCheck next = ChooseNext(links, pacing, now, p);
    if (next.url.empty()) {
      ASSERT_GT(next.at, now);
      now = next.at;
      continue;
    }
    done.push_back({next.url, now});
    pacing.last_request = now;
    pacing.host_last[LinkHost(next.url)] = now;
    for (auto& l : links)
      if (l.url == next.url) l = Recorded(l, {200, ""}, now);
  }
  const std::vector<std::pair<std::string, int64_t>> want = {
      {"https://a.cn/1", T}, {"https://b.cn/1", T + 2}, {"https://a.cn/2", T + 30}, {"https://a.cn/3", T + 60}};
  EXPECT_EQ(done, want);
  EXPECT_EQ(ChooseNext(links, pacing, now, p).at, T + 7 * kDay) << "then nothing until the first recheck";
}

TEST(EvaluateExternalTest, AWarningPerItemAndTheSummaryInTheJson) {
  Facts f;
  f.today = Date::Parse("2026-03-31").value();
  f.homepage_last = f.today;
  f.external = {{1, "某通知", "/console/items/7", "https://example.com/gone", "HTTP 404（页面不存在）",
                 Date::Parse("2026-03-30").value(), Date::Parse("2026-03-29").value()}};
  f.external_summary = {true, 5, 4, 1, "2026-03-30 10:15"};
  const Report r = Evaluate(f);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].rule, "external_link");
  EXPECT_EQ(r.findings[0].severity, Severity::kWarning);
  EXPECT_EQ(r.findings[0].url, "/console/items/7");
  EXPECT_EQ(r.findings[0].message,
            "“某通知”中的外部链接无法访问：https://example.com/gone，HTTP 404（页面不存在），最近检查于 2026-03-30，"
            "自 2026-03-29 起无法访问");
  const auto j = nlohmann::json::parse(ReportJson(r));
  EXPECT_EQ(j["external_links"]["linked"], 5);
  EXPECT_EQ(j["external_links"]["checked"], 4);
  EXPECT_EQ(j["external_links"]["broken"], 1);
  EXPECT_EQ(j["external_links"]["last_checked"], "2026-03-30 10:15");
  EXPECT_TRUE(nlohmann::json::parse(ReportJson(Evaluate(Facts{})))["external_links"]["last_checked"].is_null());
}

}  // namespace
}  // namespace gk::health
