#include "messages/model.h"

#include "common/named.h"

namespace gk::messages {
namespace {

constexpr Named<State> kStates[] = {{State::kReceived, "received", "待分办"},
                                    {State::kAssigned, "assigned", "办理中"},
                                    {State::kAnswered, "answered", "已答复"},
                                    {State::kPublished, "published", "已公开"},
                                    {State::kWithheld, "withheld", "不予公开"}};
constexpr Named<Category> kCategories[] = {{Category::kConsult, "consult", "咨询"},
                                           {Category::kSuggest, "suggest", "建议"},
                                           {Category::kComplain, "complain", "投诉"},
                                           {Category::kOther, "other", "其他"}};
constexpr Named<Satisfaction> kSatisfactions[] = {{Satisfaction::kSatisfied, "satisfied", "满意"},
                                                  {Satisfaction::kBasically, "basically", "基本满意"},
                                                  {Satisfaction::kUnsatisfied, "unsatisfied", "不满意"}};

}  // namespace

const char* StateCode(State s) { return NamedCode(kStates, s); }
const char* StateLabel(State s) { return NamedLabel(kStates, s); }
bool ParseState(std::string_view code, State* out) { return ParseNamed(kStates, code, out); }

const std::vector<Category>& AllCategories() {
  static const std::vector<Category> k = {Category::kConsult, Category::kSuggest, Category::kComplain,
                                          Category::kOther};
  return k;
}
const char* CategoryCode(Category c) { return NamedCode(kCategories, c); }
const char* CategoryLabel(Category c) { return NamedLabel(kCategories, c); }
bool ParseCategory(std::string_view code, Category* out) { return ParseNamed(kCategories, code, out); }
const char* SatisfactionCode(Satisfaction s) { return NamedCode(kSatisfactions, s); }
const char* SatisfactionLabel(Satisfaction s) { return NamedLabel(kSatisfactions, s); }
bool ParseSatisfaction(std::string_view code, Satisfaction* out) { return ParseNamed(kSatisfactions, code, out); }

}  // namespace gk::messages
