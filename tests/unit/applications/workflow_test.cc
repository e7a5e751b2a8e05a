// The handling workflow of disclosure applications (依申请公开) without a
// database: the transition table, where each action leads, who may do it and
// the rules of Art. 30 and 33 and of sign-off. The expected table is written
// out by hand from the diagram in workflow.h and issue 4, not derived from
// workflow.cc.
#include "applications/workflow.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "testutil/source_tree.h"

namespace gk::applications {
namespace {

constexpr int64_t kAgency = 10;       // the case's agency
constexpr int64_t kParent = 5;        // its parent agency
constexpr int64_t kOtherAgency = 20;  // an unrelated agency
constexpr int64_t kDept = 7;          // the 协查 department of the case
constexpr int64_t kOtherDept = 8;     // another department of the same agency
constexpr int64_t kNobody = 999;      // drafted the decision (none of the users below)

const State kAllStates[] = {State::kSubmitted,  State::kProcessing, State::kCorrection, State::kConsulting,
                            State::kFeePending, State::kSignOff,    State::kClosed,     State::kArchived};

// Every value of the enum, in declaration order (checked against the enum's
// range in ActionsCoverTheEnum).
const Action kAllActions[] = {
    Action::kReceive,
    Action::kRequestCorrection,
    Action::kReceiveCorrection,
    Action::kLapseCorrection,
    Action::kSendConsultation,
    Action::kAnswerConsultation,
    Action::kExtend,
    Action::kNotifyFee,
    Action::kPayFee,
    Action::kWaiveFee,
    Action::kLapseFee,
    Action::kAssign,
    Action::kDeptAnswer,
    Action::kJointReview,
    Action::kDraftDecision,
    Action::kSendBack,
    Action::kSignOff,
    Action::kWithdraw,
    Action::kArchive,
    Action::kAppeal,
    Action::kSetTopic,
};

Date D(const char* text) {
  auto d = Date::Parse(text);
  EXPECT_TRUE(d.ok()) << text;
  return d.ok() ? *d : Date();
}

// ---------------------------------------------------------------------------
// The intended table, by hand.

struct Transition {
  Action action;
  const char* code;  // ActionCode, also the event kind
  std::vector<State> from;
  std::optional<State> to;  // nullopt: the state does not change
};

const std::vector<Transition>& ExpectedTable() {
  using S = State;
  const std::vector<S> open_states = {S::kSubmitted,  S::kProcessing, S::kCorrection,
                                      S::kConsulting, S::kFeePending, S::kSignOff};
  const std::vector<S> in_hand = {S::kProcessing, S::kConsulting, S::kFeePending};  // the agency is working on it
  static const std::vector<Transition> k = {
      // submitted ─receive─▶ processing (Art. 31: online cases are received on confirmation).
      {Action::kReceive, "receive", {S::kSubmitted}, S::kProcessing},
      // Art. 30 correction: out of processing and back, or lapse to sign-off as 其他处理·1.
      {Action::kRequestCorrection, "request_correction", {S::kProcessing}, S::kCorrection},
      {Action::kReceiveCorrection, "receive_correction", {S::kCorrection}, S::kProcessing},
      {Action::kLapseCorrection, "lapse_correction", {S::kCorrection}, S::kSignOff},
      // Art. 32, 34 consultation.
      {Action::kSendConsultation, "send_consultation", {S::kProcessing}, S::kConsulting},
      {Action::kAnswerConsultation, "answer_consultation", {S::kConsulting}, S::kProcessing},
      // Art. 33 extension: while the agency's clock runs or is paused for a consultation.
      {Action::kExtend, "extend", {S::kProcessing, S::kConsulting}, std::nullopt},
      // 国办函〔2020〕109号 fees: out and back, or lapse as 其他处理·2.
      {Action::kNotifyFee, "notify_fee", {S::kProcessing}, S::kFeePending},
      {Action::kPayFee, "pay_fee", {S::kFeePending}, S::kProcessing},
      {Action::kWaiveFee, "waive_fee", {S::kFeePending}, S::kProcessing},
      {Action::kLapseFee, "lapse_fee", {S::kFeePending}, S::kSignOff},
      // 协查 and 会商 while the case is in hand; 会商 also at sign-off.
      {Action::kAssign, "assign", in_hand, std::nullopt},
      {Action::kDeptAnswer, "dept_answer", in_hand, std::nullopt},
      {Action::kJointReview,
       "joint_review",
       {S::kProcessing, S::kConsulting, S::kFeePending, S::kSignOff},
       std::nullopt},
      // processing ─draft_decision─▶ sign_off ─sign_off─▶ closed; send_back returns it.
      {Action::kDraftDecision, "draft_decision", {S::kProcessing}, S::kSignOff},
      {Action::kSendBack, "send_back", {S::kSignOff}, S::kProcessing},
      {Action::kSignOff, "sign_off", {S::kSignOff}, S::kClosed},
      // The applicant may withdraw at any time before the reply (其他处理·3).
      {Action::kWithdraw, "withdraw", open_states, S::kClosed},
      {Action::kArchive, "archive", {S::kClosed}, S::kArchived},
      // Appeals follow the reply, also long after archiving (table 四 needs them).
      {Action::kAppeal, "appeal", {S::kClosed, S::kArchived}, std::nullopt},
      // Topics for statistics; an archived case is frozen.
      {Action::kSetTopic,
       "set_topic",
       {S::kSubmitted, S::kProcessing, S::kCorrection, S::kConsulting, S::kFeePending, S::kSignOff, S::kClosed},
       std::nullopt},
  };
  return k;
}

const Transition& ExpectedFor(Action a) {
  for (const auto& t : ExpectedTable())
    if (t.action == a) return t;
  ADD_FAILURE() << "no expected row for action " << static_cast<int>(a);
  return ExpectedTable().front();
}

bool ExpectedAllows(Action a, State s) {
  const auto& from = ExpectedFor(a).from;
  return std::find(from.begin(), from.end(), s) != from.end();
}

State FirstAllowedState(Action a) { return ExpectedFor(a).from.front(); }

// ---------------------------------------------------------------------------
// Users, cases and facts

access::User MakeUser(int64_t id, std::vector<access::RoleGrant> grants) {
  access::User u;
  u.id = id;
  u.username = "user" + std::to_string(id);
  u.display_name = u.username;
  u.roles = std::move(grants);
  return u;
}

access::User Officer() { return MakeUser(101, {{access::Role::kOfficer, kAgency, 0}}); }
access::User Editor() { return MakeUser(102, {{access::Role::kEditor, kAgency, 0}}); }
access::User Reviewer() { return MakeUser(103, {{access::Role::kReviewer, kAgency, 0}}); }
access::User Admin() { return MakeUser(104, {{access::Role::kAdmin, kAgency, 0}}); }
access::User OtherAgencyOfficer() { return MakeUser(105, {{access::Role::kOfficer, kOtherAgency, 0}}); }
access::User ParentOfficer() { return MakeUser(106, {{access::Role::kOfficer, kParent, 0}}); }
access::User EveryAgencyOfficer() { return MakeUser(107, {{access::Role::kOfficer, 0, 0}}); }
access::User DeptEditor() { return MakeUser(108, {{access::Role::kEditor, kAgency, kDept}}); }
access::User OtherDeptEditor() { return MakeUser(109, {{access::Role::kEditor, kAgency, kOtherDept}}); }
access::User DeptReviewer() { return MakeUser(110, {{access::Role::kReviewer, kAgency, kDept}}); }

Application MakeCase(State state, int64_t department_id = kDept) {
  Application a;
  a.id = 1;
  a.agency_id = kAgency;
  a.department_id = department_id;
  a.number = "2026-00012";
  a.state = state;
  a.applicant_name = "张三";
  a.description = "2025年本市食品安全抽检不合格产品的处理结果";
  return a;
}

// Facts under which every rule of Refusals is satisfied, for every action.
CaseFacts PermissiveFacts() {
  CaseFacts f;
  f.agency_ancestors = {kParent};
  f.today = D("2026-03-10");
  f.clock.started = true;
  f.clock.due = D("2026-03-20");            // still within the reply deadline
  f.clock.waiting_until = D("2026-03-06");  // the applicant's period is over
  f.correction_requested = false;
  f.extended = false;
  f.is_signer = true;
  f.drafted_by = kNobody;
  return f;
}

bool Has(const std::vector<std::string>& v, const std::string& part) {
  return std::any_of(v.begin(), v.end(), [&](const std::string& s) { return s.find(part) != std::string::npos; });
}

std::string JoinAll(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += "[" + x + "]";
  return s;
}

std::string Where(Action a, State s, const std::string& who, const std::vector<std::string>& refusals) {
  return std::string(ActionCode(a)) + " from " + StateCode(s) + " by " + who + ": " + JoinAll(refusals);
}

// A sentence for people: Chinese text ending in a full stop.
bool IsChineseSentence(const std::string& s) {
  if (s.empty()) return false;
  bool cjk = false;
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0xE4 && b <= 0xE9) cjk = true;  // lead byte of U+4000–U+9FFF
  }
  const std::string stop = "。";
  return cjk && s.size() >= stop.size() && s.compare(s.size() - stop.size(), stop.size(), stop) == 0;
}

// ---------------------------------------------------------------------------
// Codes and labels

TEST(ApplicationWorkflowTest, ActionsCoverTheEnum) {
  // The list above is every enum value once, in order (kSetTopic is last).
  ASSERT_EQ(std::size(kAllActions), static_cast<size_t>(Action::kSetTopic) + 1);
  for (size_t i = 0; i < std::size(kAllActions); ++i) EXPECT_EQ(static_cast<size_t>(kAllActions[i]), i);
  EXPECT_EQ(ExpectedTable().size(), std::size(kAllActions));
}

TEST(ApplicationWorkflowTest, ActionCodesRoundTrip) {
  std::set<std::string> seen;
  for (Action a : kAllActions) {
    const std::string code = ActionCode(a);
    EXPECT_EQ(code, ExpectedFor(a).code);
    EXPECT_TRUE(seen.insert(code).second) << "duplicate code " << code;
    Action back = Action::kSetTopic;
    if (a == Action::kSetTopic) back = Action::kReceive;
    ASSERT_TRUE(ParseAction(code, &back)) << code;
    EXPECT_EQ(back, a) << code;
    EXPECT_TRUE(IsChineseSentence(std::string(ActionLabel(a)) + "。")) << code << ": " << ActionLabel(a);
  }
  for (const char* bad : {"", "Receive", "receive ", "sign-off", "issue_letter", "nope"}) {
    Action out = Action::kAppeal;
    EXPECT_FALSE(ParseAction(bad, &out)) << bad;
    EXPECT_EQ(out, Action::kAppeal) << "unchanged on failure: " << bad;
  }
}

// The table has a row for every action, with a handler and the label of its
// event in the case history; the filings have theirs.
TEST(ApplicationWorkflowTest, EveryActionHasItsRow) {
  const std::set<Action> listed(AllActions().begin(), AllActions().end());
  EXPECT_EQ(AllActions().size(), std::size(kAllActions));
  EXPECT_EQ(listed.size(), std::size(kAllActions));
  std::set<std::string> labels;
  for (Action a : kAllActions) {
    EXPECT_NE(HandlerOf(a), nullptr) << ActionCode(a);
    const std::string label = EventLabel(a);
    EXPECT_TRUE(IsChineseSentence(label + "。")) << ActionCode(a) << ": " << label;
    EXPECT_TRUE(labels.insert(label).second) << "same label twice: " << label;
  }
  EXPECT_STREQ(EventLabel(Filing::kSubmit), "网上提交申请");
  EXPECT_STREQ(EventLabel(Filing::kRegister), "登记申请");
  EXPECT_STREQ(EventLabel(Action::kRequestCorrection), "发出补正告知");
}

// What the statutory clock (clock.h) sees of each action's event.
TEST(ApplicationWorkflowTest, WhatTheClockSeesOfEachAction) {
  using K = ClockEventKind;
  const std::map<Action, K> expected = {
      {Action::kReceive, K::kReceived},
      {Action::kRequestCorrection, K::kCorrectionRequested},
      {Action::kReceiveCorrection, K::kCorrectionReceived},
      {Action::kSendConsultation, K::kConsultationSent},
      {Action::kAnswerConsultation, K::kConsultationAnswered},
      {Action::kExtend, K::kExtended},
      {Action::kNotifyFee, K::kFeeNotified},
      {Action::kPayFee, K::kFeeSettled},
      {Action::kWaiveFee, K::kFeeSettled},
      {Action::kSignOff, K::kClosed},
      {Action::kWithdraw, K::kClosed},
  };
  for (Action a : kAllActions) {
    const auto it = expected.find(a);
    const std::optional<K> got = ClockKind(a);
    if (it == expected.end()) {
      EXPECT_FALSE(got.has_value()) << ActionCode(a);
    } else {
      EXPECT_TRUE(got == it->second) << ActionCode(a);
    }
  }
}

// The case page offers the actions of the table (routes.cc): each has its
// form block ACT_<CODE> in the page's template, but the decision, which has
// its own page behind CAN_DECIDE.
TEST(ApplicationWorkflowTest, EveryActionHasAFormOnTheCasePage) {
  std::ifstream in(testing::SourceDir() + "/templates/console/application.tpl");
  ASSERT_TRUE(in) << "templates/console/application.tpl";
  std::stringstream text;
  text << in.rdbuf();
  const std::string page = text.str();
  for (Action a : AllActions()) {
    std::string section = "ACT_";
    for (const char* c = ActionCode(a); *c; ++c)
      section += static_cast<char>(std::toupper(static_cast<unsigned char>(*c)));
    const std::string block = a == Action::kDraftDecision ? "{{#CAN_DECIDE}}" : "{{#" + section + "}}";
    EXPECT_NE(page.find(block), std::string::npos) << ActionCode(a) << ": " << block;
  }
}

// ---------------------------------------------------------------------------
// The transition table

TEST(ApplicationWorkflowTest, StateAllowsMatchesTheDesign) {
  int allowed = 0;
  for (Action a : kAllActions)
    for (State s : kAllStates) {
      EXPECT_EQ(StateAllows(a, s), ExpectedAllows(a, s)) << ActionCode(a) << " from " << StateCode(s);
      allowed += ExpectedAllows(a, s);
    }
  // 1+1+1+1 +1+1+2 +1+1+1+1 +3+3+4 +1+1+1 +6+1+2+7.
  EXPECT_EQ(allowed, 41);
}

TEST(ApplicationWorkflowTest, NextStateOfEveryAllowedTransition) {
  for (const auto& t : ExpectedTable())
    for (State s : t.from)
      EXPECT_EQ(NextState(t.action, s), t.to.value_or(s))
          << ActionCode(t.action) << " from " << StateCode(s) << " leads to " << StateCode(NextState(t.action, s));
}

TEST(ApplicationWorkflowTest, OfficerRefusedExactlyOutsideTheTable) {
  // An officer of the agency with every rule satisfied: only the state refuses.
  const CaseFacts f = PermissiveFacts();
  const access::User officer = Officer();
  for (Action a : kAllActions)
    for (State s : kAllStates) {
      auto why = Refusals(a, MakeCase(s), officer, f);
      const std::string where = Where(a, s, "officer", why);
      if (ExpectedAllows(a, s)) {
        EXPECT_TRUE(why.empty()) << where;
      } else {
        ASSERT_EQ(why.size(), 1u) << where;
        EXPECT_TRUE(Has(why, StateLabel(s))) << where;
        EXPECT_TRUE(Has(why, std::string("不能") + ActionLabel(a))) << where;
      }
    }
}

// ---------------------------------------------------------------------------
// Who may

TEST(ApplicationWorkflowTest, OnlyOfficersOfTheAgencyOrAboveHandle) {
  const CaseFacts f = PermissiveFacts();
  struct Who {
    const char* name;
    access::User user;
    bool may;
  };
  access::User disabled = Officer();
  disabled.disabled = true;
  const Who users[] = {
      {"officer", Officer(), true},
      {"officer of the parent agency", ParentOfficer(), true},
      {"officer of every agency", EveryAgencyOfficer(), true},
      {"editor", Editor(), false},
      {"reviewer", Reviewer(), false},
      {"admin", Admin(), false},
      {"officer of an unrelated agency", OtherAgencyOfficer(), false},
      {"editor of the assigned department", DeptEditor(), false},
      {"disabled officer", disabled, false},
  };
  for (Action a : kAllActions) {
    if (a == Action::kDeptAnswer) continue;  // see DeptAnswer* below
    const State s = FirstAllowedState(a);
    for (const Who& w : users) {
      auto why = Refusals(a, MakeCase(s), w.user, f);
      const std::string where = Where(a, s, w.name, why);
      if (w.may) {
        EXPECT_TRUE(why.empty()) << where;
      } else {
        ASSERT_EQ(why.size(), 1u) << where;
        EXPECT_TRUE(Has(why, "权限")) << where;
        EXPECT_TRUE(Has(why, ActionLabel(a))) << where;
      }
    }
  }
}

TEST(ApplicationWorkflowTest, WrongStateAndNoPermissionBothSaid) {
  auto why = Refusals(Action::kSignOff, MakeCase(State::kProcessing), Editor(), PermissiveFacts());
  EXPECT_EQ(why.size(), 2u) << JoinAll(why);
  EXPECT_TRUE(Has(why, "状态")) << JoinAll(why);
  EXPECT_TRUE(Has(why, "权限")) << JoinAll(why);
}

TEST(ApplicationWorkflowTest, DeptAnswerByTheAssignedDepartment) {
  const CaseFacts f = PermissiveFacts();
  struct Who {
    const char* name;
    access::User user;
    bool may;
  };
  const Who users[] = {
      {"officer", Officer(), true},  // the 公开办 may record the answer
      {"officer of the parent agency", ParentOfficer(), true},
      {"editor of the assigned department", DeptEditor(), true},
      {"editor of another department", OtherDeptEditor(), false},
      {"editor of the whole agency", Editor(), false},
      {"reviewer of the assigned department", DeptReviewer(), false},
      {"admin", Admin(), false},
      {"officer of an unrelated agency", OtherAgencyOfficer(), false},
  };
  for (State s : ExpectedFor(Action::kDeptAnswer).from)
    for (const Who& w : users) {
      auto why = Refusals(Action::kDeptAnswer, MakeCase(s), w.user, f);
      const std::string where = Where(Action::kDeptAnswer, s, w.name, why);
      if (w.may) {
        EXPECT_TRUE(why.empty()) << where;
      } else {
        ASSERT_EQ(why.size(), 1u) << where;
        EXPECT_TRUE(Has(why, "权限")) << where;
      }
    }
}

TEST(ApplicationWorkflowTest, DeptAnswerNeedsAnAssignedDepartment) {
  const CaseFacts f = PermissiveFacts();
  for (const access::User& u : {Officer(), DeptEditor()}) {
    auto why = Refusals(Action::kDeptAnswer, MakeCase(State::kProcessing, /*department_id=*/0), u, f);
    EXPECT_FALSE(why.empty()) << u.username;
    EXPECT_TRUE(Has(why, "协查")) << JoinAll(why);
  }
}

TEST(ApplicationWorkflowTest, DeptAnswerDepartmentMustComeWithTheAnsweringRole) {
  // An editor of department 8 who also reviews for department 7 is not the
  // assigned department's 信息员.
  access::User u =
      MakeUser(120, {{access::Role::kEditor, kAgency, kOtherDept}, {access::Role::kReviewer, kAgency, kDept}});
  auto why = Refusals(Action::kDeptAnswer, MakeCase(State::kProcessing), u, PermissiveFacts());
  EXPECT_TRUE(Has(why, "权限")) << JoinAll(why);
}

// ---------------------------------------------------------------------------
// Rules

TEST(ApplicationWorkflowTest, CorrectionRequestedOnlyOnce) {
  CaseFacts f = PermissiveFacts();
  EXPECT_TRUE(Refusals(Action::kRequestCorrection, MakeCase(State::kProcessing), Officer(), f).empty());
  f.correction_requested = true;
  auto why = Refusals(Action::kRequestCorrection, MakeCase(State::kProcessing), Officer(), f);
  ASSERT_EQ(why.size(), 1u) << JoinAll(why);
  EXPECT_TRUE(Has(why, "一次性告知")) << JoinAll(why);
  EXPECT_TRUE(Has(why, "第三十条")) << JoinAll(why);
}

TEST(ApplicationWorkflowTest, ExtendedOnlyOnceAndWithinTheDeadline) {
  struct Case {
    const char* name;
    bool extended;
    std::optional<Date> due;
    const char* today;
    std::vector<std::string> reasons;  // parts of the expected refusals, one per refusal
  };
  const Case cases[] = {
      {"first, before due", false, D("2026-03-20"), "2026-03-10", {}},
      {"first, on the due date", false, D("2026-03-20"), "2026-03-20", {}},
      {"first, due unknown", false, std::nullopt, "2026-03-10", {}},
      {"second", true, D("2026-03-20"), "2026-03-10", {"一次"}},
      {"first, a day late", false, D("2026-03-20"), "2026-03-21", {"期限已过"}},
      {"second and late", true, D("2026-03-20"), "2026-04-01", {"一次", "期限已过"}},
  };
  for (const Case& c : cases)
    for (State s : ExpectedFor(Action::kExtend).from) {
      CaseFacts f = PermissiveFacts();
      f.extended = c.extended;
      f.clock.due = c.due;
      f.today = D(c.today);
      auto why = Refusals(Action::kExtend, MakeCase(s), Officer(), f);
      EXPECT_EQ(why.size(), c.reasons.size()) << c.name << ": " << JoinAll(why);
      for (const auto& part : c.reasons) EXPECT_TRUE(Has(why, part)) << c.name << ": " << JoinAll(why);
    }
  CaseFacts f = PermissiveFacts();
  f.extended = true;
  EXPECT_TRUE(Has(Refusals(Action::kExtend, MakeCase(State::kProcessing), Officer(), f), "第三十三条"));
}

TEST(ApplicationWorkflowTest, ExtensionApprovedByTheHeadOfTheOffice) {
  CaseFacts f = PermissiveFacts();
  f.is_signer = false;  // not the configured 公开办负责人 / leader
  EXPECT_FALSE(Refusals(Action::kExtend, MakeCase(State::kProcessing), Officer(), f).empty());
}

TEST(ApplicationWorkflowTest, LapseOnlyAfterTheApplicantsPeriod) {
  struct Case {
    const char* waiting_until;  // "" unset
    bool allowed;
  };
  // today is 2026-03-10; the period includes its last day.
  const Case cases[] = {
      {"2026-03-20", false}, {"2026-03-11", false}, {"2026-03-10", false},
      {"2026-03-09", true},  {"2026-01-05", true},  {"", false},
  };
  const std::pair<Action, const char*> lapses[] = {{Action::kLapseCorrection, "补正"}, {Action::kLapseFee, "缴费"}};
  for (const auto& [action, word] : lapses)
    for (const Case& c : cases) {
      CaseFacts f = PermissiveFacts();
      f.today = D("2026-03-10");
      f.clock.waiting_until = *c.waiting_until ? std::optional<Date>(D(c.waiting_until)) : std::nullopt;
      auto why = Refusals(action, MakeCase(FirstAllowedState(action)), Officer(), f);
      const std::string where =
          std::string(ActionCode(action)) + " with period to " + c.waiting_until + ": " + JoinAll(why);
      EXPECT_EQ(why.empty(), c.allowed) << where;
      if (!c.allowed) {
        EXPECT_EQ(why.size(), 1u) << where;
        EXPECT_TRUE(Has(why, word)) << where;
        EXPECT_TRUE(Has(why, "尚未届满")) << where;
      }
    }
}

TEST(ApplicationWorkflowTest, SignOffOnlyByAConfiguredSignerNotTheDrafter) {
  const access::User officer = Officer();
  struct Case {
    const char* name;
    bool is_signer;
    int64_t drafted_by;
    std::vector<std::string> sign_off;   // parts of the refusals of sign_off
    std::vector<std::string> send_back;  // ... and of send_back
  };
  const Case cases[] = {
      {"signer, drafted by another", true, kNobody, {}, {}},
      {"not a signer", false, kNobody, {"审签人"}, {"审签人"}},
      {"signer who drafted it", true, officer.id, {"拟稿人"}, {}},
      {"drafter, not a signer", false, officer.id, {"审签人", "拟稿人"}, {"审签人"}},
  };
  for (const Case& c : cases) {
    CaseFacts f = PermissiveFacts();
    f.is_signer = c.is_signer;
    f.drafted_by = c.drafted_by;
    auto sign = Refusals(Action::kSignOff, MakeCase(State::kSignOff), officer, f);
    EXPECT_EQ(sign.size(), c.sign_off.size()) << c.name << ": " << JoinAll(sign);
    for (const auto& part : c.sign_off) EXPECT_TRUE(Has(sign, part)) << c.name << ": " << JoinAll(sign);
    auto back = Refusals(Action::kSendBack, MakeCase(State::kSignOff), officer, f);
    EXPECT_EQ(back.size(), c.send_back.size()) << c.name << ": " << JoinAll(back);
    for (const auto& part : c.send_back) EXPECT_TRUE(Has(back, part)) << c.name << ": " << JoinAll(back);
  }
}

TEST(ApplicationWorkflowTest, SigningRulesDoNotBindOtherActions) {
  // Not being a signer, or being the drafter, matters only at sign-off.
  CaseFacts f = PermissiveFacts();
  f.is_signer = false;
  f.drafted_by = Officer().id;
  for (Action a : kAllActions) {
    if (a == Action::kSignOff || a == Action::kSendBack || a == Action::kExtend) continue;  // Art. 33: the head extends
    auto why = Refusals(a, MakeCase(FirstAllowedState(a)), Officer(), f);
    EXPECT_TRUE(why.empty()) << Where(a, FirstAllowedState(a), "officer", why);
  }
}

// ---------------------------------------------------------------------------
// Every refusal is said in Chinese

TEST(ApplicationWorkflowTest, EveryRefusalIsAChineseSentence) {
  access::User disabled = Officer();
  disabled.disabled = true;
  const std::vector<access::User> users = {Officer(),    Editor(),          Reviewer(), Admin(), OtherAgencyOfficer(),
                                           DeptEditor(), OtherDeptEditor(), disabled};
  // Facts under which each rule refuses.
  CaseFacts strict = PermissiveFacts();
  strict.correction_requested = true;
  strict.extended = true;
  strict.clock.due = D("2026-03-01");
  strict.clock.waiting_until = D("2026-03-30");
  strict.is_signer = false;
  strict.drafted_by = Officer().id;
  CaseFacts unknown = PermissiveFacts();
  unknown.clock = Clock();
  size_t checked = 0;
  for (const CaseFacts& f : {PermissiveFacts(), strict, unknown})
    for (Action a : kAllActions)
      for (State s : kAllStates)
        for (int64_t dept : {kDept, int64_t{0}})
          for (const access::User& u : users)
            for (const std::string& why : Refusals(a, MakeCase(s, dept), u, f)) {
              EXPECT_TRUE(IsChineseSentence(why)) << Where(a, s, u.username, {why});
              ++checked;
            }
  EXPECT_GT(checked, 1000u);
}

}  // namespace
}  // namespace gk::applications
