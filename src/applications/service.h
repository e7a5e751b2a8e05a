// The rules of handling disclosure applications (依申请公开): submission and
// registration (Art. 29, 31), the transitions of workflow.h with their
// letters, the clock recomputed from the events after every change, fees
// (国办函〔2020〕109号), sign-off, archive, appeals and the annual tables.
// Every change is audited in its own transaction.
//
// service.cc holds submission, registration and the transitions; letters.cc
// the letters; queries.cc lists, search, the annual tables and settings.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "applications/clock.h"
#include "applications/model.h"
#include "applications/report.h"
#include "applications/store.h"
#include "applications/workflow.h"
#include "auth/audit.h"
#include "auth/model.h"
#include "common/calendar.h"
#include "common/clock.h"
#include "common/status.h"
#include "search/index.h"
#include "storage/database.h"

namespace gk::applications {

struct ApplicationsOptions {
  ClockOptions clock;
  // The correction period given to the applicant by default (Art. 30 asks
  // for a reasonable one), in working days.
  int correction_period_days = 15;
  // Directory of the letter templates (<kind>.md).
  std::string letters_dir = "templates/letters";
  // 复议机关 and court named in reply letters (editable in each letter).
  std::string reconsideration_body = "本级人民政府或上一级主管部门";
  std::string court = "有管辖权的人民法院";
  // The agency's contacts and the public site's address, for letters.
  std::string agency_address;
  std::string agency_phone;
  std::string public_url;
};

struct Submitted {
  int64_t id = 0;
  std::string number;
  std::string tracking_code;  // shown once; only its hash is kept
};

// Everything about one case.
struct CaseFile {
  Application app;
  std::vector<Event> events;
  std::vector<Letter> letters;
  std::vector<Appeal> appeals;
  std::vector<ApplicationFile> files;  // attached by the applicant
  Clock clock;
  std::vector<int64_t> signers;
  // True for the 公开办 of the case's agency. Otherwise (协查 staff of the
  // assigned department) the applicant's personal data are blanked and the
  // letters and the applicant's files left out: they carry the same data.
  bool personal = false;
};

// Input of an action from the console; which fields count depends on it.
struct ActionInput {
  std::string on;              // date it happened (default today)
  std::string until;           // correction deadline (default: correction_period_days later)
  int days = 0;                // extension days
  std::string note;            // reason, comments, third party's answer ...
  std::string third_party;     // consultation: whom
  std::string outcome;         // draft_decision: OutcomeCode
  std::string explanation, public_index_no, holder_agency, legal_basis, withheld;
  std::string fee_method;      // notify_fee: per-page / per-application
  int pages = 0;               // notify_fee per-page
  int64_t department_id = 0;   // assign
  std::string topic;           // set_topic
  std::string letter_title, letter_body;  // the edited letter; placeholders left are merged on issue
  Appeal appeal;               // appeal
};

struct Counts {
  int64_t to_confirm = 0, due_soon = 0, overdue = 0, waiting_applicant = 0, waiting_third_party = 0,
          sign_off = 0, open = 0;
};

class ApplicationService {
 public:
  ApplicationService(std::shared_ptr<storage::Database> db, const gk::Clock& clock, const WorkCalendar& calendar,
                     ApplicationsOptions options);

  const ApplicationsOptions& options() const { return options_; }
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
  Result<Submitted> SubmitOnline(const auth::Actor& actor, Application a, FieldErrors* errors,
                                 const std::vector<ApplicationFile>& files = {});
  // The checks of SubmitOnline alone (Art. 29), nothing saved: the public
  // form runs them before it writes any attachment, so that a refused form
  // leaves no file behind.
  Status CheckOnline(Application a, FieldErrors* errors);
  // Staff register an application received in person, by post, letter or
  // fax, with its date of receipt (Art. 31); the clock starts at once.
  Result<Submitted> Register(const auth::Actor& actor, const auth::User& user, Application a,
                             const std::string& received_on, const std::string& letter_body, FieldErrors* errors);

  Result<CaseFile> Get(int64_t id);
  // For staff: the case file, with the view of personal data audited.
  Result<CaseFile> Open(const auth::Actor& actor, const auth::User& user, int64_t id);
  // The applicant's view by number and tracking code; NotFound for a wrong
  // number or code alike (one message, nothing learnt).
  Result<CaseFile> Lookup(const std::string& number, const std::string& code);

  // The rules' view of an action for this user now (to show which apply).
  Result<CaseFacts> Facts(const auth::User& user, const Application& app);
  std::vector<std::string> Refusals(Action a, const CaseFile& file, const auth::User& user);

  Status Perform(const auth::Actor& actor, const auth::User& user, int64_t id, Action a, const ActionInput& in,
                 FieldErrors* errors);

  // The letter template of `kind` merged with what the case knows now.
  // Placeholders only known on issue (dates and amounts of the action) are
  // left as {{name}} and merged by Perform.
  Result<std::string> DraftLetter(const CaseFile& file, const std::string& kind, const ActionInput& in);
  // The letter template `kind` as it stands, every placeholder unfilled: the
  // text staff may edit before a case exists (the 登记回执 of a registration).
  Result<std::string> LetterTemplate(const std::string& kind) const { return LoadTemplate(kind); }
  // Letter kind an action issues, or "" (reply letters: "reply-<outcome>").
  static std::string LetterKindFor(Action a, const std::string& outcome);

  Result<std::vector<Application>> List(const store::Filter& f, int64_t* total);
  Result<Counts> Dashboard(const std::vector<int64_t>& agencies);
  // Earlier applications of the same applicant and ones with similar text.
  Result<std::vector<Application>> Related(const Application& app);

  Result<AnnualTables> Tables(int year, const std::vector<int64_t>& agencies);

  // Statistics of the applications received in [from, to]: counts by
  // month, channel, applicant type, department, topic and outcome (keys are
  // the stored codes; "" for none).
  struct Stats {
    std::vector<std::pair<std::string, int64_t>> by_month, by_channel, by_type, by_department, by_topic, by_outcome;
    int64_t total = 0;
  };
  Result<Stats> Statistics(const std::vector<int64_t>& agencies, const std::string& from, const std::string& to);
  // An audit entry for an export of case data by `actor`.
  Status AuditExport(const auth::Actor& actor, int64_t agency_id, const std::string& summary);

  Result<std::vector<int64_t>> Signers(int64_t agency_id);
  // `by` must administer the agency (null: the command line); every signer
  // must be of the agency's 公开办.
  Status SetSigners(const auth::Actor& actor, const auth::User* by, int64_t agency_id,
                    const std::vector<int64_t>& user_ids);


  // Merges {{name}} placeholders; unknown ones are kept as they are. Values
  // go in with their braces as character references (&#123; &#125;), so no
  // merged value is ever read as a placeholder.
  static std::string Merge(const std::string& text, const std::map<std::string, std::string>& values);
  // Merge for letters: a paragraph (text between blank lines) that uses a
  // known placeholder whose value is empty is left out, so an optional
  // sentence ("已主动公开……{{public_link}}") disappears when it does not apply.
  static std::string MergeLetter(const std::string& text, const std::map<std::string, std::string>& values);
  // The placeholders still in `text` ("{{public_link}}"), in order.
  static std::vector<std::string> Unfilled(const std::string& text);
  // "2026年11月26日".
  static std::string ChineseDate(const std::string& ymd);

 private:
  Status Validate(Application& a, FieldErrors* errors);
  // Records an event and recomputes the derived clock fields.
  void Record(soci::session& sql, Application& a, Event e);
  Clock ClockOf(const std::vector<Event>& events) const;
  std::map<std::string, std::string> MergeValues(soci::session& sql, const CaseFile& file, const ActionInput& in);
  Result<std::string> LoadTemplate(const std::string& kind) const;
  Letter NewLetter(soci::session& sql, const CaseFile& file, const std::string& kind, const ActionInput& in,
                   bool issue);

  // Puts the case's current text into the index (after a commit).
  void Reindex(int64_t id);

  std::shared_ptr<storage::Database> db_;
  search::Index* index_ = nullptr;
  const gk::Clock& clock_;
  const WorkCalendar& calendar_;
  ApplicationsOptions options_;
};

}  // namespace gk::applications
