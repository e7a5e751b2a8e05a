// Pieces of SQL text the domain stores share, written once.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace soci {
class session;
class statement;
}

namespace gk::storage {

// "1,2,3" for `IN (...)`; "0" (no row has id 0) for an empty list, so the
// clause stays valid and matches nothing. Ids are numbers: nothing to escape.
std::string IdList(const std::vector<int64_t>& ids);

// The count a `SELECT COUNT(*) …` statement gives with `binds` bound to its
// placeholders in order (the list and page queries of the domain stores).
int64_t CountRows(soci::session& sql, const std::string& count_sql, std::vector<std::string>& binds);

// The one row `select` finds with `id` bound to its `:id`: `bind_columns`
// binds the statement's columns into the caller's row (before `:id` is
// bound, so the columns come first). False when there is no such row.
bool SelectById(soci::session& sql, const std::string& select, int64_t id,
                const std::function<void(soci::statement&)>& bind_columns);

// Every row of `select` with `binds` bound to its placeholders in order,
// then `limit` and `offset` to the ":lim" and ":off" this appends: the page
// queries of the domain stores. `bind_columns` binds the columns into the
// caller's row; `each_row` is called after each fetch.
void FetchPage(soci::session& sql, const std::string& select, std::vector<std::string>& binds, int64_t limit,
               int64_t offset, const std::function<void(soci::statement&)>& bind_columns,
               const std::function<void()>& each_row);

// A LIKE pattern matching `text` anywhere, its wildcards escaped with '!':
// use it as `column LIKE :p ESCAPE '!'`.
std::string LikeContains(std::string_view text);

}  // namespace gk::storage
