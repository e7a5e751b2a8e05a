// 留言咨询 (public messages): the public asks the agency a question; staff
// route it to a department, which answers on the working-day clock; the
// 公开办 publishes the question with its answer, unless the asker asked for
// it to stay private or staff withhold it with a reason. Readers rate a
// published answer (满意 / 基本满意 / 不满意). Plain structs and their codes;
// the rules are rules.h, the workflow workflow.h, the service service.h.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"

namespace gk::messages {

//   received ──assign──▶ assigned ──answer──▶ answered ──publish──▶ published
//       └──────────answer───────────────┘         └──withhold──▶ withheld ◀──withhold── published
enum class State { kReceived, kAssigned, kAnswered, kPublished, kWithheld };
const char* StateCode(State s);   // "answered"
const char* StateLabel(State s);  // "已答复"
bool ParseState(std::string_view code, State* out);
inline bool Unanswered(State s) { return s == State::kReceived || s == State::kAssigned; }

enum class Category { kConsult, kSuggest, kComplain, kOther };
const std::vector<Category>& AllCategories();
const char* CategoryCode(Category c);   // "consult"
const char* CategoryLabel(Category c);  // "咨询"
bool ParseCategory(std::string_view code, Category* out);

// A reader's view of a published answer.
enum class Satisfaction { kSatisfied, kBasically, kUnsatisfied };
const char* SatisfactionCode(Satisfaction s);   // "satisfied"
const char* SatisfactionLabel(Satisfaction s);  // "满意"
bool ParseSatisfaction(std::string_view code, Satisfaction* out);

struct Message {
  int64_t id = 0;  // 留言编号
  int64_t agency_id = 0;
  std::string agency_name;  // read with it
  Category category = Category::kConsult;
  std::string title;
  std::string body;            // as written (staff)
  std::string public_body;     // personal information masked (the public)
  std::string asker_name;      // staff only
  std::string contact;         // phone or e-mail, staff only
  bool wants_private = false;  // the asker asked that it stay private
  State state = State::kReceived;
  int64_t department_id = 0;  // the department answering; 0 none yet
  std::string department;     // its name
  Date received_on;           // China date
  Date due_on;                // the answer is due by this day (rules.h)
  std::string answer;
  std::optional<Date> answered_on, published_on;
  std::string withhold_reason;            // 不予公开: why (staff; the asker sees it with the code)
  std::array<int64_t, 3> satisfaction{};  // by Satisfaction
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

}  // namespace gk::messages
