// The web layer shared by every domain: the route guard (one mechanism for
// authorisation and CSRF on every route), the request Context handlers get,
// and page rendering into the public and console layouts.
#pragma once

#include <ctemplate/template.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <typeindex>
#include <typeinfo>
#include <unordered_map>
#include <vector>

#include "access/identity.h"
#include "access/permissions.h"
#include "access/scope.h"
#include "common/calendar.h"
#include "common/changes.h"
#include "common/clock.h"
#include "config/config.h"
#include "http/assets.h"
#include "http/forms.h"
#include "http/message.h"
#include "http/router.h"
#include "storage/database.h"

namespace gk::web {

// Who may call a route.
enum class Access {
  kPublic,    // anyone
  kSignedIn,  // any signed-in user, even one who must still change the password
  kStaff,     // a signed-in user holding `permission`
};

struct Guard {
  Access access = Access::kPublic;
  access::Permission permission = access::Permission::kConsole;
};

inline Guard Public() { return {Access::kPublic, access::Permission::kConsole}; }
inline Guard SignedIn() { return {Access::kSignedIn, access::Permission::kConsole}; }
inline Guard Staff(access::Permission p = access::Permission::kConsole) { return {Access::kStaff, p}; }

// What the web layer itself needs, shared by every domain's handlers: the
// configuration, the database, who is signed in and the agencies, the clock and calendar,
// static files and the page cache. The domains' own services are not here:
// app/services.h (the composition root) owns them and hands each domain
// what it needs when it registers the domain's routes (Site::Provide). The
// web layer includes no domain header (checked by a unit test).
struct Core {
  config::Config config;
  std::shared_ptr<storage::Database> db;
  // Changes announced by the services; the app subscribes the page cache.
  ChangeAnnouncer changes;
  // Sessions and agencies, answered by the accounts module (auth::AuthService,
  // owned by app::Services, which sets this).
  access::Identity* identity = nullptr;
  const Clock* clock = nullptr;
  WorkCalendar calendar;  // loaded at start from paths.calendar_dir
  http::StaticFiles assets;
  http::ResponseCache cache;  // TTL set from server.page_cache_seconds at start
  std::string templates_dir;

  // The site's name: site.name, or else the first top-level agency's name
  // (re-read after the page cache is invalidated, i.e. after a change).
  // `read` is set to false when the agencies could not be read and the name
  // is a fallback.
  std::string SiteName(bool* read = nullptr);

 private:
  std::mutex site_name_mu_;
  std::string site_name_;
  uint64_t site_name_generation_ = ~0ULL;
};

class Site;

// A page being built: the layout's dictionary and, included in it as
// CONTENT, the dictionary of the page's own template.
class Page {
 public:
  Page(std::string title, const std::string& content_tpl);
  ctemplate::TemplateDictionary& content() { return *content_; }
  ctemplate::TemplateDictionary& layout() { return *top_; }
  const std::string& title() const { return title_; }

 private:
  std::string title_;
  std::unique_ptr<ctemplate::TemplateDictionary> top_;
  ctemplate::TemplateDictionary* content_;
};

// Per request.
class Context {
 public:
  Context(Site& site, const http::Request& req) : site_(site), req_(req) {}

  Core& services() const;
  const Site& site() const { return site_; }
  // A domain's dependencies, as app/ provided them (Site::Provide).
  template <typename T>
  T& Get() const;
  // The signed-in user, looked up from the session cookie on first use.
  const access::Principal* principal();
  const access::User* user();
  // Resolves the session cookie once; Unavailable when the database is.
  Status LoadPrincipal();
  // The signed-in user's agency scope (access/scope.h): the one rule for "may
  // this user do this in that agency", built on first use and kept for the
  // request. Grants nothing when nobody is signed in or the agencies cannot
  // be read.
  const access::Scope& scope();
  // Who acts, for the audit log.
  access::Actor actor() const;
  // The token to put in this page's forms (session-bound, or a cookie for
  // anonymous forms such as the login page).
  std::string CsrfToken();

  // A page in the public layout / the console layout. `nav` marks the current
  // navigation item by its URL.
  http::Response PublicPage(Page& page, const std::string& nav = {}, int status = 200);
  http::Response ConsolePage(Page& page, const std::string& nav = {}, int status = 200);
  http::Response ErrorPage(int status, const std::string& message = {});
  // Marks a public page the same for every visitor: kept in the page cache
  // until the next change, with that change's time as Last-Modified. Not
  // when a part of the page could not be read (see Got).
  http::Response Cacheable(http::Response r);
  // For a part of a page that may fail without failing the page (a sidebar
  // list, the related items, ...): returns s.ok(). A failure other than
  // NotFound marks the page incomplete, and an incomplete page is never
  // cached — or the outage would be served long after it ended.
  bool Got(const Status& s);
  template <typename T>
  bool Got(const Result<T>& r) {
    return Got(r.status());
  }
  bool incomplete() const { return incomplete_; }
  // A 303 redirect carrying a one-time message for the next page.
  http::Response RedirectWithFlash(const std::string& location, const std::string& message, bool success = true);
  // A Status turned into the right page (404, 403, 503, ...).
  http::Response FromStatus(const Status& s);

  // Adds Set-Cookie headers decided during the request.
  void AddCookie(std::string set_cookie) { cookies_.push_back(std::move(set_cookie)); }
  const std::vector<std::string>& cookies() const { return cookies_; }

 private:
  friend class Site;
  void FillLayout(Page& page);
  void FillDisplayTools(Page& page);
  void TakeFlash(Page& page);
  http::Response Render(const std::string& layout, Page& page, int status);

  Site& site_;
  const http::Request& req_;
  std::optional<access::Principal> principal_;
  bool principal_loaded_ = false;
  std::optional<access::Scope> scope_;
  std::string anon_csrf_;
  std::vector<std::string> cookies_;
  bool incomplete_ = false;
};

using PageHandler = std::function<http::Response(http::Request&, Context&)>;

struct RouteInfo {
  std::string method;
  std::string pattern;
  Guard guard;
};

class Site {
 public:
  explicit Site(Core& services) : services_(services) {}

  // Dependencies of one domain's routes, by type: the composition root
  // provides them before it registers that domain's routes, and handlers
  // reach them with Context::Get<T>(). `value` outlives the site.
  template <typename T>
  void Provide(T* value) {
    provided_[std::type_index(typeid(T))] = value;
  }
  template <typename T>
  T& Get() const {
    auto it = provided_.find(std::type_index(typeid(T)));
    if (it == provided_.end()) {
      // A route registered without its dependencies: a programming error
      // the route-walk test finds.
      std::fprintf(stderr, "web::Site: %s was not provided\n", typeid(T).name());
      std::abort();
    }
    return *static_cast<T*>(it->second);
  }

  // Registers a route behind the guard. Aborts on a malformed or duplicate
  // pattern: that is a programming error found at start-up.
  void Add(const std::string& method, const std::string& pattern, Guard guard, PageHandler handler,
           http::RouteOptions options = {});

  Core& services() { return services_; }
  const http::Router& router() const { return router_; }
  const std::vector<RouteInfo>& routes() const { return routes_; }
  // The error page for the server (malformed requests, 404, 405, 413, ...).
  http::Response ErrorPage(int status, const http::Request& req);

  static constexpr const char* kSessionCookie = "gk_session";
  static constexpr const char* kCsrfCookie = "gk_csrf";
  static constexpr const char* kFlashCookie = "gk_flash";

  // Served over HTTPS: server.tls, or a server.public_url starting with
  // https://. Then every cookie is Secure, and the session and CSRF cookies
  // are named "__Host-gk_session" / "__Host-gk_csrf", which browsers only
  // accept with Secure, Path=/ and no Domain: a sibling subdomain or a
  // plain-HTTP page cannot plant or overwrite them.
  bool https() const;
  std::string SessionCookie() const;
  std::string CsrfCookie() const;
  // Path=/, HttpOnly, SameSite=Lax, Secure over HTTPS; callers adjust the rest.
  http::CookieOptions Cookie() const;

 private:
  http::Response Dispatch(const Guard& guard, const PageHandler& handler, http::Request& req);
  // Steps 1-3 of Dispatch (who asks, body and CSRF, may they), then the handler.
  http::Response GuardAndHandle(const Guard& guard, const PageHandler& handler, http::Request& req, Context& ctx);

  Core& services_;
  std::unordered_map<std::type_index, void*> provided_;
  http::Router router_;
  std::vector<RouteInfo> routes_;
};

template <typename T>
T& Context::Get() const {
  return site_.Get<T>();
}

// Chinese title of an HTTP error status.
const char* ErrorTitle(int status);
// True for paths of the JSON API, which answer errors in JSON.
bool IsApiPath(const std::string& path);
// {"error": {"status": 403, "message": "..."}}
http::Response JsonError(int status, const std::string& message);

}  // namespace gk::web
