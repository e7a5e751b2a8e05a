#include "config/config.h"

#include <arpa/inet.h>
#include <toml++/toml.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "common/netaddr.h"
#include "common/strings.h"

// Where templates/, static/ and data/calendar/ live when paths.* are empty;
// set by the build.
#ifndef GK_SHARE_DIR
#define GK_SHARE_DIR "."
#endif

extern char** environ;

namespace gk::config {
namespace {

// A key's storage inside Config, and a value read from a source before it is
// checked and stored.
using Ref = std::variant<int*, int64_t*, bool*, std::string*, std::vector<std::string>*>;
using Value = std::variant<int64_t, bool, std::string, std::vector<std::string>>;

template <auto Section, auto Member>
Ref InSection(Config& c) {
  return &((c.*Section).*Member);
}

template <auto Member>
Ref TopLevel(Config& c) {
  return &(c.*Member);
}

// One configuration key. Integers must lie in [min, max]; strings and list
// items must pass `check`, and `expect` tells a person what passes.
struct Key {
  std::string_view name;
  std::string_view description;  // Chinese, shown by Show() and in help
  Ref (*ref)(Config&);
  int64_t min = 0;
  int64_t max = 0;
  bool (*check)(std::string_view) = nullptr;
  std::string_view expect = {};
  // A URL whose password (user:PASSWORD@ or password=) Show() hides.
  bool secret = false;
};

constexpr int64_t kIntMax = std::numeric_limits<int>::max();
constexpr int64_t kInt64Max = std::numeric_limits<int64_t>::max();

bool IsListen(std::string_view s) {
  std::string host;
  uint16_t port = 0;
  return ParseListen(s, &host, &port);
}

bool IsNetwork(std::string_view s) { return IpNetwork::Parse(s).has_value(); }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    const char c = (s[i] >= 'A' && s[i] <= 'Z') ? static_cast<char>(s[i] + 32) : s[i];
    if (c != prefix[i]) return false;
  }
  return true;
}

bool IsDatabaseUrl(std::string_view s) {
  if (s.empty()) return true;
  if (StartsWithNoCase(s, "sqlite:")) return s.size() > 7;
  for (std::string_view scheme : {"postgresql://", "postgres://"}) {
    if (StartsWithNoCase(s, scheme)) return s.size() > scheme.size();
  }
  return false;
}

bool IsLogLevel(std::string_view s) {
  return s == "trace" || s == "debug" || s == "info" || s == "warn" || s == "error";
}

bool IsNameMask(std::string_view s) { return s == "surname" || s == "ends"; }

bool IsPublicUrl(std::string_view s) {
  if (s.empty()) return true;
  for (std::string_view scheme : {"http://", "https://"}) {
    if (StartsWithNoCase(s, scheme)) return s.size() > scheme.size();
  }
  return false;
}

bool NotEmpty(std::string_view s) { return !s.empty(); }

bool IsIndexPattern(std::string_view s) {
  return s.find("YYYY") != std::string_view::npos && s.find("NNN") != std::string_view::npos && s.size() <= 40 &&
         s.find('/') == std::string_view::npos;
}

using C = Config;

// Every configuration key, in the order Show() prints them. Adding a key
// means adding a member to Config and a line here.
const Key kKeys[] = {
    {"data_dir", "数据目录：数据库、搜索索引和上传文件存放于此", TopLevel<&C::data_dir>, 0, 0, NotEmpty,
     "应为非空的目录路径"},

    {"server.listen", "监听地址列表，形如 ADDR:PORT，IPv6 地址写在方括号内，端口 0 表示自动选择",
     InSection<&C::server, &C::Server::listen>, 1, 0, IsListen,
     "应为 ADDR:PORT 形式的地址列表（IPv6 地址写在方括号内），如 [::]:8080,127.0.0.1:8081"},
    {"server.io_threads", "处理网络连接的 I/O 线程数", InSection<&C::server, &C::Server::io_threads>, 1, 256},
    {"server.worker_threads", "执行数据库、密码校验等阻塞操作的工作线程数",
     InSection<&C::server, &C::Server::worker_threads>, 1, 256},
    {"server.max_connections", "最大并发连接数", InSection<&C::server, &C::Server::max_connections>, 1, kIntMax},
    {"server.max_connections_per_address", "每个访问者地址最多同时打开的连接数（可信反向代理不受此限）",
     InSection<&C::server, &C::Server::max_connections_per_address>, 1, kIntMax},
    {"server.header_limit", "请求头最大字节数", InSection<&C::server, &C::Server::header_limit>, 1, kInt64Max},
    {"server.body_limit", "请求体最大字节数（上传地址除外）", InSection<&C::server, &C::Server::body_limit>, 1,
     kInt64Max},
    {"server.upload_limit", "上传地址的请求体最大字节数", InSection<&C::server, &C::Server::upload_limit>, 1,
     kInt64Max},
    {"server.read_timeout_seconds", "读取请求的超时秒数", InSection<&C::server, &C::Server::read_timeout_seconds>, 1,
     kIntMax},
    {"server.pipeline_limit", "每个连接可排队的流水线请求数", InSection<&C::server, &C::Server::pipeline_limit>, 1,
     kIntMax},
    {"server.keepalive_requests", "每个持久连接最多处理的请求数", InSection<&C::server, &C::Server::keepalive_requests>,
     1, kIntMax},
    {"server.page_cache_seconds",
     "公开页面在内存中缓存的秒数（本进程内的修改会立即生效；命令行或其他实例的修改在此时间内生效）",
     InSection<&C::server, &C::Server::page_cache_seconds>, 0, 86400},
    {"server.shutdown_timeout_seconds", "停止服务时等待进行中请求完成的秒数",
     InSection<&C::server, &C::Server::shutdown_timeout_seconds>, 0, kIntMax},
    {"server.tls", "是否经由 TLS（HTTPS 反向代理）提供服务：启用后 Cookie 带 Secure 标记并发送 HSTS",
     InSection<&C::server, &C::Server::tls>},
    {"server.public_url", "网站的公开访问地址，用于生成绝对链接，如 https://scjgj.jinan.gov.cn；可为空",
     InSection<&C::server, &C::Server::public_url>, 0, 0, IsPublicUrl, "应为以 http:// 或 https:// 开头的地址，或留空"},
    {"server.trusted_proxies",
     "可信反向代理的地址或网段列表：来自这些地址的请求按 X-Forwarded-For "
     "识别访问者地址（用于限流和日志）；为空则一律使用对端地址",
     InSection<&C::server, &C::Server::trusted_proxies>, 0, 0, IsNetwork,
     "应为 IP 地址或网段的列表，如 127.0.0.1,10.0.0.0/8,::1"},

    {"database.url",
     "数据库：留空使用数据目录中的 SQLite 文件；sqlite:路径；或 "
     "postgresql://用户:密码@主机:端口/库名",
     InSection<&C::database, &C::Database::url>, 0, 0, IsDatabaseUrl,
     "应为空、sqlite:路径 或 postgresql://用户:密码@主机:端口/库名", true},
    {"database.pool_size", "数据库连接池大小", InSection<&C::database, &C::Database::pool_size>, 1, 256},
    {"database.busy_timeout_ms", "SQLite 数据库被占用时的等待毫秒数",
     InSection<&C::database, &C::Database::busy_timeout_ms>, 0, kIntMax},

    {"site.name", "网站名称（留空则使用第一个顶级机构的名称）", InSection<&C::site, &C::Site::name>},
    {"site.host_agency", "主办单位", InSection<&C::site, &C::Site::host_agency>},
    {"site.site_code", "网站标识码", InSection<&C::site, &C::Site::site_code>},
    {"site.icp", "ICP备案号", InSection<&C::site, &C::Site::icp>},
    {"site.police_record", "公安机关备案号", InSection<&C::site, &C::Site::police_record>},
    {"site.contact_address", "联系地址", InSection<&C::site, &C::Site::contact_address>},
    {"site.contact_phone", "联系电话", InSection<&C::site, &C::Site::contact_phone>},
    {"site.contact_email", "联系邮箱", InSection<&C::site, &C::Site::contact_email>},
    {"site.office_hours", "办公时间", InSection<&C::site, &C::Site::office_hours>},

    {"auth.password_min_length", "密码最短长度（字符数）", InSection<&C::auth, &C::Auth::password_min_length>, 8, 128},
    {"auth.session_idle_seconds", "会话空闲多少秒后失效", InSection<&C::auth, &C::Auth::session_idle_seconds>, 1,
     kIntMax},
    {"auth.session_absolute_seconds", "会话自登录起最长有效秒数",
     InSection<&C::auth, &C::Auth::session_absolute_seconds>, 1, kIntMax},
    {"auth.login_max_failures",
     "同一地址对同一账号在 auth.lockout_seconds 秒内登录失败多少次后，该地址登录该账号被锁定",
     InSection<&C::auth, &C::Auth::login_max_failures>, 1, kIntMax},
    {"auth.login_ip_max_failures", "同一地址在 auth.lockout_seconds 秒内登录失败多少次后锁定",
     InSection<&C::auth, &C::Auth::login_ip_max_failures>, 1, kIntMax},
    {"auth.lockout_seconds", "统计登录失败的时间窗口（秒）；锁定在最早一次失败之后这么久解除",
     InSection<&C::auth, &C::Auth::lockout_seconds>, 1, kIntMax},
    {"auth.login_slowdown_after",
     "同一账号（不论地址）在 auth.lockout_seconds 秒内登录失败多少次后，每次再尝试须等待逐次加倍的秒数",
     InSection<&C::auth, &C::Auth::login_slowdown_after>, 1, kIntMax},
    {"auth.login_slowdown_max_seconds", "上述等待的最长秒数", InSection<&C::auth, &C::Auth::login_slowdown_max_seconds>,
     1, 3600},

    {"catalogue.review_stages", "信息发布的审核环节，按顺序（每个环节须由不同的人审核）",
     InSection<&C::catalogue, &C::Catalogue::review_stages>, 1, 0, NotEmpty, "应为非空的环节名称"},
    {"catalogue.index_pattern", "索引号后段码格式：YYYY 为年份，MM 为月份，N 为序号的位数",
     InSection<&C::catalogue, &C::Catalogue::index_pattern>, 0, 0, IsIndexPattern,
     "应包含 YYYY 和至少 3 个连续的 N，例如 YYYY-NNNNN 或 YYYYMM-NNNNN"},
    {"catalogue.scheduler_seconds", "检查定时发布信息的间隔秒数",
     InSection<&C::catalogue, &C::Catalogue::scheduler_seconds>, 1, 3600},
    {"catalogue.sitemap_urls_per_file", "每个站点地图文件的网址数上限（超过时 /sitemap.xml 为站点地图索引）",
     InSection<&C::catalogue, &C::Catalogue::sitemap_urls_per_file>, 1, 50000},

    {"applications.fee_pauses_clock", "收费通知至缴费期间是否不计入答复期限（国办函〔2020〕109号）",
     InSection<&C::applications, &C::Applications::fee_pauses_clock>},
    {"applications.correction_period_days", "默认补正期限（工作日，条例第三十条）",
     InSection<&C::applications, &C::Applications::correction_period_days>, 1, 60},
    {"applications.reconsideration_body", "答复告知书中的行政复议机关",
     InSection<&C::applications, &C::Applications::reconsideration_body>},
    {"applications.court", "答复告知书中的人民法院", InSection<&C::applications, &C::Applications::court>},
    {"applications.submissions_per_hour", "同一地址每小时最多提交的网上申请数",
     InSection<&C::applications, &C::Applications::submissions_per_hour>, 1, 10000},

    {"enforcement.licence_days", "行政许可决定应在作出后多少个工作日内公示（国办发〔2018〕118号：7）",
     InSection<&C::enforcement, &C::Enforcement::licence_days>, 1, 60},
    {"enforcement.penalty_days",
     "行政处罚决定应在作出后多少个工作日内公示（市场监管总局令第45号：20；其他部门按国办发〔2018〕118号为 7）",
     InSection<&C::enforcement, &C::Enforcement::penalty_days>, 1, 60},
    {"enforcement.other_days", "行政强制等其他执法决定应在作出后多少个工作日内公示（20）",
     InSection<&C::enforcement, &C::Enforcement::other_days>, 1, 60},
    {"enforcement.withdraw_days", "决定被撤销或变更后应在多少个工作日内撤下（总局令第45号：3）",
     InSection<&C::enforcement, &C::Enforcement::withdraw_days>, 1, 30},
    {"enforcement.low_fine_yuan",
     "“较低数额罚款”的上限（元）：不超过此数的罚款（且无没收等其他处罚）公示 3 个月，其他 3 年",
     InSection<&C::enforcement, &C::Enforcement::low_fine_yuan>, 0, 100000000},
    {"enforcement.name_mask", "公示中自然人姓名的脱敏方式：surname（张**）或 ends（张*三）",
     InSection<&C::enforcement, &C::Enforcement::name_mask>, 0, 0, IsNameMask, "应为 surname 或 ends"},

    {"ratings.visit_days", "差评应在多少个工作日内回访核实（国办发〔2019〕51号：1）",
     InSection<&C::ratings, &C::Ratings::visit_days>, 1, 30},
    {"ratings.rectify_days", "差评应在多少个工作日内整改反馈（国办发〔2019〕51号：15）",
     InSection<&C::ratings, &C::Ratings::rectify_days>, 1, 90},
    {"ratings.submissions_per_hour", "同一地址每小时最多提交的评价数",
     InSection<&C::ratings, &C::Ratings::submissions_per_hour>, 1, 10000},
    {"ratings.column", "每月“好差评”情况作为公开目录信息时所在栏目的代码",
     InSection<&C::ratings, &C::Ratings::column>, 0, 0, NotEmpty, "应为非空的栏目代码"},

    {"consultations.comments_per_hour", "同一地址每小时最多提交的意见数",
     InSection<&C::consultations, &C::Consultations::comments_per_hour>, 1, 10000},
    {"consultations.report_days", "征集结束后多少日内应公布意见采纳情况（逾期在工作台提醒）",
     InSection<&C::consultations, &C::Consultations::report_days>, 1, 365},
    {"consultations.screen_words", "“关键词过滤后即时公开”的征集中，含有这些词的意见转人工审核",
     InSection<&C::consultations, &C::Consultations::screen_words>},
    {"consultations.column", "意见采纳情况作为公开目录信息时所在栏目的代码",
     InSection<&C::consultations, &C::Consultations::column>, 0, 0, NotEmpty, "应为非空的栏目代码"},

    {"messages.answer_days", "留言应在多少个工作日内答复", InSection<&C::messages, &C::Messages::answer_days>, 1, 60},
    {"messages.submissions_per_hour", "同一地址每小时最多提交的留言数",
     InSection<&C::messages, &C::Messages::submissions_per_hour>, 1, 10000},

    {"external_links.enabled",
     "是否由服务在后台检查已发布信息中指向其他网站的链接（关闭后不向外发起任何连接，适用于不联网的部署）",
     InSection<&C::external_links, &C::ExternalLinks::enabled>},
    {"external_links.pause_seconds", "外部链接检查两次请求之间的间隔秒数",
     InSection<&C::external_links, &C::ExternalLinks::pause_seconds>, 0, 3600},
    {"external_links.host_interval_seconds", "对同一网站（主机）在多少秒内至多发出一次请求",
     InSection<&C::external_links, &C::ExternalLinks::host_interval_seconds>, 0, 86400},
    {"external_links.recheck_days", "可以访问的外部链接每隔多少天重新检查",
     InSection<&C::external_links, &C::ExternalLinks::recheck_days>, 1, 365},
    {"external_links.retry_seconds", "无法访问的外部链接隔多少秒后再次检查（连续两次无法访问才列为问题）",
     InSection<&C::external_links, &C::ExternalLinks::retry_seconds>, 1, 30 * 86400},
    {"external_links.allow_private",
     "是否允许检查指向本机或内部网络地址（回环、私有、链路本地地址）的链接；默认不允许，以免借链接探测服务器所在网络",
     InSection<&C::external_links, &C::ExternalLinks::allow_private>},

    {"log.level", "日志级别：trace、debug、info、warn、error", InSection<&C::log, &C::Log::level>, 0, 0, IsLogLevel,
     "应为 trace、debug、info、warn 或 error"},
    {"log.access_log", "是否记录访问日志", InSection<&C::log, &C::Log::access_log>},

    {"paths.templates_dir", "模板目录；留空使用安装目录中的 templates", InSection<&C::paths, &C::Paths::templates_dir>},
    {"paths.static_dir", "静态文件目录；留空使用安装目录中的 static", InSection<&C::paths, &C::Paths::static_dir>},
    {"paths.calendar_dir", "工作日日历目录（每年一个 年份.toml）；留空使用安装目录中的 data/calendar",
     InSection<&C::paths, &C::Paths::calendar_dir>},
};

enum class Kind { kInt, kBool, kString, kList };

Kind KindOf(const Key& key) {
  Config probe;
  switch (key.ref(probe).index()) {
    case 0:
    case 1:
      return Kind::kInt;
    case 2:
      return Kind::kBool;
    case 3:
      return Kind::kString;
    default:
      return Kind::kList;
  }
}

const Key* FindKey(std::string_view name) {
  for (const Key& k : kKeys) {
    if (k.name == name) return &k;
  }
  return nullptr;
}

bool IsSection(std::string_view name) {
  for (const Key& k : kKeys) {
    if (k.name.size() > name.size() && k.name.starts_with(name) && k.name[name.size()] == '.') {
      return true;
    }
  }
  return false;
}

std::string EnvName(std::string_view key) {
  std::string env = "GONGKAI_";
  for (char c : key) {
    env.push_back(c == '.' ? '_' : (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c);
  }
  return env;
}

// ---------------------------------------------------------------------------
// Errors

std::string Expectation(const Key& key) {
  switch (KindOf(key)) {
    case Kind::kInt:
      if (key.max == kIntMax || key.max == kInt64Max) {
        return key.min == 0   ? "应为非负整数"
               : key.min == 1 ? "应为正整数"
                              : "应为不小于 " + std::to_string(key.min) + " 的整数";
      }
      return "应为 " + std::to_string(key.min) + " 到 " + std::to_string(key.max) + " 之间的整数";
    case Kind::kBool:
      return "应为 true 或 false（也可写 1 或 0）";
    default:
      return std::string(key.expect);
  }
}

Status BadValue(const Key& key, const std::string& origin) {
  return Status::Invalid("配置项 " + std::string(key.name) + " 的值无效：" + Expectation(key) + origin,
                         std::string(key.name));
}

Status WrongType(const Key& key, const std::string& origin) {
  static constexpr const char* kTypeNames[] = {"整数", "布尔值（true 或 false）", "字符串", "字符串数组"};
  return Status::Invalid(
      "配置项 " + std::string(key.name) + " 的类型错误：应为" + kTypeNames[static_cast<int>(KindOf(key))] + origin,
      std::string(key.name));
}

std::string FileOrigin(const std::string& file, const toml::node& node) {
  return "（配置文件 " + file + " 第 " + std::to_string(node.source().begin.line) + " 行）";
}

// ---------------------------------------------------------------------------
// Reading values

// Checks `v` against the key's rules and stores it.
Status Assign(const Key& key, Value v, const std::string& origin, Config* c) {
  const Ref ref = key.ref(*c);
  if (const int64_t* n = std::get_if<int64_t>(&v)) {
    if (*n < key.min || *n > key.max) return BadValue(key, origin);
    if (auto p = std::get_if<int*>(&ref)) **p = static_cast<int>(*n);
    if (auto p = std::get_if<int64_t*>(&ref)) **p = *n;
  } else if (const bool* b = std::get_if<bool>(&v)) {
    *std::get<bool*>(ref) = *b;
  } else if (std::string* s = std::get_if<std::string>(&v)) {
    if (key.check && !key.check(*s)) return BadValue(key, origin);
    *std::get<std::string*>(ref) = std::move(*s);
  } else {
    auto& list = std::get<std::vector<std::string>>(v);
    // For a list, `min` is the fewest items it may have.
    if (static_cast<int64_t>(list.size()) < key.min) return BadValue(key, origin);
    for (const std::string& item : list) {
      if (key.check && !key.check(item)) return BadValue(key, origin);
    }
    *std::get<std::vector<std::string>*>(ref) = std::move(list);
  }
  return Status::Ok();
}

std::vector<std::string> SplitList(std::string_view text) {
  std::vector<std::string> items;
  while (!text.empty()) {
    const size_t comma = text.find(',');
    std::string item = Trim(text.substr(0, comma));
    if (!item.empty()) items.push_back(std::move(item));
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
  }
  return items;
}

// Environment variables and overrides are text.
bool ValueFromString(const Key& key, std::string_view text, Value* out) {
  const std::string trimmed = Trim(text);
  const std::string_view t = trimmed;
  switch (KindOf(key)) {
    case Kind::kInt: {
      int64_t n = 0;
      auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
      if (t.empty() || ec != std::errc() || end != t.data() + t.size()) return false;
      *out = n;
      return true;
    }
    case Kind::kBool:
      if (t == "true" || t == "1") *out = true;
      else if (t == "false" || t == "0") *out = false;
      else return false;
      return true;
    case Kind::kString:
      *out = std::string(text);
      return true;
    case Kind::kList:
      *out = SplitList(text);
      return true;
  }
  return false;
}

// A file has TOML types; booleans may also be written 1 or 0, and a list
// may be a single comma-separated string.
bool ValueFromNode(const Key& key, const toml::node& node, Value* out) {
  const Kind kind = KindOf(key);
  if (kind == Kind::kInt && node.is_integer()) {
    *out = node.as_integer()->get();
  } else if (kind == Kind::kBool && node.is_boolean()) {
    *out = node.as_boolean()->get();
  } else if (kind == Kind::kBool && node.is_integer() &&
             (node.as_integer()->get() == 0 || node.as_integer()->get() == 1)) {
    *out = node.as_integer()->get() == 1;
  } else if (kind == Kind::kString && node.is_string()) {
    *out = node.as_string()->get();
  } else if (kind == Kind::kList && node.is_string()) {
    *out = SplitList(node.as_string()->get());
  } else if (kind == Kind::kList && node.is_array()) {
    std::vector<std::string> items;
    for (const toml::node& item : *node.as_array()) {
      if (!item.is_string()) return false;
      items.push_back(item.as_string()->get());
    }
    *out = std::move(items);
  } else {
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Sources

Status ApplyNode(const Key& key, const toml::node& node, const std::string& file, Config* c) {
  Value v;
  if (!ValueFromNode(key, node, &v)) return WrongType(key, FileOrigin(file, node));
  return Assign(key, std::move(v), FileOrigin(file, node), c);
}

Status UnknownInFile(const std::string& name, const std::string& file, const toml::node& node) {
  return Status::Invalid("未知的配置项 " + name + FileOrigin(file, node), name);
}

Status ApplyTable(const toml::table& root, const std::string& file, Config* c) {
  for (auto&& [k, node] : root) {
    const std::string name(k.str());
    if (const Key* key = FindKey(name)) {
      Status s = ApplyNode(*key, node, file, c);
      if (!s.ok()) return s;
      continue;
    }
    if (!IsSection(name)) return UnknownInFile(name, file, node);
    const toml::table* section = node.as_table();
    if (section == nullptr) {
      return Status::Invalid("配置项 " + name + " 应为表 [" + name + "]" + FileOrigin(file, node), name);
    }
    for (auto&& [sub, sub_node] : *section) {
      const std::string full = name + "." + std::string(sub.str());
      const Key* key = FindKey(full);
      if (key == nullptr) return UnknownInFile(full, file, sub_node);
      Status s = ApplyNode(*key, sub_node, file, c);
      if (!s.ok()) return s;
    }
  }
  return Status::Ok();
}

Status ReadFile(const std::string& file, std::string* text) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    return Status::Invalid("无法读取配置文件 " + file + "：文件不存在或不是普通文件");
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (!in || in.bad()) return Status::Invalid("无法读取配置文件 " + file);
  *text = buf.str();
  return Status::Ok();
}

Status ParseError(const std::string& file, const toml::parse_error& e) {
  return Status::Invalid("配置文件 " + file + " 第 " + std::to_string(e.source().begin.line) + " 行有语法错误：" +
                         std::string(e.description()));
}

Status ApplyFile(const std::string& file, Config* c) {
  std::string text;
  Status s = ReadFile(file, &text);
  if (!s.ok()) return s;
  toml::table root;
#if TOML_EXCEPTIONS
  try {
    root = toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    return ParseError(file, e);
  }
#else
  toml::parse_result result = toml::parse(text, file);
  if (!result) return ParseError(file, result.error());
  root = std::move(result).table();
#endif
  return ApplyTable(root, file, c);
}

Status ApplyEnv(const std::map<std::string, std::string>& env, Config* c) {
  for (const auto& [var, text] : env) {
    if (!var.starts_with("GONGKAI_")) continue;
    const Key* key = nullptr;
    for (const Key& k : kKeys) {
      if (EnvName(k.name) == var) key = &k;
    }
    if (key == nullptr) return Status::Invalid("未知的环境变量 " + var);
    const std::string origin = "（环境变量 " + var + "）";
    Value v;
    if (!ValueFromString(*key, text, &v)) return BadValue(*key, origin);
    Status s = Assign(*key, std::move(v), origin, c);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// Overrides are echoed by key only: a value may hold a password.
Status ApplyOverrides(const std::vector<std::string>& overrides, Config* c) {
  for (const std::string& o : overrides) {
    const size_t eq = o.find('=');
    const std::string name(Trim(std::string_view(o).substr(0, eq)));
    if (eq == std::string::npos) {
      return Status::Invalid("命令行配置 " + name + " 格式错误：应为 key=value", name);
    }
    const Key* key = FindKey(name);
    if (key == nullptr) return Status::Invalid("未知的配置项 " + name + "（命令行参数）", name);
    Value v;
    if (!ValueFromString(*key, std::string_view(o).substr(eq + 1), &v)) {
      return BadValue(*key, "（命令行参数）");
    }
    Status s = Assign(*key, std::move(v), "（命令行参数）", c);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

void ResolvePaths(Config* c) {
  if (c->paths.templates_dir.empty()) c->paths.templates_dir = GK_SHARE_DIR "/templates";
  if (c->paths.static_dir.empty()) c->paths.static_dir = GK_SHARE_DIR "/static";
  if (c->paths.calendar_dir.empty()) c->paths.calendar_dir = GK_SHARE_DIR "/data/calendar";
}

// ---------------------------------------------------------------------------
// Printing

std::string QuoteToml(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "\"";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 0xF]);
        } else {
          out.push_back(ch);
        }
    }
  }
  return out + "\"";
}

// Replaces the password of scheme://user:PASSWORD@host and of any
// password= query parameter with "****".
std::string HidePassword(std::string url) {
  const size_t scheme = url.find("://");
  if (scheme != std::string::npos) {
    const size_t start = scheme + 3;
    const size_t query = url.find('?', start);
    const size_t at = url.rfind('@', query == std::string::npos ? query : query - 1);
    const size_t colon = url.find(':', start);
    if (at != std::string::npos && at >= start && colon < at) {
      url.replace(colon + 1, at - colon - 1, "****");
    }
  }
  for (size_t q = url.find('?'); q != std::string::npos; q = url.find('&', q + 1)) {
    if (url.compare(q + 1, 9, "password=") != 0) continue;
    const size_t begin = q + 10;
    const size_t end = std::min(url.find('&', begin), url.size());
    url.replace(begin, end - begin, "****");
  }
  return url;
}

std::string FormatValue(const Key& key, Config& c) {
  const Ref ref = key.ref(c);
  if (auto p = std::get_if<int*>(&ref)) return std::to_string(**p);
  if (auto p = std::get_if<int64_t*>(&ref)) return std::to_string(**p);
  if (auto p = std::get_if<bool*>(&ref)) return **p ? "true" : "false";
  if (auto p = std::get_if<std::string*>(&ref)) {
    return QuoteToml(key.secret ? HidePassword(**p) : **p);
  }
  std::string out = "[";
  for (const std::string& item : *std::get<std::vector<std::string>*>(ref)) {
    if (out.size() > 1) out += ", ";
    out += QuoteToml(item);
  }
  return out + "]";
}

}  // namespace

Status Load(const std::string& file, const std::map<std::string, std::string>& env,
            const std::vector<std::string>& overrides, Config* out) {
  Config c;
  Status s;
  if (!file.empty()) s = ApplyFile(file, &c);
  if (s.ok()) s = ApplyEnv(env, &c);
  if (s.ok()) s = ApplyOverrides(overrides, &c);
  if (!s.ok()) return s;
  ResolvePaths(&c);
  *out = std::move(c);
  return Status::Ok();
}

std::map<std::string, std::string> CurrentEnvironment() {
  std::map<std::string, std::string> env;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    const std::string_view entry(*e);
    const size_t eq = entry.find('=');
    if (!entry.starts_with("GONGKAI_") || eq == std::string_view::npos) continue;
    env.emplace(entry.substr(0, eq), entry.substr(eq + 1));
  }
  return env;
}

std::string Show(const Config& config) {
  Config c = config;  // Ref points into a mutable Config; nothing is changed
  std::string out = "# gongkai 当前生效的配置（密码已隐藏）\n";
  // Top-level keys must come before the first [section] in TOML.
  for (const Key& key : kKeys) {
    if (key.name.find('.') != std::string_view::npos) continue;
    out += "\n# " + std::string(key.description) + "\n" + std::string(key.name) + " = " + FormatValue(key, c) + "\n";
  }
  std::string_view section;
  for (const Key& key : kKeys) {
    const size_t dot = key.name.find('.');
    if (dot == std::string_view::npos) continue;
    if (key.name.substr(0, dot) != section) {
      section = key.name.substr(0, dot);
      out += "\n[" + std::string(section) + "]\n";
    }
    out += "# " + std::string(key.description) + "\n" + std::string(key.name.substr(dot + 1)) + " = " +
           FormatValue(key, c) + "\n";
  }
  return out;
}

std::vector<KeyInfo> Keys() {
  std::vector<KeyInfo> keys;
  for (const Key& k : kKeys) {
    keys.push_back(KeyInfo{std::string(k.name), EnvName(k.name), std::string(k.description)});
  }
  return keys;
}

bool ParseListen(std::string_view listen, std::string* host, uint16_t* port) {
  std::string_view addr, port_text;
  int family = AF_INET;
  if (listen.starts_with('[')) {
    const size_t close = listen.find(']');
    if (close == std::string_view::npos || listen.substr(close + 1, 1) != ":") return false;
    addr = listen.substr(1, close - 1);
    port_text = listen.substr(close + 2);
    family = AF_INET6;
  } else {
    const size_t colon = listen.rfind(':');
    if (colon == std::string_view::npos) return false;
    addr = listen.substr(0, colon);
    port_text = listen.substr(colon + 1);
  }
  unsigned char buf[sizeof(in6_addr)];
  const std::string addr_str(addr);
  if (inet_pton(family, addr_str.c_str(), buf) != 1) return false;
  unsigned value = 0;
  auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), value);
  if (port_text.empty() || port_text.size() > 5 || ec != std::errc() || end != port_text.data() + port_text.size() ||
      value > 65535) {
    return false;
  }
  *host = addr_str;
  *port = static_cast<uint16_t>(value);
  return true;
}

}  // namespace gk::config
