// 双随机、一公开 draw records: the lists drawn from, the draw with its plan,
// seed and result, the conflicts of interest recorded before it, and the
// inspection results published against it. Plain structs; the algorithm is
// draw.h, the rules draw_workflow.h and draw_service.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"
#include "supervision/draw.h"

namespace gk::supervision {

// 检查对象名录 (targets: market entities by USCC) or 执法检查人员名录
// (inspectors: by law-enforcement certificate number).
enum class ListKind { kTargets, kInspectors };
const char* ListKindCode(ListKind k);   // "targets"
const char* ListKindLabel(ListKind k);  // "检查对象名录"
bool ParseListKind(std::string_view code, ListKind* out);

struct ListEntry {
  std::string ident;  // USCC or certificate number: what the draw uses
  std::string name;   // 企业名称 or 姓名
  std::string note;   // 住所 / 所属单位 (optional)
};

// One imported version of a list. Versions never change: a correction is a
// new import under the same name, and a draw keeps the version it named.
struct DrawList {
  int64_t id = 0;
  int64_t agency_id = 0;
  ListKind kind = ListKind::kTargets;
  std::string name;
  int64_t version = 1;
  int64_t entries = 0;
  std::string sha256;  // of the canonical ids, one per line (ListSha256)
  int64_t created_at = 0;
  std::string created_by;  // display name
};

//   draft ──announce──▶ announced ──lock_seed──▶ seed_locked ──run──▶ completed
//     │                     │                         │          (record_inspection)
//     └──────────cancel─────┴───────────cancel────────┘──▶ cancelled
enum class DrawState { kDraft, kAnnounced, kSeedLocked, kCompleted, kCancelled };
const char* DrawStateCode(DrawState s);   // "seed_locked"
const char* DrawStateLabel(DrawState s);  // "种子已锁定"
bool ParseDrawState(std::string_view code, DrawState* out);
// Whether the public sees the draw: announced, and not a draft cancelled
// before it was announced.
bool IsPublic(DrawState s, int64_t announced_at);

// A conflict of interest (回避): the inspector may not inspect the target.
// The pair is public (it is an input of the draw); the reason is not.
struct Exclusion {
  std::string target;
  std::string inspector;
  std::string reason;
};

// 检查结果 of a drawn target, as the national enterprise credit publicity
// system words them.
enum class InspectionOutcome {
  kNoProblem,      // 未发现问题
  kRectified,      // 发现问题，已责令改正
  kCaseOpened,     // 发现违法行为，已立案查处
  kUnreachable,    // 通过登记的住所（经营场所）无法联系
  kNotOperating,   // 未发现开展本次抽查涉及的经营活动
  kUncooperative,  // 不配合检查，情节严重
};
const std::vector<InspectionOutcome>& AllInspectionOutcomes();
const char* InspectionOutcomeCode(InspectionOutcome o);
const char* InspectionOutcomeLabel(InspectionOutcome o);
bool ParseInspectionOutcome(std::string_view code, InspectionOutcome* out);

struct Inspection {
  std::string target;
  InspectionOutcome outcome = InspectionOutcome::kNoProblem;
  std::string details;
  Date inspected_on;
};

struct DrawRecord {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string title;  // 2026年第二批食品生产企业双随机抽查
  std::string scope;  // 抽查事项 / 检查内容
  DrawState state = DrawState::kDraft;
  int64_t target_list_id = 0;
  int64_t inspector_list_id = 0;
  int n = 0;  // targets to draw
  int m = 0;  // inspectors per target
  // Where the seed will come from, published with the plan before the seed
  // is known ("2026年3月5日上证综合指数收盘价").
  std::string seed_source;
  std::string seed;  // empty until locked
  int algorithm_version = kAlgorithmVersion;
  std::string input_sha256;        // set when announced
  std::vector<Assignment> result;  // set when run, in draw order
  std::string cancel_reason;
  int64_t created_at = 0;
  int64_t announced_at = 0;
  int64_t seed_locked_at = 0;
  int64_t completed_at = 0;
  int64_t cancelled_at = 0;
  int64_t updated_at = 0;
};

// What a draw's page shows: the record with its lists, exclusions and
// inspection results, and the names behind the ids.
struct DrawView {
  DrawRecord draw;
  DrawList targets;
  DrawList inspectors;
  std::vector<Exclusion> exclusions;
  std::vector<Inspection> inspections;
};

}  // namespace gk::supervision
