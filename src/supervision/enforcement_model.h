// 行政执法公示 records: administrative penalty, licence and coercive-measure
// decisions (事后公开), as staff enter or import them and as the public sees
// them after masking. Plain structs; the statutory rules are
// enforcement_rules.h, the workflow enforcement_workflow.h and the service
// enforcement_service.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"

namespace gk::supervision {

// 行政处罚 / 行政许可 / 行政强制.
enum class DecisionKind { kPenalty, kLicence, kCoercive };
const std::vector<DecisionKind>& AllDecisionKinds();
const char* DecisionKindCode(DecisionKind k);   // "penalty"
const char* DecisionKindLabel(DecisionKind k);  // "行政处罚"
bool ParseDecisionKind(std::string_view code, DecisionKind* out);

// 行政相对人类别 as the 双公示 data standard names them.
enum class PartyType { kOrganisation, kPerson, kIndividualBusiness };
const std::vector<PartyType>& AllPartyTypes();
const char* PartyTypeCode(PartyType t);   // "organisation"
const char* PartyTypeLabel(PartyType t);  // "法人及非法人组织"
// The code or the label ("自然人").
bool ParsePartyType(std::string_view text, PartyType* out);

//   draft ──publish──▶ published ──withdraw──▶ withdrawn
//   (edit)             (its period ends: 公示期满, no longer public, kept)
// A published decision whose public_until has come is "expired": derived
// from the date, never a stored state, so it leaves the public pages on the
// day itself whether or not the sweep has run.
enum class DecisionState { kDraft, kPublished, kWithdrawn };
const char* DecisionStateCode(DecisionState s);  // "published"
bool ParseDecisionState(std::string_view code, DecisionState* out);

struct Decision {
  int64_t id = 0;
  int64_t agency_id = 0;
  DecisionKind kind = DecisionKind::kPenalty;
  DecisionState state = DecisionState::kDraft;

  // 行政相对人.
  std::string party_name;  // 行政相对人名称
  PartyType party_type = PartyType::kOrganisation;
  std::string party_uscc;  // 统一社会信用代码 (organisations, individual businesses)
  std::string legal_rep;   // 法定代表人 / 经营者
  std::string id_type;     // 证件类型 (natural persons; never public)
  std::string id_number;   // 证件号码 (never public)

  std::string doc_no;              // 行政处罚决定书文号 / 行政许可决定文书号 / 决定书文号
  std::string violation_type;      // 违法行为类型 (penalty)
  std::string facts;               // 违法事实 (penalty, coercive)
  std::string basis;               // 处罚依据 / 许可依据 / 强制依据
  std::string categories;          // 处罚类别 / 许可类别 / 强制措施种类, "罚款;没收违法所得"
  std::string content;             // 处罚内容 / 许可内容 / 强制措施内容
  int64_t fine_fen = 0;            // 罚款金额, in fen (the file gives 万元)
  int64_t confiscated_fen = 0;     // 没收违法所得、没收非法财物的金额
  std::string certificate_name;    // 许可证书名称 (licence)
  std::string licence_no;          // 许可编号 (licence)
  std::optional<Date> valid_from;  // 有效期自 (licence)
  std::optional<Date> valid_to;    // 有效期至 (licence)
  Date decided_on;                 // 处罚/许可/强制 决定日期
  std::string authority;           // 处罚机关 / 许可机关 / 实施机关
  std::string authority_uscc;

  // The statutory clock and the publication period (enforcement_rules.h).
  Date due_on;                       // the last day it may be published on time
  std::optional<Date> published_on;  // 公示日期
  std::optional<Date> public_until;  // the first day it is no longer public
  bool publishable = true;           // false: 仅警告 penalties (总局令第45号)

  // Withdrawal of a revoked or changed decision.
  std::optional<Date> revoked_on;  // when the decision was revoked or changed
  std::string withdraw_reason;
  int64_t withdrawn_at = 0;

  std::string source;  // "console" or "import"
  int64_t created_at = 0;
  int64_t updated_at = 0;
  // When the period was recorded as ended: by the import, for a decision
  // whose period had already ended (never public here), or by the sweep of
  // a version before migration 0021; 0 otherwise (the sweep no longer
  // writes it).
  int64_t expired_at = 0;
};

// Whether the public sees it on `today` (China date): published, not
// withdrawn, its period not ended.
bool IsPublicOn(const Decision& d, Date today);
// Whether its publication period has ended (published, public_until <= today).
bool IsExpiredOn(const Decision& d, Date today);
// Console status text: 待公示 / 逾期未公示 / 公示中 / 公示期满 / 已撤下 / 不予公示.
std::string StatusLabel(const Decision& d, Date today);
// Status code for CSS and the console filter: draft, overdue, published,
// expired, withdrawn, not_public.
std::string StatusCode(const Decision& d, Date today);

// Amounts: "0.5" 万元 ↔ 500000 fen. Parse accepts plain decimals (up to 6
// places: 0.000001 万元 = 1 fen), optionally with 万元 or 元 after; empty is
// zero. Format prints 万元 without trailing zeros ("0.5").
bool ParseWanYuan(std::string_view text, int64_t* fen);
std::string FormatWanYuan(int64_t fen);

}  // namespace gk::supervision
