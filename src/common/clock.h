// Injectable time: every rule that depends on "now" takes a Clock so tests
// can stand on any date. Dates and times in China: common/china_time.h.
#pragma once

#include <atomic>
#include <cstdint>

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

}  // namespace gk
