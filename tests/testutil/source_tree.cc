#include "testutil/source_tree.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace gk::testing {

std::string SourceDir() {
  const char* src = std::getenv("GK_SOURCE_DIR");
  return src && *src ? src : GK_SHARE_DIR;
}

std::string CalendarDirThrough(int last_year) {
  namespace fs = std::filesystem;
  const fs::path from = fs::path(SourceDir()) / "data" / "calendar";
  char tmpl[] = "/tmp/gk-calendar-XXXXXX";
  if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
  int copied = 0;
  for (const auto& entry : fs::directory_iterator(from)) {
    const std::string name = entry.path().filename().string();
    // YYYY.toml only.
    if (name.size() != 9 || name.substr(4) != ".toml") continue;
    if (std::atoi(name.substr(0, 4).c_str()) > last_year) continue;
    fs::copy_file(entry.path(), fs::path(tmpl) / name);
    ++copied;
  }
  if (copied == 0) throw std::runtime_error("no calendar files in " + from.string());
  return tmpl;
}

const WorkCalendar& ShippedCalendarThrough2026() {
  static const WorkCalendar* calendar = [] {
    auto* c = new WorkCalendar;
    const std::string dir = CalendarDirThrough(2026);
    Status s = c->LoadDirectory(dir);
    std::filesystem::remove_all(dir);
    if (!s.ok()) throw std::runtime_error(s.message());
    return c;
  }();
  return *calendar;
}

}  // namespace gk::testing
