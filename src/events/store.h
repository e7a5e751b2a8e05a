// SQL for events and their registrations (migration 0027). Functions take
// the session of the caller's transaction; the service decides what may
// be written.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "events/model.h"

namespace gk::events::store {

int64_t InsertEvent(soci::session& sql, const Event& e);
// Writes every field but id, agency and created_at.
void UpdateEvent(soci::session& sql, const Event& e);
std::optional<Event> FindEvent(soci::session& sql, int64_t id);
// Takes the event's row lock (PostgreSQL; SQLite's write transaction holds
// the database), so concurrent registrations count places one at a time.
void LockEvent(soci::session& sql, int64_t id);

struct EventFilter {
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  std::vector<State> states;                         // empty: any
  std::optional<Kind> kind;                          // none: any
  int64_t starts_after = 0;                          // > 0: starting after it (upcoming), soonest first
  int64_t started_by = 0;                            // > 0: started by it (past), latest first
  std::string text;                                  // in the title or description
  int limit = 20;
  int offset = 0;
};
struct EventPage {
  std::vector<Event> events;
  int64_t total = 0;
};
EventPage ListEvents(soci::session& sql, const EventFilter& f);
int64_t CountEvents(soci::session& sql, const EventFilter& f);

int64_t InsertRegistration(soci::session& sql, const Registration& r, const std::string& code_hash);
std::optional<Registration> FindRegistration(soci::session& sql, int64_t id, std::string* code_hash = nullptr);
void SetRegistrationState(soci::session& sql, int64_t id, RegState s, int64_t now);
// An event's registrations, in the order they came; cancelled ones too when asked.
std::vector<Registration> Registrations(soci::session& sql, int64_t event_id, bool with_cancelled);
// The first on the waiting list, if any.
std::optional<Registration> FirstWaiting(soci::session& sql, int64_t event_id);
// Whether a live registration with this name and contact exists.
bool AlreadyRegistered(soci::session& sql, int64_t event_id, const std::string& name, const std::string& contact);
// Recounts confirmed and waiting into the event row and `e`.
void Recount(soci::session& sql, Event& e);

}  // namespace gk::events::store
