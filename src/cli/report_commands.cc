// `gongkai report …`, `gongkai check` and `gongkai health`: the annual
// report's tables and document, the content check of a file, site health.
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "app/app.h"
#include "auth/content_rules.h"
#include "cli/commands.h"
#include "common/calendar.h"
#include "common/china_time.h"
#include "common/clock.h"
#include "common/strings.h"
#include "common/uscc.h"
#include "health/service.h"
#include "reports/model.h"
#include "reports/service.h"

namespace gk::cli {

// `report applications --year YYYY [--format json|csv] [--agency USCC]`:
// tables 三 and 四 of the annual report. Exit 3 when the balance check
// fails (the output names the applications that break it).
namespace {
int CmdAnnualReport(const Args& args, gk::app::App& app);
}  // namespace

int CmdReport(const Args& args, gk::app::App& app) {
  if (args.words.size() == 2 && args.words[1] == "annual") return CmdAnnualReport(args, app);
  if (args.words.size() != 2 || args.words[1] != "applications")
    return Fail("用法: gongkai report applications --year 年份 [--format json|csv] [--agency 机构代码]");
  const std::string year_text = Opt(args, "year");
  int year = 0;
  auto [p, ec] = std::from_chars(year_text.data(), year_text.data() + year_text.size(), year);
  if (ec != std::errc() || p != year_text.data() + year_text.size() || year < 2000 || year > 9998)
    return Fail("年份“" + year_text + "”无效，应为如 2025 的四位年份（--year）");
  const std::string format = Opt(args, "format").empty() ? "json" : Opt(args, "format");
  if (format != "json" && format != "csv") return Fail("格式应为 json 或 csv（--format）");
  std::vector<int64_t> agencies;
  if (!Opt(args, "agency").empty()) {
    auto all = app.services().auth->ListAgencies();
    if (!all.ok()) return FailStatus(all.status());
    for (const auto& a : all.value())
      if (a.uscc == gk::NormalizeUscc(Opt(args, "agency"))) agencies.push_back(a.id);
    if (agencies.empty()) return Fail("没有统一社会信用代码为 " + Opt(args, "agency") + " 的机构");
  }
  auto t = app.services().applications->reports().Tables(year, agencies);
  if (!t.ok()) return FailStatus(t.status());
  std::string out = format == "json" ? gk::applications::TablesJson(*t) : gk::applications::TablesCsv(*t);
  std::fputs(out.c_str(), stdout);
  if (!t->balanced) {
    std::fprintf(stderr, "gongkai: 校验未通过（一 + 二 ≠ 三（七） + 四）：\n");
    for (const auto& b : t->imbalances) std::fprintf(stderr, "  %s：%s\n", b.number.c_str(), b.problem.c_str());
    return 3;
  }
  return 0;
}

namespace {

// The wording list for `check`: --words FILE, else the installation's
// (read without creating a database that is not there), else the starter list.
gk::Result<std::vector<gk::text::WordingRule>> CheckWording(const Args& args, const gk::config::Config& config) {
  if (const std::string path = Opt(args, "words"); !path.empty()) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return gk::Status::Invalid("无法读取词表文件 " + path);
    std::stringstream text;
    text << in.rdbuf();
    return gk::text::ParseWordingRules(text.str());
  }
  const std::string& url = config.database.url;
  const bool sqlite = url.rfind("sqlite:", 0) == 0 || url.empty();
  const std::string file = url.rfind("sqlite:", 0) == 0 ? url.substr(7) : config.data_dir + "/gongkai.db";
  if (sqlite && !std::filesystem::exists(file)) return gk::text::DefaultWordingRules();
  auto db = gk::storage::Database::Open({url, config.data_dir, 1, config.database.busy_timeout_ms});
  if (!db.ok()) return gk::text::DefaultWordingRules();
  std::vector<gk::text::WordingRule> rules = gk::text::DefaultWordingRules();
  (void)db.value()->Read([&](soci::session& sql) {
    try {
      rules = gk::auth::LoadWordingRules(sql);
    } catch (const std::exception&) {  // not migrated yet: the starter list
    }
    return Status::Ok();
  });
  return rules;
}

}  // namespace

// `check FILE`: the content check (text/content_check.h) as JSON lines.
int CmdCheck(const Args& args, const gk::config::Config& config) {
  if (args.words.size() != 2) return Fail("用法: gongkai check 文件 [--words 词表文件] [--today 年-月-日]");
  std::ifstream in(args.words[1], std::ios::binary);
  if (!in) return Fail("无法读取 " + args.words[1]);
  std::stringstream content;
  content << in.rdbuf();
  gk::text::CheckOptions options;
  auto wording = CheckWording(args, config);
  if (!wording.ok()) return FailStatus(wording.status());
  options.wording = std::move(wording).value();
  options.today = gk::ChinaDate(gk::SystemClock().Now());
  if (const std::string today = Opt(args, "today"); !today.empty()) {
    auto d = gk::Date::Parse(today);
    if (!d.ok()) return Fail("日期应为 年-月-日，如 2026-03-01（--today）");
    options.today = d.value();
  }
  bool blocking = false;
  for (const auto& f : gk::text::CheckContent(content.str(), options)) {
    std::printf("%s\n", gk::text::FindingJson(f).c_str());
    blocking = blocking || f.blocking;
  }
  return blocking ? 3 : 0;
}

// The agency an option names: its 统一社会信用代码 or its number; without
// the option, the first top-level agency (the site's own). 0 when none.
int64_t AgencyOption(const Args& args, gk::app::App& app, std::string* error) {
  auto all = app.services().auth->ListAgencies();
  if (!all.ok()) {
    *error = all.status().message();
    return 0;
  }
  const std::string typed = Opt(args, "agency");
  for (const auto& a : all.value()) {
    if (typed.empty() ? a.parent_id == 0 : (a.uscc == gk::NormalizeUscc(typed) || std::to_string(a.id) == typed))
      return a.id;
  }
  *error = typed.empty() ? "还没有任何机构" : "没有统一社会信用代码或编号为 " + typed + " 的机构";
  return 0;
}

namespace {

// The report printed to PDF by Chromium (A4, the HTML's print styles).
gk::Result<std::string> PrintPdf(const std::string& html, const std::string& tmp_dir) {
  std::string browser;
  for (const char* b : {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"})
    if (std::filesystem::exists(b)) browser = b;
  if (browser.empty()) return gk::Status::Unavailable("生成 PDF 需要 Chromium（Debian 软件包 chromium）");
  std::filesystem::create_directories(tmp_dir);
  const std::string base = tmp_dir + "/report-" + std::to_string(::getpid());
  {
    std::ofstream out(base + ".html", std::ios::binary);
    out << html;
  }
  if (base.find('\'') != std::string::npos) return gk::Status::Invalid("数据目录的路径不能含单引号");
  const std::string cmd = browser + " --headless --no-sandbox --disable-gpu --no-first-run '--user-data-dir=" + base +
                          ".profile' --no-pdf-header-footer '--print-to-pdf=" + base + ".pdf' 'file://" + base +
                          ".html' > /dev/null 2>&1";
  const int rc = std::system(cmd.c_str());
  std::ifstream in(base + ".pdf", std::ios::binary);
  std::stringstream pdf;
  pdf << in.rdbuf();
  std::error_code ec;
  std::filesystem::remove(base + ".html", ec);
  std::filesystem::remove(base + ".pdf", ec);
  std::filesystem::remove_all(base + ".profile", ec);
  if (rc != 0 || pdf.str().size() < 100) return gk::Status::Unavailable("Chromium 未能生成 PDF");
  return pdf.str();
}

// `report annual --year Y [--agency USCC|ID] [--format json|xlsx|pdf|html] [--output FILE]`.
int CmdAnnualReport(const Args& args, gk::app::App& app) {
  const std::string year_text = Opt(args, "year");
  int year = 0;
  auto [p, ec] = std::from_chars(year_text.data(), year_text.data() + year_text.size(), year);
  if (ec != std::errc() || p != year_text.data() + year_text.size() || !gk::reports::IsReportYear(year))
    return Fail("年份“" + year_text + "”无效，应为 2008 至 2100 之间的四位年份（--year）");
  const std::string format = Opt(args, "format").empty() ? "json" : Opt(args, "format");
  if (format != "json" && format != "xlsx" && format != "pdf" && format != "html")
    return Fail("格式应为 json、xlsx、pdf 或 html（--format）");
  std::string error;
  const int64_t agency = AgencyOption(args, app, &error);
  if (agency == 0) return Fail(error);
  auto r = app.services().reports->Compose(agency, year);
  if (!r.ok()) return FailStatus(r.status());
  const std::string tmp = app.services().config.data_dir + "/tmp";
  gk::Result<std::string> out = std::string();
  if (format == "json") out = gk::reports::ReportJson(*r);
  else if (format == "html") out = gk::reports::ReportHtml(*r);
  else if (format == "xlsx") out = gk::reports::ReportXlsx(*r, tmp);
  else out = PrintPdf(gk::reports::ReportHtml(*r), tmp);
  if (!out.ok()) return FailStatus(out.status());
  const std::string path = Opt(args, "output");
  if (path.empty()) {
    std::fwrite(out->data(), 1, out->size(), stdout);
  } else {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << out.value();
    if (!f) return Fail("无法写入 " + path);
  }
  for (const auto& f : r->findings)
    std::fprintf(stderr, "%s%s\n", f.blocking ? "gongkai: 不平衡：" : "gongkai: 提示：", f.message.c_str());
  return r->Publishable() ? 0 : 3;
}

}  // namespace

// `health [--format json|text] [--quick]`: the site-health check.
int CmdHealth(const Args& args, gk::app::App& app) {
  const std::string format = Opt(args, "format").empty() ? "text" : Opt(args, "format");
  if (format != "json" && format != "text") return Fail("格式应为 json 或 text（--format）");
  auto r = app.services().health->Check(!HasFlag(args, "quick"));
  if (!r.ok()) return FailStatus(r.status());
  if (format == "json") {
    std::fputs(gk::health::ReportJson(*r).c_str(), stdout);
  } else {
    std::printf("网站健康检查 %s：单项否决 %d 项，即将否决 %d 项，检查信息 %lld 条、站内链接 %lld 个\n",
                r->today.ToString().c_str(), r->vetoes, r->near, static_cast<long long>(r->items_checked),
                static_cast<long long>(r->links_checked));
    if (!HasFlag(args, "quick"))
      std::printf("外部链接：已检查 %lld 个，无法访问 %lld 个，%s%s\n", static_cast<long long>(r->external.checked),
                  static_cast<long long>(r->external.broken),
                  r->external.last_checked.empty() ? "尚未检查" : ("最近检查时间 " + r->external.last_checked).c_str(),
                  r->external.enabled ? "" : "（外部链接检查未启用）");
    for (const auto& f : r->findings)
      std::printf("[%s] %s%s\n", gk::health::SeverityLabel(f.severity), f.message.c_str(),
                  f.url.empty() ? "" : ("（" + f.url + "）").c_str());
  }
  return r->vetoes > 0 ? 3 : 0;
}

}  // namespace gk::cli
