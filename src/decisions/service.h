// 重大行政决策事项目录: an agency's major decisions of a year are entered
// (信息员, 公开办) with their stages' planned and done dates, linked to their
// consultation and, once decided, to the catalogue item of the decision;
// the 公开办 publishes the entry and it stays editable as the decision moves
// on; the public follows the year's catalogue at /decisions. Every change is
// checked against workflow.h in the entry's agency and written with its
// audit entry in one transaction; changes to public entries are announced
// (ChangeKind::kDecision).
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "access/model.h"
#include "access/scope.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "decisions/model.h"
#include "decisions/rules.h"
#include "decisions/store.h"
#include "decisions/workflow.h"
#include "storage/database.h"

namespace gk::decisions {

// An entry as the form posts it (dates YYYY-MM-DD or empty).
struct DecisionForm {
  int64_t agency_id = 0;  // a new entry only
  std::string year, title, summary, owner;
  std::string consultation_id;  // a number or empty
  std::string result_index_no;  // a 索引号 or empty
  std::array<std::string, kStages> planned, done;
};

// What another domain knows of a linked record, wired by the composition
// root: a consultation's agency and title; a published item's title.
struct LinkedConsultation {
  int64_t agency_id = 0;
  std::string title;
};
using ConsultationLookup = std::function<std::optional<LinkedConsultation>(int64_t id)>;
using ItemLookup = std::function<std::optional<std::string>(const std::string& index_no)>;

class DecisionService {
 public:
  DecisionService(std::shared_ptr<storage::Database> db, const Clock& clock);
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }
  void SetLookups(ConsultationLookup consultations, ItemLookup items) {
    consultations_ = std::move(consultations);
    items_ = std::move(items);
  }

  Result<int64_t> Create(const access::Actor& actor, const access::User& user, const DecisionForm& form,
                         FieldErrors* errors);
  Status Update(const access::Actor& actor, const access::User& user, int64_t id, const DecisionForm& form,
                FieldErrors* errors);
  Status Publish(const access::Actor& actor, const access::User& user, int64_t id);
  Status Withdraw(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                  FieldErrors* errors);

  Result<MajorDecision> Get(int64_t id);
  Result<store::DecisionPage> List(const store::DecisionFilter& f);
  Result<std::vector<int>> Years(bool public_only, const std::vector<int64_t>* agency_ids);
  // The linked records' titles, for the pages ("" when not found).
  std::string ConsultationTitle(int64_t id) const;
  std::string ItemTitle(const std::string& index_no) const;
  std::vector<Action> Allowed(const MajorDecision& d, const access::Scope& scope) const;
  Date Today() const;

 private:
  // The form's fields as an entry (not its agency or state), every problem in `errors`.
  void Parse(const DecisionForm& form, int64_t agency_id, MajorDecision* d, FieldErrors* errors) const;
  Status Transition(const access::Actor& actor, const access::User& user, int64_t id, Action action,
                    const std::function<Status(MajorDecision&, std::string* summary)>& apply);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  const ChangeAnnouncer* changes_ = nullptr;
  ConsultationLookup consultations_;
  ItemLookup items_;
};

}  // namespace gk::decisions
