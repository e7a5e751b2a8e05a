// The review workflow table (catalogue::Refusals) and StateAfterApproval,
// without a database: every action from every state for every kind of user.
#include "catalogue/workflow.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace gk::catalogue {
namespace {

constexpr int64_t kAgency = 10;       // the item's agency
constexpr int64_t kParent = 5;        // its parent agency
constexpr int64_t kOtherAgency = 20;  // a sibling elsewhere in the installation

const State kAllStates[] = {State::kDraft,     State::kSubmitted, State::kInReview,
                            State::kScheduled, State::kPublished, State::kWithdrawn};
const Action kAllActions[] = {Action::kEdit, Action::kSubmit, Action::kApprove, Action::kReject, Action::kWithdraw};

// The kinds of user the table is checked for.
enum class Who { kEditor, kReviewer, kOfficer, kAdmin, kOtherReviewer };
const Who kAllWho[] = {Who::kEditor, Who::kReviewer, Who::kOfficer, Who::kAdmin, Who::kOtherReviewer};

const char* WhoName(Who w) {
  switch (w) {
    case Who::kEditor:
      return "editor";
    case Who::kReviewer:
      return "reviewer";
    case Who::kOfficer:
      return "officer";
    case Who::kAdmin:
      return "admin";
    case Who::kOtherReviewer:
      return "reviewer of another agency";
  }
  return "";
}

access::User MakeUser(int64_t id, access::Role role, int64_t agency_id) {
  access::User u;
  u.id = id;
  u.username = "user" + std::to_string(id);
  u.roles = {{role, agency_id, 0}};
  return u;
}

access::User UserFor(Who w) {
  switch (w) {
    case Who::kEditor:
      return MakeUser(101, access::Role::kEditor, kAgency);
    case Who::kReviewer:
      return MakeUser(102, access::Role::kReviewer, kAgency);
    case Who::kOfficer:
      return MakeUser(103, access::Role::kOfficer, kAgency);
    case Who::kAdmin:
      return MakeUser(104, access::Role::kAdmin, kAgency);
    case Who::kOtherReviewer:
      return MakeUser(105, access::Role::kReviewer, kOtherAgency);
  }
  return {};
}

Item MakeItem(State state, int64_t agency_id = kAgency) {
  Item item;
  item.id = 1;
  item.agency_id = agency_id;
  item.state = state;
  item.title = "关于开展2026年食品安全抽检的通知";
  item.author_id = 999;  // someone not among the users above
  return item;
}

bool Has(const std::vector<std::string>& v, const std::string& part) {
  return std::any_of(v.begin(), v.end(), [&](const std::string& s) { return s.find(part) != std::string::npos; });
}

std::string JoinAll(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += "[" + x + "]";
  return s;
}

// ---------------------------------------------------------------------------
// The transition table

struct Allowed {
  Action action;
  std::vector<State> from;
  std::vector<Who> who;
};

// Written out by hand from the workflow in issue 3, not derived from the code.
const std::vector<Allowed>& ExpectedTable() {
  static const std::vector<Allowed> k = {
      {Action::kEdit, {State::kDraft}, {Who::kEditor, Who::kOfficer}},
      {Action::kSubmit, {State::kDraft}, {Who::kEditor, Who::kOfficer}},
      {Action::kApprove, {State::kSubmitted, State::kInReview}, {Who::kReviewer}},
      {Action::kReject, {State::kSubmitted, State::kInReview}, {Who::kReviewer}},
      {Action::kWithdraw, {State::kPublished, State::kScheduled}, {Who::kOfficer}},
  };
  return k;
}

const Allowed& ExpectedFor(Action a) {
  for (const auto& row : ExpectedTable())
    if (row.action == a) return row;
  ADD_FAILURE() << "no row for action " << ActionLabel(a);
  return ExpectedTable().front();
}

TEST(WorkflowTest, EveryActionStateAndRole) {
  const ReviewFacts facts;  // nobody has edited or approved; no ancestors
  int allowed_count = 0;
  for (Action action : kAllActions) {
    const Allowed& row = ExpectedFor(action);
    for (State state : kAllStates) {
      for (Who who : kAllWho) {
        const bool state_ok = std::find(row.from.begin(), row.from.end(), state) != row.from.end();
        const bool role_ok = std::find(row.who.begin(), row.who.end(), who) != row.who.end();
        auto refusals = Refusals(action, MakeItem(state), UserFor(who), facts);
        const std::string where = std::string(ActionLabel(action)) + " from " + StateCode(state) + " by " +
                                  WhoName(who) + ": " + JoinAll(refusals);
        EXPECT_EQ(StateAllows(action, state), state_ok) << where;
        EXPECT_EQ(refusals.empty(), state_ok && role_ok) << where;
        if (state_ok && role_ok) ++allowed_count;
        // Each refusal says why, one sentence per reason.
        EXPECT_EQ(Has(refusals, "状态"), !state_ok) << where;
        EXPECT_EQ(Has(refusals, "权限"), !role_ok) << where;
        EXPECT_EQ(refusals.size(), static_cast<size_t>(!state_ok) + static_cast<size_t>(!role_ok)) << where;
        if (!state_ok) {
          EXPECT_TRUE(Has(refusals, StateLabel(state))) << where;
          EXPECT_TRUE(Has(refusals, std::string("不能") + ActionLabel(action))) << where;
        }
      }
    }
  }
  // 2 (edit) + 2 (submit) + 2 (approve) + 2 (reject) + 2 (withdraw).
  EXPECT_EQ(allowed_count, 10);
}

TEST(WorkflowTest, ActionLabels) {
  for (Action a : kAllActions) EXPECT_STRNE(ActionLabel(a), "") << static_cast<int>(a);
  EXPECT_STREQ(ActionLabel(Action::kSubmit), "提交审核");
  EXPECT_STREQ(ActionLabel(Action::kReject), "退回修改");
}

TEST(WorkflowTest, InstallationWideRolesApplyEverywhere) {
  const ReviewFacts facts;
  access::User reviewer = MakeUser(201, access::Role::kReviewer, 0);
  access::User officer = MakeUser(202, access::Role::kOfficer, 0);
  access::User editor = MakeUser(203, access::Role::kEditor, 0);
  for (int64_t agency : {kAgency, kOtherAgency}) {
    EXPECT_TRUE(Refusals(Action::kApprove, MakeItem(State::kSubmitted, agency), reviewer, facts).empty());
    EXPECT_TRUE(Refusals(Action::kWithdraw, MakeItem(State::kPublished, agency), officer, facts).empty());
    EXPECT_TRUE(Refusals(Action::kSubmit, MakeItem(State::kDraft, agency), editor, facts).empty());
  }
}

TEST(WorkflowTest, DisabledUserMayDoNothing) {
  const ReviewFacts facts;
  access::User reviewer = UserFor(Who::kReviewer);
  reviewer.disabled = true;
  auto refusals = Refusals(Action::kApprove, MakeItem(State::kSubmitted), reviewer, facts);
  EXPECT_TRUE(Has(refusals, "权限")) << JoinAll(refusals);
}

// ---------------------------------------------------------------------------
// Separation of duties

TEST(WorkflowTest, ApproveRefusedForAnEditorOfTheItem) {
  access::User reviewer = UserFor(Who::kReviewer);
  ReviewFacts facts;
  facts.editor_ids = {101, reviewer.id};
  for (State state : {State::kSubmitted, State::kInReview}) {
    auto refusals = Refusals(Action::kApprove, MakeItem(state), reviewer, facts);
    ASSERT_EQ(refusals.size(), 1u) << JoinAll(refusals);
    EXPECT_TRUE(Has(refusals, "撰写或编辑过")) << JoinAll(refusals);
  }
  // Others may still approve.
  access::User other = MakeUser(300, access::Role::kReviewer, kAgency);
  EXPECT_TRUE(Refusals(Action::kApprove, MakeItem(State::kSubmitted), other, facts).empty());
}

TEST(WorkflowTest, ApproveRefusedForAnEarlierApprover) {
  access::User reviewer = UserFor(Who::kReviewer);
  Item item = MakeItem(State::kInReview);
  item.review_stage = 1;
  ReviewFacts facts;
  facts.approvers = {reviewer.id};
  auto refusals = Refusals(Action::kApprove, item, reviewer, facts);
  ASSERT_EQ(refusals.size(), 1u) << JoinAll(refusals);
  EXPECT_TRUE(Has(refusals, "两个环节")) << JoinAll(refusals);
  access::User other = MakeUser(300, access::Role::kReviewer, kAgency);
  EXPECT_TRUE(Refusals(Action::kApprove, item, other, facts).empty());
}

TEST(WorkflowTest, EveryReasonAtOnce) {
  // Wrong state, no permission, wrote it and approved before: four reasons.
  access::User editor = UserFor(Who::kEditor);
  ReviewFacts facts;
  facts.editor_ids = {editor.id};
  facts.approvers = {editor.id};
  auto refusals = Refusals(Action::kApprove, MakeItem(State::kDraft), editor, facts);
  EXPECT_EQ(refusals.size(), 4u) << JoinAll(refusals);
  EXPECT_TRUE(Has(refusals, "状态"));
  EXPECT_TRUE(Has(refusals, "权限"));
  EXPECT_TRUE(Has(refusals, "撰写或编辑过"));
  EXPECT_TRUE(Has(refusals, "两个环节"));
}

TEST(WorkflowTest, SeparationOfDutiesConcernsApprovalOnly) {
  // Sending an item back is a second pair of eyes too, but not a sign-off:
  // an editor-reviewer may still reject what they wrote.
  access::User reviewer = UserFor(Who::kReviewer);
  ReviewFacts facts;
  facts.editor_ids = {reviewer.id};
  facts.approvers = {reviewer.id};
  EXPECT_TRUE(Refusals(Action::kReject, MakeItem(State::kInReview), reviewer, facts).empty());
}

// ---------------------------------------------------------------------------
// Role scope through the agency tree

TEST(WorkflowTest, ReviewerOfTheParentAgencyMayReviewAChildsItem) {
  const int64_t child = 11;
  ReviewFacts facts;
  facts.agency_ancestors = {kAgency, kParent};  // nearest first
  const Item item = MakeItem(State::kSubmitted, child);

  EXPECT_TRUE(Refusals(Action::kApprove, item, MakeUser(1, access::Role::kReviewer, kAgency), facts).empty());
  EXPECT_TRUE(Refusals(Action::kApprove, item, MakeUser(2, access::Role::kReviewer, kParent), facts).empty());
  EXPECT_TRUE(Refusals(Action::kReject, item, MakeUser(3, access::Role::kReviewer, kParent), facts).empty());
  EXPECT_TRUE(Refusals(Action::kApprove, item, MakeUser(4, access::Role::kReviewer, child), facts).empty());
  auto other = Refusals(Action::kApprove, item, MakeUser(5, access::Role::kReviewer, kOtherAgency), facts);
  EXPECT_TRUE(Has(other, "权限")) << JoinAll(other);

  // Without the ancestors the parent's reviewer has no say.
  auto no_tree = Refusals(Action::kApprove, item, MakeUser(2, access::Role::kReviewer, kParent), ReviewFacts{});
  EXPECT_TRUE(Has(no_tree, "权限")) << JoinAll(no_tree);
}

TEST(WorkflowTest, ChildAgencyRolesDoNotReachUp) {
  const int64_t child = 11;
  ReviewFacts facts;
  facts.agency_ancestors = {kParent};  // of kAgency
  const Item item = MakeItem(State::kSubmitted, kAgency);
  auto refusals = Refusals(Action::kApprove, item, MakeUser(1, access::Role::kReviewer, child), facts);
  EXPECT_TRUE(Has(refusals, "权限")) << JoinAll(refusals);
  auto withdraw =
      Refusals(Action::kWithdraw, MakeItem(State::kPublished), MakeUser(2, access::Role::kOfficer, child), facts);
  EXPECT_TRUE(Has(withdraw, "权限")) << JoinAll(withdraw);
}

// ---------------------------------------------------------------------------
// Submission

TEST(WorkflowTest, SubmitNeedsATitle) {
  Item item = MakeItem(State::kDraft);
  item.title = "";
  auto refusals = Refusals(Action::kSubmit, item, UserFor(Who::kEditor), ReviewFacts{});
  ASSERT_EQ(refusals.size(), 1u) << JoinAll(refusals);
  EXPECT_TRUE(Has(refusals, "标题")) << JoinAll(refusals);
  // The title matters for submission only; a draft without one can be edited.
  EXPECT_TRUE(Refusals(Action::kEdit, item, UserFor(Who::kEditor), ReviewFacts{}).empty());
}

// ---------------------------------------------------------------------------
// StateAfterApproval

TEST(WorkflowTest, StateAfterApproval) {
  struct Case {
    int stage_count;
    int review_stage;  // stages approved before this approval
    bool publish_later;
    State expected;
  };
  const Case cases[] = {
      {1, 0, false, State::kPublished}, {1, 0, true, State::kScheduled}, {3, 0, false, State::kInReview},
      {3, 0, true, State::kInReview},   {3, 1, false, State::kInReview}, {3, 1, true, State::kInReview},
      {3, 2, false, State::kPublished}, {3, 2, true, State::kScheduled},
  };
  for (const auto& c : cases) {
    Item item = MakeItem(c.review_stage == 0 ? State::kSubmitted : State::kInReview);
    item.review_stage = c.review_stage;
    EXPECT_EQ(StateAfterApproval(item, c.stage_count, c.publish_later), c.expected)
        << "stages " << c.stage_count << ", approved " << c.review_stage << ", later " << c.publish_later;
  }
}

}  // namespace
}  // namespace gk::catalogue
