#include "access/permissions.h"

#include <algorithm>

namespace gk::access {
namespace {

bool RoleHas(Role r, Permission p) {
  switch (p) {
    case Permission::kConsole:
      return true;
    case Permission::kManageAgencies:
    case Permission::kManageDepartments:
    case Permission::kManageUsers:
    case Permission::kViewAudit:
    case Permission::kManageColumns:
    case Permission::kManageCalendar:
    case Permission::kManageContentRules:
      return r == Role::kAdmin;
    case Permission::kEditItems:
      return r == Role::kEditor || r == Role::kOfficer;
    case Permission::kReviewItems:
      return r == Role::kReviewer;
    case Permission::kWithdrawItems:
    case Permission::kHandleApplications:
      return r == Role::kOfficer;
    case Permission::kAnswerApplications:
    case Permission::kManageDraws:
    case Permission::kManageEnforcement:
    case Permission::kManageSampling:
    case Permission::kHandleRatings:
    case Permission::kManageLists:
    case Permission::kManageTasks:
    case Permission::kManageConsultations:
    case Permission::kAnswerMessages:
    case Permission::kManageDecisions:
    case Permission::kManageEvents:
    case Permission::kManageProposals:
    case Permission::kManageOpinions:
      return r == Role::kEditor || r == Role::kOfficer;
    case Permission::kRunDraws:
    case Permission::kPublishEnforcement:
    case Permission::kPublishSampling:
    case Permission::kManageRatings:
    case Permission::kPublishLists:
    case Permission::kPublishTasks:
    case Permission::kPublishConsultations:
    case Permission::kManageMessages:
    case Permission::kPublishDecisions:
    case Permission::kWaiveInterpretation:
    case Permission::kPublishEvents:
    case Permission::kPublishProposals:
    case Permission::kCompileReports:
    case Permission::kManageNegativeList:
    case Permission::kCleanupNormative:
      return r == Role::kOfficer;
    case Permission::kCheckSiteHealth:
      return r == Role::kOfficer || r == Role::kAdmin;
  }
  return false;
}

// Permissions over what belongs to the whole installation rather than to
// one agency: only a grant for every agency (agency_id 0) carries them. The
// working-day calendar is one for all agencies, so an agency's own
// administrator must not change it for the others.
bool InstallationWide(Permission p) {
  return p == Permission::kManageCalendar || p == Permission::kManageContentRules;
}

}  // namespace

bool GrantCarries(const RoleGrant& g, Permission p) {
  return RoleHas(g.role, p) && (g.agency_id == 0 || !InstallationWide(p));
}

const char* PermissionLabel(Permission p) {
  switch (p) {
    case Permission::kConsole:
      return "使用工作台";
    case Permission::kManageAgencies:
      return "管理机构";
    case Permission::kManageDepartments:
      return "管理处室和单位";
    case Permission::kManageUsers:
      return "管理用户";
    case Permission::kViewAudit:
      return "查看审计日志";
    case Permission::kEditItems:
      return "编写信息";
    case Permission::kReviewItems:
      return "审核信息";
    case Permission::kWithdrawItems:
      return "撤回信息";
    case Permission::kManageColumns:
      return "管理栏目";
    case Permission::kHandleApplications:
      return "办理依申请公开";
    case Permission::kAnswerApplications:
      return "答复协查";
    case Permission::kManageCalendar:
      return "管理工作日历";
    case Permission::kManageDraws:
      return "准备双随机抽查";
    case Permission::kRunDraws:
      return "执行双随机抽取";
    case Permission::kManageEnforcement:
      return "录入行政执法决定";
    case Permission::kPublishEnforcement:
      return "公示行政执法决定";
    case Permission::kManageSampling:
      return "录入监督抽查结果";
    case Permission::kPublishSampling:
      return "发布监督抽查结果";
    case Permission::kHandleRatings:
      return "办理差评回访整改";
    case Permission::kManageRatings:
      return "管理评价事项和申诉";
    case Permission::kManageLists:
      return "编写公开清单";
    case Permission::kPublishLists:
      return "公开清单条目";
    case Permission::kManageTasks:
      return "录入重点工作";
    case Permission::kPublishTasks:
      return "发布重点工作";
    case Permission::kManageConsultations:
      return "办理意见征集";
    case Permission::kPublishConsultations:
      return "发布意见征集";
    case Permission::kAnswerMessages:
      return "答复留言";
    case Permission::kManageMessages:
      return "分办和公开留言";
    case Permission::kManageDecisions:
      return "编制重大行政决策目录";
    case Permission::kPublishDecisions:
      return "公开重大行政决策目录";
    case Permission::kWaiveInterpretation:
      return "批准政策不配发解读发布";
    case Permission::kManageEvents:
      return "办理听证会和开放日";
    case Permission::kPublishEvents:
      return "发布听证会和开放日";
    case Permission::kManageProposals:
      return "办理建议提案";
    case Permission::kPublishProposals:
      return "公开建议提案办理结果";
    case Permission::kManageOpinions:
      return "办理舆情回应";
    case Permission::kCompileReports:
      return "编制政府信息公开年度报告";
    case Permission::kManageContentRules:
      return "维护内容检查敏感词表";
    case Permission::kCheckSiteHealth:
      return "网站健康检查";
    case Permission::kManageNegativeList:
      return "维护不予公开事项清单";
    case Permission::kCleanupNormative:
      return "清理规章和行政规范性文件";
  }
  return "";
}

bool Allows(const User& u, Permission p) {
  if (u.disabled) return false;
  return std::any_of(u.roles.begin(), u.roles.end(), [p](const RoleGrant& g) { return GrantCarries(g, p); });
}

bool AllowsFor(const User& u, Permission p, int64_t agency_id, const std::vector<int64_t>& ancestors) {
  if (u.disabled) return false;
  for (const auto& g : u.roles) {
    if (!GrantCarries(g, p)) continue;
    if (g.agency_id == 0 || g.agency_id == agency_id) return true;
    if (std::find(ancestors.begin(), ancestors.end(), g.agency_id) != ancestors.end()) return true;
  }
  return false;
}

}  // namespace gk::access
