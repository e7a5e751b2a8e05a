// HTTP handlers of 意见征集: the console's consultations of the user's
// agencies (a list, a new consultation or a draft's fields, a
// consultation's page with its actions and the adoption report; the
// comments with moderation, bulk decisions and the export), and the public
// pages at /consultations with the comment form, the author's look-up,
// the feed and /api/v1/consultations.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "access/model.h"
#include "common/generated_item.h"
#include "consultations/service.h"
#include "files/store.h"
#include "web/site.h"

namespace gk::consultations {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  ConsultationService* consultations = nullptr;
  int comments_per_hour = 10;  // per address ([consultations] comments_per_hour)
  files::FileStore* files = nullptr;  // the attachments' bytes
  // The catalogue, for the adoption report as an item in `report_column`
  // (CatalogueService::PutGenerated; consultations/ includes no other domain).
  std::function<Result<int64_t>(const access::Actor&, const access::User&, const GeneratedItem&, FieldErrors*)>
      put_item;
  std::string report_column = "yjzj";
};

inline ConsultationService& Consultations(web::Context& ctx) { return *ctx.Get<RouteDeps>().consultations; }

void RegisterConsoleRoutes(web::Site& site);
void RegisterCommentRoutes(web::Site& site);  // comment_routes.cc
void RegisterPublicRoutes(web::Site& site);
// The console dashboard's 意见征集 card: reports overdue, comments waiting.
void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);

}  // namespace gk::consultations
