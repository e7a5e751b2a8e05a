// A bad rating's follow-up as a table (access/transitions.h): which action
// may start from which state, where it leads and which permission it needs
// in the rating's agency.
//
//   open ──visit──▶ visited ──rectify──▶ rectified ──respond──▶ closed
//                      └──appeal──▶ appealed ──accept──▶ excluded
//                                       └──reject──▶ visited
// The rater's own response (by their code) takes rectified to closed too.
#pragma once

#include <string>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "ratings/model.h"

namespace gk::ratings {

enum class RatingAction { kVisit, kRectify, kRespond, kAppeal, kAcceptAppeal, kRejectAppeal };
const std::vector<RatingAction>& AllRatingActions();
const char* RatingActionCode(RatingAction a);   // "visit" (the URL and the audit log's rating.visit)
const char* RatingActionLabel(RatingAction a);  // "记录回访"
bool ParseRatingAction(std::string_view code, RatingAction* out);
bool StateAllows(RatingAction a, RatingState s);
RatingState NextState(RatingAction a, RatingState s);
access::Permission ActionPermission(RatingAction a);
// Every reason `user` may not do `a` on `r` now; empty: allowed.
std::vector<std::string> Refusals(RatingAction a, const Rating& r, const access::User& user,
                                  const std::vector<int64_t>& ancestors);

}  // namespace gk::ratings
