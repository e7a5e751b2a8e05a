// An entry's life as a table (access/transitions.h): which action may start
// from which state, where it leads and which permission it needs in the
// entry's agency.
//
//   draft ──publish──▶ published ──withdraw──▶ withdrawn
//     └──delete──▶ (gone)    ▲                      │
//                            └─────republish────────┘
// Editing is not a transition: a draft is edited with kManageLists, a
// published entry (the public sees the change at once) with kPublishLists,
// a withdrawn one not at all (publish it again first).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "lists/model.h"

namespace gk::lists {

enum class EntryAction { kPublish, kWithdraw, kRepublish, kDelete };
const std::vector<EntryAction>& AllEntryActions();
const char* EntryActionCode(EntryAction a);   // "withdraw" (the URL and the audit log's list_entry.withdraw)
const char* EntryActionLabel(EntryAction a);  // "撤下"
bool ParseEntryAction(std::string_view code, EntryAction* out);
bool StateAllows(EntryAction a, EntryState s);
EntryState NextState(EntryAction a, EntryState s);
access::Permission ActionPermission(EntryAction a);
// The permission editing an entry in state `s` needs; false when it cannot
// be edited at all.
bool EditPermission(EntryState s, access::Permission* out);
// Every reason `user` may not do `a` on `e` now; empty: allowed.
std::vector<std::string> Refusals(EntryAction a, const Entry& e, const access::User& user,
                                  const std::vector<int64_t>& ancestors);

}  // namespace gk::lists
