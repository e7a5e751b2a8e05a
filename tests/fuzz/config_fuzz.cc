// Configuration files (src/config/config.h): TOML text to Config. The input
// is written to a file and loaded; each of its lines is also tried as a
// command-line override. Beyond memory safety, checks that every error has
// a message and that what Show() prints for a loaded config loads back to
// the same config (Show is how an administrator copies the effective one).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "fuzz_util.h"

namespace {

using gk::fuzz::Check;

std::string TempFile() {
  const char* dir = std::getenv("TMPDIR");
  return std::string(dir && *dir ? dir : "/tmp") + "/gk-config-fuzz-" + std::to_string(getpid()) + ".toml";
}

void Write(const std::string& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

std::vector<std::string> Lines(std::string_view in) {
  std::vector<std::string> lines;
  while (!in.empty() && lines.size() < 64) {
    auto [line, rest] = gk::fuzz::SplitFirstLine(in);
    lines.emplace_back(line);
    in = rest;
  }
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = TempFile();
  std::string_view in(reinterpret_cast<const char*>(data), size);
  Write(path, in);
  gk::config::Config c;
  gk::Status s = gk::config::Load(path, {}, {}, &c);
  if (s.ok()) {
    Write(path, gk::config::Show(c));
    gk::config::Config again;
    gk::Status s2 = gk::config::Load(path, {}, {}, &again);
    if (!s2.ok()) std::fprintf(stderr, "reload: %s\n", s2.message().c_str());
    Check(s2.ok(), "Show() output does not load");
    again.database.url = c.database.url;  // Show hides a password
    Check(again == c, "Show() output loads to a different config");
  } else {
    Check(!s.message().empty(), "error without a message");
  }
  gk::config::Config o;
  gk::Status so = gk::config::Load("", {}, Lines(in), &o);
  if (!so.ok()) Check(!so.message().empty(), "override error without a message");
  return 0;
}
