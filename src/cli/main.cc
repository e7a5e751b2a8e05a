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
#include "cli/commands.h"
#include "applications/fees.h"
#include "calendar/service.h"
#include "catalogue/indexing.h"
#include "common/calendar.h"
#include "common/china_time.h"
#include "common/clock.h"
#include "common/memory.h"
#include "common/log.h"
#include "common/strings.h"
#include "common/uscc.h"
#include "supervision/draw_verify.h"

namespace {

using gk::Status;
using namespace gk::cli;

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
  gk::TuneAllocatorForServer();  // before any thread starts
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
