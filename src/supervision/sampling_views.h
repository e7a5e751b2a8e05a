// What the 监督抽查 pages show, filled into template dictionaries: shared by
// the console and the public pages, so both lay a notice and its table out
// the same way, and the JSON of the API.
#pragma once

#include <ctemplate/template.h>

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

#include "http/message.h"
#include "supervision/sampling_model.h"
#include "supervision/sampling_store.h"

namespace gk::supervision {

// A notice: ID TITLE NOTICE_NO INTRO PUBLISHED_ON TOTAL FAILED PASSED
// STATE STATE_CODE FILE_NAME, HAS_FAILED, WITHDRAWN (REASON).
void FillBatch(ctemplate::TemplateDictionary& d, const SamplingBatch& b);
// One row of a results table: SEQ PRODUCT BRAND SPEC BATCH_NO PRODUCER
// PRODUCER_ADDRESS ENTITY PROVINCE SAMPLED_ON LAB CATEGORY, HAS_REMARK (REMARK), the
// company pages' URLs (PRODUCER_URL ENTITY_URL), VERDICT and FAIL (the row
// is 不合格) with FAILED_ITEMS (ITEM RESULT STANDARD); BATCH_ID BATCH_TITLE.
void FillResultRow(ctemplate::TemplateDictionary& row, const store::ResultRow& r);
// The table's column headers as sort links: SORT_<COLUMN> (URL ARIA
// ARROW) for product, producer, sampled_entity, sampled_on, result and
// category. `base` is the page's URL with its other parameters, ending
// with '?' or '&'.
void FillSortHeaders(ctemplate::TemplateDictionary& d, const std::string& base, store::ResultSort sort,
                     bool descending);
// The row filter of a page or the API from the query string: q, company,
// category, result (fail / pass or 不合格 / 合格), sort, order, page (50 a page).
store::ResultFilter ResultFilterOf(const http::Request& req, bool public_only);
// A page's results table: the include RESULTS (public/_sampling_rows.tpl)
// with the rows, sort headers and pagination for `path` (the page's URL
// without its query), and the filter form's values in `page` (Q CATEGORY
// ANY_RESULT / ONLY_FAILED / ONLY_PASSED). `with_batch`: a column naming
// each row's notice (a search across notices).
void FillResultsTable(ctemplate::TemplateDictionary& page, const store::ResultPage& rows,
                      const store::ResultFilter& f, const std::string& path, int page_no, bool with_batch);
// /sampling/company?name=…
std::string CompanyUrl(const std::string& name);

// The API's objects: a notice (with `url`, `api_url`), a result row.
nlohmann::json BatchJson(const SamplingBatch& b);
nlohmann::json ResultJson(const store::ResultRow& r, bool with_batch);

}  // namespace gk::supervision
