#include "common/log.h"

#include <spdlog/async.h>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
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

std::shared_ptr<spdlog::logger>& AccessLogger() {
  static std::shared_ptr<spdlog::logger> logger;
  return logger;
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
  // Access lines go through a queue to one writer thread; when the queue is
  // full the request waits rather than a line being lost.
  spdlog::init_thread_pool(16384, 1);
  auto access = spdlog::create_async<spdlog::sinks::stderr_sink_mt>("access");
  access->set_formatter(std::make_unique<JsonFormatter>());
  access->set_level(spdlog::level::info);
  AccessLogger() = access;
  spdlog::flush_every(std::chrono::seconds(1));
}

void LogAccess(const std::string& line) {
  if (auto& l = AccessLogger()) {
    l->info(line);
  } else {
    spdlog::info(line);
  }
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
