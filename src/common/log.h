// Logging set-up: every line on stderr is one JSON object.
#pragma once

#include <string>
#include <string_view>

namespace gk {

// Installs the JSON-lines formatter on spdlog's default (stderr) logger.
// `level` is one of trace, debug, info, warn, error.
void SetUpLogging(const std::string& level);

// Appends `s` to `out` as the inside of a JSON string (quotes, backslashes
// and control characters escaped; UTF-8 passed through).
void AppendJsonEscaped(std::string_view s, std::string& out);

// One access-log line ({"type":"access",...}), written by a background
// thread so request handling never waits for stderr.
void LogAccess(const std::string& line);

}  // namespace gk
