// 依申请转主动 (work plan 五(二); 条例第四十四条: information that several
// applicants ask for, or that is of public interest, should be published
// proactively). Applications closed with 予以公开 or 部分公开 in the last year
// are offered to the 公开办 as candidates, those whose request other
// applicants made too (found by the applications' own full-text index)
// first; the 公开办 records a decision for each — published as the catalogue
// item with this 索引号, or not suitable, with the reason — and the year's
// publications are counted in the annual report's section 一.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "applications/model.h"

namespace gk::applications {

struct ProactiveCandidate {
  Application app;
  int64_t similar = 0;  // other applicants' applications with a similar request
};

enum class ProactiveChoice { kPublish, kUnsuitable };
const char* ProactiveChoiceCode(ProactiveChoice c);   // "publish" | "unsuitable"
const char* ProactiveChoiceLabel(ProactiveChoice c);  // "已转为主动公开" | "不宜主动公开"
bool ParseProactiveChoice(std::string_view code, ProactiveChoice* out);

struct ProactiveDecision {
  int64_t application_id = 0;
  std::string application_number;  // 申请编号, read with it
  std::string description;         // the request, read with it
  ProactiveChoice choice = ProactiveChoice::kUnsuitable;
  std::string index_no;  // kPublish: the published item
  std::string reason;    // kUnsuitable: why
  Date decided_on;
};

// How far back candidates reach, and how many are offered at once.
inline constexpr int kProactiveWindowDays = 365;
inline constexpr int kProactiveMaxCandidates = 50;

}  // namespace gk::applications
