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

// One access-log line ({"type":"access",...}, without "ts" and "level",
// which are put in front): kept in the calling thread's buffer and written
// to stderr in whole lines within a second (FlushAccessLog), so request
// handling neither waits for stderr nor wakes another thread. Before
// SetUpLogging, or for a line that is not an object, goes to spdlog.
void LogAccess(std::string_view line);
// Writes every buffered access line now.
void FlushAccessLog();
// Stops the flusher thread and writes what is buffered: call before exit.
void StopAccessLog();

}  // namespace gk
