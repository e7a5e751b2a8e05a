#include "supervision/sampling_model.h"

#include <nlohmann/json.hpp>

namespace gk::supervision {

const char* BatchStateCode(BatchState s) {
  switch (s) {
    case BatchState::kDraft:
      return "draft";
    case BatchState::kPublished:
      return "published";
    case BatchState::kWithdrawn:
      return "withdrawn";
  }
  return "";
}

const char* BatchStateLabel(BatchState s) {
  switch (s) {
    case BatchState::kDraft:
      return "未发布";
    case BatchState::kPublished:
      return "已发布";
    case BatchState::kWithdrawn:
      return "已撤下";
  }
  return "";
}

bool ParseBatchState(std::string_view code, BatchState* out) {
  for (BatchState s : {BatchState::kDraft, BatchState::kPublished, BatchState::kWithdrawn})
    if (code == BatchStateCode(s)) {
      *out = s;
      return true;
    }
  return false;
}

std::string FailedItemsJson(const std::vector<FailedItem>& items) {
  if (items.empty()) return "";
  nlohmann::json a = nlohmann::json::array();
  for (const auto& f : items) a.push_back({{"item", f.item}, {"result", f.result}, {"standard", f.standard}});
  return a.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<FailedItem> FailedItemsFromJson(std::string_view json) {
  std::vector<FailedItem> out;
  if (json.empty()) return out;
  auto a = nlohmann::json::parse(json, nullptr, false);
  if (!a.is_array()) return out;
  for (const auto& f : a)
    if (f.is_object())
      out.push_back({f.value("item", ""), f.value("result", ""), f.value("standard", "")});
  return out;
}

std::string DescribeFailedItems(const std::vector<FailedItem>& items) {
  std::string out;
  for (const auto& f : items) {
    if (!out.empty()) out += "；";
    out += f.item;
    std::string detail;
    if (!f.result.empty()) detail += "检验结果 " + f.result;
    if (!f.standard.empty()) detail += (detail.empty() ? "" : "，") + std::string("标准值 ") + f.standard;
    if (!detail.empty()) out += "（" + detail + "）";
  }
  return out;
}

}  // namespace gk::supervision
