#include "common/clock.h"

#include <chrono>
#include <ctime>

namespace gk {

int64_t SystemClock::Now() const {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string FormatLocalTime(int64_t t) {
  // China has one time zone and no daylight saving time: UTC+8 always.
  std::time_t tt = static_cast<std::time_t>(t + 8 * 3600);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
  return buf;
}

}  // namespace gk
