// SQL for cleanups (cleanup.h) and the 有效性 history of documents
// (validity_history). Runs on the caller's session; throws what SOCI throws.
#pragma once

#include <optional>
#include <vector>

#include "catalogue/cleanup.h"

namespace soci {
class session;
}

namespace gk::catalogue::store {

int64_t InsertCleanup(soci::session& sql, const Cleanup& c);
// Title, decision day and basis.
void UpdateCleanupHeader(soci::session& sql, const Cleanup& c);
// Replaces the cleanup's decisions with those of `entries` that decide.
void SaveCleanupDecisions(soci::session& sql, int64_t cleanup_id, const std::vector<CleanupEntry>& entries);
void MarkCleanupDecided(soci::session& sql, int64_t cleanup_id, int64_t by, int64_t at);
// The cleanups of the agencies (null: every agency), newest first, without
// their entries.
std::vector<Cleanup> ListCleanups(soci::session& sql, const std::vector<int64_t>* agencies);
// A cleanup with its decided entries, each with its document's title, 文号,
// 索引号, kind and 有效期至, in the order of the documents' 成文日期.
std::optional<Cleanup> FindCleanup(soci::session& sql, int64_t id);

void InsertValidityChange(soci::session& sql, const ValidityChange& c);
// Starts the history of a document as it is published (or imported) on
// `on`: in force from then, and ceased when it already is (废止, 失效, 修订 on
// its 有效性变更日期). Nothing for an item that is no 规章 or 规范性文件.
void StartValidityHistory(soci::session& sql, const Item& item, Date on, int64_t now);
// A document's history, oldest first.
std::vector<ValidityChange> ValidityHistory(soci::session& sql, int64_t item_id);

}  // namespace gk::catalogue::store
