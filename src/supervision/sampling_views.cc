#include "supervision/sampling_views.h"

#include <nlohmann/json.hpp>

#include "common/calendar.h"
#include "http/forms.h"
#include "http/message.h"
#include "web/forms.h"

namespace gk::supervision {

void FillBatch(ctemplate::TemplateDictionary& d, const SamplingBatch& b) {
  d.SetIntValue("ID", static_cast<long>(b.id));
  d.SetValue("TITLE", b.title);
  d.SetValue("NOTICE_NO", b.notice_no);
  if (!b.notice_no.empty()) d.ShowSection("HAS_NOTICE_NO");
  d.SetValue("INTRO", b.intro);
  if (!b.intro.empty()) d.ShowSection("HAS_INTRO");
  d.SetValue("PUBLISHED_ON", DateText(b.published_on));
  d.SetIntValue("TOTAL", static_cast<long>(b.total));
  d.SetIntValue("FAILED", static_cast<long>(b.failed));
  d.SetIntValue("PASSED", static_cast<long>(b.total - b.failed));
  if (b.failed > 0) d.ShowSection("HAS_FAILED");
  d.SetValue("STATE", BatchStateLabel(b.state));
  d.SetValue("STATE_CODE", BatchStateCode(b.state));
  d.SetValue("FILE_NAME", b.file_name);
  if (b.state == BatchState::kWithdrawn) d.AddSectionDictionary("WITHDRAWN")->SetValue("REASON", b.withdraw_reason);
}

store::ResultFilter ResultFilterOf(const http::Request& req, bool public_only) {
  store::ResultFilter f;
  f.public_only = public_only;
  f.text = web::QueryText(req, "q");
  f.company = web::QueryText(req, "company");
  f.category = web::QueryText(req, "category");
  const std::string result = req.Query("result");
  if (result == "fail" || result == "不合格") f.passed = false;
  if (result == "pass" || result == "合格") f.passed = true;
  store::ParseResultSort(req.Query("sort"), &f.sort);
  f.descending = req.Query("order") == "desc";
  f.limit = 50;
  f.offset = (web::PageNumber(req) - 1) * f.limit;
  return f;
}

std::string CompanyUrl(const std::string& name) { return "/sampling/company?name=" + http::PercentEncode(name); }

void FillResultRow(ctemplate::TemplateDictionary& row, const store::ResultRow& rr) {
  const SampleResult& r = rr.result;
  row.SetIntValue("SEQ", static_cast<long>(r.seq));
  row.SetValue("PRODUCT", r.product);
  row.SetValue("BRAND", r.brand);
  row.SetValue("SPEC", r.spec);
  row.SetValue("BATCH_NO", r.batch_no);
  row.SetValue("PRODUCER", r.producer);
  row.SetValue("PRODUCER_ADDRESS", r.producer_address);
  // A name the file left empty has no link (an empty link is a tab stop with nothing to say).
  if (!r.producer.empty()) row.AddSectionDictionary("PRODUCER_LINK")->SetValue("URL", CompanyUrl(r.producer));
  row.SetValue("ENTITY", r.sampled_entity);
  if (!r.sampled_entity.empty()) row.AddSectionDictionary("ENTITY_LINK")->SetValue("URL", CompanyUrl(r.sampled_entity));
  row.SetValue("PROVINCE", r.sampled_province);
  row.SetValue("SAMPLED_ON", DateText(r.sampled_on));
  row.SetValue("LAB", r.lab);
  row.SetValue("CATEGORY", r.category);
  if (!r.remark.empty()) row.SetValueAndShowSection("REMARK", r.remark, "HAS_REMARK");
  row.SetValue("VERDICT", r.passed ? "合格" : "不合格");
  if (!r.passed) row.ShowSection("FAIL");
  else row.ShowSection("PASS");
  for (const auto& f : r.failed_items) {
    auto* i = row.AddSectionDictionary("FAILED_ITEMS");
    i->SetValue("ITEM", f.item);
    i->SetValue("RESULT", f.result);
    i->SetValue("STANDARD", f.standard);
  }
  row.SetIntValue("BATCH_ID", static_cast<long>(r.batch_id));
  row.SetValue("BATCH_TITLE", rr.batch_title);
  row.SetValue("BATCH_PUBLISHED_ON", DateText(rr.batch_published_on));
}

void FillSortHeaders(ctemplate::TemplateDictionary& d, const std::string& base, store::ResultSort sort,
                     bool descending) {
  using S = store::ResultSort;
  for (S s : {S::kProduct, S::kProducer, S::kSampledEntity, S::kSampledOn, S::kVerdict, S::kCategory}) {
    auto* h = d.AddSectionDictionary(std::string("SORT_") + web::Upper(store::ResultSortCode(s)));
    const bool current = s == sort;
    // A click on the current column turns its order round.
    const bool next_desc = current && !descending;
    h->SetValue("URL", base + "sort=" + store::ResultSortCode(s) + (next_desc ? "&order=desc" : ""));
    h->SetValue("ARIA", current ? (descending ? "descending" : "ascending") : "none");
    h->SetValue("ARROW", current ? (descending ? "▼" : "▲") : "");
  }
}

nlohmann::json BatchJson(const SamplingBatch& b) {
  return {{"id", b.id},
          {"title", b.title},
          {"notice_no", b.notice_no},
          {"intro", b.intro},
          {"published_on", DateText(b.published_on)},
          {"total", b.total},
          {"failed", b.failed},
          {"url", "/sampling/" + std::to_string(b.id)},
          {"api_url", "/api/v1/sampling/" + std::to_string(b.id)}};
}

nlohmann::json ResultJson(const store::ResultRow& rr, bool with_batch) {
  const SampleResult& r = rr.result;
  nlohmann::json items = nlohmann::json::array();
  for (const auto& f : r.failed_items) items.push_back({{"item", f.item}, {"result", f.result}, {"standard", f.standard}});
  nlohmann::json j = {{"seq", r.seq},
                      {"product", r.product},
                      {"brand", r.brand},
                      {"spec", r.spec},
                      {"batch_no", r.batch_no},
                      {"producer", r.producer},
                      {"producer_address", r.producer_address},
                      {"sampled_entity", r.sampled_entity},
                      {"sampled_province", r.sampled_province},
                      {"sampled_on", DateText(r.sampled_on)},
                      {"result", r.passed ? "合格" : "不合格"},
                      {"passed", r.passed},
                      {"failed_items", std::move(items)},
                      {"lab", r.lab},
                      {"category", r.category},
                      {"remark", r.remark}};
  if (with_batch) {
    j["batch_id"] = r.batch_id;
    j["batch_title"] = rr.batch_title;
    j["batch_url"] = "/sampling/" + std::to_string(r.batch_id);
  }
  return j;
}

// The query string of a row filter, without sort and page: "q=…&result=…&".
namespace {

std::string FilterQuery(const store::ResultFilter& f) {
  std::string s;
  if (!f.text.empty()) s += "q=" + http::PercentEncode(f.text) + "&";
  if (!f.company.empty()) s += "company=" + http::PercentEncode(f.company) + "&";
  if (!f.category.empty()) s += "category=" + http::PercentEncode(f.category) + "&";
  if (f.passed) s += *f.passed ? "result=pass&" : "result=fail&";
  return s;
}

}  // namespace

// The results table of a page (RESULTS, public/_sampling_rows.tpl) and the
// filter form's values (Q CATEGORY ONLY_FAILED ONLY_PASSED ANY_RESULT).
void FillResultsTable(ctemplate::TemplateDictionary& page, const store::ResultPage& rows, const store::ResultFilter& f,
              const std::string& path, int page_no, bool with_batch) {
  page.SetValue("Q", f.text);
  page.SetValue("CATEGORY", f.category);
  page.ShowSection(!f.passed ? "ANY_RESULT" : *f.passed ? "ONLY_PASSED" : "ONLY_FAILED");
  auto& d = *page.AddIncludeDictionary("RESULTS");
  d.SetFilename("public/_sampling_rows.tpl");
  for (const auto& r : rows.rows) {
    auto* row = d.AddSectionDictionary("ROWS");
    FillResultRow(*row, r);
    if (with_batch) row->ShowSection("WITH_BATCH");  // sections are not inherited
  }
  d.ShowSection(rows.rows.empty() ? "NO_ROWS" : "HAS_ROWS");
  if (with_batch) d.ShowSection("WITH_BATCH");
  const std::string base = path + "?" + FilterQuery(f);
  FillSortHeaders(d, base, f.sort, f.descending);
  const std::string sorted =
      base + (f.sort == store::ResultSort::kSeq ? "" : std::string("sort=") + store::ResultSortCode(f.sort) + "&") +
      (f.descending ? "order=desc&" : "");
  web::SetPagination(d, sorted, page_no, f.limit, rows.total);
  d.SetIntValue("MATCHES", static_cast<long>(rows.total));
}

}  // namespace gk::supervision
