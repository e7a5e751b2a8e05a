// The checks of the texts staff write into a task, shared by the forms and
// the import (internal to tasks/).
#pragma once

#include <cstddef>
#include <string>

#include "common/status.h"

namespace gk::tasks {

inline constexpr size_t kMaxTitle = 200;      // characters
inline constexpr size_t kMaxLongText = 5000;  // content, problem, reports, completion
inline constexpr size_t kMaxReason = 500;     // postponement, withdrawal

// Adds to `errors` under `field` when `value` is not valid UTF-8, is empty
// while `required`, or is longer than `max` characters.
void CheckText(const std::string& field, const std::string& value, const char* label, size_t max, bool required,
               FieldErrors* errors);

}  // namespace gk::tasks
