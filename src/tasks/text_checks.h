// The limits of the texts staff write into a task, shared by the forms and
// the import (internal to tasks/).
#pragma once

#include <cstddef>
#include <string>

#include "common/status.h"
#include "http/forms.h"

namespace gk::tasks {

inline constexpr size_t kMaxTitle = 200;      // characters
inline constexpr size_t kMaxLongText = 5000;  // content, problem, reports, completion
inline constexpr size_t kMaxReason = 500;     // postponement, withdrawal

// The texts are checked with http::CheckText (http/forms.h).
using http::CheckText;

}  // namespace gk::tasks
