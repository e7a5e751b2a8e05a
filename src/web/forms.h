// Small helpers for filling page dictionaries from forms and records.
#pragma once

#include <ctemplate/template.h>

#include <string>

#include "common/status.h"
#include "http/message.h"

namespace gk::web {

// For each error: section ERR_<FIELD> with MSG (field upper-cased), and a
// summary section ERRORS repeated with FIELD and MSG, and HAS_ERRORS shown
// when there is any (for a summary above the form).
void SetFieldErrors(ctemplate::TemplateDictionary& d, const FieldErrors& errors);
// Copies the named form fields into the dictionary as upper-case variables,
// so a form shown again keeps what the person typed.
void KeepInput(ctemplate::TemplateDictionary& d, const http::Request& req, std::initializer_list<const char*> fields);
// Parses a positive 64-bit id ("" or bad -> 0).
int64_t ParseId(const std::string& s);
// A pagination block: section PAGINATION with PREV_URL/NEXT_URL sections and
// PAGE, PAGES, TOTAL. `base` ends with '?' or '&'.
void SetPagination(ctemplate::TemplateDictionary& d, const std::string& base, int page, int per_page, int64_t total);
std::string Upper(std::string s);

}  // namespace gk::web
