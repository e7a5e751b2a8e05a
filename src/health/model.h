// Site health (网站健康检查) against the national inspection of government
// websites (国办秘函〔2019〕19号, RULES.md §8): the findings the 公开办 fixes
// before an inspector finds them. Pure: the service gathers the facts from
// the other domains through the sources the composition root wires
// (health/ includes no other domain); Evaluate applies the rules.
//
// The single-veto items (单项否决), any one of which fails the site:
//   - the home page not updated for 2 weeks (14 days);
//   - of each agency's columns (each hosted agency's portal is judged on its
//     own), those that must be updated and were not: 动态/要闻 columns within 2
//     weeks plus 通知公告/政策文件 columns within 6 months, together ≥ 5; or ≥
//     10 columns that must be updated, of any class, not updated; or ≥ 5 empty
//     columns;
//   - any valid public message left unanswered more than 3 months.
// Near a veto (the dashboard shows these in red before they are breached):
// the home page or a 2-week column 10 days or more without an update, a
// 6-month column within 30 days of its limit, a message unanswered for 2
// months.
// Besides, as warnings: each stale and each empty column, broken internal
// links and missing attachments in published bodies, links to other sites
// the background job found failing twice in a row (external.h), published
// items missing required metadata, policies published without the
// interpretation they need.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"
#include "common/status.h"

namespace gk::health {

// How often a column must be updated (栏目更新要求).
enum class UpdateRule { kNone, kTwoWeeks, kSixMonths };
const char* UpdateRuleCode(UpdateRule r);   // "none" "2w" "6m"
const char* UpdateRuleLabel(UpdateRule r);  // "不要求" "两周（动态、要闻类）" "六个月（通知公告、政策文件类）"
bool ParseUpdateRule(std::string_view code, UpdateRule* out);
// The default of a column by its code: 工作动态 (gzdt) two weeks; 通知公告
// (tzgg) and 政策文件 (zcwj) six months; others none.
UpdateRule DefaultUpdateRule(std::string_view code);
// The last day a column last updated on `last` is still fresh under `rule`
// (none for kNone).
std::optional<Date> FreshUntil(UpdateRule rule, Date last);

struct ColumnFacts {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string agency;  // name
  std::string name;
  std::string code;
  UpdateRule rule = UpdateRule::kNone;
  bool leaf_list = true;          // a list column without children: may be "empty"
  std::optional<Date> last;       // China date of its latest publication
  int64_t items = 0;              // published items
};

struct LinkProblem {
  int64_t agency_id = 0;
  std::string item_title;
  std::string item_url;  // console URL of the item to fix
  std::string target;    // the broken link or the missing attachment's name
  bool attachment = false;
};

// A link to another site reported broken (external.h ReportedBroken), once
// for each published item linking to it.
struct ExternalProblem {
  int64_t agency_id = 0;
  std::string item_title;
  std::string item_url;  // console URL of the item to fix
  std::string target;    // the URL
  std::string result;    // the last result in Chinese (ResultLabel)
  Date checked_on;       // last checked
  Date failing_since;    // the first of the failures in a row
};

// 外部链接检查 as a whole: the background job's progress over the URLs the
// published bodies link to now.
struct ExternalSummary {
  bool enabled = true;        // external_links.enabled
  int64_t linked = 0;         // distinct URLs in published bodies
  int64_t checked = 0;        // of them checked at least once
  int64_t broken = 0;         // of them reported broken
  std::string last_checked;   // China time "YYYY-MM-DD HH:MM" of the latest check; "" none
  bool operator==(const ExternalSummary&) const = default;
};

struct MetadataProblem {
  int64_t agency_id = 0;
  std::string item_title;
  std::string item_url;
  std::vector<std::string> missing;  // 成文日期, 主题分类, ...
};

struct MessageFacts {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string title;
  Date received_on;
  bool breach = false;  // unanswered beyond the inspection's 3 months (messages::InspectionBreach)
};

struct PolicyGap {
  int64_t agency_id = 0;
  std::string title;
  std::string url;
};

struct Facts {
  Date today;
  std::optional<Date> homepage_last;  // latest publication shown on the home page
  std::vector<ColumnFacts> columns;
  std::vector<LinkProblem> links;
  int64_t links_checked = 0;
  std::vector<ExternalProblem> external;
  ExternalSummary external_summary;
  std::vector<MetadataProblem> metadata;
  int64_t metadata_total = 0;  // may exceed metadata.size() (the list is capped)
  std::vector<MessageFacts> messages;  // unanswered for 2 months or more
  std::vector<PolicyGap> interpretations_missing;
  int64_t items_checked = 0;
};

enum class Severity { kVeto, kNear, kWarning };
const char* SeverityCode(Severity s);   // "veto" "near" "warning"
const char* SeverityLabel(Severity s);  // "单项否决" "即将否决" "提示"

struct Finding {
  std::string rule;  // "homepage", "columns", "column_stale", "column_empty", "empty_columns", "message", "link",
                     // "attachment", "external_link", "metadata", "interpretation"
  Severity severity = Severity::kWarning;
  std::string message;  // Chinese
  std::string url;      // where to fix it ("" when there is no one place)
  int64_t agency_id = 0;  // whose it is; 0: the site as a whole
};

struct Report {
  Date today;
  std::vector<Finding> findings;  // vetoes first, then near, then warnings
  int vetoes = 0;
  int near = 0;
  int stale_columns = 0;
  int empty_columns = 0;
  int64_t items_checked = 0;
  int64_t links_checked = 0;
  ExternalSummary external;  // the full check only
};

Report Evaluate(const Facts& facts);

// {"today", "vetoes", "near", "findings": [{"rule","severity","message","url"}], "stale_columns", "empty_columns",
// "items_checked", "links_checked", "external_links": {"enabled", "linked", "checked", "broken", "last_checked"
// (China time "YYYY-MM-DD HH:MM" or null)}}.
std::string ReportJson(const Report& r);

// The internal link targets of a Markdown body: "/items/…", "/files/…",
// "/columns/…" and the other site paths in (…) of a link or image and in
// <…> autolinks; external and relative links are not returned.
std::vector<std::string> InternalLinks(std::string_view markdown);

}  // namespace gk::health
