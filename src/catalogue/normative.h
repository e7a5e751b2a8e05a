// 规章 and 行政规范性文件 (normative documents, work plan 四(一) 立改废): a
// facet of catalogue items. An item that is one carries its kind, its
// 实施日期 and its 有效期至; its 有效性 and 有效性变更日期 are the item's own.
// The annual report's table 二 (RULES.md §3, 第二十条第（一）项) counts them:
// 本年制发, 本年废止, 现行有效 — see InForceAt and the reports domain.
#pragma once

#include <optional>
#include <string_view>

#include "common/calendar.h"
#include "common/status.h"

namespace gk::catalogue {

enum class NormativeKind { kNone, kRule, kNormative };

const char* NormativeKindCode(NormativeKind k);   // "" "rule" "normative"
const char* NormativeKindLabel(NormativeKind k);  // "" "规章" "行政规范性文件"
bool ParseNormativeKind(std::string_view code, NormativeKind* out);

struct NormativeFacets {
  NormativeKind kind = NormativeKind::kNone;
  std::optional<Date> effective_on;  // 实施日期; none: from publication
  std::optional<Date> expires_on;    // 有效期至; none: no end stated
  bool Empty() const { return kind == NormativeKind::kNone; }
};

// Every problem with the facet (fields "normative_*"), in Chinese: dates
// within 1949–2100, 有效期至 not before 实施日期.
void ValidateNormative(const NormativeFacets& n, FieldErrors* errors);

// How many days before 有效期至 the dashboard warns (四(一): documents are
// reviewed and renewed or repealed before they lapse).
inline constexpr int kExpiryWarningDays = 90;

}  // namespace gk::catalogue
