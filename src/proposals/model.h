// 建议提案 (proposals, issue 9; work plan 二(三)): the suggestions of 人大代表
// (建议) and proposals of 政协委员 (提案) assigned to the agency, each handled
// (as the lead 主办 or a co-handler 协办) and answered by a reply letter (复文)
// within the statutory time; the handling results — and the reply letters
// that concern the public interest — are published, with a yearly overview.
// Plain structs and their codes; the rules are rules.h, the workflow
// workflow.h, the service service.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"

namespace gk::proposals {

//   handling ──reply──▶ replied ──publish──▶ published
//                          └──withhold──▶ withheld ◀──withhold── published
enum class State { kHandling, kReplied, kPublished, kWithheld };
const char* StateCode(State s);   // "replied"
const char* StateLabel(State s);  // "已答复"
bool ParseState(std::string_view code, State* out);

enum class Kind { kSuggestion, kProposal };  // 人大代表建议, 政协委员提案
const std::vector<Kind>& AllKinds();
const char* KindCode(Kind k);   // "suggestion"
const char* KindLabel(Kind k);  // "人大代表建议"
bool ParseKind(std::string_view code, Kind* out);

enum class Role { kLead, kAssist };  // 主办, 协办
const char* RoleCode(Role r);        // "lead"
const char* RoleLabel(Role r);       // "主办"
bool ParseRole(std::string_view code, Role* out);

// The usual classification of a reply (办理结果): A 所提问题已经解决或基本解决,
// B 所提问题正在解决或列入计划逐步解决, C 因条件限制或其他原因暂时难以解决、留作参考.
enum class Outcome { kSolved, kPlanned, kReference };
const std::vector<Outcome>& AllOutcomes();
const char* OutcomeCode(Outcome r);   // "A"
const char* OutcomeLabel(Outcome r);  // "已解决或基本解决"
bool ParseOutcome(std::string_view code, Outcome* out);

struct Proposal {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string agency_name;  // read with it
  int year = 0;             // the session's year
  Kind kind = Kind::kSuggestion;
  std::string number;  // 建议号 / 提案号, as given, e.g. "第 0123 号"
  std::string title;
  std::string proposer;  // 代表 / 委员 (and co-signers), as given
  Role role = Role::kLead;
  std::string summary;  // what it asks, in brief
  Date assigned_on;     // 交办日期
  Date due_on;          // 答复期限 (rules.h)
  State state = State::kHandling;
  std::optional<Outcome> result;
  std::optional<Date> replied_on;
  std::string reply;           // 复文 (Markdown)
  std::string public_summary;  // 办理结果, published with it
  bool reply_public = false;   // the reply letter itself published in full
  std::optional<Date> published_on;
  std::string withhold_reason;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// A year's figures (the overview published with the list).
struct YearFigures {
  int64_t total = 0;
  int64_t suggestions = 0, proposals = 0;
  int64_t lead = 0, assist = 0;
  int64_t replied = 0;       // replied, published or withheld
  int64_t on_time = 0;       // replied by the due day
  int64_t overdue_open = 0;  // still handling past the due day
  int64_t by_result[3] = {0, 0, 0};
  int64_t published = 0;
};

}  // namespace gk::proposals
