// Administration of the column tree (栏目) of an agency.
#pragma once

#include "auth/audit.h"
#include "auth/model.h"
#include "catalogue/model.h"
#include "common/clock.h"
#include "common/status.h"
#include "storage/database.h"

namespace gk::catalogue {

// Adds a column: a code unique in the agency (a-z, 0-9, -), a name, a kind,
// an optional parent of the same agency. Every problem is reported at once.
Result<int64_t> CreateColumn(storage::Database& db, const Clock& clock, const auth::Actor& actor, Column c,
                             FieldErrors* errors);
// Renames, moves or reorders a column; its code (part of its URL) stays.
Status UpdateColumn(storage::Database& db, const Clock& clock, const auth::Actor& actor, const Column& c,
                    FieldErrors* errors);

}  // namespace gk::catalogue
