// The rule of 舆情回应, once, with its source: 国务院办公厅《关于在政务公开
// 工作中进一步做好政务舆情回应的通知》(国办发〔2016〕61号) — for 特别重大、重大
// 突发事件, authoritative information within 5 hours at the latest (and a
// 新闻发布会 within 24 hours); for other 政务舆情, an answer within 48 hours.
#pragma once

#include <cstdint>

#include "opinions/model.h"

namespace gk::opinions {

inline constexpr int64_t kMajorHours = 5;
inline constexpr int64_t kGeneralHours = 48;
inline constexpr int64_t kPressConferenceHours = 24;  // 重大: the press conference

// When the first answer to one found at `found_at` is due.
int64_t DueAt(Level level, int64_t found_at);
// Not yet answered and past its due time at `now`.
bool Late(const Opinion& o, int64_t now);
// First answered by its due time.
bool AnsweredInTime(const Opinion& o);
// A 重大 one without a 新闻发布会 recorded within 24 hours of being found
// (false for the others), at `now`.
bool PressConferenceMissing(const Opinion& o, int64_t now);

}  // namespace gk::opinions
