// Internal to search/: the index directory on disk.
//
//   <dir>/CURRENT    names the live generation; it is a Xapian stub database
//                    file ("auto g000002"), so `xapian-delve <dir>/CURRENT`
//                    inspects the live index.
//   <dir>/gNNNNNN/   one generation: a complete Xapian glass database.
//
// Rebuild writes a new generation beside the live one and switches by
// renaming a new CURRENT over the old (atomic on POSIX), then deletes the old
// generation. Generations not named by CURRENT are leftovers of an
// interrupted rebuild and are deleted on open.
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"

namespace gk::search::internal {

inline constexpr std::string_view kCurrentFile = "CURRENT";

// The live generation's name. kNotFound when there is no CURRENT file,
// kUnavailable when it exists but does not name a generation.
Result<std::string> ReadCurrent(const std::string& dir);

// Points CURRENT at `generation`, durably: temp file, fsync, rename, fsync
// of the directory.
Status WriteCurrent(const std::string& dir, const std::string& generation);

bool IsGenerationName(std::string_view name);
std::string GenerationName(unsigned long n);  // 1 -> "g000001"
// A name above every generation present in `dir`.
std::string NextGenerationName(const std::string& dir);
std::string GenerationPath(const std::string& dir, const std::string& generation);

// True when `dir` has no entries (or cannot be listed as having any).
bool IsEmptyDirectory(const std::string& dir);

// Deletes every generation directory in `dir` except `keep`. Best effort:
// a failure leaves a directory for the next open to remove.
void RemoveOtherGenerations(const std::string& dir, const std::string& keep);

}  // namespace gk::search::internal
