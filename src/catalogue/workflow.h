// The review workflow as a table: which action may start from which state and
// needs which permission. Each refusal comes back as a sentence for people.
//
//   draft ──submit──▶ submitted ──approve (初审)──▶ in_review ──approve…──▶
//     ▲                   │                            │   (last stage: 终审)
//     └──────reject───────┴────────────reject──────────┘        │
//                                   published ◀── scheduled ◀───┘ (publish_at in the future)
//                                       │
//                                   withdraw ──▶ withdrawn
#pragma once

#include <string>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "catalogue/model.h"

namespace gk::catalogue {

enum class Action { kEdit, kSubmit, kApprove, kReject, kWithdraw };

const char* ActionLabel(Action a);  // "提交审核" ...

// What the workflow needs to know besides the item and the user.
struct ReviewFacts {
  int stage_count = 3;                    // configurable stages, default 初审 复审 终审
  std::vector<int64_t> editor_ids;        // everyone who wrote or edited the item
  std::vector<int64_t> approvers;         // who approved a stage in the current round
  std::vector<int64_t> agency_ancestors;  // of the item's agency, for role scope
  // Of an interpretation (政策解读): whether an image / a video is attached.
  bool has_image = false;
  bool has_video = false;
};

// An item that passed every review stage and waits to be published together
// with its policy or its interpretation (谁起草谁解读，同步发布): it stays
// in_review with all stages approved until the other is ready.
bool AwaitsRelease(const Item& item, int stage_count);

// Whether the item's state admits the action at all (the transition table).
bool StateAllows(Action action, State state);

// Every reason `user` may not do `action` on `item` now; empty: allowed.
std::vector<std::string> Refusals(Action action, const Item& item, const access::User& user, const ReviewFacts& facts);

// The state after an approval of the next stage.
State StateAfterApproval(const Item& item, int stage_count, bool publish_later);

}  // namespace gk::catalogue
