// Logging set-up: every line on stderr is one JSON object.
#pragma once

#include <string>

namespace gk {

// Installs the JSON-lines formatter on spdlog's default (stderr) logger.
// `level` is one of trace, debug, info, warn, error.
void SetUpLogging(const std::string& level);

}  // namespace gk
