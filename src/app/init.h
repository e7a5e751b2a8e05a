// `gongkai init`: a new installation, optionally with demonstration data.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "app/app.h"

namespace gk::app {

struct InitOptions {
  bool demo = false;
  std::string admin_password;  // empty: generate a one-time password
};

struct InitResult {
  std::string admin_username;
  std::string admin_password;
  bool must_change = true;
  // Demo staff: username, role label, password.
  std::vector<std::array<std::string, 3>> demo_users;
};

// REQUIRES: a migrated database. Refuses one that already has users.
Result<InitResult> InitInstallation(App& app, const InitOptions& options);

}  // namespace gk::app
