#include "decisions/rules.h"

namespace gk::decisions {

void CheckStages(const MajorDecision& d, Date today, FieldErrors* errors) {
  std::optional<Date> last_done;
  const char* last_label = "";
  for (size_t i = 0; i < kStages; ++i) {
    const Stage s = AllStages()[i];
    const auto& done = d.stages[i].done;
    if (!done) continue;
    const std::string field = std::string("stage_") + StageCode(s);
    if (*done > today) errors->Add(field, std::string(StageLabel(s)) + "的完成时间不能晚于今天");
    else if (last_done && *done < *last_done)
      errors->Add(field,
                  std::string(StageLabel(s)) + "的完成时间不能早于" + last_label + "（" + last_done->ToString() + "）");
    last_done = done;
    last_label = StageLabel(s);
  }
}

const char* ProgressCode(const MajorDecision& d) {
  if (d.stages[kStages - 1].done) return "published";
  for (const auto& s : d.stages)
    if (s.done) return "in_progress";
  return "not_started";
}

std::string ProgressLabel(const MajorDecision& d) {
  if (d.stages[kStages - 1].done) return "已公布";
  for (size_t i = kStages; i-- > 0;)
    if (d.stages[i].done) return std::string("已完成：") + StageLabel(AllStages()[i]);
  return "未启动";
}

}  // namespace gk::decisions
