// SQL for 意见征集 (tables consultations and consultation_comments,
// migration 0023). Functions take the session of the caller's transaction;
// the service decides what may be written.
#pragma once

#include <soci/soci.h>

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "consultations/model.h"
#include "consultations/rules.h"

namespace gk::consultations::store {

int64_t InsertConsultation(soci::session& sql, const Consultation& c);
// Writes `c`'s fields when its state is still `expected`; false when
// someone changed it first.
bool UpdateConsultation(soci::session& sql, const Consultation& c, State expected);
// With its files.
std::optional<Consultation> FindConsultation(soci::session& sql, int64_t id);

int64_t InsertFile(soci::session& sql, const ConsultationFile& f);
// False when the consultation has no such file.
bool DeleteFile(soci::session& sql, int64_t consultation_id, int64_t file_id);

struct ConsultationFilter {
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  bool public_only = false;                          // published
  std::optional<State> state;
  // Among the published, on `today` (YYYY-MM-DD, required with it).
  std::optional<Phase> phase;
  std::string today;
  std::string text;                     // in the title or the draft
  int opened_in = 0;                    // opened (opens_on) in this year; 0: any
  bool recently_changed_first = false;  // by updated_at (the feed); else open first, then latest closing
  int limit = 20;
  int offset = 0;
};
struct ConsultationPage {
  std::vector<Consultation> consultations;
  int64_t total = 0;
};
ConsultationPage ListConsultations(soci::session& sql, const ConsultationFilter& f);
// Published consultations closed before `closed_before` (YYYY-MM-DD)
// without a published report: the reminder.
int64_t CountReportsDue(soci::session& sql, const std::vector<int64_t>* agency_ids, const std::string& closed_before);

int64_t InsertComment(soci::session& sql, const Comment& c, const std::string& code_hash);
std::optional<Comment> FindComment(soci::session& sql, int64_t id, std::string* code_hash = nullptr);
// Moderation: the new state and reason when the comment is in `consultation_id`.
bool SetCommentState(soci::session& sql, int64_t consultation_id, int64_t id, CommentState state,
                     const std::string& reason, int64_t now);
// Decisions on `ids` of the consultation; how many rows changed.
int64_t SetDecisions(soci::session& sql, int64_t consultation_id, const std::vector<int64_t>& ids, Decision d,
                     const std::string& reason, int64_t by, int64_t now);

struct CommentFilter {
  int64_t consultation_id = 0;
  std::optional<CommentState> state;
  std::optional<Decision> decision;  // kNone: the undecided
  int article = -1;                  // -1: any
  bool oldest_first = true;
  int limit = 20;
  int offset = 0;
};
struct CommentPage {
  std::vector<Comment> comments;
  int64_t total = 0;
};
CommentPage ListComments(soci::session& sql, const CommentFilter& f);
// Every comment of the consultation, oldest first, in batches to `each`
// (the export): memory stays flat however many there are.
void ForEachComment(soci::session& sql, int64_t consultation_id, const std::function<void(const Comment&)>& each);
DecisionCounts CountDecisions(soci::session& sql, int64_t consultation_id);
// The reasons given, most used first; at most `limit`.
std::vector<DecisionReason> ReasonCounts(soci::session& sql, int64_t consultation_id, int limit);
// Comments by state: [pending, published, hidden].
std::array<int64_t, 3> CountStates(soci::session& sql, int64_t consultation_id);

}  // namespace gk::consultations::store
