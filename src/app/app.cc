#include "app/app.h"

#include <ctemplate/template.h>
#include <spdlog/spdlog.h>

#include <filesystem>

#include "auth/routes.h"
#include "http/server.h"

namespace gk::app {

void RegisterAllRoutes(web::Site& site) {
  RegisterPublicRoutes(site);
  auth::RegisterSessionRoutes(site);
  auth::RegisterAdminRoutes(site);
}

Result<std::unique_ptr<App>> App::Create(const config::Config& config, const Clock& clock, bool migrate) {
  std::unique_ptr<App> app(new App());
  web::Services& s = app->services_;
  s.config = config;
  s.clock = &clock;
  s.templates_dir = config.paths.templates_dir;
  s.cache.set_ttl(config.server.page_cache_seconds);
  auto db = storage::Database::Open({config.database.url, config.data_dir, config.database.pool_size,
                                     config.database.busy_timeout_ms});
  if (!db.ok()) return db.status();
  s.db = db.value();
  if (migrate) {
    std::vector<std::string> applied;
    if (Status m = s.db->Migrate(&applied); !m.ok()) return m;
    for (const auto& f : applied) spdlog::info("applied migration {}", f);
  } else {
    auto pending = s.db->Pending();
    if (!pending.ok()) return pending.status();
    if (!pending->empty())
      return Status::Invalid("数据库有 " + std::to_string(pending->size()) + " 个未执行的迁移，请先运行 gongkai migrate");
  }
  s.auth = std::make_unique<auth::AuthService>(s.db, clock, config.auth);
  if (Status a = s.assets.Load(config.paths.static_dir); !a.ok()) return a;
  if (!std::filesystem::is_directory(s.templates_dir))
    return Status::Invalid("找不到模板目录 " + s.templates_dir + "（配置项 paths.templates_dir）");
  ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(s.templates_dir);
  app->site_ = std::make_unique<web::Site>(s);
  RegisterAllRoutes(*app->site_);
  return app;
}

Status App::Serve(const std::function<void(const std::string&)>& on_listening) {
  const auto& c = services_.config.server;
  http::ServerOptions o;
  o.listen = c.listen;
  o.io_threads = c.io_threads;
  o.worker_threads = c.worker_threads;
  o.max_connections = c.max_connections;
  o.header_limit = c.header_limit;
  o.body_limit = c.body_limit;
  o.upload_limit = c.upload_limit;
  o.read_timeout_seconds = c.read_timeout_seconds;
  o.pipeline_limit = c.pipeline_limit;
  o.keepalive_requests = c.keepalive_requests;
  o.shutdown_timeout_seconds = c.shutdown_timeout_seconds;
  o.hsts = c.tls;
  o.access_log = services_.config.log.access_log;
  web::Site* site = site_.get();
  http::Server server(o, site->router(), &services_.assets, &services_.cache,
                      [site](int status, const http::Request& req) { return site->ErrorPage(status, req); });
  if (Status s = server.Bind(); !s.ok()) return s;
  for (const auto& url : server.BoundUrls()) on_listening(url);
  server.Run();
  return Status::Ok();
}

}  // namespace gk::app
