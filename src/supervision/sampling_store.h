// SQL for 监督抽查 batches and their rows (tables sampling_batches and
// sampling_results, migration 0016). Functions take the session of the
// caller's transaction; the service decides what may be written.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "supervision/sampling_model.h"

namespace gk::supervision::store {

int64_t InsertBatch(soci::session& sql, const SamplingBatch& b);
// Writes `b` when its state is still `expected`; false when someone changed it first.
bool UpdateBatch(soci::session& sql, const SamplingBatch& b, BatchState expected);
std::optional<SamplingBatch> FindBatch(soci::session& sql, int64_t id);

struct BatchFilter {
  bool public_only = false;                          // published batches
  const std::vector<int64_t>* agency_ids = nullptr;  // null: every agency
  std::string text;                                  // in the title, or in any of its rows
  int year = 0;                                      // of publication
  int limit = 20;
  int offset = 0;
};
struct BatchPage {
  std::vector<SamplingBatch> batches;
  int64_t total = 0;
};
BatchPage ListBatches(soci::session& sql, const BatchFilter& f);

// The batch's rows become `rows` (numbered from 1 in order), its counts
// follow them.
void ReplaceResults(soci::session& sql, int64_t batch_id, const std::vector<SampleResult>& rows);

// How a result list is ordered: a column of the table, ascending or not.
enum class ResultSort { kSeq, kProduct, kProducer, kSampledEntity, kSampledOn, kVerdict, kCategory };
const char* ResultSortCode(ResultSort s);  // "product"
bool ParseResultSort(std::string_view code, ResultSort* out);

struct ResultFilter {
  int64_t batch_id = 0;      // 0: every batch
  bool public_only = false;  // rows of published batches only
  std::string text;          // product, brand, companies, category, failed items
  std::string company;       // exactly the producer or the sampled entity
  std::string category;      // exactly
  std::optional<bool> passed;
  ResultSort sort = ResultSort::kSeq;
  bool descending = false;
  int limit = 100;
  int offset = 0;
};
// A row with the notice it belongs to.
struct ResultRow {
  SampleResult result;
  std::string batch_title;
  std::optional<Date> batch_published_on;
};
struct ResultPage {
  std::vector<ResultRow> rows;
  int64_t total = 0;
};
ResultPage ListResults(soci::session& sql, const ResultFilter& f);
// The distinct 分类 of a batch's rows, sorted.
std::vector<std::string> Categories(soci::session& sql, int64_t batch_id);

}  // namespace gk::supervision::store
