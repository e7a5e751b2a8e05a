// The service registry of the composition root: the web layer's Core plus
// every domain's services, built from the configuration by App::Create and
// handed to each domain's routes when they are registered (RegisterAllRoutes).
// Only app/ and the command line include this header; web/ knows no domain.
#pragma once

#include <memory>

#include "applications/routes.h"
#include "applications/service.h"
#include "auth/routes.h"
#include "calendar/service.h"
#include "catalogue/attachments.h"
#include "catalogue/frequent_searches.h"
#include "catalogue/indexing.h"
#include "catalogue/routes.h"
#include "catalogue/search_log.h"
#include "catalogue/service.h"
#include "consultations/routes.h"
#include "decisions/routes.h"
#include "events/routes.h"
#include "opinions/routes.h"
#include "proposals/routes.h"
#include "health/external_job.h"
#include "health/routes.h"
#include "reports/routes.h"
#include "files/store.h"
#include "lists/routes.h"
#include "messages/routes.h"
#include "ratings/routes.h"
#include "tasks/routes.h"
#include "search/index.h"
#include "supervision/routes.h"
#include "web/site.h"

namespace gk::app {

struct Services : web::Core {
  // 工作日历 administration: the years saved in the console, over `calendar`.
  std::unique_ptr<calendar::CalendarService> calendar_admin;
  std::unique_ptr<catalogue::CatalogueService> catalogue;
  // Full-text search; null when another process holds the index (the
  // command line while the server runs).
  std::unique_ptr<search::Index> search;
  // Keeps `search` in step with changes made by other processes; run by
  // the server's scheduler.
  std::unique_ptr<catalogue::SearchCatchUp> search_catch_up;
  // Set when the index must be rebuilt from the database (missing, empty or
  // found corrupt at start); the server does it in the background.
  bool search_needs_rebuild = false;
  std::unique_ptr<files::FileStore> files;                         // <data>/files, content-addressed
  std::unique_ptr<catalogue::AttachmentStore> attachments;         // items' files, kept in `files`
  std::unique_ptr<auth::AuthService> auth;                         // accounts, sessions; web::Core::identity
  std::unique_ptr<applications::ApplicationService> applications;  // 依申请公开
  // Staff-only full-text index of applications (<data>/search-applications);
  // null when another process holds it.
  std::unique_ptr<search::Index> application_search;
  bool application_search_needs_rebuild = false;
  // Search box queries, written in batches; started and stopped with the server.
  std::unique_ptr<catalogue::SearchLogBatcher> search_log;
  // 「您是不是要找」: frequent searches, from the log and as they come.
  std::unique_ptr<catalogue::FrequentSearches> frequent_searches;
  std::unique_ptr<supervision::DrawService> draws;  // 双随机、一公开
  std::unique_ptr<supervision::EnforcementService> enforcement;  // 行政执法公示
  std::unique_ptr<supervision::SamplingService> sampling;        // 监督抽查
  std::unique_ptr<ratings::RatingService> ratings;                // 好差评
  std::unique_ptr<lists::ListService> lists;                      // 公开清单
  std::unique_ptr<tasks::TaskService> tasks;                      // 重点工作
  std::unique_ptr<consultations::ConsultationService> consultations;  // 意见征集
  std::unique_ptr<messages::MessageService> messages;                 // 留言咨询
  std::unique_ptr<decisions::DecisionService> decisions;              // 重大行政决策事项目录
  std::unique_ptr<events::EventService> events;                       // 听证会, 政府开放日, 在线访谈
  std::unique_ptr<proposals::ProposalService> proposals;              // 建议提案
  std::unique_ptr<opinions::OpinionService> opinions;                 // 舆情 (staff only)
  std::unique_ptr<reports::ReportService> reports;                    // 政府信息公开年度报告
  std::unique_ptr<health::HealthService> health;                      // 网站健康检查
  // 外部链接检查's background job: made when external_links.enabled, run by Serve only.
  std::unique_ptr<health::ExternalLinkJob> external_links;

  // What each domain's routes are given (filled by RegisterAllRoutes).
  catalogue::RouteDeps catalogue_routes;
  applications::RouteDeps application_routes;
  auth::RouteDeps auth_routes;
  supervision::RouteDeps supervision_routes;
  ratings::RouteDeps rating_routes;
  lists::RouteDeps list_routes;
  tasks::RouteDeps task_routes;
  consultations::RouteDeps consultation_routes;
  messages::RouteDeps message_routes;
  decisions::RouteDeps decision_routes;
  events::RouteDeps event_routes;
  proposals::RouteDeps proposal_routes;
  opinions::RouteDeps opinion_routes;
  reports::RouteDeps report_routes;
  health::RouteDeps health_routes;
};

}  // namespace gk::app
