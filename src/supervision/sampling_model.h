// 监督抽查 (sampling inspections) records: a batch of results published as
// one notice (通告), and its rows, one product sampled and tested each.
// Plain structs; the workflow is sampling_workflow.h, the rules of a file's
// rows and the service sampling_service.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"

namespace gk::supervision {

//   draft ──publish──▶ published ──withdraw──▶ withdrawn
//   (edit, replace the file)
enum class BatchState { kDraft, kPublished, kWithdrawn };
const char* BatchStateCode(BatchState s);   // "published"
const char* BatchStateLabel(BatchState s);  // "已发布"
bool ParseBatchState(std::string_view code, BatchState* out);

// One 不合格项目 with its measured value and the standard's limit.
struct FailedItem {
  std::string item;      // 不合格项目, e.g. 菌落总数
  std::string result;    // 检验结果, e.g. 2.1×10⁵CFU/g
  std::string standard;  // 标准值, e.g. ≤10⁵CFU/g
};

// One row of a notice: the product, who made it, where it was sampled, the
// verdict (合格 / 不合格) and, when it failed, on what.
struct SampleResult {
  int64_t id = 0;
  int64_t batch_id = 0;
  int64_t seq = 0;  // the row's place in the file, from 1
  std::string product;           // 产品名称
  std::string brand;             // 商标
  std::string spec;              // 规格型号
  std::string batch_no;          // 生产日期/批号
  std::string producer;          // 标称生产企业名称
  std::string producer_address;  // 标称生产企业地址
  std::string sampled_entity;    // 被抽样单位名称
  std::string sampled_province;  // 被抽样单位所在省份
  std::optional<Date> sampled_on;  // 抽样日期
  bool passed = true;            // 检验结果: 合格 (true) / 不合格
  std::vector<FailedItem> failed_items;
  std::string lab;       // 检验机构
  std::string category;  // 分类
  std::string remark;    // 备注
};

// A notice of results.
struct SamplingBatch {
  int64_t id = 0;
  int64_t agency_id = 0;
  BatchState state = BatchState::kDraft;
  std::string title;      // 通告标题, e.g. 关于2026年第3期食品安全监督抽检信息的通告
  std::string notice_no;  // 文号, optional
  std::string intro;      // the notice's text above the table
  std::string file_name;  // the file the rows came from
  int64_t total = 0;      // rows
  int64_t failed = 0;     // 不合格 rows
  std::optional<Date> published_on;
  std::string withdraw_reason;
  int64_t withdrawn_at = 0;
  int64_t created_by = 0;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// The failed items as stored (a JSON array) and back; "" for none.
std::string FailedItemsJson(const std::vector<FailedItem>& items);
std::vector<FailedItem> FailedItemsFromJson(std::string_view json);
// "菌落总数（检验结果 2.1×10⁵CFU/g，标准值 ≤10⁵CFU/g）；…" for pages and feeds.
std::string DescribeFailedItems(const std::vector<FailedItem>& items);

}  // namespace gk::supervision
