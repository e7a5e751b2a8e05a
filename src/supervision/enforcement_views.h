// What the enforcement pages show, filled into template dictionaries:
// shared by the console (the record, and the masked preview) and the public
// pages (the masked copy only), so both lay a decision out the same way.
#pragma once

#include <ctemplate/template.h>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

#include "common/status.h"
#include "supervision/enforcement_model.h"
#include "supervision/enforcement_rules.h"
#include "supervision/enforcement_store.h"

namespace gk::supervision {

// The decision's fields: ID KIND KIND_CODE PARTY DOC_NO DECIDED_ON
// PUBLISHED_ON PUBLIC_UNTIL AUTHORITY, and FIELDS (LABEL VALUE MULTILINE)
// in the order of the 双公示 standard, only those the kind has and that
// hold a value. `staff` adds 证件类型 and 证件号码 (the record; never for the
// public copy).
void FillDecision(ctemplate::TemplateDictionary& d, const Decision& v, bool staff);
// One row of a list: ID KIND KIND_CODE PARTY PARTY_TYPE DOC_NO CATEGORIES
// DECIDED_ON PUBLISHED_ON DUE_ON AUTHORITY STATUS STATUS_CODE.
void FillDecisionRow(ctemplate::TemplateDictionary& row, const Decision& v, Date today);
// The console's entry form for the form's kind: FIELDS (CODE LABEL VALUE
// INPUT / TEXTAREA (VALUE) / SELECT (OPTIONS (VALUE LABEL
// SELECTED)) HINT ERROR (MSG)).
struct DecisionForm;
void FillDecisionForm(ctemplate::TemplateDictionary& d, const DecisionForm& form, const FieldErrors& errors);
// A record as the entry form's values (for editing a draft).
DecisionForm FormFromDecision(const Decision& v);
// The statutory clock of a decision for the console: CLOCK (WITHIN DUE_ON
// LATE / ON_TIME / OVERDUE / PENDING) and PERIOD (UNTIL SHORT / LONG);
// WITHDRAWN (REASON REVOKED_ON WITHDRAW_DUE LATE).
// WITHDRAW_DAYS; WITHDRAWN also has WITHDRAW_DUE and LATE from `withdraw_due`
// (the last day to take it down, EnforcementService::WithdrawDeadline).
void FillClock(ctemplate::TemplateDictionary& d, const Decision& v, const EnforcementSettings& s, Date today,
               std::optional<Date> withdraw_due);
// The outcome of an import (IMPORTED PUBLISHED EXPIRED NOT_PUBLIC, BY_KIND
// (KIND COUNT), IGNORED (COLUMNS)) and the columns a file may have
// (COLUMNS (KIND HEADERS)).
struct ImportSummary;
void FillImportSummary(ctemplate::TemplateDictionary& d, const ImportSummary& s);
void FillImportColumns(ctemplate::TemplateDictionary& d);

// The JSON of a public decision (the masked copy): the API's object, with
// `url` and `api_url`.
nlohmann::json DecisionJson(const Decision& v);
// The API's list: total, total_capped (more than total match), page,
// per_page and decisions.
nlohmann::json DecisionListJson(const store::DecisionPage& list, int page, int per_page);
// The public list's paging (web::SetPagination's PAGINATION) over the
// matches counted, at most store::kPublicCountCap; TOTAL_TEXT ("1,234 条",
// or "10,000 余条" when more match) and CAPPED (CAP) when more match than
// the pages reach.
void FillPublicPaging(ctemplate::TemplateDictionary& d, const std::string& base, int page, int per_page,
                      const store::DecisionPage& list);
}  // namespace gk::supervision
