// Shared by the fuzz targets: input helpers and checks that abort, so that
// libFuzzer keeps the input as a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "http/forms.h"

namespace gk::fuzz {

// Aborts with `what` when `ok` is false: a broken promise of the code under
// test is a finding just like a memory error.
inline void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz check failed: %s\n", what);
  std::abort();
}

// Text the parsers promise to hand on: valid UTF-8 without NUL bytes.
inline bool IsCleanText(std::string_view s) { return http::IsValidUtf8(s) && s.find('\0') == std::string_view::npos; }

// The input up to the first '\n' (without it) and the rest after it.
inline std::pair<std::string_view, std::string_view> SplitFirstLine(std::string_view in) {
  size_t nl = in.find('\n');
  if (nl == std::string_view::npos) return {in, {}};
  return {in.substr(0, nl), in.substr(nl + 1)};
}

}  // namespace gk::fuzz
