// Policies (政策文件) and what goes with them (issue 9, work plan 一(二)):
// the interpretation (政策解读) released together with its policy — 谁起草谁
// 解读, 同步发布 — and the structured terms of an enterprise policy (惠企政策).
// Both are facets of catalogue items: an interpretation is an item that names
// the policy it interprets; an enterprise policy is an item with terms.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"
#include "common/status.h"

namespace gk::catalogue {

// 解读形式: text, 图解 (an image with a full text alternative), or video
// (a file or a link, with a transcript).
enum class InterpretationForm { kText, kGraphic, kVideo };

const char* InterpretationFormCode(InterpretationForm f);   // "text" "graphic" "video"
const char* InterpretationFormLabel(InterpretationForm f);  // "文字解读" "图解" "视频解读"
bool ParseInterpretationForm(std::string_view code, InterpretationForm* out);

// The sections the work plan asks an interpretation to cover, in order:
// 背景依据, 出台目的, 主要内容和重要举措, 适用范围, 关键词解释, 执行时间,
// 解读机关及联系方式.
const std::vector<std::string>& InterpretationSections();
// The body of an interpretation written in sections: each non-empty section
// under its heading ("## 一、背景依据"), in order. "" when all are empty.
std::string ComposeSections(const std::vector<std::string>& texts);

struct PolicyFacets {
  // On a policy: it may not go out without its interpretation.
  bool needs_interpretation = false;
  // On an interpretation: the policy item it interprets (0: not one).
  int64_t interprets_id = 0;
  InterpretationForm form = InterpretationForm::kText;
  // The section texts when the interpretation is written in sections (then
  // the body is ComposeSections of them); empty when the body is typed freely.
  std::vector<std::string> sections;
  std::string media_text;  // 图解: the full text alternative; video: the transcript
  std::string video_url;   // video: where it is, when not an attachment
  // A policy released without its interpretation: the 公开办's recorded reason.
  std::string waiver_reason;
  int64_t waiver_by = 0;
  int64_t waiver_at = 0;

  bool Empty() const {
    return !needs_interpretation && interprets_id == 0 && sections.empty() && media_text.empty() && video_url.empty() &&
           waiver_reason.empty();
  }
};

// 惠企政策: what an enterprise needs to know to apply.
struct EnterpriseTerms {
  std::vector<std::string> audiences;  // 适用对象, e.g. 小微企业, 个体工商户
  std::string conditions;              // 申请条件
  std::string materials;               // 申报材料清单
  std::string procedure;               // 办理流程
  std::string department;              // 承办部门
  std::string contact;                 // 联系方式
  std::optional<Date> starts_on;       // 起止时间; none: open from publication
  std::optional<Date> ends_on;         // none: no closing date
  std::string basis;                   // 政策依据
};

// 申报中 / 未开始 / 已截止 on a China date, both ends counted.
enum class EnterprisePhase { kOpen, kUpcoming, kClosed };
EnterprisePhase PhaseOn(const EnterpriseTerms& t, Date today);
const char* PhaseLabel(EnterprisePhase p);  // "申报中" "未开始" "已截止"
const char* PhaseCode(EnterprisePhase p);   // "open" "upcoming" "closed"

// 适用对象 as typed: separated by 、，, ; ； or new lines, trimmed, blanks and
// repeats dropped, in the order typed.
std::vector<std::string> SplitAudiences(std::string_view typed);

// Every problem with the terms (fields "enterprise_*"), in Chinese.
void ValidateEnterprise(const EnterpriseTerms& t, FieldErrors* errors);
// Every problem with the facets of an item (fields "interpretation_*").
void ValidatePolicyFacets(const PolicyFacets& p, FieldErrors* errors);

}  // namespace gk::catalogue
