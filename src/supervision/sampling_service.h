// 监督抽查 (sampling inspections): a batch of results is imported from a file
// (CSV, XLSX or JSON Lines with the columns of the market-supervision
// notices, `gongkai import sampling FILE` or the console's upload), every
// row checked and any bad row importing nothing; it is published as one
// notice, searchable row by row by product and company, and can be
// withdrawn with a reason. Every change is checked against the transition
// table (sampling_workflow.h) in the batch's agency and written with its
// audit entry in one transaction.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "access/scope.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "storage/database.h"
#include "supervision/sampling_model.h"
#include "supervision/sampling_store.h"
#include "supervision/sampling_workflow.h"

namespace gk::supervision {

// A results file read and checked.
struct ResultsFile {
  std::vector<SampleResult> rows;
  std::vector<std::string> ignored_columns;  // headers not recognised
  int64_t masked = 0;                        // cells in which personal data was masked
};
// The columns a results file may have, by the names the notices use
// (产品名称 / 样品名称, 标称生产企业名称, 检验结果 / 结果判定 / 检验结论, the
// combined 不合格项目║检验结果║标准值 or three separate columns, …), and
// their meaning. Required: 产品名称, 检验结果, and 标称生产企业名称 or
// 被抽样单位名称. A 不合格 row needs its 不合格项目; a 合格 one has none.
// Several failed items in one cell are separated by line breaks or “；”.
// Dates as ParseDayText reads them, none after `today`. `row_errors` gets
// every bad row ("第 N 行：…", at most 50 listed); any error: Invalid.
Result<ResultsFile> ReadResultsFile(const std::string& file_name, std::string_view content, Date today,
                                    std::vector<std::string>* row_errors);

struct BatchForm {
  int64_t agency_id = 0;
  std::string title;
  std::string notice_no;
  std::string intro;
};

class SamplingService {
 public:
  SamplingService(std::shared_ptr<storage::Database> db, const Clock& clock);
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }

  static constexpr size_t kMaxRows = 50000;

  // A draft batch from the form and a results file. Invalid with the form's
  // problems in `errors` and the file's in `row_errors`, all at once.
  Result<int64_t> Create(const access::Actor& actor, const access::User& user, const BatchForm& form,
                         const std::string& file_name, std::string_view content, FieldErrors* errors,
                         std::vector<std::string>* row_errors);
  // A draft's rows become the new file's, all or nothing.
  Status ReplaceFile(const access::Actor& actor, const access::User& user, int64_t id, const std::string& file_name,
                     std::string_view content, std::vector<std::string>* row_errors);
  // A draft's title, 文号 and text.
  Status Update(const access::Actor& actor, const access::User& user, int64_t id, const BatchForm& form,
                FieldErrors* errors);
  Status Publish(const access::Actor& actor, const access::User& user, int64_t id);
  Status Withdraw(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                  FieldErrors* errors);

  Result<SamplingBatch> Get(int64_t id);
  Result<store::BatchPage> List(const store::BatchFilter& f);
  Result<store::ResultPage> Results(const store::ResultFilter& f);
  Result<std::vector<std::string>> Categories(int64_t batch_id);
  // The actions the user's scope allows now on `b` (the page offers these).
  static std::vector<BatchAction> Allowed(const SamplingBatch& b, const access::Scope& scope);
  Date Today() const;

 private:
  void CheckForm(const BatchForm& form, FieldErrors* errors) const;
  Status Transition(const access::Actor& actor, const access::User& user, int64_t id, BatchAction action,
                    const std::string& summary, const std::function<Status(soci::session&, SamplingBatch&)>& apply);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  const ChangeAnnouncer* changes_ = nullptr;
};

}  // namespace gk::supervision
