// SQL for applications, their events, letters, appeals, signers and serials.
// Runs on the caller's session; throws what SOCI throws (storage::Database
// converts it).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "applications/model.h"
#include "applications/report.h"

namespace soci {
class session;
}

namespace gk::applications::store {

int64_t Insert(soci::session& sql, const Application& a, const std::string& tracking_hash);
// Writes every field but id, number, agency, tracking hash and created_*.
void Update(soci::session& sql, const Application& a);
std::optional<Application> Find(soci::session& sql, int64_t id);
std::optional<Application> FindByNumber(soci::session& sql, const std::string& number, std::string* tracking_hash);

struct Filter {
  // Whose cases: those of `agencies` or those assigned to one of
  // `department_ids` (协查 staff); both empty: any case.
  std::vector<int64_t> agencies;
  std::vector<State> states;  // empty: any
  int64_t department_id = 0;  // 0: any
  std::vector<int64_t> department_ids;
  std::optional<Date> due_from, due_to;  // due_on in [from, to] (none: open); excludes cases without a due date
  std::string id_number;                 // same applicant
  std::string text;                      // in description / explanation (LIKE)
  std::string outcome_prefix;            // "3" or "3.4"
  std::string topic;
  std::optional<Date> received_from, received_to;  // received_on in [from, to]
  int64_t exclude_id = 0;
  bool use_ids = false;  // restrict to `ids` (e.g. full-text search hits)
  std::vector<int64_t> ids;
  bool order_by_due = true;  // else newest first
  // In id order after this id (a keyset page: the index's rebuild); wins
  // over order_by_due.
  std::optional<int64_t> after_id;
  int limit = 50;
  int offset = 0;
};
std::vector<Application> List(soci::session& sql, const Filter& f, int64_t* total);
// Counts by state per due bucket for the dashboard.
int64_t Count(soci::session& sql, const Filter& f);

void InsertEvent(soci::session& sql, const Event& e);
std::vector<Event> Events(soci::session& sql, int64_t application_id);

int64_t InsertLetter(soci::session& sql, const Letter& l);
std::vector<Letter> Letters(soci::session& sql, int64_t application_id);
std::optional<Letter> FindLetter(soci::session& sql, int64_t id);
// Only drafts change (type, title, body); issuing freezes a letter.
void UpdateDraftLetter(soci::session& sql, const Letter& l);
void IssueLetter(soci::session& sql, const Letter& l);

void InsertFile(soci::session& sql, const ApplicationFile& f, int64_t now);
std::vector<ApplicationFile> Files(soci::session& sql, int64_t application_id);

int64_t InsertAppeal(soci::session& sql, const Appeal& a, int64_t now);
std::vector<Appeal> Appeals(soci::session& sql, int64_t application_id);
// Records the result of a pending appeal of the application; false if none matched.
bool UpdateAppealResult(soci::session& sql, const Appeal& a);

std::vector<int64_t> Signers(soci::session& sql, int64_t agency_id);
void SetSigners(soci::session& sql, int64_t agency_id, const std::vector<int64_t>& user_ids);

int64_t NextSerial(soci::session& sql, const std::string& scope, int year);

// The applicant's received applications in one agency in [from, to]
// (按件计收 counts per applicant per calendar month), by receipt order.
int64_t CountReceivedBy(soci::session& sql, int64_t agency_id, const std::string& id_number, Date from,
                        Date to_inclusive, int64_t up_to_id);

// Records for the annual tables of the agencies.
// Only cases received by `to` and not closed before `from` can count (and
// those received since `from`, so a broken record is still named).
std::vector<ReportCase> ReportCases(soci::session& sql, const std::vector<int64_t>& agencies, Date from, Date to);
std::vector<ReportAppeal> ReportAppeals(soci::session& sql, const std::vector<int64_t>& agencies, int year);

// Statistics: counts of the cases received in [from, to] grouped by one key,
// in the order of the key's stored code.
enum class StatsKey {
  kMonth,          // "YYYY-MM" of receipt
  kChannel,        // stored code
  kApplicantType,  // stored code
  kDepartment,     // the 协查 department's id, "0" for none
  kTopic,          // "" for none
};
std::vector<std::pair<std::string, int64_t>> CountBy(soci::session& sql, const std::vector<int64_t>& agencies,
                                                     StatsKey key, Date from, Date to);
// The same by outcome of the closed cases; none: still open.
std::vector<std::pair<std::optional<Outcome>, int64_t>> CountByOutcome(soci::session& sql,
                                                                       const std::vector<int64_t>& agencies, Date from,
                                                                       Date to);

}  // namespace gk::applications::store
