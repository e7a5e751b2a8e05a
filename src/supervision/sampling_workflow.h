// A sampling batch's life as a table (access/transitions.h): which action
// may start from which state, where it leads and which permission it needs
// in the batch's agency.
//
//   draft ──publish──▶ published ──withdraw──▶ withdrawn
//   (edit: the notice's text, or the whole file again)
#pragma once

#include <string>
#include <vector>

#include "access/model.h"
#include "access/permissions.h"
#include "supervision/sampling_model.h"

namespace gk::supervision {

enum class BatchAction { kEdit, kPublish, kWithdraw };
const char* BatchActionCode(BatchAction a);   // "publish" (the audit log's sampling.publish)
const char* BatchActionLabel(BatchAction a);  // "发布"
bool StateAllows(BatchAction a, BatchState s);
BatchState NextState(BatchAction a, BatchState s);
access::Permission ActionPermission(BatchAction a);
// Every reason `user` may not do `a` on `b` now; empty: allowed.
std::vector<std::string> Refusals(BatchAction a, const SamplingBatch& b, const access::User& user,
                                  const std::vector<int64_t>& ancestors);

}  // namespace gk::supervision
