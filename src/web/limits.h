// Per-client limits and installation secrets kept in the database, so that
// they hold across restarts and are shared by every instance of the server.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"
#include "storage/database.h"

namespace gk::web {

// True, and counted, when `address` (a client's) made fewer than `max`
// counted attempts in `bucket` within the last `window` seconds. Addresses
// are counted by AddressGroup (an IPv6 client by its /64). Attempts older
// than a day are forgotten. A database failure lets the attempt
// through (the request itself will then fail on the database).
bool AllowAttempt(storage::Database& db, std::string_view bucket, const std::string& address, int max, int64_t window,
                  int64_t now);

// True the first time token `id` of `kind` is spent, false ever after (until
// `expires_at`, when the token is refused for its age anyway and its row is
// purged). Safe across instances: the database decides who was first. A
// database failure lets it through, as AllowAttempt does.
bool UseOnce(storage::Database& db, std::string_view kind, const std::string& id, int64_t expires_at, int64_t now);

// The installation's secret `name`: `bytes` random bytes, hex-encoded, made
// on first use and kept; every instance reads the same one.
Result<std::string> InstallationSecret(storage::Database& db, const std::string& name, size_t bytes);

}  // namespace gk::web
