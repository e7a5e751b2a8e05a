// 规章和行政规范性文件清理 (cleanup; work plan 四(一) 立改废, 国办发〔2018〕37号
// 《关于加强行政规范性文件制定和监督管理工作的通知》: documents are cleaned up
// regularly and the results published). A cleanup is one batch decision
// over an agency's documents in force, one decision per document:
//   继续有效 keep       — stays in force; may set a new 有效期至;
//   修改     amend      — stays in force until the amended text replaces it
//                         (a revision published with 有效性 修订);
//   废止     repeal     — ceases on the decision day (有效性 废止);
//   宣布失效 invalidate — ceases on the decision day (有效性 失效).
// Drafted, then decided once: the decisions take effect on the documents,
// each change goes into the document's 有效性 history (ValidityChange), and
// the result list is drafted as a catalogue item (CleanupMarkdown) that
// passes the normal review. Table 二 of the annual report then counts the
// repealed and invalidated documents in the decision's year.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/model.h"
#include "common/calendar.h"
#include "common/status.h"

namespace gk::catalogue {

enum class CleanupDecision { kNone, kKeep, kAmend, kRepeal, kInvalidate };
const char* CleanupDecisionCode(CleanupDecision d);   // "" "keep" "amend" "repeal" "invalidate"
const char* CleanupDecisionLabel(CleanupDecision d);  // "" "继续有效" "修改" "废止" "宣布失效"
bool ParseCleanupDecision(std::string_view code, CleanupDecision* out);

// One document's decision, with what the list shows of the document.
struct CleanupEntry {
  int64_t item_id = 0;
  CleanupDecision decision = CleanupDecision::kNone;
  std::string reason;              // 理由; required but for 继续有效
  std::optional<Date> expires_on;  // 继续有效: the new 有效期至, if any
  // The document (filled when read, not stored with the decision).
  std::string title, doc_no, index_no;
  NormativeKind kind = NormativeKind::kNone;
  std::optional<Date> written_on;
  std::optional<Date> doc_expires_on;  // its 有效期至 before the decision
};

struct Cleanup {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string title;               // e.g. 2026年规章和行政规范性文件清理结果
  std::optional<Date> decided_on;  // 决定日期: when the decisions take effect
  std::string basis;               // 清理依据 and the process, for the published list
  bool decided = false;
  int64_t created_by = 0, created_at = 0, decided_by = 0, decided_at = 0;
  std::vector<CleanupEntry> entries;  // decided documents only
};

// Problems with a draft (fields "title", "decided_on", "basis"), in Chinese.
void ValidateCleanupHeader(const Cleanup& c, FieldErrors* errors);
// Problems with the decisions before deciding (fields "decision_<item id>",
// "reason_<item id>", "expires_<item id>", "entries"): at least one
// document; a reason for 修改, 废止 and 宣布失效; a new 有效期至 after the
// decision day; `today` bounds the decision day (not later than a year on).
void ValidateCleanupDecisions(const Cleanup& c, Date today, FieldErrors* errors);

// What a decision makes of the document on the decision day: its new
// 有效性 and 有效期至 (unchanged where the decision keeps them).
struct ValidityOutcome {
  Validity validity = Validity::kNone;
  std::optional<Date> changed_on;  // 有效性变更日期
  std::optional<Date> expires_on;
};
ValidityOutcome ApplyDecision(const Item& doc, const CleanupEntry& e, Date decided_on);

// One entry of a document's 有效性 history (validity_history).
struct ValidityChange {
  enum class Source { kPublish, kRevision, kCleanup };
  int64_t item_id = 0;
  Date changed_on;
  Validity validity = Validity::kNone;
  std::optional<Date> expires_on;
  Source source = Source::kPublish;
  int64_t cleanup_id = 0;
  std::string note;  // for a cleanup, the decision and its reason: "废止（上位法已修改）"
  int64_t recorded_at = 0;
};
const char* ValidityChangeSourceCode(ValidityChange::Source s);   // "publish" "revision" "cleanup"
const char* ValidityChangeSourceLabel(ValidityChange::Source s);  // "发布" "修订" "清理决定"
bool ParseValidityChangeSource(std::string_view code, ValidityChange::Source* out);

// The published result list: the basis, then one table per decision
// (继续有效, 修改, 废止, 宣布失效) with 序号, 文件名称, 发文字号, 理由; documents
// linked by 索引号. Markdown for the catalogue item.
std::string CleanupMarkdown(const Cleanup& c, const std::string& agency_name);

}  // namespace gk::catalogue
