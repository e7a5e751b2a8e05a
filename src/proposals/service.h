// 建议提案: the handling office registers each 建议 or 提案 assigned to the
// agency (its due day 3 months on, rules.h), answers it with the reply
// letter and its class (A/B/C), and the 公开办 publishes the handling result
// — with the letter in full where it concerns the public — or keeps it
// unpublished with a reason. Every change is checked against workflow.h in
// the proposal's agency and written with its audit entry in one
// transaction; what the public sees changing is announced
// (ChangeKind::kProposal).
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
#include "proposals/model.h"
#include "proposals/rules.h"
#include "proposals/store.h"
#include "proposals/workflow.h"
#include "storage/database.h"

namespace gk::proposals {

// A proposal as the console's form posts it.
struct ProposalForm {
  int64_t agency_id = 0;
  std::string year, kind, number, title, proposer, role, summary, assigned_on;
};

// The reply as the console's form posts it.
struct ReplyForm {
  std::string result, reply, public_summary, replied_on;
  bool reply_public = false;
};

class ProposalService {
 public:
  ProposalService(std::shared_ptr<storage::Database> db, const Clock& clock);
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }
  Date Today() const;

  Result<int64_t> Create(const access::Actor& actor, const access::User& user, const ProposalForm& form,
                         FieldErrors* errors);
  Status Update(const access::Actor& actor, const access::User& user, int64_t id, const ProposalForm& form,
                FieldErrors* errors);
  // Answers (or corrects the answer until it is published).
  Status Reply(const access::Actor& actor, const access::User& user, int64_t id, const ReplyForm& form,
               FieldErrors* errors);
  Status Publish(const access::Actor& actor, const access::User& user, int64_t id);
  Status Withhold(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                  FieldErrors* errors);

  Result<Proposal> Get(int64_t id);
  Result<store::ProposalPage> List(const store::ProposalFilter& f);
  Result<YearFigures> Figures(const std::vector<int64_t>* agency_ids, int year);
  Result<std::vector<int>> Years(const std::vector<int64_t>* agency_ids);
  // Still handled past their due day, for the dashboard.
  Result<int64_t> OverdueCount(const std::vector<int64_t>* agency_ids);
  // The actions the state admits and `scope` may take (the rules may still refuse).
  std::vector<Action> Allowed(const Proposal& p, const access::Scope& scope) const;

 private:
  void Parse(const ProposalForm& form, Proposal* p, FieldErrors* errors) const;
  Status Transition(const access::Actor& actor, const access::User& user, int64_t id, Action action,
                    const std::function<Status(soci::session&, Proposal&, std::string* summary)>& apply);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  const ChangeAnnouncer* changes_ = nullptr;
};

}  // namespace gk::proposals
