// /console/calendar: the 工作日历 administration pages (permission 管理工作日历).
#pragma once

#include "web/site.h"

namespace gk::calendar {

// GET /console/calendar, GET /console/calendar/{year}, POST /console/calendar.
void RegisterCalendarRoutes(web::Site& site);

}  // namespace gk::calendar
