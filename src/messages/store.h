// SQL for 留言咨询 (table messages, migration 0024). Functions take the
// session of the caller's transaction; the service decides what may be
// written.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "messages/model.h"

namespace gk::messages::store {

int64_t InsertMessage(soci::session& sql, const Message& m, const std::string& code_hash);
// Writes the handling fields of `m` (department, answer, state, dates,
// reason) when its state is still `expected`; false when it changed first.
bool UpdateMessage(soci::session& sql, const Message& m, State expected);
std::optional<Message> FindMessage(soci::session& sql, int64_t id, std::string* code_hash = nullptr);
// One more reader's view of a published message; false when it is not published.
bool AddSatisfaction(soci::session& sql, int64_t id, Satisfaction s);

struct MessageFilter {
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  std::optional<State> state;
  bool unanswered = false;    // received or assigned
  std::string overdue_on;     // YYYY-MM-DD: unanswered past their due day on it
  std::string received_by;    // YYYY-MM-DD: unanswered, received on or before it (the red line)
  std::string text;           // in the title or the masked body
  int received_in = 0;        // received in this year; 0: any
  bool oldest_first = false;  // the console's queues; else newest published first (the public list)
  int limit = 20;
  int offset = 0;
};
struct MessagePage {
  std::vector<Message> messages;
  int64_t total = 0;
};
MessagePage ListMessages(soci::session& sql, const MessageFilter& f);
int64_t CountMessages(soci::session& sql, const MessageFilter& f);

}  // namespace gk::messages::store
