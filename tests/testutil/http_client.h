// Test helpers for black-box tests: start the real gongkai binary and talk
// HTTP/1.1 to it over plain sockets.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "http/message.h"

namespace gk::testing {

struct HttpResult {
  int status = 0;  // 0: no response (connection closed or timed out)
  http::Headers headers;
  std::string body;
  std::string Header(const std::string& name) const;
};

// Sends raw bytes to host:port and reads until the peer closes or
// `timeout_ms` passes. Returns what was read.
std::string RawExchange(const std::string& host, int port, const std::string& bytes, int timeout_ms = 3000);
// Parses the first HTTP response in `raw`.
HttpResult ParseResponse(const std::string& raw, bool head = false);

// One request on a fresh connection ("Connection: close").
HttpResult Fetch(const std::string& host, int port, const std::string& method, const std::string& target,
                 const std::map<std::string, std::string>& headers = {}, const std::string& body = {});

// The date `offset_days` from today in China (UTC+8), "YYYY-MM-DD": tests
// that need a recent date (Art. 26 counts from it against the server's real
// clock) use this, never a fixed date that ages.
std::string ChinaDateFromToday(int offset_days);
// The year today in China.
int ChinaYearNow();

// The first group of `pattern`'s first match in `body`, or "".
std::string Capture(const std::string& body, const std::string& pattern);
// The answer to the human check of the page's form ("七加二等于几？"), or "".
std::string HumanCheckAnswer(const std::string& body);
// True when `body` contains `text`.
bool Has(const std::string& body, const std::string& text);

// A client that keeps cookies, like a browser.
class Browser {
 public:
  Browser(std::string host, int port) : host_(std::move(host)), port_(port) {}
  HttpResult Get(const std::string& target);
  // Posts an urlencoded form; adds _csrf from the last page's form unless given.
  HttpResult Post(const std::string& target, std::vector<std::pair<std::string, std::string>> form,
                  bool add_csrf = true);
  // Posts multipart/form-data with one file and `fields`; adds _csrf.
  HttpResult PostFile(const std::string& target, const std::string& field, const std::string& filename,
                      const std::string& data, const std::vector<std::pair<std::string, std::string>>& fields = {});
  // Posts multipart/form-data with several files, each {field, filename, data}; adds _csrf.
  struct File {
    std::string field, filename, data;
  };
  HttpResult PostFiles(const std::string& target, const std::vector<File>& files,
                       const std::vector<std::pair<std::string, std::string>>& fields = {});
  // Logs in; returns the final status of the POST (303 on success).
  HttpResult Login(const std::string& username, const std::string& password);
  std::string Cookie(const std::string& name) const;
  void SetCookie(const std::string& name, const std::string& value) { cookies_[name] = value; }
  // Sent with every later request (e.g. X-Forwarded-For, as a proxy would).
  void SetHeader(const std::string& name, const std::string& value) { headers_[name] = value; }
  const std::string& last_csrf() const { return csrf_; }

 private:
  HttpResult Send(const std::string& method, const std::string& target, const std::string& body,
                  const std::string& content_type);
  std::string host_;
  int port_;
  std::map<std::string, std::string> cookies_;
  std::map<std::string, std::string> headers_;
  std::string csrf_;
};

// The binary started with a fresh data directory made by `init --demo`.
class ServerProcess {
 public:
  static constexpr const char* kAdminPassword = "Kaifang-Test-2026!";
  // `extra_args` go after `serve`; `env` adds variables (e.g. GONGKAI_AUTH_...).
  // Listens on `listen` (port 0: a free one). With `data_dir`, serves that
  // existing directory instead of a fresh one (e.g. beside another server).
  static std::unique_ptr<ServerProcess> Start(const std::vector<std::string>& extra_args = {},
                                              const std::map<std::string, std::string>& env = {},
                                              const std::string& listen = "127.0.0.1:0",
                                              const std::string& data_dir = "");
  ~ServerProcess();
  const std::string& host() const { return host_; }
  int port() const { return port_; }
  const std::string& data_dir() const { return data_dir_; }
  // What `init --demo` printed (the demo accounts' one-time passwords).
  const std::string& init_output() const { return init_output_; }
  // The one-time password printed for a demo account ("editor", ...).
  std::string DemoPassword(const std::string& username) const;
  bool Running();
  int pid() const { return pid_; }
  // What the server wrote to stderr so far (the log; its first MiB), and in
  // *total_bytes how much it wrote in all.
  std::string Log(size_t* total_bytes = nullptr) const;
  // SIGTERM and wait; returns the exit code (or -signal).
  int Terminate(int timeout_ms = 15000);
  // SIGKILL and wait, as a crash or the OOM killer would; returns -9. The
  // data directory stays (and is still removed with this object).
  int Kill();
  // Starts the binary with arguments without waiting (stdout and stderr are
  // drained and dropped); returns its pid for Wait or kill().
  static int RunInBackground(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {});
  // Waits for a process started by RunInBackground: exit code, or -signal.
  static int Wait(int pid);
  // Runs the binary with arguments; returns exit code, fills stdout/stderr.
  static int Run(const std::vector<std::string>& args, std::string* out, std::string* err,
                 const std::map<std::string, std::string>& env = {});
  static std::string Binary();
  static std::string MakeTempDir();

 private:
  int pid_ = -1;
  std::string host_;
  int port_ = 0;
  std::string data_dir_;
  bool owns_data_dir_ = true;
  std::string init_output_;
  struct Captured {
    std::mutex mu;
    std::string text;
    size_t bytes = 0;
  };
  std::shared_ptr<Captured> log_ = std::make_shared<Captured>();
};

// A demo user of `server` signed in with their one-time password, which is
// then changed to `password` as the console requires; nullopt on failure.
std::optional<Browser> SignInDemo(const ServerProcess& server, const std::string& username,
                                  const std::string& password);
// A new staff account of the demo bureau (agency 1) made by the
// administrator through the console (`role`: editor, reviewer, officer),
// signed in with its one-time password changed to `password`; nullopt on
// failure.
std::optional<Browser> NewDemoStaff(const ServerProcess& server, const std::string& username, const std::string& role,
                                    const std::string& password);

}  // namespace gk::testing
