#include "common/log.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>
#include <cstdio>
#include <ctime>

namespace gk {
namespace {

void AppendEscaped(std::string_view s, spdlog::memory_buf_t& out) {
  for (char c : s) {
    switch (c) {
      case '"':
        out.append(std::string_view("\\\""));
        break;
      case '\\':
        out.append(std::string_view("\\\\"));
        break;
      case '\n':
        out.append(std::string_view("\\n"));
        break;
      case '\r':
        out.append(std::string_view("\\r"));
        break;
      case '\t':
        out.append(std::string_view("\\t"));
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out.append(std::string_view(buf));
        } else {
          out.push_back(c);
        }
    }
  }
}

// A message that is already a JSON object gets "ts" and "level" put in
// front of its fields; any other message becomes {"ts","level","msg"}.
class JsonFormatter : public spdlog::formatter {
 public:
  void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override {
    auto t = std::chrono::system_clock::to_time_t(msg.time);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count() % 1000;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char ts[64];
    std::snprintf(ts, sizeof ts, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
    std::string_view payload(msg.payload.data(), msg.payload.size());
    auto level = spdlog::level::to_string_view(msg.level);
    dest.append(std::string_view("{\"ts\":\""));
    dest.append(std::string_view(ts));
    dest.append(std::string_view("\",\"level\":\""));
    dest.append(std::string_view(level.data(), level.size()));
    if (payload.size() >= 2 && payload.front() == '{' && payload.back() == '}') {
      dest.append(std::string_view("\","));
      dest.append(payload.substr(1));
    } else {
      dest.append(std::string_view("\",\"msg\":\""));
      AppendEscaped(payload, dest);
      dest.append(std::string_view("\"}"));
    }
    dest.push_back('\n');
  }
  std::unique_ptr<spdlog::formatter> clone() const override { return std::make_unique<JsonFormatter>(); }
};

// The access log: each thread appends its lines to a buffer of its own (one
// uncontended lock a line, no wake-up of another thread), written to stderr
// in whole lines when it holds kAccessFlushBytes, every second by the
// flusher thread, and at exit (FlushAccessLog). A line is at most a second
// late; lines are lost only if the process is killed.
constexpr size_t kAccessFlushBytes = 64 * 1024;

struct AccessBuffer {
  std::mutex mu;
  std::string data;  // GUARDED_BY(mu)
};

struct AccessLog {
  std::mutex registry_mu;
  std::vector<std::shared_ptr<AccessBuffer>> buffers;  // GUARDED_BY(registry_mu)
  std::atomic<bool> enabled{false};
  std::mutex flusher_mu;
  std::condition_variable flusher_cv;
  bool stopping = false;  // GUARDED_BY(flusher_mu)
  std::thread flusher;
};

AccessLog& Access() {
  static AccessLog* log = new AccessLog();  // never destroyed: threads may log during exit
  return *log;
}

AccessBuffer& ThreadBuffer() {
  thread_local std::shared_ptr<AccessBuffer> mine = [] {
    auto b = std::make_shared<AccessBuffer>();
    b->data.reserve(kAccessFlushBytes + 1024);
    std::lock_guard lock(Access().registry_mu);
    Access().buffers.push_back(b);
    return b;
  }();
  return *mine;
}

// Writes and empties `b`'s lines; the caller holds b.mu.
void WriteOut(AccessBuffer& b) {
  if (b.data.empty()) return;
  std::fwrite(b.data.data(), 1, b.data.size(), stderr);
  std::fflush(stderr);
  b.data.clear();
}

// "2026-12-07T07:00:00.123Z": the seconds part is formatted once a second per thread.
void AppendTimestamp(std::string& out) {
  thread_local int64_t second = -1;
  thread_local char prefix[32];
  const auto now = std::chrono::system_clock::now();
  const int64_t ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  if (ms / 1000 != second) {
    second = ms / 1000;
    std::time_t t = static_cast<std::time_t>(second);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(prefix, sizeof prefix, "%Y-%m-%dT%H:%M:%S.", &tm);
  }
  out += prefix;
  const int frac = static_cast<int>(ms % 1000);
  out += static_cast<char>('0' + frac / 100);
  out += static_cast<char>('0' + frac / 10 % 10);
  out += static_cast<char>('0' + frac % 10);
  out += 'Z';
}

}  // namespace

void SetUpLogging(const std::string& level) {
  auto logger = spdlog::stderr_logger_mt("gongkai");
  logger->set_formatter(std::make_unique<JsonFormatter>());
  logger->set_level(spdlog::level::from_str(level));
  // stderr is block-buffered for the access log's sake; the main logger's
  // lines are rare and flushed at once.
  static char buffer[1 << 16];
  std::setvbuf(stderr, buffer, _IOFBF, sizeof buffer);
  logger->flush_on(spdlog::level::trace);
  spdlog::set_default_logger(logger);
  // Access lines: per-thread buffers written by a flusher thread (above).
  AccessLog& a = Access();
  if (!a.enabled.exchange(true)) {
    a.flusher = std::thread([&a] {
      std::unique_lock lock(a.flusher_mu);
      while (!a.flusher_cv.wait_for(lock, std::chrono::seconds(1), [&a] { return a.stopping; })) {
        lock.unlock();
        FlushAccessLog();
        lock.lock();
      }
    });
  }
  spdlog::flush_every(std::chrono::seconds(1));
}

void LogAccess(std::string_view line) {
  if (!Access().enabled.load(std::memory_order_relaxed) || line.size() < 2 || line.front() != '{') {
    spdlog::info(line);
    return;
  }
  AccessBuffer& b = ThreadBuffer();
  std::lock_guard lock(b.mu);
  b.data += "{\"ts\":\"";
  AppendTimestamp(b.data);
  b.data += "\",\"level\":\"info\",";
  b.data.append(line.substr(1));
  b.data += '\n';
  if (b.data.size() >= kAccessFlushBytes) WriteOut(b);
}

void FlushAccessLog() {
  std::vector<std::shared_ptr<AccessBuffer>> all;
  {
    std::lock_guard lock(Access().registry_mu);
    all = Access().buffers;
  }
  for (auto& b : all) {
    std::lock_guard lock(b->mu);
    WriteOut(*b);
  }
}

void StopAccessLog() {
  AccessLog& a = Access();
  if (a.flusher.joinable()) {
    {
      std::lock_guard lock(a.flusher_mu);
      a.stopping = true;
    }
    a.flusher_cv.notify_all();
    a.flusher.join();
  }
  FlushAccessLog();
}

void AppendJsonEscaped(std::string_view s, std::string& out) {
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
}

}  // namespace gk
