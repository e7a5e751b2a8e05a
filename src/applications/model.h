// 依申请公开 disclosure applications: plain structs and the fixed lists they
// use. The lists follow the annual report's own taxonomy (国办公开办函〔2021〕30号,
// RULES.md §3) so that tables 三 and 四 come straight out of the records.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "applications/fees.h"
#include "common/calendar.h"

namespace gk::applications {

// A fixed choice: stored code and Chinese label.
struct Choice {
  const char* code;
  const char* label;
};

// 申请人类型, exactly the columns of table 三 (自然人; 法人或其他组织: ...).
// The order is the report's column order.
enum class ApplicantType { kPerson, kBusiness, kResearch, kWelfare, kLegal, kOtherOrg };
constexpr int kApplicantTypes = 6;
const std::vector<Choice>& ApplicantTypes();
bool IsOrganisation(ApplicantType t);

// 申请渠道 and how its date of receipt is fixed (Art. 31).
const std::vector<Choice>& Channels();  // online, in_person, registered_post, letter, fax
// 证件类型: 居民身份证 (check digit verified), other personal documents, or
// for organisations the 统一社会信用代码 (verified) or another certificate.
const std::vector<Choice>& IdTypes();     // resident_id, other_id, uscc, other_org_id
const std::vector<Choice>& Media();       // paper, electronic, media (Art. 29 形式)
const std::vector<Choice>& Deliveries();  // pickup, post, email, online (获取方式)
// Label of `code` in `list`, or "" if absent.
const char* LabelOf(const std::vector<Choice>& list, std::string_view code);
bool InList(const std::vector<Choice>& list, std::string_view code);

// The outcome (办理结果) in table 三's rows 三（一）–（六）: `row` 1..6, and
// for rows 3..6 the numbered sub-reason (`sub` 1..n); rows 1 and 2 have none.
struct Outcome {
  int row = 0;
  int sub = 0;
  bool operator==(const Outcome&) const = default;
};
bool ValidOutcome(Outcome o);
std::string OutcomeCode(Outcome o);  // "1", "3.4"
bool ParseOutcome(std::string_view code, Outcome* out);
std::string OutcomeLabel(Outcome o);  // "不予公开·保护第三方合法权益"
// 三（六）其他处理 as the workflow sets it.
inline constexpr Outcome kOutcomeLapsedCorrection{6, 1};  // Art. 30: no correction within the period
inline constexpr Outcome kOutcomeLapsedFee{6, 2};         // 国办函〔2020〕109号: the fee unpaid in time
inline constexpr Outcome kOutcomeWithdrawn{6, 3};         // 其他: the applicant withdrew
// Every outcome in report order.
std::vector<Outcome> AllOutcomes();
// Table 三's own texts: row titles "（一）予以公开" and sub-reason titles.
const char* OutcomeRowTitle(int row);
const char* OutcomeSubTitle(int row, int sub);  // "" when none
int OutcomeSubCount(int row);                   // 0 for rows 1, 2

// Where a case is. The clock itself is derived from the events.
enum class State {
  kSubmitted,   // 网上提交，待接收确认 (online, not yet received: Art. 31)
  kProcessing,  // 办理中 (the clock runs)
  kCorrection,  // 待补正 (waiting on the applicant, Art. 30)
  kConsulting,  // 征求意见中 (Art. 32, 34)
  kFeePending,  // 待缴费 (国办函〔2020〕109号)
  kSignOff,     // 待审签: decision and reply letter drafted
  kClosed,      // 已办结: replied, withdrawn or lapsed (an outcome is set)
  kArchived,    // 已归档: frozen
};
const char* StateCode(State s);
const char* StateLabel(State s);
bool ParseState(std::string_view code, State* out);

// What staff do to a case. Everything about each action (codes, labels,
// states, permission, clock, letter, handler) is its row in workflow.cc.
enum class Action {
  kReceive,            // 接收确认 (Art. 31, online applications)
  kRequestCorrection,  // 补正告知 (Art. 30), once
  kReceiveCorrection,
  kLapseCorrection,   // correction period missed → 其他处理·1, to sign-off
  kSendConsultation,  // Art. 32, 34
  kAnswerConsultation,
  kExtend,     // Art. 33, once, at most 20 working days
  kNotifyFee,  // 国办函〔2020〕109号
  kPayFee,
  kWaiveFee,
  kLapseFee,       // unpaid → 其他处理·2, to sign-off
  kAssign,         // 协查: to a department with an internal answer date
  kDeptAnswer,     // the department records what it holds
  kJointReview,    // 会商 notes
  kDraftDecision,  // outcome + reply letter → sign-off
  kSendBack,       // sign-off returns it with comments
  kSignOff,        // 审签: the reply letter is issued, the case closes
  kWithdraw,       // the applicant withdraws → 其他处理·3
  kArchive,        // 归档: frozen
  kAppeal,         // 行政复议 / 行政诉讼 record
  kSetTopic,       // 主题分类 for statistics
};

struct Application {
  int64_t id = 0;
  int64_t agency_id = 0;
  int64_t department_id = 0;  // 协查 department; 0: none yet
  std::string number;         // 申请编号, e.g. "2026-000012" (per year, across the installation)
  State state = State::kSubmitted;
  std::string channel = "online";
  ApplicantType applicant_type = ApplicantType::kPerson;
  std::string applicant_name;
  std::string contact_person;  // organisations: 联系人 / 法定代表人
  std::string id_type = "resident_id";
  std::string id_number;
  std::string phone;
  std::string email;
  std::string address;
  std::string postcode;
  std::string description;  // 所需信息的描述 (one matter)
  std::string medium = "electronic";
  std::string delivery = "email";
  std::string topic;                  // 主题分类, set by staff (statistics, case library)
  int64_t submitted_at = 0;           // filed online / registered by staff (Unix)
  std::optional<Date> received_on;    // Art. 31 date of receipt; none until received
  std::optional<Date> due_on;         // derived from the events (for lists); none when unknown
  std::optional<Date> waiting_until;  // derived: applicant's / third party's deadline
  FeeMethod fee_method = FeeMethod::kNone;
  int64_t fee_yuan = 0;
  int fee_quantity = 0;            // pages, or the n-th application of the month
  std::optional<Outcome> outcome;  // once decided (drafted: still open until sign-off)
  std::string explanation;         // Art. 36 explanation
  std::string public_index_no;     // already public: the catalogue item (Art. 36(一))
  std::string holder_agency;       // not this agency's: who holds it (Art. 36(五))
  std::string legal_basis;         // refusal: the legal basis
  std::string withheld;            // 部分公开: what was withheld and why (Art. 37)
  std::optional<Date> closed_on;   // none while open
  bool joint_review = false;       // 会商
  std::string joint_notes;
  std::optional<Date> dept_due_on;  // internal answer date of the 协查
  std::string dept_answer;          // what the department holds
  int64_t created_by = 0;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// Blanks the applicant's personal data (name, identity document, contacts,
// address) for staff who may see the case but not who asked.
void StripPersonal(Application* a);

// How a case came in, before any action: the first event of every case.
enum class Filing {
  kSubmit,    // the applicant's online form
  kRegister,  // staff registered one received in person, by post, letter or fax
};

// What an event records: one of the workflow's actions, or the filing.
// Stored as the action's code ("request_correction") or "submit", "register".
class EventKind {
 public:
  EventKind() : kind_(Filing::kSubmit) {}
  EventKind(Action a) : kind_(a) {}  // implicit: `event.kind == Action::kExtend`
  EventKind(Filing f) : kind_(f) {}  // implicit
  // The action, or null for a filing.
  const Action* action() const { return std::get_if<Action>(&kind_); }
  const Filing* filing() const { return std::get_if<Filing>(&kind_); }
  bool operator==(const EventKind&) const = default;

 private:
  std::variant<Action, Filing> kind_;
};

// One thing that happened to an application (the clock is computed from these).
struct Event {
  int64_t id = 0;
  int64_t application_id = 0;
  EventKind kind;             // its label: EventLabel (workflow.h)
  std::optional<Date> on;     // the date it counts from; none for a filing
  std::optional<Date> until;  // a deadline given (correction period, 协查 answer date)
  int days = 0;               // extension days
  std::string note;
  int64_t user_id = 0;
  std::string user_name;
  int64_t at = 0;
};
// 告知书 kinds: five notices and the reply (答复告知书).
enum class LetterKind { kAcknowledgement, kCorrection, kExtension, kConsultation, kFee, kReply };

// Which letter: its kind and, for a reply, the outcome it tells (each has
// its own template).
struct LetterType {
  LetterKind kind = LetterKind::kAcknowledgement;
  Outcome outcome;  // kReply only
  bool operator==(const LetterType&) const = default;
};
constexpr LetterType ReplyLetter(Outcome o) { return {LetterKind::kReply, o}; }
// "acknowledgement", "correction", "extension", "consultation", "fee",
// "reply-3-4": the stored kind and the template's file name (<code>.md).
std::string LetterTypeCode(LetterType t);
bool ParseLetterType(std::string_view code, LetterType* out);
// "补正申请告知书"; every reply "政府信息公开申请答复告知书".
const char* LetterTypeLabel(LetterType t);

// 告知书: drafts are edited; issued letters never change.
struct Letter {
  int64_t id = 0;
  int64_t application_id = 0;
  LetterType type;
  std::string number;  // e.g. "市市场监管局依申〔2026〕12号" (per agency and year); "" until issued
  std::string title;
  std::string body_md;
  bool issued = false;
  std::optional<Date> issued_on;  // none until issued
  int64_t issued_by = 0;
  std::string signed_by_name;  // 审签 (reply letters)
  int64_t signed_at = 0;
  bool to_applicant = true;  // false: to a third party (consultation request)
  int64_t created_at = 0;
};

// A file the applicant attached (bytes in the content-addressed store).
struct ApplicationFile {
  int64_t id = 0;
  int64_t application_id = 0;
  std::string name;
  std::string content_type;
  int64_t size = 0;
  std::string sha256;
};

// 行政复议 / 行政诉讼 against an application's reply (table 四).
struct Appeal {
  int64_t id = 0;
  int64_t application_id = 0;
  std::string kind = "reconsideration";  // or "litigation"
  bool after_reconsideration = false;    // litigation only: 复议后起诉
  std::optional<Date> filed_on;
  std::string body;                // 复议机关 / 法院
  std::string result = "pending";  // pending, upheld, corrected, other
  std::optional<Date> decided_on;  // none while pending
  std::string note;
};
const std::vector<Choice>& AppealResults();  // upheld 结果维持, corrected 结果纠正, other 其他结果, pending 尚未审结

}  // namespace gk::applications
