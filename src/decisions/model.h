// 重大行政决策事项目录 (the yearly catalogue of major decisions, 重大行政决策
// 程序暂行条例, Decree 713): each decision with its stages — 起草, 公众参与,
// 专家论证, 风险评估, 合法性审查, 集体讨论决定, 公布 — planned and done dates,
// linked to its consultation (意见征集) and to the catalogue item of the
// final decision. Plain structs and their codes; the rules are rules.h, the
// workflow workflow.h, the service service.h.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"

namespace gk::decisions {

// The procedure's stages in order (Decree 713 chapters 2–3). 专家论证 and 风险
// 评估 are done where the decision needs them: a stage without dates is
// shown as not arranged.
enum class Stage { kDrafting, kParticipation, kExperts, kRisk, kLegality, kCollective, kPublication };
inline constexpr size_t kStages = 7;
const std::vector<Stage>& AllStages();
const char* StageCode(Stage s);   // "participation"
const char* StageLabel(Stage s);  // "公众参与"

enum class State { kDraft, kPublished, kWithdrawn };
const char* StateCode(State s);
const char* StateLabel(State s);  // "已公开"
bool ParseState(std::string_view code, State* out);

struct StageDates {
  std::optional<Date> planned;  // 计划时间
  std::optional<Date> done;     // 完成时间
};

struct MajorDecision {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string agency_name;  // read with it
  int year = 0;             // the catalogue's year
  std::string title;        // 决策事项名称
  std::string summary;      // 事项简介 and 决策依据
  std::string owner;        // 承办单位
  std::array<StageDates, kStages> stages;
  int64_t consultation_id = 0;  // its 意见征集; 0 none
  std::string result_index_no;  // the 索引号 of the decision as published; "" not yet
  State state = State::kDraft;
  std::optional<Date> published_on;
  std::string withdraw_reason;
  int64_t withdrawn_at = 0;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

}  // namespace gk::decisions
