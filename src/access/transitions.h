// A workflow's transition table, the one shape every domain's workflow
// takes: for each action, the states it may start from, the state it leads
// to and the permission it needs in the record's agency. The domains list
// their rows (draw_workflow.cc, enforcement_workflow.cc, …); the look-ups
// are written once here.
#pragma once

#include <algorithm>
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

 private:
  const Row& RowOf(Action a) const {
    for (const auto& r : rows_)
      if (r.action == a) return r;
    return rows_.front();
  }

  std::vector<Row> rows_;
};

}  // namespace gk::access
