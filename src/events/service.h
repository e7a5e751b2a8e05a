// 听证会, 政府开放日 and 在线访谈: staff write an event and publish it (a
// hearing only with its materials and 7 days ahead, rules.h); the public
// registers for its places (the routes add the human check and the
// per-address limit) and gets a code, shown once, to follow or cancel the
// registration; a freed place goes to the first on the waiting list in the
// same transaction; staff publish a hearing's participant list before it,
// and a summary after it. Every change is checked against workflow.h in the
// event's agency and written with its audit entry in one transaction; what
// the public sees changing is announced (ChangeKind::kEvent).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "access/model.h"
#include "access/scope.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "events/model.h"
#include "events/rules.h"
#include "events/store.h"
#include "events/workflow.h"
#include "storage/database.h"

namespace gk::events {

// An event as the console's form posts it (times as typed, China time).
struct EventForm {
  int64_t agency_id = 0;
  std::string kind, title, description, place, starts_at, registration_closes_at, capacity, materials, waitlist;
};

// A registration as the public form posts it.
struct RegistrationForm {
  std::string name, affiliation, contact, note;
};

struct Registered {
  int64_t id = 0;
  std::string code;  // shown once
  RegState state = RegState::kConfirmed;
  int64_t position = 0;  // on the waiting list, 1-based; 0 with a place
};

class EventService {
 public:
  EventService(std::shared_ptr<storage::Database> db, const Clock& clock);
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }
  int64_t Now() const { return clock_.Now(); }

  Result<int64_t> Create(const access::Actor& actor, const access::User& user, const EventForm& form,
                         FieldErrors* errors);
  // A draft or a published event (not its kind once published; a hearing
  // keeps its 7 days' notice; places not below those taken, more places
  // go to the waiting list first).
  Status Update(const access::Actor& actor, const access::User& user, int64_t id, const EventForm& form,
                FieldErrors* errors);
  Status Publish(const access::Actor& actor, const access::User& user, int64_t id);
  Status Cancel(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                FieldErrors* errors);
  Status PublishParticipants(const access::Actor& actor, const access::User& user, int64_t id);
  Status Summarise(const access::Actor& actor, const access::User& user, int64_t id, const std::string& summary,
                   FieldErrors* errors);

  // The registration form's problems, nothing stored.
  Status CheckRegistration(int64_t event_id, const RegistrationForm& form, FieldErrors* errors);
  // A place or a place on the waiting list, committed before this returns.
  Result<Registered> Register(const access::Actor& actor, int64_t event_id, const RegistrationForm& form,
                              FieldErrors* errors);
  // The registrant's view by the code; NotFound for a wrong pair.
  Result<std::pair<Registration, Event>> Lookup(int64_t registration_id, const std::string& code);
  // The registrant cancels; the first on the waiting list takes the place.
  Status CancelRegistration(const access::Actor& actor, int64_t registration_id, const std::string& code);
  // Where a waiting registration stands (1-based); 0 when it holds a place.
  Result<int64_t> WaitingPosition(const Registration& r);

  Result<Event> Get(int64_t id);
  Result<store::EventPage> List(const store::EventFilter& f);
  Result<std::vector<Registration>> Registrations(int64_t event_id, bool with_cancelled);
  // The actions the state admits and `scope` may take (the rules may still refuse).
  std::vector<Action> Allowed(const Event& e, const access::Scope& scope) const;

 private:
  void Parse(const EventForm& form, Event* e, FieldErrors* errors) const;
  void ParseRegistration(const RegistrationForm& form, Registration* r, FieldErrors* errors) const;
  Status Transition(const access::Actor& actor, const access::User& user, int64_t id, Action action,
                    const std::function<Status(soci::session&, Event&, std::string* summary)>& apply);
  // Gives freed places to the waiting list, oldest first.
  void Promote(soci::session& sql, Event& e, int64_t now);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  const ChangeAnnouncer* changes_ = nullptr;
};

}  // namespace gk::events
