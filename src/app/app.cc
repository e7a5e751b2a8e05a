#include "app/app.h"
#include "app/health_sources.h"
#include "app/report_sources.h"

#include <ctemplate/template.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include "applications/routes.h"
#include "auth/routes.h"
#include "calendar/routes.h"
#include "calendar/service.h"
#include "catalogue/indexing.h"
#include "catalogue/routes.h"
#include "common/memory.h"
#include "http/server.h"
#include "web/display.h"
#include "web/forms.h"

namespace gk::app {
namespace {

// The [enforcement] settings as the service takes them.
supervision::EnforcementSettings EnforcementSettingsOf(const config::Config::Enforcement& c) {
  supervision::EnforcementSettings e;
  e.licence_days = c.licence_days;
  e.penalty_days = c.penalty_days;
  e.other_days = c.other_days;
  e.withdraw_days = c.withdraw_days;
  e.low_fine_yuan = c.low_fine_yuan;
  return e;
}

}  // namespace

namespace {

// A public record type the site's search counts: how many of `filter`'s
// records (its public ones, set by the caller) match the text, by `list`
// (a service's page query) with one row asked for.
template <typename Filter, typename List>
catalogue::RecordSearch Counted(std::string label, std::string url, Filter filter, List list) {
  return {std::move(label), std::move(url), [filter, list](const std::string& text) -> Result<int64_t> {
            Filter f = filter;
            f.text = text;
            f.limit = 1;
            auto page = list(f);
            if (!page.ok()) return page.status();
            return page->total;
          }};
}

// The public records outside the catalogue the site's search also counts.
std::vector<catalogue::RecordSearch> OtherRecords(Services& s) {
  std::vector<catalogue::RecordSearch> out;
  supervision::store::DecisionFilter decisions;
  decisions.public_only = true;
  out.push_back(Counted("行政执法公示", "/enforcement?q=", decisions,
                        [svc = s.enforcement.get()](const auto& f) { return svc->List(f); }));
  supervision::store::ResultFilter results;
  results.public_only = true;
  out.push_back(Counted("监督抽查", "/sampling?q=", results,
                        [svc = s.sampling.get()](const auto& f) { return svc->Results(f); }));
  // Each public list (公开清单) by its name: 权责清单, 办事指南, …
  for (const auto& kind : lists::AllKinds()) {
    lists::store::EntryFilter entries;
    entries.kind = kind.code;
    entries.state = lists::EntryState::kPublished;
    out.push_back(Counted(kind.label, std::string("/lists/") + kind.code + "?q=", entries,
                          [svc = s.lists.get()](const auto& f) { return svc->List(f); }));
  }
  tasks::store::TaskFilter tasks;
  tasks.public_only = true;
  out.push_back(Counted("重点工作", "/tasks?q=", tasks, [svc = s.tasks.get()](const auto& f) { return svc->List(f); }));
  messages::store::MessageFilter messages;
  messages.state = messages::State::kPublished;
  out.push_back(
      Counted("留言咨询", "/messages?q=", messages, [svc = s.messages.get()](const auto& f) { return svc->List(f); }));
  decisions::store::DecisionFilter major;
  major.public_only = true;
  out.push_back(Counted("重大行政决策", "/decisions?q=", major,
                        [svc = s.decisions.get()](const auto& f) { return svc->List(f); }));
  events::store::EventFilter events;
  events.states = {events::State::kPublished, events::State::kHeld, events::State::kCancelled};
  out.push_back(
      Counted("听证会与开放日", "/events?q=", events, [svc = s.events.get()](const auto& f) { return svc->List(f); }));
  proposals::store::ProposalFilter proposals;
  proposals.state = proposals::State::kPublished;
  out.push_back(Counted("建议提案办理", "/proposals?q=", proposals,
                        [svc = s.proposals.get()](const auto& f) { return svc->List(f); }));
  consultations::store::ConsultationFilter consultations;
  consultations.public_only = true;
  out.push_back(Counted("意见征集", "/consultations?q=", consultations,
                        [svc = s.consultations.get()](const auto& f) { return svc->List(f); }));
  return out;
}

// CatalogueService::PutGenerated, for the domains that draft catalogue items
// from their records without including the catalogue.
std::function<Result<int64_t>(const access::Actor&, const access::User&, const GeneratedItem&, FieldErrors*)> PutItem(
    Services& s) {
  return [c = s.catalogue.get()](const access::Actor& actor, const access::User& user, const GeneratedItem& g,
                                 FieldErrors* errors) { return c->PutGenerated(actor, user, g, errors); };
}

}  // namespace

void RegisterAllRoutes(web::Site& site, Services& s) {
  // What each domain's routes are given: nothing more than they use.
  s.auth_routes.auth = s.auth.get();
  s.auth_routes.agency_created = {
      [catalogue = s.catalogue.get()](int64_t agency) { return catalogue->SeedColumns(agency); }};
  s.auth_routes.dashboard = {applications::FillDashboard,  supervision::FillEnforcementDashboard,
                             ratings::FillDashboard,       tasks::FillDashboard,
                             consultations::FillDashboard, messages::FillDashboard,
                             proposals::FillDashboard,     opinions::FillDashboard,
                             reports::FillDashboard,       catalogue::FillNormativeDashboard,
                             health::FillDashboard};
  s.catalogue_routes = {.catalogue = s.catalogue.get(),
                        .search = s.search.get(),
                        .attachments = s.attachments.get(),
                        .files = s.files.get(),
                        .search_log = s.search_log.get(),
                        .frequent_searches = s.frequent_searches.get(),
                        .other_records = OtherRecords(s)};
  s.application_routes = {.applications = s.applications.get(), .files = s.files.get()};
  site.Provide(&s.auth_routes);
  site.Provide(&s.catalogue_routes);
  site.Provide(&s.application_routes);
  site.Provide(s.calendar_admin.get());
  s.supervision_routes = {.draws = s.draws.get(), .enforcement = s.enforcement.get(), .sampling = s.sampling.get()};
  site.Provide(&s.supervision_routes);
  s.rating_routes = {
      .ratings = s.ratings.get(),
      .submissions_per_hour = s.config.ratings.submissions_per_hour,
      .put_item = PutItem(s),
      .item_status = [c = s.catalogue.get()](const std::string& source) { return c->GeneratedStatus(source); },
      .report_column = s.config.ratings.column};
  site.Provide(&s.rating_routes);
  s.list_routes = {.lists = s.lists.get()};
  site.Provide(&s.list_routes);
  s.task_routes = {.tasks = s.tasks.get()};
  site.Provide(&s.task_routes);
  s.consultation_routes = {.consultations = s.consultations.get(),
                           .comments_per_hour = s.config.consultations.comments_per_hour,
                           .files = s.files.get(),
                           .put_item = PutItem(s),
                           .report_column = s.config.consultations.column};
  site.Provide(&s.consultation_routes);
  s.message_routes = {.messages = s.messages.get(), .submissions_per_hour = s.config.messages.submissions_per_hour};
  site.Provide(&s.message_routes);
  s.decision_routes = {.decisions = s.decisions.get()};
  site.Provide(&s.decision_routes);
  s.event_routes = {.events = s.events.get()};
  site.Provide(&s.event_routes);
  s.proposal_routes = {.proposals = s.proposals.get()};
  site.Provide(&s.proposal_routes);
  s.opinion_routes = {.opinions = s.opinions.get()};
  site.Provide(&s.opinion_routes);
  s.report_routes = {
      .reports = s.reports.get(),
      .put_item = PutItem(s),
      .item_status = [c = s.catalogue.get()](const std::string& source) { return c->GeneratedStatus(source); },
      .column = "xxgk-ndbg",
      .tmp_dir = s.config.data_dir + "/tmp"};
  site.Provide(&s.report_routes);
  s.health_routes = {.health = s.health.get(), .site_agency = [&s]() { return SiteAgency(s); }};
  site.Provide(&s.health_routes);

  RegisterPublicRoutes(site);
  auth::RegisterSessionRoutes(site);
  auth::RegisterAdminRoutes(site);
  catalogue::RegisterConsoleRoutes(site);
  catalogue::RegisterPublicRoutes(site);
  catalogue::RegisterPortalRoutes(site);
  catalogue::RegisterFeedRoutes(site);
  catalogue::RegisterPolicyRoutes(site);
  catalogue::RegisterNormativeRoutes(site);
  catalogue::RegisterNegativeRoutes(site);
  catalogue::RegisterCleanupRoutes(site);
  catalogue::RegisterSearchRoutes(site);
  catalogue::RegisterAttachmentRoutes(site);
  catalogue::RegisterColumnRoutes(site);
  catalogue::RegisterExportRoutes(site);
  applications::RegisterPublicRoutes(site);
  applications::RegisterConsoleRoutes(site);
  calendar::RegisterCalendarRoutes(site);
  supervision::RegisterDrawConsoleRoutes(site);
  supervision::RegisterDrawPublicRoutes(site);
  supervision::RegisterEnforcementConsoleRoutes(site);
  supervision::RegisterEnforcementPublicRoutes(site);
  supervision::RegisterSamplingConsoleRoutes(site);
  supervision::RegisterSamplingPublicRoutes(site);
  ratings::RegisterConsoleRoutes(site);
  ratings::RegisterPublicRoutes(site);
  lists::RegisterConsoleRoutes(site);
  lists::RegisterPublicRoutes(site);
  tasks::RegisterConsoleRoutes(site);
  tasks::RegisterPublicRoutes(site);
  consultations::RegisterConsoleRoutes(site);
  consultations::RegisterPublicRoutes(site);
  messages::RegisterConsoleRoutes(site);
  messages::RegisterPublicRoutes(site);
  decisions::RegisterConsoleRoutes(site);
  decisions::RegisterPublicRoutes(site);
  events::RegisterConsoleRoutes(site);
  events::RegisterPublicRoutes(site);
  proposals::RegisterConsoleRoutes(site);
  proposals::RegisterPublicRoutes(site);
  opinions::RegisterConsoleRoutes(site);
  reports::RegisterConsoleRoutes(site);
  reports::RegisterPublicRoutes(site);
  health::RegisterConsoleRoutes(site);
}

Result<std::unique_ptr<App>> App::Create(const config::Config& config, const Clock& clock, bool migrate) {
  std::unique_ptr<App> app(new App());
  Services& s = app->services_;
  s.config = config;
  s.clock = &clock;
  s.templates_dir = config.paths.templates_dir;
  s.cache.set_ttl(config.server.page_cache_seconds);
  auto db = storage::Database::Open(
      {config.database.url, config.data_dir, config.database.pool_size, config.database.busy_timeout_ms});
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
      return Status::Invalid("数据库有 " + std::to_string(pending->size()) +
                             " 个未执行的迁移，请先运行 gongkai migrate");
  }
  s.auth = std::make_unique<auth::AuthService>(s.db, clock, config.auth);
  s.identity = s.auth.get();
  s.search_log = std::make_unique<catalogue::SearchLogBatcher>(
      [db = s.db](const std::vector<catalogue::SearchLogEntry>& rows) { return catalogue::WriteSearchLog(*db, rows); });
  s.frequent_searches = std::make_unique<catalogue::FrequentSearches>();
  if (Status a = s.assets.Load(config.paths.static_dir); !a.ok()) return a;
  if (!std::filesystem::is_directory(s.templates_dir))
    return Status::Invalid("找不到模板目录 " + s.templates_dir + "（配置项 paths.templates_dir）");
  ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(s.templates_dir);
  if (Status c = s.calendar.LoadDirectory(config.paths.calendar_dir); !c.ok())
    return Status::Invalid(c.message() + "（配置项 paths.calendar_dir）");
  s.calendar_admin = std::make_unique<calendar::CalendarService>(s.db, s.calendar, clock, config.paths.calendar_dir);
  if (Status o = s.calendar_admin->LoadOverrides(); !o.ok()) return o;
  catalogue::CatalogueOptions co;
  if (!config.catalogue.review_stages.empty()) co.stages = config.catalogue.review_stages;
  co.index_pattern = config.catalogue.index_pattern;
  const WorkCalendar* calendar = &s.calendar;
  co.working_days_between = [calendar](Date from, Date to) { return calendar->WorkingDaysBetween(from, to, nullptr); };
  s.catalogue = std::make_unique<catalogue::CatalogueService>(s.db, clock, co);
  applications::ApplicationsOptions ao;
  ao.clock.fee_pauses_clock = config.applications.fee_pauses_clock;
  ao.correction_period_days = config.applications.correction_period_days;
  ao.reconsideration_body = config.applications.reconsideration_body;
  ao.court = config.applications.court;
  ao.letters_dir = s.templates_dir + "/letters";
  ao.agency_address = config.site.contact_address;
  ao.agency_phone = config.site.contact_phone;
  ao.public_url = config.server.public_url;
  s.applications = std::make_unique<applications::ApplicationService>(s.db, clock, s.calendar, ao);
  // Open applications' stored due dates follow a corrected calendar.
  s.calendar_admin->AddYearSavedListener([applications = s.applications.get()](int) -> std::string {
    auto n = applications->RecomputeOpen();
    if (n.ok() && n.value() > 0) return "已据此更新 " + std::to_string(n.value()) + " 件在办申请的答复期限。";
    return "";
  });
  s.draws = std::make_unique<supervision::DrawService>(s.db, clock);
  s.enforcement = std::make_unique<supervision::EnforcementService>(
      s.db, clock, s.calendar, EnforcementSettingsOf(config.enforcement),
      config.enforcement.name_mask == "ends" ? text::NameMask::kKeepEnds : text::NameMask::kKeepSurname);
  s.sampling = std::make_unique<supervision::SamplingService>(s.db, clock);
  s.ratings = std::make_unique<ratings::RatingService>(
      s.db, clock, s.calendar, ratings::RatingSettings{config.ratings.visit_days, config.ratings.rectify_days});
  s.lists = std::make_unique<lists::ListService>(s.db, clock);
  s.tasks = std::make_unique<tasks::TaskService>(s.db, clock);
  s.consultations = std::make_unique<consultations::ConsultationService>(
      s.db, clock,
      consultations::ConsultationSettings{config.consultations.report_days, config.consultations.screen_words});
  s.messages = std::make_unique<messages::MessageService>(s.db, clock, s.calendar,
                                                          messages::MessageSettings{config.messages.answer_days});
  s.decisions = std::make_unique<decisions::DecisionService>(s.db, clock);
  s.events = std::make_unique<events::EventService>(s.db, clock);
  s.proposals = std::make_unique<proposals::ProposalService>(s.db, clock);
  s.opinions = std::make_unique<opinions::OpinionService>(s.db, clock);
  s.reports = std::make_unique<reports::ReportService>(s.db, clock, ReportSources(s));
  s.health = std::make_unique<health::HealthService>(s.db, clock, HealthSources(s));
  s.health->SetExternalLinksEnabled(config.external_links.enabled);
  if (config.external_links.enabled) s.external_links = MakeExternalLinkJob(s);
  // An answer to a 舆情 may name the 回应关切 item that published it.
  s.opinions->SetItemLookup(
      [c = s.catalogue.get()](int64_t agency, const std::string& index_no) -> std::optional<std::string> {
        auto item = c->GetByIndexNo(index_no);
        if (!item.ok() || item->state != catalogue::State::kPublished || item->agency_id != agency) return std::nullopt;
        return item->title;
      });
  // A major decision links to its consultation (of the same agency) and to
  // the decision as published in the catalogue.
  s.decisions->SetLookups(
      [c = s.consultations.get()](int64_t id) -> std::optional<decisions::LinkedConsultation> {
        auto found = c->Get(id);
        if (!found.ok() || found->state == consultations::State::kDraft) return std::nullopt;
        return decisions::LinkedConsultation{found->agency_id, found->title};
      },
      [cat = s.catalogue.get()](const std::string& index_no) -> std::optional<std::string> {
        auto item = cat->GetByIndexNo(index_no);
        if (!item.ok() || item->state != catalogue::State::kPublished) return std::nullopt;
        return item->title;
      });
  // A handled application can be rated by its applicant: found by number and
  // 查询码, once it is closed (办结).
  s.ratings->SetApplicationLookup(
      [apps = s.applications.get()](const std::string& number,
                                    const std::string& code) -> std::optional<ratings::RatedSubject> {
        auto c = apps->Lookup(number, code);
        if (!c.ok() || (c->app.state != applications::State::kClosed && c->app.state != applications::State::kArchived))
          return std::nullopt;
        return ratings::RatedSubject{c->app.agency_id, "政府信息公开申请 " + c->app.number, "政府信息公开工作机构"};
      });
  // An answered message can be rated by its asker: found by number and 查询码.
  s.ratings->SetMessageLookup(
      [msgs = s.messages.get()](const std::string& number,
                                const std::string& code) -> std::optional<ratings::RatedSubject> {
        auto m = msgs->Lookup(web::ParseId(number), code);
        if (!m.ok() || !m->answered_on) return std::nullopt;
        return ratings::RatedSubject{m->agency_id, "留言 " + std::to_string(m->id) + "：" + m->title,
                                     m->department.empty() ? "政府信息公开工作机构" : m->department};
      });
  if (Status opened = OpenSearch(s); !opened.ok()) return opened;
  OpenApplicationSearch(s);
  s.files = std::make_unique<files::FileStore>(config.data_dir + "/files");
  s.attachments = std::make_unique<catalogue::AttachmentStore>(s.db, *s.files, clock);
  Services* services = &s;
  s.catalogue->SetPublicationListener([services](const catalogue::Item& item) {
    if (services->search) {
      if (Status u = catalogue::UpdateSearch(*services->search, item); !u.ok())
        spdlog::error("search index update failed for item {}: {}", item.id, u.message());
      else if (services->search_catch_up) services->search_catch_up->Noted(item);
    }
  });
  // The one place the page cache follows changes: whatever a service
  // announces (publications, agencies, columns, calendar years) empties it.
  s.changes.Subscribe([services](const Change&) { services->cache.Invalidate(); });
  // A publication or withdrawal may add or remove links to other sites.
  s.changes.Subscribe([services](const Change& c) {
    if (c.kind == ChangeKind::kItem && services->external_links) services->external_links->Touch();
  });
  s.auth->SetChangeAnnouncer(&s.changes);
  s.catalogue->SetChangeAnnouncer(&s.changes);
  s.calendar_admin->SetChangeAnnouncer(&s.changes);
  s.draws->SetChangeAnnouncer(&s.changes);
  s.enforcement->SetChangeAnnouncer(&s.changes);
  s.sampling->SetChangeAnnouncer(&s.changes);
  s.ratings->SetChangeAnnouncer(&s.changes);
  s.lists->SetChangeAnnouncer(&s.changes);
  s.tasks->SetChangeAnnouncer(&s.changes);
  s.consultations->SetChangeAnnouncer(&s.changes);
  s.messages->SetChangeAnnouncer(&s.changes);
  s.decisions->SetChangeAnnouncer(&s.changes);
  s.events->SetChangeAnnouncer(&s.changes);
  s.proposals->SetChangeAnnouncer(&s.changes);
  if (Status seeded = SeedAllColumns(s); !seeded.ok()) return seeded;
  app->site_ = std::make_unique<web::Site>(s);
  RegisterAllRoutes(*app->site_, s);
  return app;
}

// The search index lives in <data>/search. A corrupt one is set aside and
// rebuilt; one held by another process is left alone.
Status OpenSearch(Services& s) {
  const std::string dir = s.config.data_dir + "/search";
  auto index = search::Index::Open(dir);
  if (!index.ok() && index.status().code() == Code::kUnavailable) {
    auto moved = search::Index::Quarantine(dir);
    spdlog::warn("search index unusable ({}); set aside as {} and rebuilding", index.status().message(),
                 moved.ok() ? moved.value() : "?");
    index = search::Index::Open(dir);
    s.search_needs_rebuild = true;
  }
  if (!index.ok()) {
    if (index.status().code() == Code::kConflict) {
      spdlog::warn("search index is in use by another process: this command leaves it alone");
      return Status::Ok();
    }
    return index.status();
  }
  s.search = std::move(index).value();
  auto count = s.search->Count();
  auto outdated = s.search->NeedsRebuild();
  if (count.ok() && count.value() == 0) s.search_needs_rebuild = true;
  if (outdated.ok() && outdated.value()) {
    spdlog::info("search index is from an older version: rebuilding it while serving");
    s.search_needs_rebuild = true;
  }
  return Status::Ok();
}

// The applications' own index (staff only, never the public search) in
// <data>/search-applications. Without it text search falls back to LIKE.
void OpenApplicationSearch(Services& s) {
  const std::string dir = s.config.data_dir + "/search-applications";
  auto index = search::Index::Open(dir);
  if (!index.ok() && index.status().code() == Code::kUnavailable) {
    (void)search::Index::Quarantine(dir);
    index = search::Index::Open(dir);
  }
  if (!index.ok()) {
    spdlog::warn("applications index not opened ({}): text search uses plain matching", index.status().message());
    return;
  }
  s.application_search = std::move(index).value();
  s.applications->SetIndex(s.application_search.get());
  auto count = s.application_search->Count();
  auto outdated = s.application_search->NeedsRebuild();
  s.application_search_needs_rebuild = (count.ok() && count.value() == 0) || (outdated.ok() && outdated.value());
}

Status SeedAllColumns(Services& s) {
  auto agencies = s.auth->ListAgencies();
  if (!agencies.ok()) return agencies.status();
  for (const auto& a : agencies.value())
    if (Status c = s.catalogue->SeedColumns(a.id); !c.ok()) return c;
  return Status::Ok();
}

Status App::Serve(const std::function<void(const std::string&)>& on_listening) {
  const auto& c = services_.config.server;
  http::ServerOptions o;
  o.listen = c.listen;
  o.io_threads = c.io_threads;
  o.worker_threads = c.worker_threads;
  o.max_connections = c.max_connections;
  o.max_connections_per_address = c.max_connections_per_address;
  o.header_limit = c.header_limit;
  o.body_limit = c.body_limit;
  o.upload_limit = c.upload_limit;
  o.read_timeout_seconds = c.read_timeout_seconds;
  o.pipeline_limit = c.pipeline_limit;
  o.keepalive_requests = c.keepalive_requests;
  o.shutdown_timeout_seconds = c.shutdown_timeout_seconds;
  o.hsts = c.tls;
  o.access_log = services_.config.log.access_log;
  o.trusted_proxies = c.trusted_proxies;
  o.cache_variant = web::CacheVariant;
  web::Site* site = site_.get();
  http::Server server(o, site->router(), &services_.assets, &services_.cache,
                      [site](int status, const http::Request& req) { return site->ErrorPage(status, req); });
  if (Status s = server.Bind(); !s.ok()) return s;
  for (const auto& url : server.BoundUrls()) on_listening(url);
  // Scheduled publication: what fell due while stopped goes out now, then
  // every catalogue.scheduler_seconds, until the server stops.
  const auto interval = std::chrono::seconds(services_.config.catalogue.scheduler_seconds);
  if (services_.search) services_.search_catch_up = std::make_unique<catalogue::SearchCatchUp>(services_.clock->Now());
  std::mutex mu;
  std::condition_variable cv;
  bool stop = false;
  constexpr int64_t kFrequentSearchesEvery = 600;  // seconds
  int64_t next_frequent_load = 0;                  // used by the scheduler thread only
  std::thread scheduler([&] {
    std::unique_lock lock(mu);
    do {
      lock.unlock();
      auto n = services_.catalogue->PublishDue();
      if (!n.ok()) spdlog::warn("scheduled publication failed: {}", n.status().message());
      else if (n.value() > 0) spdlog::info("published {} scheduled items", n.value());
      // Enforcement decisions whose publication period ended (public reads
      // already hide them; this records the end, audits it and empties the
      // page cache).
      auto expired = services_.enforcement->SweepExpired();
      if (!expired.ok()) spdlog::warn("enforcement expiry sweep failed: {}", expired.status().message());
      else if (expired.value() > 0)
        spdlog::info("{} enforcement decisions reached the end of their period", expired.value());
      // On the same beat, the search index catches up with changes made by
      // other processes (an import from the command line, another instance).
      if (services_.search && services_.search_catch_up) {
        auto caught = services_.search_catch_up->Run(*services_.catalogue, *services_.search);
        if (!caught.ok()) spdlog::warn("search index catch-up failed: {}", caught.status().message());
        else if (caught.value() > 0)
          spdlog::info("search index: {} items changed elsewhere brought up to date", caught.value());
      }
      // 「您是不是要找」 reads the search log now and then (searches between
      // reads are counted as they come).
      if (const int64_t now = services_.clock->Now(); now >= next_frequent_load) {
        Status f = services_.frequent_searches->Load(*services_.db, now);
        if (!f.ok()) spdlog::warn("reading frequent searches failed: {}", f.message());
        next_frequent_load = now + kFrequentSearchesEvery;
      }
      TrimMemory();  // what large pages built since the last round left free
      lock.lock();
    } while (!cv.wait_for(lock, interval, [&] { return stop; }));
  });
  // A missing or set-aside index is rebuilt while the server already serves:
  // the catalogue's, then the applications' — one after the other, so the
  // indexing buffers are not held twice at once. Stopping the server
  // abandons the catalogue's rebuild (the old index stays; the next start
  // begins again) instead of waiting for it.
  std::atomic<bool> stopping{false};
  std::thread rebuild([this, &stopping] {
    if (services_.search && services_.search_needs_rebuild) {
      Status r = catalogue::RebuildSearch(*services_.catalogue, *services_.search, nullptr, &stopping);
      if (r.ok()) spdlog::info("search index rebuilt");
      else spdlog::error("search index rebuild failed: {}", r.message());
    }
    if (services_.application_search && services_.application_search_needs_rebuild && !stopping.load()) {
      Status r = services_.applications->RebuildIndex();
      if (!r.ok()) spdlog::error("applications index rebuild failed: {}", r.message());
    }
  });
  // Applications: due dates follow the calendar as it is now (a year may
  // have been added).
  std::thread applications([this] {
    auto n = services_.applications->RecomputeOpen();
    if (!n.ok()) spdlog::warn("recomputing due dates failed: {}", n.status().message());
    else if (n.value() > 0) spdlog::info("due dates of {} open applications changed", n.value());
  });
  // Links to other sites are checked in the background at a polite rate.
  if (services_.external_links) services_.external_links->Start();
  services_.search_log->Start();
  server.Run();
  if (services_.external_links) services_.external_links->Stop();  // cancels a request in flight
  services_.search_log->Stop();  // the requests are done: write what they queued
  stopping = true;
  rebuild.join();
  applications.join();
  {
    std::lock_guard lock(mu);
    stop = true;
  }
  cv.notify_all();
  scheduler.join();
  return Status::Ok();
}

}  // namespace gk::app
