#include "supervision/sampling_workflow.h"

#include "access/transitions.h"

namespace gk::supervision {
namespace {

const access::TransitionTable<BatchAction, BatchState>& Table() {
  using P = access::Permission;
  using S = BatchState;
  static const access::TransitionTable<BatchAction, BatchState> k({
      {BatchAction::kEdit, {S::kDraft}, S::kDraft, P::kManageSampling},
      {BatchAction::kPublish, {S::kDraft}, S::kPublished, P::kPublishSampling},
      {BatchAction::kWithdraw, {S::kPublished}, S::kWithdrawn, P::kPublishSampling},
  });
  return k;
}

}  // namespace

const char* BatchActionCode(BatchAction a) {
  switch (a) {
    case BatchAction::kEdit:
      return "edit";
    case BatchAction::kPublish:
      return "publish";
    case BatchAction::kWithdraw:
      return "withdraw";
  }
  return "";
}

const char* BatchActionLabel(BatchAction a) {
  switch (a) {
    case BatchAction::kEdit:
      return "修改";
    case BatchAction::kPublish:
      return "发布";
    case BatchAction::kWithdraw:
      return "撤下";
  }
  return "";
}

bool StateAllows(BatchAction a, BatchState s) { return Table().Allows(a, s); }
BatchState NextState(BatchAction a, BatchState s) { return Table().Next(a, s); }
access::Permission ActionPermission(BatchAction a) { return Table().PermissionFor(a); }

std::vector<std::string> Refusals(BatchAction a, const SamplingBatch& b, const access::User& user,
                                  const std::vector<int64_t>& ancestors) {
  std::vector<std::string> out;
  if (!StateAllows(a, b.state))
    out.push_back(std::string("该批次当前为“") + BatchStateLabel(b.state) + "”，不能" + BatchActionLabel(a));
  const access::Permission p = ActionPermission(a);
  if (!access::AllowsFor(user, p, b.agency_id, ancestors))
    out.push_back(std::string("您没有本机构“") + access::PermissionLabel(p) + "”的权限");
  if (a == BatchAction::kPublish && b.total == 0) out.push_back("该批次还没有抽查结果，请先导入结果文件");
  return out;
}

}  // namespace gk::supervision
