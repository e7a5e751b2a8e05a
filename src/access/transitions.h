// A workflow's transition table, the one shape every domain's workflow
// takes: for each action, the states it may start from, the state it leads
// to and the permission it needs in the record's agency. The domains list
// their rows (draw_workflow.cc, enforcement_workflow.cc, …); the look-ups
// are written once here.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "access/permissions.h"

namespace gk::access {

template <typename Action, typename State>
class TransitionTable {
 public:
  struct Row {
    Action action;
    std::vector<State> from;
    State to;  // the same state for actions that stay
    Permission permission;
  };

  // REQUIRES: a row for every action.
  explicit TransitionTable(std::vector<Row> rows) : rows_(std::move(rows)) {}

  // Whether the state admits the action at all.
  bool Allows(Action a, State s) const {
    const auto& from = RowOf(a).from;
    return std::find(from.begin(), from.end(), s) != from.end();
  }
  // Where the action leads from `s` (`s` itself when not allowed).
  State Next(Action a, State s) const { return Allows(a, s) ? RowOf(a).to : s; }
  // The permission the action needs in the record's agency.
  Permission PermissionFor(Action a) const { return RowOf(a).permission; }
  const std::vector<Row>& rows() const { return rows_; }

  // The two refusals every workflow starts from, in Chinese: the state does
  // not admit the action (“该<what>当前为“<state>”，不能<action>”), and the user
  // lacks its permission in the record's agency.
  std::vector<std::string> BasicRefusals(Action a, State s, const char* what, const char* state_label,
                                         const char* action_label, const User& user, int64_t agency_id,
                                         const std::vector<int64_t>& ancestors) const {
    std::vector<std::string> out;
    if (!Allows(a, s)) out.push_back(std::string("该") + what + "当前为“" + state_label + "”，不能" + action_label);
    const Permission p = PermissionFor(a);
    if (!AllowsFor(user, p, agency_id, ancestors))
      out.push_back(std::string("您没有本机构“") + PermissionLabel(p) + "”的权限");
    return out;
  }

 private:
  const Row& RowOf(Action a) const {
    for (const auto& r : rows_)
      if (r.action == a) return r;
    return rows_.front();
  }

  std::vector<Row> rows_;
};

}  // namespace gk::access
