// The 发布前内容检查 card of a console page (text/field_check.h findings):
// the same rows for every domain that checks text before it goes public.
#pragma once

#include <ctemplate/template.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "text/field_check.h"

namespace gk::web {

// Fills `card` (the section CONTENT_CHECK) with FINDINGS (FIELD KIND BADGE
// MESSAGE CONTEXT TEXT; BLOCKING; HAS_SUGGESTION (SUGGESTION)), COUNT,
// BLOCKING_COUNT and CLEAN when there is none. `each`, when given, is called
// with every row, e.g. to add a one-click fix form. Returns the number of
// blocking findings.
int FillContentFindings(ctemplate::TemplateDictionary& card, const std::vector<text::FieldFinding>& findings,
                        const std::function<void(ctemplate::TemplateDictionary&, const text::FieldFinding&)>& each = {});

// A finding's one-click fix form (FIX: ID FIELD_CODE START END TEXT
// CSRF_TOKEN) in `row`, for the record `id`; nothing when the finding has no
// suggestion.
void AddContentFix(ctemplate::TemplateDictionary& row, const text::FieldFinding& f, int64_t id,
                   const std::string& csrf_token);

}  // namespace gk::web
