// What each role may do: one table, consulted by the route guard for every
// request and by services for agency scope. Handlers never check roles
// themselves.
#pragma once

#include <vector>

#include "access/model.h"

namespace gk::access {

enum class Permission {
  kConsole,         // open the staff console at all
  kManageAgencies,  // create and edit agencies
  kManageDepartments,
  kManageUsers,
  kViewAudit,
  kEditItems,           // write and submit catalogue items (信息员, 公开办)
  kReviewItems,         // decide review stages (审核员)
  kWithdrawItems,       // take published items down (公开办)
  kManageColumns,       // the column tree (管理员)
  kHandleApplications,  // 依申请公开: register, handle and decide applications (公开办)
  kAnswerApplications,  // answer a 协查 assigned to one's department (信息员, 公开办)
  kManageCalendar,      // add or correct a year of the working-day calendar (管理员 for every agency:
                        // the calendar is the installation's, so an agency's own 管理员 lacks it)
  kManageDraws,         // 双随机: import lists, prepare draws, record conflicts and results (信息员, 公开办)
  kRunDraws,            // 双随机: announce a plan, lock the seed, run or cancel a draw (公开办)
  kManageEnforcement,   // 行政执法公示: enter and correct decisions before publication (信息员, 公开办)
  kPublishEnforcement,  // 行政执法公示: publish, import and withdraw decisions (公开办)
  kManageSampling,      // 监督抽查: import and correct a batch of results before publication (信息员, 公开办)
  kPublishSampling,     // 监督抽查: publish and withdraw a batch (公开办)
  kHandleRatings,       // 好差评: visit and rectify bad ratings, record the rater's response (信息员, 公开办)
  kManageRatings,       // 好差评: the list of rated services; decide appeals against ratings (公开办)
  kManageLists,         // 公开清单: write and correct draft entries, import lists (信息员, 公开办)
  kPublishLists,        // 公开清单: publish, correct published, withdraw entries (公开办)
  kManageTasks,         // 重点工作: write draft tasks, add milestones and progress reports (信息员, 公开办)
  kPublishTasks,        // 重点工作: publish, postpone, complete and withdraw tasks (公开办)
  kManageConsultations,   // 意见征集: write drafts, moderate comments, record decisions (信息员, 公开办)
  kPublishConsultations,  // 意见征集: publish and withdraw consultations, publish the adoption report (公开办)
  kAnswerMessages,        // 留言咨询: answer a message (信息员, 公开办)
  kManageMessages,        // 留言咨询: assign messages to departments, publish or withhold them (公开办)
  kManageDecisions,       // 重大行政决策: write the catalogue's entries and record their stages (信息员, 公开办)
  kPublishDecisions,      // 重大行政决策: publish and withdraw entries (公开办)
  kWaiveInterpretation,   // 政策解读: let a policy go out without its interpretation, with a recorded reason (公开办)
  kManageEvents,          // 听证会/开放日/访谈: write events, record their summary, see registrations (信息员, 公开办)
  kPublishEvents,         // 听证会/开放日/访谈: publish and cancel events, publish the participant list (公开办)
  kManageProposals,       // 建议提案: register, correct and answer 建议 and 提案 (信息员, 公开办)
  kPublishProposals,      // 建议提案: publish or withhold the handling results (公开办)
  kManageOpinions,        // 舆情: the staff's register of public-opinion events and the answers given (信息员, 公开办)
  kManageContentRules,    // 内容检查: the installation's sensitive-wording list (管理员 for every agency)
  kManageNegativeList,    // 负面清单: the agency's list of what it does not disclose, with the legal basis (公开办)
  kCheckSiteHealth,       // 网站健康检查: see the site's health and set the columns' update requirements (公开办, 管理员)
  kCleanupNormative,      // 规范性文件清理: record a cleanup's decisions on the agency's 规章 and 行政规范性文件 (公开办)
  kCompileReports,        // 年度报告: compile the annual report, enter its figures and texts, draft it for review (公开办)
};

const char* PermissionLabel(Permission p);

// True when the grant's role carries `p` (whatever its agency).
bool GrantCarries(const RoleGrant& g, Permission p);
// True when any of the user's roles grants `p` (in any agency).
bool Allows(const User& u, Permission p);
// True when the user holds `p` for agency `agency_id`, through a grant for it,
// for one of its ancestors (`ancestors`, nearest first) or for every agency.
// The primitive under access::Scope (access/scope.h), which modules use.
bool AllowsFor(const User& u, Permission p, int64_t agency_id, const std::vector<int64_t>& ancestors);

}  // namespace gk::access
