// 意见征集: an agency's consultations on draft decisions are written as
// drafts (信息员, 公开办) and published by the 公开办; they open and close on
// their dates (rules.h). The public comments through the service (the routes
// add the human check and the per-address limit); comments are held for a
// moderator or published after the keyword screen; after closing, staff
// record a decision on every comment, alike ones in bulk, and the 公开办
// publishes the adoption report. Every change is checked against
// workflow.h in the consultation's agency and written with its audit entry
// in one transaction; what the public sees changing is announced
// (ChangeKind::kConsultation) so the page cache empties.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "access/model.h"
#include "access/scope.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "consultations/model.h"
#include "consultations/rules.h"
#include "consultations/store.h"
#include "consultations/workflow.h"
#include "files/store.h"
#include "storage/database.h"

namespace gk::consultations {

struct ConsultationSettings {
  int report_days = 30;                   // the adoption report is due this many days after closing
  std::vector<std::string> screen_words;  // the keyword screen (Moderation::kScreen)
};

// A consultation as the form posts it (texts as typed; dates YYYY-MM-DD).
struct ConsultationForm {
  int64_t agency_id = 0;  // a new consultation only
  std::string title, draft_md, explanation_md, how_to;
  std::string opens_on, closes_on, short_reason;
  std::string articles;  // a number, "" for none
  std::string identity, moderation;
};

// A comment as the public form posts it.
struct CommentForm {
  std::string article;  // "0" or "" for the whole draft
  std::string name;
  std::string contact;
  std::string body;
};

struct Commented {
  int64_t id = 0;
  std::string code;  // shown once: the author follows the comment with it
  bool published = false;
};

class ConsultationService {
 public:
  ConsultationService(std::shared_ptr<storage::Database> db, const Clock& clock, ConsultationSettings settings);
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }
  const ConsultationSettings& settings() const { return settings_; }

  // A draft. Invalid with every problem of the form in `errors`.
  Result<int64_t> Create(const access::Actor& actor, const access::User& user, const ConsultationForm& form,
                         FieldErrors* errors);
  Status Update(const access::Actor& actor, const access::User& user, int64_t id, const ConsultationForm& form,
                FieldErrors* errors);
  // Published as it is; it opens on its opens_on. The period is checked
  // again (a draft may have been saved long ago): closing in the past is refused.
  Status Publish(const access::Actor& actor, const access::User& user, int64_t id, FieldErrors* errors);
  Status Withdraw(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                  FieldErrors* errors);
  // A file (already checked and stored, files::FileStore) added to a draft;
  // at most kMaxFiles. Removed the same way.
  static constexpr size_t kMaxFiles = 10;
  Status AddFile(const access::Actor& actor, const access::User& user, int64_t id, const files::StoredFile& file);
  Status RemoveFile(const access::Actor& actor, const access::User& user, int64_t id, int64_t file_id);

  // The comment form's problems, nothing stored (a form refused for its
  // human check still hears about its fields).
  Status CheckComment(int64_t id, const CommentForm& form, FieldErrors* errors);
  // A comment from the public, committed before this returns. Invalid with
  // every problem in `errors`; Conflict when the consultation is not open.
  Result<Commented> SubmitComment(const access::Actor& actor, int64_t id, const CommentForm& form, FieldErrors* errors);
  // The author's view, by the code given at submission; NotFound for a wrong pair.
  Result<Comment> LookupComment(int64_t comment_id, const std::string& code);

  // Publishes (`publish`) or hides a comment; hiding needs a reason the
  // author sees with the code.
  Status Moderate(const access::Actor& actor, const access::User& user, int64_t id, int64_t comment_id, bool publish,
                  const std::string& reason, FieldErrors* errors);
  // The same decision and reason for each of `comment_ids` (alike
  // comments in bulk). Returns how many were decided.
  Result<int64_t> Decide(const access::Actor& actor, const access::User& user, int64_t id,
                         const std::vector<int64_t>& comment_ids, const std::string& decision,
                         const std::string& reason, FieldErrors* errors);
  // The 采纳情况: the main changes made (`report_md`), public from today
  // with the counts and the reasons as they stand (kept with it: the pages
  // do not count again); again to correct it.
  Status PublishReport(const access::Actor& actor, const access::User& user, int64_t id, const std::string& report_md,
                       FieldErrors* errors);

  Result<Consultation> Get(int64_t id);
  Result<store::ConsultationPage> List(const store::ConsultationFilter& f);
  Result<store::CommentPage> Comments(const store::CommentFilter& f);
  Result<DecisionCounts> Decisions(int64_t id);
  Result<std::vector<DecisionReason>> Reasons(int64_t id, int limit);
  Result<std::array<int64_t, 3>> CommentStates(int64_t id);
  // Every comment of `id`, oldest first (the export).
  Status ForEachComment(int64_t id, const std::function<void(const Comment&)>& each);
  // Published consultations whose report is overdue (ReportOverdue).
  Result<int64_t> ReportsDue(const std::vector<int64_t>* agency_ids);
  // The actions the user's scope allows now on `c` (the page offers these).
  std::vector<Action> Allowed(const Consultation& c, const access::Scope& scope, int64_t undecided) const;
  Date Today() const;

 private:
  void Parse(const ConsultationForm& form, Consultation* c, FieldErrors* errors) const;
  void ParseComment(const Consultation& c, const CommentForm& form, Comment* out, FieldErrors* errors) const;
  Status Transition(const access::Actor& actor, const access::User& user, int64_t id, Action action,
                    const std::function<Status(soci::session&, Consultation&, std::string* summary)>& apply);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  ConsultationSettings settings_;
  const ChangeAnnouncer* changes_ = nullptr;
};

}  // namespace gk::consultations
