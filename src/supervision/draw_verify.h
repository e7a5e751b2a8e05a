// Checking a published draw: the JSON of GET /api/v1/draws/{id} (or of the
// draw page's download) recomputed with the algorithm it names. Used by
// `gongkai draw verify FILE`, and by the public verification page.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "supervision/draw.h"

namespace gk::supervision {

struct Verification {
  bool matches = false;
  // What differs, in Chinese, one line each (empty when it matches).
  std::vector<std::string> differences;
  DrawResult recomputed;
};

// Invalid when `json` is not a draw (not JSON, a member missing or of the
// wrong type, an algorithm version this program does not know) or cannot be
// recomputed; otherwise the comparison of the published input hash and
// result with the recomputed ones. `max_work` (0: no bound) bounds what a
// recomputation may cost — the targets, plus for each drawn target the
// inspector list it is drawn from and its picks — so that a public page
// cannot be made to spend seconds of CPU on one request.
Result<Verification> VerifyJson(const std::string& json, int64_t max_work = 0);

// The published JSON members of a draw (RULES §9; docs/api.md): seed,
// algorithm_version, targets, inspectors, exclusions, n, m, input_sha256,
// result.
std::string DrawJson(const DrawInput& input, const DrawResult& result);

}  // namespace gk::supervision
