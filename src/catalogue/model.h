// The disclosure catalogue (目录): items of government information (政府信息)
// with their statutory metadata, and the columns (栏目) they appear in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/negative.h"
#include "catalogue/normative.h"
#include "catalogue/policy.h"
#include "common/calendar.h"
#include "common/generated_item.h"
#include "common/status.h"

namespace gk::catalogue {

// Where an item is in its life. Transitions: workflow.h.
enum class State {
  kDraft,      // being written; editable
  kSubmitted,  // waiting for the first review stage
  kInReview,   // at least one stage approved, more to go
  kScheduled,  // approved, to be published at publish_at
  kPublished,  // public; has its index number
  kWithdrawn,  // taken down with a public reason; keeps its index number
};

// 有效性 validity. Empty: not stated (as in the work plan's header).
enum class Validity { kNone, kValid, kInvalid, kRepealed, kAmended };

// 公开方式 disclosure mode.
enum class Disclosure { kProactive, kOnRequest, kExempt };

struct Item {
  int64_t id = 0;
  int64_t agency_id = 0;      // 发布机构
  int64_t department_id = 0;  // drafting department; 0 none
  State state = State::kDraft;
  int review_round = 0;              // increases at every submission
  int review_stage = 0;              // stages approved in the current round
  std::string index_no;              // 索引号, assigned at first publication
  std::string title;                 // 标题
  std::string unified_no;            // 统一编号
  std::string doc_no;                // 发文字号
  std::optional<Date> written_on;    // 成文日期; none when not stated
  std::optional<Date> published_on;  // 发布日期; none until published
  Validity validity = Validity::kNone;
  std::optional<Date> validity_changed_on;  // since when 失效/废止/修订; none when not stated
  int64_t replaced_by_id = 0;               // for 修订 / 废止: the item that replaced it
  // Form input only: the 索引号 typed for replaced_by_id (resolved on save).
  std::string replaced_by_index_no;
  std::string topic;     // 主题分类, one of kTopics
  std::string category;  // 组配分类
  std::string genre;     // 体裁
  int art20 = 0;         // 条例第二十条 item (一)-(十五) as 1-15; 0 none
  std::string keywords;  // 关键词
  std::string summary;   // 内容概述
  Disclosure disclosure = Disclosure::kProactive;
  std::string exempt_reason;  // 不予公开 reason
  std::string body_md;        // body, Markdown
  int64_t publish_at = 0;     // scheduled publication (unix seconds); 0 at once
  std::string late_reason;    // Art. 26: why published > 20 working days after 成文日期
  std::string withdrawn_reason;
  int64_t author_id = 0;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  int64_t published_at = 0;
  std::vector<int64_t> column_ids;
  // 相关信息 by index number (a policy's interpretation, and so on).
  std::vector<std::string> related_index_nos;
  // Revision of a published item: the draft that will replace its content.
  int64_t revision_of = 0;
  std::string change_note;    // 修订说明
  bool change_major = false;  // listed publicly as 修订记录
  // 政策解读: a policy needing one, or an interpretation of a policy (policy.h).
  // Loaded by Get, not by List.
  PolicyFacets policy;
  // 惠企政策 terms; none for other items. Loaded by Get, not by List.
  std::optional<EnterpriseTerms> enterprise;
  // 规章 / 行政规范性文件 with 实施日期 and 有效期至 (normative.h); kind kNone
  // for other items. Loaded by Get, not by List.
  NormativeFacets normative;
  // 不予公开: the entry of the agency's 负面清单 it cites (negative.h); 0 none.
  // Loaded by Get, not by List.
  int64_t exempt_entry_id = 0;
};

// One published state of an item (版本).
struct Version {
  int64_t id = 0;
  int version = 0;
  std::string title;
  std::string body_md;
  std::string change_note;
  bool major = false;
  int64_t published_at = 0;
};

enum class ColumnKind { kList, kPage };

// Column codes the site itself relies on (seeded for every agency, never
// deletable): the four parts of 政府信息公开 (the home page and /xxgk show
// exactly these), and the columns of the main navigation and the home page.
inline constexpr const char* kXxgkPartCodes[] = {"xxgk-zn", "xxgk-zd", "xxgk-fdnr", "xxgk-ndbg"};
inline constexpr const char* kNavigationCodes[] = {"tzgg", "gzdt", "zcwj", "zcjd"};

struct Column {
  int64_t id = 0;
  int64_t agency_id = 0;
  int64_t parent_id = 0;
  std::string code;  // stable key within the agency, e.g. "xxgk-zn"
  std::string name;
  ColumnKind kind = ColumnKind::kList;
  int position = 0;
};

struct ReviewEvent {
  int64_t id = 0;
  int round = 0;
  int stage = 0;  // 1-based
  int64_t reviewer_id = 0;
  std::string reviewer_name;
  bool approved = false;
  std::string comment;
  int64_t at = 0;
};

// The metadata dates (成文日期, 发布日期, 有效性变更日期) lie in 1949–2100:
// any other year is a typing error.
bool IsItemDate(Date d);
// The error of the item date field "written_on", "published_on" or
// "validity_changed_on" when it is not such a date, in Chinese.
std::string ItemDateError(std::string_view field);
// One of those dates as typed in a form or an import file: none when blank
// (spaces around are ignored); the date when it is "YYYY-MM-DD", a real day,
// and IsItemDate; otherwise none, with ItemDateError(field) added to `errors`
// under `field`.
std::optional<Date> ReadItemDate(std::string_view field, std::string_view text, FieldErrors* errors);

// Whether the public may read the item's body and attachments: published
// and 主动公开. Items 依申请公开 or 不予公开 are listed in the catalogue with
// their metadata only (条例 Art. 12: the catalogue lists all information).
bool ContentIsPublic(const Item& item);

const char* StateCode(State s);
const char* StateLabel(State s);
bool ParseState(std::string_view code, State* out);
const char* ValidityCode(Validity v);
const char* ValidityLabel(Validity v);  // "" for kNone
bool ParseValidity(std::string_view code, Validity* out);
const char* DisclosureCode(Disclosure d);
const char* DisclosureLabel(Disclosure d);
bool ParseDisclosure(std::string_view code, Disclosure* out);

// A normative document's dates as table 二 counts them (normative.h): issued
// on its 成文日期, else its 发布日期; ceased on its 有效性变更日期 when it is
// 失效, 废止 or 修订 (its 发布日期 when no date is stated), or the day after
// its 有效期至 — whichever is first; none while it is in force.
Date NormativeIssuedOn(const Item& item);
std::optional<Date> NormativeCeasedOn(const Item& item);
// In force on `day`: issued by then and not ceased.
bool InForceOn(const Item& item, Date day);

// 国务院主题分类: the 22 top-level topics (RULES.md §4).
const std::vector<std::string>& Topics();
// 体裁 genres.
const std::vector<std::string>& Genres();
// The usual 组配分类 an agency starts with.
const std::vector<std::string>& DefaultCategories();
// 条例第二十条 item n (1-15): "（一）行政法规、规章和规范性文件" ...; "" otherwise.
std::string Art20Label(int n);
// "（一）" for 1 ... "（十五）" for 15.
std::string ChineseOrdinal(int n);

}  // namespace gk::catalogue
