// HTTP handlers of 重点工作: the console's tasks of the user's agencies (a
// list filtered by year, kind and status, the form of a draft, a task's
// page with its milestones, progress reports and actions, the import of a
// year's list), and the public tracker per year at /tasks with each task's
// page, the feed and /api/v1/tasks.
#pragma once

#include "tasks/service.h"
#include "web/site.h"

namespace gk::tasks {

// What the routes use, given by the composition root (app/).
struct RouteDeps {
  TaskService* tasks = nullptr;
};

inline TaskService& Tasks(web::Context& ctx) { return *ctx.Get<RouteDeps>().tasks; }

void RegisterConsoleRoutes(web::Site& site);
void RegisterPublicRoutes(web::Site& site);
// The console dashboard's 重点工作 card: public tasks past their deadline
// or with a milestone overdue.
void FillDashboard(web::Context& ctx, ctemplate::TemplateDictionary& d);

}  // namespace gk::tasks
