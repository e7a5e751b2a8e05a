#include "opinions/model.h"

#include "common/named.h"

namespace gk::opinions {
namespace {

constexpr Named<State> kStates[] = {
    {State::kOpen, "open", "待回应"}, {State::kResponded, "responded", "已回应"}, {State::kClosed, "closed", "已办结"}};
constexpr Named<Level> kLevels[] = {{Level::kGeneral, "general", "一般"}, {Level::kMajor, "major", "重大"}};
constexpr Named<Channel> kChannels[] = {{Channel::kRelease, "release", "发布权威信息"},
                                        {Channel::kPressConference, "press", "新闻发布会"},
                                        {Channel::kInterview, "interview", "接受媒体采访"},
                                        {Channel::kNewMedia, "new_media", "政务新媒体"},
                                        {Channel::kOther, "other", "其他"}};

}  // namespace

const char* StateCode(State s) { return NamedCode(kStates, s); }
const char* StateLabel(State s) { return NamedLabel(kStates, s); }
bool ParseState(std::string_view code, State* out) { return ParseNamed(kStates, code, out); }
const char* LevelCode(Level l) { return NamedCode(kLevels, l); }
const char* LevelLabel(Level l) { return NamedLabel(kLevels, l); }
bool ParseLevel(std::string_view code, Level* out) { return ParseNamed(kLevels, code, out); }
const std::vector<Channel>& AllChannels() {
  static const std::vector<Channel> k = {Channel::kRelease, Channel::kPressConference, Channel::kInterview,
                                         Channel::kNewMedia, Channel::kOther};
  return k;
}
const char* ChannelCode(Channel c) { return NamedCode(kChannels, c); }
const char* ChannelLabel(Channel c) { return NamedLabel(kChannels, c); }
bool ParseChannel(std::string_view code, Channel* out) { return ParseNamed(kChannels, code, out); }

}  // namespace gk::opinions
