#include "consultations/model.h"

#include "common/named.h"
#include "text/personal_info.h"

namespace gk::consultations {
namespace {

constexpr Named<State> kStates[] = {{State::kDraft, "draft", "草稿"},
                                    {State::kPublished, "published", "已发布"},
                                    {State::kWithdrawn, "withdrawn", "已撤回"}};
constexpr Named<Phase> kPhases[] = {
    {Phase::kUpcoming, "upcoming", "未开始"}, {Phase::kOpen, "open", "征集中"}, {Phase::kClosed, "closed", "已结束"}};
constexpr Named<Identity> kIdentities[] = {{Identity::kNamed, "named", "实名（须填写姓名）"},
                                           {Identity::kAnonymous, "anonymous", "可匿名"}};
constexpr Named<Moderation> kModerations[] = {{Moderation::kPre, "pre", "审核后公开"},
                                              {Moderation::kScreen, "screen", "关键词过滤后即时公开"}};
constexpr Named<CommentState> kCommentStates[] = {{CommentState::kPending, "pending", "待审核"},
                                                  {CommentState::kPublished, "published", "已公开"},
                                                  {CommentState::kHidden, "hidden", "不予公开"}};
constexpr Named<Decision> kDecisions[] = {{Decision::kNone, "", "未处理"},
                                          {Decision::kAdopted, "adopted", "采纳"},
                                          {Decision::kPartly, "partly", "部分采纳"},
                                          {Decision::kNotAdopted, "not_adopted", "未采纳"},
                                          {Decision::kOutOfScope, "out_of_scope", "不属于征求范围"}};

}  // namespace

const char* StateCode(State s) { return NamedCode(kStates, s); }
const char* StateLabel(State s) { return NamedLabel(kStates, s); }
bool ParseState(std::string_view code, State* out) { return ParseNamed(kStates, code, out); }
const char* PhaseCode(Phase p) { return NamedCode(kPhases, p); }
const char* PhaseLabel(Phase p) { return NamedLabel(kPhases, p); }
const char* IdentityCode(Identity i) { return NamedCode(kIdentities, i); }
const char* IdentityLabel(Identity i) { return NamedLabel(kIdentities, i); }
bool ParseIdentity(std::string_view code, Identity* out) { return ParseNamed(kIdentities, code, out); }
const char* ModerationCode(Moderation m) { return NamedCode(kModerations, m); }
const char* ModerationLabel(Moderation m) { return NamedLabel(kModerations, m); }
bool ParseModeration(std::string_view code, Moderation* out) { return ParseNamed(kModerations, code, out); }
const char* CommentStateCode(CommentState s) { return NamedCode(kCommentStates, s); }
const char* CommentStateLabel(CommentState s) { return NamedLabel(kCommentStates, s); }
bool ParseCommentState(std::string_view code, CommentState* out) { return ParseNamed(kCommentStates, code, out); }

const std::vector<Decision>& AllDecisions() {
  static const std::vector<Decision> k = {Decision::kAdopted, Decision::kPartly, Decision::kNotAdopted,
                                          Decision::kOutOfScope};
  return k;
}
const char* DecisionCode(Decision d) { return NamedCode(kDecisions, d); }
const char* DecisionLabel(Decision d) { return NamedLabel(kDecisions, d); }
bool ParseDecision(std::string_view code, Decision* out) { return ParseNamed(kDecisions, code, out); }

int64_t DecisionCounts::Total() const {
  int64_t n = 0;
  for (int64_t v : by) n += v;
  return n;
}

std::string ArticleLabel(int article) {
  if (article <= 0) return "总体意见";
  static const char* kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  std::string out;
  const int hundreds = article / 100, tens = article / 10 % 10, ones = article % 10;
  if (hundreds) out += std::string(kDigits[hundreds]) + "百";
  if (tens) out += std::string(hundreds == 0 && tens == 1 ? "" : kDigits[tens]) + "十";
  else if (hundreds && ones) out += "零";
  if (ones) out += kDigits[ones];
  return "第" + out + "条";
}

std::string PublicName(const std::string& author_name) {
  if (author_name.empty()) return "匿名";
  return text::MaskPersonName(author_name, text::NameMask::kKeepSurname);
}

}  // namespace gk::consultations
