#include "ratings/model.h"

namespace gk::ratings {

const char* LevelLabel(int level) {
  static const char* kLabels[] = {"", "非常不满意", "不满意", "基本满意", "满意", "非常满意"};
  return level >= kMinLevel && level <= kMaxLevel ? kLabels[level] : "";
}

const std::vector<Channel>& AllChannels() {
  static const std::vector<Channel> k = {Channel::kOnline, Channel::kWindow, Channel::kPhone, Channel::kMobile};
  return k;
}

const char* ChannelCode(Channel c) {
  switch (c) {
    case Channel::kOnline:
      return "online";
    case Channel::kWindow:
      return "window";
    case Channel::kPhone:
      return "phone";
    case Channel::kMobile:
      return "mobile";
  }
  return "";
}

const char* ChannelLabel(Channel c) {
  switch (c) {
    case Channel::kOnline:
      return "网上";
    case Channel::kWindow:
      return "窗口";
    case Channel::kPhone:
      return "电话";
    case Channel::kMobile:
      return "移动端";
  }
  return "";
}

bool ParseChannel(std::string_view code, Channel* out) {
  for (Channel c : AllChannels())
    if (code == ChannelCode(c) || code == ChannelLabel(c)) {
      *out = c;
      return true;
    }
  return false;
}

const char* SubjectKindCode(SubjectKind k) {
  switch (k) {
    case SubjectKind::kService:
      return "service";
    case SubjectKind::kApplication:
      return "application";
    case SubjectKind::kMessage:
      return "message";
  }
  return "";
}

bool ParseSubjectKind(std::string_view code, SubjectKind* out) {
  for (SubjectKind k : {SubjectKind::kService, SubjectKind::kApplication, SubjectKind::kMessage})
    if (code == SubjectKindCode(k)) {
      *out = k;
      return true;
    }
  return false;
}

namespace {
constexpr RatingState kStates[] = {RatingState::kClosed,    RatingState::kOpen,     RatingState::kVisited,
                                   RatingState::kRectified, RatingState::kAppealed, RatingState::kExcluded};
}

const char* RatingStateCode(RatingState s) {
  switch (s) {
    case RatingState::kClosed:
      return "closed";
    case RatingState::kOpen:
      return "open";
    case RatingState::kVisited:
      return "visited";
    case RatingState::kRectified:
      return "rectified";
    case RatingState::kAppealed:
      return "appealed";
    case RatingState::kExcluded:
      return "excluded";
  }
  return "";
}

const char* RatingStateLabel(RatingState s) {
  switch (s) {
    case RatingState::kClosed:
      return "已办结";
    case RatingState::kOpen:
      return "待回访";
    case RatingState::kVisited:
      return "已回访，待整改";
    case RatingState::kRectified:
      return "已整改，待评价人确认";
    case RatingState::kAppealed:
      return "申诉审核中";
    case RatingState::kExcluded:
      return "申诉成立，不计入统计";
  }
  return "";
}

bool ParseRatingState(std::string_view code, RatingState* out) {
  for (RatingState s : kStates)
    if (code == RatingStateCode(s)) {
      *out = s;
      return true;
    }
  return false;
}

const char* ResponseLabel(std::string_view code) {
  if (code == "satisfied") return "满意";
  if (code == "unsatisfied") return "不满意";
  return "";
}

}  // namespace gk::ratings
