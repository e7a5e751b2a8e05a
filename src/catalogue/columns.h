// Administration of the column tree (栏目) of an agency.
#pragma once

#include "common/changes.h"

#include <string>
#include <vector>
#include "access/model.h"
#include "auth/audit.h"

#include "catalogue/model.h"
#include "common/clock.h"
#include "common/status.h"
#include "storage/database.h"

namespace gk::catalogue {

// Adds a column: a code unique in the agency (a-z, 0-9, -), a name, a kind,
// an optional parent of the same agency. Every problem is reported at once.
Result<int64_t> CreateColumn(storage::Database& db, const Clock& clock, const access::Actor& actor, Column c,
                             FieldErrors* errors, const ChangeAnnouncer* changes = nullptr);
// Renames, moves or reorders a column; its code (part of its URL) stays.
Status UpdateColumn(storage::Database& db, const Clock& clock, const access::Actor& actor, const Column& c,
                    FieldErrors* errors, const ChangeAnnouncer* changes = nullptr);

// Deletes an empty column: refused (kConflict, a Chinese sentence) while it
// has sub-columns or items, and always for 政府信息公开 and its four parts
// (which the home page and Art. 20 require) and the columns of the main
// navigation (政策文件, 政策解读, 通知公告, 工作动态). Audited.
Status DeleteColumn(storage::Database& db, const Clock& clock, const access::Actor& actor, const Column& c,
                    const ChangeAnnouncer* changes = nullptr);

// 组配分类 of an agency: its own list in order, or DefaultCategories()
// when it has none.
Result<std::vector<std::string>> AgencyCategories(storage::Database& db, int64_t agency_id);
// Replaces the agency's list (names trimmed, 1–30 characters, no
// duplicates, at most 60); an empty list returns to the default one.
// Audited. Items keep the category they have.
Status SetAgencyCategories(storage::Database& db, const Clock& clock, const access::Actor& actor, int64_t agency_id,
                           const std::vector<std::string>& names, FieldErrors* errors,
                           const ChangeAnnouncer* changes = nullptr);

}  // namespace gk::catalogue
