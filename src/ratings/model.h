// 好差评 (service ratings): what the public rates — a service on the
// agency's list, or a handled application — on five levels, and what
// becomes of a bad rating: 回访 (the visit that checks it), 整改 (the
// rectification), the rater's response, or an appeal when the rating was
// mistaken or malicious. Plain structs; the deadlines are rules.h, the
// workflow workflow.h, the service service.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar.h"

namespace gk::ratings {

// 非常满意 (5) … 非常不满意 (1); 不满意 and 非常不满意 are 差评
// (国办发〔2019〕51号).
inline constexpr int kMinLevel = 1, kMaxLevel = 5;
const char* LevelLabel(int level);  // "满意"
inline bool IsBad(int level) { return level <= 2; }

// 评价渠道.
enum class Channel { kOnline, kWindow, kPhone, kMobile };
const std::vector<Channel>& AllChannels();
const char* ChannelCode(Channel c);   // "online"
const char* ChannelLabel(Channel c);  // "网上"
bool ParseChannel(std::string_view code, Channel* out);

// What was rated: a service on the list, a handled application, an
// answered message (留言).
enum class SubjectKind { kService, kApplication, kMessage };
const char* SubjectKindCode(SubjectKind k);  // "service"
bool ParseSubjectKind(std::string_view code, SubjectKind* out);

// A good rating is closed when given. A bad one:
//   open ──visit──▶ visited ──rectify──▶ rectified ──respond──▶ closed
//                      └──appeal──▶ appealed ──accept──▶ excluded (not counted)
//                                       └──reject──▶ visited
enum class RatingState { kClosed, kOpen, kVisited, kRectified, kAppealed, kExcluded };
const char* RatingStateCode(RatingState s);   // "visited"
const char* RatingStateLabel(RatingState s);  // "已回访，待整改"
bool ParseRatingState(std::string_view code, RatingState* out);

// A service on the agency's list of rated services (政务服务事项).
struct RatedService {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string name;        // 事项名称, e.g. 食品经营许可
  std::string department;  // 承办处室, e.g. 行政审批服务处
  bool active = true;      // offered on the rating form
};

struct Rating {
  int64_t id = 0;
  int64_t agency_id = 0;
  SubjectKind subject_kind = SubjectKind::kService;
  int64_t service_id = 0;     // kService
  std::string subject_ref;    // kApplication: its 申请编号; kMessage: its 留言编号
  std::string subject_label;  // the service's name, or "政府信息公开申请 2026-000012"
  std::string department;     // who answers for it
  int level = 5;
  Channel channel = Channel::kOnline;
  std::string comment;         // as the rater wrote it (staff)
  std::string public_comment;  // masked (the public pages)
  std::string contact;         // optional phone or e-mail for the visit (staff only)
  Date rated_on;               // China date
  RatingState state = RatingState::kClosed;
  std::optional<Date> visit_due, rectify_due;  // bad ratings
  std::optional<Date> visited_on, rectified_on, closed_on;
  std::string visit_note;    // 回访情况 (staff)
  std::string rectify_note;  // 整改情况 (public: the handling result)
  std::string response;      // the rater's: "satisfied" / "unsatisfied" / ""
  std::string response_note;
  std::string appeal_reason, appeal_decision;  // 申诉理由, 申诉处理意见
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// The rater's response to the rectification.
const char* ResponseLabel(std::string_view code);  // "满意" / "不满意" / ""

}  // namespace gk::ratings
