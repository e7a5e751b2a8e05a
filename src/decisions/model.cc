#include "decisions/model.h"

#include "common/named.h"

namespace gk::decisions {
namespace {

constexpr Named<Stage> kStageNames[] = {
    {Stage::kDrafting, "drafting", "起草"},       {Stage::kParticipation, "participation", "公众参与"},
    {Stage::kExperts, "experts", "专家论证"},     {Stage::kRisk, "risk", "风险评估"},
    {Stage::kLegality, "legality", "合法性审查"}, {Stage::kCollective, "collective", "集体讨论决定"},
    {Stage::kPublication, "publication", "公布"}};
constexpr Named<State> kStates[] = {{State::kDraft, "draft", "草稿"},
                                    {State::kPublished, "published", "已公开"},
                                    {State::kWithdrawn, "withdrawn", "已撤回"}};

}  // namespace

const std::vector<Stage>& AllStages() {
  static const std::vector<Stage> k = {Stage::kDrafting, Stage::kParticipation, Stage::kExperts,    Stage::kRisk,
                                       Stage::kLegality, Stage::kCollective,    Stage::kPublication};
  return k;
}
const char* StageCode(Stage s) { return NamedCode(kStageNames, s); }
const char* StageLabel(Stage s) { return NamedLabel(kStageNames, s); }
const char* StateCode(State s) { return NamedCode(kStates, s); }
const char* StateLabel(State s) { return NamedLabel(kStates, s); }
bool ParseState(std::string_view code, State* out) { return ParseNamed(kStates, code, out); }

}  // namespace gk::decisions
