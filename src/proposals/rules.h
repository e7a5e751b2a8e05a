// The rules of 建议提案, each once, with its source:
// - 《全国人民代表大会代表建议、批评和意见处理办法》 and 《政协全国委员会提案
//   工作条例》 (and the provincial rules after them): the handler answers
//   within 3 months of the day it was assigned (交办);
// - work plan 二(三): the handling results are published, and the reply
//   letters that concern the public interest.
#pragma once

#include "common/calendar.h"
#include "proposals/model.h"

namespace gk::proposals {

inline constexpr int kAnswerMonths = 3;
inline constexpr size_t kMaxTitle = 200;
inline constexpr size_t kMaxText = 50000;

// The day the reply to one assigned on `assigned` is due.
Date DueOn(Date assigned);
// Still being handled past its due day.
bool Overdue(const Proposal& p, Date today);
// Answered by its due day.
bool OnTime(const Proposal& p);

}  // namespace gk::proposals
