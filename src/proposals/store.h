// SQL for 建议提案 (table proposals, migration 0028). Functions take the
// session of the caller's transaction; the service decides what may be written.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "proposals/model.h"

namespace gk::proposals::store {

int64_t InsertProposal(soci::session& sql, const Proposal& p);
// Writes every field but id, agency and created_at when the state is still
// `expected`; false when it changed first.
bool UpdateProposal(soci::session& sql, const Proposal& p, State expected);
std::optional<Proposal> FindProposal(soci::session& sql, int64_t id);
// Whether another proposal of the agency and year has this kind and number.
bool NumberTaken(soci::session& sql, const Proposal& p);

struct ProposalFilter {
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  int year = 0;                                      // 0: any
  std::optional<State> state;
  std::optional<Kind> kind;
  std::string overdue_on;  // YYYY-MM-DD: handling past their due day on it
  std::string text;        // in the title, number, proposer or result
  int limit = 20;
  int offset = 0;
};
struct ProposalPage {
  std::vector<Proposal> proposals;
  int64_t total = 0;
};
// By number within the year (the newest year first).
ProposalPage ListProposals(soci::session& sql, const ProposalFilter& f);
// The figures of a year for the agencies (null: all), overdue ones counted on `today`.
YearFigures Figures(soci::session& sql, const std::vector<int64_t>* agency_ids, int year, Date today);
// The years with proposals, newest first.
std::vector<int> Years(soci::session& sql, const std::vector<int64_t>* agency_ids);

}  // namespace gk::proposals::store
