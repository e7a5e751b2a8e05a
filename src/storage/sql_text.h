// Pieces of SQL text the domain stores share, written once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gk::storage {

// "1,2,3" for `IN (...)`; "0" (no row has id 0) for an empty list, so the
// clause stays valid and matches nothing. Ids are numbers: nothing to escape.
std::string IdList(const std::vector<int64_t>& ids);

// A LIKE pattern matching `text` anywhere, its wildcards escaped with '!':
// use it as `column LIKE :p ESCAPE '!'`.
std::string LikeContains(std::string_view text);

}  // namespace gk::storage
