// Small helpers for filling page dictionaries from forms and records.
#pragma once

#include <ctemplate/template.h>

#include <functional>
#include <string>

#include "common/status.h"
#include "http/message.h"

namespace gk::web {

class Context;

// For each error: section ERR_<FIELD> with MSG (field upper-cased), and a
// summary section ERRORS repeated with FIELD and MSG, and HAS_ERRORS shown
// when there is any (for a summary above the form).
void SetFieldErrors(ctemplate::TemplateDictionary& d, const FieldErrors& errors);
// Copies the named form fields into the dictionary as upper-case variables,
// so a form shown again keeps what the person typed.
void KeepInput(ctemplate::TemplateDictionary& d, const http::Request& req, std::initializer_list<const char*> fields);
// Parses a positive 64-bit id ("" or bad -> 0).
int64_t ParseId(const std::string& s);
// One option of a <select>: a `section` dictionary with VALUE, LABEL and
// SELECTED when `value` is `chosen`.
void AddOption(ctemplate::TemplateDictionary& d, const char* section, const std::string& value,
               const std::string& label, const std::string& chosen);
// A pagination block: section PAGINATION with PREV_URL/NEXT_URL sections and
// PAGE, PAGES, TOTAL. `base` ends with '?' or '&'.
void SetPagination(ctemplate::TemplateDictionary& d, const std::string& base, int page, int per_page, int64_t total);
std::string Upper(std::string s);
// A search box's text from the query string: trimmed, at most `max_bytes`
// (cut at a character boundary).
std::string QueryText(const http::Request& req, const char* name, size_t max_bytes = 200);
// The `page` parameter of a list, 1 to 10000 (1 when absent or bad).
int PageNumber(const http::Request& req);

// The outcome of a console action on a record (publish, withdraw, …): on
// success a redirect to `url` with `done` as the flash message; with
// `errors`, the record's page again (`again(errors, 400)`); on a conflict
// (the state changed, a rule refused), the page with the reason under the
// field "action" (409); any other failure as the status says.
http::Response AfterAction(Context& ctx, const Status& s, const FieldErrors& errors, const std::string& url,
                           const std::string& done,
                           const std::function<http::Response(const FieldErrors&, int)>& again);

}  // namespace gk::web
