// The rules of handling disclosure applications (依申请公开): submission and
// registration (Art. 29, 31), the actions of workflow.h with their letters,
// the clock recomputed from the events after every change. Every change is
// audited in its own transaction.
//
// service.cc holds submission, registration and reading a case; perform.cc
// the driver of the actions, whose handlers are in actions.cc; queries.cc
// lists, search and settings. The letters are a LetterService (letters.h),
// the annual tables and statistics ApplicationReports (report_service.h),
// both owned here.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "access/model.h"
#include "applications/case_file.h"
#include "applications/clock.h"
#include "applications/letters.h"
#include "applications/model.h"
#include "applications/proactive.h"
#include "applications/report_service.h"
#include "applications/store.h"
#include "applications/workflow.h"
#include "auth/audit.h"
#include "common/calendar.h"
#include "common/clock.h"
#include "common/status.h"
#include "search/index.h"
#include "storage/database.h"

namespace gk::applications {

struct Submitted {
  int64_t id = 0;
  std::string number;
  std::string tracking_code;  // shown once; only its hash is kept
};

struct Counts {
  int64_t to_confirm = 0, due_soon = 0, overdue = 0, waiting_applicant = 0, waiting_third_party = 0, sign_off = 0,
          open = 0;
};

class ApplicationService {
 public:
  ApplicationService(std::shared_ptr<storage::Database> db, const gk::Clock& clock, const WorkCalendar& calendar,
                     ApplicationsOptions options);

  const ApplicationsOptions& options() const { return options_; }
  LetterService& letters() { return letters_; }
  ApplicationReports& reports() { return reports_; }
  // The staff-only full-text index of applications (<data>/search-applications),
  // for 重复申请 evidence and the case library; may stay null (the command
  // line while the server runs), then text search falls back to LIKE.
  void SetIndex(search::Index* index) { index_ = index; }
  // Rebuilds that index from the database.
  Status RebuildIndex();
  // Recomputes the stored due dates of open cases from their events: after
  // the calendar changed (a year added or corrected), and at start.
  // Returns how many changed.
  Result<int> RecomputeOpen();
  // Application ids whose text matches `text` best (in `agencies`; empty: any).
  Result<std::vector<int64_t>> SearchIds(const std::string& text, const std::vector<int64_t>& agencies, int limit);
  Date Today() const;

  // Art. 29: the public form. Committed before it returns. The case waits
  // for 接收确认 (Art. 31: online applications are received when the agency
  // confirms them).
  // `files` are already in the file store (checked and written); their rows
  // are committed with the application.
  Result<Submitted> SubmitOnline(const access::Actor& actor, Application a, FieldErrors* errors,
                                 const std::vector<ApplicationFile>& files = {});
  // The checks of SubmitOnline alone (Art. 29), nothing saved: the public
  // form runs them before it writes any attachment, so that a refused form
  // leaves no file behind.
  Status CheckOnline(Application a, FieldErrors* errors);
  // Staff register an application received in person, by post, letter or
  // fax, with its date of receipt (Art. 31; none: not given or not a date);
  // the clock starts at once.
  Result<Submitted> Register(const access::Actor& actor, const access::User& user, Application a,
                             std::optional<Date> received_on, const std::string& letter_body, FieldErrors* errors);

  Result<CaseFile> Get(int64_t id);
  // For staff: the case file, with the view of personal data audited.
  Result<CaseFile> Open(const access::Actor& actor, const access::User& user, int64_t id);
  // The applicant's view by number and tracking code; NotFound for a wrong
  // number or code alike (one message, nothing learnt).
  Result<CaseFile> Lookup(const std::string& number, const std::string& code);

  // The rules' view of an action for this user now (to show which apply).
  Result<CaseFacts> Facts(const access::User& user, const Application& app);
  std::vector<std::string> Refusals(Action a, const CaseFile& file, const access::User& user);

  // Does `a` on the case (perform.cc; the steps in actions.h): Conflict or
  // Denied with every reason Refusals gives, Invalid with every problem of
  // the input in `errors`.
  Status Perform(const access::Actor& actor, const access::User& user, int64_t id, Action a, const ActionInput& in,
                 FieldErrors* errors);

  Result<std::vector<Application>> List(const store::Filter& f, int64_t* total);
  Result<Counts> Dashboard(const std::vector<int64_t>& agencies);
  // Earlier applications of the same applicant and ones with similar text.
  Result<std::vector<Application>> Related(const Application& app);

  // 依申请转主动 (proactive.h): applications closed with 予以公开 or 部分公开
  // in the last year and not yet decided on, in `agencies`, those other
  // applicants asked alike first; the decisions recorded in `year`; the
  // year's publications (the annual report's section 一); and recording one
  // (the 公开办's: kHandleApplications in the case's agency; every problem
  // of the input at once; audited as application.proactive).
  Result<std::vector<ProactiveCandidate>> ProactiveCandidates(const std::vector<int64_t>& agencies);
  Result<std::vector<ProactiveDecision>> ProactiveDecisions(const std::vector<int64_t>& agencies, int year);
  Result<int64_t> ProactiveCount(int64_t agency_id, int year);
  Status DecideProactive(const access::Actor& actor, const access::User& user, int64_t id, const std::string& choice,
                         const std::string& index_no, const std::string& reason, FieldErrors* errors);

  // An audit entry for an export of case data by `actor`.
  Status AuditExport(const access::Actor& actor, int64_t agency_id, const std::string& summary);

  Result<std::vector<int64_t>> Signers(int64_t agency_id);
  // `by` must administer the agency (null: the command line); every signer
  // must be of the agency's 公开办.
  Status SetSigners(const access::Actor& actor, const access::User* by, int64_t agency_id,
                    const std::vector<int64_t>& user_ids);

 private:
  Status Validate(Application& a, FieldErrors* errors);
  // Records an event and recomputes the derived clock fields.
  void Record(soci::session& sql, Application& a, Event e);
  Clock ClockOf(const std::vector<Event>& events) const;
  static auth::AuditEntry Entry(const Application& a, const std::string& action, const std::string& summary);

  // Puts the case's current text into the index (after a commit).
  void Reindex(int64_t id);

  std::shared_ptr<storage::Database> db_;
  search::Index* index_ = nullptr;
  const gk::Clock& clock_;
  const WorkCalendar& calendar_;
  ApplicationsOptions options_;
  LetterService letters_;  // after options_: keeps a reference to it
  ApplicationReports reports_;
};

}  // namespace gk::applications
