// The rules of events, pure functions on a fake-clock-friendly "now".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "events/model.h"

namespace gk::events {

// 重大行政决策程序暂行条例 (Decree 713) Art. 16: a hearing's materials reach
// the participants, and are public, at least 7 days before it.
inline constexpr int kHearingNoticeDays = 7;
inline constexpr size_t kMaxTitle = 100;
inline constexpr size_t kMaxText = 20000;

// Whole China days from `now` to the event's start (negative once begun).
int DaysBefore(const Event& e, int64_t now);
// Every reason the event may not be published at `now`, in Chinese: it
// starts in the future, registration closes by then; a hearing has its
// materials and is at least kHearingNoticeDays days away.
std::vector<std::string> PublishProblems(const Event& e, int64_t now);
// Whether the public may register at `now`: published, with places, and
// registration not yet closed.
bool RegistrationOpen(const Event& e, int64_t now);
// Where a new registration goes: a place while confirmed < capacity, else
// the waiting list while waiting < waitlist; none when both are full.
std::optional<RegState> PlaceFor(const Event& e);
// The participant list may be published until the event starts (a
// hearing's must be, Art. 16); true when a hearing starting within
// kHearingNoticeDays days still has not published it.
bool ParticipantsOverdue(const Event& e, int64_t now);

}  // namespace gk::events
