#include "catalogue/workflow.h"

#include <algorithm>

namespace gk::catalogue {
namespace {

struct Rule {
  Action action;
  std::vector<State> from;
  access::Permission permission;
};

// The transition table.
const std::vector<Rule>& Rules() {
  static const std::vector<Rule> k = {
      {Action::kEdit, {State::kDraft}, access::Permission::kEditItems},
      {Action::kSubmit, {State::kDraft}, access::Permission::kEditItems},
      {Action::kApprove, {State::kSubmitted, State::kInReview}, access::Permission::kReviewItems},
      {Action::kReject, {State::kSubmitted, State::kInReview}, access::Permission::kReviewItems},
      {Action::kWithdraw, {State::kPublished, State::kScheduled}, access::Permission::kWithdrawItems},
  };
  return k;
}

bool Contains(const std::vector<int64_t>& v, int64_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

const char* ActionLabel(Action a) {
  switch (a) {
    case Action::kEdit:
      return "编辑";
    case Action::kSubmit:
      return "提交审核";
    case Action::kApprove:
      return "审核通过";
    case Action::kReject:
      return "退回修改";
    case Action::kWithdraw:
      return "撤回";
  }
  return "";
}

bool StateAllows(Action action, State state) {
  for (const auto& r : Rules())
    if (r.action == action) return std::find(r.from.begin(), r.from.end(), state) != r.from.end();
  return false;
}

std::vector<std::string> Refusals(Action action, const Item& item, const access::User& user, const ReviewFacts& facts) {
  std::vector<std::string> out;
  const Rule* rule = nullptr;
  for (const auto& r : Rules())
    if (r.action == action) rule = &r;
  if (rule == nullptr) return {"未知操作"};
  if (std::find(rule->from.begin(), rule->from.end(), item.state) == rule->from.end())
    out.push_back(std::string("该信息当前为“") + StateLabel(item.state) + "”状态，不能" + ActionLabel(action));
  if (!access::AllowsFor(user, rule->permission, item.agency_id, facts.agency_ancestors))
    out.push_back(std::string("您没有本机构“") + access::PermissionLabel(rule->permission) + "”的权限");
  if (action == Action::kApprove && AwaitsRelease(item, facts.stage_count))
    out.push_back(item.policy.interprets_id != 0 ? "各审核环节均已通过，待所解读的政策发布时同步发布"
                                                 : "各审核环节均已通过，待政策解读审定后同步发布");
  if (action == Action::kApprove) {
    // Separation of duties: a second pair of eyes at every stage.
    if (Contains(facts.editor_ids, user.id)) out.push_back("您撰写或编辑过该信息，不能审核");
    if (Contains(facts.approvers, user.id)) out.push_back("您已审核过该信息的上一环节，同一人不能审核两个环节");
  }
  if (action == Action::kSubmit && item.title.empty()) out.push_back("请先填写标题");
  if (action == Action::kSubmit && item.revision_of != 0 && item.change_note.empty())
    out.push_back("修订稿须填写修订说明");
  // 图解 and video interpretations carry their media (policy.h).
  if (action == Action::kSubmit && item.policy.interprets_id != 0) {
    if (item.policy.form == InterpretationForm::kGraphic && !facts.has_image)
      out.push_back("图解须上传图片（JPG 或 PNG）");
    if (item.policy.form == InterpretationForm::kVideo && !facts.has_video && item.policy.video_url.empty())
      out.push_back("视频解读须上传视频文件（MP4）或填写视频链接");
  }
  return out;
}

bool AwaitsRelease(const Item& item, int stage_count) {
  return item.state == State::kInReview && item.review_stage >= stage_count;
}

State StateAfterApproval(const Item& item, int stage_count, bool publish_later) {
  if (item.review_stage + 1 < stage_count) return State::kInReview;
  return publish_later ? State::kScheduled : State::kPublished;
}

}  // namespace gk::catalogue
