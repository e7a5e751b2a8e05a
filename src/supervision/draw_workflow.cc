#include "supervision/draw_workflow.h"

#include "access/transitions.h"
#include "common/strings.h"
#include "http/forms.h"

namespace gk::supervision {
namespace {

// The transition table.
const access::TransitionTable<DrawAction, DrawState>& Table() {
  using P = access::Permission;
  using S = DrawState;
  static const access::TransitionTable<DrawAction, DrawState> k({
      {DrawAction::kEdit, {S::kDraft}, S::kDraft, P::kManageDraws},
      {DrawAction::kAnnounce, {S::kDraft}, S::kAnnounced, P::kRunDraws},
      {DrawAction::kLockSeed, {S::kAnnounced}, S::kSeedLocked, P::kRunDraws},
      {DrawAction::kRun, {S::kSeedLocked}, S::kCompleted, P::kRunDraws},
      {DrawAction::kCancel, {S::kDraft, S::kAnnounced, S::kSeedLocked}, S::kCancelled, P::kRunDraws},
      {DrawAction::kRecordInspection, {S::kCompleted}, S::kCompleted, P::kManageDraws},
  });
  return k;
}

}  // namespace

const char* DrawActionCode(DrawAction a) {
  switch (a) {
    case DrawAction::kEdit:
      return "edit";
    case DrawAction::kAnnounce:
      return "announce";
    case DrawAction::kLockSeed:
      return "lock_seed";
    case DrawAction::kRun:
      return "run";
    case DrawAction::kCancel:
      return "cancel";
    case DrawAction::kRecordInspection:
      return "record_inspection";
  }
  return "";
}

const char* DrawActionLabel(DrawAction a) {
  switch (a) {
    case DrawAction::kEdit:
      return "修改抽查方案";
    case DrawAction::kAnnounce:
      return "公布抽查方案";
    case DrawAction::kLockSeed:
      return "锁定随机种子";
    case DrawAction::kRun:
      return "执行抽取";
    case DrawAction::kCancel:
      return "取消抽查";
    case DrawAction::kRecordInspection:
      return "登记检查结果";
  }
  return "";
}

bool StateAllows(DrawAction a, DrawState s) { return Table().Allows(a, s); }

DrawState NextState(DrawAction a, DrawState s) { return Table().Next(a, s); }

access::Permission ActionPermission(DrawAction a) { return Table().PermissionFor(a); }

std::vector<std::string> Refusals(DrawAction a, const DrawRecord& d, const access::User& user, const DrawFacts& f) {
  std::vector<std::string> out;
  if (!StateAllows(a, d.state))
    out.push_back(std::string("该抽查当前为“") + DrawStateLabel(d.state) + "”，不能" + DrawActionLabel(a));
  const access::Permission p = ActionPermission(a);
  if (!access::AllowsFor(user, p, d.agency_id, f.agency_ancestors))
    out.push_back(std::string("您没有本机构“") + access::PermissionLabel(p) + "”的权限");
  if (a == DrawAction::kAnnounce) {
    if (f.targets == 0) out.push_back("检查对象名录为空");
    if (f.inspectors == 0) out.push_back("执法检查人员名录为空");
    if (d.n < 1 || static_cast<size_t>(d.n) > f.targets)
      out.push_back("抽取对象数应在 1 到 " + std::to_string(f.targets) + "（名录中的对象数）之间");
    if (d.m < 1) out.push_back("每个对象的检查人员数至少为 1");
    // Checked for every target, not only those drawn: the draw cannot fail
    // after the seed is known, whichever targets it selects.
    else if (f.inspectors > 0 && f.fewest_inspectors_left < static_cast<size_t>(d.m))
      out.push_back("回避后有检查对象只剩 " + std::to_string(f.fewest_inspectors_left) +
                    " 名可派检查人员，少于每个对象 " + std::to_string(d.m) + " 名");
    if (Trim(d.seed_source).empty()) out.push_back("请写明随机种子的来源（在种子产生之前公布）");
  }
  return out;
}

Status CheckSeed(const std::string& seed) {
  if (seed.empty()) return Status::Invalid("请填写随机种子");
  if (!http::IsValidUtf8(seed)) return Status::Invalid("随机种子含有无效字符");
  for (unsigned char c : seed)
    if (c < 0x20 || c == 0x7f) return Status::Invalid("随机种子不能含换行或其他控制字符");
  if (Utf8Length(seed) > 200) return Status::Invalid("随机种子不能超过 200 个字符");
  return Status::Ok();
}

}  // namespace gk::supervision
