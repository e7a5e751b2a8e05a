// The rules of 行政执法公示 records: decisions entered in the console or
// imported from a 双公示 file, checked field by field; masked for the public
// the moment they are written; published on the statutory clock, withdrawn
// with a reason, and taken out of public view when their period ends (the
// rules are enforcement_rules.h). Every change is checked against the
// transition table (enforcement_workflow.h) in the decision's agency and
// written with its audit entry in one transaction.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "access/model.h"
#include "access/scope.h"
#include "common/calendar.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "storage/database.h"
#include "supervision/enforcement_model.h"
#include "supervision/enforcement_rules.h"
#include "supervision/enforcement_store.h"
#include "supervision/enforcement_workflow.h"
#include "text/personal_info.h"

namespace gk::supervision {

// A decision's fields as typed or read from a file, by field code
// ("party_name", "fine", "decided_on", …: DecisionFields()). Amounts are
// 万元 as in the 双公示 files; dates YYYY-MM-DD, YYYY/M/D, YYYY年M月D日,
// YYYYMMDD or a spreadsheet's day number.
struct DecisionForm {
  int64_t agency_id = 0;
  DecisionKind kind = DecisionKind::kPenalty;
  std::map<std::string, std::string> fields;
  std::string Get(const std::string& code) const {
    auto it = fields.find(code);
    return it == fields.end() ? std::string() : it->second;
  }
};

// One field of a decision: its code, its label for each kind ("" when the
// kind has no such field), and the 双公示 file headers that carry it.
struct DecisionField {
  const char* code;
  const char* penalty_label;
  const char* licence_label;
  const char* coercive_label;
  std::vector<const char*> headers;
  bool multiline = false;
};
const std::vector<DecisionField>& DecisionFields();
// The label of a field for a kind ("" when the kind has none).
const char* FieldLabel(const DecisionField& f, DecisionKind kind);

struct ImportSummary {
  int64_t imported = 0;
  int64_t published = 0;   // public now
  int64_t expired = 0;     // imported with a 公示日期 whose period has already ended
  int64_t not_public = 0;  // warning-only penalties, kept on record
  std::map<DecisionKind, int64_t> by_kind;
  std::vector<std::string> ignored_columns;
};

class EnforcementService {
 public:
  EnforcementService(std::shared_ptr<storage::Database> db, const Clock& clock, const WorkCalendar& calendar,
                     EnforcementSettings settings, text::NameMask names);
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }
  const EnforcementSettings& settings() const { return settings_; }

  static constexpr size_t kMaxImportRows = 200000;

  // A draft in the console. Invalid with every problem in `errors` (by field code).
  Result<int64_t> Create(const access::Actor& actor, const access::User& user, const DecisionForm& form,
                         FieldErrors* errors);
  Status Update(const access::Actor& actor, const access::User& user, int64_t id, const DecisionForm& form,
                FieldErrors* errors);
  // Publishes today: sets the publication date and the period's end.
  Status Publish(const access::Actor& actor, const access::User& user, int64_t id);
  // Takes a published decision down because it was revoked or changed on
  // `revoked_on` (YYYY-MM-DD), with the reason.
  Status Withdraw(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                  const std::string& revoked_on, FieldErrors* errors);

  // `gongkai import enforcement FILE` and the console's upload: CSV, XLSX or
  // JSONL with the 双公示 headers. Every row is checked; any bad row
  // (`row_errors`, "第 3 行：…") imports nothing. Rows are published with
  // their 公示日期 (today when absent), warning-only penalties kept on
  // record. The agency of a row is the one whose 统一社会信用代码 is the
  // 处罚机关统一社会信用代码 (or whose name is the 处罚机关). `user` null: the
  // command line, which may import for every agency.
  Result<ImportSummary> Import(const access::Actor& actor, const access::User* user, const std::string& file_name,
                               std::string_view content, std::vector<std::string>* row_errors);

  // The record, for staff.
  Result<Decision> Get(int64_t id);
  // Exactly what the public will see of `d`: personal data masked, 证件 gone.
  Decision Masked(const Decision& d) const;
  // The public reading (masked), whatever its state: the caller decides
  // between showing it, 410 (withdrawn, expired) and 404 (never public).
  Result<Decision> GetPublic(int64_t id);
  // A page of decisions; the filter's `today` is filled in.
  Result<store::DecisionPage> List(store::DecisionFilter f);
  Result<store::DueCounts> Due(const std::vector<int64_t>* agency_ids);
  // The expiry sweep: counts the periods that ended since the last sweep,
  // audits and announces them (the page cache, feeds and search drop those
  // decisions); returns how many. It writes no decision: public reads do
  // not wait for it, they compare dates themselves.
  Result<int64_t> SweepExpired();
  // Decisions made in `year`, by kind (the annual report's table 二).
  Result<std::map<DecisionKind, int64_t>> YearCounts(int year, const std::vector<int64_t>* agency_ids);
  // Whether the agencies (all when null) keep any decision here, of any
  // year and state (the report: figures from the records or entered).
  Result<bool> HasDecisions(const std::vector<int64_t>* agency_ids);
  // The actions the user's scope allows now (the page offers these).
  static std::vector<DecisionAction> Allowed(const Decision& d, const access::Scope& scope);
  Date Today() const;
  // The last day a revoked decision may stay up: `withdraw_days` working
  // days after its revocation; none before it is revoked.
  std::optional<Date> WithdrawDeadline(const Decision& d) const;

 private:
  // Checks and converts a form; fills `d`'s fields, the clock and the
  // period. `today` bounds the dates.
  void Parse(const DecisionForm& form, Decision* d, FieldErrors* errors) const;
  store::PublicCopy PublicCopyOf(const Decision& d) const;
  // Writes an import's checked decisions (their ids filled in) with their
  // masked copies, and indexes them for the search.
  void InsertImported(store::DecisionWriter& writer, std::vector<Decision>& decisions, int64_t user_id) const;
  void Schedule(Decision* d) const;  // due_on, publishable, public_until from the fields
  Status Transition(const access::Actor& actor, const access::User& user, int64_t id, DecisionAction action,
                    const std::string& summary, const std::function<Status(soci::session&, Decision&)>& apply);
  void Changed(int64_t agency_id, int64_t id) const;

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  const WorkCalendar& calendar_;
  EnforcementSettings settings_;
  text::NameMask names_;
  const ChangeAnnouncer* changes_ = nullptr;
};

}  // namespace gk::supervision
