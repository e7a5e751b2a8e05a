#include "ratings/workflow.h"

#include "access/transitions.h"

namespace gk::ratings {
namespace {

const access::TransitionTable<RatingAction, RatingState>& Table() {
  using P = access::Permission;
  using S = RatingState;
  using A = RatingAction;
  static const access::TransitionTable<RatingAction, RatingState> k({
      {A::kVisit, {S::kOpen}, S::kVisited, P::kHandleRatings},
      {A::kRectify, {S::kVisited}, S::kRectified, P::kHandleRatings},
      {A::kRespond, {S::kRectified}, S::kClosed, P::kHandleRatings},
      {A::kAppeal, {S::kVisited}, S::kAppealed, P::kHandleRatings},
      {A::kAcceptAppeal, {S::kAppealed}, S::kExcluded, P::kManageRatings},
      {A::kRejectAppeal, {S::kAppealed}, S::kVisited, P::kManageRatings},
  });
  return k;
}

}  // namespace

const std::vector<RatingAction>& AllRatingActions() {
  static const std::vector<RatingAction> k = {RatingAction::kVisit,  RatingAction::kRectify,
                                              RatingAction::kRespond, RatingAction::kAppeal,
                                              RatingAction::kAcceptAppeal, RatingAction::kRejectAppeal};
  return k;
}

const char* RatingActionCode(RatingAction a) {
  switch (a) {
    case RatingAction::kVisit:
      return "visit";
    case RatingAction::kRectify:
      return "rectify";
    case RatingAction::kRespond:
      return "respond";
    case RatingAction::kAppeal:
      return "appeal";
    case RatingAction::kAcceptAppeal:
      return "accept_appeal";
    case RatingAction::kRejectAppeal:
      return "reject_appeal";
  }
  return "";
}

const char* RatingActionLabel(RatingAction a) {
  switch (a) {
    case RatingAction::kVisit:
      return "记录回访";
    case RatingAction::kRectify:
      return "记录整改";
    case RatingAction::kRespond:
      return "记录评价人意见";
    case RatingAction::kAppeal:
      return "提出申诉";
    case RatingAction::kAcceptAppeal:
      return "申诉成立";
    case RatingAction::kRejectAppeal:
      return "驳回申诉";
  }
  return "";
}

bool ParseRatingAction(std::string_view code, RatingAction* out) {
  for (RatingAction a : AllRatingActions())
    if (code == RatingActionCode(a)) {
      *out = a;
      return true;
    }
  return false;
}

bool StateAllows(RatingAction a, RatingState s) { return Table().Allows(a, s); }
RatingState NextState(RatingAction a, RatingState s) { return Table().Next(a, s); }
access::Permission ActionPermission(RatingAction a) { return Table().PermissionFor(a); }

std::vector<std::string> Refusals(RatingAction a, const Rating& r, const access::User& user,
                                  const std::vector<int64_t>& ancestors) {
  std::vector<std::string> out;
  if (!StateAllows(a, r.state))
    out.push_back(std::string("该评价当前为“") + RatingStateLabel(r.state) + "”，不能" + RatingActionLabel(a));
  const access::Permission p = ActionPermission(a);
  if (!access::AllowsFor(user, p, r.agency_id, ancestors))
    out.push_back(std::string("您没有本机构“") + access::PermissionLabel(p) + "”的权限");
  return out;
}

}  // namespace gk::ratings
