// The server's configuration: built-in defaults, then a TOML file
// (gongkai.toml), then GONGKAI_* environment variables, then command-line
// "key=value" overrides, each source overriding the one before.
//
// Keys are "section.key" (server.io_threads) or bare top-level names
// (data_dir); a key's environment variable is GONGKAI_ followed by the key
// upper-cased with '.' as '_' (GONGKAI_SERVER_IO_THREADS, GONGKAI_DATA_DIR).
// Every key is declared once, in the descriptor table in config.cc, which
// drives all three sources, validation and Show().
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace gk::config {

struct Config {
  struct Server {
    std::vector<std::string> listen{"[::]:8080"};  // "ADDR:PORT", IPv6 in brackets
    int io_threads = 2;
    int worker_threads = 4;
    int max_connections = 10000;
    int max_connections_per_address = 64;  // trusted proxies are exempt
    int64_t header_limit = 16384;
    int64_t body_limit = 1048576;
    int64_t upload_limit = 52428800;
    int read_timeout_seconds = 30;
    int pipeline_limit = 16;
    int keepalive_requests = 1000;
    int page_cache_seconds = 30;
    int shutdown_timeout_seconds = 10;
    bool tls = false;        // served behind TLS (a proxy): Secure cookies, HSTS
    std::string public_url;  // e.g. https://scjgj.jinan.gov.cn, for absolute links; may be empty
    // Addresses or networks ("127.0.0.1", "10.0.0.0/8") of reverse proxies
    // whose X-Forwarded-For names the client (see gk::ClientAddress).
    std::vector<std::string> trusted_proxies;
    bool operator==(const Server&) const = default;
  } server;
  struct Database {
    // Empty: SQLite file in data_dir; "sqlite:PATH" or
    // "postgresql://user:pass@host:port/db".
    std::string url;
    int pool_size = 4;
    int busy_timeout_ms = 5000;
    bool operator==(const Database&) const = default;
  } database;
  std::string data_dir = "./var";
  struct Site {
    std::string name;           // empty: the name of the first top-level agency
    std::string host_agency;    // 主办单位
    std::string site_code;      // 网站标识码
    std::string icp;            // ICP备案号
    std::string police_record;  // 公安机关备案号
    std::string contact_address;
    std::string contact_phone;
    std::string contact_email;
    std::string office_hours;
    bool operator==(const Site&) const = default;
  } site;
  struct Auth {
    int password_min_length = 10;
    int session_idle_seconds = 1800;
    int session_absolute_seconds = 43200;
    // Per (account, client address): failures before that address is locked
    // out of that account for lockout_seconds.
    int login_max_failures = 5;
    // Per client address, over all accounts.
    int login_ip_max_failures = 30;
    int lockout_seconds = 900;
    // Per account over all addresses: after this many failures within
    // lockout_seconds, each further attempt must wait 1, 2, 4, ... seconds
    // after the last failure, at most login_slowdown_max_seconds.
    int login_slowdown_after = 10;
    int login_slowdown_max_seconds = 60;
    bool operator==(const Auth&) const = default;
  } auth;
  struct Catalogue {
    // Review stages in order (三审); every item passes each one.
    std::vector<std::string> review_stages{"初审", "复审", "终审"};
    // 索引号 后段码: YYYY year, MM month, N... zero-padded serial (RULES.md §4).
    std::string index_pattern = "YYYY-NNNNN";
    // How often scheduled items are checked for publication.
    int scheduler_seconds = 30;
    // URLs per sitemap file; more make /sitemap.xml a sitemap index.
    int sitemap_urls_per_file = 50000;
    bool operator==(const Catalogue&) const = default;
  } catalogue;
  // 依申请公开 (RULES.md §1, §2).
  struct Applications {
    // 国办函〔2020〕109号: the days from the fee notice to payment do not
    // count toward the reply deadline (configurable; default yes).
    bool fee_pauses_clock = true;
    // The correction period given to applicants by default (Art. 30), working days.
    int correction_period_days = 15;
    // Named in reply letters' remedy paragraph.
    std::string reconsideration_body = "本级人民政府或上一级主管部门";
    std::string court = "有管辖权的人民法院";
    // Online applications per address per hour (abuse limit).
    int submissions_per_hour = 5;
    bool operator==(const Applications&) const = default;
  } applications;
  // 行政执法公示 (RULES.md §6; supervision/enforcement_rules.h).
  struct Enforcement {
    int licence_days = 7;               // 国办发〔2018〕118号
    int penalty_days = 20;              // 总局令第45号 (market supervision); 7 under 118号
    int other_days = 20;                // coercive measures
    int withdraw_days = 3;              // 总局令第45号 Art. 15
    int low_fine_yuan = 10000;          // 较低数额罚款: published 3 months, not 3 years
    std::string name_mask = "surname";  // 张** ("surname") or 张*三 ("ends")
    bool operator==(const Enforcement&) const = default;
  } enforcement;
  // 好差评 (国办发〔2019〕51号; ratings/rules.h).
  struct Ratings {
    int visit_days = 1;            // a bad rating is visited (回访) within 1 working day
    int rectify_days = 15;         // and rectified (整改) within 15
    int submissions_per_hour = 10;  // public ratings per address per hour (abuse limit)
    // The catalogue column (by code) of the monthly 好差评 report items.
    std::string column = "fdnr-hcp";
    bool operator==(const Ratings&) const = default;
  } ratings;
  // 意见征集 (Decree 713 Art. 15 and 32; consultations/rules.h).
  struct Consultations {
    int comments_per_hour = 10;  // public comments per address per hour (abuse limit)
    int report_days = 30;        // the adoption report is due this many days after closing
    // The keyword screen of consultations that publish comments at once.
    std::vector<std::string> screen_words{"代开发票", "刷单", "博彩", "赌博", "色情", "办证", "加微信"};
    std::string column = "yjzj";  // the catalogue column of the adoption reports
    bool operator==(const Consultations&) const = default;
  } consultations;
  // 留言咨询 (messages/rules.h).
  struct Messages {
    int answer_days = 5;           // working days to answer a message
    int submissions_per_hour = 5;  // public messages per address per hour (abuse limit)
    bool operator==(const Messages&) const = default;
  } messages;
  // 外部链接检查 (site health): the server's background check of links in
  // published bodies to other sites (health/external_job.h), at a polite rate.
  struct ExternalLinks {
    bool enabled = true;             // false: no outgoing connections at all (air-gapped installations)
    int pause_seconds = 2;           // between two requests
    int host_interval_seconds = 30;  // at most one request to a host in this time
    int recheck_days = 7;            // a working link is checked again after this many days
    int retry_seconds = 86400;       // a failing one after this many seconds
    // Whether links may lead to loopback, private, link-local or unique-local
    // addresses (the server's own network); off, they are not fetched.
    bool allow_private = false;
    bool operator==(const ExternalLinks&) const = default;
  } external_links;
  struct Log {
    std::string level = "info";  // trace, debug, info, warn, error
    bool access_log = true;
    bool operator==(const Log&) const = default;
  } log;
  struct Paths {
    // Empty in a file or variable means GK_SHARE_DIR "/templates",
    // "/static" and "/data/calendar"; Load() fills in the resolved directories.
    std::string templates_dir;
    std::string static_dir;
    std::string calendar_dir;  // working-day calendar, one YYYY.toml a year
    bool operator==(const Paths&) const = default;
  } paths;
  bool operator==(const Config&) const = default;
};

// Builds the effective configuration into *out. `file` "" means no file;
// `env` holds environment variables (only GONGKAI_* ones are looked at, and
// each must name a key); `overrides` are "key=value" strings. Lists
// (server.listen) are comma-separated in variables and overrides; booleans
// accept true/false/1/0. On error returns Status::Invalid whose message (in
// Chinese) names the key, variable or file and line, and whose field() is
// the key when there is one; *out is unchanged then.
Status Load(const std::string& file, const std::map<std::string, std::string>& env,
            const std::vector<std::string>& overrides, Config* out);

// The GONGKAI_* variables of this process's environment.
std::map<std::string, std::string> CurrentEnvironment();

// The configuration as TOML that Load() accepts, every key with a comment.
// Secrets are hidden: a password in database.url becomes "****".
std::string Show(const Config& c);

// One configuration key, for help texts.
struct KeyInfo {
  std::string name;         // "server.io_threads"
  std::string env;          // "GONGKAI_SERVER_IO_THREADS"
  std::string description;  // Chinese
};
std::vector<KeyInfo> Keys();

// Splits a listen address "ADDR:PORT" ("0.0.0.0:80", "[::1]:8080"); the
// address must be a numeric IPv4 address, or IPv6 in brackets (returned
// without them); port 0 asks the system for a free port.
bool ParseListen(std::string_view listen, std::string* host, uint16_t* port);

}  // namespace gk::config
