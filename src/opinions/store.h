// SQL for the 舆情 register (migration 0029). Functions take the session of
// the caller's transaction.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "opinions/model.h"

namespace gk::opinions::store {

int64_t InsertOpinion(soci::session& sql, const Opinion& o);
// Writes every field but id, agency, responses and created_at.
void UpdateOpinion(soci::session& sql, const Opinion& o);
// With its responses.
std::optional<Opinion> FindOpinion(soci::session& sql, int64_t id);
void InsertResponse(soci::session& sql, int64_t opinion_id, const Response& r, int64_t now);

struct OpinionFilter {
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  std::optional<State> state;
  int64_t late_at = 0;  // > 0: unanswered past their due time at it
  int limit = 50;
  int offset = 0;
};
struct OpinionPage {
  std::vector<Opinion> opinions;  // without responses
  int64_t total = 0;
};
// The open ones by due time, the others newest found first.
OpinionPage ListOpinions(soci::session& sql, const OpinionFilter& f);

}  // namespace gk::opinions::store
