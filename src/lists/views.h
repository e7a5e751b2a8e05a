// What the 公开清单 pages show, filled into template dictionaries from the
// kinds' field definitions, and the entries' JSON: shared by the console and
// the public pages.
#pragma once

#include <ctemplate/template.h>

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <string>

#include "common/status.h"
#include "lists/model.h"
#include "lists/service.h"

namespace gk::lists {

// The list: KIND KIND_LABEL GROUP INTRO, and HEADERS (LABEL) for its table columns.
void FillKind(ctemplate::TemplateDictionary& d, const KindDef& kind);
// A table row: ID KIND TITLE CELLS (VALUE, one per HEADERS) STATE STATE_CODE
// UPDATED_ON PUBLISHED_ON.
void FillRow(ctemplate::TemplateDictionary& d, const KindDef& kind, const Entry& e);
// The entry's page: FIELDS (LABEL and one of TEXT (VALUE), PARAS (LINES:
// LINE), STEPS (ITEMS: ITEM), LINK (URL)); empty fields left out.
void FillDetail(ctemplate::TemplateDictionary& d, const KindDef& kind, const Entry& e);
// The form: FIELDS (KEY LABEL VALUE HINT ERROR REQUIRED and one of INPUT,
// TEXTAREA (ROWS), SELECT (OPTIONS: VALUE SELECTED)).
void FillForm(ctemplate::TemplateDictionary& d, const KindDef& kind, const Values& values, const FieldErrors& errors);
// The values a form posts, by the kind's field keys.
Values FormValues(const KindDef& kind, const std::function<std::string(const std::string&)>& form);

nlohmann::json KindJson(const KindDef& kind, int64_t published);
nlohmann::json EntryJson(const KindDef& kind, const Entry& e);
// The header line of a CSV template for importing the list.
std::string CsvTemplate(const KindDef& kind);

}  // namespace gk::lists
