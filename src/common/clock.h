// Injectable time: every rule that depends on "now" takes a Clock so tests
// can stand on any date.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace gk {

class Clock {
 public:
  virtual ~Clock() = default;
  // Unix time in seconds (UTC).
  virtual int64_t Now() const = 0;
};

class SystemClock : public Clock {
 public:
  int64_t Now() const override;
};

// A clock that stands still until moved. Thread-safe.
class FakeClock : public Clock {
 public:
  explicit FakeClock(int64_t t) : t_(t) {}
  int64_t Now() const override { return t_.load(); }
  void Set(int64_t t) { t_ = t; }
  void Advance(int64_t seconds) { t_ += seconds; }

 private:
  std::atomic<int64_t> t_;
};

// strftime in China Standard Time (UTC+8: one zone, no daylight saving).
std::string FormatChinaTime(int64_t unix_seconds, const char* format);
// "2026-11-26 14:05" in China Standard Time, for display.
std::string FormatLocalTime(int64_t unix_seconds);

}  // namespace gk
