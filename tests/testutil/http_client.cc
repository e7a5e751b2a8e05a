#include "testutil/http_client.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <regex>
#include <stdexcept>
#include <thread>

#include "common/china_time.h"
#include "http/forms.h"

namespace gk::testing {

std::string HttpResult::Header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? "" : it->second;
}

namespace {

int Connect(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICHOST;
  addrinfo* res = nullptr;
  std::string h = host;
  if (h.size() > 2 && h.front() == '[') h = h.substr(1, h.size() - 2);
  if (getaddrinfo(h.c_str(), std::to_string(port).c_str(), &hints, &res) != 0) return -1;
  int fd = socket(res->ai_family, SOCK_STREAM, 0);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

}  // namespace

std::string RawExchange(const std::string& host, int port, const std::string& bytes, int timeout_ms) {
  int fd = Connect(host, port);
  if (fd < 0) return {};
  size_t sent = 0;
  while (sent < bytes.size()) {
    ssize_t n = send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<size_t>(n);
  }
  std::string out;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  char buf[65536];
  for (;;) {
    auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) break;
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left)) <= 0) break;
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return out;
}

HttpResult ParseResponse(const std::string& raw, bool head) {
  HttpResult r;
  auto end = raw.find("\r\n\r\n");
  if (raw.compare(0, 9, "HTTP/1.1 ") != 0 || end == std::string::npos) return r;
  r.status = std::atoi(raw.c_str() + 9);
  size_t pos = raw.find("\r\n") + 2;
  while (pos < end) {
    size_t eol = raw.find("\r\n", pos);
    std::string line = raw.substr(pos, eol - pos);
    auto colon = line.find(':');
    if (colon != std::string::npos) {
      std::string v = line.substr(colon + 1);
      while (!v.empty() && v[0] == ' ') v.erase(0, 1);
      r.headers.emplace(line.substr(0, colon), v);
    }
    pos = eol + 2;
  }
  std::string cl = r.Header("Content-Length");
  size_t body_len = cl.empty() ? raw.size() - end - 4 : std::stoul(cl);
  if (!head) r.body = raw.substr(end + 4, body_len);
  return r;
}

HttpResult Fetch(const std::string& host, int port, const std::string& method, const std::string& target,
                 const std::map<std::string, std::string>& headers, const std::string& body) {
  std::string req = method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n";
  for (const auto& [k, v] : headers) req += k + ": " + v + "\r\n";
  if (!body.empty() || method == "POST") req += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  req += "\r\n" + body;
  return ParseResponse(RawExchange(host, port, req, 10000), method == "HEAD");
}

HttpResult Browser::Send(const std::string& method, const std::string& target, const std::string& body,
                         const std::string& content_type) {
  std::map<std::string, std::string> h = headers_;
  std::string cookie;
  for (const auto& [k, v] : cookies_) cookie += (cookie.empty() ? "" : "; ") + k + "=" + v;
  if (!cookie.empty()) h["Cookie"] = cookie;
  if (!content_type.empty()) h["Content-Type"] = content_type;
  HttpResult r = Fetch(host_, port_, method, target, h, body);
  auto [b, e] = r.headers.equal_range("Set-Cookie");
  for (auto it = b; it != e; ++it) {
    std::string c = it->second.substr(0, it->second.find(';'));
    auto eq = c.find('=');
    std::string name = c.substr(0, eq), value = c.substr(eq + 1);
    if (it->second.find("Max-Age=0") != std::string::npos) cookies_.erase(name);
    else cookies_[name] = value;
  }
  static const std::regex kCsrf(R"re(name="_csrf" value="([^"]+)")re");
  std::smatch m;
  if (std::regex_search(r.body, m, kCsrf)) csrf_ = m[1];
  return r;
}

HttpResult Browser::Get(const std::string& target) { return Send("GET", target, "", ""); }

HttpResult Browser::Post(const std::string& target, std::vector<std::pair<std::string, std::string>> form,
                         bool add_csrf) {
  if (add_csrf) form.emplace_back("_csrf", csrf_);
  std::string body;
  for (const auto& [k, v] : form)
    body += (body.empty() ? "" : "&") + http::PercentEncode(k) + "=" + http::PercentEncode(v);
  return Send("POST", target, body, "application/x-www-form-urlencoded");
}

HttpResult Browser::PostFiles(const std::string& target, const std::vector<File>& files,
                              const std::vector<std::pair<std::string, std::string>>& fields) {
  const std::string boundary = "gkTestBoundary7MA4YWxkTrZu0gW";
  std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf_ + "\r\n";
  for (const auto& [name, value] : fields)
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  for (const auto& f : files)
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field + "\"; filename=\"" + f.filename +
            "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + f.data + "\r\n";
  body += "--" + boundary + "--\r\n";
  return Send("POST", target, body, "multipart/form-data; boundary=" + boundary);
}

HttpResult Browser::PostFile(const std::string& target, const std::string& field, const std::string& filename,
                             const std::string& data, const std::vector<std::pair<std::string, std::string>>& fields) {
  const std::string boundary = "gkTestBoundary7MA4YWxkTrZu0gW";
  std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf_ + "\r\n";
  for (const auto& [name, value] : fields)
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename +
          "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + "\r\n--" + boundary + "--\r\n";
  return Send("POST", target, body, "multipart/form-data; boundary=" + boundary);
}

HttpResult Browser::Login(const std::string& username, const std::string& password) {
  Get("/login");
  return Post("/login", {{"username", username}, {"password", password}});
}

std::string Browser::Cookie(const std::string& name) const {
  auto it = cookies_.find(name);
  return it == cookies_.end() ? "" : it->second;
}

std::string ServerProcess::Binary() {
  const char* b = std::getenv("GK_BIN");
  return b ? b : "./gongkai";
}

std::string ChinaDateFromToday(int offset_days) { return ChinaToday(SystemClock()).AddDays(offset_days).ToString(); }

std::string Capture(const std::string& body, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(body, m, std::regex(pattern)) ? std::string(m[1]) : std::string();
}

std::string HumanCheckAnswer(const std::string& body) {
  static const std::map<std::string, int> digits = {{"一", 1}, {"二", 2}, {"三", 3}, {"四", 4}, {"五", 5},
                                                    {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}};
  std::smatch m;
  static const std::regex kQuestion("验证题：(一|二|三|四|五|六|七|八|九)加(一|二|三|四|五|六|七|八|九)等于几");
  if (!std::regex_search(body, m, kQuestion)) return "";
  return std::to_string(digits.at(m[1]) + digits.at(m[2]));
}

bool Has(const std::string& body, const std::string& text) { return body.find(text) != std::string::npos; }

int ChinaYearNow() { return std::stoi(ChinaDateFromToday(0).substr(0, 4)); }

std::string ServerProcess::MakeTempDir() {
  char tmpl[] = "/tmp/gk-test-XXXXXX";
  char* d = mkdtemp(tmpl);
  if (!d) throw std::runtime_error("mkdtemp failed");
  return d;
}

namespace {

// fork/exec with stdout captured through a pipe; returns pid, sets *out_fd.
int Spawn(const std::vector<std::string>& args, const std::map<std::string, std::string>& env, int* out_fd,
          int* err_fd) {
  int out[2], err[2];
  if (pipe(out) != 0 || pipe(err) != 0) return -1;
  int pid = fork();
  if (pid == 0) {
    dup2(out[1], 1);
    dup2(err[1], 2);
    // Nothing else of the test process leaks into the server (sockets of a
    // test proxy, other servers' pipes).
    close_range(3, ~0U, 0);
    for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
    std::vector<char*> argv;
    std::string bin = ServerProcess::Binary();
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  close(out[1]);
  close(err[1]);
  *out_fd = out[0];
  *err_fd = err[0];
  return pid;
}

std::string ReadAll(int fd) {
  std::string s;
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) s.append(buf, static_cast<size_t>(n));
  close(fd);
  return s;
}

}  // namespace

int ServerProcess::Run(const std::vector<std::string>& args, std::string* out, std::string* err,
                       const std::map<std::string, std::string>& env) {
  int ofd = -1, efd = -1;
  int pid = Spawn(args, env, &ofd, &efd);
  std::string e;
  std::thread t([&] { e = ReadAll(efd); });
  std::string o = ReadAll(ofd);
  t.join();
  int status = 0;
  waitpid(pid, &status, 0);
  if (out) *out = o;
  if (err) *err = e;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

std::unique_ptr<ServerProcess> ServerProcess::Start(const std::vector<std::string>& extra_args,
                                                    const std::map<std::string, std::string>& env,
                                                    const std::string& listen, const std::string& data_dir) {
  auto sp = std::unique_ptr<ServerProcess>(new ServerProcess());
  sp->data_dir_ = data_dir;
  sp->owns_data_dir_ = data_dir.empty();
  if (data_dir.empty()) {
    sp->data_dir_ = MakeTempDir();
    std::string out, err;
    int rc = Run({"init", "--demo", "--data", sp->data_dir_, "--admin-password", kAdminPassword}, &out, &err, env);
    if (rc != 0) throw std::runtime_error("init failed: " + err);
    sp->init_output_ = out;
  }
  std::vector<std::string> args = {"serve", "--data", sp->data_dir_, "--listen", listen};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  int ofd = -1, efd = -1;
  sp->pid_ = Spawn(args, env, &ofd, &efd);
  // Access logs go to stderr: drain it so the server never blocks on a full
  // pipe, into a file when GK_TEST_SERVER_LOG names one (for debugging).
  const char* log = std::getenv("GK_TEST_SERVER_LOG");
  std::string log_path = log ? log : "";
  auto captured = sp->log_;
  std::thread([efd, log_path, captured] {
    std::string s;
    char buf[4096];
    ssize_t n;
    while ((n = read(efd, buf, sizeof buf)) > 0) {
      s.append(buf, static_cast<size_t>(n));
      std::lock_guard lock(captured->mu);
      captured->bytes += static_cast<size_t>(n);
      // The start is what tests look for; a flood past it only counts.
      if (captured->text.size() < (1 << 20)) captured->text.append(buf, static_cast<size_t>(n));
    }
    close(efd);
    if (!log_path.empty()) {
      FILE* f = std::fopen(log_path.c_str(), "a");
      if (f) {
        std::fwrite(s.data(), 1, s.size(), f);
        std::fclose(f);
      }
    }
  }).detach();
  std::string line;
  char c;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{ofd, POLLIN, 0};
    if (poll(&p, 1, 200) <= 0) continue;
    if (read(ofd, &c, 1) != 1) break;
    if (c != '\n') {
      line += c;
      continue;
    }
    static const std::regex kUrl(R"(listening on http://(\[[^\]]+\]|[0-9.]+):(\d+))");
    std::smatch m;
    if (std::regex_search(line, m, kUrl)) {
      sp->host_ = m[1];
      sp->port_ = std::stoi(m[2]);
      break;
    }
    line.clear();
  }
  std::thread([ofd] { ReadAll(ofd); }).detach();
  if (sp->port_ == 0) throw std::runtime_error("server did not start");
  return sp;
}

std::string ServerProcess::Log(size_t* total_bytes) const {
  std::lock_guard lock(log_->mu);
  if (total_bytes) *total_bytes = log_->bytes;
  return log_->text;
}

std::string ServerProcess::DemoPassword(const std::string& username) const {
  std::regex re("演示账号: " + username + "（.*?） 一次性密码: (\\S+)");
  std::smatch m;
  if (std::regex_search(init_output_, m, re)) return m[1];
  return {};
}

int ServerProcess::Kill() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFSIGNALED(status) ? -WTERMSIG(status) : WEXITSTATUS(status);
}

int ServerProcess::RunInBackground(const std::vector<std::string>& args,
                                   const std::map<std::string, std::string>& env) {
  int ofd = -1, efd = -1;
  int pid = Spawn(args, env, &ofd, &efd);
  std::thread([ofd] { ReadAll(ofd); }).detach();
  std::thread([efd] { ReadAll(efd); }).detach();
  return pid;
}

int ServerProcess::Wait(int pid) {
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

bool ServerProcess::Running() {
  if (pid_ <= 0) return false;
  int status = 0;
  return waitpid(pid_, &status, WNOHANG) == 0;
}

int ServerProcess::Terminate(int timeout_ms) {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
      pid_ = -1;
      return -9;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) Terminate(5000);
  std::error_code ec;
  if (owns_data_dir_ && !data_dir_.empty()) std::filesystem::remove_all(data_dir_, ec);
}

namespace {
// Signs in with a one-time password and changes it to `password`, as the
// console requires first.
std::optional<Browser> FirstSignIn(const ServerProcess& server, const std::string& username, const std::string& otp,
                                   const std::string& password) {
  Browser b(server.host(), server.port());
  if (otp.empty() || b.Login(username, otp).status != 303) return std::nullopt;
  b.Get("/console/password");
  if (b.Post("/console/password", {{"current", otp}, {"password", password}, {"password2", password}}).status != 303)
    return std::nullopt;
  return b;
}
}  // namespace

std::optional<Browser> SignInDemo(const ServerProcess& server, const std::string& username,
                                  const std::string& password) {
  return FirstSignIn(server, username, server.DemoPassword(username), password);
}

std::optional<Browser> NewDemoStaff(const ServerProcess& server, const std::string& username, const std::string& role,
                                    const std::string& password) {
  Browser admin(server.host(), server.port());
  if (admin.Login("admin", ServerProcess::kAdminPassword).status != 303) return std::nullopt;
  admin.Get("/console/users/new");
  auto made = admin.Post("/console/users", {{"username", username},
                                           {"display_name", "测试" + username},
                                           {"role", role},
                                           {"agency_id", "1"},
                                           {"department_id", "0"}});
  return FirstSignIn(server, username, Capture(made.body, R"re(id="one-time-password">([^<]+)<)re"), password);
}

}  // namespace gk::testing
