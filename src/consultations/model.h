// 意见征集 (public consultation on a draft decision, 重大行政决策程序暂行条例
// Art. 15 and 32): a consultation publishes a draft with its explanation,
// how to comment and the period; the public comments, moderated before they
// show; after it closes, staff record a decision on every comment and
// publish the adoption report (采纳情况). Plain structs and their codes; the
// rules are rules.h, the workflow workflow.h, the service service.h.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"

namespace gk::consultations {

// The stored decision about a consultation. Whether it is open is derived
// from its dates on the China date (rules.h: PhaseOf), never stored, so it
// opens and closes on time whether anyone looks or not.
enum class State { kDraft, kPublished, kWithdrawn };
const char* StateCode(State s);   // "published"
const char* StateLabel(State s);  // "已发布"
bool ParseState(std::string_view code, State* out);

// Where a published consultation is in its period.
enum class Phase { kUpcoming, kOpen, kClosed };
const char* PhaseCode(Phase p);   // "open"
const char* PhaseLabel(Phase p);  // "征集中"

// Who may comment: with a name (kNamed, the name required) or anonymously too.
enum class Identity { kNamed, kAnonymous };
const char* IdentityCode(Identity i);
const char* IdentityLabel(Identity i);
bool ParseIdentity(std::string_view code, Identity* out);

// What happens to a comment when it arrives: held until a moderator
// publishes it (kPre), or published at once unless the keyword screen holds
// it (kScreen).
enum class Moderation { kPre, kScreen };
const char* ModerationCode(Moderation m);
const char* ModerationLabel(Moderation m);
bool ParseModeration(std::string_view code, Moderation* out);

enum class CommentState { kPending, kPublished, kHidden };
const char* CommentStateCode(CommentState s);
const char* CommentStateLabel(CommentState s);  // "待审核"
bool ParseCommentState(std::string_view code, CommentState* out);

// The decision on a comment after the consultation closed.
enum class Decision { kNone, kAdopted, kPartly, kNotAdopted, kOutOfScope };
const std::vector<Decision>& AllDecisions();  // without kNone
const char* DecisionCode(Decision d);         // "adopted"; "" for kNone
const char* DecisionLabel(Decision d);        // "采纳"; "未处理" for kNone
bool ParseDecision(std::string_view code, Decision* out);

// A file published with a consultation (附件).
struct ConsultationFile {
  int64_t id = 0;
  int64_t consultation_id = 0;
  std::string name;
  std::string content_type;
  int64_t size = 0;
  std::string sha256;
  int64_t created_at = 0;
};

// The adoption counts (采纳情况): comments by decision, [0] the undecided.
struct DecisionCounts {
  std::array<int64_t, 5> by{};  // indexed by static_cast<int>(Decision)
  int64_t Total() const;
  int64_t Undecided() const { return by[0]; }
  int64_t Of(Decision d) const { return by[static_cast<size_t>(d)]; }
};
// A reason given for 部分采纳, 未采纳 or 不属于征求范围, and how many comments it
// answers (alike comments decided in bulk share one).
struct DecisionReason {
  Decision decision = Decision::kNone;
  std::string reason;
  int64_t count = 0;
};

struct Consultation {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string agency_name;     // read with it
  std::string title;           // e.g. 《济南市电动自行车管理办法（征求意见稿）》公开征求意见
  std::string draft_md;        // 征求意见稿 (Markdown)
  std::string explanation_md;  // 起草说明 (Markdown)
  std::string how_to;          // other ways to comment (信函, 电子邮件), shown with the form
  Date opens_on, closes_on;    // both days included
  std::string short_reason;    // why the period is shorter than 30 days (shown publicly)
  int articles = 0;            // numbered articles of the draft a comment may address (0: none)
  Identity identity = Identity::kAnonymous;
  Moderation moderation = Moderation::kPre;
  State state = State::kDraft;
  std::optional<Date> published_on;
  std::string withdraw_reason;
  int64_t withdrawn_at = 0;
  // 采纳情况: the main changes made, written by staff; public once
  // report_published_on is set.
  std::string report_md;
  std::optional<Date> report_published_on;
  // The counts and reasons as they stood when the report was published (the
  // report is a document of its date; the pages show this, not a recount).
  DecisionCounts report_counts;
  std::vector<DecisionReason> report_reasons;
  std::vector<ConsultationFile> files;  // 附件, in the order added
  int64_t created_by = 0;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  // Kept with it as comments arrive and are moderated: comments published,
  // and all comments (staff).
  int64_t published_comments = 0;
  int64_t all_comments = 0;
};

struct Comment {
  int64_t id = 0;
  int64_t consultation_id = 0;
  int article = 0;          // 第 N 条; 0: the draft as a whole
  std::string author_name;  // as given (staff); may be empty when anonymous
  std::string contact;      // phone or e-mail (staff only)
  std::string body;         // as written (staff)
  std::string public_body;  // personal information masked (the public)
  CommentState state = CommentState::kPending;
  std::string hide_reason;  // shown to the author with the code
  std::string held_for;     // the screen word that held it, if any (staff)
  Decision decision = Decision::kNone;
  std::string decision_reason;
  int64_t decided_at = 0;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// "第三条" for 3; "总体意见" for 0.
std::string ArticleLabel(int article);
// The name as the public sees it: 张** (or 匿名 when none was given).
std::string PublicName(const std::string& author_name);

}  // namespace gk::consultations
