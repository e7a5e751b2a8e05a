#include "lists/workflow.h"

#include "access/scope.h"
#include "access/transitions.h"

namespace gk::lists {
namespace {

const access::TransitionTable<EntryAction, EntryState>& Table() {
  using P = access::Permission;
  using S = EntryState;
  using A = EntryAction;
  static const access::TransitionTable<EntryAction, EntryState> k({
      {A::kPublish, {S::kDraft}, S::kPublished, P::kPublishLists},
      {A::kWithdraw, {S::kPublished}, S::kWithdrawn, P::kPublishLists},
      {A::kRepublish, {S::kWithdrawn}, S::kPublished, P::kPublishLists},
      {A::kDelete, {S::kDraft}, S::kDraft, P::kManageLists},
  });
  return k;
}

}  // namespace

const std::vector<EntryAction>& AllEntryActions() {
  static const std::vector<EntryAction> k = {EntryAction::kPublish, EntryAction::kWithdraw, EntryAction::kRepublish,
                                             EntryAction::kDelete};
  return k;
}

const char* EntryActionCode(EntryAction a) {
  switch (a) {
    case EntryAction::kPublish:
      return "publish";
    case EntryAction::kWithdraw:
      return "withdraw";
    case EntryAction::kRepublish:
      return "republish";
    case EntryAction::kDelete:
      return "delete";
  }
  return "";
}

const char* EntryActionLabel(EntryAction a) {
  switch (a) {
    case EntryAction::kPublish:
      return "公开";
    case EntryAction::kWithdraw:
      return "撤下";
    case EntryAction::kRepublish:
      return "重新公开";
    case EntryAction::kDelete:
      return "删除草稿";
  }
  return "";
}

bool ParseEntryAction(std::string_view code, EntryAction* out) {
  for (EntryAction a : AllEntryActions())
    if (code == EntryActionCode(a)) {
      *out = a;
      return true;
    }
  return false;
}

bool StateAllows(EntryAction a, EntryState s) { return Table().Allows(a, s); }
EntryState NextState(EntryAction a, EntryState s) { return Table().Next(a, s); }
access::Permission ActionPermission(EntryAction a) { return Table().PermissionFor(a); }

bool EditPermission(EntryState s, access::Permission* out) {
  switch (s) {
    case EntryState::kDraft:
      *out = access::Permission::kManageLists;
      return true;
    case EntryState::kPublished:
      *out = access::Permission::kPublishLists;
      return true;
    case EntryState::kWithdrawn:
      return false;
  }
  return false;
}

std::vector<std::string> Refusals(EntryAction a, const Entry& e, const access::User& user,
                                  const std::vector<int64_t>& ancestors) {
  std::vector<std::string> out;
  if (!StateAllows(a, e.state))
    out.push_back(std::string("该条目当前为“") + EntryStateLabel(e.state) + "”，不能" + EntryActionLabel(a));
  const access::Permission p = ActionPermission(a);
  if (!access::AllowsFor(user, p, e.agency_id, ancestors))
    out.push_back(std::string("您没有本机构“") + access::PermissionLabel(p) + "”的权限");
  return out;
}

}  // namespace gk::lists
