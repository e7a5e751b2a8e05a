// Composition root: builds the services from the configuration, registers
// every domain's routes and runs the server.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "app/services.h"
#include "common/status.h"
#include "config/config.h"
#include "web/site.h"

namespace gk::app {

class App {
 public:
  // Opens the database and loads templates and static files. With `migrate`,
  // applies pending migrations first; otherwise refuses a database that has
  // pending ones.
  static Result<std::unique_ptr<App>> Create(const config::Config& config, const Clock& clock, bool migrate);

  Services& services() { return services_; }
  web::Site& site() { return *site_; }

  // Binds, calls `on_listening` with each URL, serves until SIGTERM/SIGINT.
  Status Serve(const std::function<void(const std::string&)>& on_listening);

 private:
  App() = default;
  Services services_;
  std::unique_ptr<web::Site> site_;
};

// Opens (or sets aside and recreates) the search index of the data directory.
Status OpenSearch(Services& services);
// Opens (or leaves unopened) the staff-only index of applications.
void OpenApplicationSearch(Services& services);

// The default column tree for every agency that lacks it.
Status SeedAllColumns(Services& services);

// Provides each domain's dependencies to the site and registers every route
// of the program.
void RegisterAllRoutes(web::Site& site, Services& services);

// Public pages (home, agencies, sitemap, accessibility) and health checks.
void RegisterPublicRoutes(web::Site& site);

}  // namespace gk::app
