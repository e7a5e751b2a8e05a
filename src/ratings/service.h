// 好差评: the public rates a service on the agency's list, or its own
// handled application (by its number and 查询码), on five levels; a bad
// rating opens a follow-up on the clock of rules.h — 回访, 整改, the
// rater's response (by the code they were given, or recorded by staff) —
// or an appeal when it was mistaken or malicious; the month's statistics
// per service and department, and the handling results, are public. Every
// change is checked against workflow.h in the rating's agency and written
// with its audit entry in one transaction.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "access/model.h"
#include "access/scope.h"
#include "common/calendar.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "ratings/model.h"
#include "ratings/report.h"
#include "ratings/rules.h"
#include "ratings/store.h"
#include "ratings/workflow.h"
#include "storage/database.h"

namespace gk::ratings {

// A rating as the form posts it.
struct RatingForm {
  SubjectKind kind = SubjectKind::kService;
  int64_t service_id = 0;
  std::string application_number, application_code;  // kApplication
  std::string message_number, message_code;          // kMessage
  std::string level;                                  // "1".."5"
  std::string channel;                                // ChannelCode
  std::string comment;
  std::string contact;
};

// What an application or a message is, for rating it: found by its number
// and 查询码 by whoever owns it (the composition root wires it); nothing
// when the pair is wrong or it is not yet handled or answered.
struct RatedSubject {
  int64_t agency_id = 0;
  std::string label;
  std::string department;
};
using SubjectLookup = std::function<std::optional<RatedSubject>(const std::string& number, const std::string& code)>;
using ApplicationLookup = SubjectLookup;

struct Submitted {
  int64_t id = 0;
  std::string code;  // shown once: follows the rating and answers the rectification
  bool bad = false;
};

class RatingService {
 public:
  RatingService(std::shared_ptr<storage::Database> db, const Clock& clock, const WorkCalendar& calendar,
                RatingSettings settings);
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }
  void SetApplicationLookup(SubjectLookup lookup) { applications_ = std::move(lookup); }
  void SetMessageLookup(SubjectLookup lookup) { messages_ = std::move(lookup); }
  const RatingSettings& settings() const { return settings_; }

  // The list of rated services (kManageRatings in the service's agency).
  Result<int64_t> AddService(const access::Actor& actor, const access::User& user, const RatedService& s,
                             FieldErrors* errors);
  Status UpdateService(const access::Actor& actor, const access::User& user, const RatedService& s,
                       FieldErrors* errors);
  Result<std::vector<RatedService>> Services(const std::vector<int64_t>* agency_ids, bool active_only);

  // The form's problems, nothing stored (a form refused for its human
  // check still hears about its fields). Invalid when there are any.
  Status Check(const RatingForm& form, FieldErrors* errors);
  // A rating from the public form. Invalid with every problem in `errors`.
  Result<Submitted> Submit(const access::Actor& actor, const RatingForm& form, FieldErrors* errors);
  // The rater's view, by the code given at submission; NotFound for a wrong pair.
  Result<Rating> Lookup(int64_t id, const std::string& code);
  // The rater answers the rectification (satisfied / unsatisfied, a note).
  Status RaterRespond(const access::Actor& actor, int64_t id, const std::string& code, const std::string& response,
                      const std::string& note, FieldErrors* errors);

  // A follow-up step by staff. `note` is what the step records (回访情况,
  // 整改情况, the rater's words, the appeal's reasons or its decision);
  // `response` the rater's response for kRespond.
  Status Act(const access::Actor& actor, const access::User& user, int64_t id, RatingAction action,
             const std::string& note, const std::string& response, FieldErrors* errors);

  Result<Rating> Get(int64_t id);
  Result<store::RatingPage> List(const store::RatingFilter& f);
  Result<int64_t> Overdue(const std::vector<int64_t>* agency_ids);
  // The statistics of `month` (YYYY-MM).
  Result<MonthStats> Stats(const std::string& month, const std::vector<int64_t>* agency_ids);
  // The month's report of one agency (report.h), as the records stand today.
  // NotFound for an unknown agency; Invalid for a month not YYYY-MM.
  Result<MonthReport> Report(int64_t agency_id, const std::string& month);
  static std::vector<RatingAction> Allowed(const Rating& r, const access::Scope& scope);
  Date Today() const;

 private:
  // The checks and the subject that need no transaction (an application is
  // looked up through `applications_`, which reads on its own).
  void Prepare(const RatingForm& form, Rating* r, FieldErrors* errors) const;
  // A rated service: it must be on the list and active.
  void ResolveService(soci::session& sql, const RatingForm& form, Rating* r, FieldErrors* errors) const;
  Status Apply(const access::Actor& actor, int64_t id, RatingAction action, const std::string& summary,
               const std::function<Status(soci::session&, Rating&)>& check);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  const WorkCalendar& calendar_;
  RatingSettings settings_;
  const ChangeAnnouncer* changes_ = nullptr;
  SubjectLookup applications_;
  SubjectLookup messages_;
};

}  // namespace gk::ratings
