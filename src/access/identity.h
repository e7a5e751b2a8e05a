// What the web layer asks about identity, answered by the accounts module
// (auth::AuthService) that the composition root (app/) installs: web/ knows
// neither auth/ nor any other domain.
#pragma once

#include <string>
#include <vector>

#include "access/model.h"
#include "common/status.h"

namespace gk::access {

class Identity {
 public:
  virtual ~Identity() = default;
  // The signed-in user of a session token. kUnauthenticated for an unknown,
  // expired or revoked session; kUnavailable when the database is down.
  virtual Result<Principal> Authenticate(const std::string& token) = 0;
  // Every agency, parents before children (SiteAgency picks the site's own).
  virtual Result<std::vector<Agency>> ListAgencies() = 0;
};

}  // namespace gk::access
