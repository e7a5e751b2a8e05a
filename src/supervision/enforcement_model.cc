#include "supervision/enforcement_model.h"

#include <array>
#include <cctype>
#include <utility>

#include "common/strings.h"

namespace gk::supervision {
namespace {

struct KindRow {
  DecisionKind kind;
  const char* code;
  const char* label;
};
constexpr std::array<KindRow, 3> kKinds = {{{DecisionKind::kPenalty, "penalty", "行政处罚"},
                                            {DecisionKind::kLicence, "licence", "行政许可"},
                                            {DecisionKind::kCoercive, "coercive", "行政强制"}}};

struct PartyRow {
  PartyType type;
  const char* code;
  const char* label;
};
constexpr std::array<PartyRow, 3> kParties = {{{PartyType::kOrganisation, "organisation", "法人及非法人组织"},
                                               {PartyType::kPerson, "person", "自然人"},
                                               {PartyType::kIndividualBusiness, "individual_business", "个体工商户"}}};

constexpr std::array<std::pair<DecisionState, const char*>, 3> kStates = {{{DecisionState::kDraft, "draft"},
                                                                           {DecisionState::kPublished, "published"},
                                                                           {DecisionState::kWithdrawn, "withdrawn"}}};

}  // namespace

const std::vector<DecisionKind>& AllDecisionKinds() {
  static const std::vector<DecisionKind> k = {DecisionKind::kPenalty, DecisionKind::kLicence, DecisionKind::kCoercive};
  return k;
}
const char* DecisionKindCode(DecisionKind k) { return kKinds[static_cast<size_t>(k)].code; }
const char* DecisionKindLabel(DecisionKind k) { return kKinds[static_cast<size_t>(k)].label; }
bool ParseDecisionKind(std::string_view code, DecisionKind* out) {
  for (const auto& r : kKinds)
    if (code == r.code || code == r.label) {
      *out = r.kind;
      return true;
    }
  return false;
}

const std::vector<PartyType>& AllPartyTypes() {
  static const std::vector<PartyType> k = {PartyType::kOrganisation, PartyType::kPerson,
                                           PartyType::kIndividualBusiness};
  return k;
}
const char* PartyTypeCode(PartyType t) { return kParties[static_cast<size_t>(t)].code; }
const char* PartyTypeLabel(PartyType t) { return kParties[static_cast<size_t>(t)].label; }
bool ParsePartyType(std::string_view text, PartyType* out) {
  for (const auto& r : kParties)
    if (text == r.code || text == r.label) {
      *out = r.type;
      return true;
    }
  // The standard's older wording.
  if (text == "法人" || text == "法人及其他组织" || text == "非法人组织") {
    *out = PartyType::kOrganisation;
    return true;
  }
  return false;
}

const char* DecisionStateCode(DecisionState s) { return kStates[static_cast<size_t>(s)].second; }
bool ParseDecisionState(std::string_view code, DecisionState* out) {
  for (const auto& [state, name] : kStates)
    if (code == name) {
      *out = state;
      return true;
    }
  return false;
}

bool IsExpiredOn(const Decision& d, Date today) {
  return d.state == DecisionState::kPublished && d.public_until && *d.public_until <= today;
}

bool IsPublicOn(const Decision& d, Date today) {
  return d.state == DecisionState::kPublished && d.publishable && !IsExpiredOn(d, today);
}

std::string StatusCode(const Decision& d, Date today) {
  switch (d.state) {
    case DecisionState::kDraft:
      if (!d.publishable) return "not_public";
      return today > d.due_on ? "overdue" : "draft";
    case DecisionState::kPublished:
      return IsExpiredOn(d, today) ? "expired" : "published";
    case DecisionState::kWithdrawn:
      return "withdrawn";
  }
  return "";
}

std::string StatusLabel(const Decision& d, Date today) {
  const std::string code = StatusCode(d, today);
  if (code == "not_public") return "不予公示";
  if (code == "overdue") return "逾期未公示";
  if (code == "draft") return "待公示";
  if (code == "expired") return "公示期满";
  if (code == "published") return "公示中";
  return "已撤下";
}

bool ParseWanYuan(std::string_view text, int64_t* fen) {
  std::string t = Trim(std::string(text));
  bool yuan = false;
  if (t.ends_with("万元")) t = Trim(t.substr(0, t.size() - std::string_view("万元").size()));
  else if (t.ends_with("元")) {
    t = Trim(t.substr(0, t.size() - std::string_view("元").size()));
    yuan = true;
  }
  if (t.empty()) {
    *fen = 0;
    return true;
  }
  // Digits, at most one point; the places a 万元 figure may have (6 = 1 fen).
  const size_t point = t.find('.');
  const std::string whole = t.substr(0, point);
  std::string frac = point == std::string::npos ? "" : t.substr(point + 1);
  auto digits = [](const std::string& s) {
    for (unsigned char c : s)
      if (!std::isdigit(c)) return false;
    return true;
  };
  const size_t places = yuan ? 2 : 6;
  if (whole.empty() || whole.size() > 9 || !digits(whole) || !digits(frac) || frac.size() > places) return false;
  frac.resize(places, '0');
  const int64_t unit = yuan ? 100 : 1000000;
  *fen = std::stoll(whole) * unit + (frac.empty() ? 0 : std::stoll(frac));
  return true;
}

std::string FormatWanYuan(int64_t fen) {
  std::string whole = std::to_string(fen / 1000000);
  std::string frac = std::to_string(fen % 1000000);
  frac.insert(0, 6 - frac.size(), '0');
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  return frac.empty() ? whole : whole + "." + frac;
}

}  // namespace gk::supervision
