#include "supervision/draw_model.h"

#include <array>
#include <utility>

namespace gk::supervision {
namespace {

template <typename E, size_t N>
bool ParseCode(const std::array<std::pair<E, const char*>, N>& table, std::string_view code, E* out) {
  for (const auto& [value, name] : table)
    if (code == name) {
      *out = value;
      return true;
    }
  return false;
}

constexpr std::array<std::pair<ListKind, const char*>, 2> kListKinds = {
    {{ListKind::kTargets, "targets"}, {ListKind::kInspectors, "inspectors"}}};
constexpr std::array<std::pair<DrawState, const char*>, 5> kStates = {{{DrawState::kDraft, "draft"},
                                                                       {DrawState::kAnnounced, "announced"},
                                                                       {DrawState::kSeedLocked, "seed_locked"},
                                                                       {DrawState::kCompleted, "completed"},
                                                                       {DrawState::kCancelled, "cancelled"}}};
constexpr std::array<std::pair<InspectionOutcome, const char*>, 6> kOutcomes = {
    {{InspectionOutcome::kNoProblem, "no_problem"},
     {InspectionOutcome::kRectified, "rectified"},
     {InspectionOutcome::kCaseOpened, "case_opened"},
     {InspectionOutcome::kUnreachable, "unreachable"},
     {InspectionOutcome::kNotOperating, "not_operating"},
     {InspectionOutcome::kUncooperative, "uncooperative"}}};

}  // namespace

const char* ListKindCode(ListKind k) { return kListKinds[static_cast<size_t>(k)].second; }
const char* ListKindLabel(ListKind k) { return k == ListKind::kTargets ? "检查对象名录" : "执法检查人员名录"; }
bool ParseListKind(std::string_view code, ListKind* out) { return ParseCode(kListKinds, code, out); }

const char* DrawStateCode(DrawState s) { return kStates[static_cast<size_t>(s)].second; }
const char* DrawStateLabel(DrawState s) {
  switch (s) {
    case DrawState::kDraft:
      return "草稿";
    case DrawState::kAnnounced:
      return "已公布方案，待锁定种子";
    case DrawState::kSeedLocked:
      return "种子已锁定，待抽取";
    case DrawState::kCompleted:
      return "已抽取";
    case DrawState::kCancelled:
      return "已取消";
  }
  return "";
}
bool ParseDrawState(std::string_view code, DrawState* out) { return ParseCode(kStates, code, out); }

bool IsPublic(DrawState s, int64_t announced_at) { return s != DrawState::kDraft && announced_at > 0; }

const std::vector<InspectionOutcome>& AllInspectionOutcomes() {
  static const std::vector<InspectionOutcome> all = [] {
    std::vector<InspectionOutcome> v;
    for (const auto& [o, code] : kOutcomes) v.push_back(o);
    return v;
  }();
  return all;
}
const char* InspectionOutcomeCode(InspectionOutcome o) { return kOutcomes[static_cast<size_t>(o)].second; }
const char* InspectionOutcomeLabel(InspectionOutcome o) {
  switch (o) {
    case InspectionOutcome::kNoProblem:
      return "未发现问题";
    case InspectionOutcome::kRectified:
      return "发现问题，已责令改正";
    case InspectionOutcome::kCaseOpened:
      return "发现违法行为，已立案查处";
    case InspectionOutcome::kUnreachable:
      return "通过登记的住所（经营场所）无法联系";
    case InspectionOutcome::kNotOperating:
      return "未发现开展本次抽查涉及的经营活动";
    case InspectionOutcome::kUncooperative:
      return "不配合检查，情节严重";
  }
  return "";
}
bool ParseInspectionOutcome(std::string_view code, InspectionOutcome* out) { return ParseCode(kOutcomes, code, out); }

}  // namespace gk::supervision
