// 听证会, 政府开放日 and 在线访谈 (events, issue 9; work plan 二(一)): an
// agency announces an event, the public registers for its places — a
// confirmation code, a waiting list once the places are taken — and after
// it the agency publishes a summary. A hearing follows Decree 713 Art. 16:
// its materials are public 7 days before it, and its participant list is
// published in advance. Plain structs and their codes; the rules are
// rules.h, the workflow workflow.h, the service service.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"

namespace gk::events {

//   draft ──publish──▶ published ──summarise──▶ held
//                          └──cancel──▶ cancelled
enum class State { kDraft, kPublished, kHeld, kCancelled };
const char* StateCode(State s);   // "published"
const char* StateLabel(State s);  // "已发布"
bool ParseState(std::string_view code, State* out);

enum class Kind { kHearing, kOpenDay, kInterview };
const std::vector<Kind>& AllKinds();
const char* KindCode(Kind k);   // "hearing"
const char* KindLabel(Kind k);  // "听证会"
bool ParseKind(std::string_view code, Kind* out);

// A registration: a place, or on the waiting list (候补) until one is freed.
enum class RegState { kConfirmed, kWaiting, kCancelled };
const char* RegStateCode(RegState s);   // "waiting"
const char* RegStateLabel(RegState s);  // "候补"
bool ParseRegState(std::string_view code, RegState* out);

struct Event {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string agency_name;  // read with it
  Kind kind = Kind::kOpenDay;
  std::string title;
  std::string description;  // what it is about (Markdown)
  std::string place;        // where; for an online interview, the address of the broadcast
  int64_t starts_at = 0;    // unix seconds
  int64_t registration_closes_at = 0;
  int capacity = 0;                  // places; 0: no registration (an interview to watch)
  int waitlist = 0;                  // places on the waiting list (候补名额) once those are taken; 0: none
  std::string materials;             // 听证材料 / 活动材料 (Markdown), public with the event
  bool participants_public = false;  // the participant list (参加人名单) is published
  State state = State::kDraft;
  std::optional<Date> published_on;  // China date the event (and its materials) went public
  std::string summary;               // after it: 活动综述 / 听证情况 (Markdown)
  std::string cancel_reason;
  int64_t confirmed = 0;  // registrations holding a place
  int64_t waiting = 0;    // on the waiting list
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

struct Registration {
  int64_t id = 0;  // 报名编号
  int64_t event_id = 0;
  std::string name;
  std::string affiliation;  // 单位或身份, published with the name in a hearing's list
  std::string contact;      // staff only
  std::string note;         // staff only
  RegState state = RegState::kConfirmed;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

}  // namespace gk::events
