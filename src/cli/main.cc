// gongkai: the server and its command-line tools.
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
#include "app/init.h"
#include "applications/fees.h"
#include "auth/content_rules.h"
#include "calendar/service.h"
#include "catalogue/import.h"
#include "catalogue/indexing.h"
#include "common/calendar.h"
#include "common/china_time.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/strings.h"
#include "common/uscc.h"
#include "lists/model.h"
#include "lists/service.h"
#include "health/service.h"
#include "reports/model.h"
#include "reports/service.h"
#include "tasks/service.h"
#include "supervision/draw_verify.h"

namespace {

using gk::Status;

constexpr const char* kUsage = R"(gongkai — 政务公开平台

用法:
  gongkai serve [--listen 地址:端口]...      启动网站服务（默认 [::]:8080，可重复指定）
  gongkai migrate                            执行数据库迁移
  gongkai init [--demo] [--admin-password 密码]
                                             初始化新的安装（--demo 同时创建演示数据）
  gongkai agency add --name 名称 --uscc 统一社会信用代码 [--short-name 简称] [--parent 上级机构代码]
  gongkai agency list
  gongkai user add --username 用户名 --name 姓名 --role editor|reviewer|officer|admin
                   [--agency 机构代码] [--department 处室名称]
  gongkai user list
  gongkai user reset-password 用户名
  gongkai reindex                            从数据库重建搜索索引（服务停止时运行）
  gongkai import items 文件                  导入已发布的信息（.csv 或 .jsonl，保留原索引号；
                                             有任一行不合格则整个文件不导入）
  gongkai import enforcement 文件            导入行政处罚、行政许可、行政强制决定并公示（.csv、.xlsx
                                             或 .jsonl，“信用中国”双公示表头；有任一行不合格则不导入）
  gongkai import sampling 文件 --title 通告标题 [--notice-no 文号] [--agency 机构代码] [--publish]
                                             导入一期监督抽查结果（.csv、.xlsx 或 .jsonl；有任一行不合格则
                                             不导入）；不加 --publish 时为草稿，在工作台核对后发布
  gongkai import tasks 文件 --year 年度 [--agency 机构代码]
                                             导入一年的重点工作清单（.csv、.xlsx 或 .jsonl；有任一行不合格则
                                             不导入）；均为草稿，在工作台核对后发布
  gongkai import lists 清单 文件 [--agency 机构代码] [--publish]
                                             导入公开清单（bodies、powers、procedures、guides 或
                                             certificates；列名为栏目名称；有任一行不合格则不导入）
  gongkai check 文件 [--words 词表文件] [--today 年-月-日]
                                             发布前内容检查：每处问题输出一行 JSON（kind、rule、start、end、
                                             text、message、suggestion、blocking；start/end 为字符位置）；
                                             有个人信息或涉密标识时退出码为 3
  gongkai health [--format json|text] [--quick]
                                             网站健康检查（国办秘函〔2019〕19号）：单项否决、即将否决和提示；
                                             --quick 不检查正文链接和附件；有单项否决时退出码为 3
  gongkai report applications --year 年份 [--format json|csv] [--agency 机构代码]
  gongkai report annual --year 年份 [--agency 机构代码或编号] [--format json|xlsx|pdf|html] [--output 文件]
                                             政府信息公开工作年度报告（默认 json，输出到标准输出；
                                             pdf 用 Chromium 打印为 A4；表三不平衡时退出码为 3）
                                             年度报告表三、表四（依申请公开、复议诉讼）
  gongkai draw verify 文件                   按公布的 JSON 重新计算一次双随机抽取，核对结果是否一致
  gongkai config show                        显示生效的配置（隐藏密码）
  gongkai calc workdays 起始日期 N           起始日期之后的第 N 个工作日（日期形如 2026-02-10）
  gongkai calc between 日期A 日期B           日期A（不含）至日期B（含）之间的工作日数
  gongkai calc fee per-page 页数             按量计收的信息处理费（国办函〔2020〕109号）
  gongkai calc fee per-application --nth K   按件计收：申请人本月第 K 件申请的信息处理费
  gongkai version
  gongkai --help

通用选项:
  --config 文件      配置文件（默认读取 数据目录/gongkai.toml，如存在）
  --data 目录        数据目录（默认 ./var）
  --set 键=值        覆盖任一配置项，例如 --set server.io_threads=4
环境变量 GONGKAI_<节>_<键> 亦可覆盖配置，例如 GONGKAI_DATABASE_URL。
)";

struct Args {
  std::vector<std::string> words;                   // command words and positionals
  std::multimap<std::string, std::string> options;  // --name value
  std::vector<std::string> flags;                   // --demo, --help
};

bool IsFlag(const std::string& name) {
  return name == "demo" || name == "help" || name == "version" || name == "publish" || name == "quick";
}

bool ParseArgs(int argc, char** argv, Args* out, std::string* error) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.starts_with("--")) {
      std::string name = a.substr(2), value;
      auto eq = name.find('=');
      if (eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        out->options.emplace(name, value);
      } else if (IsFlag(name)) {
        out->flags.push_back(name);
      } else if (i + 1 < argc) {
        out->options.emplace(name, argv[++i]);
      } else {
        *error = "选项 --" + name + " 缺少取值";
        return false;
      }
    } else if (a == "-h") {
      out->flags.push_back("help");
    } else {
      out->words.push_back(a);
    }
  }
  return true;
}

std::string Opt(const Args& a, const std::string& name) {
  auto it = a.options.find(name);
  return it == a.options.end() ? "" : it->second;
}

bool HasFlag(const Args& a, const std::string& f) {
  return std::find(a.flags.begin(), a.flags.end(), f) != a.flags.end();
}

int Fail(const std::string& message) {
  std::fprintf(stderr, "gongkai: %s\n", message.c_str());
  return 1;
}

int FailStatus(const Status& s) {
  std::string field = s.field().empty() ? "" : "（" + s.field() + "）";
  return Fail(s.message() + field);
}

// Flags, environment and files, in that order of precedence.
Status LoadConfig(const Args& args, gk::config::Config* config) {
  auto env = gk::config::CurrentEnvironment();
  std::vector<std::string> overrides;
  auto [b, e] = args.options.equal_range("set");
  for (auto it = b; it != e; ++it) overrides.push_back(it->second);
  if (auto d = Opt(args, "data"); !d.empty()) overrides.push_back("data_dir=" + d);
  std::string listen;
  auto [lb, le] = args.options.equal_range("listen");
  for (auto it = lb; it != le; ++it) listen += (listen.empty() ? "" : ",") + it->second;
  if (!listen.empty()) overrides.push_back("server.listen=" + listen);
  std::string file = Opt(args, "config");
  if (file.empty()) {
    std::string data = Opt(args, "data");
    if (data.empty() && env.count("GONGKAI_DATA_DIR")) data = env["GONGKAI_DATA_DIR"];
    if (data.empty()) data = "./var";
    if (std::filesystem::exists(data + "/gongkai.toml")) file = data + "/gongkai.toml";
  }
  return gk::config::Load(file, env, overrides, config);
}

void WriteDemoSiteConfig(const std::string& data_dir) {
  std::string path = data_dir + "/gongkai.toml";
  if (std::filesystem::exists(path)) return;
  std::ofstream f(path);
  f << "# 演示数据的网站信息，可按实际情况修改。完整的配置项见 gongkai.toml.example。\n"
       "[site]\n"
       "host_agency = \"济南市市场监督管理局\"\n"
       "site_code = \"3701000000\"\n"
       "icp = \"鲁ICP备00000000号（演示）\"\n"
       "police_record = \"鲁公网安备 37010000000000号（演示）\"\n"
       "contact_address = \"山东省济南市（演示地址）\"\n"
       "contact_phone = \"0531-12345（演示）\"\n"
       "contact_email = \"gongkai@example.gov.cn\"\n"
       "office_hours = \"工作日 上午 9:00—12:00，下午 13:30—17:00\"\n";
}

int CmdServe(const gk::config::Config& config) {
  gk::SystemClock clock;
  auto app = gk::app::App::Create(config, clock, true);
  if (!app.ok()) return FailStatus(app.status());
  Status s = app.value()->Serve([](const std::string& url) {
    std::printf("gongkai: listening on %s\n", url.c_str());
    std::fflush(stdout);
  });
  if (!s.ok()) return FailStatus(s);
  spdlog::info("stopped");
  return 0;
}

int CmdMigrate(const gk::config::Config& config) {
  auto db = gk::storage::Database::Open({config.database.url, config.data_dir, 1, config.database.busy_timeout_ms});
  if (!db.ok()) return FailStatus(db.status());
  std::vector<std::string> applied;
  if (Status s = db.value()->Migrate(&applied); !s.ok()) return FailStatus(s);
  if (applied.empty()) std::printf("数据库已是最新（%s）\n", db.value()->description().c_str());
  for (const auto& f : applied) std::printf("已执行迁移 %s\n", f.c_str());
  return 0;
}

int CmdInit(const Args& args, const gk::config::Config& config) {
  gk::SystemClock clock;
  auto app = gk::app::App::Create(config, clock, true);
  if (!app.ok()) return FailStatus(app.status());
  gk::app::InitOptions o;
  o.demo = HasFlag(args, "demo");
  o.admin_password = Opt(args, "admin-password");
  auto r = gk::app::InitInstallation(*app.value(), o);
  if (!r.ok()) return FailStatus(r.status());
  if (o.demo) WriteDemoSiteConfig(config.data_dir);
  std::printf("gongkai 已初始化：%s\n", app.value()->services().db->description().c_str());
  std::printf("管理员账号: %s\n", r->admin_username.c_str());
  std::printf("一次性密码: %s\n", r->admin_password.c_str());
  if (r->must_change) std::printf("（首次登录后须修改密码）\n");
  for (const auto& u : r->demo_users)
    std::printf("演示账号: %s（%s） 一次性密码: %s\n", u[0].c_str(), u[1].c_str(), u[2].c_str());
  return 0;
}

const gk::access::Actor kCli{0, "命令行", ""};

int CmdAgency(const Args& args, gk::app::App& app) {
  auto& auth = *app.services().auth;
  std::string sub = args.words.size() > 1 ? args.words[1] : "";
  if (sub == "list") {
    auto list = auth.ListAgencies();
    if (!list.ok()) return FailStatus(list.status());
    std::map<int64_t, std::string> names;
    for (const auto& a : list.value()) names[a.id] = a.uscc;
    std::printf("%-20s %-20s %s\n", "统一社会信用代码", "上级机构", "名称");
    for (const auto& a : list.value())
      std::printf("%-20s %-20s %s\n", a.uscc.c_str(), a.parent_id ? names[a.parent_id].c_str() : "-", a.name.c_str());
    return 0;
  }
  if (sub != "add") return Fail("用法: gongkai agency add|list（见 gongkai --help）");
  gk::access::Agency a;
  a.name = Opt(args, "name");
  a.short_name = Opt(args, "short-name");
  a.uscc = Opt(args, "uscc");
  if (a.name.empty() || a.uscc.empty()) return Fail("agency add 需要 --name 和 --uscc");
  if (auto parent = Opt(args, "parent"); !parent.empty()) {
    auto p = auth.GetAgencyByUscc(parent);
    if (!p.ok()) return FailStatus(p.status());
    a.parent_id = p->id;
  }
  gk::FieldErrors errors;
  auto id = auth.CreateAgency(kCli, nullptr, a, &errors);
  if (!id.ok()) {
    for (const auto& [f, m] : errors.all()) std::fprintf(stderr, "gongkai: %s: %s\n", f.c_str(), m.c_str());
    return errors.empty() ? FailStatus(id.status()) : 1;
  }
  if (Status c = app.services().catalogue->SeedColumns(id.value()); !c.ok()) return FailStatus(c);
  std::printf("已新增机构 %s（%s）\n", a.name.c_str(), gk::NormalizeUscc(a.uscc).c_str());
  return 0;
}

int CmdUser(const Args& args, gk::app::App& app) {
  auto& auth = *app.services().auth;
  std::string sub = args.words.size() > 1 ? args.words[1] : "";
  if (sub == "list") {
    auto users = auth.ListUsers(nullptr);
    if (!users.ok()) return FailStatus(users.status());
    std::printf("%-20s %-12s %-8s %s\n", "用户名", "姓名", "状态", "角色");
    for (const auto& u : users.value()) {
      std::string roles;
      for (const auto& g : u.roles) roles += std::string(roles.empty() ? "" : ",") + gk::access::RoleCode(g.role);
      std::printf("%-20s %-12s %-8s %s\n", u.username.c_str(), u.display_name.c_str(),
                  u.disabled ? "停用" : (u.must_change_password ? "待改密" : "正常"), roles.c_str());
    }
    return 0;
  }
  if (sub == "reset-password") {
    if (args.words.size() < 3) return Fail("用法: gongkai user reset-password 用户名");
    auto u = auth.GetUserByName(args.words[2]);
    if (!u.ok()) return FailStatus(u.status());
    auto pw = auth.ResetPassword(kCli, nullptr, u->id);
    if (!pw.ok()) return FailStatus(pw.status());
    std::printf("用户 %s 的一次性密码: %s\n（首次登录后须修改密码）\n", u->username.c_str(), pw->c_str());
    return 0;
  }
  if (sub != "add") return Fail("用法: gongkai user add|list|reset-password（见 gongkai --help）");
  gk::auth::NewUser nu;
  nu.username = Opt(args, "username");
  nu.display_name = Opt(args, "name");
  gk::access::RoleGrant g;
  if (!gk::access::ParseRole(Opt(args, "role"), &g.role))
    return Fail("--role 应为 editor（信息员）、reviewer（审核员）、officer（公开办）或 admin（管理员）");
  if (auto uscc = Opt(args, "agency"); !uscc.empty()) {
    auto a = auth.GetAgencyByUscc(uscc);
    if (!a.ok()) return FailStatus(a.status());
    g.agency_id = a->id;
    if (auto dept = Opt(args, "department"); !dept.empty()) {
      auto depts = auth.ListDepartments(a->id);
      if (!depts.ok()) return FailStatus(depts.status());
      for (const auto& d : depts.value())
        if (d.name == dept) g.department_id = d.id;
      if (g.department_id == 0) return Fail("机构 " + a->name + " 下没有名为“" + dept + "”的处室或单位");
    }
  } else if (g.role != gk::access::Role::kAdmin) {
    return Fail("非管理员角色需要用 --agency 指定机构（统一社会信用代码）");
  }
  nu.roles = {g};
  gk::FieldErrors errors;
  auto pw = auth.CreateUser(kCli, nullptr, nu, &errors);
  if (!pw.ok()) {
    for (const auto& [f, m] : errors.all()) std::fprintf(stderr, "gongkai: %s: %s\n", f.c_str(), m.c_str());
    return errors.empty() ? FailStatus(pw.status()) : 1;
  }
  std::printf("已新增用户 %s\n一次性密码: %s\n（首次登录后须修改密码）\n", nu.username.c_str(), pw->c_str());
  return 0;
}

// A whole decimal number in [min, max], or false.
bool ParseCount(const std::string& text, int min, int max, int* out) {
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && p == text.data() + text.size() && *out >= min && *out <= max;
}

// `draw verify FILE`: recomputes a published 双随机 draw (RULES.md §9) from
// its JSON; exit 0 when it matches, 1 when it does not or cannot be read.
int CmdDraw(const Args& args) {
  if (args.words.size() != 3 || args.words[1] != "verify") return Fail("用法: gongkai draw verify 文件");
  std::ifstream in(args.words[2], std::ios::binary);
  if (!in) return Fail("无法读取文件 " + args.words[2]);
  std::stringstream text;
  text << in.rdbuf();
  auto v = gk::supervision::VerifyJson(text.str());
  if (!v.ok()) return FailStatus(v.status());
  std::printf("输入哈希 %s\n", v->recomputed.input_sha256.c_str());
  for (const auto& a : v->recomputed.result) {
    std::string inspectors;
    for (const auto& i : a.inspectors) inspectors += (inspectors.empty() ? "" : "、") + i;
    std::printf("%s → %s\n", a.target.c_str(), inspectors.c_str());
  }
  if (v->matches) {
    std::printf("一致：公布的抽取结果与按算法版本 %d 重新计算的结果相同\n", gk::supervision::kAlgorithmVersion);
    return 0;
  }
  for (const auto& d : v->differences) std::fprintf(stderr, "不一致：%s\n", d.c_str());
  return 1;
}

// `calc fee per-page PAGES` and `calc fee per-application --nth K` (RULES.md
// §2): the working, one band a line, then the amount alone on the last line.
int CmdCalcFee(const Args& args) {
  constexpr const char* kFeeUsage = "用法: gongkai calc fee per-page 页数 或 gongkai calc fee per-application --nth K";
  const std::string method = args.words.size() > 2 ? args.words[2] : "";
  const std::string nth = Opt(args, "nth");
  gk::applications::Fee fee;
  if (method == "per-page") {
    if (args.words.size() != 4 || args.options.count("nth")) return Fail(kFeeUsage);
    int pages = 0;
    if (!ParseCount(args.words[3], 0, 100000000, &pages))
      return Fail("页数“" + args.words[3] + "”无效，应为 0 到 100000000 之间的整数");
    fee = gk::applications::PerPageFee(pages);
  } else if (method == "per-application") {
    if (args.words.size() != 3 || !args.options.count("nth")) return Fail(kFeeUsage);
    int n = 0;
    if (!ParseCount(nth, 1, 100000000, &n))
      return Fail("--nth “" + nth + "”无效，应为 1 到 100000000 之间的整数（申请人本月第几件申请）");
    fee = gk::applications::PerApplicationFee(n);
  } else {
    return Fail(kFeeUsage);
  }
  for (const auto& line : fee.working) std::printf("%s\n", line.c_str());
  std::printf("%lld 元\n", static_cast<long long>(fee.yuan));
  return 0;
}

// `calc workdays START N` and `calc between A B` on the working-day calendar
// (RULES.md §5), and `calc fee ...`; no database needed.
int CmdCalc(const Args& args, const gk::config::Config& config) {
  const std::string sub = args.words.size() > 1 ? args.words[1] : "";
  if (sub == "fee") return CmdCalcFee(args);
  if ((sub != "workdays" && sub != "between") || args.words.size() != 4)
    return Fail(
        "用法: gongkai calc workdays 起始日期 N、gongkai calc between 日期A 日期B（日期形如 2026-02-10）或 gongkai "
        "calc fee（见 gongkai --help）");
  auto start = gk::Date::Parse(args.words[2]);
  if (!start.ok()) return FailStatus(start.status());
  const std::string& last = args.words[3];
  int n = 0;
  gk::Date end;
  if (sub == "workdays") {
    auto [p, ec] = std::from_chars(last.data(), last.data() + last.size(), n);
    if (ec != std::errc() || p != last.data() + last.size() || n < 0 || n > 100000)
      return Fail("工作日数“" + last + "”无效，应为 0 到 100000 之间的整数");
  } else {
    auto b = gk::Date::Parse(last);
    if (!b.ok()) return FailStatus(b.status());
    end = *b;
  }
  gk::WorkCalendar calendar;
  if (Status s = calendar.LoadDirectory(config.paths.calendar_dir); !s.ok()) return FailStatus(s);
  // Years added or corrected in the console (工作日历) count here too, when
  // there is an installation; without one the shipped files are the calendar.
  if (!config.database.url.empty() || std::filesystem::exists(config.data_dir + "/gongkai.db")) {
    gk::storage::DbOptions o;
    o.url = config.database.url;
    o.data_dir = config.data_dir;
    o.pool_size = 1;
    if (auto db = gk::storage::Database::Open(o); db.ok())
      (void)gk::calendar::ApplyCalendarOverrides(*db.value(), calendar);  // not migrated yet: the files alone
  }
  if (sub == "workdays") {
    end = calendar.AddWorkingDays(*start, n, nullptr);
    std::printf("%s\n", end.ToString().c_str());
  } else {
    std::printf("%d\n", calendar.WorkingDaysBetween(*start, end, nullptr));
  }
  std::string missing;
  for (int y : calendar.MissingYears(*start, end)) missing += (missing.empty() ? "" : "、") + std::to_string(y);
  if (!missing.empty()) std::printf("（日历未发布：%s 年按周一至周五计算）\n", missing.c_str());
  return 0;
}

// "\r重建索引 [#####.....] 5/10" on stderr.
void ShowProgress(const char* label, int64_t done, int64_t total) {
  int width = 40;
  int filled = total > 0 ? static_cast<int>(width * done / total) : width;
  std::fprintf(stderr, "\r%s [%s%s] %lld/%lld", label, std::string(static_cast<size_t>(filled), '#').c_str(),
               std::string(static_cast<size_t>(width - filled), '.').c_str(), static_cast<long long>(done),
               static_cast<long long>(total));
  std::fflush(stderr);
}

// Rebuilds the search index from the database, with a progress bar.
int CmdReindex(gk::app::App& app) {
  auto& s = app.services();
  if (!s.search) return Fail("搜索索引正被另一个进程（运行中的服务）使用：请先停止服务，或让服务在启动时自动重建。");
  auto started = std::chrono::steady_clock::now();
  Status r = gk::catalogue::RebuildSearch(*s.catalogue, *s.search,
                                          [](int64_t done, int64_t total) { ShowProgress("重建索引", done, total); });
  std::fprintf(stderr, "\n");
  if (!r.ok()) return FailStatus(r);
  auto count = s.search->Count();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("搜索索引已重建：%lld 条信息，用时 %.1f 秒\n", count.ok() ? static_cast<long long>(count.value()) : -1LL,
              seconds);
  return 0;
}

// `import enforcement FILE`: every row checked, then all imported in one
// transaction and published, or, when any row is wrong, nothing.
int ImportEnforcement(const std::string& path, const std::string& content, gk::supervision::EnforcementService& svc) {
  std::vector<std::string> row_errors;
  const std::string name = std::filesystem::path(path).filename().string();
  auto summary = svc.Import(kCli, nullptr, name, content, &row_errors);
  if (!row_errors.empty()) {
    std::printf("文件有误，未导入任何决定：\n");
    for (const auto& e : row_errors) std::printf("%s\n", e.c_str());
    return 1;
  }
  if (!summary.ok()) return FailStatus(summary.status());
  std::printf("已导入 %lld 条执法决定：%lld 条正在公示，%lld 条公示期已满（仅存档），%lld 条仅警告不予公示\n",
              static_cast<long long>(summary->imported), static_cast<long long>(summary->published),
              static_cast<long long>(summary->expired), static_cast<long long>(summary->not_public));
  if (!summary->ignored_columns.empty())
    std::printf("未识别的列（已忽略）：%s\n", gk::Join(summary->ignored_columns, "、").c_str());
  return 0;
}

// The agency an import is for: --agency (its 统一社会信用代码) or the
// site's own. 0, with the reason printed, when there is none.
int64_t ImportAgency(const Args& args, gk::app::App& app) {
  auto agencies = app.services().auth->ListAgencies();
  if (!agencies.ok()) {
    FailStatus(agencies.status());
    return 0;
  }
  const gk::access::Agency* agency = gk::access::SiteAgency(agencies.value());
  if (const std::string code = gk::NormalizeUscc(Opt(args, "agency")); !code.empty()) {
    agency = nullptr;
    for (const auto& a : agencies.value())
      if (a.uscc == code) agency = &a;
    if (!agency) {
      Fail("没有统一社会信用代码为 " + code + " 的机构（gongkai agency list 可列出全部机构）");
      return 0;
    }
  }
  if (!agency) {
    Fail("还没有机构：请先 gongkai init 或 gongkai agency add");
    return 0;
  }
  return agency->id;
}

// The command line acts as the 公开办 of every agency.
gk::access::User CliOfficer() {
  gk::access::User cli;
  cli.roles = {{gk::access::Role::kOfficer, 0, 0}};
  return cli;
}

// `import sampling FILE --title T`: one notice of results, a draft unless
// --publish.
int ImportSampling(const Args& args, const std::string& path, const std::string& content, gk::app::App& app) {
  auto& s = app.services();
  const int64_t agency_id = ImportAgency(args, app);
  if (agency_id == 0) return 1;
  const gk::access::User cli = CliOfficer();
  gk::supervision::BatchForm form{agency_id, Opt(args, "title"), Opt(args, "notice-no"), ""};
  gk::FieldErrors errors;
  std::vector<std::string> row_errors;
  const std::string name = std::filesystem::path(path).filename().string();
  auto id = s.sampling->Create(kCli, cli, form, name, content, &errors, &row_errors);
  if (!errors.empty() || !row_errors.empty()) {
    std::printf("未导入：\n");
    for (const auto& [field, msg] : errors.all()) std::printf("%s%s\n", field == "title" ? "--title：" : "", msg.c_str());
    for (const auto& e : row_errors) std::printf("%s\n", e.c_str());
    return 1;
  }
  if (!id.ok()) return FailStatus(id.status());
  auto batch = s.sampling->Get(id.value());
  if (!batch.ok()) return FailStatus(batch.status());
  std::printf("已导入“%s”：%lld 条结果，其中不合格 %lld 条（批次编号 %lld）\n", batch->title.c_str(),
              static_cast<long long>(batch->total), static_cast<long long>(batch->failed),
              static_cast<long long>(batch->id));
  if (!HasFlag(args, "publish")) {
    std::printf("尚未发布：请在工作台“监督抽查”中核对后发布\n");
    return 0;
  }
  if (Status p = s.sampling->Publish(kCli, cli, id.value()); !p.ok()) return FailStatus(p);
  std::printf("已发布：/sampling/%lld\n", static_cast<long long>(id.value()));
  return 0;
}

// `import lists KIND FILE`: a 公开清单 from a file whose columns are the
// fields' labels, all rows or none; drafts unless --publish.
int ImportLists(const Args& args, gk::app::App& app) {
  const std::string& kind = args.words[2];
  if (!gk::lists::FindKind(kind)) {
    std::string codes;
    for (const auto& k : gk::lists::AllKinds())
      codes += std::string(codes.empty() ? "" : "、") + k.code + "（" + k.label + "）";
    return Fail("没有名为 " + kind + " 的清单；可用的清单：" + codes);
  }
  const std::string& path = args.words[3];
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail("无法读取文件 " + path);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const int64_t agency_id = ImportAgency(args, app);
  if (agency_id == 0) return 1;
  std::vector<std::string> row_errors;
  const bool publish = HasFlag(args, "publish");
  auto done = app.services().lists->Import(kCli, CliOfficer(), agency_id, kind,
                                           std::filesystem::path(path).filename().string(), content, publish,
                                           &row_errors);
  if (!row_errors.empty()) {
    std::printf("文件有误，未导入任何条目：\n");
    for (const auto& e : row_errors) std::printf("%s\n", e.c_str());
    return 1;
  }
  if (!done.ok()) return FailStatus(done.status());
  std::printf("已导入 %lld 条%s\n", static_cast<long long>(done->imported),
              publish ? "并公开" : "草稿：请在工作台“公开清单”中核对后公开");
  if (!done->ignored_columns.empty())
    std::printf("未识别的列（已忽略）：%s\n", gk::Join(done->ignored_columns, "、").c_str());
  return 0;
}

// `import tasks FILE --year Y`: a year's 重点工作 list as drafts, all rows
// or none; the 公开办 checks and publishes them in the console.
int ImportTasks(const Args& args, const std::string& path, const std::string& content, gk::app::App& app) {
  int year = 0;
  const std::string y = Opt(args, "year");
  auto [end, ec] = std::from_chars(y.data(), y.data() + y.size(), year);
  if (y.empty() || ec != std::errc() || end != y.data() + y.size() || year < 2000 || year > 2100)
    return Fail("请用 --year 指定年度，例如 --year 2026");
  const int64_t agency_id = ImportAgency(args, app);
  if (agency_id == 0) return 1;
  std::vector<std::string> row_errors;
  auto done = app.services().tasks->Import(kCli, CliOfficer(), agency_id, year,
                                           std::filesystem::path(path).filename().string(), content, &row_errors);
  if (!row_errors.empty()) {
    std::printf("文件有误，未导入任何事项：\n");
    for (const auto& e : row_errors) std::printf("%s\n", e.c_str());
    return 1;
  }
  if (!done.ok()) return FailStatus(done.status());
  std::printf("已导入 %d 年重点工作 %d 项（节点 %d 个），均为草稿：请在工作台“重点工作”中核对后发布\n", year,
              done->tasks, done->milestones);
  return 0;
}

// `import items FILE`: checks every row, then imports all in one transaction
// or, when any row is rejected, nothing.
int CmdImport(const Args& args, gk::app::App& app) {
  if (args.words.size() == 4 && args.words[1] == "lists") return ImportLists(args, app);
  if (args.words.size() != 3 ||
      (args.words[1] != "items" && args.words[1] != "enforcement" && args.words[1] != "sampling" &&
       args.words[1] != "tasks"))
    return Fail(
        "用法: gongkai import items 文件（.csv 或 .jsonl）、gongkai import enforcement 文件（.csv、.xlsx 或 .jsonl）"
        "、gongkai import sampling 文件 --title 通告标题、gongkai import tasks 文件 --year 年度"
        "或 gongkai import lists 清单 文件");
  const std::string& path = args.words[2];
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail("无法读取文件 " + path);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto& s = app.services();
  if (args.words[1] == "enforcement") return ImportEnforcement(path, content, *s.enforcement);
  if (args.words[1] == "sampling") return ImportSampling(args, path, content, app);
  if (args.words[1] == "tasks") return ImportTasks(args, path, content, app);
  auto context = gk::catalogue::LoadImportContext(*s.catalogue, *s.auth);
  if (!context.ok()) return FailStatus(context.status());
  auto plan = gk::catalogue::PlanImport(path, content, context.value(), *s.catalogue,
                                        [](int64_t done, int64_t total) { ShowProgress("检查", done, total); });
  std::fprintf(stderr, "\n");
  if (!plan.ok()) return FailStatus(plan.status());
  if (!plan->rejected.empty()) {
    std::printf("有 %zu 行不合格，未导入任何信息：\n", plan->rejected.size());
    for (const auto& row : plan->rejected) std::printf("%s\n", gk::catalogue::FormatRejection(row).c_str());
    return 1;
  }
  const auto total = static_cast<int64_t>(plan->items.size());
  ShowProgress("导入", 0, total);
  auto n = s.catalogue->ImportPublishedBatch(kCli, std::move(plan->items));
  if (n.ok()) ShowProgress("导入", total, total);
  std::fprintf(stderr, "\n");
  if (!n.ok()) return FailStatus(n.status());
  std::printf("已导入 %d 条信息\n", n.value());
  return 0;
}

// `report applications --year YYYY [--format json|csv] [--agency USCC]`:
// tables 三 and 四 of the annual report. Exit 3 when the balance check
// fails (the output names the applications that break it).
int CmdAnnualReport(const Args& args, gk::app::App& app);

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

int Main(int argc, char** argv) {
  Args args;
  std::string error;
  if (!ParseArgs(argc, argv, &args, &error)) return Fail(error + "（见 gongkai --help）");
  if (HasFlag(args, "help") || args.words.empty()) {
    std::fputs(kUsage, args.words.empty() && !HasFlag(args, "help") ? stderr : stdout);
    return args.words.empty() && !HasFlag(args, "help") ? 2 : 0;
  }
  const std::string cmd = args.words[0];
  if (cmd == "version" || HasFlag(args, "version")) {
    std::printf("gongkai %s\n", GK_VERSION);
    return 0;
  }
  gk::config::Config config;
  if (Status s = LoadConfig(args, &config); !s.ok()) return Fail("配置错误：" + s.message());
  gk::SetUpLogging(config.log.level);
  if (cmd == "config") {
    if (args.words.size() < 2 || args.words[1] != "show") return Fail("用法: gongkai config show");
    std::fputs(gk::config::Show(config).c_str(), stdout);
    return 0;
  }
  if (cmd == "calc") return CmdCalc(args, config);
  if (cmd == "check") return CmdCheck(args, config);
  if (cmd == "draw") return CmdDraw(args);
  if (cmd == "serve") return CmdServe(config);
  if (cmd == "migrate") return CmdMigrate(config);
  if (cmd == "init") return CmdInit(args, config);
  if (cmd == "agency" || cmd == "user" || cmd == "reindex" || cmd == "import" || cmd == "report" || cmd == "health") {
    gk::SystemClock clock;
    auto app = gk::app::App::Create(config, clock, false);
    if (!app.ok()) return FailStatus(app.status());
    if (cmd == "reindex") return CmdReindex(*app.value());
    if (cmd == "import") return CmdImport(args, *app.value());
    if (cmd == "report") return CmdReport(args, *app.value());
    if (cmd == "health") return CmdHealth(args, *app.value());
    return cmd == "agency" ? CmdAgency(args, *app.value()) : CmdUser(args, *app.value());
  }
  return Fail("未知命令 “" + cmd + "”（见 gongkai --help）");
}

}  // namespace

int main(int argc, char** argv) {
  int rc = Main(argc, argv);
  gk::StopAccessLog();  // writes the access lines still buffered
  spdlog::shutdown();
  return rc;
}
