// A draw's life as a table: which action may start from which state, where
// it leads and which permission it needs in the draw's agency. Each refusal
// comes back as a sentence for people.
//
//   draft ──announce──▶ announced ──lock_seed──▶ seed_locked ──run──▶ completed
//     │ (edit, exclusions)   │                        │          (record_inspection)
//     └──────cancel──────────┴────────cancel──────────┴──▶ cancelled
//
// The order is what makes a draw fair: the plan (lists, n, m, exclusions and
// where the seed will come from) is public before the seed exists, and the
// seed is public before the draw runs, so nobody can choose a seed for the
// result they want.
#pragma once

#include <string>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "supervision/draw_model.h"

namespace gk::supervision {

enum class DrawAction { kEdit, kAnnounce, kLockSeed, kRun, kCancel, kRecordInspection };
const char* DrawActionCode(DrawAction a);   // "announce" (the audit log's draw.announce)
const char* DrawActionLabel(DrawAction a);  // "公布抽查方案"

// Whether the state admits the action at all (the transition table).
bool StateAllows(DrawAction a, DrawState s);
// Where the action leads.
DrawState NextState(DrawAction a, DrawState s);
// The permission the action needs in the draw's agency.
access::Permission ActionPermission(DrawAction a);

// What the rules need besides the draw and the user.
struct DrawFacts {
  std::vector<int64_t> agency_ancestors;
  // For kAnnounce: the canonical lists and exclusions as they would be
  // frozen; every target must keep at least m inspectors.
  size_t targets = 0;
  size_t inspectors = 0;
  size_t fewest_inspectors_left = 0;  // over all targets, after exclusions
};

// Every reason `user` may not do `a` on `d` now; empty: allowed.
std::vector<std::string> Refusals(DrawAction a, const DrawRecord& d, const access::User& user, const DrawFacts& f);

// The seed as entered: Invalid unless 1–200 characters of valid UTF-8 with
// no line break or other control character (it is published and typed into
// scripts).
Status CheckSeed(const std::string& seed);

}  // namespace gk::supervision
