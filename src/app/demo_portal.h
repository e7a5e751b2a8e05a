// The demonstration of consolidated hosting (集约化) for `gongkai init --demo`.
#pragma once

#include "app/app.h"
#include "common/status.h"

namespace gk::app {

// The district bureau (历下区市场监督管理局) publishes in its own portal: its
// 政府信息公开指南, two 通知公告, a 工作动态, and its topic 食品药品安全监管
// (zt-spyp) with two sub-columns (校园周边, 餐饮服务), each holding an item
// that the topic lists too. Fixed dates in the first half of 2026, older
// than the bureau's newest items, so the site's own pages do not change.
// REQUIRES: the district exists and its columns are seeded.
Status CreateDemoPortal(App& app);

}  // namespace gk::app
