#include "common/clock.h"

#include <chrono>
#include <ctime>

namespace gk {

int64_t SystemClock::Now() const {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string FormatChinaTime(int64_t t, const char* format) {
  std::time_t tt = static_cast<std::time_t>(t + 8 * 3600);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

std::string FormatLocalTime(int64_t t) { return FormatChinaTime(t, "%Y-%m-%d %H:%M"); }

}  // namespace gk
